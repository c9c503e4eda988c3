"""`kiosk alerts`: check every warning source once, as the running kiosk does, and print what
visitors would see now, what is held back and why (--all), and each source's last good check."""

from __future__ import annotations

import json
import logging
from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any

from kiosk.alerts.areas import checked_area, valid_area
from kiosk.alerts.check import Checker, Place, Snapshot
from kiosk.alerts.crisis import crisis_alerts
from kiosk.alerts.model import Alert
from kiosk.config import Config
from kiosk.domain import STOCKHOLM, Notice, ServicePoint
from kiosk.errors import KioskError
from kiosk.net.http import Http
from kiosk.paths import DataDir
from kiosk.store.content import ContentStore, current_path

log = logging.getLogger(__name__)

URL_SETTINGS = {
    "vma": "vma_url",
    "smhi": "smhi_warnings_url",
    "krisinformation": "krisinformation_url",
}


def alert_urls(config: Config) -> dict[str, str]:
    """Source name -> address from the settings."""
    return {name: str(config.values[key]) for name, key in URL_SETTINGS.items()}


def place_of(config: Config, point: ServicePoint | None) -> Place:
    """The area (alert_area, else the feed's area_code) and position of this kiosk."""
    area = checked_area(str(config.values["alert_area"]))
    if not area and point is not None and valid_area(point.area_code):
        area = point.area_code  # a feed's code is validated by its schema; checked again here
    return Place(area, point.geo if point else None)


def _held_content(config: Config, data: DataDir) -> tuple[ServicePoint | None, list[Notice]]:
    """This kiosk's service point and today's notices from the content it holds (none: None, [])."""
    if current_path(data.content_dir) is None:
        return None, []
    try:
        store = ContentStore(data.content_dir, data.objects_dir)
    except KioskError as error:
        log.warning("content unavailable for warnings: %s", error)
        return None, []
    try:
        points = store.service_points()
        wanted = config.service_point
        point = next((p for p in points if p.id == wanted), points[0] if points else None)
        today = datetime.now(STOCKHOLM).date()
        return point, store.notices(point.id, today) if point else []
    finally:
        store.close()


def make_checker(
    config: Config, data: DataDir, http: Http, clock: Callable[[], datetime] | None = None
) -> Checker:
    """The checker `kiosk alerts` and the running kiosk share (crisis notices from the content)."""
    point, notices = _held_content(config, data)
    return Checker(
        http,
        alert_urls(config),
        place_of(config, point),
        data.root / "alerts.json",
        clock or (lambda: datetime.now(UTC)),
        extra=lambda now: crisis_alerts(notices, now),
    )


def run_alerts(config: Config, data: DataDir, as_json: bool, show_all: bool) -> list[str]:
    """Check once; the lines to print."""
    with Http(timeout=(5.0, 15.0)) as http:
        checker = make_checker(config, data, http)
        snapshot = checker.check()
    if as_json:
        return [json.dumps(_as_json(checker, snapshot, show_all), ensure_ascii=False, indent=1)]
    return _as_text(checker, snapshot, show_all)


def _as_json(checker: Checker, snapshot: Snapshot, show_all: bool) -> dict[str, Any]:
    doc: dict[str, Any] = {
        "at": snapshot.at.isoformat(),
        "area": checker.place.area,
        "shown": [alert.to_json() for alert in snapshot.shown],
        "checks": [
            {
                "source": c.name,
                "last_ok": c.ok_at.isoformat() if c.ok_at else None,
                "failing_since": c.failing_since.isoformat() if c.failing_since else None,
                "error": c.error,
            }
            for c in snapshot.checks
        ],
        "stale_since": snapshot.stale_since.isoformat() if snapshot.stale_since else None,
    }
    if show_all:
        doc["held"] = [alert.to_json() for alert in snapshot.held]
    return doc


def _as_text(checker: Checker, snapshot: Snapshot, show_all: bool) -> list[str]:
    lines = [f"Area: {checker.place.area or '(none: set alert_area or the feed area_code)'}"]
    if snapshot.shown:
        lines.append(f"Visitors see now ({len(snapshot.shown)}):")
        lines += [line for alert in snapshot.shown for line in _describe(alert)]
    elif any(c.failing_since for c in snapshot.checks):
        lines.append("Visitors see no warning now, but not every source could be checked.")
    else:
        lines.append("Visitors see no warning now.")
    if show_all:
        lines.append(f"Held back ({len(snapshot.held)}):")
        lines += [line for alert in snapshot.held for line in _describe(alert)]
    lines.append("Last successful check:")
    for check in snapshot.checks:
        line = f"  {check.name:<16} {_local(check.ok_at) or 'never'}"
        if check.failing_since:
            line += f"  failing since {_local(check.failing_since)}: {check.error}"
        lines.append(line)
    if not snapshot.checks:
        lines.append("  (every source is turned off)")
    return lines


def _describe(alert: Alert) -> list[str]:
    source = f"{alert.source} ({alert.source_name})" if alert.source_name else alert.source
    times = f"sent {_local(alert.sent) or '-'}"
    if alert.starts:
        times += f", from {_local(alert.starts)}"
    times += f", until {_local(alert.ends) or 'cancelled'}"
    first = f"  {source} · {alert.level} · {alert.area or '-'} · {times}"
    lines = [first, f"    {alert.headline.get('sv')}"]
    if alert.held:
        lines.append(f"    held back: {alert.held}")
    return lines


def _local(value: datetime | None) -> str:
    return value.astimezone(STOCKHOLM).strftime("%Y-%m-%d %H:%M") if value else ""
