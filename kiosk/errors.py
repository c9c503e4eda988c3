"""Our own exceptions: each carries a short text meant for people, not a traceback."""


class KioskError(Exception):
    """Base class: `str(error)` is a one-line reason fit for an operator or shop owner."""


class ConfigError(KioskError):
    """The configuration file or an environment variable is invalid."""


class FeedError(KioskError):
    """A feed folder or file cannot be read or does not follow format v1."""


class ContentError(KioskError):
    """The local content database is missing, corrupt or cannot be written."""


class DamagedContentError(ContentError):
    """The content database or the file naming it is damaged: set it aside and rebuild."""


class AlreadyRunningError(KioskError):
    """Another kiosk instance already uses this data directory."""


class LocalDataError(KioskError):
    """The precious local database (events, details, counters) cannot be opened or written."""
