"""The `kiosk` command line: every error is one line and an exit code, never a traceback.

Each command imports what does its work in its own body, and only there: `kiosk sync` (a child
the running kiosk starts every 15 minutes), `kiosk stats upload` and `kiosk --help` would
otherwise load Qt and the whole kiosk (kiosk.app alone takes about 200 ms to import).
"""

from __future__ import annotations

import functools
import gc
import json
import logging
import math
import os
import sys
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from kiosk import __version__
from kiosk.config import Config, load_config
from kiosk.domain import LANGUAGES, MAX_QUIT_AFTER, STOCKHOLM
from kiosk.errors import KioskError
from kiosk.paths import DataDir, default_config_file, default_data_dir
from kiosk.screenlist import SCREENS
from kiosk.services.speechengine import ARGUMENT

if TYPE_CHECKING:
    from kiosk.feed.sign import SecretKey

log = logging.getLogger("kiosk")


def _common(func: Callable[..., Any]) -> Callable[..., Any]:
    """--config and --data-dir on every command; passes `config` and `data` instead."""

    @click.option(
        "--config",
        "config_file",
        type=click.Path(dir_okay=False, path_type=Path),
        envvar="KIOSK_CONFIG",
        help="Configuration file (TOML). Default: the platform's config dir.",
    )
    @click.option(
        "--data-dir",
        type=click.Path(file_okay=False, path_type=Path),
        envvar="KIOSK_DATA_DIR",
        help="Where content, local data and logs live. Default: the platform's data dir.",
    )
    @functools.wraps(func)
    def wrapper(config_file: Path | None, data_dir: Path | None, **kwargs: Any) -> Any:
        if config_file is None and default_config_file().exists():
            config_file = default_config_file()
        config = load_config(config_file)
        data = DataDir((data_dir or default_data_dir()).absolute())
        return func(config=config, data=data, **kwargs)

    return wrapper


def _self_test_option(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        _run_self_test()
        ctx.exit(0)


class _Seconds(click.FloatRange):
    """Seconds for a Qt timer: finite and within its 32-bit milliseconds (about 24 days)."""

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        seconds = super().convert(value, param, ctx)
        if math.isnan(seconds):  # NaN passes every comparison of a range
            self.fail(f"{value!r} is not a number of seconds", param, ctx)
        return seconds


_SECONDS = _Seconds(min=0, max=MAX_QUIT_AFTER)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kiosk")
@click.option(
    "--self-test",
    is_flag=True,
    is_eager=True,
    expose_value=False,
    callback=_self_test_option,
    help="Same as the self-test command (for the built program).",
)
def cli() -> None:
    """Servicepunkt Kiosk: the public touch kiosk of a rural service point."""


@cli.command()
@_common
@click.option("--demo", is_flag=True, help="Show the bundled demo feed (assets/demo-feed).")
@click.option(
    "--windowed", is_flag=True, help="A normal window instead of full screen (development)."
)
@click.option("--quit-after", type=_SECONDS, help="Quit cleanly after this many seconds.")
def run(
    config: Config, data: DataDir, demo: bool, windowed: bool, quit_after: float | None
) -> None:
    """Start the kiosk."""
    # No cyclic garbage collection until the first frame is painted (kiosk.afterpaint turns it
    # back on): the imports and widgets of a start make many objects and few cycles, and the
    # collector's passes over them cost several milliseconds of it.
    gc.disable()
    from kiosk import app

    _setup(data)
    sys.exit(app.run(config, data, demo, windowed, quit_after))


@cli.command(ARGUMENT, hidden=True)
@click.argument("engine", default="")
def speech_engine(engine: str) -> None:
    """The kiosk's own text-to-speech child (kiosk/services/speechengine.py)."""
    from kiosk.services.speechengine import main as engine_main

    sys.exit(engine_main(engine))


@cli.command(context_settings={"ignore_unknown_options": True})
@_common
@click.argument("kiosk_args", nargs=-1, type=click.UNPROCESSED)
def supervise(config: Config, data: DataDir, kiosk_args: tuple[str, ...]) -> None:
    """Run the kiosk and restart it after a crash or hang (extra args after -- go to kiosk run)."""
    from kiosk.supervise.main import supervise as run_supervised

    sys.exit(run_supervised(config, data, kiosk_args))


def _run_self_test() -> None:
    from kiosk.selftest import self_test

    click.echo(self_test())


@cli.command("self-test")
@_common
def self_test(config: Config, data: DataDir) -> None:
    """Start offscreen on the demo feed, render every page, open the browser: exit 0 or name what failed.

    It uses a temporary data directory and the default settings, never the kiosk's own.
    """
    _run_self_test()


@cli.command()
@_common
@click.option(
    "--page",
    type=click.Choice(SCREENS),
    default="home",
    show_default=True,
    help="Which screen.",
)
@click.option(
    "--lang", type=click.Choice(LANGUAGES), default="sv", show_default=True, help="UI language."
)
@click.option(
    "--size", default="1920x1080", show_default=True, help="Picture size WIDTHxHEIGHT in pixels."
)
@click.option(
    "--scale",
    type=click.Choice(["1", "2"]),
    default="1",
    show_default=True,
    help="Device pixel ratio: 2 draws a 3840x2160 picture of a 1920x1080 layout.",
)
@click.option(
    "--contrast", type=click.Choice(["normal", "high"]), default="normal", show_default=True
)
@click.option(
    "--text-size",
    type=click.IntRange(0, 2),
    default=0,
    show_default=True,
    help="0 = A, 1 = A+, 2 = A++.",
)
@click.option(
    "--demo/--no-demo",
    default=None,
    help="The bundled demo feed (never into a data dir holding other content), or only the "
    "data dir's own content. Default: its content, or the demo when it has none.",
)
@click.option("--offline", is_flag=True, help="As it looks when the last sync found no network.")
@click.option(
    "--out",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="PNG file to write.",
)
def screenshot(
    config: Config,
    data: DataDir,
    page: str,
    lang: str,
    size: str,
    scale: str,
    contrast: str,
    text_size: int,
    demo: bool | None,
    offline: bool,
    out: Path,
) -> None:
    """Render one screen offscreen to a PNG file."""
    try:
        width, height = (int(part) for part in size.lower().split("x"))
    except ValueError:
        raise click.BadParameter(
            f"'{size}' is not WIDTHxHEIGHT, e.g. 1920x1080", param_hint="--size"
        ) from None
    if not (320 <= width <= 7680 and 240 <= height <= 4320):
        raise click.BadParameter(
            f"{width}x{height} is outside 320x240..7680x4320", param_hint="--size"
        )
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if scale != "1":  # before the QApplication exists
        os.environ["QT_SCALE_FACTOR"] = scale
    from kiosk import screens

    _setup(data)
    look = (lang, contrast == "high", text_size)
    logical = (width // int(scale), height // int(scale))
    screens.screenshot(config, data, demo, page, look, logical, out, offline)
    click.echo(f"wrote {out}")


@cli.command()
@_common
@click.argument("url")
@click.option("--allow", multiple=True, metavar="HOST", help="Another reachable host (*.x.se).")
@click.option("--windowed", is_flag=True, help="A normal window instead of full screen.")
@click.option("--quit-after", type=_SECONDS, help="Quit cleanly after this many seconds.")
@click.option(
    "--json-log",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Write one JSON line per navigation, popup, download or permission decision.",
)
def browse(
    config: Config,
    data: DataDir,
    url: str,
    allow: tuple[str, ...],
    windowed: bool,
    quit_after: float | None,
    json_log: Path | None,
) -> None:
    """Open URL in the locked-down browser alone, with the kiosk's rules (for testing links)."""
    from kiosk.browse import run_browser

    _setup(data)
    sys.exit(run_browser(url, allow, windowed, quit_after, json_log, config, data))


@cli.command()
@_common
@click.argument("source", required=False, type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--screenshot",
    "screen",
    metavar="NAME",
    help="Render one publisher screen to --out instead of opening the window.",
)
@click.option("--size", default="1366x768", show_default=True, help="Screenshot size WIDTHxHEIGHT.")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), help="PNG file to write.")
@click.option(
    "--uploads",
    default="",
    metavar="PLACE",
    help="For a screenshot: the kiosks' upload folder or address to read the fleet from.",
)
@click.option(
    "--lang",
    type=click.Choice(LANGUAGES),
    default="sv",
    show_default=True,
    help="The language of the publisher's window.",
)
def publisher(
    config: Config,
    data: DataDir,
    source: Path | None,
    screen: str | None,
    size: str,
    out: Path | None,
    uploads: str,
    lang: str,
) -> None:
    """The municipality's desktop publisher for the source folder SOURCE."""
    if screen is not None:
        if out is None:
            raise click.UsageError("--screenshot needs --out FILE.png")
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk import publisher as program
    from kiosk import publisher_screens

    _setup(data)
    if screen is None:
        sys.exit(program.run_publisher(config, source, lang))
    try:
        width, height = (int(part) for part in size.lower().split("x"))
    except ValueError:
        raise click.BadParameter(f"'{size}' is not WIDTHxHEIGHT", param_hint="--size") from None
    assert out is not None
    publisher_screens.screenshot(config, source, screen, (width, height), out, uploads, lang)
    click.echo(f"wrote {out}")


@cli.command()
@_common
def sync(config: Config, data: DataDir) -> None:
    """One sync pass with feed_url: exit 0 updated or unchanged, 1 failed (previous content kept)."""
    from kiosk.fleet.gather import unknown_point_warning
    from kiosk.sync.engine import sync_once

    feed_url = str(config.values["feed_url"]).strip()
    if not feed_url:
        raise KioskError("no feed_url is configured (set it in the config file or KIOSK_FEED_URL)")
    result = sync_once(
        feed_url,
        data,
        config.values["feed_public_keys"],
        config.values["extra_ics_urls"],
        datetime.now(UTC),
        int(config.values["event_window_days"]),
        service_point=config.service_point,
    )
    click.echo(result.line)
    if result.warnings:
        click.echo("warning: " + "; ".join(result.warnings))
    misspelt = unknown_point_warning(data, config.service_point)
    if misspelt:
        click.echo(f"warning: {misspelt}", err=True)
    if not result.ok:
        sys.exit(1)


@cli.command()
@_common
@click.option("--json", "as_json", is_flag=True, help="One JSON object per event and line.")
@click.option(
    "--days", type=click.IntRange(1, 366), default=14, show_default=True, help="How far ahead."
)
@click.option(
    "--demo", is_flag=True, help="Load the bundled demo feed first if the data dir has none."
)
def events(config: Config, data: DataDir, as_json: bool, days: int, demo: bool) -> None:
    """Upcoming events as the kiosk would show them, from the content it holds."""
    from kiosk.store.content import ContentStore, current_path

    now = datetime.now(STOCKHOLM)
    if demo and current_path(data.content_dir) is None:
        from kiosk.sync.engine import apply_demo

        applied = apply_demo(data, now, int(config.values["event_window_days"]))
        if not applied.ok:
            raise KioskError(applied.line)
    store = ContentStore(data.content_dir, data.objects_dir)
    try:
        upcoming = store.events(now, now + timedelta(days=days))
    finally:
        store.close()
    for event in upcoming:
        if as_json:
            click.echo(
                json.dumps(
                    {
                        "uid": event.uid,
                        "start": event.start.isoformat(),
                        "end": event.end.isoformat(),
                        "all_day": event.all_day,
                        "cancelled": event.cancelled,
                        "title": dict(event.title.values),
                        "location": dict(event.location.values),
                        "price": dict(event.price.values),
                        "categories": list(event.categories),
                        "service_point": event.service_point,
                        "url": event.url,
                    },
                    ensure_ascii=False,
                )
            )
            continue
        when = event.start.strftime("%Y-%m-%d") + (
            "       " if event.all_day else event.start.strftime(" %H:%M")
        )
        place = event.location.get("sv")
        status = "  [inställt]" if event.cancelled else ""
        click.echo(f"{when}  {event.title.get('sv')}" + (f" · {place}" if place else "") + status)


@cli.command()
@_common
@click.option("--json", "as_json", is_flag=True, help="One JSON document instead of text.")
@click.option(
    "--all", "show_all", is_flag=True, help="Also what is held back (tests, other areas, expired)."
)
def alerts(config: Config, data: DataDir, as_json: bool, show_all: bool) -> None:
    """Check the public warning sources once: what visitors would see now (exit 0 also when none)."""
    from kiosk.alerts.command import run_alerts

    for line in run_alerts(config, data, as_json, show_all):
        click.echo(line)


_DAY = click.DateTime(["%Y-%m-%d"])


@cli.command()
@_common
@click.option("--from", "start", type=_DAY, help="First day, YYYY-MM-DD.")
@click.option("--to", "end", type=_DAY, help="Last day (included), YYYY-MM-DD.")
@click.option("--quarter", help="A calendar quarter instead of --from/--to, e.g. 2026Q3.")
@click.option("--format", "fmt", type=click.Choice(["pdf", "csv", "json"]), default="pdf")
@click.option("--out", type=click.Path(dir_okay=False, path_type=Path), required=True)
@click.option(
    "--fleet",
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Folder of uploaded day files (DIR/<service_point>/<date>.json): the fleet report.",
)
@click.option("--lang", type=click.Choice(["sv", "en"]), default="sv", show_default=True)
def report(
    config: Config,
    data: DataDir,
    start: Any,
    end: Any,
    quarter: str | None,
    fmt: str,
    out: Path,
    fleet: Path | None,
    lang: str,
) -> None:
    """The agreement report per criterion (this kiosk, or every service point with --fleet),
    for --from/--to or a --quarter."""
    from kiosk.stats.period import parse_quarter
    from kiosk.stats.report_run import check_out, make_report, write_data

    if quarter is not None:
        if start is not None or end is not None:
            raise click.BadParameter(
                "give --quarter or --from/--to, not both", param_hint="--quarter"
            )
        try:
            first, last = parse_quarter(quarter)
        except KioskError as error:
            raise click.BadParameter(str(error), param_hint="--quarter") from None
    elif start is None or end is None:
        raise click.UsageError("give --from and --to, or --quarter")
    else:
        first, last = start.date(), end.date()
    if first > last:
        raise click.BadParameter("--from is after --to", param_hint="--from")
    check_out(out)
    made = make_report(data, config.values["service_point"], first, last, fleet, __version__)
    if fmt == "pdf":
        from kiosk.ui.report import write_pdf_report

        pages = write_pdf_report(made, out, lang)
        click.echo(f"wrote {out} ({pages} pages)")
    else:
        write_data(made, fmt, out, lang)
        click.echo(f"wrote {out}")


@cli.group()
def stats() -> None:
    """Anonymous usage statistics (see docs/privacy.md)."""


@stats.command("upload")
@_common
def stats_upload(config: Config, data: DataDir) -> None:
    """Deliver finished days (and the local events) to upload_url: exit 0 when nothing is left
    waiting, 1 when something stays queued for next time."""
    from kiosk.stats.command import upload_once

    outcome = upload_once(config, data, datetime.now(UTC), __version__)
    click.echo(outcome.line)
    if not outcome.ok:
        sys.exit(1)


@cli.group()
def fleet() -> None:
    """The municipality's view of every service point (see docs/fleet.md)."""


def _now_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """A hidden clock seam for tests and for looking at a past moment."""
    return click.option(
        "--now",
        type=click.DateTime(["%Y-%m-%dT%H:%M", "%Y-%m-%dT%H:%M:%S"]),
        hidden=True,
        help="Judge as if it were this local time.",
    )(func)


def _local_now(now: Any) -> Any:
    return now.replace(tzinfo=STOCKHOLM) if now is not None else datetime.now(STOCKHOLM)


@fleet.command("status")
@_common
@_now_option
@click.argument("source")
@click.option("--json", "as_json", is_flag=True, help="One JSON object with stable keys.")
def fleet_status(config: Config, data: DataDir, source: str, as_json: bool, now: Any) -> None:
    """One line per service point in plain Swedish. SOURCE is the upload folder or upload_url.
    Exit 0 when all is well, 1 when something needs attention."""
    from kiosk.fleet.command import fleet_status as build

    board = build(config, data, source, _local_now(now))
    if as_json:
        click.echo(json.dumps(board.to_dict(), ensure_ascii=False, indent=1, sort_keys=True))
    else:
        click.echo("\n".join(board.lines()))
    if not board.ok:
        sys.exit(1)


@fleet.command("watch")
@_common
@_now_option
@click.argument("source")
def fleet_watch(config: Config, data: DataDir, source: str, now: Any) -> None:
    """Mail alerts (within opening hours, once per start and end) and each quarter's reports.
    Run by a timer every 15 minutes; exit 1 when a mail could not be sent."""
    from kiosk.fleet.command import fleet_watch as run_watch
    from kiosk.ui.report import write_pdf_report

    _setup(data)
    _board, outcome = run_watch(
        config, data, source, _local_now(now), write_pdf_report, __version__
    )
    for line in outcome.lines:
        log.info("fleet watch: %s", line)
        click.echo(line)
    if outcome.failed:
        sys.exit(1)


@cli.group()
def pin() -> None:
    """The shop owner's PIN for shop-owner mode."""


@pin.command("set")
@_common
def pin_set(config: Config, data: DataDir) -> None:
    """Set the PIN (4-8 digits): asked twice on a terminal, else read twice from standard input."""
    from kiosk.store.pin import PIN_FILE, PinStore, confirmed_pin, pin_from_lines

    if _stdin_is_terminal():
        first = click.prompt("New PIN (4-8 digits)", hide_input=True)
        new = confirmed_pin(first, click.prompt("The same PIN again", hide_input=True))
    else:
        new = pin_from_lines(sys.stdin.read().splitlines()[:2])
    PinStore(data.root / PIN_FILE).set(new)
    click.echo(f"PIN set in {data.root / PIN_FILE}")


@cli.group()
def feed() -> None:
    """Build and check feeds (format v1)."""


@feed.command("validate")
@_common
@click.argument("path")
def feed_validate(config: Config, data: DataDir, path: str) -> None:
    """Check a feed folder or web address (of manifest.json or its folder): manifest, hashes,
    sizes, content and events. Exit 1 if anything is wrong."""
    from kiosk.feed.ics import skipped_events
    from kiosk.feed.validate import FeedSource, FolderSource, WebSource, check_feed

    source: FeedSource
    if path.startswith(("http://", "https://")):
        source = WebSource(path)
    elif "://" in path:
        raise KioskError(f"{path}: only http(s) addresses and folders can be validated")
    elif not Path(path).is_dir():
        raise KioskError(f"{path}: no such feed folder")
    else:
        source = FolderSource(Path(path))
    checked = check_feed(source, public_keys=config.feed_public_keys)
    for line in checked.errors:
        click.echo(line)
    if not checked.ok:
        click.echo(f"{path}: {len(checked.errors)} problem(s)", err=True)
        sys.exit(1)
    assert checked.manifest is not None
    for line in skipped_events(checked.calendars, datetime.now(UTC)):
        click.echo(f"skipped: {line}")
    counts = {doc.kind: len(doc.items) for doc in checked.documents.values()}
    summary = ", ".join(f"{n} {kind.replace('_', ' ')}" for kind, n in counts.items())
    click.echo(
        f"{path}: valid feed version {checked.manifest.version} ({summary}, "
        f"{len(checked.calendars)} events file(s))"
    )
    if checked.trusted_comment is not None:
        click.echo(f"{path}: good signature, trusted comment: {checked.trusted_comment}")


@feed.command("build")
@_common
@click.argument("src", type=click.Path(file_okay=False, path_type=Path))
@click.argument("out", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--sign",
    "sign_key",
    type=click.Path(dir_okay=False, path_type=Path),
    help="Sign the new manifest with this minisign secret key file.",
)
def feed_build(config: Config, data: DataDir, src: Path, out: Path, sign_key: Path | None) -> None:
    """Build the static feed in OUT from the source folder SRC (see docs/feed.md)."""
    from kiosk.feed.build import FeedProblemsError, prepare_feed, write_feed

    if not src.is_dir():
        raise KioskError(f"{src}: no such source folder")
    # The password is asked before building, so a wrong one leaves the old feed as it was.
    key = _load_secret_key(sign_key) if sign_key else None
    manifest_file = out / "manifest.json"
    before = manifest_file.read_bytes() if manifest_file.is_file() else None
    try:
        built = prepare_feed(src)
    except FeedProblemsError as error:
        for line in error.lines:
            click.echo(line)
        raise KioskError(
            f"{src}: {len(error.lines)} problem(s); nothing was built or signed"
        ) from None
    write_feed(built, out)
    for line in built.skipped:
        click.echo(f"skipped: {line}")
    manifest = built.manifest
    click.echo(f"built feed version {manifest.version} in {out} ({len(manifest.files)} files)")
    if key is not None:
        _sign_feed(out, key, None)
    elif (out / "manifest.json.minisig").exists() and manifest_file.read_bytes() != before:
        click.echo(
            f"{out}: manifest.json.minisig is now out of date; sign the feed again", err=True
        )


KEY_PASSWORD_ENV = "KIOSK_FEED_KEY_PASSWORD"
PUBLISH_PASSWORD_ENV = "KIOSK_PUBLISH_PASSWORD"


@feed.command("publish")
@_common
@click.argument("src", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--to",
    "where",
    required=True,
    help="The feed's folder on a web server taking HTTP PUT/WebDAV (https://…), or a folder or USB stick.",
)
@click.option(
    "--sign",
    "sign_key",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Secret key file; its password from the terminal or $KIOSK_FEED_KEY_PASSWORD.",
)
@click.option("--user", default="", help="User name at the web server (basic authentication).")
@click.option(
    "--password",
    default="",
    envvar=PUBLISH_PASSWORD_ENV,
    show_envvar=True,
    help="Password at the web server (better from the environment than the command line).",
)
@click.option("--token", default="", envvar="KIOSK_PUBLISH_TOKEN", help="Bearer token instead.")
@click.option(
    "--undo", is_flag=True, help="Publish the previous version's content again, as a new version."
)
def feed_publish(
    config: Config,
    data: DataDir,
    src: Path,
    where: str,
    sign_key: Path,
    user: str,
    password: str,
    token: str,
    undo: bool,
) -> None:
    """Validate, build, sign and upload SRC: objects first, the manifest last (see docs/feed.md)."""
    from kiosk.publish.publish import SourceProblemsError, publish
    from kiosk.publish.publish import undo as undo_last
    from kiosk.publish.target import open_target

    if not src.is_dir():
        raise KioskError(f"{src}: no such source folder")
    if user and not password and _stdin_is_terminal():
        password = str(click.prompt(f"Password for {user} at {where}", hide_input=True))
    key = _load_secret_key(sign_key)  # a wrong password stops here, before any upload
    target = open_target(where, user, password, token)
    try:
        done = (undo_last if undo else publish)(src, target, key)
    except SourceProblemsError as error:
        for problem in error.problems:
            click.echo(problem.line())
        raise
    for line in done.skipped:
        click.echo(f"skipped: {line}")
    changed = "; ".join(
        f"{kind}: " + ", ".join(f"{len(ids)} {what}" for what, ids in lists.items() if ids)
        for kind, lists in done.entry.changes.items()
    )
    click.echo(
        f"published feed version {done.version} to {target.describe()} "
        f"({done.uploaded} file(s) sent, {done.already_there} already there)"
        + (f" putting back the content of version {done.entry.undo_of}" if undo else "")
    )
    click.echo(f"changes: {changed or 'none'}")


@feed.command("keygen")
@_common
@click.option(
    "--out",
    "out_dir",
    type=click.Path(file_okay=False, path_type=Path),
    required=True,
    help="Folder for kiosk-feed.pub and kiosk-feed.key.",
)
@click.option("--force", is_flag=True, help="Replace an existing key pair in that folder.")
@click.option(
    "--no-password", is_flag=True, help="Leave the secret key unencrypted (like minisign -W)."
)
def feed_keygen(
    config: Config, data: DataDir, out_dir: Path, force: bool, no_password: bool
) -> None:
    """Create a minisign key pair for signing feeds (password from the terminal or $KIOSK_FEED_KEY_PASSWORD)."""
    from kiosk.feed.sign import generate_keypair

    public, secret = out_dir / "kiosk-feed.pub", out_dir / "kiosk-feed.key"
    for path in (public, secret):
        if path.exists() and not force:
            raise KioskError(f"{path}: already exists; use --force to replace the key pair")
    pair = generate_keypair(None if no_password else _new_key_password())
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
        public.write_text(pair.public_key_file, encoding="utf-8")
        # 0600 also when --force replaces a key file that was readable by others.
        handle = os.open(secret, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        os.fchmod(handle, 0o600)
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(pair.secret_key_file)
    except OSError as error:
        raise KioskError(f"{out_dir}: cannot write the key pair ({error.strerror})") from None
    click.echo(pair.public_key)
    click.echo(f"public key: {public} (put the line above into feed_public_keys)")
    click.echo(
        f"secret key: {secret} (keep it secret"
        + ("; it has no password" if no_password else "")
        + ")"
    )


@feed.command("sign")
@_common
@click.argument("feed_dir", type=click.Path(file_okay=False, path_type=Path))
@click.option(
    "--key",
    "key_file",
    type=click.Path(dir_okay=False, path_type=Path),
    required=True,
    help="Secret key file (from kiosk feed keygen or minisign -G).",
)
@click.option(
    "--trusted-comment", help="Signed comment. Default: the feed version and generated time."
)
def feed_sign(
    config: Config, data: DataDir, feed_dir: Path, key_file: Path, trusted_comment: str | None
) -> None:
    """Sign FEED_DIR/manifest.json into manifest.json.minisig (minisign format)."""
    if not (feed_dir / "manifest.json").is_file():
        raise KioskError(f"{feed_dir}: no manifest.json to sign")
    _sign_feed(feed_dir, _load_secret_key(key_file), trusted_comment)


def _stdin_is_terminal() -> bool:
    return sys.stdin is not None and sys.stdin.isatty()


def _new_key_password() -> str:
    if _stdin_is_terminal():
        return str(
            click.prompt(
                "Password for the new secret key", hide_input=True, confirmation_prompt=True
            )
        )
    if os.environ.get(KEY_PASSWORD_ENV):
        return os.environ[KEY_PASSWORD_ENV]
    raise KioskError(
        f"no terminal to ask for a password: set {KEY_PASSWORD_ENV}, "
        "or use --no-password for an unencrypted key"
    )


def _load_secret_key(key_file: Path) -> SecretKey:
    from kiosk.feed.sign import read_secret_key, secret_key_is_encrypted

    try:
        text = key_file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise KioskError(f"{key_file}: no such secret key file") from None
    except UnicodeDecodeError:
        raise KioskError(f"{key_file}: not a minisign secret key file") from None
    except OSError as error:
        raise KioskError(f"{key_file}: cannot be read ({error.strerror})") from None
    password = None
    if secret_key_is_encrypted(text, str(key_file)):
        if _stdin_is_terminal():
            password = str(click.prompt(f"Password for {key_file}", hide_input=True))
        elif os.environ.get(KEY_PASSWORD_ENV):
            password = os.environ[KEY_PASSWORD_ENV]
        else:
            raise KioskError(
                f"{key_file}: the secret key is encrypted and there is no terminal to ask "
                f"for its password: set {KEY_PASSWORD_ENV}"
            )
    return read_secret_key(text, password, str(key_file))


def _sign_feed(feed_dir: Path, key: SecretKey, trusted_comment: str | None) -> None:
    from kiosk.feed.sign import sign_feed

    comment = sign_feed(feed_dir, key, trusted_comment)
    click.echo(
        f"signed {feed_dir / 'manifest.json'} with key {key.id_text} "
        f"into manifest.json.minisig (trusted comment: {comment})"
    )


def _setup(data: DataDir) -> None:
    from kiosk.app import setup_logging

    try:
        setup_logging(data)
    except OSError as error:
        raise KioskError(f"{data.root}: cannot write logs ({error.strerror})") from None


def main(argv: list[str] | None = None) -> None:
    """Entry point: click's own usage errors exit 2, our errors exit 1 with one line."""
    # Tracebacks belong in the log file (set up per command), never on the terminal.
    logging.getLogger().addHandler(logging.NullHandler())
    try:
        cli.main(args=argv, prog_name="kiosk", standalone_mode=False)
    except click.exceptions.Abort:
        click.echo("kiosk: aborted", err=True)
        sys.exit(1)
    except click.ClickException as error:
        error.show()
        sys.exit(error.exit_code)
    except KioskError as error:
        click.echo(f"kiosk: {error}", err=True)
        sys.exit(1)
    except (KeyboardInterrupt, BrokenPipeError):
        sys.exit(130)
    except Exception as error:  # a bug: one line for the operator, the traceback in the log
        log.exception("unexpected error")
        click.echo(
            f"kiosk: internal error: {error.__class__.__name__}: {error} (details in the log)",
            err=True,
        )
        sys.exit(1)
    sys.exit(0)


if __name__ == "__main__":
    main()
