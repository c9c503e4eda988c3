"""The `kiosk` command's entry point: `kiosk run` starts the kiosk without loading click.

Loading click and building the command tree takes 12 ms, one eighth of the bare-Qt floor that
the cold-start budget is measured against, and the kiosk itself needs none of it. Only the exact
forms `kiosk run [--demo] [--windowed] [--config FILE] [--data-dir DIR] [--quit-after S]` take
this path; anything else (help, a typo, `--config=FILE`, another command) goes to click, which
says what is wrong the way it always has.
"""

from __future__ import annotations

import gc
import logging
import os
import sys
from pathlib import Path
from typing import Any

from kiosk.domain import MAX_QUIT_AFTER

FLAGS = {"--demo": "demo", "--windowed": "windowed"}
VALUES = {"--config": "config_file", "--data-dir": "data_dir", "--quit-after": "quit_after"}


def run_options(argv: list[str]) -> dict[str, Any] | None:
    """The options of a plain `kiosk run …`, or None when click should read the command line."""
    if not argv or argv[0] != "run":
        return None
    options: dict[str, Any] = {
        "config_file": os.environ.get("KIOSK_CONFIG") or None,
        "data_dir": os.environ.get("KIOSK_DATA_DIR") or None,
        "demo": False,
        "windowed": False,
        "quit_after": None,
    }
    words = iter(argv[1:])
    for word in words:
        if word in FLAGS:
            options[FLAGS[word]] = True
        elif word in VALUES and (value := next(words, "")) and not value.startswith("-"):
            options[VALUES[word]] = value
        else:
            return None
    return options if _plausible(options) else None


def _plausible(options: dict[str, Any]) -> bool:
    """Values click would accept as they are (else click gives its usual message)."""
    if options["quit_after"] is not None:
        try:
            options["quit_after"] = float(options["quit_after"])
        except ValueError:
            return False
        if not 0 <= options["quit_after"] <= MAX_QUIT_AFTER:  # NaN fails both
            return False
    config, data = options["config_file"], options["data_dir"]
    return not (config and Path(config).is_dir()) and not (data and Path(data).is_file())


def start(options: dict[str, Any]) -> int:
    """`kiosk run`: resolve the configuration and data directory (as the click command's
    --config and --data-dir do), then run the kiosk."""
    from kiosk.config import load_config
    from kiosk.paths import DataDir, default_config_file, default_data_dir

    config_file = Path(options["config_file"]) if options["config_file"] else None
    if config_file is None and default_config_file().exists():
        config_file = default_config_file()
    config = load_config(config_file)
    data = DataDir(Path(options["data_dir"] or default_data_dir()).absolute())
    from kiosk import app

    try:
        app.setup_logging(data, fast_start=True)
    except OSError as error:
        from kiosk.errors import KioskError

        raise KioskError(f"{data.root}: cannot write logs ({error.strerror})") from None
    return app.run(config, data, options["demo"], options["windowed"], options["quit_after"])


def main() -> None:
    """Entry point of the `kiosk` command."""
    if sys.argv[1:2] == ["speech-engine"]:  # the kiosk's own child (kiosk/services/speech.py)
        from kiosk.services.speechengine import main as engine_main

        sys.exit(engine_main(sys.argv[2] if len(sys.argv) > 2 else ""))
    options = run_options(sys.argv[1:])
    if options is not None:
        # No cyclic garbage collection until the first frame is painted (app.run turns it back
        # on): the imports and widgets of a start make many objects and few cycles, and the
        # collector's passes over them cost several milliseconds of the cold start.
        gc.disable()
    if options is None:
        from kiosk.cli import main as click_main

        click_main()
        return
    logging.getLogger().addHandler(logging.NullHandler())
    from kiosk.errors import KioskError

    try:
        code = start(options)
    except KioskError as error:
        print(f"kiosk: {error}", file=sys.stderr)
        sys.exit(1)
    except (KeyboardInterrupt, BrokenPipeError):
        sys.exit(130)
    except Exception as error:  # a bug: one line for the operator, the traceback in the log
        logging.getLogger("kiosk").exception("unexpected error")
        print(
            f"kiosk: internal error: {error.__class__.__name__}: {error} (details in the log)",
            file=sys.stderr,
        )
        sys.exit(1)
    sys.exit(code)
