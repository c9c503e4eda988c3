"""Build the one-folder program dist/servicepunkt-kiosk/ with PyInstaller.

    pip install -e ".[build]"
    python packaging/build.py [--self-test]

Compiles the translations (.ts -> .qm), runs PyInstaller on packaging/kiosk.spec, checks that
QtWebEngine's helper process and the assets are inside, and prints the build time and size.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
NAME = "servicepunkt-kiosk"
EXE = "kiosk.exe" if sys.platform == "win32" else "kiosk"
PUBLISHER_EXE = "kiosk-publisher.exe" if sys.platform == "win32" else "kiosk-publisher"


def fail(message: str) -> None:
    """One line and exit 1."""
    print(f"build: {message}", file=sys.stderr)
    sys.exit(1)


def compile_translations() -> None:
    """The .qm files are build products (the hatch hook makes them at install time too)."""
    tool = shutil.which("pyside6-lrelease")
    command = [tool] if tool else [sys.executable, "-m", "PySide6.scripts.pyside_tool", "lrelease"]
    for ts in sorted((REPO / "assets" / "translations").glob("*.ts")):
        subprocess.run(
            [*command, "-silent", str(ts), "-qm", str(ts.with_suffix(".qm"))], check=True
        )


def folder_size(folder: Path) -> int:
    """Bytes of all files below `folder`."""
    return sum(p.stat().st_size for p in folder.rglob("*") if p.is_file() and not p.is_symlink())


def check_bundle(bundle: Path) -> None:
    """What a kiosk cannot do without: the program, the browser's helper, assets, translations."""
    process = process_name()
    needed = {
        "the program": [bundle / EXE],
        "the municipality's publisher": [bundle / PUBLISHER_EXE],
        "QtWebEngineProcess (the e-service browser)": list(bundle.rglob(process)),
        "the demo feed": list(bundle.rglob("demo-feed/manifest.json")),
        "the translations (.qm)": list(bundle.rglob("kiosk_sv.qm")),
        "the time zone database": list(bundle.rglob("tzdata/zoneinfo/Europe/Stockholm")),
    }
    for what, found in needed.items():
        if not any(path.exists() for path in found):
            fail(f"{bundle}: {what} is missing from the bundle")
    check_qt_links(bundle)


def check_qt_links(bundle: Path) -> None:
    """Every Qt library a bundled binary links to is bundled too (the spec leaves unused ones out)."""
    readelf = shutil.which("readelf")
    if readelf is None or sys.platform != "linux":
        return  # Windows and machines without binutils: the self-test is the check
    held = {path.name for path in bundle.rglob("libQt6*")}
    for binary in [*bundle.rglob("*.so"), *bundle.rglob("*.so.*"), *bundle.rglob(process_name())]:
        output = subprocess.run(
            [readelf, "-d", str(binary)], capture_output=True, text=True, check=False
        ).stdout
        for line in output.splitlines():
            if "(NEEDED)" in line and "[libQt6" in line:
                needed = line.split("[", 1)[1].rstrip("]")
                if needed not in held:
                    fail(f"{binary.relative_to(bundle)} needs {needed}, which the spec left out")


def process_name() -> str:
    """QtWebEngine's helper program."""
    return "QtWebEngineProcess.exe" if sys.platform == "win32" else "QtWebEngineProcess"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--dist", type=Path, default=REPO / "dist", help="Output folder.")
    parser.add_argument("--self-test", action="store_true", help="Run the built self-test.")
    args = parser.parse_args()
    if shutil.which("pyinstaller") is None and not _has_pyinstaller():
        fail('PyInstaller is not installed: pip install -e ".[build]"')
    started = time.monotonic()
    compile_translations()
    work = REPO / "build" / "pyinstaller"
    subprocess.run(
        [sys.executable, "-m", "PyInstaller", "--noconfirm", "--clean", "--log-level", "WARN",
         "--distpath", str(args.dist), "--workpath", str(work), str(REPO / "packaging" / "kiosk.spec")],
        check=True,
        cwd=REPO,
    )  # fmt: skip
    bundle = args.dist / NAME
    check_bundle(bundle)
    seconds = time.monotonic() - started
    print(f"built {bundle} in {seconds:.0f} s, {folder_size(bundle) / 1e6:.0f} MB")
    if args.self_test:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        result = subprocess.run([str(bundle / EXE), "--self-test"], env=env, check=False)
        if result.returncode != 0:
            fail("the built program's self-test failed")


def _has_pyinstaller() -> bool:
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        return False
    return True


if __name__ == "__main__":
    main()
