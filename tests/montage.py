"""Every screen of the kiosk in one picture per screen size and language, to look at by eye.

    QT_QPA_PLATFORM=offscreen python tests/montage.py --out /tmp/montage
    ... --sizes 1366x768,1280x720,1080x1920 --langs sv,fi,de --screens home,events --step 0

Writes one PNG per screen and a montage-SIZE-LANG.png of them all (four to a row).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
sys.path.insert(0, str(Path(__file__).resolve().parent))

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from layoutmatrix import Case, Runner
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter

from kiosk.screenlist import LAYOUT_SCREENS

COLUMNS = 4
LABEL = 28


def montage(pictures: list[tuple[str, QImage]], width: int, out: Path) -> None:
    """The pictures four to a row, each scaled to `width` with its name above."""
    if not pictures:
        return
    height = max(round(image.height() * width / image.width()) for _, image in pictures)
    rows = (len(pictures) + COLUMNS - 1) // COLUMNS
    sheet = QImage(COLUMNS * (width + 8), rows * (height + LABEL + 8), QImage.Format.Format_RGB32)
    sheet.fill(QColor("#808080"))
    painter = QPainter(sheet)
    painter.setFont(QFont("Inter", 16))
    for index, (name, image) in enumerate(pictures):
        x = (index % COLUMNS) * (width + 8)
        y = (index // COLUMNS) * (height + LABEL + 8)
        painter.setPen(QColor("#000000"))
        painter.drawText(x + 4, y + LABEL - 8, name)
        scaled = image.scaledToWidth(width, Qt.TransformationMode.SmoothTransformation)
        painter.drawImage(QPoint(x, y + LABEL), scaled)
    painter.end()
    sheet.save(str(out))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--sizes", default="1366x768,1280x720,1080x1920")
    parser.add_argument("--langs", default="sv,fi,de")
    parser.add_argument("--screens", default=",".join(LAYOUT_SCREENS))
    parser.add_argument("--step", type=int, default=0)
    parser.add_argument("--high", action="store_true")
    parser.add_argument("--width", type=int, default=480)
    args = parser.parse_args()
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as data:
        runner = Runner(Path(data))
        runner.keep_pictures = True
        try:
            for size_text in args.sizes.split(","):
                w, h = (int(n) for n in size_text.split("x"))
                for lang in args.langs.split(","):
                    pictures = []
                    for screen in args.screens.split(","):
                        case = Case(screen, (w, h), lang, args.high, args.step)
                        found = runner.problems(case)
                        image = runner.picture.toImage()
                        name = f"{screen}-{size_text}-{lang}"
                        image.save(str(args.out / f"{name}.png"))
                        pictures.append((f"{screen} ({len(found)})", image))
                        for problem in found:
                            print(f"{case}: {problem}", flush=True)
                    montage(pictures, args.width, args.out / f"montage-{size_text}-{lang}.png")
        finally:
            runner.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
