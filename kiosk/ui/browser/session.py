"""A private browsing session: a fresh profile with its own throw-away storage, destroyed at the end."""

from __future__ import annotations

import os
import shutil
import uuid
from functools import partial
from pathlib import Path

import shiboken6
from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWebEngineCore import (
    QWebEngineDownloadRequest,
    QWebEngineProfile,
    QWebEngineSettings,
)

from kiosk.paths import default_data_dir, private_dir, profiles_root
from kiosk.ui.browser.dialogs import install_chooser_guard
from kiosk.ui.browser.webpage import KioskWebPage

_OFF = (
    QWebEngineSettings.WebAttribute.JavascriptCanAccessClipboard,
    QWebEngineSettings.WebAttribute.JavascriptCanPaste,
    QWebEngineSettings.WebAttribute.LocalContentCanAccessFileUrls,
    QWebEngineSettings.WebAttribute.LocalContentCanAccessRemoteUrls,
    QWebEngineSettings.WebAttribute.PluginsEnabled,
    QWebEngineSettings.WebAttribute.ScreenCaptureEnabled,
    QWebEngineSettings.WebAttribute.ErrorPageEnabled,
    QWebEngineSettings.WebAttribute.NavigateOnDropEnabled,
    QWebEngineSettings.WebAttribute.PdfViewerEnabled,
    QWebEngineSettings.WebAttribute.AutoLoadIconsForPage,
)


class PrivateSession(QObject):
    """One visitor's browsing: a named profile whose storage lives in a folder of its own.

    The folder is `<pid>-<random>` inside `root` (the kiosk's own, mode 0700, see
    `kiosk.paths.profiles_root`), so that what a crash leaves is found and deleted at the next
    start.

    An unnamed off-the-record profile per visit was seen to hand cookies and localStorage to the
    next one, so every session gets a profile of its own name and folder, and `close` deletes the
    page, then the profile, then the folder.
    """

    download_refused = Signal(str)
    """A download was cancelled (its URL)."""

    def __init__(
        self, allow: tuple[str, ...], root: str | Path = "", parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        name = uuid.uuid4().hex
        base = private_dir(Path(root) if root else profiles_root(default_data_dir()))
        self.directory = private_dir(base / f"{os.getpid()}-{name}")
        profile = QWebEngineProfile(f"kiosk-{name}")
        profile.setPersistentStoragePath(str(self.directory / "storage"))
        profile.setCachePath(str(self.directory / "cache"))
        profile.setDownloadPath(str(self.directory / "downloads"))
        profile.setHttpCacheType(QWebEngineProfile.HttpCacheType.MemoryHttpCache)
        profile.setPersistentCookiesPolicy(
            QWebEngineProfile.PersistentCookiesPolicy.NoPersistentCookies
        )
        profile.setPersistentPermissionsPolicy(
            QWebEngineProfile.PersistentPermissionsPolicy.AskEveryTime
        )
        profile.setSpellCheckEnabled(False)
        profile.downloadRequested.connect(self._on_profile_download_requested)
        install_chooser_guard(profile)
        for attribute in _OFF:
            profile.settings().setAttribute(attribute, False)
        profile.settings().setAttribute(
            QWebEngineSettings.WebAttribute.FullScreenSupportEnabled, True
        )
        self.profile: QWebEngineProfile | None = profile
        self.page: KioskWebPage | None = KioskWebPage(profile, allow)

    def _on_profile_download_requested(self, download: QWebEngineDownloadRequest) -> None:
        download.cancel()
        self.download_refused.emit(download.url().toString())

    def close(self) -> None:
        """Destroy the page, then the profile, then its folder, right now.

        Deleted at once rather than with deleteLater: the order matters (a profile must outlive
        its pages) and the memory must come back even if no event loop runs again. Never call
        this from inside one of the page's own signals.
        """
        page, profile = self.page, self.profile
        self.page = self.profile = None
        if page is not None:
            shiboken6.delete(page)
        if profile is not None:
            shiboken6.delete(profile)
        shutil.rmtree(self.directory, ignore_errors=True)
        # Chromium may still flush a file or two from its own threads: sweep again shortly.
        QTimer.singleShot(1500, partial(shutil.rmtree, self.directory, True))
