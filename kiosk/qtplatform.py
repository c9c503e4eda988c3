"""The system libraries Qt's X11 (xcb) platform needs on Linux, and whether it will start; how
Qt draws on a computer without a graphics processor.

This table is the one list of them: `kiosk run` checks it before Qt starts (Qt itself aborts
with "no Qt platform plugin could be initialized"), and README.md's `apt-get install` line and
packaging/linux/install-debian.sh are generated from it by packaging/system_packages.py.
"""

from __future__ import annotations

import ctypes
import linecache
import os
import sys
from collections.abc import Callable, Mapping
from pathlib import Path
from types import ModuleType

# What PySide6's libqxcb.so and libQt6XcbQpa.so.6 link to (`readelf -d`), beyond the C and C++
# runtime, with the Debian and Ubuntu package of each (the same names on both).
XCB_LIBRARIES: dict[str, str] = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb.so.1": "libxcb1",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libX11.so.6": "libx11-6",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libGL.so.1": "libgl1",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
}


def xcb_packages() -> list[str]:
    """The Debian packages of XCB_LIBRARIES, each once, in the table's order."""
    return list(dict.fromkeys(XCB_LIBRARIES.values()))


def uses_xcb(environ: Mapping[str, str], platform: str = sys.platform) -> bool:
    """Whether Qt 6 will start its xcb platform, as it chooses one on Linux.

    QT_QPA_PLATFORM names the platform (the first of a `;` list, options after `:`); without it
    Qt starts xcb, except in a Wayland session (XDG_SESSION_TYPE=wayland), where it tries Wayland
    first and needs xcb only when Wayland fails.
    """
    if not platform.startswith("linux"):
        return False
    chosen = environ.get("QT_QPA_PLATFORM", "")
    if chosen:
        return chosen.split(";")[0].split(":")[0].strip() == "xcb"
    return environ.get("XDG_SESSION_TYPE", "") != "wayland"


def loadable(soname: str) -> bool:
    """Whether the dynamic loader finds and loads `soname`, as it will for Qt's plugin."""
    try:
        ctypes.CDLL(soname)
    except OSError:
        return False
    return True


def missing_packages(load: Callable[[str], bool] = loadable) -> list[str]:
    """The Debian packages whose libraries `load` cannot load, each once, in the table's order."""
    missing = [package for soname, package in XCB_LIBRARIES.items() if not load(soname)]
    return list(dict.fromkeys(missing))


def xcb_problem(environ: Mapping[str, str], load: Callable[[str], bool] = loadable) -> str:
    """One line naming the packages to install when Qt will start xcb without them, else ""."""
    if not uses_xcb(environ):
        return ""
    missing = missing_packages(load)
    if not missing:
        return ""
    return (
        "Qt cannot open an X11 window without the system libraries it needs: "
        f"sudo apt-get install {' '.join(missing)}"
    )


RENDER_NODES = Path("/dev/dri")
"""Where Linux lists the graphics devices programs may render with (renderD128 ...)."""
SOFTWARE_RENDERING = {"QT_QUICK_BACKEND": "software", "QT_XCB_GL_INTEGRATION": "none"}
"""Qt Quick (the on-screen keyboard, the browser's view) drawn by Qt itself, and no OpenGL on X11:
QtWebEngine then composites its pages in software too (it passes Chromium --disable-gpu)."""


def has_gpu(nodes: Path = RENDER_NODES) -> bool:
    """Whether this computer has a graphics device this user may render with."""
    try:
        return any(os.access(node, os.R_OK | os.W_OK) for node in nodes.glob("renderD*"))
    except OSError:
        return False


def software_rendering(
    environ: Mapping[str, str], platform: str = sys.platform, nodes: Path = RENDER_NODES
) -> dict[str, str]:
    """The environment to draw without OpenGL: SOFTWARE_RENDERING on a Linux computer without a
    graphics device, else nothing; nothing either when QT_QUICK_BACKEND already says how.

    Without a graphics device OpenGL is Mesa's llvmpipe, a GPU imitated on the processor: with an
    e-service open it cost the kiosk about 120 MB (Mesa's LLVM compiler, its textures and
    frames; tests/bench/memory_bench.py) to do what Qt's and Chromium's own software drawing do
    with less. A computer with a graphics device keeps OpenGL, where textures live in the device.
    """
    if not platform.startswith("linux") or "QT_QUICK_BACKEND" in environ or has_gpu(nodes):
        return {}
    return dict(SOFTWARE_RENDERING)


def keep_no_module_sources(modules: Mapping[str, object] = sys.modules) -> bool:
    """Stop PySide6 from keeping the source of every module the program imports; call once
    PySide6 is imported. False when this PySide6 has no such check (nothing to do).

    PySide6 looks at each module imported after it for the word "PySide6" in its source (for
    `from __feature__ import ...`, PYSIDE-2029). It reads the source with `inspect.getsource`,
    which keeps every line of it in `linecache` for the rest of the process: about 14 MB of the
    kiosk's 150 MB home-screen budget (tests/bench/rest_bench.py), never read again. This makes
    the same check read the file itself, and forgets the lines kept so far.
    """
    feature = modules.get("shibokensupport.feature")
    if feature is None or not callable(getattr(feature, "_mod_uses_pyside", None)):
        return False
    feature._mod_uses_pyside = mentions_pyside  # type: ignore[attr-defined]
    linecache.clearcache()
    return True


def mentions_pyside(module: ModuleType) -> bool:
    """PySide6's own test (the word in the module's source), from the file, nothing kept."""
    path = getattr(module, "__file__", None)
    if not isinstance(path, str) or not path.endswith(".py"):
        return False  # built in, compiled or without source: PySide6's own check says False too
    try:
        return b"PySide6" in Path(path).read_bytes()
    except OSError:
        return False
