"""The web page with the kiosk's rules: allow-listed navigation, no popups, dialogs or permissions."""

from __future__ import annotations

from collections.abc import Sequence
from functools import partial

from PySide6.QtCore import QCoreApplication, QTimer, QUrl, Signal
from PySide6.QtNetwork import QAuthenticator
from PySide6.QtWebEngineCore import (
    QWebEngineCertificateError,
    QWebEngineDesktopMediaRequest,
    QWebEngineFileSystemAccessRequest,
    QWebEngineFullScreenRequest,
    QWebEnginePage,
    QWebEnginePermission,
    QWebEngineProfile,
)

from kiosk import allowlist
from kiosk.ui.browser.contain import contained
from kiosk.ui.browser.untrusted import URL_MAX, bounded

LEAVE_QUESTION = "Are you sure you want to leave this page? Changes that you made may not be saved."
"""What QtWebEngine asks through javaScriptConfirm when a page's onbeforeunload objects."""
_FILE_MODES = {
    QWebEnginePage.FileSelectionMode.FileSelectOpen: "open a file",
    QWebEnginePage.FileSelectionMode.FileSelectOpenMultiple: "open files",
    QWebEnginePage.FileSelectionMode.FileSelectUploadFolder: "upload a folder",
    QWebEnginePage.FileSelectionMode.FileSelectSave: "save a file",
}


class KioskWebPage(QWebEnginePage):
    """A page that may only reach the hosts in `allow` and never opens anything outside the frame."""

    decided = Signal(str, str, bool, str)
    """A decision for the log: kind (navigation, popup, permission, certificate), URL, allowed, reason."""
    navigation_blocked = Signal(str, str)
    """A top-level navigation was refused (URL, reason)."""
    login_refused = Signal(str)
    """A server asked for an HTTP login (URL): the kiosk never shows a password dialog."""
    certificate_refused = Signal(str)
    """A page with an invalid certificate was refused (URL); never 'proceed anyway'."""
    dialog_requested = Signal(str, str)
    """A JavaScript alert, confirm or prompt (kind, text), shown inside the kiosk, never blocking."""
    files_refused = Signal(str)
    """The page asked for a file chooser or a File System Access picker (its URL): none opens."""
    failed = Signal()
    """An error was contained in one of the page's handlers: the widget ends the page."""

    def __init__(self, profile: QWebEngineProfile, allow: tuple[str, ...]) -> None:
        super().__init__(profile, None)
        self.allow = allow
        self._popup = False
        self.permissionRequested.connect(self._on_self_permission_requested)
        self.certificateError.connect(self._on_self_certificate_error)
        self.fullScreenRequested.connect(self._on_self_full_screen_requested)
        self.desktopMediaRequested.connect(self._on_self_desktop_media_requested)
        self.authenticationRequired.connect(self._on_self_authentication_required)
        self.fileSystemAccessRequested.connect(self._on_self_file_system_access_requested)
        # printRequested is handled by the widget: printing only when the policy allows it.

    def report_failure(self) -> None:
        """An error in one of this page's handlers (see `contain`): the widget ends the page."""
        self.failed.emit()

    def _decide(self, kind: str, url: str, allowed: bool, reason: str) -> None:
        self.decided.emit(kind, bounded(url, URL_MAX), allowed, reason)

    @contained(False)
    def acceptNavigationRequest(
        self, url: QUrl | str, type: QWebEnginePage.NavigationType, is_main_frame: bool
    ) -> bool:
        """Every navigation, of the page and of its frames, must pass the allow-list.

        A frame showing another site is one link away from the open web, so frames follow the
        same list; `about:blank` and `about:srcdoc` frames hold nothing from elsewhere.
        """
        text = url.toString() if isinstance(url, QUrl) else url
        if not is_main_frame:
            return self._accept_frame(text)
        kind = "popup" if self._popup else "navigation"
        self._popup = False
        ok, reason = allowlist.decide(text, self.allow)
        self._decide(kind, text, ok, reason)
        if not ok:
            self.navigation_blocked.emit(text, reason)
        return ok

    def _accept_frame(self, url: str) -> bool:
        if url in ("about:blank", "about:srcdoc"):
            return True
        ok, reason = allowlist.decide(url, self.allow)
        if not ok:  # the frame stays empty; the page around it goes on working
            self._decide("frame", url, False, reason)
        return ok

    @contained(list[str]())
    def chooseFiles(
        self,
        mode: QWebEnginePage.FileSelectionMode,
        old_files: Sequence[str],
        accepted_mime_types: Sequence[str],
    ) -> list[str]:
        """No file chooser, ever: it would show the kiosk's own disk. The page gets no files."""
        self._decide("file", self.url().toString(), False, f"refused: {_FILE_MODES[mode]}")
        # Not from inside Chromium's file-chooser call: the panel hides the view, which
        # crashed QtWebEngine in the File System Access pickers' path.
        QTimer.singleShot(0, partial(self.files_refused.emit, self.url().toString()))
        return []

    @contained(None)
    def _on_self_file_system_access_requested(
        self, request: QWebEngineFileSystemAccessRequest
    ) -> None:
        request.reject()
        self._decide("file", request.origin().toString(), False, "refused: file system access")
        self.files_refused.emit(self.url().toString())

    def createWindow(self, type: QWebEnginePage.WebWindowType) -> QWebEnginePage:
        """Popups and new windows open in this same page, and only where the allow-list says."""
        self._popup = True
        return self

    @contained(None)
    def javaScriptAlert(self, security_origin: QUrl | str, msg: str) -> None:
        """Shown as a panel in the kiosk; the page goes on at once."""
        self.dialog_requested.emit("alert", msg)

    @contained(False)
    def javaScriptConfirm(self, security_origin: QUrl | str, msg: str) -> bool:
        """Shown as a panel; answered 'cancel' so nothing waits for a tap.

        "Leave this page?" (a page's onbeforeunload) is answered "leave" without being shown:
        no page may keep the visitor from Start, Back or Avsluta.
        """
        if msg in (LEAVE_QUESTION, QCoreApplication.translate("QWebEnginePage", LEAVE_QUESTION)):
            self._decide("beforeunload", self.url().toString(), False, "left without asking")
            return True
        self.dialog_requested.emit("confirm", msg)
        return False

    @contained((False, ""))
    def javaScriptPrompt(
        self, security_origin: QUrl | str, msg: str, default_value: str
    ) -> tuple[bool, str]:
        """Shown as a panel; answered 'cancel'."""
        self.dialog_requested.emit("prompt", msg)
        return False, ""

    def javaScriptConsoleMessage(
        self,
        level: QWebEnginePage.JavaScriptConsoleMessageLevel,
        message: str,
        line_number: int,
        source_id: str,
    ) -> None:
        """Dropped: a page's console would put visited URLs into the kiosk's log."""

    @contained(None)
    def _on_self_permission_requested(self, permission: QWebEnginePermission) -> None:
        permission.deny()
        self._decide(
            "permission",
            permission.origin().toString(),
            False,
            f"denied {permission.permissionType().name}",
        )

    @contained(None)
    def _on_self_desktop_media_requested(self, request: QWebEngineDesktopMediaRequest) -> None:
        # Screen sharing would show the page (and the visitor's other windows) to someone else.
        request.cancel()
        self._decide("permission", self.url().toString(), False, "denied screen capture")

    @contained(None)
    def _on_self_authentication_required(self, url: QUrl, authenticator: QAuthenticator) -> None:
        # The authenticator Qt hands over is not null, so leaving it alone answers with an empty
        # login and the server asks again, over and over: the load is stopped right here.
        self.triggerAction(QWebEnginePage.WebAction.Stop)
        self._decide("authentication", url.toString(), False, "HTTP login is not offered")
        self.login_refused.emit(url.toString())

    @contained(None)
    def _on_self_certificate_error(self, error: QWebEngineCertificateError) -> None:
        error.rejectCertificate()
        self._decide("certificate", error.url().toString(), False, error.description())
        if error.isMainFrame():
            self.certificate_refused.emit(error.url().toString())

    def _on_self_full_screen_requested(self, request: QWebEngineFullScreenRequest) -> None:
        # The page may think it is full screen; the view stays inside the kiosk frame.
        request.accept()
