"""The kiosk's settings: one table of (name, default, help) rows, read from TOML and KIOSK_* variables."""

from __future__ import annotations

import json
import os
import stat
import tomllib
import urllib.parse
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kiosk.errors import ConfigError


@dataclass(frozen=True)
class Setting:
    """One configuration key: its name, type, default and a help text for people."""

    name: str
    kind: type
    default: Any
    help: str
    minimum: int | None = None
    choices: tuple[str, ...] = ()
    """For text settings: the only values allowed (empty: any text)."""
    maximum: int = 1_000_000
    """For whole numbers: a ceiling far above any sensible value (seconds become Qt's 32-bit
    milliseconds, days become dates), so a typo cannot overflow them."""


SETTINGS: tuple[Setting, ...] = (
    Setting(
        "service_point",
        str,
        "",
        "This kiosk's service point id in the feed; empty: the feed's first service point.",
    ),
    Setting(
        "feed_url", str, "", "Address of the feed's manifest.json, or a local folder / USB path."
    ),
    Setting(
        "feed_public_keys",
        list,
        [],
        "Minisign public keys; when empty, signatures are not required.",
    ),
    Setting(
        "extra_ics_urls",
        list,
        [],
        "Local calendars (ICS addresses) shown beside the feed's events.",
    ),
    Setting(
        "upload_url",
        str,
        "",
        "Where statistics and local events are delivered (HTTP PUT / WebDAV).",
    ),
    Setting("upload_user", str, "", "User name for basic authentication at upload_url."),
    Setting("upload_password", str, "", "Password for basic authentication at upload_url."),
    Setting(
        "upload_token", str, "", "Bearer token for upload_url (used instead of user and password)."
    ),
    Setting(
        "stats_retention_months",
        int,
        13,
        "Months daily usage counters are kept before they are rolled up into monthly totals.",
        1,
    ),
    Setting(
        "idle_timeout",
        int,
        90,
        "Seconds without input before the 'Är du kvar?' countdown starts.",
        5,
    ),
    Setting(
        "countdown_seconds",
        int,
        30,
        "Length of the visible and audible countdown before a visit ends.",
        20,
    ),
    Setting(
        "attract_slide_seconds", int, 9, "Seconds each slide of the attract screen is shown.", 3
    ),
    Setting("sound", bool, True, "Play a soft chime during the countdown."),
    # Speech output and keypad operation (docs/accessibility.md).
    Setting(
        "speech",
        bool,
        True,
        "Offer speech: the 'Lyssna' control and any key start a spoken, keypad-driven visit.",
    ),
    Setting(
        "speech_engine",
        str,
        "",
        "Qt text-to-speech engine; empty: the platform's own (speechd on Linux). 'mock' is silent.",
    ),
    Setting(
        "speech_rate",
        int,
        0,
        "Speaking rate from -5 (slow) to 5 (fast); visitors change it a step at a time.",
        -5,
    ),
    Setting("speech_volume", int, 80, "Speech volume in percent (10–100).", 10),
    Setting(
        "speech_idle_factor",
        int,
        2,
        "In speech mode the idle timeout is this many times longer.",
        1,
    ),
    Setting(
        "setup_code",
        str,
        "",
        "A one-time code (6–12 digits) from the municipality with which the shop owner sets the "
        "first PIN on the touch screen; empty: only `kiosk pin set`.",
    ),
    Setting("event_window_days", int, 180, "How many days ahead recurring events are expanded.", 7),
    # The locked-down browser (docs/browser.md).
    Setting("browser_printing", bool, False, "Let e-service pages print to the default printer."),
    Setting(
        "browser_free_browsing",
        bool,
        False,
        'Let a catalogue link whose allow-list holds "*" reach any web host, with an address bar.',
    ),
    Setting("browser_chromium_flags", list, [], "Extra Chromium flags for the browser."),
    Setting("browser_print_pages", int, 5, "At most this many printed pages per visit.", 1),
    Setting(
        "browser_storage_mb",
        int,
        50,
        "What one visit's web pages may store, in MB (Chromium's quota).",
        5,
    ),
    Setting(
        "browser_low_memory",
        str,
        "auto",
        "Chromium's low-memory settings: on, off, or auto (on below 2 GB of RAM).",
        choices=("auto", "on", "off"),
    ),
    # `kiosk supervise`: restarts, hangs, nightly restart and the disk-space guard.
    Setting(
        "heartbeat_timeout",
        int,
        60,
        "Seconds without a heartbeat from the kiosk's screen before the supervisor restarts it.",
        15,  # the kiosk beats every 5 s: a shorter timeout would restart a healthy kiosk
    ),
    Setting(
        "startup_timeout",
        int,
        180,
        "Seconds the supervisor waits for a starting kiosk's first heartbeat.",
        15,
    ),
    Setting("restart_delay", int, 2, "Seconds before the first restart after a crash.", 0),
    Setting(
        "restart_delay_max",
        int,
        300,
        "Longest wait between restarts; the wait doubles after each crash up to this.",
        0,
    ),
    Setting(
        "give_up_after",
        int,
        10,
        "Crashes in a row (each within 10 minutes of starting) after which the supervisor stops.",
        1,
    ),
    Setting(
        "nightly_restart",
        str,
        "",
        "Local time (HH:MM) of a daily restart while the service point is closed; empty: none.",
    ),
    Setting(
        "min_free_mb",
        int,
        500,
        "Free disk space (MB) below which old logs and partial downloads are removed.",
        0,
    ),
    # The municipality's watch job (kiosk fleet watch): where its mail goes and when.
    Setting("smtp_host", str, "", "Mail server for the fleet watch job's alerts and reports."),
    Setting("smtp_port", int, 587, "Port of smtp_host (587 with STARTTLS, 25 without).", 1),
    Setting("smtp_user", str, "", "User name at smtp_host; empty: no login."),
    Setting("smtp_password", str, "", "Password at smtp_host."),
    Setting("smtp_starttls", bool, True, "Encrypt the mail connection with STARTTLS."),
    Setting("mail_from", str, "", "Sender address of the watch job's mail."),
    Setting("alert_to", list, [], "Addresses that get alert mails about service points."),
    Setting("report_to", list, [], "Addresses that get every quarter's reports as PDFs."),
    Setting(
        "alert_after_hours",
        int,
        2,
        "Mail when a kiosk has had no contact for more than this many hours while its shop is open.",
        1,
    ),
    Setting(
        "alert_mute_until",
        str,
        "",
        "No alert mails up to and including this day (YYYY-MM-DD), e.g. over the holidays.",
    ),
    # Public warnings (issue 24): VMA, SMHI and Krisinformation; an empty address turns one off.
    Setting(
        "alert_area",
        str,
        "",
        "Municipality (4 digits, e.g. 2284) or county (2 digits) code for public warnings; "
        "empty: the service point's area_code in the feed.",
    ),
    Setting(
        "vma_url",
        str,
        "https://vmaapi.sr.se/api/v3/alerts",
        "Sveriges Radio's VMA API (public warnings, checked every minute); empty: off.",
    ),
    Setting(
        "smhi_warnings_url",
        str,
        "https://opendata-download-warnings.smhi.se/ibww/api/version/1/warning.json",
        "SMHI's impact-based weather warnings; empty: off.",
    ),
    Setting(
        "krisinformation_url",
        str,
        "https://api.krisinformation.se/v3/news",
        "Krisinformation.se's news for the county; empty: off.",
    ),
)

_BY_NAME = {s.name: s for s in SETTINGS}
ENV_PREFIX = "KIOSK_"


@dataclass(frozen=True)
class Config:
    """Effective settings after defaults, the TOML file and environment variables."""

    values: Mapping[str, Any] = field(default_factory=dict)
    source: Path | None = None
    """The TOML file the values came from (None: defaults and environment only)."""

    def __getattr__(self, name: str) -> Any:
        try:
            return self.values[name]
        except KeyError:
            raise AttributeError(name) from None

    @property
    def service_point(self) -> str:
        """This kiosk's service point id (may be empty)."""
        return str(self.values["service_point"])

    @property
    def idle_timeout(self) -> int:
        """Seconds of no input before the countdown."""
        return int(self.values["idle_timeout"])

    @property
    def countdown_seconds(self) -> int:
        """Seconds the countdown lasts."""
        return int(self.values["countdown_seconds"])


def _setting(name: str, origin: str) -> Setting:
    try:
        return _BY_NAME[name]
    except KeyError:
        known = ", ".join(sorted(_BY_NAME))
        raise ConfigError(f"{origin}: unknown setting '{name}' (known: {known})") from None


def _coerce(setting: Setting, value: Any, origin: str, from_env: bool = False) -> Any:
    """Check a value from TOML (already typed) or the environment (text) against its setting."""
    where = f"{origin}: setting '{setting.name}'"
    if from_env and isinstance(value, str) and setting.kind is not str:
        value = _parse_env_text(setting, value, where)
    if setting.kind is bool:
        if not isinstance(value, bool):
            raise ConfigError(f"{where} must be true or false, not {value!r}")
        return value
    if setting.kind is int:
        if isinstance(value, bool) or not isinstance(value, int):
            raise ConfigError(f"{where} must be a whole number, not {value!r}")
        if setting.minimum is not None and value < setting.minimum:
            raise ConfigError(f"{where} must be at least {setting.minimum}, not {value}")
        if value > setting.maximum:
            raise ConfigError(f"{where} must be at most {setting.maximum}, not {value}")
        return value
    if setting.kind is list:
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise ConfigError(f"{where} must be a list of texts, not {value!r}")
        return [_text(setting, v, where) for v in value]
    if not isinstance(value, str):
        raise ConfigError(f"{where} must be a text, not {value!r}")
    value = _text(setting, value, where)
    if setting.choices and value not in setting.choices:
        raise ConfigError(f"{where} must be one of {', '.join(setting.choices)}, not {value!r}")
    return value


_ADDRESS_SETTINGS = frozenset({"feed_url", "upload_url", "extra_ics_urls"})


def _text(setting: Setting, value: str, where: str) -> str:
    """A text value with no control characters; an address that parses (host, port 0–65535)."""
    if any(ord(c) < 32 or ord(c) == 127 for c in value):
        raise ConfigError(f"{where} must not contain control characters, not {value!r}")
    if setting.name in _ADDRESS_SETTINGS and "://" in value:
        try:
            parts = urllib.parse.urlsplit(value)
            parts.port  # noqa: B018 -- parsing the port is the check
        except ValueError as error:
            raise ConfigError(f"{where} is not a valid address: {value!r} ({error})") from None
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            raise ConfigError(f"{where} must be an http:// or https:// address, not {value!r}")
    return value


def _parse_env_text(setting: Setting, text: str, where: str) -> Any:
    text = text.strip()
    if setting.kind is bool:
        lowered = text.lower()
        if lowered in {"1", "true", "yes", "on"}:
            return True
        if lowered in {"0", "false", "no", "off"}:
            return False
        raise ConfigError(f"{where} must be true or false, not {text!r}")
    if setting.kind is int:
        try:
            return int(text)
        except ValueError:
            raise ConfigError(f"{where} must be a whole number, not {text!r}") from None
    if setting.kind is list:
        if text.startswith("["):
            try:
                return json.loads(text)
            except json.JSONDecodeError:
                raise ConfigError(f"{where} is not a valid JSON list") from None
        return [part.strip() for part in text.split(",") if part.strip()]
    return text


def load_config(path: Path | None, environ: Mapping[str, str] | None = None) -> Config:
    """Defaults, then the TOML file (if given and present), then KIOSK_* environment variables."""
    values: dict[str, Any] = {s.name: s.default for s in SETTINGS}
    if path is not None:
        for name, value in _read_toml(path).items():
            values[name] = _coerce(_setting(name, str(path)), value, str(path))
    env = os.environ if environ is None else environ
    for key, text in env.items():
        if key.startswith(ENV_PREFIX) and key not in _NON_SETTING_ENV:
            name = key[len(ENV_PREFIX) :].lower()
            values[name] = _coerce(_setting(name, key), text, key, from_env=True)
    return Config(values, path)


# Variables with the KIOSK_ prefix that steer the program rather than configure it.
_NON_SETTING_ENV = frozenset(
    {
        "KIOSK_DATA_DIR",
        "KIOSK_CONFIG",
        "KIOSK_REPORT_FIRST_PAINT",
        "KIOSK_FEED_KEY_PASSWORD",
        "KIOSK_PUBLISH_PASSWORD",
        "KIOSK_PUBLISH_TOKEN",
        "KIOSK_SUPERVISED",
        "KIOSK_FRESH_START",
    }
)


MAX_CONFIG_BYTES = 1024 * 1024
"""A configuration file is a page of text; anything larger (or endless, like /dev/zero) is a mistake."""


def _read_toml(path: Path) -> dict[str, Any]:
    try:
        with path.open("rb") as handle:
            if not stat.S_ISREG(os.fstat(handle.fileno()).st_mode):
                raise ConfigError(f"{path}: not a regular file")
            raw = handle.read(MAX_CONFIG_BYTES + 1)
    except FileNotFoundError:
        raise ConfigError(f"{path}: configuration file not found") from None
    except OSError as error:
        raise ConfigError(f"{path}: cannot read configuration file ({error.strerror})") from None
    if len(raw) > MAX_CONFIG_BYTES:
        raise ConfigError(f"{path}: larger than {MAX_CONFIG_BYTES // 1024} KB; not read")
    try:
        return tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise ConfigError(f"{path}: not UTF-8 text (save it as UTF-8)") from None
    except tomllib.TOMLDecodeError as error:
        raise ConfigError(f"{path}: not valid TOML ({error})") from None
