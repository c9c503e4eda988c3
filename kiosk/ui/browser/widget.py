"""The browser in the kiosk frame: big buttons, title and host with a lock, panels instead of escapes."""

from __future__ import annotations

import functools

import shiboken6
from PySide6.QtCore import QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtWebEngineCore import QWebEngineLoadingInfo, QWebEnginePage
from PySide6.QtWebEngineWidgets import QWebEngineView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk import allowlist
from kiosk.ui import icons
from kiosk.ui.browser import notices, toolbar
from kiosk.ui.browser.contain import contained
from kiosk.ui.browser.guards import WindowGuard, clear_clipboard
from kiosk.ui.browser.hint import DisabledHint
from kiosk.ui.browser.memory import RELEASE_MS, keep_large_apart, release_freed_memory
from kiosk.ui.browser.panel import BrowserPanel
from kiosk.ui.browser.policy import FREE, BrowserPolicy
from kiosk.ui.browser.printing import GestureWatch, PagePrinter
from kiosk.ui.browser.recovery import BROKEN, Recovery
from kiosk.ui.browser.session import PrivateSession
from kiosk.ui.browser.untrusted import (
    HOST_MAX,
    TEXT_MAX,
    TITLE_MAX,
    URL_MAX,
    bounded,
    plain_host,
    vouched,
)
from kiosk.ui.theme import Theme
from kiosk.ui.widgets import button, label

RETRY_MS = 30_000
"""A page that failed to load is tried again this often, without anyone tapping."""
_ABORTED = -3  # net::ERR_ABORTED: a navigation we refused ourselves, or a download
_NO_INTERNET = frozenset({-21, -105, -106, -109, -137})
"""Chromium's net errors that mean this computer is not reaching the internet: NETWORK_CHANGED,
NAME_NOT_RESOLVED, INTERNET_DISCONNECTED, ADDRESS_UNREACHABLE, NAME_RESOLUTION_FAILED."""


class BrowserWidget(QWidget):
    """The locked-down browser. `open(url, allow, name)` starts a private session; usable alone.

    `policy` says whether pages may print and whether a link allowing "*" may browse freely
    (with an address bar); by default neither.
    """

    session_ended = Signal()
    """The visitor tapped End session."""
    decided = Signal(str, str, bool, str)
    """Every decision: kind (navigation, popup, download, permission, certificate), URL, allowed, reason."""

    def __init__(
        self,
        theme: Theme | None = None,
        parent: QWidget | None = None,
        policy: BrowserPolicy | None = None,
    ) -> None:
        super().__init__(parent)
        keep_large_apart()  # before the first page: its frames and pictures are large
        self.setObjectName("Browser")
        self.theme = theme or Theme()
        self.policy = policy or BrowserPolicy()
        self.printer = PagePrinter(self.policy.print_pages, self)
        self.printer.finished.connect(self._on_printer_finished)
        self.session: PrivateSession | None = None
        self.view: QWebEngineView | None = None
        self.start_url = ""
        self.service = ""
        self.allow: tuple[str, ...] = ()
        self.catalogue_id = ""
        """The open e-service's id in the catalogue (renderer failures are counted per id)."""
        self.recovery = Recovery(self)
        self.home_button = button()
        self.back_button = button()
        self.forward_button = button()
        self.reload_button = button()
        self.end_button = button(role="primary")
        for widget in (*self._nav_buttons(), self.end_button):
            widget.setIconSize(QSize(26, 26))
            widget.setMinimumHeight(64)
        self.title = label(role="h3", wrap=False)
        self.lock = QLabel()
        self.host = label(role="small", wrap=False)
        self.address = QLineEdit()
        self.address.setObjectName("Address")
        self.address.setInputMethodHints(
            Qt.InputMethodHint.ImhUrlCharactersOnly | Qt.InputMethodHint.ImhNoAutoUppercase
        )
        self.address.returnPressed.connect(self._on_address_return_pressed)
        self.address.hide()
        self._build_layout()
        self.panel = BrowserPanel()
        self.panel.dismissed.connect(self._on_panel_dismissed)
        self.web_area = QWidget()
        self.web_layout = QVBoxLayout(self.web_area)
        self.web_layout.setContentsMargins(0, 0, 0, 0)
        self.stack.addWidget(self.web_area)
        self.gestures = GestureWatch(parent=self)
        """When the visitor last touched the page (a print needs a tap)."""
        self.window_guard = WindowGuard(self, self.web_area, self)
        self.window_guard.closed.connect(self._on_window_guard_closed)
        self.stack.addWidget(self.panel)
        self.retry_timer = QTimer(self)
        self.retry_timer.setInterval(RETRY_MS)
        self.retry_timer.timeout.connect(self._on_retry_timer_timeout)
        self.release_timer = QTimer(self, singleShot=True, interval=RELEASE_MS)
        """Gives back to the system the memory an ended session's page left free."""
        self.release_timer.timeout.connect(release_freed_memory)
        self.hint = DisabledHint(self)
        """Why Back, Forward (or all, without a page) do nothing, when a visitor taps them."""
        for widget in self._nav_buttons():
            self.hint.watch(widget, functools.partial(self._why_off, widget))
            widget.setEnabled(False)  # no page yet
        self.home_button.clicked.connect(self.go_start)
        self.back_button.clicked.connect(lambda: self.recovery.guarded("back"))
        self.forward_button.clicked.connect(lambda: self.recovery.guarded("forward"))
        self.reload_button.clicked.connect(lambda: self.view and self.view.reload())
        self.end_button.clicked.connect(self._on_end_button_clicked)
        self.retranslate()
        self.set_theme(self.theme)

    def retranslate(self) -> None:
        """The frame's one set of controls, in the visitor's language."""
        for widget, text in (
            (self.home_button, self.tr("Start")),
            (self.back_button, self.tr("Back")),
            (self.forward_button, self.tr("Forward")),
            (self.reload_button, self.tr("Reload")),
            (self.end_button, self.tr("End session")),
        ):
            widget.setText(text)
            widget.setAccessibleName(text)
        self.address.setPlaceholderText(self.tr("Type a web address"))
        self.hint.refresh()

    def set_theme(self, theme: Theme) -> None:
        """Icons in the theme's colours; a control that cannot be used looks it, in both palettes."""
        self.theme = theme
        p = theme.palette
        off = toolbar.DISABLED_HIGH_CONTRAST if theme.high_contrast else toolbar.DISABLED
        for widget, name in (
            (self.home_button, "house-bold"),
            (self.back_button, "arrow-left-bold"),
            (self.forward_button, "arrow-right-bold"),
            (self.reload_button, "arrow-clockwise-bold"),
        ):
            widget.setIcon(toolbar.nav_icon(name, p.text, off))
            widget.setStyleSheet(toolbar.nav_style(off))
        self.end_button.setIcon(icons.icon("x-bold", p.accent_text, 28))
        self.lock.setPixmap(icons.pixmap("lock-simple-bold", p.text, 22))
        self.hint.set_theme(theme)
        if self.view is not None:  # the kiosk's text size buttons also enlarge the web page
            self.view.setZoomFactor(theme.scale)

    def _why_off(self, control: QPushButton) -> str:
        return self.hint.why_off(self.view is not None, control is self.back_button)

    def _nav_buttons(self) -> tuple[QPushButton, ...]:
        return (self.home_button, self.back_button, self.forward_button, self.reload_button)

    def _build_layout(self) -> None:
        bar = QHBoxLayout()
        bar.setSpacing(12)
        for widget in (self.home_button, self.back_button, self.forward_button, self.reload_button):
            bar.addWidget(widget)
        # The controls keep their whole labels (German ones are long); a long title gives way.
        for widget in (*self._nav_buttons(), self.end_button):
            widget.setSizePolicy(QSizePolicy.Policy.Minimum, QSizePolicy.Policy.Fixed)
        for text in (self.title, self.host):
            text.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        where = QVBoxLayout()
        where.setSpacing(2)
        where.addStretch(1)  # centred beside the buttons, with or without the host line
        where.addWidget(self.title)
        host_row = QHBoxLayout()
        host_row.addWidget(self.lock)
        host_row.addWidget(self.host, 1)
        where.addLayout(host_row)
        where.addWidget(self.address)
        where.addStretch(1)
        bar.addLayout(where, 1)
        bar.addWidget(self.end_button)
        self.stack = QStackedWidget()
        outer = QVBoxLayout(self)
        outer.setContentsMargins(16, 12, 16, 12)
        outer.setSpacing(12)
        outer.addLayout(bar)
        outer.addWidget(self.stack, 1)

    # --- sessions ------------------------------------------------------------------------------

    def open(
        self, url: str, allow: tuple[str, ...] = (), name: str = "", catalogue_id: str = ""
    ) -> None:
        """A new private session on `url`; its own host and the hosts in `allow` are reachable."""
        self.end_session()
        self.release_timer.stop()  # the next page is loading: its memory is in use again
        self.start_url, self.service = url, name or allowlist.host_of(url)
        self.catalogue_id = catalogue_id
        own = allowlist.host_of(url)
        free = FREE in allow and self.policy.free_browsing
        allow = tuple(rule for rule in allow if rule.strip() != FREE or free)
        self.allow = (own, *allow) if own else allow
        self.address.setVisible(free)
        self.address.clear()
        session = PrivateSession(self.allow, self.policy.profiles_dir, self)
        assert session.page is not None and session.profile is not None
        view = QWebEngineView(self.web_area)
        view.setContextMenuPolicy(Qt.ContextMenuPolicy.NoContextMenu)
        view.setAcceptDrops(False)
        view.setPage(session.page)
        view.setZoomFactor(self.theme.scale)
        page = session.page
        page.decided.connect(self.decided)
        page.navigation_blocked.connect(self._on_page_navigation_blocked)
        page.dialog_requested.connect(self._on_page_dialog_requested)
        page.loadingChanged.connect(self._on_page_loading_changed)
        page.titleChanged.connect(self._on_page_title_changed)
        page.failed.connect(self._on_page_failed, Qt.ConnectionType.QueuedConnection)
        page.urlChanged.connect(self._on_page_url_changed)
        page.certificate_refused.connect(self._on_page_certificate_refused)
        page.login_refused.connect(self._on_page_login_refused)
        page.printRequested.connect(self._on_page_print_requested)
        session.download_refused.connect(self._on_session_download_refused)
        page.files_refused.connect(self._on_page_files_refused)
        for action in (QWebEnginePage.WebAction.Back, QWebEnginePage.WebAction.Forward):
            page.action(action).changed.connect(self._on_history_changed)
        self.web_layout.addWidget(view)
        self.session, self.view = session, view
        self.recovery.attach(page)
        self.window_guard.start()
        self.gestures.reset()
        self.gestures.watch(view)
        self._enable_navigation(True)
        self.stack.setCurrentWidget(self.web_area)
        self.title.setText(self.service)
        ok, reason = allowlist.decide(url, self.allow)
        if ok:
            view.load(QUrl(url))
        else:  # javascript:, view-source: and the like never reach Chromium
            self._decide("navigation", url, False, reason)
            self._on_page_navigation_blocked(url, reason)

    def show_offline(self, url: str, name: str) -> None:
        """No internet: say so, with the QR code of the e-service."""
        self.end_session()
        self.start_url, self.service = url, name
        self.title.setText(name)
        self._set_host("")
        self._show_panel(
            "offline",
            self.tr("This e-service needs the internet"),
            self.tr(
                "There is no internet connection here right now. "
                "Scan the code to open %1 on your phone."
            ).replace("%1", name),
            self.tr("Back to the e-services"),
            url,
        )

    def end_session(self) -> None:
        """Destroy the view, the page and the profile; nothing is left for the next visitor."""
        self.retry_timer.stop()
        self.recovery.detach(kill=True)
        self.window_guard.stop()
        self.printer.new_visit()  # a job under way ends with the visit; the printer is free
        clear_clipboard()  # what this visitor copied is not the next one's to paste
        view, session = self.view, self.session
        self.view = self.session = None
        if view is not None:
            # The view goes first: it must not outlive the page it shows.
            self.web_layout.removeWidget(view)
            shiboken6.delete(view)
        if session is not None:
            session.close()
            shiboken6.delete(session)
            self.release_timer.start()
        self.title.clear()
        self._set_host("")
        self.hint.hide()
        self.panel.kind = ""
        self._enable_navigation(False)

    def _enable_navigation(self, enabled: bool) -> None:
        # Without a page (offline, or between sessions) Back, Forward and Reload would do nothing.
        for widget in self._nav_buttons():
            widget.setEnabled(enabled)
        self._on_history_changed()

    @contained(None)
    def _on_history_changed(self) -> None:
        """Back and Forward only when there is somewhere to go."""
        page = self.view.page() if self.view is not None else None
        for widget, action in (
            (self.back_button, QWebEnginePage.WebAction.Back),
            (self.forward_button, QWebEnginePage.WebAction.Forward),
        ):
            widget.setEnabled(page is not None and page.action(action).isEnabled())

    def go_start(self) -> None:
        """Back to the e-service's start page, in a fresh renderer if the page does not answer."""
        self.recovery.start_over()

    def load_start(self) -> None:
        """Load the e-service's start page now (no checks)."""
        if self.view is not None:
            self.stack.setCurrentWidget(self.web_area)
            self.view.load(QUrl(self.start_url))

    def show_page(self) -> None:
        """The web page again instead of the panel."""
        self.stack.setCurrentWidget(self.web_area)

    def show_notice(self, notice: notices.Notice, qr: str = "") -> None:
        """One of the panels from `notices` (QR code of `qr`, when it is a web address)."""
        self._show_panel(notice.kind, notice.title, notice.text, notice.button, qr)

    # --- what the page tells us ----------------------------------------------------------------

    def report_failure(self) -> None:
        """An error in one of the browser's handlers (see `contain`): the page ends, not the kiosk."""
        QTimer.singleShot(0, self, self._on_page_failed)

    def _on_page_failed(self) -> None:
        self.recovery.fail()

    def _decide(self, kind: str, url: str, allowed: bool, reason: str) -> None:
        self.decided.emit(kind, bounded(url, URL_MAX), allowed, reason)

    def _code(self, url: str) -> str:
        """What a panel about `url` may show as a QR code: only what the municipality vouches for."""
        return vouched(url, self.start_url, self.allow)

    def _show_panel(self, kind: str, title: str, text: str, button_text: str, qr: str) -> None:
        self.panel.show_message(kind, title, text, button_text, qr)
        self.stack.setCurrentWidget(self.panel)

    def _back_text(self) -> str:
        return self.tr("Back to %1").replace("%1", self.service)

    def _phone_or_staff(self, code: str, phone: str) -> str:
        """`phone` (which speaks of the code) when there is a code to scan, else ask the staff."""
        return phone if code else self.tr("Ask the staff for help.")

    @contained(None)
    def _on_page_navigation_blocked(self, url: str, reason: str) -> None:
        # The address is off the list: the page chose it, so the kiosk names its host and
        # offers no code (a QR code in the kiosk's frame would vouch for a phishing page).
        host = plain_host(url)
        text = (
            self.tr("The page tried to open %2, which is not part of %1.").replace("%2", host) + " "
            if host
            else ""
        ) + self.tr("On this computer you can only use %1.")
        self._show_panel(
            "blocked",
            self.tr("This page is outside %1").replace("%1", self.service),
            text.replace("%1", self.service),
            self._back_text(),
            "",
        )

    @contained(None)
    def _on_session_download_refused(self, url: str) -> None:
        self._decide("download", url, False, "downloads are not possible")
        code = self._code(url)
        text = (
            self.tr("Scan the code to continue on your phone and get the file there.")
            if code
            else self.tr("The file comes from %1. Files cannot be saved on this computer.").replace(
                "%1", plain_host(url) or "?"
            )
        )
        self._show_panel(
            "download", self.tr("Files cannot be downloaded here"), text, self._back_text(), code
        )

    @contained(None)
    def _on_page_files_refused(self, url: str) -> None:
        self.show_notice(notices.upload_refused(), self._code(url))

    def _on_window_guard_closed(self, name: str) -> None:
        self.decided.emit("window", "", False, f"closed a window that is not the kiosk's: {name}")

    @contained(None)
    def _on_page_dialog_requested(self, kind: str, text: str) -> None:
        self._show_panel(
            "dialog", self.tr("The page says"), bounded(text, TEXT_MAX), self.tr("OK"), ""
        )

    @contained(None)
    def _on_page_title_changed(self, title: str) -> None:
        self.title.setText(bounded(title, TITLE_MAX))

    @contained(None)
    def _on_page_loading_changed(self, info: QWebEngineLoadingInfo) -> None:
        status = info.status()
        if status == QWebEngineLoadingInfo.LoadStatus.LoadSucceededStatus:
            self.retry_timer.stop()
            if self.panel.kind == "failed":
                self.stack.setCurrentWidget(self.web_area)
        elif (
            status == QWebEngineLoadingInfo.LoadStatus.LoadFailedStatus
            and info.errorCode() != _ABORTED
            # A refused certificate has its own panel; trying again would not make it valid.
            and info.errorDomain() != QWebEngineLoadingInfo.ErrorDomain.CertificateErrorDomain
        ):
            self.retry_timer.start()
            offline = info.errorCode() in _NO_INTERNET
            self._show_panel(
                "failed",
                self.tr("The internet cannot be reached right now")
                if offline
                else self.tr("The page could not be opened right now"),
                self.tr("The kiosk tries again by itself every 30 seconds."),
                self.tr("Try again now"),
                self._code(info.url().toString()),
            )

    @contained(None)
    def _on_page_url_changed(self, url: QUrl) -> None:
        self._set_host(url.host(), url.scheme() == "https")
        if self.address.isVisible() and not self.address.hasFocus():
            self.address.setText(bounded(url.toString(), URL_MAX))

    def _on_address_return_pressed(self) -> None:
        text = self.address.text().strip()
        if not text or self.view is None:
            return
        url = text if allowlist.scheme_of(text) else f"https://{text}"
        ok, reason = allowlist.decide(url, self.allow)
        if not ok:  # never reaches Chromium: file:, chrome: and the like typed by hand
            self._decide("navigation", url, False, reason)
            self._on_page_navigation_blocked(url, reason)
            return
        self.stack.setCurrentWidget(self.web_area)
        self.view.load(QUrl(url))

    @contained(None)
    def _on_page_login_refused(self, url: str) -> None:
        code = self._code(url)
        self._show_panel(
            "login",
            self.tr("This page asks for a login the kiosk cannot show"),
            self._phone_or_staff(
                code, self.tr("Scan the code to continue on your phone, or ask the staff.")
            ),
            self._back_text(),
            code,
        )

    @contained(None)
    def _on_page_certificate_refused(self, url: str) -> None:
        self._show_panel(
            "certificate",
            self.tr("This page cannot be opened safely"),
            self.tr(
                "The page's security certificate is not valid, so the kiosk will not open it. "
                "Try again later, or ask the staff."
            ),
            self.tr("Back to %1").replace("%1", self.service),
            "",
        )

    @contained(None)
    def _on_page_print_requested(self) -> None:
        url = self.view.url().toString() if self.view is not None else ""
        if not self.policy.printing:
            self._decide("print", url, False, "printing is off")
            self._print_refused(self.tr("Printing is not possible here"), url)
        elif not self.gestures.recent():
            # A page may not print on its own (again and again): only right after a tap on it.
            self._decide("print", url, False, "not after a tap on the page")
        elif self.printer.busy:
            self._decide("print", url, False, "a print is under way")
        elif not self.printer.has_printer():
            self._decide("print", url, False, "no printer")
            self._print_refused(self.tr("There is no printer here"), url)
        elif self.printer.pages_left <= 0:
            self._decide("print", url, False, "no pages left for this visit")
            self._print_refused(self.tr("This visit cannot print any more pages"), url)
        elif self.session is not None and self.session.page is not None:
            self._decide("print", url, True, "printing is on")
            self.printer.print_page(self.session.page)

    def _print_refused(self, title: str, url: str) -> None:
        code = self._code(url)
        self._show_panel(
            "print",
            title,
            self._phone_or_staff(
                code, self.tr("Scan the code to open the page on your phone, or ask the staff.")
            ),
            self._back_text(),
            code,
        )

    @contained(None)
    def _on_printer_finished(self, ok: bool) -> None:
        if not ok:
            self._decide("print", "", False, "the printer failed")

    def _set_host(self, host: str, secure: bool = False) -> None:
        self.host.setText(bounded(host, HOST_MAX))
        self.lock.setVisible(secure)

    def _on_panel_dismissed(self) -> None:
        if self.panel.kind == "failed":
            self._on_retry_timer_timeout()
        elif self.panel.kind in BROKEN:
            self.recovery.retry_now()
        elif self.panel.kind == "offline":
            self.session_ended.emit()
        else:
            self.stack.setCurrentWidget(self.web_area)

    def _on_retry_timer_timeout(self) -> None:
        if self.view is not None:
            self.view.reload() if self.view.url().isValid() else self.go_start()

    def _on_end_button_clicked(self) -> None:
        self.end_session()
        self.session_ended.emit()
