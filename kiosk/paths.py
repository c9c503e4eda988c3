"""Where things live: bundled assets, the data directory and the files inside it."""

from __future__ import annotations

import hashlib
import os
import shutil
import stat
import sys
from dataclasses import dataclass
from pathlib import Path

import platformdirs

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
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "kiosk.toml"


def default_data_dir() -> Path:
    """The platform's data directory for content, local data and logs."""
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
    def browser_profiles_dir(self) -> Path:
        """Where the browser's private profiles live while a visit lasts (see `profiles_root`)."""
        return profiles_root(self.root)

    @property
    def supervisor_file(self) -> Path:
        """The supervisor's restart counts per day and its last restart (JSON)."""
        return self.root / "supervisor.json"


PRIVATE_DIR = 0o700
PRIVATE_FILE = 0o600
PIN_FILE_NAME = "owner-pin.json"


def profiles_root(data_root: Path) -> Path:
    """The kiosk's own folder for browser profiles: never a shared temporary folder.

    Under $XDG_RUNTIME_DIR (memory-backed, the user's alone, emptied at log-out) when there is
    one, one folder per data directory so that two kiosks never sweep each other's; else inside
    the data directory.
    """
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime and Path(runtime).is_dir() and _owned_by_me(Path(runtime)):
        key = hashlib.sha256(str(data_root.resolve()).encode()).hexdigest()[:12]
        return Path(runtime) / APP_NAME / f"browser-{key}"
    return data_root / "browser-profiles"


def private_dir(path: Path) -> Path:
    """Create `path` (and missing parents) readable by this user only; returns it."""
    path.mkdir(mode=PRIVATE_DIR, parents=True, exist_ok=True)
    os.chmod(path, PRIVATE_DIR)
    return path


def sweep_profiles(root: Path, only_dead: bool = False) -> int:
    """Delete profile folders left by earlier runs (a crash, a power cut); returns how many.

    With `only_dead`, a folder is kept while the process that made it (its name starts with the
    pid) still runs: for `kiosk browse`, which holds no lock on the data directory.
    """
    if not root.is_dir():
        return 0
    swept = 0
    for folder in root.iterdir():
        if only_dead and _alive(folder.name.split("-", 1)[0]):
            continue
        shutil.rmtree(folder, ignore_errors=True)
        swept += 1
    return swept


def _alive(pid_text: str) -> bool:
    if not pid_text.isdigit():
        return False
    pid = int(pid_text)
    if pid == os.getpid():
        return True
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except OSError:  # someone else's process, or Windows: keep the folder to be safe
        return True
    return True


def _owned_by_me(path: Path) -> bool:
    getuid = getattr(os, "getuid", None)
    return getuid is None or path.stat().st_uid == getuid()


def protect_files(data: DataDir, config_file: Path | None) -> list[str]:
    """Make the PIN file, the local database and the configuration readable by this user only.

    Returns what was fixed or could not be fixed, one line each, for the log. A configuration
    owned by someone else (root, as install-debian.sh writes it) is only checked.
    """
    notes: list[str] = []
    if sys.platform == "win32":
        return notes  # NTFS permissions come from the user's profile folder
    if data.root.is_dir():
        notes += _restrict(data.root, PRIVATE_DIR)
    db = data.local_db
    for path in (db, db.with_name(db.name + "-wal"), db.with_name(db.name + "-shm")):
        notes += _restrict(path, PRIVATE_FILE)
    notes += _restrict(data.root / PIN_FILE_NAME, PRIVATE_FILE)
    if config_file is not None:
        notes += _restrict(config_file, PRIVATE_FILE)
    return notes


def _restrict(path: Path, mode: int) -> list[str]:
    try:
        info = path.stat()
    except OSError:
        return []
    if not stat.S_IMODE(info.st_mode) & 0o077:
        return []
    if not _owned_by_me(path):
        if stat.S_IMODE(info.st_mode) & 0o007:
            return [f"{path} is readable by every user on this computer: chmod o-rwx {path}"]
        return []  # root:kiosk 0640 as installed: readable by the kiosk's group only
    try:
        os.chmod(path, mode)
    except OSError as error:
        return [f"cannot make {path} private ({error.strerror})"]
    return [f"made {path} readable by the kiosk's user only (was {stat.S_IMODE(info.st_mode):o})"]
