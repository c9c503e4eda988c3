"""The `kiosk` command line: every error is one line and an exit code, never a traceback."""

from __future__ import annotations

import functools
import logging
import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import click

from kiosk import __version__
from kiosk.config import Config, load_config
from kiosk.domain import LANGUAGES
from kiosk.errors import KioskError
from kiosk.paths import DataDir, default_config_file, default_data_dir

PAGES = ("home", "attract", "places", "events", "services", "brochures", "search", "about")
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


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="kiosk")
def cli() -> None:
    """Servicepunkt Kiosk: the public touch kiosk of a rural service point."""


@cli.command()
@_common
@click.option("--demo", is_flag=True, help="Show the bundled demo feed (assets/demo-feed).")
@click.option(
    "--windowed", is_flag=True, help="A normal window instead of full screen (development)."
)
@click.option(
    "--quit-after", type=click.FloatRange(min=0), help="Quit cleanly after this many seconds."
)
def run(
    config: Config, data: DataDir, demo: bool, windowed: bool, quit_after: float | None
) -> None:
    """Start the kiosk."""
    from kiosk import app

    _setup(data, fast_start=True)
    sys.exit(app.run(config, data, demo, windowed, quit_after))


@cli.command()
@_common
@click.option(
    "--page", type=click.Choice(PAGES), default="home", show_default=True, help="Which screen."
)
@click.option(
    "--lang", type=click.Choice(LANGUAGES), default="sv", show_default=True, help="UI language."
)
@click.option("--size", default="1920x1080", show_default=True, help="Window size WIDTHxHEIGHT.")
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
    "--demo/--no-demo", default=True, show_default=True, help="Use the bundled demo feed."
)
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
    contrast: str,
    text_size: int,
    demo: bool,
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
    from kiosk import app

    _setup(data)
    app.screenshot(
        config, data, demo, page, lang, (width, height), contrast == "high", text_size, out
    )
    click.echo(f"wrote {out}")


@cli.group()
def feed() -> None:
    """Build and check feeds (format v1)."""


@feed.command("validate")
@_common
@click.argument("path", type=click.Path(path_type=Path))
def feed_validate(config: Config, data: DataDir, path: Path) -> None:
    """Check a feed folder: manifest, hashes, sizes, content and events. Exit 1 if anything is wrong."""
    from kiosk.feed.validate import FolderSource, check_feed

    if "://" in str(path):
        raise KioskError(
            "validating a feed by URL needs the sync engine; download the feed and give its folder"
        )
    if not path.is_dir():
        raise KioskError(f"{path}: no such feed folder")
    checked = check_feed(FolderSource(path))
    for line in checked.errors:
        click.echo(line)
    if not checked.ok:
        click.echo(f"{path}: {len(checked.errors)} problem(s)", err=True)
        sys.exit(1)
    assert checked.manifest is not None
    counts = {doc.kind: len(doc.items) for doc in checked.documents.values()}
    summary = ", ".join(f"{n} {kind.replace('_', ' ')}" for kind, n in counts.items())
    click.echo(
        f"{path}: valid feed version {checked.manifest.version} ({summary}, "
        f"{len(checked.calendars)} events file(s))"
    )


@feed.command("build")
@_common
@click.argument("src", type=click.Path(file_okay=False, path_type=Path))
@click.argument("out", type=click.Path(file_okay=False, path_type=Path))
def feed_build(config: Config, data: DataDir, src: Path, out: Path) -> None:
    """Build the static feed in OUT from the source folder SRC (see docs/feed-source.md)."""
    from kiosk.feed.build import build_feed

    if not src.is_dir():
        raise KioskError(f"{src}: no such source folder")
    manifest = build_feed(src, out)
    click.echo(f"built feed version {manifest.version} in {out} ({len(manifest.files)} files)")


def _setup(data: DataDir, fast_start: bool = False) -> None:
    from kiosk.app import setup_logging

    try:
        setup_logging(data, fast_start=fast_start)
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
