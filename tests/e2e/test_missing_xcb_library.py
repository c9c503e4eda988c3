"""`kiosk run` on a desktop without libxcb-cursor0: one line naming the package, not Qt's abort.

The library is hidden for the kiosk alone: in a private mount namespace (`unshare --mount`,
root only) /dev/null is mounted over it, so the dynamic loader finds a file it cannot load,
as on a fresh Debian or Ubuntu desktop where the package is missing.
"""

from __future__ import annotations

import glob
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from e2e_helpers import kiosk_command

pytestmark = pytest.mark.slow

HIDE_AND_RUN = 'mount --bind /dev/null "$1" && shift && exec "$@"'


def installed_library(soname: str) -> Path | None:
    found = sorted(glob.glob(f"/usr/lib/*/{soname}") + glob.glob(f"/usr/lib/{soname}"))
    return Path(os.path.realpath(found[0])) if found else None


def test_kiosk_run_without_libxcb_cursor_names_the_package_instead_of_aborting(
    tmp_path: Path,
) -> None:
    library = installed_library("libxcb-cursor.so.0")
    if not sys.platform.startswith("linux") or os.geteuid() != 0 or not shutil.which("unshare"):
        pytest.skip("hiding a library in a private mount namespace needs Linux, root and unshare")
    if library is None:
        pytest.skip("libxcb-cursor0 is not installed here: nothing to hide")
    environ = {k: v for k, v in os.environ.items() if not k.startswith(("KIOSK_", "QT_"))}
    environ.update(QT_QPA_PLATFORM="xcb", DISPLAY=":0")  # never reached: the check comes first
    command = ["unshare", "--mount", "sh", "-c", HIDE_AND_RUN, "sh", str(library)]
    command += [*kiosk_command(), "run", "--demo", "--windowed", "--quit-after", "5"]
    command += ["--data-dir", str(tmp_path / "data")]
    result = subprocess.run(
        command, env=environ, cwd=tmp_path, capture_output=True, text=True, timeout=120, check=False
    )
    if "unshare failed" in result.stderr or "mount:" in result.stderr:
        pytest.skip(f"no private mount namespace here: {result.stderr.strip()}")
    assert result.returncode == 1, result.stderr
    assert result.stderr == (
        "kiosk: Qt cannot open an X11 window without the system libraries it needs: "
        "sudo apt-get install libxcb-cursor0\n"
    )
