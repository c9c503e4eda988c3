"""Minisign-compatible signing of the manifest: keys, signatures, and the messages people read."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from feedmaker import make_feed

from kiosk.feed.sign import (
    MEMLIMIT,
    OPSLIMIT,
    SIGNATURE_FILE,
    KeyPair,
    SignatureError,
    generate_keypair,
    read_secret_key,
    sign,
    sign_feed,
    sign_with_key,
    verify,
)
from kiosk.feed.validate import FolderSource, check_feed

DATA = b'{"format": 1, "version": 7}\n'
# Cheap scrypt limits: stored in the key, so decryption uses them too and tests stay fast.
FAST = {"opslimit": 32768, "memlimit": 16 * 1024 * 1024}


@pytest.fixture(scope="module")
def plain() -> KeyPair:
    """An unencrypted key pair, like `minisign -G -W`."""
    return generate_keypair(None)


@pytest.fixture(scope="module")
def encrypted() -> KeyPair:
    """A password-protected key pair with cheap limits."""
    return generate_keypair("korv med bröd", **FAST)


def _key_id(pair: KeyPair) -> str:
    return pair.public_key_file.splitlines()[0].rsplit(" ", 1)[1]


def _blob(line: str) -> bytes:
    return base64.b64decode(line)


def test_a_signature_verifies_and_returns_its_trusted_comment(plain: KeyPair) -> None:
    signature = sign(DATA, plain.secret_key_file, None, "feed version 7")
    assert verify(DATA, signature, [plain.public_key]) == "feed version 7"


def test_signatures_are_prehashed_with_the_minisign_file_layout(plain: KeyPair) -> None:
    lines = sign(DATA, plain.secret_key_file, None, "t").splitlines()
    assert lines[0] == "untrusted comment: signature from servicepunkt-kiosk secret key"
    assert _blob(lines[1])[:2] == b"ED"
    assert len(_blob(lines[1])) == 74
    assert lines[2] == "trusted comment: t"
    assert len(_blob(lines[3])) == 64


def test_a_legacy_signature_of_the_raw_data_also_verifies(plain: KeyPair) -> None:
    key = read_secret_key(plain.secret_key_file, None)
    signature = sign_with_key(DATA, key, "legacy", prehash=False)
    assert _blob(signature.splitlines()[1])[:2] == b"Ed"
    assert verify(DATA, signature, [plain.public_key]) == "legacy"


def test_a_whole_pub_file_is_accepted_as_a_public_key(plain: KeyPair) -> None:
    signature = sign(DATA, plain.secret_key_file, None, "t")
    assert verify(DATA, signature, [plain.public_key_file]) == "t"


def test_changed_data_is_a_bad_signature(plain: KeyPair) -> None:
    signature = sign(DATA, plain.secret_key_file, None, "t")
    with pytest.raises(SignatureError, match="bad signature: the signed file was changed"):
        verify(DATA.replace(b"7", b"8"), signature, [plain.public_key])


def test_a_changed_trusted_comment_fails_the_global_signature(plain: KeyPair) -> None:
    signature = sign(DATA, plain.secret_key_file, None, "feed version 7")
    forged = signature.replace("feed version 7", "feed version 9")
    with pytest.raises(SignatureError, match="trusted comment: it was changed after signing"):
        verify(DATA, forged, [plain.public_key])


def test_an_unknown_key_names_the_signing_key_and_the_configured_ones(
    plain: KeyPair, encrypted: KeyPair
) -> None:
    signature = sign(DATA, plain.secret_key_file, None, "t")
    with pytest.raises(SignatureError) as raised:
        verify(DATA, signature, [encrypted.public_key])
    assert str(raised.value) == (
        f"{SIGNATURE_FILE}: signed by key {_key_id(plain)}, which is not one of the "
        f"configured public keys ({_key_id(encrypted)})"
    )


def test_during_key_rotation_the_second_configured_key_verifies(
    plain: KeyPair, encrypted: KeyPair
) -> None:
    signature = sign(DATA, encrypted.secret_key_file, "korv med bröd", "new key")
    assert verify(DATA, signature, [plain.public_key, encrypted.public_key]) == "new key"


def test_an_encrypted_key_needs_its_password(encrypted: KeyPair) -> None:
    with pytest.raises(SignatureError, match="is encrypted: its password is needed"):
        sign(DATA, encrypted.secret_key_file, None, "t", key_name="feed.key")


def test_a_wrong_password_is_reported_for_that_key_file(encrypted: KeyPair) -> None:
    with pytest.raises(SignatureError) as raised:
        sign(DATA, encrypted.secret_key_file, "korv", "t", key_name="keys/feed.key")
    assert str(raised.value) == "wrong password for secret key keys/feed.key"


def test_an_unencrypted_key_is_written_like_minisign_w(plain: KeyPair) -> None:
    comment, line = plain.secret_key_file.splitlines()
    assert comment == "untrusted comment: minisign encrypted secret key"
    raw = _blob(line)
    assert len(raw) == 158
    assert raw[:6] == b"Ed\0\0B2"
    assert plain.public_key_file.startswith("untrusted comment: minisign public key ")
    assert plain.public_key.startswith("RW")
    assert len(plain.public_key) == 56


def test_a_new_encrypted_key_uses_minisigns_scrypt_limits() -> None:
    raw = _blob(generate_keypair("hemligt").secret_key_file.splitlines()[1])
    assert raw[:6] == b"EdScB2"
    assert int.from_bytes(raw[38:46], "little") == OPSLIMIT == 33554432
    assert int.from_bytes(raw[46:54], "little") == MEMLIMIT == 1073741824


def test_an_empty_password_is_refused() -> None:
    with pytest.raises(SignatureError, match="must not be empty"):
        generate_keypair("", **FAST)


@pytest.mark.parametrize(
    ("comment", "message"),
    [("two\nlines", "must be one line"), ("x" * 9000, "longer than minisign allows")],
)
def test_trusted_comments_minisign_cannot_carry_are_refused(
    plain: KeyPair, comment: str, message: str
) -> None:
    with pytest.raises(SignatureError, match=message):
        sign(DATA, plain.secret_key_file, None, comment)


def _edit_line(signature: str, index: int, text: str) -> str:
    lines = signature.splitlines()
    lines[index] = text
    return "\n".join(lines) + "\n"


@pytest.mark.parametrize(
    ("index", "text", "message"),
    [
        (0, "comment: x", "line 1 must start with 'untrusted comment: '"),
        (1, "not base64!", "line 2 is not a minisign signature"),
        (1, base64.b64encode(b"XY" + bytes(72)).decode(), "unsupported signature algorithm"),
        (2, "trusted: x", "line 3 must start with 'trusted comment: '"),
        (3, "AAAA", "line 4 is not a minisign comment signature"),
    ],
)
def test_a_malformed_signature_file_says_which_line(
    plain: KeyPair, index: int, text: str, message: str
) -> None:
    broken = _edit_line(sign(DATA, plain.secret_key_file, None, "t"), index, text)
    with pytest.raises(SignatureError, match=message) as raised:
        verify(DATA, broken, [plain.public_key])
    assert str(raised.value).startswith(f"{SIGNATURE_FILE}: ")


@pytest.mark.parametrize("text", ["", "<html>404</html>", "untrusted comment: x\nRWQ\n"])
def test_a_truncated_or_foreign_signature_file_is_not_a_signature(
    plain: KeyPair, text: str
) -> None:
    with pytest.raises(SignatureError, match="not a minisign signature file"):
        verify(DATA, text, [plain.public_key])


@pytest.mark.parametrize(
    ("key", "shown"),
    [
        ("RWQabc", "'RWQabc'"),
        ("ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAI", "'ssh-ed25519 …'"),
        (base64.b64encode(b"XX" + bytes(40)).decode(), "unsupported algorithm"),
    ],
)
def test_a_malformed_public_key_is_named(plain: KeyPair, key: str, shown: str) -> None:
    signature = sign(DATA, plain.secret_key_file, None, "t")
    with pytest.raises(SignatureError, match="cannot be checked: public key") as raised:
        verify(DATA, signature, [plain.public_key, key])
    assert shown in str(raised.value)


def test_no_public_keys_cannot_verify_anything(plain: KeyPair) -> None:
    signature = sign(DATA, plain.secret_key_file, None, "t")
    with pytest.raises(SignatureError, match="no public key is configured"):
        verify(DATA, signature, [])


@pytest.mark.parametrize(
    "text", ["", "untrusted comment: x\nRWQabc\n", "untrusted comment: x\nRWQ=\n"]
)
def test_a_malformed_secret_key_is_named(text: str) -> None:
    with pytest.raises(SignatureError, match="secret key mykey: not a minisign secret key"):
        read_secret_key(text, None, "mykey")


def test_a_damaged_unencrypted_secret_key_is_refused(plain: KeyPair) -> None:
    comment, line = plain.secret_key_file.splitlines()
    raw = bytearray(_blob(line))
    raw[70] ^= 1  # a bit of the seed: the public half no longer matches
    broken = f"{comment}\n{base64.b64encode(bytes(raw)).decode()}\n"
    with pytest.raises(SignatureError, match="secret key k is damaged"):
        read_secret_key(broken, None, "k")


def test_sign_feed_writes_the_signature_with_the_version_and_time(
    tmp_path: Path, plain: KeyPair
) -> None:
    feed, manifest = make_feed(tmp_path)
    comment = sign_feed(feed, read_secret_key(plain.secret_key_file, None))
    assert comment == f"feed version {manifest.version} generated 2026-11-01T08:00:00+00:00"
    signature = (feed / SIGNATURE_FILE).read_text(encoding="utf-8")
    assert verify((feed / "manifest.json").read_bytes(), signature, [plain.public_key]) == comment


def test_check_feed_verifies_the_signature_when_keys_are_given(
    tmp_path: Path, plain: KeyPair, encrypted: KeyPair
) -> None:
    feed, _ = make_feed(tmp_path)
    sign_feed(feed, read_secret_key(plain.secret_key_file, None), "ok")
    assert check_feed(FolderSource(feed), public_keys=[plain.public_key]).trusted_comment == "ok"
    wrong = check_feed(FolderSource(feed), public_keys=[encrypted.public_key])
    assert [line.split(",")[0] for line in wrong.errors] == [
        f"{SIGNATURE_FILE}: signed by key {_key_id(plain)}"
    ]


def test_check_feed_requires_a_signature_only_when_keys_are_given(
    tmp_path: Path, plain: KeyPair
) -> None:
    feed, _ = make_feed(tmp_path)
    assert check_feed(FolderSource(feed)).ok
    unsigned = check_feed(FolderSource(feed), public_keys=[plain.public_key])
    assert unsigned.errors == [
        f"{SIGNATURE_FILE}: file is missing; the manifest must be signed when "
        "feed_public_keys is set"
    ]
