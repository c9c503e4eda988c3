"""The first-run assistant: a key pair, the feed's address, a test upload, the kiosks' two settings."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from kiosk.services.background import Background
from kiosk.services.publisher_setup import (
    Destination,
    PublisherSettings,
    default_key_folder,
    make_key_pair,
    try_upload,
)
from kiosk.ui.publisher.style import apply_style

WIZARD_SIZE = QSize(860, 620)
"""Room for a whole key folder path or upload address on one line, within 1366x768."""


def _heading(page: QWizardPage, words: str) -> QLabel:
    """A step's heading, in the look of the window's headings (the wizard's own title label
    would take the style sheet's body size)."""
    label = QLabel(words, page)
    label.setObjectName("heading")
    label.setWordWrap(True)
    return label


def _text(parent: QWidget, words: str) -> QLabel:
    label = QLabel(words, parent)
    label.setWordWrap(True)
    return label


class KeyPage(QWizardPage):
    """Step 1: the signing key, made on this PC and kept here behind a password."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.heading = _heading(self, self.tr("1. A key that proves the content is yours"))
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.repeat = QLineEdit()
        self.repeat.setEchoMode(QLineEdit.EchoMode.Password)
        self.folder = QLineEdit(str(default_key_folder()))
        choose = QPushButton(self.tr("Choose folder…"))
        choose.clicked.connect(self._on_choose_clicked)
        self.make = QPushButton(self.tr("Create the key"))
        self.make.clicked.connect(self._on_make_clicked)
        self.result = _text(self, "")
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(choose)
        form = QFormLayout()
        form.addRow(self.tr("Password for the key"), self.password)
        form.addRow(self.tr("The same password again"), self.repeat)
        form.addRow(self.tr("Keep the key in"), row)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(
            _text(
                self,
                self.tr(
                    "Every kiosk checks that what it shows comes from you. For that, this PC "
                    "gets a key that signs each publication. The key stays on this PC, locked "
                    "with a password that only you know. Write the password down somewhere safe: "
                    "without it nothing can be published."
                ),
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.make, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def isComplete(self) -> bool:
        """Next is possible once a key exists."""
        return bool(self._wizard.destination.public_key)

    def _on_choose_clicked(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the key"))
        if folder:
            self.folder.setText(folder)

    def _on_make_clicked(self) -> None:
        if self.password.text() != self.repeat.text():
            self.result.setText(self.tr("The two passwords are not the same."))
            return
        folder, password = Path(self.folder.text()), self.password.text()
        strength = self._wizard.key_strength
        if self._wizard.background.run(lambda: make_key_pair(folder, password, strength)):
            self.make.setEnabled(False)
            self.result.setText(self.tr("Creating the key; this takes a few seconds…"))

    def key_made(self, made: Destination) -> None:
        """The background call finished with a key pair."""
        self.make.setEnabled(True)
        self.result.setText(self.tr("The key is ready: %1").replace("%1", made.key_file))
        self.completeChanged.emit()

    def key_failed(self, text: str) -> None:
        """The background call failed: say why."""
        self.make.setEnabled(True)
        self.result.setText(text)


class AddressPage(QWizardPage):
    """Step 2: where the feed is uploaded and where kiosks read it, proven by a test upload."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.heading = _heading(self, self.tr("2. Where the kiosks fetch the content"))
        self.upload = QLineEdit()
        self.upload.setPlaceholderText("https://www.example.se/dav/kiosk/")
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.keep = QCheckBox(self.tr("Remember the password in this PC's keychain"))
        self.keep.setChecked(True)
        self.feed = QLineEdit()
        self.feed.setPlaceholderText("https://www.example.se/kiosk/manifest.json")
        self.upload.textChanged.connect(self._on_upload_changed)
        self.test = QPushButton(self.tr("Test upload"))
        self.test.clicked.connect(self._on_test_clicked)
        self.result = _text(self, "")
        self._passed = False
        form = QFormLayout()
        form.addRow(self.tr("Upload address (or folder)"), self.upload)
        form.addRow(self.tr("User name"), self.user)
        form.addRow(self.tr("Password"), self.password)
        form.addRow("", self.keep)
        form.addRow(self.tr("The kiosks' address"), self.feed)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(
            _text(
                self,
                self.tr(
                    "Ask whoever runs the municipality's web server for an upload address "
                    "(WebDAV) with a user name and password, and for the public address where "
                    "the same folder can be read. A folder or USB stick works too."
                ),
            )
        )
        layout.addLayout(form)
        layout.addWidget(self.test, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addWidget(self.result)
        layout.addStretch(1)

    def isComplete(self) -> bool:
        """Next is possible once a test upload went through."""
        return self._passed

    def destination(self) -> Destination:
        """The key from step 1 with the addresses of this step."""
        return replace(
            self._wizard.destination,
            upload_url=self.upload.text().strip(),
            user=self.user.text().strip(),
            feed_url=self.feed.text().strip(),
        )

    def _on_upload_changed(self, text: str) -> None:
        self._passed = False
        self.completeChanged.emit()
        if text.startswith(("http://", "https://")) and not self.feed.isModified():
            self.feed.setText(text.strip().rstrip("/") + "/manifest.json")

    def _on_test_clicked(self) -> None:
        target, password = self.destination(), self.password.text()
        if not target.upload_url:
            self.result.setText(self.tr("Write the upload address first."))
            return
        if self._wizard.background.run(lambda: try_upload(target, password)):
            self.test.setEnabled(False)
            self.result.setText(self.tr("Uploading a test file…"))

    def test_passed(self, text: str) -> None:
        """The test upload worked: remember everything, the password in the keychain."""
        self.test.setEnabled(True)
        destination = self.destination()
        self._wizard.destination = destination
        self._wizard.settings.save(destination)
        password = self.password.text()
        wanted = bool(password) and self.keep.isChecked()
        if wanted and not self._wizard.settings.keep_password(destination, password):
            text += " " + self.tr(
                "This PC has no keychain: the password will be asked for at each publication."
            )
        self.result.setText(text)
        self._passed = True
        self.completeChanged.emit()

    def test_failed(self, text: str) -> None:
        """The test upload failed: say why."""
        self.test.setEnabled(True)
        self.result.setText(text)


class DonePage(QWizardPage):
    """Step 3: the two settings every kiosk needs, ready to copy."""

    def __init__(self, wizard: FirstRunWizard) -> None:
        super().__init__(wizard)
        self._wizard = wizard
        self.heading = _heading(self, self.tr("3. Give these two settings to each kiosk"))
        self.settings_text = QPlainTextEdit()
        self.settings_text.setReadOnly(True)
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(self._on_copy_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.heading)
        layout.addWidget(
            _text(
                self,
                self.tr(
                    "Put these two lines into each kiosk's settings file (or send them to "
                    "whoever installs the kiosks). Then every kiosk fetches what you publish "
                    "and checks that it comes from you."
                ),
            )
        )
        layout.addWidget(self.settings_text)
        layout.addWidget(copy, 0, Qt.AlignmentFlag.AlignLeft)

    def initializePage(self) -> None:
        """Fill in the settings from the finished steps."""
        self.settings_text.setPlainText(kiosk_settings(self._wizard.destination))

    def _on_copy_clicked(self) -> None:
        QGuiApplication.clipboard().setText(self.settings_text.toPlainText())


def kiosk_settings(destination: Destination) -> str:
    """The two lines of a kiosk's config.toml for this destination."""
    feed = destination.feed_url or destination.upload_url.rstrip("/") + "/manifest.json"
    return f'feed_url = "{feed}"\nfeed_public_keys = ["{destination.public_key}"]\n'


class FirstRunWizard(QWizard):
    """Three steps; nothing is saved until a test upload has worked."""

    def __init__(
        self,
        settings: PublisherSettings,
        parent: QWidget | None = None,
        key_strength: tuple[int, int] | None = None,
    ) -> None:
        super().__init__(parent)
        self.settings = settings
        self.key_strength = key_strength
        self.destination = settings.destination()
        self.background = Background(self)
        apply_style(self)
        self.setWindowTitle(self.tr("Getting started"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.key_page = KeyPage(self)
        self.address_page = AddressPage(self)
        self.done_page = DonePage(self)
        for page in (self.key_page, self.address_page, self.done_page):
            self.addPage(page)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Done"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        # Opened at its smallest, the key's folder and the addresses were cut to a few words.
        self.resize(WIZARD_SIZE)
        self.background.done.connect(self._on_background_done)
        self.background.failed.connect(self._on_background_failed)

    def _on_background_done(self, result: object) -> None:
        if isinstance(result, Destination):
            self.destination = replace(
                self.destination, key_file=result.key_file, public_key=result.public_key
            )
            self.key_page.key_made(result)
        else:
            self.address_page.test_passed(str(result))

    def _on_background_failed(self, text: str) -> None:
        if self.currentPage() is self.key_page:
            self.key_page.key_failed(text)
        else:
            self.address_page.test_failed(text)
