"""E-mail for the watch job: SMTP with STARTTLS and login, plain Swedish text, PDF attachments."""

from __future__ import annotations

import base64
import email.policy
import smtplib
import ssl
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path
from typing import Any

from kiosk.errors import KioskError

TIMEOUT = 30.0
"""Seconds to wait for the mail server at each step."""

POLICY = email.policy.SMTP.clone(max_line_length=998)
"""Headers up to the RFC 5322 line limit unfolded: Python folds a Swedish subject between two
encoded words and drops the space there ("13:50– butiken"), which every mail program shows."""


class MailError(KioskError):
    """A mail could not be handed to the mail server."""


@dataclass(frozen=True)
class MailSettings:
    """How to reach the mail server and whom to write to (the settings smtp_* and *_to)."""

    host: str
    port: int = 587
    user: str = ""
    password: str = ""
    starttls: bool = True
    sender: str = ""
    alert_to: tuple[str, ...] = ()
    report_to: tuple[str, ...] = ()

    @classmethod
    def from_values(cls, values: Mapping[str, Any]) -> MailSettings:
        """From the configuration's values; KioskError when no mail can be sent at all."""
        host = str(values["smtp_host"]).strip()
        sender = str(values["mail_from"]).strip()
        if not host:
            raise KioskError("no smtp_host is configured: the watch job has nobody to mail")
        if not sender:
            raise KioskError("no mail_from is configured: mail needs a sender address")
        return cls(
            host,
            int(values["smtp_port"]),
            str(values["smtp_user"]),
            str(values["smtp_password"]),
            bool(values["smtp_starttls"]),
            sender,
            tuple(values["alert_to"]),
            tuple(values["report_to"]),
        )


def message(
    settings: MailSettings,
    to: Sequence[str],
    subject: str,
    body: str,
    attachments: Sequence[Path] = (),
) -> EmailMessage:
    """A plain-text mail, with PDF files attached."""
    mail = EmailMessage(policy=POLICY)
    mail["From"] = settings.sender
    mail["To"] = ", ".join(to)
    mail["Subject"] = subject
    mail["Date"] = formatdate(localtime=True)
    mail["Message-ID"] = make_msgid(domain=settings.sender.rpartition("@")[2] or None)
    mail.set_content(body)
    for path in attachments:
        mail.add_attachment(
            path.read_bytes(), maintype="application", subtype="pdf", filename=path.name
        )
    return mail


def _login(smtp: smtplib.SMTP, user: str, password: str) -> None:
    """AUTH PLAIN in UTF-8 (RFC 4616) where offered: smtplib's own login encodes as ASCII and
    fails on a password like 'hemligt-lösen'; other mechanisms go through smtplib."""
    smtp.ehlo_or_helo_if_needed()
    if "PLAIN" not in smtp.esmtp_features.get("auth", "").upper().split():
        smtp.login(user, password)
        return
    token = base64.b64encode(f"\0{user}\0{password}".encode()).decode("ascii")
    code, answer = smtp.docmd("AUTH", f"PLAIN {token}")
    if code != 235:
        raise smtplib.SMTPAuthenticationError(code, answer)


def send(settings: MailSettings, mail: EmailMessage) -> None:
    """Hand one mail to the server; MailError with a one-line reason when that fails."""
    where = f"{settings.host}:{settings.port}"
    try:
        with smtplib.SMTP(settings.host, settings.port, timeout=TIMEOUT) as smtp:
            if settings.starttls:
                smtp.starttls(context=ssl.create_default_context())
            if settings.user:
                _login(smtp, settings.user, settings.password)
            smtp.send_message(mail)
    except smtplib.SMTPAuthenticationError:
        raise MailError(f"{where} refused smtp_user or smtp_password") from None
    except smtplib.SMTPNotSupportedError:
        raise MailError(f"{where} does not offer STARTTLS; set smtp_starttls = false") from None
    except smtplib.SMTPException as error:
        raise MailError(f"{where} did not take the mail ({error})") from None
    except ssl.SSLError as error:
        raise MailError(f"{where}: the encrypted connection failed ({error.reason})") from None
    except (TimeoutError, OSError) as error:
        raise MailError(f"{where} cannot be reached ({error})") from None
