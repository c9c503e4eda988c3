"""Where the memory benchmark's taps land: the kiosk laid out offscreen at the screen's size.

    python tests/bench/memory_probe.py CONFIG DATA_DIR WIDTHxHEIGHT

`kiosk run` has no automation hooks, so the benchmark taps the real window with xdotool at
points found here: the same content, size and language give the same layout. Prints one JSON
object of window coordinates: the E-services tile, the first e-service card, the browser's End
session button and web area, and Home on the e-services page.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

os.environ["QT_QPA_PLATFORM"] = "offscreen"
sys.path.insert(0, str(Path(__file__).resolve().parents[2]))

from PySide6.QtCore import QPoint
from PySide6.QtWidgets import QApplication, QWidget

from kiosk.app import build_kiosk
from kiosk.config import load_config
from kiosk.paths import DataDir


def centre(widget: QWidget) -> list[int]:
    point = widget.mapTo(widget.window(), widget.rect().center())
    return [point.x(), point.y()]


def main() -> None:
    width, height = (int(n) for n in sys.argv[3].split("x"))
    kiosk = build_kiosk(load_config(Path(sys.argv[1])), DataDir(Path(sys.argv[2])), demo=False)
    window = kiosk.window
    window.setGeometry(0, 0, width, height)
    window.show()
    QApplication.processEvents()
    spots: dict[str, list[int]] = {"services tile": centre(window.page["home"].tiles["services"])}
    window.open_page("services")
    QApplication.processEvents()
    grid = window.page["services"].grid
    card = grid.viewport().mapTo(window, grid.card_rect(0).center())
    spots["first e-service"] = [card.x(), card.y()]
    spots["home"] = centre(window.navbar.home)
    window.open_page("browser")
    QApplication.processEvents()
    browser = window.page["browser"].browser
    spots["end session"] = centre(browser.end_button)
    corner = browser.web_area.mapTo(window, QPoint(0, 0))
    spots["web area"] = [corner.x(), corner.y()]
    print(json.dumps(spots), flush=True)
    kiosk.close()


if __name__ == "__main__":
    main()
