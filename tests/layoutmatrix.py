"""The layout check over every screen x screen size x text size x language x palette.

    QT_QPA_PLATFORM=offscreen python tests/layoutmatrix.py            # the full matrix
    QT_QPA_PLATFORM=offscreen python tests/layoutmatrix.py --scale 2  # 3840x2160 at ratio 2
    ... --screens home,events --sizes 1080x1920 --verbose

Exit status 1 when any problem is found; one line per problem with --verbose, else counts.
tests/gui/test_layout_matrix.py runs a representative slice of the same matrix in CI.
"""

from __future__ import annotations

import argparse
import itertools
import os
import sys
import tempfile
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SIZES = {
    1: ((1280, 720), (720, 1280), (1280, 800), (1366, 768), (1280, 1024), (1920, 1080),
        (1080, 1920), (3840, 2160)),
    2: ((3840, 2160), (2160, 3840)),
}  # fmt: skip
"""Screen sizes in device pixels, per device pixel ratio (the window gets size / ratio)."""
LANGS = ("sv", "en", "de", "fi")
STEPS = (0, 1, 2)
CONTRASTS = (False, True)


@dataclass(frozen=True)
class Case:
    """One cell of the matrix."""

    screen: str
    size: tuple[int, int]
    lang: str
    high_contrast: bool
    step: int

    def __str__(self) -> str:
        look = f"{self.lang} {'high' if self.high_contrast else 'normal'} {'A' + '+' * self.step}"
        return f"{self.screen} {self.size[0]}x{self.size[1]} {look}"


FOLD_FROM = (1280, 720)
"""From this screen size up (landscape) Home shows its main tiles without scrolling: all of
them at A and A+, at least the first row at A++ and under an alert band (which takes up to a
third of the screen)."""
FOLD_SCREENS = ("home", "alert-band")
"""The screens that show Home's tiles."""


def fold_tiles(case: Case, tiles: list[Any]) -> list[Any]:
    """The home tiles that must be on screen without scrolling in `case` (none: no rule)."""
    width, height = case.size
    if case.screen not in FOLD_SCREENS or width < FOLD_FROM[0] or height < FOLD_FROM[1]:
        return []
    if width < height:
        return []
    if case.step < 2 and case.screen == "home":
        return tiles
    top = min(tile.y() for tile in tiles)
    return [tile for tile in tiles if tile.y() == top]


def full_matrix(screens: Iterable[str], sizes: Iterable[tuple[int, int]]) -> Iterator[Case]:
    """Every combination."""
    for size, lang, high, step, screen in itertools.product(
        sizes, LANGS, CONTRASTS, STEPS, screens
    ):
        yield Case(screen, size, lang, high, step)


def slice_matrix(screens: Iterable[str], sizes: Iterable[tuple[int, int]]) -> Iterator[Case]:
    """Every screen at every size, each time in two looks that rotate through the others.

    Over the sizes every language, text size and palette meets every screen at least once, with
    the hardest look (German, A++) at every size.
    """
    looks = list(itertools.product(LANGS, CONTRASTS, STEPS))
    sizes = list(sizes)
    screens = list(screens)
    for number, size in enumerate(sizes):
        for index, screen in enumerate(screens):
            yield Case(screen, size, "de", number % 2 == 1, 2)
            lang, high, step = looks[(number * 7 + index * 5) % len(looks)]
            yield Case(screen, size, lang, high, step)


class Runner:
    """One kiosk on the demo feed, shown case after case (a kiosk per case would take hours)."""

    def __init__(self, data: Path, scale: int = 1) -> None:
        from kiosk.app import build_kiosk
        from kiosk.config import load_config
        from kiosk.paths import DataDir

        self.scale = scale
        self.kiosk = build_kiosk(load_config(None), DataDir(data), True, sound=False, stats=False)
        self.kiosk.content.wait_for_load()
        self.kiosk.window.show()
        self._look: tuple[str, bool, int] | None = None
        self.keep_pictures = False
        self.picture: Any = None
        """The window as the last case was checked (with `keep_pictures`, for tests/montage.py)."""

    def problems(self, case: Case) -> list[str]:
        """What the layout check finds on this case's screen."""
        from kiosk import screens
        from kiosk.ui.layoutcheck import carried_problems, check, fold_problems

        kiosk = self.kiosk
        look = (case.lang, case.high_contrast, case.step)
        if look != self._look:
            screens.apply_look(kiosk, *look)
            self._look = look
        size = (case.size[0] // self.scale, case.size[1] // self.scale)
        if (kiosk.window.width(), kiosk.window.height()) != size:
            kiosk.window.resize(*size)
        screens.show(kiosk, case.screen)
        screens.settle(kiosk)
        found = [str(problem) for problem in check(kiosk.window)]
        found += [str(problem) for problem in carried_problems(kiosk.window)]
        if case.screen in FOLD_SCREENS:
            home: Any = kiosk.window.page["home"]
            tiles = list(home.tiles.values())
            found += [str(problem) for problem in fold_problems(fold_tiles(case, tiles))]
        if self.keep_pictures:
            self.picture = kiosk.window.grab()
        self._scroll_to_end()  # what the next case must not inherit
        if (kiosk.window.width(), kiosk.window.height()) != size:  # the screen shows only part
            shown = f"{kiosk.window.width()}x{kiosk.window.height()}"
            found.append(f"window-size: the window stays {shown} on a {size[0]}x{size[1]} screen")
        if kiosk.owner is not None and kiosk.owner.service.active:
            kiosk.owner.close()  # ends the visit: Swedish and default look again
            self._look = None
        return found

    def _scroll_to_end(self) -> None:
        """Scroll every scroll area of the window to its end, as a visitor reading on would."""
        from PySide6.QtWidgets import QAbstractScrollArea

        for area in self.kiosk.window.findChildren(QAbstractScrollArea):
            bar = area.verticalScrollBar()
            bar.setValue(bar.maximum())

    def close(self) -> None:
        """Let the kiosk go, its window too (a live window slows every later one's styling)."""
        self.kiosk.close()
        self.kiosk.window.deleteLater()


def run(cases: Iterable[Case], scale: int = 1, verbose: bool = False) -> Counter[str]:
    """Problems per screen (and per kind) over `cases`; prints each one with `verbose`."""
    counts: Counter[str] = Counter()
    with tempfile.TemporaryDirectory() as data:
        runner = Runner(Path(data), scale)
        try:
            for case in cases:
                found = runner.problems(case)
                counts["cases"] += 1
                counts["failing cases"] += bool(found)
                for problem in found:
                    counts[f"{case.screen}: {problem.split(':', 1)[0]}"] += 1
                    counts["problems"] += 1
                    if verbose:
                        print(f"{case}: {problem}", flush=True)
        finally:
            runner.close()
    return counts


def main(argv: list[str] | None = None) -> int:
    """Run the matrix from the command line."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from kiosk.screenlist import LAYOUT_SCREENS

    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--scale", type=int, choices=(1, 2), default=1)
    parser.add_argument("--screens", default=",".join(LAYOUT_SCREENS))
    parser.add_argument("--sizes", default="")
    parser.add_argument("--slice", action="store_true", help="The CI slice, not the full matrix.")
    parser.add_argument("--verbose", action="store_true")
    args = parser.parse_args(argv)
    if args.scale != 1:
        os.environ["QT_SCALE_FACTOR"] = str(args.scale)
    sizes = (
        [tuple(int(n) for n in size.split("x")) for size in args.sizes.split(",")]
        if args.sizes
        else SIZES[args.scale]
    )
    screens = args.screens.split(",")
    matrix = slice_matrix if args.slice else full_matrix
    counts = run(matrix(screens, sizes), args.scale, args.verbose)  # type: ignore[arg-type]
    for key, value in sorted(counts.items()):
        print(f"{value:6d}  {key}")
    return 1 if counts["problems"] else 0


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    sys.exit(main())
