"""`kiosk run` names the Debian packages Qt's X11 platform lacks, from the one list of them; PySide6
keeps no source lines of the modules it imports."""

from __future__ import annotations

import importlib.util
import re
import shutil
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from types import ModuleType

import pytest

from kiosk.qtplatform import (
    SOFTWARE_RENDERING,
    XCB_LIBRARIES,
    loadable,
    missing_packages,
    software_rendering,
    uses_xcb,
    xcb_packages,
    xcb_problem,
)

REPO = Path(__file__).resolve().parents[2]
X11 = {"DISPLAY": ":0"}


def system_packages() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "system_packages", REPO / "packaging" / "system_packages.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def loader_of(folder: Path) -> Callable[[str], bool]:
    """A dynamic loader that finds exactly the libraries in `folder`."""
    return lambda soname: (folder / soname).is_file()


def folder_with_all_but(tmp_path: Path, *absent: str) -> Path:
    for soname in XCB_LIBRARIES:
        if soname not in absent:
            (tmp_path / soname).write_bytes(b"")
    return tmp_path


def test_a_missing_xcb_library_is_named_by_its_debian_package(tmp_path: Path) -> None:
    folder = folder_with_all_but(tmp_path, "libxcb-cursor.so.0")
    problem = xcb_problem(X11, loader_of(folder))
    assert problem == (
        "Qt cannot open an X11 window without the system libraries it needs: "
        "sudo apt-get install libxcb-cursor0"
    )
    assert "\n" not in problem


def test_a_package_holding_two_missing_libraries_is_named_once(tmp_path: Path) -> None:
    folder = folder_with_all_but(
        tmp_path, "libglib-2.0.so.0", "libgthread-2.0.so.0", "libxcb-xkb.so.1"
    )
    assert missing_packages(loader_of(folder)) == ["libxcb-xkb1", "libglib2.0-0"]


def test_nothing_is_said_when_every_library_is_there(tmp_path: Path) -> None:
    assert xcb_problem(X11, loader_of(folder_with_all_but(tmp_path))) == ""


@pytest.mark.parametrize(
    "environ",
    [
        {"QT_QPA_PLATFORM": "offscreen"},
        {"QT_QPA_PLATFORM": "wayland"},
        {"QT_QPA_PLATFORM": "wayland;xcb"},
        {"XDG_SESSION_TYPE": "wayland", "WAYLAND_DISPLAY": "wayland-0"},
    ],
)
def test_no_xcb_libraries_are_asked_for_where_qt_starts_another_platform(
    environ: dict[str, str], tmp_path: Path
) -> None:
    assert not uses_xcb(environ, "linux")
    assert xcb_problem(environ, loader_of(tmp_path)) == ""  # an empty folder: all missing


@pytest.mark.parametrize(
    "environ",
    [
        {"DISPLAY": ":0"},
        {"DISPLAY": ":0", "XDG_SESSION_TYPE": "x11"},
        {"QT_QPA_PLATFORM": "xcb"},
        {"QT_QPA_PLATFORM": "xcb:nomitshm;wayland"},
    ],
)
def test_x11_sessions_and_an_asked_for_xcb_are_checked(environ: dict[str, str]) -> None:
    assert uses_xcb(environ, "linux")


def test_windows_is_never_checked() -> None:
    assert not uses_xcb({"QT_QPA_PLATFORM": "xcb"}, "win32")


def test_the_real_loader_finds_this_machines_libraries_and_not_an_invented_one() -> None:
    # The machine has the packages (.ci/run and install-debian.sh install them).
    assert missing_packages() == []
    assert loadable("libc.so.6")
    assert not loadable("libservicepunkt-no-such-library.so.7")


def test_the_list_covers_every_library_qts_xcb_plugin_links_to() -> None:
    readelf = shutil.which("readelf")
    if readelf is None:
        pytest.skip("readelf (binutils) is not installed")
    spec = importlib.util.find_spec("PySide6")
    assert spec is not None and spec.origin is not None
    qt = Path(spec.origin).parent / "Qt"
    plugins = [qt / "plugins" / "platforms" / "libqxcb.so", *(qt / "lib").glob("libQt6XcbQpa.so*")]
    needed: set[str] = set()
    for plugin in plugins:
        dynamic = subprocess.run(
            [readelf, "-d", str(plugin)], capture_output=True, text=True, check=True
        ).stdout
        needed |= set(re.findall(r"\(NEEDED\)\s+Shared library: \[(.+?)\]", dynamic))
    runtime = {"libc.so.6", "libm.so.6", "libstdc++.so.6", "libgcc_s.so.1"}
    unlisted = {name for name in needed - runtime if not name.startswith("libQt6")}
    assert unlisted - set(XCB_LIBRARIES) == set()


def test_readme_and_install_script_name_the_same_packages_as_the_check() -> None:
    generator = system_packages()
    for path, (now, wanted) in generator.updates().items():
        assert now == wanted, f"{path} is out of date: run python packaging/system_packages.py"
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    line = next(row for row in readme.splitlines() if row.startswith("sudo apt-get install"))
    assert line.split()[3:] == ["python3-venv", *xcb_packages()]
    script = (REPO / "packaging" / "linux" / "install-debian.sh").read_text(encoding="utf-8")
    block = script.split(generator.SCRIPT_START)[1].split(generator.SCRIPT_END)[0]
    assert block.split() == xcb_packages()


def test_ci_installs_every_package_the_check_asks_for() -> None:
    ci = (REPO / ".ci" / "run").read_text(encoding="utf-8")
    assert [package for package in xcb_packages() if package not in ci.split()] == []


def test_without_a_graphics_device_qt_draws_in_software(tmp_path: Path) -> None:
    assert software_rendering(X11, "linux", tmp_path) == SOFTWARE_RENDERING  # an empty /dev/dri
    assert software_rendering(X11, "linux", tmp_path / "dri") == SOFTWARE_RENDERING  # none at all
    assert SOFTWARE_RENDERING == {"QT_QUICK_BACKEND": "software", "QT_XCB_GL_INTEGRATION": "none"}


def test_a_computer_with_a_graphics_device_keeps_opengl(tmp_path: Path) -> None:
    (tmp_path / "card0").write_bytes(b"")  # a display card alone is no render node
    assert software_rendering(X11, "linux", tmp_path) == SOFTWARE_RENDERING
    (tmp_path / "renderD128").write_bytes(b"")
    assert software_rendering(X11, "linux", tmp_path) == {}


def test_a_backend_chosen_in_the_environment_is_left_alone(tmp_path: Path) -> None:
    assert software_rendering({**X11, "QT_QUICK_BACKEND": "rhi"}, "linux", tmp_path) == {}


def test_windows_keeps_its_own_drawing(tmp_path: Path) -> None:
    assert software_rendering({}, "win32", tmp_path) == {}


MODULE_SOURCES = """
import linecache, sys
sys.path.insert(0, sys.argv[1])
import PySide6.QtCore
from kiosk.qtplatform import keep_no_module_sources
if sys.argv[2] == "kept-away":
    assert keep_no_module_sources()
import plain_module, qt_module
feature = sys.modules["shibokensupport.feature"]
print(sorted(name for name in linecache.cache if name.endswith("_module.py")))
print(feature.pyside_feature_dict["plain_module"], feature.pyside_feature_dict["qt_module"])
"""


@pytest.mark.parametrize("how", ["kept-away", "as-pyside-does"])
def test_pyside_keeps_no_source_lines_of_the_modules_the_kiosk_imports(
    tmp_path: Path, how: str
) -> None:
    """PySide6 reads every imported module's source to look for its own name; linecache kept it
    all (about 14 MB of the home screen's 150 MB). The same answer comes back without it."""
    (tmp_path / "plain_module.py").write_text("VALUE = 1\n" * 2000, encoding="utf-8")
    (tmp_path / "qt_module.py").write_text("from PySide6 import QtCore\n", encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-c", MODULE_SOURCES, str(tmp_path), how],
        capture_output=True, text=True, check=True, timeout=60,
    )  # fmt: skip
    kept, marks = result.stdout.splitlines()
    if how == "kept-away":
        assert kept == "[]"
    else:  # the behaviour this guards against, seen on the PySide6 this kiosk pins
        assert "plain_module.py" in kept and "qt_module.py" in kept
    assert marks == "-1 0"  # PySide6's verdict: the plain module ignored, the Qt one is its own
