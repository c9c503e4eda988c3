"""Minisign-compatible Ed25519 keys and signatures for the feed's manifest.json."""

from __future__ import annotations

import base64
import binascii
import hashlib
import os
import secrets
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey, Ed25519PublicKey
from pydantic import ValidationError

from kiosk.errors import FeedError
from kiosk.feed.models import Manifest, signature_name

MANIFEST_FILE = "manifest.json"
SIGNATURE_FILE = MANIFEST_FILE + ".minisig"
DEFAULT_UNTRUSTED_COMMENT = "signature from servicepunkt-kiosk secret key"

# Markers and sizes of minisign's binary structures (minisign.h).
_ALG_LEGACY = b"Ed"  # signs the data itself; also the algorithm id of every key
_ALG_PREHASHED = b"ED"  # signs BLAKE2b-512 of the data: minisign's default
_KDF_SCRYPT = b"Sc"
_KDF_NONE = b"\0\0"
_CHK_BLAKE2B = b"B2"
_KEY_ID_SIZE = 8
_PUBLIC_KEY_SIZE = 2 + _KEY_ID_SIZE + 32
_SIGNATURE_SIZE = 2 + _KEY_ID_SIZE + 64
_SECRET_KEY_SIZE = 2 + 2 + 2 + 32 + 8 + 8 + _KEY_ID_SIZE + 64 + 32
_UNTRUSTED = "untrusted comment: "
_TRUSTED = "trusted comment: "
# minisign writes this comment into every secret key file, encrypted or not (-W).
_SECRET_KEY_COMMENT = "minisign encrypted secret key"
# minisign's buffers (COMMENTMAXBYTES, TRUSTEDCOMMENTMAXBYTES) hold prefix, text and a NUL;
# longer comments would be cut off or refused by the real tool.
_UNTRUSTED_MAX = 1024 - len(_UNTRUSTED) - 2
_TRUSTED_MAX = 8192 - len(_TRUSTED) - 2

# libsodium's crypto_pwhash_scryptsalsa208sha256_{OPS,MEM}LIMIT_SENSITIVE, what `minisign -G` uses.
OPSLIMIT = 33554432
MEMLIMIT = 1073741824
# hashlib.scrypt refuses more than INT_MAX bytes; minisign's own keys need 1 GiB.
_SCRYPT_MAXMEM = 2**31 - 1


class SignatureError(FeedError):
    """A key or signature is malformed, does not match, or a password is wrong."""


@dataclass(frozen=True)
class KeyPair:
    """The exact texts of a minisign .pub and .key file."""

    public_key_file: str
    secret_key_file: str

    @property
    def public_key(self) -> str:
        """The base64 line operators paste into `feed_public_keys`."""
        return self.public_key_file.splitlines()[1]


@dataclass(frozen=True)
class PublicKey:
    """An Ed25519 public key with minisign's 8-byte key id."""

    key_id: bytes
    key: bytes

    @property
    def id_text(self) -> str:
        """The key id as minisign prints it."""
        return key_id_text(self.key_id)


@dataclass(frozen=True)
class SecretKey:
    """A decrypted Ed25519 secret key (libsodium layout: seed, then public key) and its id."""

    key_id: bytes
    secret: bytes = field(repr=False)  # never in a log line or traceback

    @property
    def id_text(self) -> str:
        """The key id as minisign prints it."""
        return key_id_text(self.key_id)


def key_id_text(key_id: bytes) -> str:
    """Hex of the little-endian key id, as in minisign's messages and .pub comment."""
    return f"{int.from_bytes(key_id, 'little'):016X}"


def generate_keypair(
    password: str | None, *, opslimit: int = OPSLIMIT, memlimit: int = MEMLIMIT
) -> KeyPair:
    """A new key pair like `minisign -G` (scrypt-encrypted) or `minisign -G -W` (password None).

    `opslimit`/`memlimit` are minisign's; they are stored in the key, so lower ones
    (for tests) still give a key that minisign can read.
    """
    private = Ed25519PrivateKey.generate()
    public = private.public_key().public_bytes_raw()
    key_id = secrets.token_bytes(_KEY_ID_SIZE)
    secret = private.private_bytes_raw() + public
    if password is None:
        # Like minisign -W: no salt, no limits and no checksum.
        body = _KDF_NONE + _CHK_BLAKE2B + bytes(32 + 8 + 8) + key_id + secret + bytes(32)
    else:
        body = _encrypted_body(key_id, secret, password, opslimit, memlimit)
    public_key = PublicKey(key_id, public)
    return KeyPair(
        public_key_file=(
            f"{_UNTRUSTED}minisign public key {public_key.id_text}\n"
            f"{_b64(_ALG_LEGACY + key_id + public)}\n"
        ),
        secret_key_file=f"{_UNTRUSTED}{_SECRET_KEY_COMMENT}\n{_b64(_ALG_LEGACY + body)}\n",
    )


def _encrypted_body(
    key_id: bytes, secret: bytes, password: str, opslimit: int, memlimit: int
) -> bytes:
    if not password:
        raise SignatureError("the password for a secret key must not be empty")
    salt = secrets.token_bytes(32)
    plain = key_id + secret + _checksum(key_id, secret)
    stream = _scrypt_stream(password, salt, opslimit, memlimit, "(new)")
    limits = opslimit.to_bytes(8, "little") + memlimit.to_bytes(8, "little")
    return _KDF_SCRYPT + _CHK_BLAKE2B + salt + limits + _xor(plain, stream)


def secret_key_is_encrypted(secret_key_file: str, name: str = "(unnamed)") -> bool:
    """True when the secret key needs a password (minisign -G without -W)."""
    return _secret_key_struct(secret_key_file, name)[2:4] == _KDF_SCRYPT


def read_secret_key(
    secret_key_file: str, password: str | None, name: str = "(unnamed)"
) -> SecretKey:
    """Decode (and decrypt) the text of a minisign secret key file; `name` is for messages."""
    raw = _secret_key_struct(secret_key_file, name)
    kdf, salt = raw[2:4], raw[6:38]
    opslimit = int.from_bytes(raw[38:46], "little")
    memlimit = int.from_bytes(raw[46:54], "little")
    sealed = raw[54:]
    if kdf == _KDF_SCRYPT:
        if not password:
            raise SignatureError(f"secret key {name} is encrypted: its password is needed")
        sealed = _xor(sealed, _scrypt_stream(password, salt, opslimit, memlimit, name))
    key_id, secret, checksum = sealed[:8], sealed[8:72], sealed[72:]
    # minisign -W leaves the checksum zero; an encrypted key always has one.
    if (kdf == _KDF_SCRYPT or any(checksum)) and checksum != _checksum(key_id, secret):
        if kdf == _KDF_SCRYPT:
            raise SignatureError(f"wrong password for secret key {name}")
        raise SignatureError(f"secret key {name} is damaged (its checksum does not match)")
    _check_key_halves(secret, name)
    return SecretKey(key_id, secret)


def _secret_key_struct(text: str, name: str) -> bytes:
    raw = _b64decode(_second_line(text))
    if raw is None or len(raw) != _SECRET_KEY_SIZE:
        raise SignatureError(
            f"secret key {name}: not a minisign secret key (base64 of {_SECRET_KEY_SIZE} bytes "
            "expected on its second line)"
        )
    if raw[:2] != _ALG_LEGACY or raw[4:6] != _CHK_BLAKE2B:
        raise SignatureError(f"secret key {name}: unsupported key algorithm {raw[:2]!r}")
    if raw[2:4] not in (_KDF_SCRYPT, _KDF_NONE):
        raise SignatureError(f"secret key {name}: unsupported key derivation {raw[2:4]!r}")
    return raw


def _check_key_halves(secret: bytes, name: str) -> None:
    # The second half must be the public key of the first; anything else would sign garbage.
    derived = Ed25519PrivateKey.from_private_bytes(secret[:32]).public_key().public_bytes_raw()
    if derived != secret[32:]:
        raise SignatureError(f"secret key {name} is damaged (its two halves do not match)")


def sign(
    data: bytes,
    secret_key_file: str,
    password: str | None,
    trusted_comment: str,
    untrusted_comment: str = DEFAULT_UNTRUSTED_COMMENT,
    *,
    key_name: str = "(unnamed)",
) -> str:
    """The text of a .minisig file for `data` (prehashed "ED", like `minisign -S`)."""
    key = read_secret_key(secret_key_file, password, key_name)
    return sign_with_key(data, key, trusted_comment, untrusted_comment)


def sign_with_key(
    data: bytes,
    key: SecretKey,
    trusted_comment: str,
    untrusted_comment: str = DEFAULT_UNTRUSTED_COMMENT,
    *,
    prehash: bool = True,
) -> str:
    """Sign with an already decrypted key; `prehash=False` gives the legacy "Ed" format."""
    _check_comment("trusted comment", trusted_comment, _TRUSTED_MAX)
    _check_comment("untrusted comment", untrusted_comment, _UNTRUSTED_MAX)
    private = Ed25519PrivateKey.from_private_bytes(key.secret[:32])
    algorithm = _ALG_PREHASHED if prehash else _ALG_LEGACY
    signature = private.sign(_blake2b512(data) if prehash else data)
    # The global signature binds the trusted comment to this signature.
    global_signature = private.sign(signature + trusted_comment.encode())
    return (
        f"{_UNTRUSTED}{untrusted_comment}\n"
        f"{_b64(algorithm + key.key_id + signature)}\n"
        f"{_TRUSTED}{trusted_comment}\n"
        f"{_b64(global_signature)}\n"
    )


def _check_comment(what: str, text: str, limit: int) -> None:
    if "\n" in text or "\r" in text:
        raise SignatureError(f"the {what} must be one line")
    if len(text.encode()) > limit:
        raise SignatureError(f"the {what} is longer than minisign allows ({limit} bytes)")


def manifest_trusted_comment(manifest_raw: bytes) -> str:
    """The default trusted comment: the manifest's version and generated time."""
    try:
        manifest = Manifest.model_validate_json(manifest_raw)
    except ValidationError as error:
        problem = error.errors()[0]
        where = ".".join(str(part) for part in problem["loc"]) or "(whole file)"
        raise FeedError(
            f"manifest.json: not a format v1 manifest, so it is not signed ({where}: {problem['msg']})"
        ) from None
    return f"feed version {manifest.version} generated {manifest.generated.isoformat()}"


def sign_feed(folder: Path, key: SecretKey, trusted_comment: str | None = None) -> str:
    """Sign `folder`/manifest.json into manifest.json.minisig and signatures/<sha256>.minisig;
    return the trusted comment."""
    manifest = folder / MANIFEST_FILE
    try:
        manifest_raw = manifest.read_bytes()
    except FileNotFoundError:
        raise FeedError(f"{folder}: no {MANIFEST_FILE} to sign") from None
    except OSError as error:
        raise FeedError(f"{manifest}: cannot be read ({error.strerror})") from None
    if trusted_comment is None:
        trusted_comment = manifest_trusted_comment(manifest_raw)
    text = sign_with_key(manifest_raw, key, trusted_comment)
    # The manifest's own signature too (signature_name), for a folder copied to a web server.
    for name in (signature_name(manifest_raw), SIGNATURE_FILE):
        target = folder / name
        partial = target.with_name(target.name + ".partial")
        try:
            # Replaced in one step: a web server never serves half a signature.
            target.parent.mkdir(exist_ok=True)
            partial.write_text(text, encoding="utf-8")
            os.replace(partial, target)
        except OSError as error:
            raise FeedError(f"{target}: cannot be written ({error.strerror})") from None
    return trusted_comment


@dataclass(frozen=True)
class _Signature:
    algorithm: bytes
    key_id: bytes
    signature: bytes
    trusted_comment: str
    global_signature: bytes


def verify(
    data: bytes, signature_file: str, public_keys: Sequence[str], *, name: str = SIGNATURE_FILE
) -> str:
    """Check a .minisig text ("Ed" or "ED") against any of `public_keys`; return the trusted comment.

    A public key may be a whole .pub file or only its base64 line ("RWQ...").
    """
    keys = [parse_public_key(text, name) for text in public_keys]
    if not keys:
        raise SignatureError(f"{name}: no public key is configured to check it against")
    parsed = _parse_signature(signature_file, name)
    key = next((key for key in keys if key.key_id == parsed.key_id), None)
    if key is None:
        configured = ", ".join(key.id_text for key in keys)
        raise SignatureError(
            f"{name}: signed by key {key_id_text(parsed.key_id)}, which is not one of "
            f"the configured public keys ({configured})"
        )
    verifier = Ed25519PublicKey.from_public_bytes(key.key)
    message = _blake2b512(data) if parsed.algorithm == _ALG_PREHASHED else data
    try:
        verifier.verify(parsed.signature, message)
    except InvalidSignature:
        raise SignatureError(
            f"{name}: bad signature: the signed file was changed after it was signed "
            f"by key {key.id_text}"
        ) from None
    try:
        verifier.verify(parsed.global_signature, parsed.signature + parsed.trusted_comment.encode())
    except InvalidSignature:
        raise SignatureError(
            f"{name}: bad signature of the trusted comment: it was changed after signing"
        ) from None
    return parsed.trusted_comment


def parse_public_key(text: str, name: str = SIGNATURE_FILE) -> PublicKey:
    """A public key from a .pub file's text or its base64 line; `name` prefixes messages."""
    lines = [line.strip() for line in text.strip().splitlines() if line.strip()]
    if lines and lines[0].startswith(_UNTRUSTED.strip()):
        lines = lines[1:]
    raw = _b64decode(lines[0]) if len(lines) == 1 else None
    shown = _shorten(lines[-1] if lines else text)
    if raw is None or len(raw) != _PUBLIC_KEY_SIZE:
        raise SignatureError(
            f"{name}: cannot be checked: public key '{shown}' is not a minisign "
            "public key (expected the 56-character base64 line of a .pub file, 'RW...')"
        )
    if raw[:2] != _ALG_LEGACY:
        raise SignatureError(
            f"{name}: cannot be checked: public key '{shown}' uses the unsupported "
            f"algorithm {raw[:2]!r}"
        )
    return PublicKey(raw[2:10], raw[10:])


def _parse_signature(text: str, name: str) -> _Signature:
    lines = [line.rstrip("\r") for line in text.split("\n")]
    if len(lines) < 4 or not lines[3]:
        raise SignatureError(f"{name}: not a minisign signature file (it has fewer than 4 lines)")
    if not lines[0].startswith(_UNTRUSTED):
        raise SignatureError(
            f"{name}: not a minisign signature file (line 1 must start with '{_UNTRUSTED}')"
        )
    if not lines[2].startswith(_TRUSTED):
        raise SignatureError(
            f"{name}: not a minisign signature file (line 3 must start with '{_TRUSTED}')"
        )
    raw = _b64decode(lines[1])
    if raw is None or len(raw) != _SIGNATURE_SIZE:
        raise SignatureError(f"{name}: line 2 is not a minisign signature (base64 of 74 bytes)")
    if raw[:2] not in (_ALG_LEGACY, _ALG_PREHASHED):
        raise SignatureError(
            f"{name}: unsupported signature algorithm {raw[:2]!r} (minisign uses Ed or ED)"
        )
    global_signature = _b64decode(lines[3])
    if global_signature is None or len(global_signature) != 64:
        raise SignatureError(
            f"{name}: line 4 is not a minisign comment signature (base64 of 64 bytes)"
        )
    return _Signature(raw[:2], raw[2:10], raw[10:], lines[2][len(_TRUSTED) :], global_signature)


def _scrypt_params(opslimit: int, memlimit: int) -> tuple[int, int, int]:
    """(N, r, p) from libsodium's opslimit/memlimit, as its pickparams() computes them."""
    opslimit = max(opslimit, 32768)
    r = 8
    if opslimit < memlimit // 32:
        max_n = opslimit // (r * 4)
        return 1 << _log2_below(max_n // 2), r, 1
    max_n = memlimit // (r * 128)
    n_log2 = _log2_below(max_n // 2)
    max_rp = min((opslimit // 4) // (1 << n_log2), 0x3FFFFFFF)
    return 1 << n_log2, r, max(max_rp // r, 1)


def _log2_below(limit: int) -> int:
    """The smallest n in 1..63 with 2**n > limit (libsodium's loop)."""
    n_log2 = 1
    while n_log2 < 63 and (1 << n_log2) <= limit:
        n_log2 += 1
    return n_log2


def _scrypt_stream(password: str, salt: bytes, opslimit: int, memlimit: int, name: str) -> bytes:
    n, r, p = _scrypt_params(opslimit, memlimit)
    try:
        return hashlib.scrypt(
            password.encode(),
            salt=salt,
            n=n,
            r=r,
            p=p,
            maxmem=_SCRYPT_MAXMEM,
            dklen=_KEY_ID_SIZE + 64 + 32,
        )
    except (ValueError, MemoryError):
        raise SignatureError(
            f"secret key {name}: its password derivation needs more memory than is available"
        ) from None


def _checksum(key_id: bytes, secret: bytes) -> bytes:
    return hashlib.blake2b(_ALG_LEGACY + key_id + secret, digest_size=32).digest()


def _blake2b512(data: bytes) -> bytes:
    return hashlib.blake2b(data, digest_size=64).digest()


def _xor(data: bytes, stream: bytes) -> bytes:
    return bytes(a ^ b for a, b in zip(data, stream, strict=True))


def _b64(data: bytes) -> str:
    return base64.b64encode(data).decode("ascii")


def _b64decode(text: str) -> bytes | None:
    try:
        return base64.b64decode(text.strip(), validate=True)
    except (binascii.Error, ValueError):
        return None


def _second_line(text: str) -> str:
    lines = text.split("\n")
    return lines[1].strip() if len(lines) > 1 else ""


def _shorten(text: str) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= 16 else flat[:12] + "…"
