"""packaging/linux/install-debian.sh on this machine, then the installed kiosk on a screen.

Runs as root where apt-get is (CI); it changes the machine and puts it back afterwards (users,
files, units), except the Debian packages it installed. What systemd cannot do here is stubbed
and named: `systemctl` is a stand-in that records its calls (nothing is enabled on this
machine), and the test starts each mode's command itself, as the unit or autostart entry
would, under cage with wlroots' headless backend in place of a real screen.

The installed program is a stand-in bundle (a folder with a `kiosk` program, as
packaging/build.py makes): this checkout's `kiosk` package and assets, run by a Python of the
test's version with the test's installed packages, so the test downloads and builds nothing.
"""

from __future__ import annotations

import contextlib
import fcntl
import os
import pwd
import shlex
import shutil
import signal
import subprocess
import sys
import sysconfig
import tempfile
import time
from collections.abc import Iterator
from configparser import ConfigParser
from dataclasses import dataclass
from pathlib import Path

import pytest
from PySide6.QtGui import QImage

REPO = Path(__file__).resolve().parents[2]
SCRIPT = REPO / "packaging" / "linux" / "install-debian.sh"
PREFIX = Path("/opt/servicepunkt-kiosk")
CONFIG = Path("/etc/servicepunkt-kiosk/kiosk.toml")
DATA = Path("/var/lib/servicepunkt-kiosk")
KIOSK_USER = "kiosk"
DESKTOP_USER = "spk-desktop-test"
# Everything the script may create, removed after each test.
INSTALLED = [
    PREFIX,
    PREFIX.with_name(PREFIX.name + ".new"),
    PREFIX.with_name(PREFIX.name + ".old"),
    CONFIG.parent,
    DATA,
    Path("/etc/systemd/system/servicepunkt-kiosk.service"),
    Path("/etc/pam.d/servicepunkt-kiosk"),
    Path("/etc/systemd/user/servicepunkt-kiosk.service"),
    Path("/etc/xdg/autostart/servicepunkt-kiosk.desktop"),
]
HEADLESS = {"WLR_BACKENDS": "headless", "WLR_LIBINPUT_NO_DEVICES": "1", "WLR_RENDERER": "pixman"}
# Turned twice (upside down, still 1280x720; grim turns the picture back): Debian 12's cage
# (0.1.4, wlroots 0.15) shows a full-screen window by handing its buffer to the output directly,
# which wlroots' headless output refuses ("Basic output test failed"), and the screen then keeps
# its first frame. A turned output is always composed, so the screenshot shows the kiosk.
CAGE = ["cage", "-r", "-r", "--"]
SYSTEMCTL_STUB = """#!/bin/sh
# Stands in for systemctl: no systemd runs the units here; the calls are recorded instead.
echo "$*" >> "$(dirname "$0")/systemctl.calls"
"""
LAUNCHER = """#!/bin/sh
# A stand-in for the PyInstaller bundle's program: the kiosk package beside it.
here=$(dirname "$(readlink -f "$0")")
PYTHONPATH="$here/app" exec "$here/venv/bin/python" -m kiosk "$@"
"""

pytestmark = [pytest.mark.slow, pytest.mark.deploy]


def shared_python() -> Path | None:
    """A Python of the test's version that other users may run with the test's packages."""
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    site = sysconfig.get_paths()["purelib"]
    check = f"import sys; sys.path.insert(0, {site!r}); import PySide6.QtWidgets, click"
    for candidate in (Path(sys.base_prefix) / "bin" / version, Path("/usr/bin") / version):
        if not candidate.is_file():
            continue
        runs = subprocess.run(
            ["runuser", "-u", "nobody", "--", str(candidate), "-c", check],
            capture_output=True,
            check=False,
        )
        if runs.returncode == 0:
            return candidate
    return None


def reason_to_skip() -> str:
    if not sys.platform.startswith("linux"):
        return "install-debian.sh is for Debian"
    if os.geteuid() != 0:
        return "install-debian.sh must run as root (CI runs the tests as root)"
    if shutil.which("apt-get") is None or shutil.which("runuser") is None:
        return "no apt-get here: not a Debian machine"
    if shutil.which("grim") is None:
        return "grim (the screenshot of the kiosk) is not installed: apt-get install grim"
    for path in INSTALLED[:5]:
        if path.exists():
            return f"{path} exists: a kiosk is installed on this machine, the test would replace it"
    for user in (KIOSK_USER, DESKTOP_USER):
        if user_exists(user):
            return f"the user {user} exists here; the test creates and deletes it"
    if shared_python() is None:
        site = sysconfig.get_paths()["purelib"]
        return f"other users cannot run a Python {sys.version_info.major}.{sys.version_info.minor} with {site}"
    return ""


def user_exists(name: str) -> bool:
    try:
        pwd.getpwnam(name)
    except KeyError:
        return False
    return True


@dataclass
class Machine:
    """This machine with the script, the stand-in bundle and a recording systemctl at hand."""

    bundle: Path
    stubs: Path

    def install(self, *args: str) -> subprocess.CompletedProcess[str]:
        environ = {k: v for k, v in os.environ.items() if not k.startswith(("KIOSK_", "QT_"))}
        environ.pop("SUDO_USER", None)
        environ["PATH"] = f"{self.stubs}:{environ.get('PATH', '/usr/bin:/bin')}"
        command = ["bash", str(SCRIPT), "--bundle", str(self.bundle), *args]
        result = subprocess.run(
            command, env=environ, capture_output=True, text=True, timeout=900, check=False
        )
        assert result.returncode == 0, result.stdout[-3000:] + result.stderr[-3000:]
        return result

    def systemctl_calls(self) -> list[str]:
        calls = self.stubs / "systemctl.calls"
        return calls.read_text().splitlines() if calls.exists() else []


def make_bundle(folder: Path, python: Path) -> Path:
    bundle = folder / "servicepunkt-kiosk"
    ignore = shutil.ignore_patterns("__pycache__")
    shutil.copytree(REPO / "kiosk", bundle / "app" / "kiosk", ignore=ignore)
    shutil.copytree(REPO / "assets", bundle / "app" / "assets", ignore=ignore)
    subprocess.run([str(python), "-m", "venv", "--without-pip", str(bundle / "venv")], check=True)
    version = f"python{sys.version_info.major}.{sys.version_info.minor}"
    site = bundle / "venv" / "lib" / version / "site-packages"
    (site / "test-packages.pth").write_text(sysconfig.get_paths()["purelib"] + "\n")
    launcher = bundle / "kiosk"
    launcher.write_text(LAUNCHER)
    launcher.chmod(0o755)
    return bundle


def processes_of(user: str) -> list[int]:
    uid = pwd.getpwnam(user).pw_uid
    pids = []
    for entry in Path("/proc").iterdir():
        with contextlib.suppress(FileNotFoundError):  # a process that just ended
            if entry.name.isdigit() and entry.stat().st_uid == uid:
                pids.append(int(entry.name))
    return pids


def remove_user(user: str) -> None:
    if not user_exists(user):
        return
    for pid in processes_of(user):  # the test's own kiosk, should one outlive its stop
        with contextlib.suppress(ProcessLookupError):
            os.kill(pid, signal.SIGKILL)
    # userdel refuses a user whose killed processes are not gone yet, and the next test's
    # useradd then found the user still there (CI failed so once): wait for them first.
    deadline = time.monotonic() + 30
    while processes_of(user) and time.monotonic() < deadline:
        time.sleep(0.2)
    subprocess.run(["userdel", "--remove", user], capture_output=True, check=False)
    subprocess.run(["groupdel", user], capture_output=True, check=False)


def put_back() -> None:
    for path in INSTALLED:
        if path.is_dir() and not path.is_symlink():
            shutil.rmtree(path, ignore_errors=True)
        else:
            path.unlink(missing_ok=True)
    for user in (DESKTOP_USER, KIOSK_USER):
        remove_user(user)


@pytest.fixture(scope="module")
def bundle_folder() -> Iterator[tuple[Path, Path]]:
    reason = reason_to_skip()
    if reason:
        pytest.skip(reason)
    python = shared_python()
    assert python is not None
    with tempfile.TemporaryDirectory(prefix="spk-deploy-") as tmp:
        stubs = Path(tmp) / "stubs"
        stubs.mkdir()
        (stubs / "systemctl").write_text(SYSTEMCTL_STUB)
        (stubs / "systemctl").chmod(0o755)
        yield make_bundle(Path(tmp), python), stubs


@pytest.fixture
def machine(bundle_folder: tuple[Path, Path]) -> Iterator[Machine]:
    bundle, stubs = bundle_folder
    # One installation at a time, also when pytest-xdist runs tests side by side.
    with open("/run/lock/servicepunkt-kiosk-deploy-test.lock", "w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        (stubs / "systemctl.calls").unlink(missing_ok=True)
        try:
            yield Machine(bundle, stubs)
        finally:
            put_back()


def unit_values(path: Path, key: str) -> list[str]:
    """The values of `key=` in a systemd unit (keys such as Environment repeat)."""
    lines = path.read_text().splitlines()
    return [line.split("=", 1)[1] for line in lines if line.startswith(f"{key}=")]


def desktop_exec(path: Path) -> list[str]:
    entry = ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(path)
    return shlex.split(entry["Desktop Entry"]["Exec"])


def add_desktop_user() -> None:
    remove_user(DESKTOP_USER)  # a fresh one, where the last could be removed
    if not user_exists(DESKTOP_USER):  # else the last test's, its kiosk not reaped yet
        subprocess.run(["useradd", "--create-home", "--shell", "/bin/sh", DESKTOP_USER], check=True)


def can_read_config(user: str) -> bool:
    check = ["runuser", "-u", user, "--", "head", "-c", "1", str(CONFIG)]
    return subprocess.run(check, capture_output=True, check=False).returncode == 0


def show_under_cage(
    user: str, command: list[str], heartbeat: Path, environment: dict[str, str]
) -> QImage:
    """Start `command` as `user` under cage on a headless output, as the unit or the desktop
    session would; once the kiosk beats, the screen as grim sees it."""
    account = pwd.getpwnam(user)
    with tempfile.TemporaryDirectory(prefix="spk-runtime-") as runtime:
        os.chown(runtime, account.pw_uid, account.pw_gid)
        os.chmod(runtime, 0o700)
        environ = {
            "PATH": "/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin",
            "LANG": "C.UTF-8",
            "XDG_RUNTIME_DIR": runtime,
            **HEADLESS,
            **environment,
        }
        cage = subprocess.Popen(
            ["runuser", "-u", user, "--", *CAGE, *command],
            env=environ,
            cwd=account.pw_dir,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
        try:
            beat = wait_for_beats(heartbeat, cage)
            assert beat, f"no heartbeat from the kiosk at {heartbeat}: {output_of(cage)}"
            sockets = [p.name for p in Path(runtime).glob("wayland-*") if p.suffix != ".lock"]
            shot = Path(runtime) / "screen.png"
            grim = ["runuser", "-u", user, "--", "grim", str(shot)]
            grim_env = {**environ, "WAYLAND_DISPLAY": sockets[0]}
            # The heartbeat may come before the first frame: look again until the kiosk shows.
            deadline = time.monotonic() + 120
            while True:
                subprocess.run(grim, env=grim_env, check=True, timeout=60)
                screen = QImage(str(shot))
                if colours(screen) >= 5 or time.monotonic() > deadline or cage.poll() is not None:
                    return screen
                time.sleep(1)
        finally:
            stop(cage)


def wait_for_beats(heartbeat: Path, cage: subprocess.Popen[bytes]) -> bool:
    """True once the kiosk has written its heartbeat twice (a running screen thread)."""
    first: float | None = None
    deadline = time.monotonic() + 240
    while time.monotonic() < deadline and cage.poll() is None:
        if heartbeat.exists():
            written = heartbeat.stat().st_mtime
            if first is None:
                first = written
            elif written != first:
                return True
        time.sleep(0.5)
    return False


def output_of(process: subprocess.Popen[bytes]) -> str:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=60)
    assert process.stdout is not None
    return process.stdout.read().decode(errors="replace")[-3000:]


def stop(process: subprocess.Popen[bytes]) -> None:
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait(timeout=30)
    if process.stdout is not None:
        process.stdout.close()


def colours(image: QImage) -> int:
    """How many different colours a 50 x 50 grid over the image meets."""
    return len(
        {
            image.pixel(image.width() * x // 50, image.height() * y // 50)
            for x in range(50)
            for y in range(50)
        }
    )


def test_the_dedicated_kiosk_shows_its_screen_under_cage(machine: Machine) -> None:
    result = machine.install("--mode", "cage", "--service-point", "bjorna")
    assert "systemctl start servicepunkt-kiosk.service" in result.stdout.splitlines()[-1]
    assert {"enable servicepunkt-kiosk.service", "set-default graphical.target"} <= set(
        machine.systemctl_calls()
    )
    assert can_read_config(KIOSK_USER)
    unit = Path("/etc/systemd/system/servicepunkt-kiosk.service")
    assert unit_values(unit, "User") == [KIOSK_USER]
    environment = dict(value.split("=", 1) for value in unit_values(unit, "Environment"))
    command = shlex.split(unit_values(unit, "ExecStart")[0])
    assert command[:2] == ["/usr/bin/cage", "--"]  # cage itself is started by the test
    screen = show_under_cage(KIOSK_USER, command[2:], DATA / "heartbeat", environment)
    assert screen.width() >= 640 and screen.height() >= 480
    assert colours(screen) >= 5, "the screen under cage is blank"


def test_the_desktop_users_kiosk_reads_the_configuration_and_shows_its_screen(
    machine: Machine,
) -> None:
    add_desktop_user()
    result = machine.install("--mode", "desktop", "--desktop-user", DESKTOP_USER, "--no-packages")
    assert "systemctl --user start servicepunkt-kiosk.service" in result.stdout.splitlines()[-1]
    assert "--global enable servicepunkt-kiosk.service" in machine.systemctl_calls()
    assert can_read_config(DESKTOP_USER)
    unit = Path("/etc/systemd/user/servicepunkt-kiosk.service")
    command = shlex.split(unit_values(unit, "ExecStart")[0])
    home = Path(pwd.getpwnam(DESKTOP_USER).pw_dir)
    heartbeat = home / ".local" / "share" / "servicepunkt-kiosk" / "heartbeat"
    wayland = {"QT_QPA_PLATFORM": "wayland", "XDG_SESSION_TYPE": "wayland"}
    screen = show_under_cage(DESKTOP_USER, command, heartbeat, wayland)
    assert colours(screen) >= 5, "the desktop user's kiosk shows nothing"


def test_the_autostart_users_kiosk_can_read_the_configuration(machine: Machine) -> None:
    add_desktop_user()
    result = machine.install("--mode", "autostart", "--desktop-user", DESKTOP_USER, "--no-packages")
    assert "log out and in again" in result.stdout.splitlines()[-1]
    assert can_read_config(DESKTOP_USER)
    assert not can_read_config("nobody")  # it may hold the upload password
    command = desktop_exec(Path("/etc/xdg/autostart/servicepunkt-kiosk.desktop"))
    assert command[0] == str(PREFIX / "kiosk")
    assert "--config" in command and str(CONFIG) in command
