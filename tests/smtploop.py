"""A real SMTP server on loopback (aiosmtpd) that keeps what it receives, with an optional login."""

from __future__ import annotations

import email
import email.policy
import socket
import ssl
import subprocess
from collections.abc import Iterator
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest
from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER = "kommunen"
PASSWORD = "hemligt-lösen"


class Mailbox:
    """The messages the server accepted, parsed."""

    def __init__(self) -> None:
        self.messages: list[EmailMessage] = []

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        parsed = email.message_from_bytes(envelope.content, policy=email.policy.default)
        assert isinstance(parsed, EmailMessage)
        self.messages.append(parsed)
        return "250 OK"

    def subjects(self) -> list[str]:
        return [str(m["Subject"]) for m in self.messages]


def _authenticate(server: Any, session: Any, envelope: Any, mechanism: str, auth: Any) -> Any:
    ok = isinstance(auth, LoginPassword) and (auth.login, auth.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=ok, handled=False)  # handled=False: the server answers 535


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@pytest.fixture
def tls_smtp_server(tmp_path: Path) -> Iterator[tuple[Mailbox, int, Path]]:
    """A mail server that offers STARTTLS with a certificate for 127.0.0.1 (and its file, for
    the client to trust), and takes a login only after STARTTLS, as a real one does."""
    key, cert = tmp_path / "smtp-key.pem", tmp_path / "smtp-cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-keyout", str(key), "-out", str(cert), "-subj", "/CN=127.0.0.1",
         "-addext", "subjectAltName=IP:127.0.0.1"],
        check=True, capture_output=True,
    )  # fmt: skip
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    context.load_cert_chain(cert, key)
    box = Mailbox()
    port = free_port()
    controller = Controller(
        box,
        hostname="127.0.0.1",
        port=port,
        authenticator=_authenticate,
        tls_context=context,
        require_starttls=True,
    )
    controller.start()
    try:
        yield box, port, cert
    finally:
        controller.stop()


@pytest.fixture
def smtp_server() -> Iterator[tuple[Mailbox, int]]:
    """A mail server on loopback that wants USER and PASSWORD (over plain SMTP: loopback only)."""
    box = Mailbox()
    port = free_port()
    controller = Controller(
        box,
        hostname="127.0.0.1",
        port=port,
        authenticator=_authenticate,
        auth_require_tls=False,
    )
    controller.start()
    try:
        yield box, port
    finally:
        controller.stop()


def mail_settings(port: int) -> dict[str, Any]:
    """Configuration values for the loopback server."""
    return {
        "smtp_host": "127.0.0.1",
        "smtp_port": port,
        "smtp_user": USER,
        "smtp_password": PASSWORD,
        "smtp_starttls": False,
        "mail_from": "kiosk@kommunen.example",
        "alert_to": ["handlaggare@kommunen.example"],
        "report_to": ["arkiv@kommunen.example"],
    }
