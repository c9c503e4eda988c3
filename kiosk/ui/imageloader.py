"""Cover images decoded at display size on worker threads, cached as pixmaps on the GUI thread."""

from __future__ import annotations

import stat
from collections import OrderedDict
from pathlib import Path

from PySide6.QtCore import QObject, QRunnable, QSize, Qt, QThreadPool, Signal, Slot
from PySide6.QtGui import QImage, QImageReader, QPixmap

MAX_DECODE = QSize(3840, 2160)
"""No image is decoded larger than a 4K screen, whatever size its file says (an 8000x8000
JPEG would take 256 MB as pixels)."""


def read_bounded(path: str, cover: QSize = MAX_DECODE) -> QImage:
    """The image at `path` decoded no larger than needed to cover `cover` (aspect kept).

    Only regular files are read: a named pipe or a device in its place gives a null image
    rather than a GUI thread blocked for good (or reading /dev/zero until memory runs out).
    """
    try:
        if not stat.S_ISREG(Path(path).stat().st_mode):
            return QImage()
    except OSError:
        return QImage()
    reader = QImageReader(path)
    reader.setAutoTransform(True)
    original = reader.size()
    if not original.isValid() or original.isEmpty():
        return QImage()
    target = cover.boundedTo(MAX_DECODE)
    if original.width() > target.width() or original.height() > target.height():
        reader.setScaledSize(original.scaled(target, Qt.AspectRatioMode.KeepAspectRatioByExpanding))
    return reader.read()


class _Relay(QObject):
    """Carries a decoded image from a worker to the loader (queued into the GUI thread)."""

    decoded = Signal(str, int, int, QImage)


class _Decode(QRunnable):
    """Read one image scaled to cover `size` (cropped to the centre); never touches a widget."""

    def __init__(self, path: str, size: QSize, relay: _Relay) -> None:
        super().__init__()
        self._path = path
        self._size = QSize(size)
        self._relay = relay  # a Python reference keeps it alive while this job runs

    def run(self) -> None:
        """Decode at the smallest size that still covers the target, then crop."""
        target = self._size
        image = read_bounded(self._path, target)
        if not image.isNull():
            if image.size() != target:
                image = image.scaled(
                    target,
                    Qt.AspectRatioMode.KeepAspectRatioByExpanding,
                    Qt.TransformationMode.SmoothTransformation,
                )
            x = (image.width() - target.width()) // 2
            y = (image.height() - target.height()) // 2
            image = image.copy(x, y, target.width(), target.height())
        self._relay.decoded.emit(self._path, target.width(), target.height(), image)


class ImageLoader(QObject):
    """Pixmaps by (path, device-pixel size): cached ones at once, others after `loaded`."""

    loaded = Signal(str)
    """An image has arrived in the cache (its path); repaint what shows it."""

    def __init__(self, capacity: int = 96, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.capacity = capacity
        self.loaded_count = 0
        self._cache: OrderedDict[tuple[str, int, int], QPixmap] = OrderedDict()
        self._pending: set[tuple[str, int, int]] = set()
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(2)  # leave cores for the GUI and the sync child
        self._relay = _Relay()
        self._relay.decoded.connect(self._on_relay_decoded)

    def pixmap(self, path: str, size: QSize) -> QPixmap | None:
        """The image cropped to `size` device pixels; None while it is being decoded.

        A file that cannot be read gives a null pixmap (once), so it is not retried on every paint.
        """
        key = (path, size.width(), size.height())
        cached = self._cache.get(key)
        if cached is not None:
            self._cache.move_to_end(key)
            return cached
        if key not in self._pending and not size.isEmpty():
            self._pending.add(key)
            self._pool.start(_Decode(path, size, self._relay))
        return None

    def wait_for_done(self, msecs: int = -1) -> bool:
        """Wait for the workers (for shutdown and benchmarks); results still arrive as events."""
        return self._pool.waitForDone(msecs)

    @Slot(str, int, int, QImage)
    def _on_relay_decoded(self, path: str, width: int, height: int, image: QImage) -> None:
        key = (path, width, height)
        self._pending.discard(key)
        self._cache[key] = QPixmap.fromImage(image) if not image.isNull() else QPixmap()
        self._cache.move_to_end(key)
        while len(self._cache) > self.capacity:
            self._cache.popitem(last=False)
        self.loaded_count += 1
        self.loaded.emit(path)
