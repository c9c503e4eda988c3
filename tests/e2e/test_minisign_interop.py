"""Our signatures and keys against the real `minisign` tool, both ways, and the CLI around them."""

from __future__ import annotations

import shutil
import stat
import subprocess
from pathlib import Path

import pytest
from e2e_helpers import REPO

from kiosk.feed.sign import generate_keypair, sign, verify

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(
        shutil.which("minisign") is None,
        reason="the minisign tool is not installed (CI installs it: apt-get install minisign)",
    ),
]

PASSWORD = "blåbärssoppa"  # minisign reads it from standard input when that is not a terminal
DATA = b'{"format": 1, "version": 2026110108}\n'


def minisign(*args: str, cwd: Path, stdin: str = "") -> subprocess.CompletedProcess[str]:
    """Run the real minisign; `stdin` always a pipe, so a password is never asked on a terminal."""
    return subprocess.run(
        ["minisign", *args],
        cwd=cwd,
        input=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def test_minisign_verifies_our_signature_and_rejects_tampering(tmp_path: Path) -> None:
    pair = generate_keypair(None)
    (tmp_path / "kiosk.pub").write_text(pair.public_key_file, encoding="utf-8")
    (tmp_path / "manifest.json").write_bytes(DATA)
    signature = sign(DATA, pair.secret_key_file, None, "feed version 2026110108")
    (tmp_path / "manifest.json.minisig").write_text(signature, encoding="utf-8")

    # -H: minisign insists on the prehashed format that is its default.
    checked = minisign("-Vm", "manifest.json", "-p", "kiosk.pub", "-H", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert "Trusted comment: feed version 2026110108" in checked.stdout

    (tmp_path / "manifest.json").write_bytes(DATA.replace(b"08", b"09"))
    tampered = minisign("-Vm", "manifest.json", "-p", "kiosk.pub", cwd=tmp_path)
    assert tampered.returncode == 1
    assert "Signature verification failed" in tampered.stderr

    (tmp_path / "manifest.json").write_bytes(DATA)
    forged = signature.replace("2026110108", "2026110199")
    (tmp_path / "manifest.json.minisig").write_text(forged, encoding="utf-8")
    comment = minisign("-Vm", "manifest.json", "-p", "kiosk.pub", cwd=tmp_path)
    assert comment.returncode == 1
    assert "Comment signature verification failed" in comment.stderr


@pytest.mark.parametrize(
    ("password", "legacy"),
    [(None, False), (None, True), (PASSWORD, False)],
    ids=["unencrypted-prehashed", "unencrypted-legacy", "encrypted-prehashed"],
)
def test_we_verify_what_minisign_signs(tmp_path: Path, password: str | None, legacy: bool) -> None:
    keygen = ["-G", "-p", "m.pub", "-s", "m.key"]
    typed = f"{password}\n{password}\n" if password else ""
    made = minisign(*keygen, *([] if password else ["-W"]), cwd=tmp_path, stdin=typed)
    assert made.returncode == 0, made.stderr
    (tmp_path / "manifest.json").write_bytes(DATA)

    signing = ["-Sm", "manifest.json", "-s", "m.key", "-t", "signed by minisign"]
    signed = minisign(
        *signing, *(["-l"] if legacy else []), cwd=tmp_path, stdin=f"{password or ''}\n"
    )
    assert signed.returncode == 0, signed.stderr

    signature = (tmp_path / "manifest.json.minisig").read_text(encoding="utf-8")
    public = (tmp_path / "m.pub").read_text(encoding="utf-8")
    assert verify(DATA, signature, [public]) == "signed by minisign"
    assert verify(DATA, signature, [public.splitlines()[1]]) == "signed by minisign"


@pytest.mark.parametrize("password", [None, PASSWORD], ids=["unencrypted", "encrypted"])
def test_kiosk_feed_sign_uses_a_key_made_by_minisign(
    run_kiosk, tmp_path: Path, password: str | None
) -> None:
    typed = f"{password}\n{password}\n" if password else ""
    keygen = ["-G", "-p", "m.pub", "-s", "m.key", *([] if password else ["-W"])]
    assert minisign(*keygen, cwd=tmp_path, stdin=typed).returncode == 0
    built = run_kiosk("feed", "build", str(REPO / "assets" / "demo-source"), "out", input="")
    assert built.returncode == 0, built.stderr

    env = {"KIOSK_FEED_KEY_PASSWORD": password} if password else {}
    signed = run_kiosk("feed", "sign", "out", "--key", "m.key", env=env, input="")
    assert signed.returncode == 0, signed.stderr
    checked = minisign("-Vm", "out/manifest.json", "-p", "m.pub", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert "Trusted comment: feed version 2026110108 generated" in checked.stdout


def test_minisign_signs_with_our_password_protected_key(tmp_path: Path) -> None:
    pair = generate_keypair(PASSWORD)
    (tmp_path / "kiosk.pub").write_text(pair.public_key_file, encoding="utf-8")
    (tmp_path / "kiosk.key").write_text(pair.secret_key_file, encoding="utf-8")
    (tmp_path / "manifest.json").write_bytes(DATA)

    wrong = minisign("-Sm", "manifest.json", "-s", "kiosk.key", cwd=tmp_path, stdin="nej\n")
    assert wrong.returncode != 0
    assert "Wrong password for that key" in wrong.stderr

    signing = ["-Sm", "manifest.json", "-s", "kiosk.key", "-t", "minisign with our key"]
    signed = minisign(*signing, cwd=tmp_path, stdin=f"{PASSWORD}\n")
    assert signed.returncode == 0, signed.stderr
    checked = minisign("-Vm", "manifest.json", "-p", "kiosk.pub", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert "Trusted comment: minisign with our key" in checked.stdout


def test_cli_keygen_build_sign_and_validate_with_minisign(run_kiosk, tmp_path: Path) -> None:
    made = run_kiosk("feed", "keygen", "--out", "keys", "--no-password", input="")
    assert made.returncode == 0, made.stderr
    keys = tmp_path / "keys"
    public_line = (keys / "kiosk-feed.pub").read_text(encoding="utf-8").splitlines()[1]
    assert made.stdout.splitlines()[0] == public_line
    assert stat.S_IMODE((keys / "kiosk-feed.key").stat().st_mode) == 0o600

    demo = str(REPO / "assets" / "demo-source")
    built = run_kiosk("feed", "build", demo, "out", "--sign", "keys/kiosk-feed.key", input="")
    assert built.returncode == 0, built.stderr
    checked = minisign("-Vm", "out/manifest.json", "-p", "keys/kiosk-feed.pub", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert "Trusted comment: feed version" in checked.stdout

    keys_env = {"KIOSK_FEED_PUBLIC_KEYS": public_line}
    valid = run_kiosk("feed", "validate", "out", env=keys_env)
    assert valid.returncode == 0, valid.stdout + valid.stderr
    assert "good signature, trusted comment: feed version" in valid.stdout

    # The manifest's own signature (signatures/<sha256>.minisig) is the one kiosks read first.
    (signature,) = (tmp_path / "out" / "signatures").glob("*.minisig")
    assert signature.read_bytes() == (tmp_path / "out" / "manifest.json.minisig").read_bytes()
    text = signature.read_text(encoding="utf-8")
    signature.write_text(text.replace("feed version", "feed versjon"), encoding="utf-8")
    forged = run_kiosk("feed", "validate", "out", env=keys_env)
    assert forged.returncode == 1
    assert "manifest.json.minisig: bad signature of the trusted comment" in forged.stdout
    assert "Traceback" not in forged.stdout + forged.stderr


def test_cli_password_protected_key_from_the_environment_works_with_minisign(
    run_kiosk, tmp_path: Path
) -> None:
    env = {"KIOSK_FEED_KEY_PASSWORD": PASSWORD}
    made = run_kiosk("feed", "keygen", "--out", "keys", env=env, input="")
    assert made.returncode == 0, made.stderr
    built = run_kiosk("feed", "build", str(REPO / "assets" / "demo-source"), "out", input="")
    assert built.returncode == 0, built.stderr

    signed = run_kiosk(
        "feed", "sign", "out", "--key", "keys/kiosk-feed.key", "--trusted-comment", "release 1",
        env=env, input="",
    )  # fmt: skip
    assert signed.returncode == 0, signed.stderr
    checked = minisign("-Vm", "out/manifest.json", "-p", "keys/kiosk-feed.pub", cwd=tmp_path)
    assert checked.returncode == 0, checked.stderr
    assert "Trusted comment: release 1" in checked.stdout

    # The same key file is usable by minisign itself with the same password.
    resigned = minisign(
        "-Sm", "out/manifest.json", "-s", "keys/kiosk-feed.key", cwd=tmp_path, stdin=f"{PASSWORD}\n"
    )
    assert resigned.returncode == 0, resigned.stderr


def test_cli_key_errors_are_one_line(run_kiosk, tmp_path: Path) -> None:
    no_password = run_kiosk("feed", "keygen", "--out", "keys", input="")
    assert no_password.returncode == 1
    assert no_password.stderr.strip() == (
        "kiosk: no terminal to ask for a password: set KIOSK_FEED_KEY_PASSWORD, "
        "or use --no-password for an unencrypted key"
    )
    assert run_kiosk("feed", "keygen", "--out", "keys", "--no-password", input="").returncode == 0
    again = run_kiosk("feed", "keygen", "--out", "keys", "--no-password", input="")
    assert again.returncode == 1
    assert again.stderr.strip() == (
        "kiosk: keys/kiosk-feed.pub: already exists; use --force to replace the key pair"
    )
    forced = run_kiosk("feed", "keygen", "--out", "keys", "--no-password", "--force", input="")
    assert forced.returncode == 0, forced.stderr

    env = {"KIOSK_FEED_KEY_PASSWORD": PASSWORD}
    run_kiosk("feed", "keygen", "--out", "locked", env=env, input="")
    run_kiosk("feed", "build", str(REPO / "assets" / "demo-source"), "out", input="")
    wrong = run_kiosk(
        "feed", "sign", "out", "--key", "locked/kiosk-feed.key",
        env={"KIOSK_FEED_KEY_PASSWORD": "fel"}, input="",
    )  # fmt: skip
    assert wrong.returncode == 1
    assert wrong.stderr.strip() == "kiosk: wrong password for secret key locked/kiosk-feed.key"
    assert not (tmp_path / "out" / "manifest.json.minisig").exists()
