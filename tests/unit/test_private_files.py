"""The kiosk's own files and the browser's profile folders: private, and swept after a crash."""

from __future__ import annotations

import os
import stat
import subprocess
import sys
from pathlib import Path

import pytest

from kiosk.paths import DataDir, private_dir, profiles_root, protect_files, sweep_profiles

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes")


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_profiles_live_in_the_runtime_folder_one_per_data_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    runtime = tmp_path / "run"
    runtime.mkdir(mode=0o700)
    monkeypatch.setenv("XDG_RUNTIME_DIR", str(runtime))
    one, two = profiles_root(tmp_path / "a"), profiles_root(tmp_path / "b")
    assert one.is_relative_to(runtime) and two.is_relative_to(runtime)
    assert one != two  # two kiosks never sweep each other's visits


def test_without_a_runtime_folder_profiles_live_in_the_data_directory(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("XDG_RUNTIME_DIR", raising=False)
    assert profiles_root(tmp_path / "data") == tmp_path / "data" / "browser-profiles"


def test_profile_folders_are_readable_by_the_kiosk_only(tmp_path: Path) -> None:
    folder = private_dir(tmp_path / "x" / "profiles")
    assert mode(folder) == 0o700


def test_left_over_profiles_are_swept_but_a_live_process_keeps_its_own(tmp_path: Path) -> None:
    root = private_dir(tmp_path / "profiles")
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True).stdout.strip()  # fmt: skip
    for name in (f"{dead}-old", f"{os.getpid()}-mine", "garbage"):
        (root / name / "storage").mkdir(parents=True)
        (root / name / "storage" / "leveldb").write_text("marker")
    assert sweep_profiles(root, only_dead=True) == 2  # kiosk browse beside a running kiosk
    assert [p.name for p in root.iterdir()] == [f"{os.getpid()}-mine"]
    assert sweep_profiles(root) == 1  # kiosk run, which holds the data directory's lock
    assert list(root.iterdir()) == []


def test_the_pin_file_database_and_configuration_are_made_private(tmp_path: Path) -> None:
    data = DataDir(tmp_path / "data")
    data.root.mkdir(mode=0o755)
    config = tmp_path / "kiosk.toml"
    files = [data.local_db, data.root / "local.db-wal", data.root / "owner-pin.json", config]
    for path in files:
        path.write_text("secret")
        path.chmod(0o644)
    notes = protect_files(data, config)
    assert [mode(path) for path in files] == [0o600] * 4
    assert mode(data.root) == 0o700
    assert len(notes) == 5 and all("readable by the kiosk's user only" in n for n in notes)
    assert protect_files(data, config) == []  # already private: nothing to say
