"""Where things live: bundled assets, the data directory and the files inside it."""

from __future__ import annotations

import sys
from dataclasses import dataclass
from pathlib import Path

APP_NAME = "servicepunkt-kiosk"

_PACKAGE_DIR = Path(__file__).resolve().parent


def assets_dir() -> Path:
    """The bundled assets: the source checkout's `assets/`, or the copy inside a wheel or bundle."""
    frozen = getattr(sys, "_MEIPASS", None)  # a PyInstaller bundle unpacks its data files here
    bundled = [Path(frozen) / "assets"] if frozen else []
    for candidate in (*bundled, _PACKAGE_DIR.parent / "assets", _PACKAGE_DIR / "_assets"):
        if (candidate / "fonts").is_dir():
            return candidate
    return _PACKAGE_DIR.parent / "assets"


def demo_feed_dir() -> Path:
    """The bundled demo feed (format v1) that `kiosk run --demo` shows."""
    return assets_dir() / "demo-feed"


def default_config_file() -> Path:
    """The platform's configuration file location."""
    import platformdirs  # only when no --config is given

    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "kiosk.toml"


def default_data_dir() -> Path:
    """The platform's data directory for content, local data and logs."""
    import platformdirs

    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


@dataclass(frozen=True)
class DataDir:
    """The files of one kiosk's data directory."""

    root: Path

    @property
    def content_dir(self) -> Path:
        """Content databases (disposable, swapped atomically) and their CURRENT pointer."""
        return self.root / "content"

    @property
    def objects_dir(self) -> Path:
        """Content-addressed feed objects: content JSON, ICS files, images and PDFs."""
        return self.root / "objects"

    @property
    def log_dir(self) -> Path:
        """Rotating log files."""
        return self.root / "logs"

    @property
    def local_db(self) -> Path:
        """The precious local database: shop-owner events and details, usage counters, queue."""
        return self.root / "local.db"

    @property
    def lock_file(self) -> Path:
        """Held by the running kiosk so that only one instance uses this directory."""
        return self.root / "kiosk.lock"

    @property
    def heartbeat_file(self) -> Path:
        """Touched by the running kiosk's GUI thread every few seconds; watched by the supervisor."""
        return self.root / "heartbeat"

    @property
    def supervisor_file(self) -> Path:
        """The supervisor's restart counts per day and its last restart (JSON)."""
        return self.root / "supervisor.json"
