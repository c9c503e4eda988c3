"""The publisher's settings on this PC: where to upload, which key signs; the password in the keychain.

The secret key and the upload password never go into the source folder (it may live in Git or
on a shared drive); the key file stays on this PC behind its own password, and the upload
password is kept by the operating system's keychain, or asked for each time where none exists.
"""

from __future__ import annotations

import os
import secrets
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Protocol
from urllib.parse import urlsplit

import keyring
import keyring.errors
import requests.auth
from PySide6.QtCore import QSettings, QStandardPaths

from kiosk.errors import KioskError
from kiosk.feed.sign import generate_keypair
from kiosk.net.failures import HttpError
from kiosk.net.http import Http

KEYCHAIN_SERVICE = "servicepunkt-kiosk-publisher"
TEST_FILE = "kiosk-provuppladdning.txt"


class SetupError(KioskError):
    """A setup step failed; the text is plain Swedish for the officer."""


@dataclass(frozen=True)
class Destination:
    """Where the feed goes and how it is signed (all of it safe to keep in plain settings)."""

    upload_url: str = ""
    """A WebDAV folder (https://…/kiosk/) or a local folder or USB stick."""
    user: str = ""
    feed_url: str = ""
    """The address every kiosk reads: the manifest.json in the uploaded folder."""
    key_file: str = ""
    public_key: str = ""
    fleet_url: str = ""
    """Where the kiosks upload statistics, status and events (their upload_url)."""

    @property
    def complete(self) -> bool:
        """True when publishing can start (the first-run assistant is done)."""
        return bool(self.upload_url and self.key_file and self.public_key)

    @property
    def is_web(self) -> bool:
        """True for an http(s) address, False for a folder."""
        return urlsplit(self.upload_url).scheme in ("http", "https")


class Keychain(Protocol):
    """The operating system's password store (keyring), or a test's own."""

    def get_password(self, service: str, user: str) -> str | None: ...
    def set_password(self, service: str, user: str, password: str) -> None: ...


class PublisherSettings:
    """The destination in QSettings on this PC, the password in the keychain."""

    def __init__(self, settings: QSettings, keychain: Keychain | None = None) -> None:
        self._settings = settings
        self._keychain = keychain if keychain is not None else keyring.get_keyring()

    def destination(self) -> Destination:
        """The saved destination (empty fields before the first-run assistant)."""
        values = {
            f.name: str(self._settings.value(f"publish/{f.name}", "")) for f in fields(Destination)
        }
        return Destination(**values)

    def save(self, destination: Destination) -> None:
        """Remember the destination."""
        for f in fields(Destination):
            self._settings.setValue(f"publish/{f.name}", getattr(destination, f.name))
        self._settings.sync()

    def password(self, destination: Destination) -> str | None:
        """The upload password from the keychain; None when it has none (ask the officer)."""
        try:
            return self._keychain.get_password(KEYCHAIN_SERVICE, _account(destination))
        except keyring.errors.KeyringError:
            return None

    def keep_password(self, destination: Destination, password: str) -> bool:
        """Store the password in the keychain; False where this PC has no keychain."""
        try:
            self._keychain.set_password(KEYCHAIN_SERVICE, _account(destination), password)
        except keyring.errors.KeyringError:
            return False
        return True


def _account(destination: Destination) -> str:
    return f"{destination.user}@{destination.upload_url}"


def default_key_folder() -> Path:
    """Where a new key pair goes: this user's application data, never the source folder."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base or Path.home() / ".servicepunkt-kiosk") / "nycklar"


def make_key_pair(
    folder: Path, password: str, strength: tuple[int, int] | None = None
) -> Destination:
    """A new minisign key pair in `folder`, the secret key readable by this user only.

    Returns a Destination holding only the key's fields. `strength` (opslimit, memlimit)
    is for tests; the default is minisign's own, which takes some seconds on purpose.
    """
    if len(password) < 8:
        raise SetupError("Lösenordet för nyckeln måste ha minst 8 tecken.")
    public, secret = folder / "kiosk-feed.pub", folder / "kiosk-feed.key"
    if secret.exists():
        raise SetupError(
            f"Det finns redan en nyckel i {folder}. Välj en annan mapp, så att den gamla "
            "nyckeln inte skrivs över (kioskerna litar på den)."
        )
    options = {} if strength is None else {"opslimit": strength[0], "memlimit": strength[1]}
    pair = generate_keypair(password, **options)
    try:
        folder.mkdir(parents=True, exist_ok=True)
        public.write_text(pair.public_key_file, encoding="utf-8")
        handle = os.open(secret, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
        with os.fdopen(handle, "w", encoding="utf-8") as file:
            file.write(pair.secret_key_file)
    except OSError as error:
        raise SetupError(f"Nyckeln kunde inte sparas i {folder} ({error.strerror}).") from None
    return Destination(key_file=str(secret), public_key=pair.public_key)


def try_upload(destination: Destination, password: str) -> str:
    """Put a small file where the feed will go, read it back from the kiosks' address, remove it.

    Returns what was checked, in Swedish; SetupError says what failed in plain words.
    """
    body = f"Provuppladdning från publiceringsprogrammet {secrets.token_hex(8)}\n".encode()
    if not destination.is_web:
        return _test_folder(Path(destination.upload_url), body)
    url = destination.upload_url.rstrip("/") + "/" + TEST_FILE
    # As UTF-8 (RFC 7617): requests would send Latin-1, and 'lösen' would not match.
    auth = (
        requests.auth.HTTPBasicAuth(destination.user.encode(), password.encode())
        if destination.user
        else None
    )
    with Http() as http:
        try:
            answer = http.put(url, body, {"Content-Type": "text/plain"}, auth=auth)
        except HttpError as error:
            raise SetupError(f"Servern kunde inte nås: {error}. Stämmer adressen?") from None
        if answer.status not in (200, 201, 204):
            raise SetupError(_refusal(answer.status))
        if destination.feed_url:
            _read_back(http, destination.feed_url, body)
    if destination.feed_url:
        return "Provfilen laddades upp och kunde läsas på kioskernas adress."
    return "Provfilen laddades upp."


def _test_folder(folder: Path, body: bytes) -> str:
    try:
        folder.mkdir(parents=True, exist_ok=True)
        probe = folder / TEST_FILE
        probe.write_bytes(body)
        ok = probe.read_bytes() == body
        probe.unlink()
    except OSError as error:
        raise SetupError(f"Det gick inte att skriva i {folder} ({error.strerror}).") from None
    if not ok:
        raise SetupError(f"Det som skrevs i {folder} gick inte att läsa tillbaka.")
    return "Provfilen skrevs och lästes tillbaka i mappen."


def _read_back(http: Http, feed_url: str, body: bytes) -> None:
    public = feed_url.rsplit("/", 1)[0] + "/" + TEST_FILE
    try:
        fetched = http.get(public)
    except HttpError as error:
        raise SetupError(
            f"Uppladdningen gick bra, men kioskernas adress {public} svarar inte med filen "
            f"({error}). Stämmer kioskernas adress?"
        ) from None
    if fetched.body != body:
        raise SetupError(
            "Uppladdningen gick bra, men kioskernas adress visar inte samma fil. "
            "Pekar de två adresserna på samma mapp?"
        )


def _refusal(status: int) -> str:
    if status == 401:
        return "Servern godtog inte användarnamnet eller lösenordet."
    if status == 403:
        return "Servern tillåter inte uppladdning till den mappen."
    if status == 404:
        return "Mappen finns inte på servern. Stämmer adressen?"
    if status == 507:
        return "Servern är full. Be den som sköter servern om mer utrymme."
    return f"Servern tog inte emot filen (svar {status})."
