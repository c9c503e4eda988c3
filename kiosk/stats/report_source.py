"""Where `kiosk report` gets its data: this kiosk's local database and content, or a fleet folder.

The single-point report reads the same day files `kiosk stats upload` delivers (days.py); what
the service point offers and the activities held come from the same provider the upload uses.
"""

from __future__ import annotations

from datetime import date, datetime

from kiosk.errors import KioskError
from kiosk.paths import DataDir
from kiosk.stats.command import content_provider
from kiosk.stats.days import build_day_files, confirmations
from kiosk.stats.report import Report, build_report
from kiosk.store.content import ContentStore, current_path
from kiosk.store.local import open_local


def _content(data: DataDir) -> ContentStore | None:
    if current_path(data.content_dir) is None:
        return None
    try:
        return ContentStore(data.content_dir, data.objects_dir)
    except KioskError:
        return None  # the report still works from the counters; names and offers are missing


def _catalogue_names(store: ContentStore, point: str) -> dict[str, dict[str, str]]:
    """The feed's names of its e-services and brochures, for the report's breakdowns."""
    names: dict[str, dict[str, str]] = {}
    for link in store.links(point):
        names[f"eservice_open:{link.id}"] = {lang: link.name.get(lang) for lang in ("sv", "en")}
    for brochure in store.brochures(point):
        names[f"brochure_open:{brochure.id}"] = {
            lang: brochure.name.get(lang) for lang in ("sv", "en")
        }
    return names


def single_report(
    data: DataDir, service_point: str, start: date, end: date, now: datetime, version: str
) -> Report:
    """The report of this kiosk's service point from its local database and content."""
    if not data.local_db.exists():
        raise KioskError(f"{data.root}: no local database yet (has the kiosk run here?)")
    store = _content(data)
    try:
        points = store.service_points() if store is not None else []
        point = next((p for p in points if p.id == service_point), points[0] if points else None)
        point_id = service_point or (point.id if point else "")
        if not point_id:
            raise KioskError("no service_point is configured and the content names none")
        feed_name = store.info().publisher if store is not None else ""
        names = _catalogue_names(store, point_id) if store is not None else {}
        db = open_local(data.local_db)
        try:
            # The same provider as `kiosk stats upload`, so a day not yet frozen reads here
            # exactly as it will be delivered.
            provider = content_provider(store, point_id, db)
            files, missing = build_day_files(
                db, point_id, start, end, provider, version, now.date()
            )
            # The shop's newest word, also what it said today (not yet in any day file).
            said = confirmations(db, start, end)
        finally:
            db.close()
    finally:
        if store is not None:
            store.close()
    name = point.name if point and point.id == point_id else point_id
    return build_report(
        files,
        start,
        end,
        missing,
        now,
        version,
        point_id,
        name,
        feed_name,
        names,
        confirmations=said,
    )
