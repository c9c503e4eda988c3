"""The brochure reader: a PDF brochure full-size, with big page and zoom buttons."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPointF, QSize, Qt
from PySide6.QtGui import QHideEvent, QKeySequence, QResizeEvent, QShortcut, QShowEvent
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QBoxLayout,
    QGestureEvent,
    QLabel,
    QPinchGesture,
    QPushButton,
    QScroller,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from kiosk.domain import Brochure
from kiosk.services.content import ContentService
from kiosk.ui.flow import flow_holder
from kiosk.ui.pages.base import Page
from kiosk.ui.qr import qr_pixmap
from kiosk.ui.state import ViewState
from kiosk.ui.widgets import Card, button, label

ZOOM_STEPS = (0.5, 0.75, 1.0, 1.25, 1.5, 2.0, 2.5, 3.0, 4.0)
MIN_ZOOM, MAX_ZOOM = ZOOM_STEPS[0], ZOOM_STEPS[-1]
TOUCH = 64
"""Side of the toolbar buttons in logical pixels (the brief asks at least 56)."""
SIDE_WIDTH = 320
MIN_READING = 240
"""The least height the brochure gets (logical px); below that the page scrolls."""
NARROW = 900
"""Page width (logical px at A) below which the panel goes below the brochure (portrait)."""
QR_SIZE = 240


class ReaderPage(Page):
    """Left: the brochure, scrolled by swiping. Below it: page and zoom buttons. Right: its name
    and, when the brochure is published on the web, a QR code to take it along."""

    name = "reader"
    scrolls = True
    """A low screen at large text (1280x720 at A++) leaves the brochure little room: the page
    scrolls, and the brochure keeps a readable height, rather than everything being cut."""

    def __init__(
        self, content: ContentService, state: ViewState, parent: QWidget | None = None
    ) -> None:
        super().__init__(content, state, parent)
        self.brochure: Brochure | None = None
        self.public_url = ""
        self.document = QPdfDocument(self)
        self.view = QPdfView()
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setPageSpacing(16)
        viewport = self.view.viewport()
        QScroller.grabGesture(viewport, QScroller.ScrollerGestureType.LeftMouseButtonGesture)
        viewport.setAttribute(Qt.WidgetAttribute.WA_AcceptTouchEvents)
        viewport.grabGesture(Qt.GestureType.PinchGesture)
        viewport.installEventFilter(self)
        self._pinch_start = 1.0
        self.message = label(role="h3")
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.view)
        self.stack.addWidget(self.message)
        self.stack.setMinimumHeight(MIN_READING)
        self.indicator = label(role="h3", wrap=False)
        self.indicator.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.indicator.setMinimumWidth(200)
        self.previous = self._tool_button(self.previous_page)
        self.next = self._tool_button(self.next_page)
        self.zoom_out_button = self._tool_button(self.zoom_out)
        self.zoom_in_button = self._tool_button(self.zoom_in)
        self.fit_button = self._tool_button(self.fit_width)
        # Page buttons, then zoom buttons; on a narrow screen at large text the zoom buttons
        # wrap to a second row instead of squeezing the page number.
        self.toolbar, tools = flow_holder(spacing=14)
        tools.addWidget(self.previous)
        tools.addWidget(self.indicator)
        tools.addWidget(self.next)
        for widget in (self.zoom_out_button, self.zoom_in_button, self.fit_button):
            tools.addWidget(widget)
        reading = QVBoxLayout()
        reading.setSpacing(16)
        reading.addWidget(self.stack, 1)
        reading.addWidget(self.toolbar)
        self.side = self._side_panel()
        row = self.row = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        row.setSpacing(28)
        row.addLayout(reading, 1)
        row.addWidget(self.side, 0, Qt.AlignmentFlag.AlignTop)
        self.body.addLayout(row, 1)
        self.document.pageCountChanged.connect(self._on_document_page_count_changed)
        self.view.pageNavigator().currentPageChanged.connect(self._on_navigator_page_changed)
        self._shortcuts()

    def _tool_button(self, action: object) -> QPushButton:
        widget = button()
        widget.setMinimumSize(TOUCH, TOUCH)
        widget.setIconSize(QSize(32, 32))
        widget.clicked.connect(action)
        return widget

    def _side_panel(self) -> Card:
        side = Card()
        side.setFixedWidth(SIDE_WIDTH)
        layout = QVBoxLayout(side)
        layout.setContentsMargins(24, 22, 24, 22)
        layout.setSpacing(12)
        self.kicker = label(role="small")
        self.side_name = label(role="h3")
        self.side_text = label(role="muted")
        self.qr = QLabel()
        self.qr.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.qr_caption = label(role="muted")
        self.qr_caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        for widget in (self.kicker, self.side_name, self.side_text, self.qr, self.qr_caption):
            layout.addWidget(widget)
        return side

    def _shortcuts(self) -> None:
        context = Qt.ShortcutContext.WidgetWithChildrenShortcut
        keys = (
            (Qt.Key.Key_Left, self.previous_page),
            (Qt.Key.Key_PageUp, self.previous_page),
            (Qt.Key.Key_Right, self.next_page),
            (Qt.Key.Key_PageDown, self.next_page),
        )
        for key, action in keys:
            QShortcut(QKeySequence(key), self, action, context)

    def show_argument(self, argument: object) -> None:
        """`argument` is the Brochure to read."""
        if isinstance(argument, Brochure):
            self.show_brochure(argument, self.content.public_url(argument.file))
            self.used.emit("brochure", argument.id, "")
            if self.public_url:
                self.used.emit("qr", "", "")

    def show_brochure(self, brochure: Brochure, public_url: str = "") -> None:
        """Open `brochure` at its first page; `public_url` (http or https) adds a QR code."""
        self.brochure = brochure
        self.public_url = public_url if public_url.startswith(("http://", "https://")) else ""
        self._load()
        self.refresh()
        self.view.setFocus()

    def _load(self) -> None:
        self.document.close()
        if self.brochure is None:
            return
        # A corrupt or missing file is not the visitor's problem: refresh shows a calm note.
        self.document.load(self.brochure.file)
        # The first page whole: fitted to the width, a low screen showed a strip of its sky
        # picture and no text (issue 23). 'Fit to width' is one touch away.
        self.view.setZoomMode(QPdfView.ZoomMode.FitInView)
        if self.loaded:
            self.view.pageNavigator().jump(0, QPointF(), 0)

    @property
    def loaded(self) -> bool:
        """True when the brochure's PDF is open with at least one page."""
        return self.document.status() == QPdfDocument.Status.Ready and self.document.pageCount() > 0

    @property
    def page_count(self) -> int:
        """Pages in the open brochure (0 when none is open)."""
        return self.document.pageCount() if self.loaded else 0

    @property
    def current_page(self) -> int:
        """The page in view, counted from 0."""
        return self.view.pageNavigator().currentPage()

    def refresh(self) -> None:
        """Texts in the current language, icons in the current theme."""
        theme = self.state.theme
        color = theme.palette.text
        icons = (
            (self.previous, "caret-left-bold", self.tr("Previous page")),
            (self.next, "caret-right-bold", self.tr("Next page")),
            (self.zoom_out_button, "magnifying-glass-minus-bold", self.tr("Zoom out")),
            (self.zoom_in_button, "magnifying-glass-plus-bold", self.tr("Zoom in")),
            (self.fit_button, "arrows-out-line-horizontal-bold", self.tr("Fit to width")),
        )
        for widget, icon, name in icons:
            widget.setIcon(theme.icon(icon, color))
            widget.setAccessibleName(name)
            widget.setToolTip(name)
        self._fit_toolbar()
        self.message.setText(self.tr("This brochure cannot be shown right now"))
        self.kicker.setText(self.tr("Brochure"))
        self.view.setAccessibleName(self.tr("Brochure pages"))
        brochure = self.brochure
        lang = self.lang
        name = brochure.name.get(lang) if brochure else ""
        self.heading.setText(name)
        self.subheading.setText(self.tr("Swipe to turn the pages, or use the buttons below"))
        self.side_name.setText(name)
        description = brochure.description.get(lang) if brochure else ""
        self.side_text.setText(description)
        self.side_text.setVisible(bool(description))
        self._show_qr()
        self.stack.setCurrentWidget(self.view if self.loaded else self.message)
        self.toolbar.setVisible(self.loaded)
        self.subheading.setVisible(self.loaded)
        self._update_indicator()

    def _show_qr(self) -> None:
        self.qr.setVisible(bool(self.public_url))
        self.qr_caption.setVisible(bool(self.public_url))
        if self.public_url:
            caption = self.tr("Scan to get the brochure on your phone")
            self.qr.setPixmap(qr_pixmap(self.public_url, QR_SIZE))
            self.qr.setAccessibleName(caption)
            self.qr_caption.setText(caption)

    def _update_indicator(self) -> None:
        count = self.page_count
        if count:
            text = self.tr("Page %1 of %2")
            text = text.replace("%1", str(self.current_page + 1)).replace("%2", str(count))
        else:
            text = ""
        self.indicator.setText(text)
        self.indicator.setAccessibleName(text)
        self.previous.setEnabled(count > 0 and self.current_page > 0)
        self.next.setEnabled(count > 0 and self.current_page < count - 1)
        zoom = self.zoom if count else 1.0
        self.zoom_out_button.setEnabled(zoom > MIN_ZOOM + 0.01)
        self.zoom_in_button.setEnabled(zoom < MAX_ZOOM - 0.01)

    def _on_document_page_count_changed(self, _count: int) -> None:
        self._update_indicator()

    def _on_navigator_page_changed(self, _page: int) -> None:
        self._update_indicator()

    def go_to_page(self, page: int) -> None:
        """Scroll to the top of `page` (from 0), clamped to the brochure."""
        if self.loaded:
            page = max(0, min(page, self.page_count - 1))
            self.view.pageNavigator().jump(page, QPointF(), 0)
            self._update_indicator()

    def previous_page(self) -> None:
        """One page back."""
        self.go_to_page(self.current_page - 1)

    def next_page(self) -> None:
        """One page on."""
        self.go_to_page(self.current_page + 1)

    @property
    def zoom(self) -> float:
        """The zoom in force, also when the view fits the page to its width (1.0 = print size)."""
        mode = self.view.zoomMode()
        if mode == QPdfView.ZoomMode.Custom or not self.loaded:
            return self.view.zoomFactor()
        margins = self.view.documentMargins()
        width = self.view.viewport().width() - margins.left() - margins.right()
        height = self.view.viewport().height() - margins.top() - margins.bottom()
        page = self.document.pagePointSize(max(0, self.current_page))
        page_w = page.width() * self.view.logicalDpiX() / 72
        page_h = page.height() * self.view.logicalDpiY() / 72
        if page_w <= 0 or page_h <= 0:
            return 1.0
        if mode == QPdfView.ZoomMode.FitInView:
            return min(width / page_w, height / page_h)
        return width / page_w

    def set_zoom(self, factor: float) -> None:
        """Zoom to `factor`, kept within the steps' range, on the same page."""
        page = self.current_page
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(MIN_ZOOM, min(factor, MAX_ZOOM)))
        self.view.pageNavigator().jump(page, QPointF(), 0)
        self._update_indicator()

    def zoom_in(self) -> None:
        """The next larger zoom step."""
        current = self.zoom
        self.set_zoom(next((s for s in ZOOM_STEPS if s > current * 1.01), MAX_ZOOM))

    def zoom_out(self) -> None:
        """The next smaller zoom step."""
        current = self.zoom
        self.set_zoom(next((s for s in reversed(ZOOM_STEPS) if s < current / 1.01), MIN_ZOOM))

    def fit_width(self) -> None:
        """Pages as wide as the view."""
        page = self.current_page
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.pageNavigator().jump(page, QPointF(), 0)
        self._update_indicator()

    def resizeEvent(self, event: QResizeEvent) -> None:
        """Panel beside or below the brochure; the toolbar's texts where they fit."""
        super().resizeEvent(event)
        narrow = self.width() < self.state.theme.px(NARROW)
        self.row.setDirection(
            QBoxLayout.Direction.TopToBottom if narrow else QBoxLayout.Direction.LeftToRight
        )
        if narrow:
            self.side.setMinimumWidth(0)
            self.side.setMaximumWidth(16777215)
        else:
            self.side.setFixedWidth(self.state.theme.px(SIDE_WIDTH))
        self._fit_toolbar()
        # A low screen at large text: the brochure before the hint how to turn its pages.
        self.subheading.setVisible(self.height() >= self.state.theme.px(560))

    def _fit_toolbar(self) -> None:
        """'Fit to width' in words where the row has room for them, else its icon alone."""
        text = self.tr("Fit to width")
        self.fit_button.setText(text)
        room = self.width() - 2 * 48
        if self.row.direction() == QBoxLayout.Direction.LeftToRight:
            room -= self.side.width() + self.row.spacing()
        if self.toolbar.sizeHint().width() > room:
            self.fit_button.setText("")

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Pinch on the pages zooms."""
        if event.type() == QEvent.Type.Gesture and isinstance(event, QGestureEvent):
            pinch = event.gesture(Qt.GestureType.PinchGesture)
            if isinstance(pinch, QPinchGesture):
                self._on_pinch(pinch)
                event.accept(pinch)
                return True
        return super().eventFilter(watched, event)

    def _on_pinch(self, pinch: QPinchGesture) -> None:
        if not self.loaded:
            return
        if pinch.state() == Qt.GestureState.GestureStarted:
            self._pinch_start = self.zoom
        changed = pinch.changeFlags() & QPinchGesture.ChangeFlag.ScaleFactorChanged
        if changed:
            self.set_zoom(self._pinch_start * pinch.totalScaleFactor())

    def showEvent(self, event: QShowEvent) -> None:
        """Reopen the brochure if it was closed while the page was hidden."""
        super().showEvent(event)
        if self.brochure is not None and self.document.status() == QPdfDocument.Status.Null:
            self._load()
            self.refresh()

    def hideEvent(self, event: QHideEvent) -> None:
        """Close the PDF when the visitor leaves: its pages cost memory."""
        super().hideEvent(event)
        self.document.close()
