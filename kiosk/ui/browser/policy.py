"""What the kiosk's owner allows the browser beyond the allow-lists, and Chromium's start flags.

Imports no QtWebEngine: the kiosk builds its policy at start and QtWebEngine loads only when the
first e-service opens.
"""

from __future__ import annotations

import os
import sys
from dataclasses import dataclass

LOW_MEMORY_BYTES = 2 * 1024**3
"""Below this much RAM the browser runs with Chromium's low-end-device settings."""

LOW_MEMORY_FLAGS = (
    "--enable-low-end-device-mode",
    "--renderer-process-limit=2",
    "--js-flags=--max-old-space-size=192",
)

FREE = "*"
"""An allow-list entry meaning 'any web host' (only honoured when free browsing is allowed)."""


@dataclass(frozen=True)
class BrowserPolicy:
    """The kiosk-wide rules: printing, free browsing, Chromium flags."""

    printing: bool = False
    """Whether pages may print (to the system's default printer, no dialog)."""
    free_browsing: bool = False
    """Whether a catalogue link whose allow-list holds "*" may reach any host (with an address bar)."""
    chromium_flags: tuple[str, ...] = ()
    low_memory: bool = False
    profiles_dir: str = ""
    """The kiosk's own folder for the visits' profiles ("": the default data directory's)."""
    print_pages: int = 5
    """At most this many pages per visit (printing on, and only after a tap on the page)."""
    storage_mb: int = 50
    """What one visit's pages may store (IndexedDB, Cache Storage …), enforced by Chromium's quota."""

    def all_flags(self) -> list[str]:
        """Flags for Chromium: the configured ones, the storage quota, the low-memory set."""
        flags = list(self.chromium_flags)
        if self.low_memory:
            flags += [f for f in LOW_MEMORY_FLAGS if f.split("=")[0] not in _names(flags)]
        return with_feature(flags, storage_quota(self.storage_mb))


def storage_quota(megabytes: int) -> str:
    """Chromium's feature that sizes the storage pool of every profile: `megabytes` in all.

    Chromium otherwise offers a page most of the disk (one visit wrote 512 MB into IndexedDB in
    seconds); with the pool this small a page that passes it gets the ordinary QuotaExceededError.
    Nothing needs to remain free beyond the pool: the pool itself is the cap.
    """
    size = max(1, megabytes) * 1024 * 1024
    return f"StorageQuotaSettings:PoolSizeBytes/{size}/MustRemainAvailableBytes/0"


def with_feature(flags: list[str], feature: str) -> list[str]:
    """`flags` with `feature` added to --enable-features (one flag: Chromium reads only the last)."""
    name = feature.partition(":")[0]
    for index, flag in enumerate(flags):
        if flag.startswith("--enable-features="):
            features = flag.split("=", 1)[1].split(",")
            if name not in (f.partition(":")[0] for f in features):
                flags[index] = f"{flag},{feature}"
            return flags
    return [*flags, f"--enable-features={feature}"]


_FEATURES = "--enable-features="


def _merge_features(flags: list[str], features: list[str]) -> list[str]:
    names = {feature.partition(":")[0] for feature in features}
    kept: list[str] = []
    for flag in flags:
        if flag.startswith(_FEATURES):
            kept += [
                f
                for f in flag.removeprefix(_FEATURES).split(",")
                if f.partition(":")[0] not in names
            ]
    others = [flag for flag in flags if not flag.startswith(_FEATURES)]
    return [*others, _FEATURES + ",".join([*kept, *features])]


def _names(flags: list[str]) -> set[str]:
    return {flag.split("=")[0] for flag in flags}


def physical_memory() -> int | None:
    """Bytes of RAM in this machine, None when the platform will not say."""
    if sys.platform == "win32":
        import ctypes

        class _Status(ctypes.Structure):
            _fields_ = [
                ("length", ctypes.c_ulong),
                ("load", ctypes.c_ulong),
                ("total", ctypes.c_ulonglong),
                ("rest", ctypes.c_ulonglong * 6),
            ]

        status = _Status()
        status.length = ctypes.sizeof(_Status)
        if ctypes.windll.kernel32.GlobalMemoryStatusEx(ctypes.byref(status)):  # type: ignore[attr-defined]
            return int(status.total)
        return None
    try:
        return os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES")
    except (ValueError, OSError, AttributeError):
        return None


def wants_low_memory(setting: str, total: int | None = None) -> bool:
    """'on', 'off', or 'auto' (on when the machine has under 2 GB of RAM)."""
    if setting == "auto":
        total = physical_memory() if total is None else total
        return total is not None and total < LOW_MEMORY_BYTES
    return setting == "on"


def apply_chromium_flags(policy: BrowserPolicy) -> None:
    """Put the policy's flags into QTWEBENGINE_CHROMIUM_FLAGS; call before QtWebEngine loads."""
    current = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
    known = _names(current)
    for flag in policy.all_flags():
        if flag.startswith(_FEATURES):
            # The policy's features win over the same ones already there: importing this package
            # put the default storage quota in, and the configured one must replace it.
            current = _merge_features(current, flag.removeprefix(_FEATURES).split(","))
        elif flag.split("=")[0] not in known:
            current.append(flag)
    if current:
        os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join(current)
