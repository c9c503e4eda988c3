"""Generate the demo feed's illustrations, PDF brochures and kiosk sounds with Qt and the stdlib."""

from __future__ import annotations

import argparse
import ctypes
import hashlib
import math
import os
import random
import re
import struct
import sys
import tomllib
import unicodedata
import wave
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Concatenate, ParamSpec, TypeVar

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSize, Qt, QUuid
from PySide6.QtGui import (
    QBrush,
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QGuiApplication,
    QImage,
    QLinearGradient,
    QPageLayout,
    QPageSize,
    QPainter,
    QPainterPath,
    QPdfWriter,
    QPen,
    QPolygonF,
    QRadialGradient,
    QTextDocument,
)
from PySide6.QtPdf import QPdfDocument

ASSETS = Path(__file__).resolve().parents[1]


def keep_none_alive() -> None:
    """Work around PySide6 6.12 on CPython < 3.12, which drops a reference to None each time a
    C++ method that returns void is called: raise None's count so drawing never frees it."""
    if sys.implementation.name == "cpython" and sys.version_info < (3, 12):
        ctypes.c_ssize_t.from_address(id(None)).value += 1 << 40


JPEG_QUALITY = 82
MAX_JPEG_BYTES = 150_000
PHOTO_SIZE = (1200, 800)
HERO_SIZE = (1920, 1080)
UNIT_H = 800.0  # every scene is drawn in a coordinate system 800 units high

# --------------------------------------------------------------------------------------------
# Colours and moods
# --------------------------------------------------------------------------------------------

FALU = ("#B5402E", "#8F2E22")  # lit and shaded falu red
TRIM = "#F4F0E8"
ROOF = ("#4A4F58", "#363A42")
OCHRE = ("#E0B252", "#B88A36")
WHITE_HOUSE = ("#F2EEE6", "#CFC8BC")
GREY_WOOD = ("#9A8F84", "#7A7067")
SKIN = "#E8BC98"
FLAG_BLUE = "#2F6DB0"
FLAG_YELLOW = "#F2C94C"
LIGHT = "#FFD98A"


def col(spec: str | QColor, alpha: int | None = None) -> QColor:
    """A QColor from a hex string (or a copy of a colour), optionally with a new alpha."""
    c = QColor(spec)
    if alpha is not None:
        c.setAlpha(alpha)
    return c


def mix(a: str | QColor, b: str | QColor, t: float) -> QColor:
    """Linear blend of two colours; t=0 gives a, t=1 gives b."""
    ca, cb = QColor(a), QColor(b)
    t = min(1.0, max(0.0, t))
    return QColor.fromRgbF(
        ca.redF() + (cb.redF() - ca.redF()) * t,
        ca.greenF() + (cb.greenF() - ca.greenF()) * t,
        ca.blueF() + (cb.blueF() - ca.blueF()) * t,
        ca.alphaF() + (cb.alphaF() - ca.alphaF()) * t,
    )


@dataclass(frozen=True)
class Mood:
    """One colour scheme: season and time of day."""

    name: str
    sky: tuple[tuple[float, str], ...]
    sun: str
    haze: str
    depth: tuple[str, ...]  # land colours from the farthest range to the nearest forest
    forest_shade: str
    ground: tuple[str, str]  # meadow or snow: light, dark
    sea: tuple[str, str]  # near the horizon, near the viewer
    ripple: str
    granite: tuple[str, str, str]  # light, mid, dark
    cloud: str
    sun_height: float  # 0 = on the horizon, 1 = high in the sky
    winter: bool = False
    night: bool = False
    autumn: bool = False
    leaves: tuple[str, ...] = ("#7FA35A", "#6C934C", "#93B86A")
    ambient: tuple[str, float] = ("#000000", 0.0)  # tint for houses, boats and people

    @property
    def lit_windows(self) -> bool:
        return self.night or self.sun_height < 0.3


MOODS: dict[str, Mood] = {
    "summer": Mood(
        name="summer",
        sky=((0.0, "#7FB0D3"), (0.55, "#BFD9E6"), (1.0, "#F3EEDC")),
        sun="#FFF7E0",
        haze="#E6EEEC",
        depth=("#A8C0CB", "#88A9AE", "#6A9488", "#4D7C67", "#30604B"),
        forest_shade="#234A3A",
        ground=("#9BB873", "#6F9453"),
        sea=("#A9CBD3", "#3E7490"),
        ripple="#D8EAEE",
        granite=("#E0B4A2", "#BE8C7E", "#8E6460"),
        cloud="#FFFFFF",
        sun_height=0.75,
    ),
    "evening": Mood(
        name="evening",
        sky=((0.0, "#56709C"), (0.45, "#C3919A"), (0.78, "#F0B487"), (1.0, "#F8D9A4")),
        sun="#FFE9B8",
        haze="#F1C7A1",
        depth=("#A58FA6", "#85789A", "#665F86", "#4A4A6E", "#323754"),
        forest_shade="#262B45",
        ground=("#A39372", "#675A62"),
        sea=("#EDC3A0", "#3F4E74"),
        ripple="#F7D8B4",
        granite=("#E7A98A", "#BE7E73", "#7E5563"),
        cloud="#F8D3C0",
        sun_height=0.15,
        ambient=("#5A4470", 0.2),
    ),
    "dawn": Mood(
        name="dawn",
        sky=((0.0, "#93B2D6"), (0.55, "#E3C5D0"), (1.0, "#F9E3D0")),
        sun="#FFF1DA",
        haze="#F1DDDA",
        depth=("#BDBCD6", "#A0A6C6", "#7C8DAD", "#5D7690", "#3E5C6E"),
        forest_shade="#2D4858",
        ground=("#A3B08A", "#768868"),
        sea=("#F2DCD8", "#6A88AC"),
        ripple="#FBEDE6",
        granite=("#E8BDB2", "#C39A98", "#8C6E78"),
        cloud="#FFF1EC",
        sun_height=0.25,
        ambient=("#8A86B0", 0.12),
    ),
    "autumn": Mood(
        name="autumn",
        sky=((0.0, "#8EB3CF"), (0.6, "#DCE2DC"), (1.0, "#F4E6CA")),
        sun="#FFF2D6",
        haze="#EDE6D6",
        depth=("#B2BDC2", "#94A4A3", "#788F7E", "#5C7A5C", "#3F5F43"),
        forest_shade="#2C4631",
        ground=("#C2A562", "#967A45"),
        sea=("#BCD0D2", "#41708A"),
        ripple="#E2ECEC",
        granite=("#DDB09C", "#B8887A", "#87625C"),
        cloud="#FFFFFF",
        sun_height=0.45,
        autumn=True,
        leaves=("#E8A33D", "#D9782B", "#F2C14E", "#C4572E", "#B9B04A"),
    ),
    "winter": Mood(
        name="winter",
        sky=((0.0, "#8FB4D6"), (0.6, "#D6E3EE"), (1.0, "#F6EEE6")),
        sun="#FFF4E4",
        haze="#EEF2F6",
        depth=("#D5DFEA", "#C0CEDD", "#A7BACD", "#8EA5BD", "#2F4B55"),
        forest_shade="#213A42",
        ground=("#F5F8FB", "#C6D5E4"),
        sea=("#E3EBF2", "#A8BED2"),
        ripple="#F6F9FC",
        granite=("#D7C6C6", "#AE9FA6", "#7D7585"),
        cloud="#FFFFFF",
        sun_height=0.2,
        winter=True,
        ambient=("#A8BCD2", 0.1),
    ),
    "aurora": Mood(
        name="aurora",
        sky=((0.0, "#06122A"), (0.5, "#0F2C4C"), (1.0, "#1F4C6A")),
        sun="#F2F0E6",
        haze="#2A587A",
        depth=("#35597A", "#2B4C6B", "#223F5C", "#1A334C", "#0F2133"),
        forest_shade="#0A1826",
        ground=("#A8BDD6", "#6E88A8"),
        sea=("#2F6280", "#0D2035"),
        ripple="#5E93A8",
        granite=("#8D8FA8", "#65708C", "#414D66"),
        cloud="#3B5878",
        sun_height=0.7,
        winter=True,
        night=True,
        ambient=("#0B1A2E", 0.55),
    ),
}

MOOD_WEIGHTS: dict[str, float] = {
    "summer": 4.0,
    "evening": 2.2,
    "dawn": 1.8,
    "autumn": 1.8,
    "winter": 1.2,
    "aurora": 0.8,
}


# --------------------------------------------------------------------------------------------
# Geometry helpers
# --------------------------------------------------------------------------------------------


def pts(*xy: float) -> QPolygonF:
    """A polygon from a flat list of coordinates."""
    return QPolygonF([QPointF(xy[i], xy[i + 1]) for i in range(0, len(xy), 2)])


@dataclass
class Ridge:
    """A skyline sampled at a fixed step: y for every x."""

    x0: float
    step: float
    ys: list[float]

    def y_at(self, x: float) -> float:
        i = (x - self.x0) / self.step
        i0 = max(0, min(len(self.ys) - 2, math.floor(i)))
        t = min(1.0, max(0.0, i - i0))
        return self.ys[i0] * (1 - t) + self.ys[i0 + 1] * t

    def points(self) -> list[QPointF]:
        return [QPointF(self.x0 + i * self.step, y) for i, y in enumerate(self.ys)]

    def path(self, bottom: float) -> QPainterPath:
        path = QPainterPath()
        ps = self.points()
        path.moveTo(ps[0].x(), bottom)
        for q in ps:
            path.lineTo(q)
        path.lineTo(ps[-1].x(), bottom)
        path.closeSubpath()
        return path

    @property
    def top(self) -> float:
        return min(self.ys)


Bump = tuple[float, float, float, float]  # centre x, half width, height, flatness power

P = ParamSpec("P")
R = TypeVar("R")
EMISSIVE = {QColor(c).rgb() for c in (LIGHT, "#FF6B5A", "#F28A3C", "#F6B24A", "#FFE08A")}


def tinted(fn: Callable[Concatenate[Art, P], R]) -> Callable[Concatenate[Art, P], R]:
    """Let the mood's ambient light tint every solid colour a drawing function uses."""

    def wrapper(a: Art, *args: P.args, **kwargs: P.kwargs) -> R:
        with a.objects():
            return fn(a, *args, **kwargs)

    wrapper.__name__ = fn.__name__
    wrapper.__doc__ = fn.__doc__
    return wrapper


# --------------------------------------------------------------------------------------------
# The painter wrapper with all drawing primitives
# --------------------------------------------------------------------------------------------


class Art:
    """Drawing primitives for one scene in an 800-unit-high coordinate system."""

    def __init__(self, p: QPainter, w: float, h: float, rng: random.Random, mood: Mood) -> None:
        self.p = p
        self.w = w
        self.h = h
        self.rng = rng
        self.m = mood
        self.tinting = False

    @contextmanager
    def objects(self) -> Iterator[None]:
        old = self.tinting
        self.tinting = True
        try:
            yield
        finally:
            self.tinting = old

    def c(self, spec: str | QColor, alpha: int | None = None) -> QColor:
        """A colour for an object, tinted by the ambient light of the mood."""
        old = self.tinting
        self.tinting = True
        out = self.tone(col(spec, alpha))
        self.tinting = old
        return out

    def tone(self, c: QColor) -> QColor:
        """Apply the ambient tint to a solid colour while drawing objects (not to lamps)."""
        amb, amount = self.m.ambient
        if not self.tinting or amount <= 0 or c.rgb() in EMISSIVE:
            return c
        out = mix(c, amb, amount)
        out.setAlpha(c.alpha())
        return out

    def tone_brush(self, b: QBrush | QColor | QLinearGradient | QRadialGradient) -> QBrush:
        if isinstance(b, QColor):
            return QBrush(self.tone(b))
        if (
            isinstance(b, QLinearGradient | QRadialGradient)
            and self.tinting
            and self.m.ambient[1] > 0
        ):
            g = QLinearGradient(b) if isinstance(b, QLinearGradient) else QRadialGradient(b)
            g.setStops([(pos, self.tone(c)) for pos, c in b.stops()])
            return QBrush(g)
        return QBrush(b)

    # ----- basics ---------------------------------------------------------------------------

    def r(self, a: float, b: float) -> float:
        return self.rng.uniform(a, b)

    def fill(
        self,
        shape: QPainterPath | QPolygonF | QRectF,
        brush: QBrush | QColor | QLinearGradient | QRadialGradient,
    ) -> None:
        p = self.p
        p.setPen(Qt.PenStyle.NoPen)
        p.setBrush(self.tone_brush(brush) if not isinstance(brush, QBrush) else brush)
        if isinstance(shape, QPainterPath):
            p.drawPath(shape)
        elif isinstance(shape, QPolygonF):
            p.drawPolygon(shape)
        else:
            p.drawRect(shape)

    def line(
        self,
        x1: float,
        y1: float,
        x2: float,
        y2: float,
        c: QColor | str,
        width: float,
        cap: Qt.PenCapStyle = Qt.PenCapStyle.RoundCap,
    ) -> None:
        pen = QPen(self.tone(col(c)), width)
        pen.setCapStyle(cap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self.p.setPen(pen)
        self.p.drawLine(QPointF(x1, y1), QPointF(x2, y2))

    def stroke(self, path: QPainterPath, c: QColor | str, width: float) -> None:
        pen = QPen(self.tone(col(c)), width)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        self.p.setPen(pen)
        self.p.setBrush(Qt.BrushStyle.NoBrush)
        self.p.drawPath(path)

    def ellipse(
        self,
        cx: float,
        cy: float,
        rx: float,
        ry: float,
        c: QColor | str | QRadialGradient | QLinearGradient,
    ) -> None:
        path = QPainterPath()
        path.addEllipse(QPointF(cx, cy), rx, ry)
        self.fill(path, col(c) if isinstance(c, str) else c)

    def vgrad(self, y0: float, y1: float, *stops: tuple[float, QColor | str]) -> QLinearGradient:
        g = QLinearGradient(0, y0, 0, y1)
        for pos, c in stops:
            g.setColorAt(pos, col(c) if isinstance(c, str) else c)
        return g

    def depth(self, d: float) -> QColor:
        """Land colour at depth d (0 = farthest range, 1 = nearest forest)."""
        cs = self.m.depth
        x = min(1.0, max(0.0, d)) * (len(cs) - 1)
        i = min(len(cs) - 2, int(x))
        return mix(cs[i], cs[i + 1], x - i)

    def layer(
        self,
        draw: Callable[[Art], None],
        opacity: float = 1.0,
        mirror_at: float | None = None,
        squash: float = 0.9,
        tint: QColor | None = None,
    ) -> None:
        """Draw into a transparent layer (optionally mirrored in a water line) and composite it."""
        dev = self.p.device()
        img = QImage(dev.width(), dev.height(), QImage.Format.Format_ARGB32_Premultiplied)
        img.fill(Qt.GlobalColor.transparent)
        q = QPainter(img)
        q.setRenderHint(QPainter.RenderHint.Antialiasing)
        q.setTransform(self.p.transform())
        if mirror_at is not None:
            q.translate(0, mirror_at)
            q.scale(1, -squash)
            q.translate(0, -mirror_at)
        sub = Art(q, self.w, self.h, self.rng, self.m)
        sub.tinting = self.tinting
        draw(sub)
        if tint is not None:
            q.resetTransform()
            q.setCompositionMode(QPainter.CompositionMode.CompositionMode_SourceAtop)
            q.fillRect(img.rect(), tint)
        q.end()
        self.p.save()
        self.p.resetTransform()
        self.p.setOpacity(opacity)
        self.p.drawImage(0, 0, img)
        self.p.restore()

    # ----- sky ------------------------------------------------------------------------------

    def sky(self, hz: float) -> None:
        g = QLinearGradient(0, 0, 0, hz)
        for pos, c in self.m.sky:
            g.setColorAt(pos, col(c))
        self.p.fillRect(QRectF(-5, -5, self.w + 10, self.h + 10), g)

    def sun(self, x: float, y: float, radius: float = 34.0) -> None:
        m = self.m
        if m.night:
            self.ellipse(
                x,
                y,
                radius * 0.9 * 2.2,
                radius * 0.9 * 2.2,
                self.glow(x, y, radius * 2.2, m.sun, 40),
            )
            self.ellipse(x, y, radius * 0.6, radius * 0.6, col(m.sun))
            return
        self.ellipse(x, y, radius * 6, radius * 6, self.glow(x, y, radius * 6, m.sun, 120))
        self.ellipse(x, y, radius * 1.7, radius * 1.7, self.glow(x, y, radius * 1.7, m.sun, 150))
        self.ellipse(x, y, radius, radius, col(m.sun))

    def glow(self, x: float, y: float, radius: float, c: str, alpha: int) -> QRadialGradient:
        g = QRadialGradient(QPointF(x, y), radius)
        g.setColorAt(0.0, col(c, alpha))
        g.setColorAt(0.45, col(c, alpha // 3))
        g.setColorAt(1.0, col(c, 0))
        return g

    def cloud(self, cx: float, cy: float, width: float, alpha: int = 215) -> None:
        rng = self.rng
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)
        hh = width * 0.1
        path.addRoundedRect(QRectF(cx - width / 2, cy - hh, width, hh * 2), hh, hh)
        n = rng.randint(2, 4)
        for i in range(n):
            t = (i + 0.5) / n
            px = cx - width * 0.36 + t * width * 0.72 + rng.uniform(-8, 8)
            rad = width * rng.uniform(0.1, 0.19) * (1.0 - abs(t - 0.5) * 0.7)
            path.addEllipse(QPointF(px, cy - rad * 0.35), rad, rad)
        clip = QPainterPath()
        clip.addRect(QRectF(cx - width, cy - width, width * 2, width + hh * 0.8))
        path = path.intersected(clip)
        c = col(self.m.cloud, alpha)
        self.fill(
            path,
            self.vgrad(
                cy - width * 0.25,
                cy + hh,
                (0, c),
                (1, col(mix(self.m.cloud, self.m.sky[-1][1], 0.35), alpha)),
            ),
        )

    def clouds(self, hz: float, count: int | None = None) -> None:
        n = count if count is not None else self.rng.randint(2, 4)
        for _ in range(n):
            width = self.r(140, 320)
            self.cloud(
                self.r(0.05, 0.95) * self.w,
                self.r(hz * 0.12, hz * 0.62),
                width,
                150 if self.m.night else 215,
            )

    def stars(self, hz: float, count: int = 140) -> None:
        for _ in range(count):
            x, y = self.r(0, self.w), self.r(0, hz * 0.9) ** 1.0
            y = hz * 0.9 * (self.rng.random() ** 1.6)
            a = int(self.r(60, 230) * (1 - y / hz * 0.6))
            rad = self.r(0.6, 1.7)
            self.ellipse(x, y, rad, rad, col("#F4F2E6", a))

    def aurora(self, hz: float) -> None:
        """Northern lights: a few curtains of vertical rays along smooth curves."""
        p = self.p
        p.save()
        p.setCompositionMode(QPainter.CompositionMode.CompositionMode_Plus)
        curtains = self.rng.randint(2, 3)
        for k in range(curtains):
            base = hz * self.r(0.38, 0.62)
            amp = self.r(30, 80)
            f1, f2 = self.r(0.002, 0.005), self.r(0.006, 0.012)
            ph1, ph2, ph3 = self.r(0, 6.3), self.r(0, 6.3), self.r(0, 6.3)
            length = self.r(120, 240)
            x0, x1 = self.r(-100, self.w * 0.3), self.r(self.w * 0.7, self.w + 100)
            green = col("#62F0B0") if k != 1 else col("#48D9C8")
            step = 3.0
            x = x0
            while x < x1:
                t = (x - x0) / (x1 - x0)
                env = math.sin(math.pi * t) ** 0.7
                y = base + amp * math.sin(x * f1 + ph1) + amp * 0.4 * math.sin(x * f2 + ph2)
                rays = 0.55 + 0.45 * math.sin(x * 0.09 + ph3) * math.sin(x * 0.031 + ph2)
                ln = length * (0.6 + 0.4 * math.sin(x * 0.013 + ph3)) * env
                a = int(70 * env * rays)
                if a > 2 and ln > 4:
                    g = QLinearGradient(0, y, 0, y - ln)
                    g.setColorAt(0.0, col(green, 0))
                    g.setColorAt(0.06, col(green, a))
                    g.setColorAt(0.45, col(green, a // 2))
                    g.setColorAt(0.8, col("#8C6FD8", a // 5))
                    g.setColorAt(1.0, col("#8C6FD8", 0))
                    p.fillRect(QRectF(x, y - ln, step + 0.6, ln + 8), g)
                x += step
        p.restore()

    def birds(self, x: float, y: float, n: int, c: str = "#3A4652") -> None:
        for _ in range(n):
            s = self.r(5, 9)
            bx, by = x + self.r(-70, 70), y + self.r(-30, 30)
            path = QPainterPath()
            path.moveTo(bx - s, by - s * 0.2)
            path.quadTo(bx - s * 0.45, by - s * 0.75, bx, by)
            path.quadTo(bx + s * 0.45, by - s * 0.75, bx + s, by - s * 0.2)
            self.stroke(path, col(c, 200), 1.8)

    def celestial(self, hz: float, sun_x: float | None = None) -> None:
        """Sun, moon, stars or northern lights depending on the mood."""
        m = self.m
        sx = sun_x if sun_x is not None else self.r(0.15, 0.85) * self.w
        if m.night:
            self.stars(hz)
            self.aurora(hz)
            self.sun(sx, hz * self.r(0.12, 0.3), 20)
            return
        sy = hz - 30 - m.sun_height * hz * 0.75 + self.r(-15, 15)
        self.sun(sx, sy, 30 if m.sun_height > 0.5 else 40)

    # ----- land and water ------------------------------------------------------------------

    def bumps(
        self,
        n: int,
        x_lo: float,
        x_hi: float,
        h_lo: float,
        h_hi: float,
        w_lo: float,
        w_hi: float,
        p_lo: float = 2.4,
        p_hi: float = 4.5,
    ) -> list[Bump]:
        return [
            (self.r(x_lo, x_hi), self.r(w_lo, w_hi), self.r(h_lo, h_hi), self.r(p_lo, p_hi))
            for _ in range(n)
        ]

    def ridge(
        self, base: float, bumps: Sequence[Bump], noise: float = 3.0, step: float = 3.0
    ) -> Ridge:
        ph = [self.r(0, 6.283) for _ in range(3)]
        x0 = -30.0
        ys: list[float] = []
        x = x0
        while x <= self.w + 30 + step:
            y = 0.0
            for cx, hw, ht, pw in bumps:
                t = abs((x - cx) / hw)
                y = max(y, ht / (1.0 + t**pw))
            y += noise * (
                0.6 * math.sin(x / 41 + ph[0])
                + 0.3 * math.sin(x / 13 + ph[1])
                + 0.15 * math.sin(x / 5.1 + ph[2])
            )
            ys.append(base - max(0.0, y))
            x += step
        return Ridge(x0, step, ys)

    def land(self, ridge: Ridge, bottom: float, top: QColor, low: QColor | None = None) -> None:
        low = low if low is not None else top
        self.fill(ridge.path(bottom), self.vgrad(ridge.top, bottom, (0, top), (1, low)))

    def hazy(self, d: float, ridge: Ridge, bottom: float, haze: float = 0.45) -> None:
        """A land layer whose foot fades into the haze (misty valleys between layers)."""
        c = self.depth(d)
        self.land(ridge, bottom, c, mix(c, self.m.haze, haze))

    def sea(self, hz: float, bottom: float | None = None) -> None:
        b = bottom if bottom is not None else self.h
        m = self.m
        self.fill(
            QRectF(-5, hz, self.w + 10, b - hz + 5), self.vgrad(hz, b, (0, m.sea[0]), (1, m.sea[1]))
        )
        if m.winter and not m.night:
            # shore ice: pale bands with faint cracks
            for _ in range(14):
                y = self.r(hz + 5, b)
                x = self.r(-50, self.w)
                self.line(
                    x, y, x + self.r(60, 240), y + self.r(-2, 2), col("#FFFFFF", 90), self.r(1, 2.5)
                )
        # calm streaks near the horizon
        for _ in range(18):
            y = hz + (b - hz) * (self.rng.random() ** 2.2)
            x = self.r(-40, self.w)
            ln = self.r(40, 200) * (0.4 + (y - hz) / (b - hz))
            self.line(x, y, x + ln, y, col(m.ripple, 110), 1.2 + 2.2 * (y - hz) / (b - hz))

    def sun_glitter(self, x: float, hz: float, bottom: float) -> None:
        if self.m.winter and not self.m.night:
            return
        c = self.m.sun if not self.m.night else "#BFE9D8"
        y = hz + 3
        i = 0
        while y < bottom:
            t = (y - hz) / max(1.0, bottom - hz)
            wdt = (18 + 110 * t) * self.r(0.4, 1.0)
            self.line(
                x - wdt / 2 + self.r(-12, 12) * t,
                y,
                x + wdt / 2,
                y,
                col(c, int(200 * (1 - t * 0.6))),
                1.5 + 3.0 * t,
            )
            y += 4 + 14 * t + self.r(0, 6)
            i += 1

    def reflect(self, ridge: Ridge, wl: float, c: QColor, squash: float = 0.75) -> None:
        """Mirror a land silhouette in the water below the line wl."""
        path = QPainterPath()
        ps = ridge.points()
        path.moveTo(ps[0].x(), wl)
        for q in ps:
            dy = max(0.0, wl - q.y())
            path.lineTo(q.x(), wl + dy * squash)
        path.lineTo(ps[-1].x(), wl)
        path.closeSubpath()
        depth = max(4.0, (wl - ridge.top) * squash)
        self.fill(path, self.vgrad(wl, wl + depth, (0, c), (1, mix(c, self.m.sea[0], 0.55))))

    def ripples(
        self,
        y0: float,
        y1: float,
        n: int,
        c: QColor | str,
        x0: float = 0,
        x1: float | None = None,
        lmin: float = 20,
        lmax: float = 110,
    ) -> None:
        x1 = x1 if x1 is not None else self.w
        cc = col(c) if isinstance(c, str) else c
        for _ in range(n):
            y = self.r(y0, y1)
            t = (y - y0) / max(1.0, y1 - y0)
            ln = self.r(lmin, lmax) * (0.6 + t)
            x = self.r(x0 - ln * 0.5, x1)
            self.line(x, y, x + ln, y, cc, 1.2 + 2.0 * t)

    # ----- trees ----------------------------------------------------------------------------

    def spruce(
        self,
        x: float,
        base: float,
        hgt: float,
        c: QColor,
        shade: QColor | None = None,
        snow: bool = False,
    ) -> None:
        tiers = max(3, min(8, int(hgt / 11) + 2))
        top = base - hgt
        body = hgt * 0.93
        hw = hgt * 0.2
        seg = body / tiers
        left: list[QPointF] = [QPointF(x, top)]
        right: list[QPointF] = [QPointF(x, top)]
        tips: list[tuple[float, float, float]] = []
        for k in range(1, tiers + 1):
            yk = top + seg * k
            wk = hw * (0.28 + 0.72 * k / tiers) * (1.0 + 0.12 * math.sin(k * 2.3 + x))
            left.append(QPointF(x - wk, yk))
            right.append(QPointF(x + wk, yk))
            tips.append((yk, wk, yk - seg))
            if k < tiers:
                left.append(QPointF(x - wk * 0.42, yk - seg * 0.12))
                right.append(QPointF(x + wk * 0.42, yk - seg * 0.12))
        trunk = max(1.0, hgt * 0.035)
        yb = top + body
        outline = [
            *left,
            QPointF(x - trunk, yb),
            QPointF(x - trunk, base),
            QPointF(x + trunk, base),
            QPointF(x + trunk, yb),
            *reversed(right),
        ]
        self.fill(QPolygonF(outline), c)
        if shade is not None:
            self.fill(QPolygonF([*right, QPointF(x, yb)]), shade)
        if snow:
            white = col("#F4F8FB")
            prev = top
            for yk, wk, _ in tips:
                s = (yk - prev) * 0.35
                self.fill(
                    pts(
                        x, prev + 1, x - wk, yk - 1, x - wk * 0.55, yk - s * 0.9, x, prev + s * 1.3
                    ),
                    white,
                )
                self.fill(
                    pts(
                        x, prev + 1, x + wk * 0.8, yk - 2, x + wk * 0.45, yk - s, x, prev + s * 1.4
                    ),
                    col("#D2DFEA"),
                )
                prev = yk - (yk - prev) * 0.12

    def pine(self, x: float, base: float, hgt: float, lean: float = 0.0) -> None:
        """A coastal Scots pine: bare curved trunk, orange above, and lumpy flat crown pads."""
        m = self.m
        bark = mix("#C0733F", m.depth[-1], 0.3 if not m.night else 0.8)
        bark_low = mix("#6E5648", m.depth[-1], 0.3 if not m.night else 0.8)
        top_x = x + lean * hgt
        tw = hgt * 0.032

        def along(t: float) -> float:
            return x + (top_x - x) * t + math.sin(t * math.pi) * lean * hgt * -0.25

        path = QPainterPath()
        path.moveTo(x - tw * 1.5, base)
        for i in range(11):
            t = i / 10 * 0.9
            path.lineTo(along(t) - tw * (1.5 - t * 1.1), base - hgt * t)
        for i in range(10, -1, -1):
            t = i / 10 * 0.9
            path.lineTo(along(t) + tw * (1.5 - t * 1.1), base - hgt * t)
        path.closeSubpath()
        self.fill(path, self.vgrad(base - hgt, base, (0, bark), (0.55, bark), (1, bark_low)))
        crown = mix(m.depth[-1], "#3F6A4C", 0.0 if m.name == "summer" else 0.3)
        dark = col(m.forest_shade)
        light = mix(crown, m.sky[-1][1], 0.25)
        pads = [(self.r(-0.03, 0.03), 0.94, 0.3)]
        side = 1 if self.rng.random() < 0.5 else -1
        for k, yy in enumerate((0.84, 0.75, 0.66, 0.58)):
            side = -side
            pads.append((side * self.r(0.08, 0.15), yy + self.r(-0.02, 0.02), 0.22 - k * 0.03))
        for dx, dy, rr in pads:
            t = dy / 0.9
            tx = along(min(0.9, t * 0.9))
            cx, cy = tx + dx * hgt, base - hgt * dy
            if dx:
                self.line(tx, cy + hgt * 0.03, cx, cy + hgt * 0.01, bark, tw * 0.8)
            w = hgt * rr
            blobs = [
                (self.r(-0.55, 0.55) * w, self.r(-0.12, 0.08) * w, w * self.r(0.3, 0.5))
                for _ in range(6)
            ]
            for bx, by, br in blobs:
                self.ellipse(cx + bx, cy + by + br * 0.25, br, br * 0.55, dark)
            for bx, by, br in blobs:
                self.ellipse(cx + bx, cy + by, br * 0.95, br * 0.45, crown)
            for bx, by, br in blobs[:3]:
                top_c = col("#F4F8FB") if m.winter else light
                self.ellipse(cx + bx - br * 0.15, cy + by - br * 0.22, br * 0.55, br * 0.18, top_c)

    def leafy(self, x: float, base: float, hgt: float, c: QColor | str, birch: bool = True) -> None:
        """A birch or other broadleaf tree with a rounded crown."""
        trunk = "#EEEAE0" if birch else "#6E5A4B"
        if self.m.night:
            trunk = "#8C9AB0" if birch else "#2A3444"
        self.line(x, base, x, base - hgt * 0.7, trunk, max(1.5, hgt * 0.05), Qt.PenCapStyle.FlatCap)
        if birch:
            for _ in range(3):
                yy = base - self.r(0.1, 0.6) * hgt
                self.line(x - hgt * 0.02, yy, x + hgt * 0.01, yy, "#3E3A36", max(1.0, hgt * 0.012))
        if self.m.winter:
            for ang in (-0.6, 0.5, -0.3, 0.7):
                yy = base - hgt * self.r(0.45, 0.75)
                self.line(x, yy, x + ang * hgt * 0.3, yy - hgt * 0.2, trunk, max(1.0, hgt * 0.018))
            return
        cc = col(c) if isinstance(c, str) else c
        rad = hgt * 0.24
        cy = base - hgt * 0.68
        path = QPainterPath()
        path.setFillRule(Qt.FillRule.WindingFill)
        path.addEllipse(QPointF(x, cy), rad * 0.95, rad * 1.25)
        path.addEllipse(QPointF(x - rad * 0.5, cy + rad * 0.35), rad * 0.7, rad * 0.75)
        path.addEllipse(QPointF(x + rad * 0.5, cy + rad * 0.3), rad * 0.75, rad * 0.8)
        self.fill(path, cc)
        shade = QPainterPath()
        shade.addEllipse(QPointF(x + rad * 0.5, cy + rad * 0.3), rad * 0.75, rad * 0.8)
        self.fill(shade.intersected(path), mix(cc, "#1C2A22", 0.18))

    def tree_row(
        self,
        ridge: Ridge,
        x0: float,
        x1: float,
        gap: tuple[float, float],
        hgt: tuple[float, float],
        c: QColor,
        shade: QColor | None,
        sink: float = 0.25,
        leafy_share: float = 0.0,
        offset: float = 0.0,
    ) -> None:
        """Spruces (and in autumn some broadleaves) standing along a ridge line."""
        x = x0 + self.r(0, gap[1])
        snow = self.m.winter
        while x < x1:
            hh = self.r(*hgt)
            y = ridge.y_at(x) + offset + hh * sink
            if leafy_share > 0 and self.rng.random() < leafy_share:
                lc = self.rng.choice(self.m.leaves)
                self.leafy(x, y, hh * 0.8, mix(lc, c, 0.25), birch=self.rng.random() < 0.6)
            else:
                self.spruce(x, y, hh, c, shade, snow=snow and hh > 14)
            x += self.r(*gap)

    def forest(
        self,
        ridge: Ridge,
        d: float,
        size: float,
        rows: int = 1,
        x0: float = -20,
        x1: float | None = None,
    ) -> None:
        """Forest cover on a hill: a serrated ridge of spruces plus rows further down."""
        x1 = x1 if x1 is not None else self.w + 20
        c = self.depth(d)
        shade = mix(c, self.m.forest_shade, 0.35) if size > 9 else None
        leafy = (
            0.22
            if self.m.autumn and size > 10
            else (0.06 if size > 14 and not self.m.winter else 0.0)
        )
        self.tree_row(
            ridge,
            x0,
            x1,
            (size * 0.32, size * 0.55),
            (size * 0.75, size * 1.25),
            c,
            shade,
            leafy_share=leafy,
        )
        for k in range(1, rows):
            cc = mix(c, self.m.forest_shade, 0.08 * k) if not self.m.winter else c
            self.tree_row(
                ridge,
                x0,
                x1,
                (size * 0.45, size * 0.9),
                (size * 0.7, size * 1.1),
                cc,
                shade,
                offset=size * 0.75 * k,
                leafy_share=leafy,
            )

    def forest_texture(
        self,
        ridge: Ridge,
        d: float,
        size: float,
        bottom: float,
        x0: float = -20,
        x1: float | None = None,
        start: float = 1.0,
    ) -> None:
        """Rows of spruces covering a hillside from just below the ridge down to bottom."""
        x1 = x1 if x1 is not None else self.w + 20
        c = self.depth(d)
        shade = mix(c, self.m.forest_shade, 0.3) if size > 14 else None
        tones = [c, mix(c, self.m.forest_shade, 0.1), mix(c, self.m.haze, 0.06)]
        off = size * start
        while True:
            any_row = False
            x = x0 + self.r(0, size)
            while x < x1:
                y = ridge.y_at(x) + off + self.r(-size * 0.2, size * 0.2)
                if y < bottom + size * 0.5:
                    any_row = True
                    if self.m.autumn and self.rng.random() < 0.2:
                        self.leafy(
                            x,
                            y,
                            size * 0.9,
                            mix(self.rng.choice(self.m.leaves), c, 0.3),
                            birch=False,
                        )
                    else:
                        self.spruce(
                            x,
                            y,
                            size * self.r(0.8, 1.2),
                            self.rng.choice(tones),
                            shade,
                            snow=self.m.winter and size > 17,
                        )
                x += size * self.r(0.35, 0.6)
            off += size * 0.5
            if not any_row:
                break

    # ----- granite -------------------------------------------------------------------------

    def facets(
        self,
        outline: QPainterPath,
        x0: float,
        x1: float,
        y0: float,
        y1: float,
        dark_share: float = 0.3,
        contrast: float = 1.0,
    ) -> None:
        """Flat-shaded granite: slanted columns of blocks in three tones with lit ledges."""
        g = self.m.granite
        self.fill(outline, col(g[1]))
        p = self.p
        p.save()
        p.setClipPath(outline, Qt.ClipOperation.IntersectClip)
        x = x0 - 20
        while x < x1:
            wdt = self.r(26, 78)
            slant = self.r(-0.16, 0.16)
            y = y0 - 20
            while y < y1:
                bh = self.r(36, 140)
                t1, t2 = self.r(-12, 12), self.r(-12, 12)
                xa, xb = x + slant * (y - y0), x + slant * (y + bh - y0)
                roll = self.rng.random()
                tone = g[0] if roll < 0.3 else (g[2] if roll < 0.3 + dark_share else g[1])
                soften = self.r(0.0, 0.35) + (1.0 - contrast) * 0.5
                self.fill(
                    pts(xa, y + t1, xa + wdt, y - t1, xb + wdt, y + bh + t2, xb, y + bh - t2),
                    mix(tone, g[1], soften),
                )
                if self.rng.random() < 0.45:
                    self.line(
                        xa + 3,
                        y + t1 + 1.5,
                        xa + wdt - 3,
                        y - t1 + 1.5,
                        col(mix(g[0], "#FFFFFF", 0.3), 150),
                        2.0,
                    )
                if self.rng.random() < 0.35:
                    self.line(xa, y + t1, xb, y + bh - t2, col(mix(g[2], "#000000", 0.3), 110), 1.6)
                y += bh
            x += wdt
        self.fill(
            QRectF(x0 - 40, y0, x1 - x0 + 80, y1 - y0),
            self.vgrad(y0, y1, (0, col("#000000", 0)), (1, col(mix(g[2], "#000000", 0.4), 90))),
        )
        p.restore()

    def slab(self, x0: float, x1: float, y_left: float, y_right: float, bulge: float) -> None:
        """A smooth, water-worn granite slab (häll) reaching the bottom of the picture."""
        g = self.m.granite
        snow = self.m.winter
        path = QPainterPath()
        path.moveTo(x0, self.h + 10)
        path.lineTo(x0, y_left)
        span = x1 - x0
        high = min(y_left, y_right)
        k1, k2 = self.r(0.15, 0.35), self.r(0.55, 0.8)
        path.cubicTo(
            x0 + span * k1,
            y_left - bulge - (y_left - high) * 0.7,
            x0 + span * k2,
            high - bulge * 1.1,
            x1,
            y_right,
        )
        path.lineTo(x1, self.h + 10)
        path.closeSubpath()
        top = min(y_left, y_right) - bulge
        base = g[0] if not snow else "#F2F6FA"
        mid = g[1] if not snow else "#D5E0EB"
        self.fill(path, self.vgrad(top, self.h, (0, base), (0.45, mid), (1, g[2])))
        p = self.p
        p.save()
        p.setClipPath(path)
        # the sun-lit rim along the top edge
        rim = path.subtracted(path.translated(0, 10))
        self.fill(rim, col(mix(base, "#FFFFFF", 0.3), 170))
        shade_x = (
            x0 + span * self.r(0.55, 0.75) if y_left < y_right else x0 + span * self.r(0.25, 0.45)
        )
        side = pts(
            shade_x,
            top - 50,
            x1 + 20 if y_left < y_right else x0 - 20,
            top - 50,
            x1 + 20 if y_left < y_right else x0 - 20,
            self.h + 20,
            shade_x + (60 if y_left < y_right else -60),
            self.h + 20,
        )
        self.fill(side, col(mix(g[2], "#000000", 0.2), 55))
        for _ in range(6):
            yy = self.r(top + 30, self.h)
            xx = self.r(x0, x1)
            crack = QPainterPath()
            crack.moveTo(xx, yy)
            crack.cubicTo(
                xx + self.r(20, 60),
                yy + self.r(-10, 10),
                xx + self.r(60, 120),
                yy + self.r(0, 30),
                xx + self.r(100, 200),
                yy + self.r(10, 50),
            )
            self.stroke(crack, col(mix(g[2], "#000000", 0.2), 110), 2.2)
            if not snow and self.rng.random() < 0.6:
                self.tuft(xx + self.r(30, 90), yy + self.r(5, 20), self.r(14, 24))
        for _ in range(10 if not snow else 0):
            self.ellipse(
                self.r(x0, x1),
                self.r(top + 20, self.h),
                self.r(4, 12),
                self.r(2, 5),
                col(self.rng.choice(["#E4D9A0", "#CFC98E", "#E8B27A"]), 120),
            )
        p.restore()

    def tuft(self, x: float, y: float, s: float) -> None:
        """A little clump of grass and heather in a crack of the rock."""
        dark = mix(self.m.depth[-1], "#1E3328", 0.3)
        for k in range(7):
            ang = -math.pi / 2 + (k - 3) * 0.28 + self.r(-0.1, 0.1)
            ln = s * self.r(0.6, 1.0)
            self.line(x, y, x + math.cos(ang) * ln, y + math.sin(ang) * ln, dark, 1.8)
        if not self.m.night and self.rng.random() < 0.6:
            for _ in range(4):
                self.ellipse(
                    x + self.r(-s * 0.4, s * 0.4),
                    y - self.r(s * 0.3, s * 0.8),
                    2.2,
                    2.2,
                    col(self.rng.choice(["#C77BA8", "#B56A9C", "#E0A3C4"])),
                )

    def boulder(self, x: float, base: float, rad: float) -> None:
        g = self.m.granite
        path = QPainterPath()
        path.moveTo(x - rad, base)
        path.cubicTo(
            x - rad * 1.05,
            base - rad * 0.9,
            x - rad * 0.3,
            base - rad * 1.15,
            x + rad * 0.2,
            base - rad * 1.05,
        )
        path.cubicTo(
            x + rad * 0.9, base - rad * 0.95, x + rad * 1.1, base - rad * 0.3, x + rad, base
        )
        path.closeSubpath()
        top = g[0] if not self.m.winter else "#F4F7FA"
        self.fill(path, self.vgrad(base - rad, base, (0, top), (1, g[2])))

    # ----- buildings ------------------------------------------------------------------------

    @tinted
    def window(
        self, x: float, y: float, w: float, h: float, lit: bool, frame: str = TRIM, panes: int = 4
    ) -> None:
        glass = col(LIGHT) if lit else mix("#35475A", self.m.sky[-1][1], 0.25)
        f = max(1.2, w * 0.13)
        self.fill(QRectF(x - f, y - f, w + 2 * f, h + 2 * f), col(frame))
        self.fill(QRectF(x, y, w, h), glass)
        if not lit:
            self.fill(
                pts(x, y + h * 0.55, x + w * 0.55, y, x + w * 0.8, y, x, y + h * 0.85),
                col("#FFFFFF", 40),
            )
        if panes >= 2:
            self.line(x + w / 2, y, x + w / 2, y + h, col(frame), f * 0.7, Qt.PenCapStyle.FlatCap)
        if panes >= 4:
            self.line(x, y + h / 2, x + w, y + h / 2, col(frame), f * 0.7, Qt.PenCapStyle.FlatCap)

    @tinted
    def house(
        self,
        x: float,
        ground: float,
        s: float,
        colors: tuple[str, str] = FALU,
        roof: tuple[str, str] = ROOF,
        length: float = 1.6,
        storeys: float = 1.0,
        lit: bool | None = None,
        chimney: bool = True,
        door: str = "#3E5A6E",
        flip: bool = False,
    ) -> None:
        """A Swedish wooden house: gable end, long side, white corners, white window frames."""
        p = self.p
        lit = self.m.lit_windows if lit is None else lit
        p.save()
        if flip:
            p.translate(2 * x + s * (1 + length), 0)
            p.scale(-1, 1)
        gw, wh, gh = s, s * 0.55 * storeys, s * 0.42
        xl = x + gw + s * length
        ye = ground - wh
        yr = ye - gh
        lit_c, shade_c = colors
        snow = self.m.winter
        # chimney behind the roof
        if chimney:
            cx = x + gw / 2 + s * length * 0.62
            self.fill(
                QRectF(cx, yr - s * 0.16, s * 0.12, s * 0.3),
                col("#F0ECE4" if colors != WHITE_HOUSE else "#8E6A5A"),
            )
            self.fill(QRectF(cx - s * 0.015, yr - s * 0.18, s * 0.15, s * 0.04), col("#3A3D44"))
        # walls
        self.fill(pts(x, ground, x, ye, x + gw / 2, yr, x + gw, ye, x + gw, ground), col(lit_c))
        self.fill(QRectF(x + gw, ye, xl - x - gw, wh), col(shade_c))
        # roof over the long side
        o = s * 0.06
        roof_c = roof if not snow else ("#F5F8FB", "#C9D7E5")
        self.fill(
            pts(
                x + gw / 2,
                yr,
                xl - gw / 2 + gw / 2 + o * 0.5,
                yr,
                xl + o,
                ye + o,
                x + gw + o * 0.3,
                ye + o,
            ),
            col(roof_c[1]),
        )
        if snow:
            self.fill(
                pts(
                    x + gw / 2,
                    yr,
                    xl + o * 0.5,
                    yr,
                    xl + o * 0.7,
                    yr + gh * 0.25,
                    x + gw * 0.5 + gw * 0.15,
                    yr + gh * 0.25,
                ),
                col("#FFFFFF"),
            )
        # white trim: barge boards, corners, eave
        t = max(1.0, s * 0.045)
        self.line(x - o * 0.4, ye + o * 0.4, x + gw / 2, yr - t * 0.3, TRIM, t)
        self.line(x + gw / 2, yr - t * 0.3, x + gw + o * 0.4, ye + o * 0.4, TRIM, t)
        self.fill(QRectF(x, ye + t * 0.5, t, wh - t * 0.5), col(TRIM))
        self.fill(QRectF(x + gw - t * 0.5, ye, t, wh), col(TRIM))
        self.fill(QRectF(xl - t, ye + o, t, wh - o), col(TRIM))
        self.fill(QRectF(x + gw, ye + o, xl - x - gw, t * 0.7), col(mix(TRIM, shade_c, 0.2)))
        # windows
        ww, wwh = s * 0.16, s * 0.2
        for row in range(max(1, round(storeys))):
            yy = ground - wh + s * 0.17 + row * s * 0.55
            self.window(x + gw / 2 - ww / 2, yy, ww, wwh, lit)
            n = max(2, int(length * 1.6))
            xs = [x + gw + (xl - x - gw) * (i + 0.5) / (n + 1) for i in range(n + 1)]
            door_i = len(xs) // 2 if row == 0 else -1
            for i, wx in enumerate(xs):
                if i == door_i:
                    self.fill(QRectF(wx - s * 0.1, ground - s * 0.38, s * 0.2, s * 0.38), col(TRIM))
                    self.fill(
                        QRectF(wx - s * 0.075, ground - s * 0.35, s * 0.15, s * 0.35), col(door)
                    )
                else:
                    self.window(wx - ww / 2, yy, ww, wwh, lit)
        self.window(x + gw / 2 - ww * 0.35, yr + gh * 0.45, ww * 0.7, wwh * 0.55, lit, panes=2)
        p.restore()

    @tinted
    def boathouse(
        self, x: float, water: float, s: float, colors: tuple[str, str] = FALU, stilts: float = 0.12
    ) -> None:
        """A sjöbod: gable towards the water, a wide door, on short stilts."""
        base = water - s * stilts
        for i in range(4):
            sx = x + s * (0.08 + i * 0.28)
            self.line(
                sx,
                base,
                sx,
                water + s * 0.04,
                "#4B4038",
                max(1.2, s * 0.035),
                Qt.PenCapStyle.FlatCap,
            )
        gw, wh, gh = s, s * 0.55, s * 0.45
        side = s * 0.35
        self.fill(QRectF(x + gw, base - wh, side, wh), col(colors[1]))
        roof = ROOF if not self.m.winter else ("#F5F8FB", "#C9D7E5")
        self.fill(
            pts(
                x + gw / 2,
                base - wh - gh,
                x + gw / 2 + side,
                base - wh - gh,
                x + gw + side + s * 0.04,
                base - wh + s * 0.03,
                x + gw,
                base - wh + s * 0.03,
            ),
            col(roof[1]),
        )
        self.fill(
            pts(x, base, x, base - wh, x + gw / 2, base - wh - gh, x + gw, base - wh, x + gw, base),
            col(colors[0]),
        )
        t = max(1.0, s * 0.04)
        self.line(x - s * 0.03, base - wh + s * 0.03, x + gw / 2, base - wh - gh, TRIM, t)
        self.line(x + gw / 2, base - wh - gh, x + gw + s * 0.03, base - wh + s * 0.03, TRIM, t)
        dw = s * 0.42
        self.fill(
            QRectF(x + gw / 2 - dw / 2, base - wh * 0.78, dw, wh * 0.78),
            col(mix(colors[1], "#000000", 0.25)),
        )
        self.line(
            x + gw / 2,
            base - wh * 0.78,
            x + gw / 2,
            base,
            col(colors[0]),
            t * 0.6,
            Qt.PenCapStyle.FlatCap,
        )
        self.window(
            x + gw / 2 - s * 0.06,
            base - wh - gh * 0.55,
            s * 0.12,
            s * 0.12,
            self.m.lit_windows,
            panes=2,
        )

    @tinted
    def jetty(self, x0: float, x1: float, y: float, thick: float = 7.0) -> None:
        wood = mix("#8C7A66", self.m.depth[-1], 0.3)
        n = max(2, int((x1 - x0) / 45))
        for i in range(n + 1):
            px = x0 + (x1 - x0) * i / n
            self.line(
                px,
                y,
                px,
                y + thick * 3.2,
                mix(wood, "#000000", 0.35),
                thick * 0.55,
                Qt.PenCapStyle.FlatCap,
            )
        self.fill(QRectF(x0, y - thick, x1 - x0, thick), wood)
        self.fill(QRectF(x0, y - thick, x1 - x0, thick * 0.35), mix(wood, "#FFFFFF", 0.25))

    @tinted
    def flag(self, x: float, ground: float, hgt: float, wave_ph: float = 0.0) -> None:
        """A flagpole with a waving Swedish flag (no text, just the cross)."""
        self.line(
            x, ground, x, ground - hgt, "#F2F0EA", max(1.5, hgt * 0.018), Qt.PenCapStyle.FlatCap
        )
        self.ellipse(x, ground - hgt, hgt * 0.015, hgt * 0.015, col("#E8C76A"))
        fw, fh = hgt * 0.3, hgt * 0.19
        top = ground - hgt * 0.97

        def wav(u: float, v: float) -> QPointF:
            return QPointF(x + u * fw, top + v * fh + math.sin(u * 4.0 + wave_ph) * fh * 0.1 * u)

        def quad(u0: float, v0: float, u1: float, v1: float) -> QPolygonF:
            ring = [wav(u0 + (u1 - u0) * i / 8, v0) for i in range(9)]
            ring += [wav(u1 - (u1 - u0) * i / 8, v1) for i in range(9)]
            return QPolygonF(ring)

        self.fill(quad(0, 0, 1, 1), col(FLAG_BLUE))
        self.fill(quad(0.3, 0, 0.44, 1), col(FLAG_YELLOW))
        self.fill(quad(0, 0.42, 1, 0.58), col(FLAG_YELLOW))

    # ----- vehicles, boats, people --------------------------------------------------------

    def boat(
        self,
        x: float,
        wl: float,
        s: float,
        kind: str = "row",
        hull: str = "#F1EEE8",
        reflect: bool = True,
    ) -> None:
        """A small boat centred at x on the water line wl; kinds: row, motor, sail."""

        def draw(a: Art) -> None:
            a._boat(x, wl, s, kind, hull)

        if reflect and not self.m.winter:
            self.layer(draw, 0.3, mirror_at=wl, squash=0.8)
        draw(self)

    @tinted
    def _boat(self, x: float, wl: float, s: float, kind: str, hull: str) -> None:
        path = QPainterPath()
        path.moveTo(x - s * 0.5, wl - s * 0.14)
        path.lineTo(x + s * 0.5, wl - s * 0.2)
        path.quadTo(x + s * 0.42, wl + s * 0.02, x + s * 0.25, wl + s * 0.03)
        path.lineTo(x - s * 0.4, wl + s * 0.03)
        path.quadTo(x - s * 0.5, wl, x - s * 0.5, wl - s * 0.14)
        self.fill(path, col(hull))
        self.line(
            x - s * 0.49,
            wl - s * 0.1,
            x + s * 0.47,
            wl - s * 0.155,
            col("#2E4A62" if hull != "#2E4A62" else "#C8553D"),
            s * 0.025,
            Qt.PenCapStyle.FlatCap,
        )
        if kind == "motor":
            self.fill(
                pts(
                    x - s * 0.12,
                    wl - s * 0.17,
                    x - s * 0.08,
                    wl - s * 0.32,
                    x + s * 0.14,
                    wl - s * 0.32,
                    x + s * 0.2,
                    wl - s * 0.18,
                ),
                col("#E9E4DA"),
            )
            self.fill(
                pts(
                    x - s * 0.07,
                    wl - s * 0.2,
                    x - s * 0.05,
                    wl - s * 0.29,
                    x + s * 0.12,
                    wl - s * 0.29,
                    x + s * 0.15,
                    wl - s * 0.2,
                ),
                col("#3C556B"),
            )
        elif kind == "sail":
            self.line(x + s * 0.02, wl - s * 0.17, x + s * 0.02, wl - s * 1.25, "#5B5148", s * 0.02)
            self.fill(
                pts(
                    x + s * 0.0,
                    wl - s * 1.2,
                    x + s * 0.0,
                    wl - s * 0.24,
                    x - s * 0.42,
                    wl - s * 0.24,
                ),
                col("#FBF8F1"),
            )
            self.fill(
                pts(
                    x + s * 0.05,
                    wl - s * 1.12,
                    x + s * 0.44,
                    wl - s * 0.24,
                    x + s * 0.05,
                    wl - s * 0.24,
                ),
                col("#E9E2D4"),
            )

    @tinted
    def person(
        self,
        x: float,
        foot: float,
        s: float,
        jacket: str,
        pants: str = "#2E3A48",
        facing: int = 1,
        pose: str = "walk",
        pack: str | None = "#C8863A",
        hat: str | None = None,
        pole: bool = False,
    ) -> None:
        """A flat-style figure; s is the height. Poses: walk, stand, ski."""
        p = self.p
        p.save()
        p.translate(x, foot)
        p.scale(facing * s / 100.0, s / 100.0)
        dark = "#26313D"
        if pose == "ski":
            self.line(-40, 0, 34, -1, "#3B4652", 2.2)
            self.line(-22, 1.5, 46, 0.5, "#3B4652", 2.2)
            legs = [((0, -44), (-10, -22), (-24, -2)), ((2, -44), (12, -24), (24, -1))]
        elif pose == "walk":
            legs = [((-1, -44), (-7, -23), (-13, -2)), ((2, -44), (8, -23), (13, -2))]
        else:
            legs = [((-3, -44), (-4, -22), (-5, -2)), ((3, -44), (4, -22), (5, -2))]
        for (ax, ay), (bx, by), (cx, cy) in legs:
            path = QPainterPath()
            path.moveTo(ax, ay)
            path.lineTo(bx, by)
            path.lineTo(cx, cy)
            self.stroke(path, pants, 10.5)
            self.fill(QRectF(cx - 5, cy - 3, 11, 5), col(dark))
        if pack:
            path = QPainterPath()
            path.addRoundedRect(QRectF(-22, -84, 16, 40), 5, 5)
            self.fill(path, col(pack))
            self.fill(QRectF(-21, -58, 14, 3), col(mix(pack, "#000000", 0.25)))
        torso = QPainterPath()
        torso.moveTo(-9, -80)
        torso.cubicTo(-12, -70, -12, -55, -10, -42)
        torso.lineTo(11, -42)
        torso.cubicTo(12, -55, 12, -70, 9, -80)
        torso.quadTo(0, -84, -9, -80)
        self.fill(torso, col(jacket))
        self.fill(QRectF(-10, -47, 21, 5), col(mix(jacket, "#000000", 0.2)))
        if pose == "ski":
            arms = [((-4, -76), (-14, -60), (-22, -52)), ((5, -76), (14, -64), (24, -62))]
        elif pose == "walk":
            arms = [((-4, -76), (-8, -60), (-9, -48)), ((5, -76), (12, -62), (17, -52))]
        else:
            arms = [((-6, -76), (-9, -60), (-9, -47)), ((6, -76), (9, -60), (9, -47))]
        for i, ((ax, ay), (bx, by), (cx, cy)) in enumerate(arms):
            path = QPainterPath()
            path.moveTo(ax, ay)
            path.lineTo(bx, by)
            path.lineTo(cx, cy)
            self.stroke(path, mix(jacket, "#000000", 0.12 if i == 0 else 0.0), 7.5)
            self.ellipse(cx, cy, 3.2, 3.2, col(SKIN))
            if pole or pose == "ski":
                self.line(
                    cx, cy, cx + (10 if i else -6), 0 if pose != "ski" else -2, "#55606B", 1.8
                )
        self.ellipse(1, -89, 8.5, 9.2, col(SKIN))
        if hat:
            path = QPainterPath()
            path.moveTo(-8.8, -89)
            path.cubicTo(-9, -101, 10, -101, 9.8, -89)
            path.closeSubpath()
            self.fill(path, col(hat))
            self.ellipse(0.5, -99.5, 2.8, 2.8, col(mix(hat, "#FFFFFF", 0.4)))
        else:
            path = QPainterPath()
            path.moveTo(-8.5, -88)
            path.cubicTo(-9.5, -100, 9, -101, 9.6, -91)
            path.quadTo(2, -95, -2, -92)
            path.quadTo(-5, -86, -8.5, -84)
            path.closeSubpath()
            self.fill(path, col("#6B4A35"))
        p.restore()

    @tinted
    def bus(
        self, x: float, ground: float, s: float, body: str = "#F3F1EC", stripe: str = "#2F7A6D"
    ) -> None:
        """A regional bus seen from the side, length s."""
        h = s * 0.3
        path = QPainterPath()
        path.addRoundedRect(QRectF(x, ground - h - s * 0.03, s, h), s * 0.03, s * 0.03)
        self.fill(path, col(body))
        self.fill(QRectF(x, ground - h * 0.42, s, h * 0.16), col(stripe))
        glass = mix("#2E4254", self.m.sky[-1][1], 0.2)
        if self.m.lit_windows:
            glass = mix(LIGHT, "#2E4254", 0.25)
        self.fill(QRectF(x + s * 0.04, ground - h * 0.92, s * 0.78, h * 0.38), glass)
        for i in range(1, 7):
            xx = x + s * 0.04 + s * 0.78 * i / 7
            self.line(
                xx,
                ground - h * 0.92,
                xx,
                ground - h * 0.54,
                col(body),
                s * 0.008,
                Qt.PenCapStyle.FlatCap,
            )
        front = QPainterPath()
        front.addRoundedRect(
            QRectF(x + s * 0.86, ground - h * 0.92, s * 0.12, h * 0.58), s * 0.015, s * 0.015
        )
        self.fill(front, glass)
        self.fill(
            QRectF(x + s * 0.84, ground - h * 0.5, s * 0.012, h * 0.45),
            col(mix(body, "#000000", 0.15)),
        )
        for wx in (x + s * 0.18, x + s * 0.78):
            self.ellipse(wx, ground - s * 0.03, s * 0.055, s * 0.055, col("#262B31"))
            self.ellipse(wx, ground - s * 0.03, s * 0.025, s * 0.025, col("#9BA3AC"))
        self.ellipse(x + s * 0.99, ground - h * 0.18, s * 0.012, s * 0.01, col(LIGHT))

    @tinted
    def car(self, x: float, ground: float, s: float, body: str) -> None:
        h = s * 0.22
        path = QPainterPath()
        path.moveTo(x, ground - s * 0.06)
        path.lineTo(x, ground - h * 0.8)
        path.quadTo(x + s * 0.02, ground - h, x + s * 0.12, ground - h)
        path.lineTo(x + s * 0.25, ground - h)
        path.lineTo(x + s * 0.38, ground - h * 1.75)
        path.lineTo(x + s * 0.72, ground - h * 1.75)
        path.lineTo(x + s * 0.85, ground - h)
        path.quadTo(x + s, ground - h * 0.95, x + s, ground - h * 0.6)
        path.lineTo(x + s, ground - s * 0.06)
        path.closeSubpath()
        self.fill(path, col(body))
        glass = mix("#2E4254", self.m.sky[-1][1], 0.25)
        self.fill(
            pts(
                x + s * 0.29,
                ground - h * 1.05,
                x + s * 0.4,
                ground - h * 1.62,
                x + s * 0.54,
                ground - h * 1.62,
                x + s * 0.54,
                ground - h * 1.05,
            ),
            glass,
        )
        self.fill(
            pts(
                x + s * 0.57,
                ground - h * 1.05,
                x + s * 0.57,
                ground - h * 1.62,
                x + s * 0.7,
                ground - h * 1.62,
                x + s * 0.8,
                ground - h * 1.05,
            ),
            glass,
        )
        for wx in (x + s * 0.2, x + s * 0.8):
            self.ellipse(wx, ground - s * 0.06, s * 0.075, s * 0.075, col("#24282E"))
            self.ellipse(wx, ground - s * 0.06, s * 0.035, s * 0.035, col("#A8AFB8"))

    @tinted
    def moose(
        self, x: float, ground: float, s: float, facing: int = 1, antlers: bool = True
    ) -> None:
        """A moose in profile; s is about the height at the shoulder."""
        p = self.p
        p.save()
        p.translate(x, ground)
        p.scale(facing * s / 100.0, s / 100.0)
        body = "#3E302A" if not self.m.night else "#1A2230"
        far = mix(body, "#000000", 0.25)
        legc = mix(body, "#9A8B7C", 0.45)

        def leg(pts_: Sequence[tuple[float, float]], c: QColor | str, w: float) -> None:
            path = QPainterPath()
            path.moveTo(*pts_[0])
            for q in pts_[1:]:
                path.lineTo(*q)
            self.stroke(path, c, w)

        leg([(14, -52), (11, -28), (15, -2)], mix(legc, "#000000", 0.25), 4.6)
        leg([(-32, -54), (-40, -28), (-35, -2)], mix(legc, "#000000", 0.25), 5.0)
        if antlers:
            self.fill(self.antler(6, -3), far)
        path = QPainterPath()
        path.moveTo(-50, -86)
        path.cubicTo(-30, -92, -5, -92, 10, -100)
        path.cubicTo(18, -106, 28, -106, 34, -98)
        path.cubicTo(40, -96, 44, -98, 48, -100)
        path.lineTo(54, -100)
        path.cubicTo(62, -99, 72, -92, 80, -80)
        path.cubicTo(84, -74, 82, -68, 76, -68)
        path.cubicTo(70, -68, 64, -72, 58, -74)
        path.cubicTo(54, -74, 50, -70, 48, -64)
        path.lineTo(46, -53)
        path.cubicTo(44, -56, 42, -62, 38, -64)
        path.cubicTo(34, -60, 32, -54, 30, -50)
        path.cubicTo(15, -46, -20, -46, -40, -52)
        path.cubicTo(-48, -56, -55, -66, -54, -75)
        path.cubicTo(-54, -80, -52, -84, -50, -86)
        path.closeSubpath()
        self.fill(path, col(body))
        self.fill(pts(45, -99, 38, -109, 49, -102), col(body))
        leg([(25, -54), (27, -28), (26, -2)], legc, 4.8)
        leg([(-44, -60), (-50, -30), (-45, -2)], legc, 5.4)
        for hx in (26, -45):
            self.fill(QRectF(hx - 3, -3, 6.5, 3), col("#2A2220"))
        self.ellipse(63, -90, 1.3, 1.3, col("#14100E"))
        if antlers:
            self.fill(self.antler(0, 0), col(mix(body, "#C9B9A0", 0.5)))
        p.restore()

    def antler(self, dx: float, dy: float) -> QPolygonF:
        coords = [
            (48, -101),
            (42, -112),
            (30, -116),
            (24, -124),
            (31, -120),
            (33, -128),
            (38, -121),
            (42, -130),
            (46, -121),
            (51, -128),
            (53, -118),
            (57, -112),
            (54, -103),
        ]
        return QPolygonF([QPointF(px + dx, py + dy) for px, py in coords])


# --------------------------------------------------------------------------------------------
# Scene helpers shared by several compositions
# --------------------------------------------------------------------------------------------


def backdrop(a: Art, hz: float, sun_x: float | None = None, clouds: bool = True) -> float:
    """Sky, sun or northern lights and clouds; returns the sun's x for glitter on water."""
    sx = sun_x if sun_x is not None else a.r(0.15, 0.85) * a.w
    a.sky(hz)
    a.celestial(hz, sx)
    if clouds and not (a.m.night and a.rng.random() < 0.6):
        a.clouds(hz)
    return sx


def far_ranges(
    a: Art, hz: float, layers: int = 2, height: float = 1.0, water: bool = False
) -> list[Ridge]:
    """Distant hill ranges standing on the horizon line, farthest first."""
    out: list[Ridge] = []
    for i in range(layers):
        d = 0.05 + 0.22 * i
        bumps = a.bumps(
            a.rng.randint(3, 5),
            -100,
            a.w + 100,
            25 * height * (1 + i * 0.4),
            95 * height * (1 + i * 0.3),
            90,
            260,
        )
        rd = a.ridge(hz + (6 * i if water else 0), bumps, noise=2.5)
        bottom = hz + (6 * i if water else 40)
        a.hazy(d, rd, bottom + 1, 0.5)
        if i > 0:
            a.forest(rd, d, 6 + 2 * i)
        if water:
            a.reflect(rd, hz + 6 * i, mix(a.depth(d), a.m.sea[0], 0.35), 0.6)
        out.append(rd)
    return out


def island(
    a: Art, wl: float, cx: float, hw: float, ht: float, d: float, tree: float, cliff: bool = False
) -> Ridge:
    """An island rising from the water line wl, mirrored in the water, maybe with a cliff."""
    bumps = [
        (cx, hw, ht, a.r(2.5, 4.0)),
        (cx + a.r(-0.5, 0.5) * hw, hw * a.r(0.4, 0.7), ht * a.r(0.5, 0.95), 3.0),
    ]
    rd = a.ridge(wl, bumps, noise=1.5)
    c = a.depth(d)
    a.reflect(rd, wl, mix(c, a.m.sea[0], 0.25))
    a.land(rd, wl + 1, c, mix(c, a.m.haze, 0.25))
    if tree >= 10:
        a.forest_texture(
            rd, d, tree, wl - tree * 0.3, x0=cx - hw * 2.2, x1=cx + hw * 2.2, start=1.2
        )
    if cliff:
        side = 1 if a.rng.random() < 0.5 else -1
        lo, hi = sorted((cx + side * hw * 0.25, cx + side * hw * 1.7))
        path = QPainterPath()
        path.moveTo(lo, wl)
        x = lo
        while x <= hi:
            path.lineTo(x, rd.y_at(x) + tree * 0.3)
            x += 5
        path.lineTo(hi, wl)
        inner = lo if side > 0 else hi
        y_top = rd.y_at(inner)
        steps = 7
        for i in range(steps + 1):
            t = i / steps
            path.lineTo(inner + side * hw * 0.45 * (1 - t) + a.r(-8, 8), wl + (y_top - wl) * t)
        path.closeSubpath()
        clip = QPainterPath()
        clip.addRect(QRectF(lo - 50, -10, hi - lo + 100, wl + 10))
        a.facets(path.intersected(clip), lo - 10, hi + 10, rd.top, wl)
    if tree > 0:
        a.forest(rd, d, tree, x0=cx - hw * 2.2, x1=cx + hw * 2.2)
    return rd


def water_scene(a: Art, hz: float, n_islands: int = 2, sun_x: float | None = None) -> float:
    """Sky, far ranges and sea with islands; returns the sun x."""
    sx = backdrop(a, hz, sun_x)
    a.sea(hz)
    a.sun_glitter(sx, hz, a.h)
    far_ranges(a, hz, 2, 0.8, water=True)
    for i in range(n_islands):
        wl = hz + 18 + i * 40 + a.r(0, 14)
        cx = a.r(0.1, 0.9) * a.w
        island(
            a,
            wl,
            cx,
            a.r(80, 200),
            a.r(40, 95) * (1 + 0.2 * i),
            0.45 + 0.12 * i,
            7 + 3 * i,
            cliff=i == n_islands - 1,
        )
    a.ripples(hz + 4, a.h, 40, col(a.m.ripple, 130))
    return sx


def meadow(a: Art, top: float, wavy: float = 10.0) -> Ridge:
    """A gently rolling foreground field (snow in winter)."""
    rd = a.ridge(top, [(a.r(0, a.w), a.w * 0.6, wavy, 2.0)], noise=2.0)
    g0, g1 = a.m.ground
    a.land(rd, a.h + 10, col(g0), col(g1))
    return rd


def grass(a: Art, rd: Ridge, n: int, size: float = 14.0) -> None:
    if a.m.winter:
        return
    dark = mix(a.m.ground[1], a.m.forest_shade, 0.3)
    for _ in range(n):
        x = a.r(0, a.w)
        y = rd.y_at(x) + a.r(10, a.h - rd.y_at(x))
        s = size * (0.5 + (y - rd.top) / (a.h - rd.top))
        for k in (-1, 0, 1):
            a.line(x, y, x + k * s * 0.35 + a.r(-2, 2), y - s * a.r(0.7, 1.1), dark, 1.6)
        if not a.m.night and a.rng.random() < 0.35:
            flower = a.rng.choice(["#F3E7A2", "#FFFFFF", "#B8A0D8", "#E9B0C0"])
            a.ellipse(x + s * 0.3, y - s * 1.05, 2.6, 2.6, col(flower))


def edge_spruces(a: Art, ground: float, side: str = "both", size: float = 330.0) -> None:
    """Tall dark spruces partly outside the frame, framing the picture."""
    c = mix(a.m.depth[-1], a.m.forest_shade, 0.55)
    shade = col(a.m.forest_shade)
    sides = ["left", "right"] if side == "both" else [side]
    for sd in sides:
        for k in range(2):
            hh = size * a.r(0.85, 1.1) * (1 - k * 0.25)
            x = (a.r(-40, 25) + k * 70) if sd == "left" else (a.w - a.r(-40, 25) - k * 70)
            a.spruce(x, ground + 20, hh, c, shade, snow=a.m.winter)


def vignette(a: Art) -> None:
    g = QRadialGradient(QPointF(a.w / 2, a.h * 0.45), a.w * 0.75)
    g.setColorAt(0.6, col("#000000", 0))
    g.setColorAt(1.0, col("#10202C", 45))
    a.fill(QRectF(-5, -5, a.w + 10, a.h + 10), g)


# --------------------------------------------------------------------------------------------
# Landmarks and props
# --------------------------------------------------------------------------------------------


@tinted
def bridge(
    a: Art,
    x1: float,
    x2: float,
    wl: float,
    tower_h: float,
    deck_h: float,
    ends: tuple[float, float],
) -> None:
    """A suspension bridge like Höga Kusten-bron: two tall portal towers and a long main span."""
    light = "#ECE8E0" if not a.m.night else "#8FA3BA"
    shade = mix(light, a.m.depth[2], 0.45)
    cable = mix("#4C5563", a.m.sky[-1][1], 0.2)
    deck = wl - deck_h
    top = wl - tower_h
    span = x2 - x1
    unit = tower_h / 300.0

    def cable_y(x: float) -> float:
        if x1 <= x <= x2:
            t = (x - x1) / span
            return top + (deck - 6 * unit - top) * (1 - (2 * t - 1) ** 2)
        if x < x1:
            t = (x1 - x) / max(1.0, x1 - ends[0])
            return top + (deck - top) * t**1.3
        t = (x - x2) / max(1.0, ends[1] - x2)
        return top + (deck - top) * t**1.3

    # hangers
    x = ends[0] + 4
    while x < ends[1]:
        if abs(x - x1) > 6 * unit and abs(x - x2) > 6 * unit:
            a.line(
                x,
                cable_y(x),
                x,
                deck,
                col(cable, 150),
                max(0.6, 0.9 * unit),
                Qt.PenCapStyle.FlatCap,
            )
        x += 9 * unit
    # main cables
    path = QPainterPath()
    path.moveTo(ends[0], deck)
    xx = ends[0]
    while xx <= ends[1]:
        path.lineTo(xx, cable_y(xx))
        xx += 3
    a.stroke(path, cable, max(1.2, 2.4 * unit))
    # deck
    a.fill(QRectF(ends[0], deck - 4 * unit, ends[1] - ends[0], 7 * unit), col(shade))
    a.fill(QRectF(ends[0], deck - 4 * unit, ends[1] - ends[0], 2.5 * unit), col(light))
    # towers: two legs with cross beams
    for tx in (x1, x2):
        leg = 7 * unit
        for dx, c in ((-leg * 1.6, light), (leg * 0.6, shade)):
            a.fill(
                pts(
                    tx + dx,
                    wl,
                    tx + dx + leg * 0.35,
                    top,
                    tx + dx + leg * 1.35,
                    top,
                    tx + dx + leg,
                    wl,
                ),
                col(c),
            )
        for yy in (top + 6 * unit, top + (deck - top) * 0.45, deck + 2 * unit):
            a.fill(QRectF(tx - leg * 1.4, yy, leg * 3.2, 6 * unit), col(shade))
        a.fill(
            QRectF(tx - leg * 2.2, wl - 6 * unit, leg * 4.4, 8 * unit),
            col(mix(shade, "#000000", 0.15)),
        )
        if a.m.lit_windows:
            a.ellipse(tx - leg * 0.4, top - 3 * unit, 2.5 * unit, 2.5 * unit, col("#FF6B5A"))


@tinted
def manor(a: Art, x: float, ground: float, w: float, colors: tuple[str, str] = OCHRE) -> None:
    """A two-storey wooden museum building with a hipped roof, porch and columns."""
    hw, rh, o = w * 0.34, w * 0.17, w * 0.025
    lit = a.m.lit_windows
    roof = ("#5A4A48", "#463938") if not a.m.winter else ("#F5F8FB", "#C9D7E5")
    for cx in (x + w * 0.3, x + w * 0.7):
        a.fill(QRectF(cx, ground - hw - rh - w * 0.03, w * 0.04, rh * 0.6), col("#F0ECE4"))
    a.fill(
        pts(
            x - o,
            ground - hw,
            x + w + o,
            ground - hw,
            x + w - rh * 1.2,
            ground - hw - rh,
            x + rh * 1.2,
            ground - hw - rh,
        ),
        col(roof[0]),
    )
    a.fill(
        QRectF(x, ground - hw, w, hw),
        a.vgrad(ground - hw, ground, (0, colors[0]), (1, mix(colors[0], colors[1], 0.6))),
    )
    a.fill(QRectF(x, ground - hw, w, w * 0.02), col(mix(colors[1], "#000000", 0.1)))
    t = w * 0.018
    for xx in (x, x + w - t):
        a.fill(QRectF(xx, ground - hw, t, hw), col(TRIM))
    a.fill(QRectF(x, ground - hw * 0.5 - t * 0.4, w, t * 0.8), col(TRIM))
    n = 7
    for i in range(n):
        wx = x + w * (0.08 + 0.84 * i / (n - 1)) - w * 0.025
        for yy in (ground - hw + hw * 0.12, ground - hw * 0.5 + hw * 0.1):
            if i == n // 2 and yy > ground - hw * 0.5:
                continue
            a.window(wx, yy, w * 0.05, hw * 0.26, lit)
    # porch with columns and a pediment
    px = x + w / 2
    a.fill(
        QRectF(px - w * 0.07, ground - hw * 0.42, w * 0.14, hw * 0.42),
        col(mix(colors[1], "#000000", 0.15)),
    )
    a.fill(QRectF(px - w * 0.045, ground - hw * 0.36, w * 0.09, hw * 0.36), col("#4E3B30"))
    for cx in (px - w * 0.075, px + w * 0.06):
        a.fill(QRectF(cx, ground - hw * 0.5, w * 0.016, hw * 0.5), col(TRIM))
    a.fill(
        pts(
            px - w * 0.1, ground - hw * 0.5, px, ground - hw * 0.68, px + w * 0.1, ground - hw * 0.5
        ),
        col(TRIM),
    )
    a.fill(
        pts(
            px - w * 0.075,
            ground - hw * 0.52,
            px,
            ground - hw * 0.64,
            px + w * 0.075,
            ground - hw * 0.52,
        ),
        col(colors[0]),
    )
    for k in range(3):
        a.fill(
            QRectF(
                px - w * 0.09 - k * w * 0.012,
                ground + k * w * 0.012,
                w * 0.18 + k * w * 0.024,
                w * 0.012,
            ),
            col(mix("#C9C2B6", "#6F6A64", k * 0.25)),
        )


@tinted
def visitor_centre(a: Art, x: float, ground: float, w: float) -> None:
    """A modern timber visitor centre (naturum style) with a mono-pitch roof and glass front."""
    h1, h2 = w * 0.2, w * 0.34
    wood = ("#A8744A", "#8A5C3A") if not a.m.winter else ("#9C6E4A", "#7E5436")
    a.fill(pts(x, ground, x, ground - h1, x + w, ground - h2, x + w, ground), col(wood[0]))
    a.p.save()
    path = QPainterPath()
    path.addPolygon(pts(x, ground, x, ground - h1, x + w, ground - h2, x + w, ground))
    a.p.setClipPath(path)
    xx = x
    while xx < x + w:
        a.line(xx, ground, xx, ground - h2, col(wood[1]), 1.4, Qt.PenCapStyle.FlatCap)
        xx += w * 0.018
    a.p.restore()
    glass = col(LIGHT) if a.m.lit_windows else mix("#3B566B", a.m.sky[0][1], 0.35)
    gx0, gx1 = x + w * 0.3, x + w * 0.86
    a.fill(
        pts(
            gx0,
            ground,
            gx0,
            ground - h1 - (h2 - h1) * 0.3 + w * 0.03,
            gx1,
            ground - h1 - (h2 - h1) * 0.86 + w * 0.03,
            gx1,
            ground,
        ),
        glass,
    )
    for i in range(1, 7):
        gx = gx0 + (gx1 - gx0) * i / 7
        a.line(
            gx,
            ground,
            gx,
            ground - h1 - (h2 - h1) * (gx - x) / w + w * 0.03,
            "#2F3338",
            2.0,
            Qt.PenCapStyle.FlatCap,
        )
    if not a.m.lit_windows:
        a.fill(
            pts(
                gx0 + 20,
                ground,
                gx0 + 90,
                ground - h2 * 0.7,
                gx0 + 130,
                ground - h2 * 0.7,
                gx0 + 60,
                ground,
            ),
            col("#FFFFFF", 40),
        )
    roof = "#3C4046" if not a.m.winter else "#F4F7FA"
    a.fill(
        pts(
            x - w * 0.03,
            ground - h1 + 2,
            x - w * 0.03,
            ground - h1 - w * 0.025,
            x + w * 1.04,
            ground - h2 - w * 0.03,
            x + w * 1.04,
            ground - h2 + 2,
        ),
        col(roof),
    )


@tinted
def church(a: Art, x: float, ground: float, s: float) -> None:
    """A white Norrland church: nave with arched windows and a west tower with a cupola."""
    white, shade = "#F4F1EA", "#CDC8BF"
    roof = ("#3D4148", "#2F3238") if not a.m.winter else ("#F7F9FB", "#C9D7E5")
    nl, wh, gh = s * 2.6, s * 0.62, s * 0.45
    nx = x + s * 0.45
    a.fill(QRectF(nx, ground - wh, nl, wh), col(shade))
    a.fill(
        pts(
            nx - s * 0.03,
            ground - wh + 3,
            nx + nl + s * 0.05,
            ground - wh + 3,
            nx + nl - s * 0.1,
            ground - wh - gh,
            nx + s * 0.1,
            ground - wh - gh,
        ),
        col(roof[1]),
    )
    glass = col(LIGHT) if a.m.lit_windows else col("#3A4C5E")
    for i in range(4):
        wx = nx + nl * (0.25 + 0.2 * i)
        path = QPainterPath()
        path.moveTo(wx, ground - wh * 0.2)
        path.lineTo(wx, ground - wh * 0.62)
        path.arcTo(QRectF(wx, ground - wh * 0.75, s * 0.16, wh * 0.26), 180, -180)
        path.lineTo(wx + s * 0.16, ground - wh * 0.2)
        path.closeSubpath()
        a.fill(path, glass)
    # tower
    tw, th = s * 0.55, s * 1.35
    a.fill(QRectF(x, ground - th, tw, th), col(white))
    a.fill(QRectF(x + tw * 0.7, ground - th, tw * 0.3, th), col(mix(white, shade, 0.7)))
    a.fill(QRectF(x + tw * 0.32, ground - s * 0.42, tw * 0.36, s * 0.42), col("#5A4034"))
    cup = QPainterPath()
    cx, cy = x + tw / 2, ground - th
    cup.moveTo(x - s * 0.03, cy)
    cup.cubicTo(
        x - s * 0.02, cy - s * 0.25, cx - s * 0.12, cy - s * 0.3, cx - s * 0.05, cy - s * 0.45
    )
    cup.lineTo(cx + s * 0.05, cy - s * 0.45)
    cup.cubicTo(
        cx + s * 0.12, cy - s * 0.3, x + tw + s * 0.02, cy - s * 0.25, x + tw + s * 0.03, cy
    )
    cup.closeSubpath()
    a.fill(cup, col(roof[0]))
    a.fill(QRectF(cx - s * 0.06, cy - s * 0.62, s * 0.12, s * 0.18), col(white))
    a.fill(
        pts(cx - s * 0.08, cy - s * 0.62, cx, cy - s * 1.0, cx + s * 0.08, cy - s * 0.62),
        col(roof[0]),
    )
    a.line(cx, cy - s * 1.0, cx, cy - s * 1.12, "#C9A64A", s * 0.02)
    a.line(cx - s * 0.04, cy - s * 1.07, cx + s * 0.04, cy - s * 1.07, "#C9A64A", s * 0.02)
    path = QPainterPath()
    path.moveTo(cx - s * 0.08, cy - s * 0.05 - th * 0.3)
    path.arcTo(QRectF(cx - s * 0.08, cy + th * 0.12, s * 0.16, s * 0.16), 180, -180)
    path.lineTo(cx + s * 0.08, cy + th * 0.3)
    path.lineTo(cx - s * 0.08, cy + th * 0.3)
    path.closeSubpath()
    a.fill(path, col("#3A4450"))


@tinted
def longhouse(a: Art, x: float, ground: float, s: float) -> None:
    """An Iron Age longhouse with a turf roof, as at a reconstructed farm."""
    wall = "#6B5240" if not a.m.night else "#2C2A33"
    turf = ("#7E8F4A", "#5E6E38") if not a.m.winter else ("#F3F6FA", "#C7D4E2")
    ln, wh = s * 3.2, s * 0.3
    a.fill(QRectF(x, ground - wh, ln, wh), col(wall))
    for i in range(int(ln / (s * 0.07))):
        xx = x + i * s * 0.07
        a.line(
            xx,
            ground - wh,
            xx,
            ground,
            col(mix(wall, "#000000", 0.25)),
            1.2,
            Qt.PenCapStyle.FlatCap,
        )
    roof = QPainterPath()
    roof.moveTo(x - s * 0.15, ground - wh * 0.65)
    roof.cubicTo(
        x - s * 0.05,
        ground - s * 0.9,
        x + ln + s * 0.05,
        ground - s * 0.9,
        x + ln + s * 0.15,
        ground - wh * 0.65,
    )
    roof.closeSubpath()
    a.fill(roof, a.vgrad(ground - s * 0.75, ground - wh * 0.6, (0, turf[0]), (1, turf[1])))
    a.fill(QRectF(x + ln * 0.45, ground - wh * 0.95, s * 0.22, wh * 0.95), col("#3A2C24"))
    if a.m.lit_windows:
        a.fill(QRectF(x + ln * 0.47, ground - wh * 0.85, s * 0.18, wh * 0.85), col(LIGHT))
    a.ellipse(
        x + ln * 0.5, ground - s * 0.72, s * 0.05, s * 0.02, col(mix(turf[1], "#000000", 0.3))
    )


@tinted
def fence(a: Art, x0: float, x1: float, rd: Ridge, hgt: float, offset: float = 0.0) -> None:
    wood = mix("#8C7764", a.m.depth[-1], 0.35)
    x = x0
    while x < x1:
        y = rd.y_at(x) + offset
        a.line(x, y, x - hgt * 0.25, y - hgt, wood, max(1.2, hgt * 0.07))
        x += hgt * 0.35
    for k in (0.35, 0.7):
        path = QPainterPath()
        path.moveTo(x0, rd.y_at(x0) + offset - hgt * k)
        xx = x0
        while xx <= x1:
            path.lineTo(xx - hgt * 0.25 * k, rd.y_at(xx) + offset - hgt * k)
            xx += 10
        a.stroke(path, wood, max(1.0, hgt * 0.05))


@tinted
def tent(a: Art, x: float, ground: float, s: float, colour: str) -> None:
    """A ridge tent seen from the front-left, glowing inside at dusk."""
    apex = QPointF(x, ground - s * 0.62)
    back = QPointF(x + s * 0.95, ground - s * 0.55)
    a.fill(
        QPolygonF(
            [apex, back, QPointF(x + s * 1.45, ground - s * 0.02), QPointF(x + s * 0.5, ground)]
        ),
        mix(colour, "#000000", 0.25),
    )
    a.fill(pts(x - s * 0.5, ground, apex.x(), apex.y(), x + s * 0.5, ground), col(colour))
    door = col(LIGHT) if a.m.lit_windows else mix(colour, "#000000", 0.45)
    a.fill(pts(x - s * 0.2, ground, x, ground - s * 0.5, x + s * 0.2, ground), door)
    if a.m.lit_windows:
        a.ellipse(
            x, ground - s * 0.2, s * 0.9, s * 0.6, a.glow(x, ground - s * 0.2, s * 0.9, LIGHT, 90)
        )
    line = col("#D8D2C8", 160)
    a.line(apex.x(), apex.y(), x - s * 0.75, ground + s * 0.03, line, 1.2)
    a.line(back.x(), back.y(), x + s * 1.7, ground + s * 0.02, line, 1.2)


def campfire(a: Art, x: float, ground: float, s: float) -> None:
    a.ellipse(
        x, ground - s * 0.3, s * 2.4, s * 1.6, a.glow(x, ground - s * 0.3, s * 2.4, "#FFB25A", 110)
    )
    for i in range(7):
        ang = math.pi * (i / 6.0)
        a.ellipse(
            x - math.cos(ang) * s * 0.55,
            ground - math.sin(ang) * s * 0.08,
            s * 0.14,
            s * 0.1,
            col("#8B8580"),
        )
    a.line(x - s * 0.4, ground - s * 0.05, x + s * 0.35, ground - s * 0.18, "#5A3D2B", s * 0.09)
    a.line(x + s * 0.4, ground - s * 0.05, x - s * 0.3, ground - s * 0.2, "#6B4A33", s * 0.09)
    for dx, hh, c in ((-0.12, 0.75, "#F28A3C"), (0.1, 0.6, "#F6B24A"), (0.0, 0.45, "#FFE08A")):
        path = QPainterPath()
        bx = x + dx * s
        path.moveTo(bx - s * 0.18, ground - s * 0.1)
        path.cubicTo(
            bx - s * 0.2,
            ground - s * hh * 0.6,
            bx - s * 0.02,
            ground - s * hh * 0.7,
            bx + s * 0.02,
            ground - s * hh,
        )
        path.cubicTo(
            bx + s * 0.08,
            ground - s * hh * 0.6,
            bx + s * 0.22,
            ground - s * hh * 0.4,
            bx + s * 0.18,
            ground - s * 0.1,
        )
        path.closeSubpath()
        a.fill(path, col(c))


@tinted
def kayak(a: Art, x: float, wl: float, s: float, hull: str, jacket: str) -> None:
    """A sea kayak with its paddler, length s."""
    path = QPainterPath()
    path.moveTo(x - s / 2, wl - s * 0.02)
    path.quadTo(x, wl - s * 0.08, x + s / 2, wl - s * 0.035)
    path.quadTo(x, wl + s * 0.03, x - s / 2, wl - s * 0.02)
    a.fill(path, col(hull))
    a.line(
        x - s * 0.45,
        wl - s * 0.025,
        x + s * 0.45,
        wl - s * 0.045,
        mix(hull, "#FFFFFF", 0.35),
        s * 0.008,
    )
    px, py = x - s * 0.02, wl - s * 0.05
    torso = QPainterPath()
    torso.addRoundedRect(
        QRectF(px - s * 0.035, py - s * 0.14, s * 0.07, s * 0.14), s * 0.02, s * 0.02
    )
    a.fill(torso, col(jacket))
    a.ellipse(px + s * 0.003, py - s * 0.17, s * 0.026, s * 0.028, col(SKIN))
    a.fill(
        pts(
            px - s * 0.028,
            py - s * 0.175,
            px + s * 0.03,
            py - s * 0.19,
            px + s * 0.034,
            py - s * 0.175,
        ),
        col("#F3EEE2"),
    )
    ang = a.r(-0.5, 0.5)
    dx, dy = math.cos(ang) * s * 0.22, math.sin(ang) * s * 0.1
    a.line(px - dx, py - s * 0.09 - dy, px + dx, py - s * 0.09 + dy, "#39424D", s * 0.008)
    for sgn in (-1, 1):
        a.ellipse(px + sgn * dx, py - s * 0.09 + sgn * dy, s * 0.02, s * 0.008, col("#E8E2D6"))
    a.line(
        px - s * 0.02,
        py - s * 0.1,
        px - dx * 0.35,
        py - s * 0.09 - dy * 0.35,
        col(jacket),
        s * 0.016,
    )
    a.line(
        px + s * 0.02,
        py - s * 0.1,
        px + dx * 0.35,
        py - s * 0.09 + dy * 0.35,
        col(jacket),
        s * 0.016,
    )


@tinted
def ferry(a: Art, x: float, wl: float, s: float) -> None:
    """A small white passenger boat of the kind that serves the islands."""
    hull = QPainterPath()
    hull.moveTo(x - s * 0.5, wl - s * 0.1)
    hull.lineTo(x + s * 0.52, wl - s * 0.13)
    hull.quadTo(x + s * 0.45, wl + s * 0.01, x + s * 0.3, wl + s * 0.01)
    hull.lineTo(x - s * 0.46, wl + s * 0.01)
    hull.closeSubpath()
    a.fill(hull, col("#F4F2EC"))
    a.fill(QRectF(x - s * 0.48, wl - s * 0.035, s * 0.92, s * 0.035), col("#2E5E86"))
    a.fill(QRectF(x - s * 0.3, wl - s * 0.22, s * 0.55, s * 0.11), col("#EDEAE3"))
    a.fill(QRectF(x - s * 0.05, wl - s * 0.3, s * 0.28, s * 0.08), col("#E6E2DA"))
    glass = col(LIGHT) if a.m.lit_windows else mix("#2F4356", a.m.sky[-1][1], 0.2)
    for i in range(7):
        a.fill(QRectF(x - s * 0.27 + i * s * 0.072, wl - s * 0.195, s * 0.05, s * 0.05), glass)
    a.fill(QRectF(x + s * 0.0, wl - s * 0.285, s * 0.2, s * 0.04), glass)
    a.line(x + s * 0.1, wl - s * 0.3, x + s * 0.1, wl - s * 0.44, "#C9C4BA", s * 0.01)
    a.fill(QRectF(x - s * 0.2, wl - s * 0.36, s * 0.06, s * 0.06), col("#2E5E86"))


@tinted
def bicycle(a: Art, x: float, ground: float, s: float, frame: str) -> None:
    r = s * 0.28
    for wx in (x, x + s * 0.95):
        path = QPainterPath()
        path.addEllipse(QPointF(wx, ground - r), r, r)
        a.stroke(path, "#2B2F35", s * 0.05)
    fx = [
        QPointF(x, ground - r),
        QPointF(x + s * 0.35, ground - r),
        QPointF(x + s * 0.62, ground - r * 2.05),
        QPointF(x + s * 0.25, ground - r * 2.05),
    ]
    path = QPainterPath()
    path.moveTo(fx[0])
    for q in fx[1:]:
        path.lineTo(q)
    path.lineTo(fx[0])
    path.moveTo(fx[1])
    path.lineTo(x + s * 0.95, ground - r)
    path.lineTo(x + s * 0.66, ground - r * 2.5)
    a.stroke(path, frame, s * 0.045)
    a.line(x + s * 0.58, ground - r * 2.5, x + s * 0.75, ground - r * 2.55, "#2B2F35", s * 0.05)
    a.line(x + s * 0.18, ground - r * 2.3, x + s * 0.34, ground - r * 2.3, "#2B2F35", s * 0.06)
    a.fill(QRectF(x + s * 0.8, ground - r * 2.5, s * 0.2, s * 0.12), col("#8D6A45"))


@tinted
def bench(a: Art, x: float, ground: float, s: float) -> None:
    wood = "#8A5F3C" if not a.m.winter else "#7A5539"
    for lx in (x + s * 0.08, x + s * 0.9):
        a.line(lx, ground, lx, ground - s * 0.3, "#3B3A3A", s * 0.04, Qt.PenCapStyle.FlatCap)
    a.fill(QRectF(x, ground - s * 0.33, s, s * 0.06), col(wood))
    a.fill(QRectF(x, ground - s * 0.55, s, s * 0.06), col(wood))
    a.fill(QRectF(x, ground - s * 0.45, s, s * 0.06), col(mix(wood, "#000000", 0.15)))


@tinted
def bus_sign(a: Art, x: float, ground: float, s: float) -> None:
    """A bus stop pole with a blue sign carrying a bus pictogram (no text)."""
    a.line(x, ground, x, ground - s, "#8E969E", s * 0.035, Qt.PenCapStyle.FlatCap)
    sq = s * 0.3
    rect = QRectF(x - sq / 2, ground - s - sq * 0.2, sq, sq)
    path = QPainterPath()
    path.addRoundedRect(rect, sq * 0.08, sq * 0.08)
    a.fill(path, col("#2D64A8"))
    inner = QRectF(rect.x() + sq * 0.17, rect.y() + sq * 0.22, sq * 0.66, sq * 0.44)
    path = QPainterPath()
    path.addRoundedRect(inner, sq * 0.06, sq * 0.06)
    a.fill(path, col("#FFFFFF"))
    a.fill(
        QRectF(inner.x() + sq * 0.06, inner.y() + sq * 0.06, sq * 0.54, sq * 0.16), col("#2D64A8")
    )
    for wx in (inner.x() + sq * 0.15, inner.right() - sq * 0.15):
        a.ellipse(wx, inner.bottom(), sq * 0.07, sq * 0.07, col("#FFFFFF"))


@tinted
def info_sign(a: Art, x: float, ground: float, s: float) -> None:
    """A tourist information sign: a green square with a white 'i' made of shapes."""
    a.line(x, ground, x, ground - s, "#8E969E", s * 0.035, Qt.PenCapStyle.FlatCap)
    sq = s * 0.32
    rect = QRectF(x - sq / 2, ground - s - sq * 0.2, sq, sq)
    path = QPainterPath()
    path.addRoundedRect(rect, sq * 0.1, sq * 0.1)
    a.fill(path, col("#2E7D5B"))
    a.ellipse(rect.center().x(), rect.y() + sq * 0.25, sq * 0.08, sq * 0.08, col("#FFFFFF"))
    path = QPainterPath()
    path.addRoundedRect(
        QRectF(rect.center().x() - sq * 0.07, rect.y() + sq * 0.4, sq * 0.14, sq * 0.42),
        sq * 0.03,
        sq * 0.03,
    )
    a.fill(path, col("#FFFFFF"))


@tinted
def map_board(a: Art, x: float, ground: float, s: float) -> None:
    """A roofed trailhead board with an abstract map (lakes, forest, dashed trail)."""
    wood = "#7A5536"
    for lx in (x + s * 0.06, x + s * 0.94):
        a.fill(QRectF(lx - s * 0.025, ground - s * 0.95, s * 0.05, s * 0.95), col(wood))
    a.fill(
        pts(
            x - s * 0.08,
            ground - s * 0.9,
            x + s * 0.5,
            ground - s * 1.08,
            x + s * 1.08,
            ground - s * 0.9,
        ),
        col("#5A3D2A" if not a.m.winter else "#F2F6FA"),
    )
    board = QRectF(x + s * 0.08, ground - s * 0.85, s * 0.84, s * 0.5)
    a.fill(board, col("#5E4330"))
    inner = board.adjusted(s * 0.03, s * 0.03, -s * 0.03, -s * 0.03)
    a.fill(inner, col("#EFE8D6"))
    a.p.save()
    a.p.setClipRect(inner)
    a.ellipse(
        inner.x() + inner.width() * 0.3,
        inner.y() + inner.height() * 0.4,
        s * 0.12,
        s * 0.07,
        col("#9CC3D5"),
    )
    a.ellipse(inner.right(), inner.bottom(), s * 0.3, s * 0.2, col("#9CC3D5"))
    a.ellipse(
        inner.x() + inner.width() * 0.7,
        inner.y() + inner.height() * 0.25,
        s * 0.14,
        s * 0.09,
        col("#B9D3A0"),
    )
    a.ellipse(inner.x() + inner.width() * 0.1, inner.bottom(), s * 0.16, s * 0.12, col("#B9D3A0"))
    path = QPainterPath()
    path.moveTo(inner.x(), inner.y() + inner.height() * 0.8)
    path.cubicTo(
        inner.x() + inner.width() * 0.4,
        inner.y() + inner.height() * 0.9,
        inner.x() + inner.width() * 0.5,
        inner.y() + inner.height() * 0.1,
        inner.right(),
        inner.y() + inner.height() * 0.3,
    )
    pen = QPen(col("#C8553D"), s * 0.012)
    pen.setDashPattern([2.5, 2.0])
    a.p.setPen(pen)
    a.p.setBrush(Qt.BrushStyle.NoBrush)
    a.p.drawPath(path)
    a.p.restore()


@tinted
def signpost(a: Art, x: float, ground: float, s: float) -> None:
    """A trail signpost with blank arrow boards."""
    a.line(x, ground, x, ground - s, "#6B4A33", s * 0.05, Qt.PenCapStyle.FlatCap)
    for yy, dirn, c in ((0.88, 1, "#E9DFC9"), (0.7, -1, "#E2D6BC"), (0.52, 1, "#E9DFC9")):
        y = ground - s * yy
        ln = s * 0.42
        x0 = x if dirn > 0 else x - ln
        x1 = x + ln if dirn > 0 else x
        tip = x1 + s * 0.07 if dirn > 0 else x0 - s * 0.07
        if dirn > 0:
            poly = pts(x0, y, x1, y, tip, y + s * 0.045, x1, y + s * 0.09, x0, y + s * 0.09)
        else:
            poly = pts(x1, y, x0, y, tip, y + s * 0.045, x0, y + s * 0.09, x1, y + s * 0.09)
        a.fill(poly, col(c))
        a.line(
            x0 + s * 0.05,
            y + s * 0.045,
            x1 - s * 0.05,
            y + s * 0.045,
            col("#C8553D", 160),
            s * 0.012,
        )


# --------------------------------------------------------------------------------------------
# Compositions: one function per subject
# --------------------------------------------------------------------------------------------


def inland(a: Art, gy: float, layers: int = 3) -> Ridge:
    """Sky, far ranges and forested hills behind a field whose top edge is at gy."""
    hz = gy - a.r(40, 90)
    backdrop(a, hz)
    far_ranges(a, hz, 2, 1.2)
    for i in range(layers - 2):
        d = 0.55 + 0.15 * i
        bumps = a.bumps(3, -100, a.w + 100, 40, 120, 150, 320, 2.0, 3.2)
        rd = a.ridge(gy - 5 + i * 10, bumps, noise=3)
        a.hazy(d, rd, gy + 30, 0.35)
        a.forest(rd, d, 14 + 4 * i, rows=2)
    fld = meadow(a, gy, 8)
    return fld


def scene_coast(a: Art) -> None:
    hz = a.h * a.r(0.48, 0.56)
    water_scene(a, hz, 2)
    left = a.rng.random() < 0.5
    x0, x1 = (-20, a.w * a.r(0.45, 0.6)) if left else (a.w * a.r(0.4, 0.55), a.w + 20)
    yl, yr = (a.h * 0.74, a.h * 0.9) if left else (a.h * 0.9, a.h * 0.74)
    a.slab(x0, x1, yl, yr, a.r(20, 50))
    a.slab(
        x0 + (x1 - x0) * 0.3 if left else x0 - 60,
        x1 + 60 if left else x1 - (x1 - x0) * 0.3,
        a.h * 0.92,
        a.h * 0.95,
        25,
    )
    px = x0 + (x1 - x0) * (0.35 if left else 0.65)
    a.pine(px, a.h * 0.8, a.r(260, 330), lean=a.r(0.05, 0.15) * (1 if left else -1))
    if not a.m.winter:
        bx = a.w * (0.7 if left else 0.3) + a.r(-60, 60)
        a.boat(bx, hz + (a.h - hz) * 0.35, a.r(60, 80), "sail")
    if not a.m.night:
        a.birds(a.w * a.r(0.3, 0.7), hz * 0.45, 3)
    edge_spruces(a, a.h * 0.78, "left" if left else "right", 300)


def scene_forest_lake(a: Art) -> None:
    hz = a.h * a.r(0.5, 0.58)
    sx = backdrop(a, hz - 60)
    far_ranges(a, hz - 60, 1, 1.2)
    a.sea(hz)
    a.sun_glitter(sx, hz, a.h)
    for i in range(2):
        d = 0.45 + 0.25 * i
        bumps = a.bumps(3, -50, a.w + 50, 70 + 30 * i, 160 + 40 * i, 140, 300, 2.2, 3.0)
        rd = a.ridge(hz + 1, bumps, noise=3)
        c = a.depth(d)
        a.reflect(rd, hz, mix(c, a.m.sea[0], 0.2), 0.85)
        a.land(rd, hz + 1, c, mix(c, a.m.haze, 0.25))
        a.forest(rd, d, 12 + 6 * i, rows=2)
    a.ripples(hz + 3, a.h, 55, col(a.m.ripple, 140))
    shore = a.ridge(
        a.h * 0.86, [(a.w * 0.15, a.w * 0.35, 70, 2.4), (a.w * 0.9, a.w * 0.2, 40, 2.4)], noise=2
    )
    g0, g1 = a.m.ground
    a.land(shore, a.h + 10, col(g0), col(g1))
    grass(a, shore, 40)
    jx = a.w * a.r(0.45, 0.6)
    a.jetty(jx, jx + a.w * 0.28, a.h * 0.8, 8)
    if not a.m.winter:
        a.boat(
            jx + a.w * 0.2, a.h * 0.86, 120, "row", a.rng.choice(["#C8553D", "#F1EEE8", "#5C8FB0"])
        )
    edge_spruces(a, a.h * 0.84, "both", 360)


def scene_mountain(a: Art) -> None:
    """A high coast mountain like Skuleberget: a steep bare face over forest and farmland."""
    gy = a.h * 0.74
    hz = gy - 30
    backdrop(a, hz, a.w * a.r(0.1, 0.3))
    far_ranges(a, hz, 1, 1.0)
    cx = a.w * a.r(0.5, 0.62)
    mt = a.ridge(
        gy, [(cx, 250, 430, 3.2), (cx + 230, 200, 250, 2.6), (cx - 330, 220, 160, 2.4)], noise=4
    )
    c = a.depth(0.7)
    a.land(mt, gy + 40, c, mix(c, a.m.haze, 0.2))
    a.forest_texture(mt, 0.7, 18, gy + 10, start=0.8)
    # bare cobble fields below the summit: round stones left by the sea as the land rose
    for k in range(2):
        x0 = cx + 60 + k * 90
        top = [
            QPointF(x, mt.y_at(x) + 60 + k * 50 + a.r(-6, 6))
            for x in range(int(x0), int(x0 + 110), 10)
        ]
        bottom = [QPointF(q.x(), q.y() + 45 + a.r(-8, 8)) for q in top]
        patch = QPainterPath()
        patch.addPolygon(QPolygonF(top + list(reversed(bottom))))
        patch.closeSubpath()
        a.fill(patch, col(mix(a.m.granite[1], "#A3A39C", 0.75)))
        a.p.save()
        a.p.setClipPath(patch)
        for _ in range(90):
            a.ellipse(
                a.r(x0, x0 + 110),
                a.r(top[0].y() - 30, bottom[0].y() + 40),
                3.0,
                2.2,
                col(mix(a.m.granite[0], "#FFFFFF", 0.25), 190),
            )
        a.p.restore()
        a.tree_row(
            Ridge(x0, 10, [q.y() for q in bottom]),
            x0,
            x0 + 100,
            (5, 9),
            (14, 20),
            c,
            mix(c, a.m.forest_shade, 0.35),
            sink=0.6,
        )
    # the steep face
    lo, hi = cx - 215, cx - 25
    top_pts: list[QPointF] = []
    bottom_pts: list[QPointF] = []
    x = lo
    while x <= hi:
        top_pts.append(QPointF(x, mt.y_at(x) + 6))
        t = (x - lo) / (hi - lo)
        depth = 30 + 230 * max(0.0, 1 - abs(2 * t - 0.8)) ** 0.7
        bottom_pts.append(QPointF(x, mt.y_at(x) + depth + (a.r(-30, 30) if 0.1 < t < 0.9 else 0)))
        x += 14
    face = QPainterPath()
    face.addPolygon(QPolygonF(top_pts + list(reversed(bottom_pts))))
    face.closeSubpath()
    a.facets(face, lo, hi, mt.top, gy)
    lower = Ridge(lo, 14, [q.y() for q in bottom_pts])
    a.tree_row(lower, lo, hi, (6, 10), (16, 24), c, mix(c, a.m.forest_shade, 0.35), sink=0.5)
    a.forest(mt, 0.7, 17)
    fld = meadow(a, gy, 6)
    for i in range(3):
        y = gy + 18 + i * 22
        a.fill(
            QRectF(-10, y, a.w + 20, 8 + i * 3),
            col(mix(a.m.ground[0], a.m.ground[1], 0.25 + 0.2 * i)),
        )
    hx = a.w * a.r(0.12, 0.3)
    a.house(hx, gy + 50, 48, FALU, length=1.4)
    a.house(hx + 120, gy + 46, 40, GREY_WOOD, length=2.2, chimney=False)
    for i in range(4):
        a.leafy(
            hx - 40 + i * 75 + a.r(-10, 10),
            gy + 60 + a.r(0, 20),
            a.r(60, 90),
            a.rng.choice(a.m.leaves),
        )
    fence(a, -10, a.w + 10, fld, 22, offset=120)
    grass(a, fld, 50)


def scene_crevasse(a: Art) -> None:
    """Looking through a narrow cleft in the granite (Slåttdalsskrevan)."""
    gx = a.w * a.r(0.45, 0.55)
    hz = a.h * 0.55
    backdrop(a, hz, gx, clouds=False)
    far_ranges(a, hz, 2, 1.1)
    rd = a.ridge(a.h * 0.72, [(gx, 260, 120, 2.4)], noise=3)
    a.hazy(0.55, rd, a.h, 0.3)
    a.forest(rd, 0.55, 16, rows=2)
    g = a.m.granite
    for side in (-1, 1):
        path = QPainterPath()
        edge = gx + side * a.r(45, 70)
        outer = -20 if side < 0 else a.w + 20
        path.moveTo(outer, -20)
        y = -20.0
        path.lineTo(edge + side * 30, -20)
        while y < a.h + 20:
            y += a.r(40, 110)
            path.lineTo(edge + side * (a.r(0, 40) + (y / a.h) * 90), y)
        path.lineTo(outer, a.h + 20)
        path.closeSubpath()
        a.facets(path, min(outer, edge) - 40, max(outer, edge) + 60, -20, a.h + 20, dark_share=0.6)
        a.p.save()
        a.p.setClipPath(path)
        a.fill(
            QRectF(-20, -20, a.w + 40, a.h + 40),
            a.vgrad(0, a.h, (0, col(g[2], 40)), (1, col("#000000", 110))),
        )
        a.p.restore()
        for i in range(6):
            x = edge + side * (40 + i * 55) + a.r(-15, 15)
            a.spruce(
                x,
                a.r(10, 60),
                a.r(90, 150),
                mix(a.m.depth[-1], "#000000", 0.25),
                col(a.m.forest_shade),
                snow=a.m.winter,
            )
    floor = a.ridge(a.h * 0.9, [(gx, 300, 25, 2.0)], noise=4)
    a.land(floor, a.h + 10, mix(g[2], "#000000", 0.2), mix(g[2], "#000000", 0.45))
    for _ in range(9):
        a.boulder(a.r(gx - 260, gx + 260), a.r(a.h * 0.9, a.h), a.r(18, 46))
    a.person(
        gx - 8,
        a.h * 0.84,
        58,
        a.rng.choice(["#D9553B", "#E8A33D", "#3F7FB5"]),
        facing=1,
        hat="#2F4A6A",
        pole=True,
    )


def village_setting(a: Art) -> tuple[float, list[tuple[float, float, float, tuple[str, str]]]]:
    """Water, a forested hill and a village slope; returns the shore line and planned boathouses."""
    hz = a.h * a.r(0.33, 0.38)
    sx = backdrop(a, hz)
    a.sea(hz)
    a.sun_glitter(sx, hz, a.h)
    far_ranges(a, hz, 1, 0.8, water=True)
    shore = hz + a.r(170, 200)
    vx0 = a.w * a.r(-0.05, 0.2)
    vx1 = vx0 + a.w * a.r(0.7, 0.85)
    vc = (vx0 + vx1) / 2
    hill = a.ridge(
        shore,
        [(vc + a.r(-150, 150), a.w * 0.5, a.r(180, 220), 2.6), (a.r(0, 1) * a.w, 220, 130, 3.0)],
        noise=3,
    )
    c = a.depth(0.6)
    a.reflect(hill, shore, mix(c, a.m.sea[0], 0.2), 0.55)
    a.land(hill, shore + 1, c, mix(c, a.m.ground[1], 0.3))
    a.forest_texture(hill, 0.6, 15, shore - 20, start=0.9)
    a.forest(hill, 0.6, 15)
    slope = a.ridge(shore, [(vc, (vx1 - vx0) / 2 + 30, 105, 5.0)], noise=3)
    a.land(slope, shore + 1, col(mix(a.m.ground[0], c, 0.35)), col(mix(a.m.ground[1], c, 0.2)))
    for tier, (dy, s0) in enumerate(((78, 26), (48, 32), (18, 38))):
        x = vx0 + a.r(0, 60)
        while x < vx1 - 60:
            s = s0 * a.r(0.85, 1.1)
            if a.rng.random() < 0.8:
                colours = a.rng.choice([FALU, FALU, FALU, OCHRE, WHITE_HOUSE, FALU])
                a.house(
                    x,
                    shore - dy + a.r(-6, 6),
                    s,
                    colours,
                    length=a.r(1.0, 1.6),
                    flip=a.rng.random() < 0.4,
                )
            elif tier < 2:
                a.leafy(x + s, shore - dy + 6, s * 2.2, a.rng.choice(a.m.leaves))
            x += s * a.r(2.6, 3.6)
    sheds: list[tuple[float, float, float, tuple[str, str]]] = []
    x = vx0 + a.r(0, 40)
    while x < vx1:
        s = a.r(50, 72)
        sheds.append((x, shore + 8, s, a.rng.choice([FALU, FALU, GREY_WOOD, FALU, OCHRE])))
        x += s * a.r(1.4, 2.0)
    return shore, sheds


def scene_fishing_village(a: Art) -> None:
    shore, sheds = village_setting(a)
    a.fill(QRectF(-10, shore - 3, a.w + 20, 9), col(a.m.granite[1]))

    def draw(b: Art) -> None:
        for x, y, s, c in sheds:
            b.boathouse(x, y, s, c)

    a.layer(draw, 0.32, mirror_at=shore + 8, squash=0.85)
    draw(a)
    a.ripples(shore + 10, a.h, 70, col(a.m.ripple, 150))
    if not a.m.winter:
        a.boat(
            a.w * a.r(0.3, 0.7),
            shore + a.r(70, 110),
            a.r(110, 140),
            a.rng.choice(["row", "motor"]),
            a.rng.choice(["#F1EEE8", "#C8553D", "#2E4A62"]),
        )
    left = a.rng.random() < 0.5
    x0, x1 = (-20, a.w * 0.42) if left else (a.w * 0.58, a.w + 20)
    py = a.h * 0.86
    if not a.m.winter:
        a.boat(
            x1 + 120 if left else x0 - 120,
            py + 40,
            240,
            "motor",
            a.rng.choice(["#F1EEE8", "#2E4A62"]),
        )
    a.jetty(x0, x1, py, 22)
    bollard = x1 - 40 if left else x0 + 40
    a.fill(QRectF(bollard - 9, py - 46, 18, 26), a.c("#3A3F46"))
    a.fill(QRectF(bollard - 13, py - 50, 26, 7), a.c("#4A5058"))
    if not a.m.night:
        a.birds(a.w * 0.6, a.h * 0.12, 4)


def scene_bridge(a: Art) -> None:
    hz = a.h * a.r(0.58, 0.62)
    sx = backdrop(a, hz, a.w * a.r(0.35, 0.65))
    a.sea(hz)
    a.sun_glitter(sx, hz, a.h)
    far_ranges(a, hz, 2, 0.6, water=True)
    wl = hz + 28
    island(a, wl, -60, 210, 230, 0.72, 14)
    island(a, wl, a.w + 60, 230, 200, 0.72, 14)
    x1, x2 = a.w * 0.2, a.w * 0.8

    def draw(b: Art) -> None:
        bridge(b, x1, x2, wl, 300, 70, (a.w * 0.04, a.w * 0.96))

    if not a.m.winter:
        a.layer(draw, 0.28, mirror_at=wl, squash=0.7)
    draw(a)
    a.ripples(wl + 4, a.h, 50, col(a.m.ripple, 140))
    if not a.m.winter:
        a.boat(a.w * a.r(0.35, 0.65), a.h * 0.82, 90, "sail")
    a.slab(-20, a.w * 0.35, a.h * 0.9, a.h * 0.97, 20)


def scene_museum(a: Art, modern: bool | None = None) -> None:
    gy = a.h * 0.72
    fld = inland(a, gy)
    w = a.w * a.r(0.42, 0.5)
    x = a.w * a.r(0.22, 0.32)
    if modern is None:
        modern = a.rng.random() < 0.35
    for i in range(3):
        a.leafy(x - 60 - i * 70, gy + 40 + a.r(0, 20), a.r(150, 200), a.rng.choice(a.m.leaves))
    if modern:
        visitor_centre(a, x, gy + 70, w)
    else:
        manor(a, x, gy + 70, w, a.rng.choice([OCHRE, WHITE_HOUSE, FALU]))
    a.flag(x + w + 90, gy + 80, 240, a.r(0, 6))
    path = QPainterPath()
    px = x + w / 2
    path.moveTo(px - 40, gy + 72)
    path.lineTo(px + 40, gy + 72)
    path.lineTo(px + 190, a.h + 10)
    path.lineTo(px - 150, a.h + 10)
    path.closeSubpath()
    a.fill(
        path,
        a.vgrad(
            gy,
            a.h,
            (0, mix("#D9CDB8", a.m.ground[0], 0.3)),
            (1, mix("#C2B49B", a.m.ground[1], 0.3)),
        ),
    )
    for i in range(2):
        a.leafy(x + w + 180 + i * 90, gy + 120 + i * 30, a.r(200, 260), a.rng.choice(a.m.leaves))
    grass(a, fld, 40)
    bench(a, px + 180, gy + 150, 80)


def scene_church(a: Art) -> None:
    gy = a.h * 0.7
    fld = inland(a, gy)
    s = a.r(120, 140)
    x = a.w * a.r(0.2, 0.3)
    church(a, x, gy + 60, s)
    fence(a, -10, a.w + 10, fld, 26, offset=110)
    for i in range(5):
        a.leafy(
            x + s * 3.4 + i * 60 + a.r(-10, 10),
            gy + 80 + a.r(0, 20),
            a.r(140, 200),
            a.rng.choice(a.m.leaves),
        )
    a.leafy(x - 70, gy + 90, 220, a.rng.choice(a.m.leaves))
    grass(a, fld, 50)


@tinted
def sheep(a: Art, x: float, ground: float, s: float, facing: int = 1) -> None:
    """A grazing sheep: woolly body, dark head and legs."""
    wool = "#F1ECE2" if not a.m.winter else "#E6E2DA"
    dark = "#2E2A28"
    for dx in (-0.28, -0.12, 0.14, 0.3):
        a.line(
            x + dx * s,
            ground - s * 0.25,
            x + dx * s,
            ground,
            dark,
            s * 0.06,
            Qt.PenCapStyle.FlatCap,
        )
    body = QPainterPath()
    body.setFillRule(Qt.FillRule.WindingFill)
    for k in range(5):
        body.addEllipse(
            QPointF(x + (k - 2) * s * 0.14, ground - s * 0.42 - (k % 2) * s * 0.05),
            s * 0.2,
            s * 0.18,
        )
    body.addEllipse(QPointF(x, ground - s * 0.36), s * 0.42, s * 0.16)
    a.fill(body, col(wool))
    hx = x + facing * s * 0.46
    a.ellipse(hx, ground - s * 0.3, s * 0.1, s * 0.13, col(dark))
    a.ellipse(hx - facing * s * 0.05, ground - s * 0.4, s * 0.06, s * 0.03, col(dark))


def scene_fornby(a: Art) -> None:
    gy = a.h * 0.7
    fld = inland(a, gy)
    x = a.w * a.r(0.1, 0.2)
    longhouse(a, x, gy + 60, 150)
    longhouse(a, x + 560, gy + 30, 70)
    fence(a, -10, a.w + 10, fld, 40, offset=95)
    for i in range(3):
        a.leafy(a.w * 0.72 + i * 80, gy + 40, a.r(160, 220), a.rng.choice(a.m.leaves))
    for _ in range(5):
        sheep(
            a,
            a.r(0.3, 0.95) * a.w,
            gy + a.r(110, 200),
            a.r(50, 64),
            1 if a.rng.random() < 0.5 else -1,
        )
    edge_spruces(a, a.h * 0.82, "left", 360)
    grass(a, fld, 50)


def scene_cabin(a: Art) -> None:
    hz = a.h * a.r(0.46, 0.5)
    sx = backdrop(a, hz)
    a.sea(hz)
    a.sun_glitter(sx, hz, a.h)
    far_ranges(a, hz, 2, 0.8, water=True)
    island(a, hz + 30, a.w * a.r(0.4, 0.8), a.r(150, 220), a.r(60, 90), 0.5, 10)
    left = a.rng.random() < 0.6
    cx = a.w * (0.3 if left else 0.7)
    land_y = a.h * 0.72
    shore = a.ridge(land_y, [(cx, a.w * 0.36, 70, 3.0)], noise=2)
    g0, g1 = a.m.ground
    a.reflect(shore, land_y, mix(g1, a.m.sea[0], 0.3), 0.5)
    a.ripples(hz + 4, a.h, 40, col(a.m.ripple, 130))
    for i in range(9):
        x = cx + a.r(-0.32, 0.32) * a.w
        a.spruce(
            x,
            shore.y_at(x) + 40,
            a.r(170, 280),
            a.depth(0.88 + 0.015 * i),
            col(a.m.forest_shade),
            snow=a.m.winter,
        )
    a.land(shore, a.h + 10, col(g0), col(g1))
    s = 150
    hx = cx - s * 1.25
    ground = shore.y_at(cx) + 55
    a.house(hx, ground, s, FALU if a.rng.random() < 0.8 else OCHRE, length=1.3, flip=not left)
    if a.m.lit_windows or a.m.winter:
        chim = (
            hx + s * (0.5 + 1.3 * 0.62) + s * 0.06
            if left
            else hx + s * 2.3 - s * (0.5 + 1.3 * 0.62) - s * 0.06
        )
        for k in range(5):
            a.ellipse(
                chim + k * 10,
                ground - s * 1.2 - k * 26,
                12 + k * 7,
                8 + k * 4,
                col("#FFFFFF", 80 - k * 14),
            )
    a.leafy(cx + (s * 1.5 if left else -s * 1.5), ground + 20, 230, a.rng.choice(a.m.leaves))
    for _ in range(3):
        a.boulder(cx + a.r(-0.3, 0.3) * a.w, a.h * a.r(0.9, 0.98), a.r(18, 34))
    path = QPainterPath()
    path.moveTo(cx - 20, ground + 2)
    path.cubicTo(cx - 10, ground + 60, cx + 60, a.h * 0.9, cx + 20, a.h + 10)
    path.lineTo(cx + 110, a.h + 10)
    path.cubicTo(cx + 120, a.h * 0.9, cx + 30, ground + 60, cx + 20, ground + 2)
    path.closeSubpath()
    a.fill(path, col(mix(g1, "#B9A78A" if not a.m.winter else "#C9D6E3", 0.5)))
    jx = a.w * (0.72 if left else 0.06)
    a.jetty(jx, jx + a.w * 0.22, a.h * 0.8, 9)
    if not a.m.winter:
        a.boat(jx + a.w * 0.12, a.h * 0.87, 130, "row", a.rng.choice(["#C8553D", "#F1EEE8"]))
    grass(a, shore, 30)


def scene_tent(a: Art) -> None:
    hz = a.h * 0.56
    sx = backdrop(a, hz)
    a.sea(hz)
    a.sun_glitter(sx, hz, a.h)
    far_ranges(a, hz, 2, 1.0, water=True)
    island(a, hz + 40, a.w * a.r(0.3, 0.7), 220, 90, 0.5, 11)
    a.ripples(hz + 4, a.h, 40, col(a.m.ripple, 130))
    left = a.rng.random() < 0.5
    x0, x1 = (-20, a.w * 0.7) if left else (a.w * 0.3, a.w + 20)
    a.slab(x0, x1, a.h * 0.76 if left else a.h * 0.9, a.h * 0.9 if left else a.h * 0.76, 40)
    a.slab(
        x0 - 200 if left else x0 + 250, x1 - 250 if left else x1 + 200, a.h * 0.93, a.h * 0.93, 25
    )
    tx = a.w * (0.3 if left else 0.68)
    tent(a, tx, a.h * 0.79, 170, a.rng.choice(["#E07A3F", "#3E8E6E", "#D9B44A"]))
    campfire(a, tx + (260 if left else -170), a.h * 0.88, 60)
    if not a.m.winter:
        kx = a.w * (0.8 if left else 0.2)
        kayak(a, kx, a.h * 0.9, 320, a.rng.choice(["#D9553B", "#E8B53D"]), "#2E7D5B")
    a.pine(a.w * (0.07 if left else 0.93), a.h * 0.82, 420, 0.08 if left else -0.08)


def scene_lean_to(a: Art) -> None:
    """A wooden lean-to shelter (vindskydd) with a fire ring, as along the trail."""
    gy = a.h * 0.66
    fld = inland(a, gy)
    x = a.w * a.r(0.3, 0.4)
    for i in range(7):
        tx = x + a.r(-80, 420)
        a.spruce(
            tx,
            a.h * 0.7 + a.r(-10, 20),
            a.r(200, 300),
            a.depth(0.85 + 0.02 * i),
            col(a.m.forest_shade),
            snow=a.m.winter,
        )
    lean_to(a, x, a.h * 0.84, 340)
    campfire(a, x + 190 + a.r(-20, 20), a.h * 0.95, 55)
    for dx in (-60, 330):
        a.fill(QRectF(x + dx, a.h * 0.95, 120, 20), a.c("#8A5F3C"))
        a.ellipse(x + dx + 120, a.h * 0.95 + 10, 8, 10, a.c("#C9A27A"))
    grass(a, fld, 40)
    edge_spruces(a, a.h * 0.85, "both", 380)


@tinted
def lean_to(a: Art, x: float, base: float, s: float) -> None:
    """A vindskydd seen from the front left and a little above: open front, sloping roof."""
    log, log_dark, inner = "#A0734A", "#7A5334", "#4A3424"
    dx, dy = s * 0.36, -s * 0.46
    wdt, hf, hb = s, s * 0.72, s * 0.36

    def q(px: float, py: float) -> QPointF:
        return QPointF(px, py)

    f0, f1 = q(x, base), q(x + wdt, base)
    b0, b1 = q(x + dx, base + dy), q(x + wdt + dx, base + dy)

    def up(pt: QPointF, hh: float) -> QPointF:
        return QPointF(pt.x(), pt.y() - hh)

    a.fill(QPolygonF([b0, up(b0, hb), up(b1, hb), b1]), a.c(inner))
    for i in range(1, 6):
        t = i / 6
        a.line(b0.x(), b0.y() - hb * t, b1.x(), b1.y() - hb * t, a.c("#35261B"), 2)
    a.fill(QPolygonF([f0, up(f0, hf), up(b0, hb), b0]), a.c(mix(inner, log_dark, 0.5)))
    a.fill(QPolygonF([f0, f1, b1, b0]), a.c("#B88B5E"))
    for i in range(1, 6):
        t = i / 6
        a.line(
            f0.x() + dx * t, f0.y() + dy * t, f1.x() + dx * t, f1.y() + dy * t, a.c("#9A7049"), 1.5
        )
    a.fill(QPolygonF([f1, up(f1, hf), up(b1, hb), b1]), a.c(log))
    for i in range(1, 10):
        t = i / 10
        a.line(f1.x(), f1.y() - hf * t, b1.x(), b1.y() - hb * t, a.c(log_dark), 2.0)
    a.fill(QRectF(f0.x() - s * 0.03, f0.y() - s * 0.05, wdt + s * 0.06, s * 0.06), a.c(log_dark))
    a.fill(QRectF(f0.x() - s * 0.02, up(f0, hf).y(), s * 0.045, hf), a.c(log))
    roof_c = "#5C6157" if not a.m.winter else "#F4F7FA"
    o = s * 0.07
    r0, r1 = QPointF(f0.x() - o, f0.y() - hf - o * 0.3), QPointF(f1.x() + o, f1.y() - hf - o * 0.3)
    r2, r3 = (
        QPointF(b1.x() + o * 0.6, b1.y() - hb + o * 0.4),
        QPointF(b0.x() - o * 0.6, b0.y() - hb + o * 0.4),
    )
    a.fill(QPolygonF([r0, r1, r2, r3]), a.c(roof_c))
    a.fill(
        QPolygonF([r0, r1, QPointF(r1.x(), r1.y() + s * 0.04), QPointF(r0.x(), r0.y() + s * 0.04)]),
        a.c(mix(roof_c, "#000000", 0.3)),
    )


def scene_hostel(a: Art) -> None:
    gy = a.h * 0.64
    fld = inland(a, gy)
    s = 150
    x = a.w * a.r(0.12, 0.3)
    a.house(x + s * 3.2, a.h * 0.8, 70, FALU, length=1.4)
    a.house(x, a.h * 0.86, s, a.rng.choice([WHITE_HOUSE, OCHRE, FALU]), length=1.8, storeys=1.9)
    a.flag(x + s * 3.0, a.h * 0.9, 280, a.r(0, 6))
    for i in range(3):
        a.leafy(x - 90 + i * 50, a.h * 0.9, a.r(180, 240), a.rng.choice(a.m.leaves))
    bench(a, x + s * 3.25, a.h * 0.95, 110)
    bicycle(a, x + s * 1.4, a.h * 0.92, 100, a.rng.choice(["#C8553D", "#3F7FB5"]))
    grass(a, fld, 40)
    edge_spruces(a, a.h * 0.84, "right", 360)


def scene_hiker(a: Art, town: bool = False) -> None:
    hz = a.h * a.r(0.5, 0.56)
    water_scene(a, hz, 1 if town else 2)
    if town:
        far_town(a, hz)
    left = a.rng.random() < 0.5
    ledge_y = a.h * 0.72
    path = QPainterPath()
    if left:
        path.moveTo(-20, a.h + 20)
        path.lineTo(-20, ledge_y - 40)
        path.cubicTo(a.w * 0.2, ledge_y - 60, a.w * 0.45, ledge_y - 10, a.w * 0.55, ledge_y + 30)
        path.lineTo(a.w * 0.6, a.h + 20)
    else:
        path.moveTo(a.w + 20, a.h + 20)
        path.lineTo(a.w + 20, ledge_y - 40)
        path.cubicTo(a.w * 0.8, ledge_y - 60, a.w * 0.55, ledge_y - 10, a.w * 0.45, ledge_y + 30)
        path.lineTo(a.w * 0.4, a.h + 20)
    path.closeSubpath()
    a.facets(
        path,
        -20 if left else a.w * 0.38,
        a.w * 0.62 if left else a.w + 20,
        ledge_y - 60,
        a.h + 20,
        0.25,
        contrast=0.6,
    )
    top = QPainterPath(path)
    a.p.save()
    a.p.setClipPath(top)
    a.fill(
        QRectF(-20, ledge_y - 80, a.w + 40, 70),
        a.vgrad(
            ledge_y - 80, ledge_y - 10, (0, col(a.m.granite[0], 220)), (1, col(a.m.granite[0], 0))
        ),
    )
    a.p.restore()
    hx = a.w * (0.3 if left else 0.7)
    jackets = ["#D9553B", "#E8A33D", "#3F7FB5", "#2E7D5B"]
    a.rng.shuffle(jackets)
    foot = ledge_y - 42
    a.person(
        hx,
        foot,
        170,
        jackets[0],
        facing=1 if left else -1,
        pose="stand",
        hat=a.rng.choice(["#2F4A6A", "#C8553D", None]),
        pole=True,
    )
    if a.rng.random() < 0.6:
        a.person(
            hx - (90 if left else -90),
            foot + 6,
            150,
            jackets[1],
            facing=1 if left else -1,
            pose="walk",
            pack="#5B6B45",
            pole=True,
        )
    a.pine(a.w * (0.08 if left else 0.92), ledge_y, 380, 0.1 if left else -0.1)


@tinted
def far_town(a: Art, hz: float) -> None:
    """A small town on the far shore: pale blocks with windows and a church spire."""
    x = a.w * a.r(0.35, 0.45)
    end = x + a.w * 0.45
    lit = a.m.lit_windows
    while x < end:
        w, h = a.r(18, 40), a.r(16, 46)
        a.fill(
            QRectF(x, hz - h, w, h + 2),
            col(a.rng.choice(["#E9E4DA", "#D9C7AE", "#C9D2D6", "#B5402E", "#E0B252"])),
        )
        for k in range(int(h / 10)):
            a.fill(
                QRectF(x + 4, hz - h + 4 + k * 10, w - 8, 2.5),
                col(LIGHT, 220) if lit else col("#5A6A78", 120),
            )
        x += w + a.r(0, 6)
    sx = a.w * 0.5
    a.fill(QRectF(sx, hz - 60, 10, 60), col("#F2EFE8"))
    a.fill(pts(sx - 2, hz - 60, sx + 5, hz - 90, sx + 12, hz - 60), col("#4A4F58"))
    a.fill(QRectF(-10, hz - 2, a.w + 20, 4), col(a.m.sea[0]))


def scene_kayak(a: Art) -> None:
    hz = a.h * a.r(0.42, 0.48)
    water_scene(a, hz, 3)
    for i in range(a.rng.randint(1, 2)):
        x = a.w * a.r(0.35, 0.6) + i * 260
        wl = a.h * (0.76 + 0.1 * i)
        s = 520 + 80 * i
        hull = a.rng.choice(["#D9553B", "#E8B53D", "#3F7FB5"])
        jacket = a.rng.choice(["#2E7D5B", "#E07A3F", "#F2C94C"])
        for k in range(5):
            a.line(
                x - s * 0.5 - k * 40,
                wl + k * 5,
                x - s * 0.5 - k * 40 - 60,
                wl + k * 5 + 2,
                col(a.m.ripple, 200 - k * 30),
                2.2,
            )

        def draw(
            b: Art,
            x: float = x,
            wl: float = wl,
            s: float = s,
            hull: str = hull,
            jacket: str = jacket,
        ) -> None:
            kayak(b, x, wl, s, hull, jacket)

        a.layer(draw, 0.3, mirror_at=wl, squash=0.8)
        draw(a)


def scene_ski(a: Art) -> None:
    gy = a.h * 0.62
    fld = inland(a, gy)
    vx = a.w * a.r(0.4, 0.6)
    for off in (-16, 16):
        path = QPainterPath()
        path.moveTo(vx + off * 0.3, gy + 10)
        path.cubicTo(
            vx + off, gy + 120, a.w * 0.25 + off * 3, a.h * 0.8, a.w * 0.35 + off * 4, a.h + 20
        )
        a.stroke(path, col(a.m.ground[1]), 4.0)
    a.person(
        a.w * 0.38,
        a.h * 0.8,
        190,
        a.rng.choice(["#D9553B", "#3F7FB5", "#E8A33D"]),
        pose="ski",
        pack=None,
        hat="#F2F0EA",
    )
    for i in range(4):
        x = a.w * (0.72 + 0.08 * i) + a.r(-20, 20)
        a.spruce(
            x,
            fld.y_at(x) + 60 + i * 10,
            a.r(180, 260),
            a.depth(0.95),
            col(a.m.forest_shade),
            snow=True,
        )
    edge_spruces(a, a.h * 0.85, "left", 360)


def scene_fishing(a: Art) -> None:
    hz = a.h * 0.52
    sx = backdrop(a, hz)
    a.sea(hz)
    a.sun_glitter(sx, hz, a.h)
    far_ranges(a, hz, 1, 1.0, water=True)
    for i in range(2):
        island(
            a,
            hz + 14 + i * 30,
            a.w * (0.2 + 0.6 * i) + a.r(-80, 80),
            a.r(160, 260),
            a.r(90, 140),
            0.55 + 0.15 * i,
            12,
        )
    for i in range(3):
        y = hz + 20 + i * 25
        a.fill(
            QRectF(-10, y, a.w + 20, 14),
            a.vgrad(
                y, y + 14, (0, col("#FFFFFF", 0)), (0.5, col("#FFFFFF", 70)), (1, col("#FFFFFF", 0))
            ),
        )
    a.ripples(hz + 4, a.h, 45, col(a.m.ripple, 140))
    bx, wl = a.w * a.r(0.45, 0.6), a.h * 0.78

    def draw(b: Art) -> None:
        b.person(bx - 30, wl - 20, 150, "#5B6B45", pose="stand", pack=None, hat="#C8553D")
        b._boat(bx, wl, 260, "row", "#F1EEE8")
        rod = QPainterPath()
        rod.moveTo(bx - 14, wl - 95)
        rod.quadTo(bx + 120, wl - 230, bx + 230, wl - 190)
        b.stroke(rod, "#4A3C30", 3)
        line = QPainterPath()
        line.moveTo(bx + 230, wl - 190)
        line.quadTo(bx + 250, wl - 90, bx + 270, wl + 10)
        b.stroke(line, col("#FFFFFF", 150), 1.2)

    a.layer(draw, 0.28, mirror_at=wl + 6, squash=0.8)
    draw(a)
    a.ellipse(bx + 270, wl + 12, 30, 5, col(a.m.ripple, 160))


def scene_climb(a: Art) -> None:
    hz = a.h * 0.36
    sx = backdrop(a, hz, a.w * 0.25)
    a.sea(hz)
    a.sun_glitter(sx, hz, a.h)
    far_ranges(a, hz, 2, 0.6, water=True)
    for i in range(3):
        island(
            a,
            hz + 30 + i * 60,
            a.w * a.r(0.05, 0.5),
            a.r(120, 220),
            a.r(40, 80),
            0.5 + 0.1 * i,
            7 + 2 * i,
        )
    land = a.ridge(a.h * 0.95, [(a.w * 0.2, a.w * 0.4, 190, 2.4)], noise=3)
    a.hazy(0.8, land, a.h + 10, 0.25)
    a.forest(land, 0.8, 24, rows=3)
    path = QPainterPath()
    path.moveTo(a.w + 20, -20)
    x = a.w * 0.58
    path.lineTo(x, -20)
    y = -20.0
    while y < a.h:
        y += a.r(60, 130)
        path.lineTo(x + a.r(-30, 30) - (y / a.h) * 40, y)
    path.lineTo(a.w + 20, a.h + 20)
    path.closeSubpath()
    a.facets(path, a.w * 0.5, a.w + 20, -20, a.h + 20, 0.4)
    cable = QPainterPath()
    cable.moveTo(a.w * 0.72, a.h + 10)
    cable.lineTo(a.w * 0.7, a.h * 0.62)
    cable.lineTo(a.w * 0.8, a.h * 0.38)
    cable.lineTo(a.w * 0.76, -10)
    a.stroke(cable, "#59616B", 2.5)
    for yy in range(40, int(a.h), 38):
        a.line(a.w * 0.73 + 40, yy, a.w * 0.73 + 62, yy, "#8A9199", 4)
    a.person(a.w * 0.74, a.h * 0.5, 150, "#E8A33D", pose="walk", pack="#3F7FB5", hat="#D9553B")


def scene_boat_tour(a: Art) -> None:
    hz = a.h * a.r(0.44, 0.5)
    water_scene(a, hz, 3)
    x, wl, s = a.w * a.r(0.35, 0.6), a.h * 0.78, 460

    def draw(b: Art) -> None:
        ferry(b, x, wl, s)

    a.layer(draw, 0.3, mirror_at=wl, squash=0.8)
    draw(a)
    for k in range(6):
        a.line(
            x - s * 0.5 - k * 30,
            wl + k * 6,
            x - s * 0.5 - k * 30 - 90,
            wl + k * 7,
            col("#FFFFFF", 190 - k * 25),
            2.5,
        )
    if not a.m.night:
        a.birds(x + 200, wl - 250, 4)


def scene_wildlife(a: Art) -> None:
    gy = a.h * 0.66
    fld = inland(a, gy)
    for i in range(2):
        y = gy - 10 + i * 35
        a.fill(
            QRectF(-10, y, a.w + 20, 26),
            a.vgrad(
                y, y + 26, (0, col("#FFFFFF", 0)), (0.5, col("#FFFFFF", 80)), (1, col("#FFFFFF", 0))
            ),
        )
    left = a.rng.random() < 0.5
    mx = a.w * (0.35 if left else 0.62)
    a.moose(mx, a.h * 0.86, 270, facing=1 if left else -1, antlers=a.rng.random() < 0.7)
    grass(a, fld, 70, 18)
    edge_spruces(a, a.h * 0.84, "right" if left else "left", 380)


def road(a: Art, y: float, h: float) -> None:
    a.fill(
        QRectF(-10, y, a.w + 20, h),
        a.vgrad(
            y,
            y + h,
            (0, "#6E737A" if not a.m.winter else "#C9D3DE"),
            (1, "#5C6168" if not a.m.winter else "#B4C1CF"),
        ),
    )
    x = -20.0
    while x < a.w:
        a.fill(QRectF(x, y + h * 0.47, 50, h * 0.07), col("#EDEBE4"))
        x += 110
    a.fill(QRectF(-10, y - 3, a.w + 20, 4), col(mix(a.m.ground[1], "#6E737A", 0.5)))


def scene_bus(a: Art) -> None:
    gy = a.h * 0.6
    fld = inland(a, gy)
    for i in range(2):
        a.house(
            a.w * (0.55 + 0.18 * i) + a.r(-20, 20),
            gy + 28 + i * 6,
            34,
            a.rng.choice([FALU, FALU, OCHRE]),
            length=1.4,
        )
    road(a, a.h * 0.72, 70)
    a.bus(
        a.w * a.r(0.08, 0.3),
        a.h * 0.775,
        430,
        a.rng.choice(["#F3F1EC", "#E9E3D3"]),
        a.rng.choice(["#2F7A6D", "#2D64A8", "#C8553D"]),
    )
    sx = a.w * 0.78
    shelter = QRectF(sx, a.h * 0.93 - 140, 200, 140)
    a.fill(shelter, col("#BFD3DD", 120))
    a.fill(
        QRectF(sx - 8, shelter.y() - 14, 216, 16), col("#3E4650" if not a.m.winter else "#F4F7FA")
    )
    for xx in (sx, sx + 196):
        a.fill(QRectF(xx, shelter.y(), 5, 140), col("#5A626C"))
    bench(a, sx + 30, a.h * 0.93, 140)
    bus_sign(a, sx - 50, a.h * 0.95, 260)
    a.fill(QRectF(-10, a.h * 0.93, a.w + 20, a.h), col(mix(a.m.ground[1], "#000000", 0.08)))
    grass(a, fld, 20)


def scene_info(a: Art) -> None:
    gy = a.h * 0.64
    fld = inland(a, gy)
    path = QPainterPath()
    cx = a.w * a.r(0.45, 0.55)
    path.moveTo(cx - 12, gy + 5)
    path.cubicTo(cx + 60, gy + 80, cx - 200, a.h * 0.8, cx - 160, a.h + 10)
    path.lineTo(cx + 120, a.h + 10)
    path.cubicTo(cx + 10, a.h * 0.8, cx + 100, gy + 80, cx + 12, gy + 5)
    path.closeSubpath()
    a.fill(
        path,
        a.vgrad(
            gy,
            a.h,
            (0, mix("#D8CBB3", a.m.ground[0], 0.4)),
            (1, mix("#BFAE92", a.m.ground[1], 0.3)),
        ),
    )
    map_board(a, a.w * 0.08, a.h * 0.88, 330)
    info_sign(a, a.w * 0.42, a.h * 0.9, 300)
    signpost(a, a.w * 0.72, a.h * 0.92, 260)
    bench(a, a.w * 0.78, a.h * 0.96, 150)
    grass(a, fld, 40)
    edge_spruces(a, a.h * 0.8, "right", 420)


@tinted
def shop(a: Art, x: float, ground: float, s: float, colours: tuple[str, str]) -> None:
    """A village shop: a two-storey wooden house with shop windows, sign board and awning."""
    length = 2.2
    a.house(x, ground, s, colours, length=length, storeys=1.8, door="#2F4A5E")
    gw = s
    sx0, sx1 = x + gw, x + gw + s * length
    lit = a.m.lit_windows
    # cover the ground-floor windows with a shop front
    front = QRectF(sx0 + s * 0.12, ground - s * 0.52, sx1 - sx0 - s * 0.24, s * 0.52)
    a.fill(front, col(colours[1]))
    glass = col(LIGHT) if lit else mix("#3B4E60", a.m.sky[-1][1], 0.3)
    pane_w = (front.width() - s * 0.5) / 2
    for i, gx in enumerate((front.x() + s * 0.08, front.right() - s * 0.08 - pane_w)):
        win = QRectF(gx, front.y() + s * 0.14, pane_w, s * 0.3)
        a.fill(win.adjusted(-s * 0.025, -s * 0.025, s * 0.025, s * 0.025), col(TRIM))
        a.fill(win, glass)
        for k in range(2):
            shelf_y = win.y() + win.height() * (0.45 + 0.38 * k)
            a.line(
                win.x(),
                shelf_y,
                win.right(),
                shelf_y,
                col("#FFFFFF", 90),
                2,
                Qt.PenCapStyle.FlatCap,
            )
            xx = win.x() + 6
            while xx < win.right() - 14:
                ww, hh = a.r(9, 16), a.r(12, 20)
                tone = a.rng.choice(["#C8553D", "#E8B53D", "#3F7FB5", "#5E9A66", "#F2EEE6"])
                a.fill(
                    QRectF(xx, shelf_y - hh, ww, hh),
                    col(mix(tone, LIGHT if lit else "#3B4E60", 0.35)),
                )
                xx += ww + a.r(3, 6)
        if i == 0 and not lit:
            a.fill(
                pts(
                    win.x() + 10,
                    win.bottom(),
                    win.x() + 50,
                    win.y(),
                    win.x() + 75,
                    win.y(),
                    win.x() + 35,
                    win.bottom(),
                ),
                col("#FFFFFF", 45),
            )
    door = QRectF(front.center().x() - s * 0.11, ground - s * 0.4, s * 0.22, s * 0.4)
    a.fill(door.adjusted(-s * 0.025, -s * 0.025, s * 0.025, 0), col(TRIM))
    a.fill(door, glass)
    a.line(
        door.center().x(),
        door.y(),
        door.center().x(),
        door.bottom(),
        col(TRIM),
        s * 0.02,
        Qt.PenCapStyle.FlatCap,
    )
    # sign board without text: a plain board with a small emblem
    board = QRectF(front.x() + s * 0.25, front.y() - s * 0.02, front.width() - s * 0.5, s * 0.12)
    path = QPainterPath()
    path.addRoundedRect(board, s * 0.02, s * 0.02)
    a.fill(path, col("#24414F"))
    a.ellipse(board.center().x(), board.center().y(), s * 0.035, s * 0.035, col(FLAG_YELLOW))
    # awning
    aw = QPainterPath()
    ay = front.y() + s * 0.1
    aw.moveTo(front.x(), ay)
    aw.lineTo(front.right(), ay)
    aw.lineTo(front.right() + s * 0.04, ay + s * 0.1)
    k = 12
    for i in range(k + 1):
        xx = front.right() + s * 0.04 - (front.width() + s * 0.08) * i / k
        aw.lineTo(xx, ay + s * (0.1 if i % 2 == 0 else 0.13))
    aw.closeSubpath()
    a.p.save()
    a.p.setClipRect(QRectF(front.x() - 40, ay - 2, front.width() + 80, s * 0.13))
    a.fill(aw, col(a.rng.choice(["#2E6E5A", "#2F5E86", "#B5402E"])))
    a.p.restore()
    for k in range(3):
        a.fill(
            QRectF(
                door.x() - s * 0.08 - k * s * 0.03,
                ground + k * s * 0.04,
                door.width() + s * 0.16 + k * s * 0.06,
                s * 0.04,
            ),
            col(mix("#BDB5A8", "#6F6A64", k * 0.3)),
        )


@tinted
def petrol_canopy(a: Art, x: float, ground: float, s: float) -> None:
    """A small rural filling station canopy with two pumps (no brand, no text)."""
    roof = QRectF(x, ground - s * 0.75, s * 1.5, s * 0.1)
    for px in (x + s * 0.2, x + s * 1.3):
        a.fill(
            QRectF(px - s * 0.03, roof.bottom(), s * 0.06, ground - roof.bottom()), col("#D8D6D0")
        )
    a.fill(roof, col("#F2F0EA" if not a.m.winter else "#FFFFFF"))
    a.fill(QRectF(x, roof.bottom() - s * 0.03, s * 1.5, s * 0.03), col("#2F7A6D"))
    if a.m.lit_windows:
        a.fill(QRectF(x + s * 0.05, roof.bottom(), s * 1.4, s * 0.015), col(LIGHT))
    for px in (x + s * 0.55, x + s * 0.95):
        pump = QPainterPath()
        pump.addRoundedRect(
            QRectF(px - s * 0.07, ground - s * 0.32, s * 0.14, s * 0.32), s * 0.02, s * 0.02
        )
        a.fill(pump, col("#EDEBE5"))
        a.fill(QRectF(px - s * 0.05, ground - s * 0.28, s * 0.1, s * 0.07), col("#3A4A58"))
        a.fill(QRectF(px - s * 0.07, ground - s * 0.12, s * 0.14, s * 0.03), col("#2F7A6D"))
        hose = QPainterPath()
        hose.moveTo(px + s * 0.07, ground - s * 0.22)
        hose.quadTo(px + s * 0.14, ground - s * 0.1, px + s * 0.09, ground - s * 0.16)
        a.stroke(hose, "#2B2F35", s * 0.012)


def scene_service_point(a: Art, petrol: bool, colours: tuple[str, str], setting: str) -> None:
    """A village shop that is a service point: by a road, a lake or a harbour."""
    if setting == "road":
        fld = inland(a, a.h * 0.6)
        grass(a, fld, 15)
    else:
        hz = a.h * a.r(0.44, 0.5)
        sx = backdrop(a, hz)
        a.sea(hz)
        a.sun_glitter(sx, hz, a.h)
        far_ranges(a, hz, 2, 0.9, water=True)
        island(a, hz + 30, a.w * a.r(0.55, 0.9), a.r(150, 220), a.r(60, 100), 0.5, 10)
        a.ripples(hz + 4, a.h, 40, col(a.m.ripple, 130))
    yard = a.h * 0.84
    top = a.h * 0.68
    ground = a.ridge(top, [(a.w * 0.4, a.w * 0.7, 20, 2.0)], noise=2)
    g0, g1 = a.m.ground
    gravel = (mix("#D3C8B4", g0, 0.4), mix("#BCAF98", g1, 0.3))
    if setting == "harbour":
        a.fill(
            QRectF(-10, top + 20, a.w + 20, a.h), a.vgrad(top, a.h, (0, "#A39C92"), (1, "#8A847C"))
        )
        a.fill(QRectF(-10, top + 20, a.w + 20, 8), a.c("#BDB6AC"))
    else:
        a.land(ground, a.h + 10, col(g0), col(g1))
        a.fill(
            QRectF(-10, yard - 40, a.w + 20, 60),
            a.vgrad(yard - 40, yard + 20, (0, gravel[0]), (1, gravel[1])),
        )
    flip = a.rng.random() < 0.4
    s = 175
    x = a.w * 0.06 if not flip else a.w * 0.94 - s * 3.2
    for i in range(2):
        tx = x - 40 + i * 45 if not flip else x + s * 3.3 + i * 45
        if setting != "harbour":
            a.leafy(tx, yard - 14, a.r(220, 280), a.rng.choice(a.m.leaves))
    shop(a, x, yard - 14, s, colours)
    side = x + s * 3.45 if not flip else x - s * 1.9
    if petrol:
        petrol_canopy(a, side - (0 if not flip else 140), yard, 300)
    elif setting == "harbour":
        a.boathouse(side + 40, yard - 10, 120, a.rng.choice([FALU, GREY_WOOD]))
    else:
        a.flag(side, yard, 330, a.r(0, 6))
        bicycle(a, side + 40, yard + 8, 110, a.rng.choice(["#C8553D", "#3F7FB5", "#2E7D5B"]))
    bench(a, x + s * (2.4 if not flip else 1.0) + 40, yard + 40, 110)
    if setting == "harbour":
        py = a.h * 0.93
        a.fill(QRectF(-10, py, a.w + 20, a.h), a.vgrad(py, a.h, (0, a.m.sea[0]), (1, a.m.sea[1])))
        a.ripples(py + 4, a.h, 20, col(a.m.ripple, 150))
        if not a.m.winter:
            a.boat(a.w * 0.55, a.h * 0.975, 200, "motor", a.rng.choice(["#F1EEE8", "#2E4A62"]))
        for bx in (a.w * 0.2, a.w * 0.8):
            a.fill(QRectF(bx - 9, py - 30, 18, 26), a.c("#3A3F46"))
    else:
        road(a, yard + 70, a.h - yard - 70)
        if not petrol and a.rng.random() < 0.7:
            a.car(
                a.w * (0.72 if not flip else 0.04),
                yard + 52,
                230,
                a.rng.choice(["#C9CDD2", "#7E9CB8", "#A3453A", "#E5E1D8"]),
            )


# --------------------------------------------------------------------------------------------
# Hero composition for the attract screen
# --------------------------------------------------------------------------------------------


def scene_hero(a: Art) -> None:
    """The attract-screen panorama: cliff with hikers, a fishing village, the bridge far off."""
    hz = a.h * 0.52
    sx = backdrop(a, hz, a.w * 0.56)
    a.sea(hz)
    a.sun_glitter(sx, hz, a.h)
    far_ranges(a, hz, 2, 0.7, water=True)
    wl = hz + 8
    island(a, wl, a.w * 0.4, 110, 95, 0.3, 6)
    island(a, wl, a.w * 0.8, 120, 85, 0.3, 6)

    def far_bridge(b: Art) -> None:
        bridge(b, a.w * 0.5, a.w * 0.7, wl, 120, 24, (a.w * 0.45, a.w * 0.75))

    a.layer(far_bridge, 0.25, mirror_at=wl, squash=0.7)
    far_bridge(a)
    shore = hz + 100
    rd = island(a, shore, a.w * 0.88, 230, 135, 0.6, 12)
    spots = sorted(
        (rd.y_at(x) + (shore - rd.y_at(x)) * a.r(0.45, 0.75), x)
        for x in (a.w * f for f in (0.74, 0.79, 0.84, 0.9, 0.95))
    )
    for i, (y, x) in enumerate(spots):
        a.house(x, y, 28, FALU if i != 2 else OCHRE, length=1.3, flip=i % 2 == 1)
    sheds = [
        (a.w * (0.72 + 0.055 * i), shore + 6, 42.0, FALU if i % 3 else GREY_WOOD) for i in range(5)
    ]

    def draw(b: Art) -> None:
        for x, y, s, c in sheds:
            b.boathouse(x, y, s, c)

    a.layer(draw, 0.3, mirror_at=shore + 8, squash=0.85)
    draw(a)
    a.ripples(hz + 4, a.h, 90, col(a.m.ripple, 140))
    a.boat(a.w * 0.52, a.h * 0.76, 100, "sail")
    a.boat(a.w * 0.66, shore + 60, 80, "row", "#C8553D")
    a.slab(a.w * 0.8, a.w + 20, a.h * 0.96, a.h * 0.88, 25)
    path = QPainterPath()
    ledge = a.h * 0.72
    path.moveTo(-20, a.h + 20)
    path.lineTo(-20, ledge - 70)
    path.cubicTo(a.w * 0.12, ledge - 95, a.w * 0.26, ledge - 30, a.w * 0.36, ledge + 70)
    path.lineTo(a.w * 0.42, a.h + 20)
    path.closeSubpath()
    a.facets(path, -20, a.w * 0.44, ledge - 100, a.h + 20, 0.25, contrast=0.6)
    a.p.save()
    a.p.setClipPath(path)
    a.fill(
        QRectF(-20, ledge - 110, a.w * 0.5, 80),
        a.vgrad(
            ledge - 110, ledge - 30, (0, col(a.m.granite[0], 220)), (1, col(a.m.granite[0], 0))
        ),
    )
    a.p.restore()
    a.pine(a.w * 0.05, ledge - 55, 470, 0.06)
    a.person(a.w * 0.17, ledge - 74, 130, "#D9553B", pose="stand", hat="#2F4A6A", pole=True)
    a.person(a.w * 0.22, ledge - 66, 118, "#E8A33D", pose="walk", pack="#3F7FB5", pole=True)
    a.birds(a.w * 0.45, hz * 0.45, 4)


# --------------------------------------------------------------------------------------------
# Choosing a picture for an item
# --------------------------------------------------------------------------------------------

Scene = Callable[[Art], None]

SCENES: dict[str, Scene] = {
    "coast": scene_coast,
    "forest_lake": scene_forest_lake,
    "mountain": scene_mountain,
    "crevasse": scene_crevasse,
    "fishing_village": scene_fishing_village,
    "bridge": scene_bridge,
    "museum": scene_museum,
    "church": scene_church,
    "fornby": scene_fornby,
    "cabin": scene_cabin,
    "tent": scene_tent,
    "lean_to": scene_lean_to,
    "hostel": scene_hostel,
    "hiker": scene_hiker,
    "kayak": scene_kayak,
    "ski": scene_ski,
    "fishing": scene_fishing,
    "climb": scene_climb,
    "boat_tour": scene_boat_tour,
    "wildlife": scene_wildlife,
    "bus": scene_bus,
    "info": scene_info,
}

# Ordered keyword rules (on the id and Swedish name, without diacritics). A pattern matches a
# word that contains it; "^x" a word starting with x, "x$" a word ending with x, "=x" exactly x.
RULES: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("crevasse", ("slattdal", "skreva")),
    ("climb", ("klatt", "ferrata", "climb")),
    ("ski_alpine", ("skidor", "utfor", "slalom", "alpin", "skidbacke", "liftar")),
    ("bridge", ("bron$", "=bro", "bridge")),
    ("waffle", ("vaffl", "toppstug")),
    ("cafe", ("kafe", "cafe", "^fik", "kondit", "bageri", "kaffe", "bulle", "servering")),
    (
        "berries",
        ("hjortron", "lingon", "blabar", "berry", "gardsbutik", "gardsbod", "marknad", "torg"),
    ),
    (
        "fish_plate",
        (
            "rokeri",
            "stromming",
            "restaurang",
            "krog",
            "bistro",
            "=mat",
            "matsal",
            "lunch",
            "pub",
            "grill",
        ),
    ),
    ("visitor_centre", ("naturum", "besokscent", "visitor")),
    ("open_air", ("mannaminne", "kulturby", "friluftsmuse", "hembygd")),
    ("manor_museum", ("museum", "museet", "konsthall", "kulturhus", "galleri", "utstallning")),
    ("fornby", ("fornby", "fornborg", "jarnald", "=gene", "vikinga")),
    ("church", ("kyrka", "kapell", "church")),
    ("pool", ("paradisbad", "simhall", "aventyrsbad", "badhus", "=pool")),
    ("arena", ("arena", "ishall", "stadion")),
    ("lean_to", ("vindskydd", "shelter", "rastplats")),
    ("tent", ("camping", "talt", "tent", "glamping", "=stallplats")),
    ("cabin", ("stug", "cabin", "torp", "fabod")),
    ("hostel", ("vandrarhem", "hotell", "hotel", "pensionat", "logi", "=bnb", "herrgard")),
    ("kayak", ("kajak", "paddl", "kanot", "kayak", "canoe", "sup")),
    ("ski", ("skid", "langdspar", "^spar", "=ski", "skridsko", "isbana", "snosko", "vinter")),
    ("boat_tour", ("batturer", "battur", "=bat", "boat", "farja", "skargardstur", "kryss")),
    (
        "fishing_village",
        (
            "ulvo",
            "trysunda",
            "fiskelage",
            "bonhamn",
            "barsta",
            "skeppsmal",
            "hamn$",
            "hamnar$",
            "norrfallsvik",
            "=hamn",
            "gullvik",
            "mjallom",
        ),
    ),
    ("fishing", ("fiske", "fishing", "pimpel", "=fisk")),
    ("wildlife", ("=alg", "algar", "moose", "safari", "vilt", "fagel", "bird")),
    ("viewpoint_town", ("varvsberg", "stadsutsikt")),
    ("mountain", ("skuleberg", "berget$", "toppen", "=berg", "fjall")),
    (
        "hiker",
        (
            "vandr",
            "leden$",
            "=led",
            "hike",
            "trail",
            "stig",
            "cykel",
            "mtb",
            "bike",
            "promenad",
            "orientering",
        ),
    ),
    (
        "coast",
        (
            "rotsidan",
            "mjalt",
            "klapper",
            "strand",
            "=bad",
            "badplats",
            "beach",
            "udde",
            "=hav",
            "skargard",
            "=on",
        ),
    ),
    (
        "forest_lake",
        (
            "skuleskog",
            "nationalpark",
            "reservat",
            "=skog",
            "skogen$",
            "sjo",
            "tjarn",
            "vattenfall",
            "fors",
        ),
    ),
    (
        "bus",
        (
            "buss",
            "hallplats",
            "=bus",
            "resecentrum",
            "station",
            "=tag",
            "parkering",
            "ladd",
            "pendel",
        ),
    ),
    ("town_hospital", ("sjukhus", "vardcentral", "lasarett", "hospital", "=vard")),
    ("town_library", ("bibliotek", "library")),
    ("town_pharmacy", ("apotek", "pharmacy", "butik")),
    ("info", ("info", "turist", "karta", "besok", "atervinn", "toalett", "service")),
)

CATEGORY_SCENES: dict[str, tuple[str, ...]] = {
    "nature": ("coast", "forest_lake", "wildlife", "coast", "mountain"),
    "culture": ("fishing_village", "manor_museum", "church", "open_air"),
    "food": ("cafe", "berries", "fish_plate"),
    "stay": ("cabin", "tent", "hostel", "lean_to"),
    "activities": ("hiker", "kayak", "ski", "fishing", "boat_tour"),
    "practical": ("bus", "info"),
}

SUMMER_ONLY = {
    "kayak",
    "tent",
    "boat_tour",
    "fishing",
    "berries",
    "coast",
    "pool",
    "waffle",
    "climb",
}
WINTER_ONLY = {"ski", "ski_alpine"}


def plain(text: str) -> str:
    """Lower case without diacritics, for keyword matching."""
    norm = unicodedata.normalize("NFKD", text.lower())
    return "".join(ch for ch in norm if not unicodedata.combining(ch))


def matches(words: Sequence[str], pattern: str) -> bool:
    if pattern.startswith("="):
        return pattern[1:] in words
    if pattern.startswith("^"):
        return any(w.startswith(pattern[1:]) for w in words)
    if pattern.endswith("$"):
        return any(w.endswith(pattern[:-1]) for w in words)
    return any(pattern in w for w in words)


def choose_scene(item_id: str, name: str, category: str, rng: random.Random) -> str:
    words = re.split(r"[^a-z0-9]+", plain(f"{item_id} {name}"))
    words = [w for w in words if w]
    for scene, patterns in RULES:
        if any(matches(words, p) for p in patterns):
            return scene
    return rng.choice(CATEGORY_SCENES.get(category, CATEGORY_SCENES["nature"]))


def choose_mood(scene: str, item_id: str, name: str, rng: random.Random) -> Mood:
    text = plain(f"{item_id} {name}")
    if "norrsken" in text or "aurora" in text:
        return MOODS["aurora"]
    if scene in WINTER_ONLY or "vinter" in text:
        return MOODS["winter"] if rng.random() < 0.75 else MOODS["aurora"]
    names = list(MOOD_WEIGHTS)
    weights = [MOOD_WEIGHTS[n] for n in names]
    if scene in SUMMER_ONLY or scene in ("cafe", "fish_plate", "crevasse", "climb"):
        weights = [
            0.0 if n in ("winter", "aurora") else w for n, w in zip(names, weights, strict=True)
        ]
    return MOODS[rng.choices(names, weights)[0]]


def seed_for(key: str) -> int:
    return int.from_bytes(hashlib.sha256(key.encode("utf-8")).digest()[:8], "big")


# --------------------------------------------------------------------------------------------
# Interiors: food and café pictures seen at a table by a window
# --------------------------------------------------------------------------------------------


def interior(a: Art, items: Callable[[Art, float], None]) -> None:
    wall = a.rng.choice(["#EDE3D3", "#E4E6DA", "#E9DDD3", "#DDE4E6"])
    a.fill(
        QRectF(-5, -5, a.w + 10, a.h + 10),
        a.vgrad(0, a.h, (0, mix(wall, "#FFFFFF", 0.2)), (1, mix(wall, "#8C7B6A", 0.25))),
    )
    win = QRectF(a.w * 0.16, a.h * 0.07, a.w * 0.68, a.h * 0.55)
    a.ellipse(
        win.center().x(),
        win.center().y(),
        a.w * 0.6,
        a.h * 0.6,
        a.glow(win.center().x(), win.center().y(), a.w * 0.6, "#FFF6E6", 90),
    )
    p = a.p
    p.save()
    p.setClipRect(win)
    p.translate(win.x(), win.y())
    scale = win.height() / UNIT_H
    p.scale(scale, scale)
    inner = Art(p, win.width() / scale, UNIT_H, a.rng, a.m)
    hz = UNIT_H * 0.55
    water_scene(inner, hz, 2)
    p.restore()
    frame = "#F7F4EE"
    f = 20.0
    path = QPainterPath()
    path.addRect(win.adjusted(-f, -f, f, f))
    path.addRect(win)
    a.fill(path, col(frame))
    a.fill(QRectF(win.center().x() - 7, win.y(), 14, win.height()), col(frame))
    a.fill(QRectF(win.x(), win.y() + win.height() * 0.38, win.width(), 12), col(frame))
    a.fill(QRectF(win.x() - f * 2, win.bottom() + f - 4, win.width() + f * 4, 16), col("#FFFFFF"))
    a.fill(
        QRectF(win.x() - f * 2, win.bottom() + f + 12, win.width() + f * 4, 6),
        col(mix(wall, "#000000", 0.12)),
    )
    # a linen curtain on one side
    cx = win.x() - f * 1.5
    curtain = QPainterPath()
    curtain.moveTo(cx - 30, win.y() - f * 2)
    curtain.lineTo(cx + 120, win.y() - f * 2)
    curtain.cubicTo(cx + 90, win.center().y(), cx + 60, win.bottom(), cx + 80, win.bottom() + f)
    curtain.lineTo(cx - 30, win.bottom() + f)
    curtain.closeSubpath()
    a.fill(curtain, col("#FBF8F2", 235))
    for k in range(3):
        fold = QPainterPath()
        fold.moveTo(cx + 10 + k * 30, win.y() - f)
        fold.cubicTo(
            cx + k * 24,
            win.center().y(),
            cx + k * 18,
            win.bottom() - 40,
            cx + k * 22,
            win.bottom() + f,
        )
        a.stroke(fold, col("#D9D1C4", 180), 2.0)
    # a potted pelargonium on the sill
    px, py = win.right() - 60, win.bottom() + f - 4
    a.fill(pts(px - 34, py - 60, px + 34, py - 60, px + 26, py, px - 26, py), col("#C27A56"))
    a.fill(QRectF(px - 38, py - 66, 76, 10), col("#B06A48"))
    for _ in range(9):
        lx, ly = px + a.r(-55, 55), py - a.r(75, 125)
        a.ellipse(
            lx, ly, a.r(12, 18), a.r(9, 13), col(a.rng.choice(["#5E8C4E", "#4F7C43", "#6E9A58"]))
        )
    for _ in range(4):
        fx, fy = px + a.r(-35, 35), py - a.r(125, 160)
        a.line(fx, fy, fx + a.r(-5, 5), fy + 40, "#4F7C43", 2)
        for _k in range(5):
            a.ellipse(
                fx + a.r(-10, 10),
                fy + a.r(-8, 8),
                6,
                6,
                col(a.rng.choice(["#D9473B", "#E45A4A", "#C23B33"])),
            )
    # the table
    ty = a.h * 0.74
    wood = a.rng.choice([("#D8B68A", "#B98F62"), ("#CBB08C", "#A88863"), ("#E4CFAE", "#C4A57F")])
    a.fill(QRectF(-5, ty, a.w + 10, a.h - ty + 5), a.vgrad(ty, a.h, (0, wood[0]), (1, wood[1])))
    for k in range(1, 4):
        yy = ty + (a.h - ty) * (k / 4) ** 1.3
        a.line(-5, yy, a.w + 5, yy, col(mix(wood[1], "#000000", 0.15), 150), 1.5)
    a.fill(QRectF(-5, ty, a.w + 10, 6), col(mix(wood[0], "#FFFFFF", 0.3)))
    items(a, ty)


def shadow(a: Art, x: float, y: float, rx: float, ry: float) -> None:
    g = QRadialGradient(QPointF(x, y), rx)
    g.setColorAt(0, col("#3B2A1E", 70))
    g.setColorAt(1, col("#3B2A1E", 0))
    p = a.p
    p.save()
    p.translate(x, y)
    p.scale(1.0, ry / rx)
    p.translate(-x, -y)
    a.ellipse(x, y, rx, rx, g)
    p.restore()


def cup(a: Art, x: float, y: float, s: float, glaze: str, band: str) -> None:
    shadow(a, x + s * 0.1, y + s * 0.02, s * 0.9, s * 0.14)
    a.ellipse(x, y - s * 0.03, s * 0.72, s * 0.13, col(mix(glaze, "#8C8478", 0.25)))
    a.ellipse(x, y - s * 0.05, s * 0.7, s * 0.12, col(glaze))
    a.ellipse(x, y - s * 0.055, s * 0.36, s * 0.06, col(mix(glaze, "#8C8478", 0.18)))
    top = y - s * 0.62
    rx = s * 0.4
    handle = QPainterPath()
    handle.addEllipse(QPointF(x + rx * 1.02, top + s * 0.2), s * 0.14, s * 0.15)
    a.stroke(handle, mix(glaze, "#8C8478", 0.2), s * 0.055)
    body = QPainterPath()
    body.moveTo(x - rx, top)
    body.cubicTo(x - rx, top + s * 0.35, x - s * 0.3, y - s * 0.08, x - s * 0.2, y - s * 0.07)
    body.lineTo(x + s * 0.2, y - s * 0.07)
    body.cubicTo(x + s * 0.3, y - s * 0.08, x + rx, top + s * 0.35, x + rx, top)
    body.closeSubpath()
    g = QLinearGradient(x - rx, 0, x + rx, 0)
    g.setColorAt(0, col(mix(glaze, "#FFFFFF", 0.3)))
    g.setColorAt(0.6, col(glaze))
    g.setColorAt(1, col(mix(glaze, "#6F685E", 0.3)))
    a.fill(body, g)
    a.p.save()
    a.p.setClipPath(body)
    a.fill(QRectF(x - rx, top + s * 0.16, rx * 2, s * 0.08), col(band))
    a.p.restore()
    a.ellipse(x, top, rx, s * 0.085, col(mix(glaze, "#FFFFFF", 0.2)))
    a.ellipse(x, top + s * 0.01, rx * 0.88, s * 0.07, col("#5A3723"))
    a.ellipse(x - rx * 0.2, top, rx * 0.35, s * 0.02, col("#8A5E3F"))
    for k in range(3):
        st = QPainterPath()
        sx = x - s * 0.15 + k * s * 0.15
        st.moveTo(sx, top - s * 0.08)
        st.cubicTo(sx - s * 0.12, top - s * 0.25, sx + s * 0.12, top - s * 0.35, sx, top - s * 0.55)
        a.stroke(st, col("#FFFFFF", 110), s * 0.035)


def cinnamon_bun(a: Art, x: float, y: float, s: float) -> None:
    shadow(a, x + s * 0.1, y + s * 0.02, s * 1.0, s * 0.16)
    a.ellipse(x, y - s * 0.04, s * 0.85, s * 0.15, col("#E9E4DA"))
    a.ellipse(x, y - s * 0.06, s * 0.8, s * 0.13, col("#F6F3EC"))
    a.ellipse(
        x,
        y - s * 0.22,
        s * 0.52,
        s * 0.22,
        a.vgrad(y - s * 0.44, y, (0, "#C98A47"), (1, "#8F5526")),
    )
    a.ellipse(x, y - s * 0.3, s * 0.44, s * 0.16, col("#B7773A"))
    path = QPainterPath()
    t = 0.0
    path.moveTo(x, y - s * 0.3)
    while t < 4.2 * math.pi:
        rr = s * 0.43 * t / (4.2 * math.pi)
        path.lineTo(x + rr * math.cos(t), y - s * 0.3 + rr * 0.36 * math.sin(t))
        t += 0.15
    a.stroke(path, "#7E4A22", s * 0.03)
    for _ in range(26):
        ang, rr = a.r(0, 6.283), a.r(0, 0.4) * s
        a.ellipse(
            x + rr * math.cos(ang),
            y - s * 0.3 + rr * 0.34 * math.sin(ang),
            s * 0.018,
            s * 0.014,
            col("#FBF8F0"),
        )


def food_cafe(a: Art, ty: float) -> None:
    glaze, band = a.rng.choice(
        [("#F3F0EA", "#2F6DB0"), ("#E8EEF0", "#2E7D5B"), ("#F6EFE2", "#C8553D")]
    )
    cup(a, a.w * 0.62, a.h * 0.9, 230, glaze, band)
    cinnamon_bun(a, a.w * 0.3, a.h * 0.92, 220)


def food_berries(a: Art, ty: float) -> None:
    x, y, s = a.w * 0.58, a.h * 0.93, 320
    shadow(a, x + 20, y, s * 0.8, s * 0.1)
    kind = a.rng.choice(["lingon", "blue", "cloud"])
    palette = {
        "lingon": ("#C7283A", "#9E1B2B", "#E8505E"),
        "blue": ("#34406E", "#232C52", "#6D7BAA"),
        "cloud": ("#F2A43A", "#D9822B", "#FBD089"),
    }[kind]
    rim = y - s * 0.32
    rx, dome = s * 0.47, s * 0.2
    berries = []
    for _ in range(260):
        u = a.r(-1, 1)
        hgt = dome * math.sqrt(max(0.0, 1 - u * u)) * a.r(0.0, 1.0) ** 0.6
        berries.append((rim - hgt + a.r(-4, 4), x + u * rx * 0.95))
    for by, bx in sorted(berries):
        rr = a.r(7.5, 10) if kind != "cloud" else a.r(10, 13)
        a.ellipse(bx, by, rr, rr, col(palette[1]))
        a.ellipse(bx - 1, by - 1, rr * 0.85, rr * 0.85, col(palette[0]))
        if kind == "cloud":
            for k in range(5):
                ang = k * 1.256
                a.ellipse(
                    bx + math.cos(ang) * rr * 0.45,
                    by + math.sin(ang) * rr * 0.45,
                    rr * 0.25,
                    rr * 0.25,
                    col(palette[2], 160),
                )
        else:
            a.ellipse(bx - rr * 0.35, by - rr * 0.35, rr * 0.25, rr * 0.25, col("#FFFFFF", 130))
    if kind == "lingon":
        for _ in range(5):
            lx, ly = x + a.r(-0.4, 0.4) * rx, rim - a.r(0.3, 0.9) * dome
            a.ellipse(lx, ly, 13, 6, col("#3F6B3A"))
    bowl = QPainterPath()
    bowl.moveTo(x - s * 0.5, rim)
    bowl.cubicTo(x - s * 0.48, y - s * 0.05, x - s * 0.25, y, x, y)
    bowl.cubicTo(x + s * 0.25, y, x + s * 0.48, y - s * 0.05, x + s * 0.5, rim)
    bowl.quadTo(x, rim + s * 0.08, x - s * 0.5, rim)
    bowl.closeSubpath()
    a.fill(bowl, a.vgrad(rim, y, (0, "#F4EFE6"), (1, "#D8D0C2")))
    band = QPainterPath()
    band.moveTo(x - s * 0.49, rim + s * 0.05)
    band.quadTo(x, rim + s * 0.13, x + s * 0.49, rim + s * 0.05)
    a.stroke(band, col("#2F6DB0", 190), s * 0.025)
    jx, jy, js = a.w * 0.26, a.h * 0.93, 210
    shadow(a, jx + 15, jy, js * 0.5, js * 0.08)
    jar = QPainterPath()
    jar.addRoundedRect(
        QRectF(jx - js * 0.3, jy - js * 0.75, js * 0.6, js * 0.75), js * 0.08, js * 0.08
    )
    a.fill(jar, a.vgrad(jy - js * 0.75, jy, (0, palette[0]), (1, palette[1])))
    a.fill(QRectF(jx - js * 0.22, jy - js * 0.6, js * 0.08, js * 0.45), col("#FFFFFF", 60))
    a.fill(QRectF(jx - js * 0.2, jy - js * 0.45, js * 0.4, js * 0.22), col("#F6F2EA"))
    cloth = pts(
        jx - js * 0.42,
        jy - js * 0.72,
        jx - js * 0.3,
        jy - js * 0.88,
        jx + js * 0.3,
        jy - js * 0.88,
        jx + js * 0.42,
        jy - js * 0.72,
        jx,
        jy - js * 0.68,
    )
    a.fill(cloth, col("#F6F2EA"))
    for k in range(5):
        a.line(
            jx - js * 0.3 + k * js * 0.14,
            jy - js * 0.87,
            jx - js * 0.34 + k * js * 0.16,
            jy - js * 0.72,
            col("#C8553D", 150),
            4,
        )
    a.ellipse(jx, jy - js * 0.34, js * 0.08, js * 0.05, col(palette[0]))


def food_fish(a: Art, ty: float) -> None:
    x, y, s = a.w * 0.5, a.h * 0.84, 400
    shadow(a, x + 15, y + 10, s * 0.9, s * 0.12)
    a.ellipse(x, y, s * 0.7, s * 0.17, col("#DCD6CC"))
    a.ellipse(x, y - 3, s * 0.66, s * 0.15, col("#F8F6F1"))
    a.ellipse(x, y - 3, s * 0.5, s * 0.105, col("#EFEBE3"))
    fish = QPainterPath()
    fx = x - s * 0.25
    fish.moveTo(fx - s * 0.22, y - s * 0.02)
    fish.cubicTo(
        fx - s * 0.1, y - s * 0.12, fx + s * 0.25, y - s * 0.12, fx + s * 0.35, y - s * 0.03
    )
    fish.lineTo(fx + s * 0.45, y - s * 0.09)
    fish.lineTo(fx + s * 0.43, y + s * 0.02)
    fish.lineTo(fx + s * 0.35, y)
    fish.cubicTo(
        fx + s * 0.2, y + s * 0.05, fx - s * 0.1, y + s * 0.05, fx - s * 0.22, y - s * 0.02
    )
    a.fill(
        fish, a.vgrad(y - s * 0.1, y + s * 0.04, (0, "#8FA3B0"), (0.5, "#D7DEE2"), (1, "#F1EEE6"))
    )
    a.ellipse(fx - s * 0.14, y - s * 0.035, s * 0.012, s * 0.012, col("#2A2E33"))
    for _ in range(12):
        dx, dy = fx + a.r(-0.05, 0.25) * s, y - s * a.r(0.04, 0.1)
        a.line(dx, dy, dx + a.r(-8, 8), dy - a.r(6, 14), "#4F8A3E", 2.2)
    for k in range(3):
        a.ellipse(
            x + s * (0.22 + 0.1 * k),
            y - s * 0.03 + (k % 2) * 8,
            s * 0.07,
            s * 0.05,
            a.vgrad(y - s * 0.08, y, (0, "#F3E3A6"), (1, "#D9C27C")),
        )
    a.fill(
        pts(x + s * 0.05, y + s * 0.06, x + s * 0.18, y + s * 0.0, x + s * 0.2, y + s * 0.08),
        col("#F2D34A"),
    )
    a.line(x - s * 0.82, y - s * 0.05, x - s * 0.78, y + s * 0.16, "#B8BCC2", 6)
    a.line(x + s * 0.82, y - s * 0.05, x + s * 0.78, y + s * 0.16, "#B8BCC2", 6)


# --------------------------------------------------------------------------------------------
# Rendering
# --------------------------------------------------------------------------------------------


def render(scene: Scene, mood: Mood, seed: int, size: tuple[int, int]) -> QImage:
    img = QImage(size[0], size[1], QImage.Format.Format_RGB32)
    img.fill(QColor("#FFFFFF"))
    p = QPainter(img)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    scale = size[1] / UNIT_H
    p.scale(scale, scale)
    a = Art(p, size[0] / scale, UNIT_H, random.Random(seed), mood)
    try:
        scene(a)
        vignette(a)
    finally:
        p.end()
    return img


def save_jpeg(img: QImage, path: Path, max_bytes: int = MAX_JPEG_BYTES) -> int:
    """Write a JPEG at the house quality, stepping the quality down if it would be too big."""
    path.parent.mkdir(parents=True, exist_ok=True)
    quality = JPEG_QUALITY
    while True:
        if not img.save(str(path), quality=quality):
            raise OSError(f"could not write {path}")
        size = path.stat().st_size
        if size <= max_bytes or quality <= 60:
            return size
        quality -= 4


@dataclass
class Item:
    """One picture to make: a place or a service point."""

    key: str
    name: str
    category: str
    file: str
    scene: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def read_toml(path: Path) -> dict[str, Any]:
    with path.open("rb") as fh:
        return tomllib.load(fh)


def sv(value: Any) -> str:
    if isinstance(value, dict):
        return str(value.get("sv") or next(iter(value.values()), ""))
    return str(value or "")


def load_items(source: Path) -> tuple[list[Item], list[dict[str, Any]]]:
    """Places and service points from the feed source folder (missing files give empty lists)."""
    items: list[Item] = []
    places_file = source / "places.toml"
    if places_file.exists():
        for place in read_toml(places_file).get("place", []):
            pid = str(place["id"])
            items.append(
                Item(pid, sv(place.get("name")), str(place.get("category", "nature")), f"{pid}.jpg")
            )
    points: list[dict[str, Any]] = []
    sp_file = source / "service_points.toml"
    if sp_file.exists():
        points = list(read_toml(sp_file).get("service_point", []))
        for sp in points:
            sid = str(sp["id"])
            items.append(Item(sid, sv(sp.get("name")), "service_point", f"sp-{sid}.jpg", extra=sp))
    return items, points


def service_point_scene(item: Item, rng: random.Random) -> tuple[Scene, str]:
    text = plain(
        f"{item.key} {item.name} {item.extra.get('village', '')} {sv(item.extra.get('description'))}"
    )
    petrol = any(k in text for k in ("mack", "bensin", "drivmedel", "tank", "allservice"))
    if any(k in text for k in ("hamn", "sjobod", "brygga", "skargard")):
        setting = "harbour"
    elif any(k in text for k in ("sjon", "alven", "alv ", "alv.", "lake", "river")):
        setting = "lake"
    else:
        setting = "road"
    colours = rng.choice(
        [FALU, FALU, OCHRE, WHITE_HOUSE, ("#B9C9B0", "#95A88C"), ("#A9BED0", "#889FB4")]
    )

    def draw(a: Art) -> None:
        scene_service_point(a, petrol, colours, setting)

    return draw, setting + ("+petrol" if petrol else "")


def make_item_image(item: Item, images: Path) -> tuple[str, int]:
    rng = random.Random(seed_for(item.key))
    if item.category == "service_point":
        scene, item.scene = service_point_scene(item, rng)
        names = ["summer", "evening", "dawn", "autumn", "winter", "aurora"]
        mood = MOODS[rng.choices(names, [4, 2, 1.5, 2, 1.5, 0.6])[0]]
    else:
        item.scene = choose_scene(item.key, item.name, item.category, rng)
        scene = SCENES[item.scene]
        mood = choose_mood(item.scene, item.key, item.name, rng)
    img = render(scene, mood, rng.getrandbits(63), PHOTO_SIZE)
    size = save_jpeg(img, images / item.file)
    return f"{item.scene}/{mood.name}", size


def make_hero(images: Path) -> int:
    mood = MOODS["evening"]
    img = render(scene_hero, mood, seed_for("hero-hoga-kusten"), HERO_SIZE)
    return save_jpeg(img, images / "hero-hoga-kusten.jpg", 400_000)


def illustration(scene: str, mood: str, key: str, size: tuple[int, int]) -> QImage:
    """An illustration for the brochures, in the same style as the feed pictures."""
    return render(SCENES[scene], MOODS[mood], seed_for(key), size)


# --------------------------------------------------------------------------------------------
# Town, harbour and leisure scenes
# --------------------------------------------------------------------------------------------


@tinted
def town_block(
    a: Art,
    x: float,
    ground: float,
    w: float,
    h: float,
    colour: str,
    roof: str,
    lit: bool,
    rows: int | None = None,
) -> None:
    """A town house seen from the street: plastered facade, window rows, roof band."""
    a.fill(QRectF(x, ground - h, w, h), col(colour))
    a.fill(QRectF(x - 4, ground - h - 10, w + 8, 12), col(roof))
    a.fill(QRectF(x + w - 8, ground - h, 8, h), col(mix(colour, "#000000", 0.1)))
    n_rows = rows if rows is not None else max(1, int((h - 60) / 62))
    n_cols = max(2, int(w / 56))
    for r_ in range(n_rows):
        for c_ in range(n_cols):
            wx = x + (c_ + 0.5) * w / n_cols - 13
            wy = ground - h + 26 + r_ * 62
            a.window(wx, wy, 26, 34, lit and a.rng.random() < 0.6, panes=2)


def street(a: Art, gy: float) -> None:
    """Sidewalk and street in the foreground of a town scene."""
    a.fill(QRectF(-10, gy, a.w + 20, 26), a.c("#C9C3B8" if not a.m.winter else "#E8EEF4"))
    a.fill(QRectF(-10, gy + 26, a.w + 20, 6), a.c("#9A948A"))
    a.fill(
        QRectF(-10, gy + 32, a.w + 20, a.h - gy),
        a.vgrad(
            gy + 32,
            a.h,
            (0, "#6E737A" if not a.m.winter else "#D6DEE7"),
            (1, "#5A5F66" if not a.m.winter else "#BCC9D6"),
        ),
    )
    x = -20.0
    while x < a.w:
        a.fill(QRectF(x, gy + 32 + (a.h - gy - 32) * 0.5, 60, 6), col("#E9E6DE", 200))
        x += 130


@tinted
def lamp(a: Art, x: float, ground: float, hgt: float) -> None:
    a.line(x, ground, x, ground - hgt, "#3E454D", 5, Qt.PenCapStyle.FlatCap)
    a.line(x, ground - hgt, x + 26, ground - hgt + 4, "#3E454D", 4)
    a.fill(
        pts(
            x + 14,
            ground - hgt + 2,
            x + 40,
            ground - hgt + 6,
            x + 36,
            ground - hgt + 14,
            x + 18,
            ground - hgt + 12,
        ),
        a.c("#3E454D"),
    )
    if a.m.lit_windows:
        a.ellipse(
            x + 27, ground - hgt + 14, 60, 60, a.glow(x + 27, ground - hgt + 14, 60, LIGHT, 120)
        )


def scene_town(a: Art, feature: str = "") -> None:
    """A street in Örnsköldsvik with a feature building chosen by the caller's variant."""
    gy = a.h * 0.8
    hz = gy - 170
    backdrop(a, hz)
    far_ranges(a, hz, 2, 1.3)
    rd = a.ridge(hz + 20, a.bumps(3, -100, a.w + 100, 60, 130, 160, 300, 2.0, 3.0), noise=3)
    a.hazy(0.6, rd, gy, 0.3)
    a.forest(rd, 0.6, 14, rows=2)
    lit = a.m.lit_windows
    pastel = ["#E9D3B0", "#D9B9A3", "#C9D4C5", "#E6E0D2", "#D2C1D6", "#B9CCD9", "#E3C79A"]
    x = -40.0
    while x < a.w:
        w = a.r(150, 240)
        h = a.r(170, 300)
        town_block(
            a,
            x,
            gy,
            w,
            h,
            a.rng.choice(pastel),
            a.rng.choice(["#5B5F66", "#8A4B3E", "#4E5A66"]),
            lit,
        )
        x += w + a.r(4, 30)
    fx = a.w * a.r(0.3, 0.45)
    if feature == "library":
        w, h = 430, 250
        a.fill(QRectF(fx, gy - h, w, h), a.c("#F2EFE8"))
        glass = QRectF(fx + 20, gy - h + 40, w - 40, h - 40)
        a.fill(glass, col(LIGHT) if lit else a.c(mix("#3E5A70", a.m.sky[-1][1], 0.3).name()))
        for i in range(14):
            sx = glass.x() + 10 + i * (glass.width() - 20) / 14
            for k in range(3):
                a.fill(
                    QRectF(sx, glass.y() + 30 + k * 60, 16, 44),
                    a.c(a.rng.choice(["#C8553D", "#3F7FB5", "#E8B53D", "#2E7D5B", "#8C6BB0"]), 200),
                )
        for i in range(1, 6):
            gx = glass.x() + glass.width() * i / 6
            a.line(gx, glass.y(), gx, glass.bottom(), a.c("#F2EFE8"), 5, Qt.PenCapStyle.FlatCap)
        a.fill(QRectF(fx - 20, gy - h - 18, w + 40, 22), a.c("#3E454D"))
    elif feature == "hospital":
        town_block(a, fx - 60, gy, 560, 360, "#EEF0F0", "#7E8C96", lit, rows=5)
        a.fill(QRectF(fx + 160, gy - 90, 120, 90), a.c("#3E5A70"))
        a.fill(QRectF(fx + 120, gy - 110, 200, 24), a.c("#2E6E8E"))
    else:
        town_block(a, fx, gy, 320, 240, "#EADCC0", "#5B5F66", lit, rows=2)
        a.fill(QRectF(fx + 30, gy - 80, 260, 80), col(LIGHT) if lit else a.c("#5B7388"))
        aw = QPainterPath()
        aw.moveTo(fx + 20, gy - 100)
        aw.lineTo(fx + 300, gy - 100)
        aw.lineTo(fx + 310, gy - 80)
        aw.lineTo(fx + 10, gy - 80)
        aw.closeSubpath()
        a.fill(aw, a.c("#2E7D5B"))
    street(a, gy)
    for lx in (a.w * 0.12, a.w * 0.62, a.w * 0.95):
        lamp(a, lx, gy + 20, 230)
    for tx in (a.w * 0.25, a.w * 0.8):
        a.leafy(tx, gy + 22, 230, a.rng.choice(a.m.leaves))
    a.person(
        a.w * 0.5,
        gy + 20,
        140,
        a.rng.choice(["#D9553B", "#3F7FB5", "#E8A33D"]),
        pose="walk",
        pack=None,
        hat=a.rng.choice([None, "#2F4A6A"]),
    )
    bicycle(a, a.w * 0.7, gy + 22, 100, "#2E7D5B")


def scene_arena(a: Art) -> None:
    """A large arena on a quay surrounded by water, evening lights."""
    hz = a.h * 0.5
    sx = backdrop(a, hz)
    a.sea(hz)
    a.sun_glitter(sx, hz, a.h)
    far_ranges(a, hz, 2, 1.2, water=True)
    quay = a.h * 0.7
    x0, x1 = a.w * 0.12, a.w * 0.88

    def draw(b: Art) -> None:
        arena_building(b, x0, x1, quay)

    a.layer(draw, 0.3, mirror_at=quay + 24, squash=0.8)
    draw(a)
    a.ripples(quay + 30, a.h, 60, col(a.m.ripple, 150))
    if not a.m.winter:
        a.boat(a.w * 0.2, a.h * 0.88, 150, "motor")


@tinted
def arena_building(a: Art, x0: float, x1: float, quay: float) -> None:
    lit = a.m.lit_windows
    a.fill(QRectF(x0 - 60, quay, x1 - x0 + 120, 24), a.c("#8E8880"))
    a.fill(QRectF(x0 - 60, quay, x1 - x0 + 120, 6), a.c("#B5AEA4"))
    body = QRectF(x0, quay - 150, x1 - x0, 150)
    a.fill(body, a.c("#D8D3CA"))
    band = QRectF(x0 + 20, quay - 120, x1 - x0 - 40, 60)
    a.fill(band, col(LIGHT) if lit else a.c(mix("#3E5A70", a.m.sky[-1][1], 0.35).name()))
    for i in range(1, 24):
        gx = band.x() + band.width() * i / 24
        a.line(gx, band.y(), gx, band.bottom(), a.c("#C9C3B8"), 3, Qt.PenCapStyle.FlatCap)
    roof = QPainterPath()
    roof.moveTo(x0 - 30, quay - 145)
    roof.cubicTo(
        x0 + (x1 - x0) * 0.2, quay - 260, x0 + (x1 - x0) * 0.8, quay - 260, x1 + 30, quay - 145
    )
    roof.closeSubpath()
    a.fill(
        roof,
        a.vgrad(
            quay - 260,
            quay - 145,
            (0, "#9AA3AC" if not a.m.winter else "#F4F7FA"),
            (1, "#6E7882" if not a.m.winter else "#C9D6E3"),
        ),
    )
    for k in range(1, 8):
        t = k / 8
        xx = x0 - 30 + (x1 - x0 + 60) * t
        a.line(
            xx,
            quay - 145,
            xx + (0.5 - t) * 30,
            quay - 145 - 110 * math.sin(math.pi * t) ** 0.6,
            a.c("#5E6770"),
            1.5,
        )
    for xx in (x0 + 40, x1 - 40):
        a.line(xx, quay, xx, quay - 320, a.c("#5A626C"), 4, Qt.PenCapStyle.FlatCap)
        a.fill(QRectF(xx - 22, quay - 330, 44, 18), a.c("#E9E6DE"))
        if lit:
            a.ellipse(xx, quay - 320, 80, 80, a.glow(xx, quay - 320, 80, LIGHT, 110))
    a.fill(QRectF((x0 + x1) / 2 - 60, quay - 50, 120, 50), a.c("#3E454D"))


def scene_pool(a: Art) -> None:
    """An indoor adventure pool: glass wall, turquoise pool, a big tube slide."""
    hz = a.h * 0.45
    wall = QRectF(0, 0, a.w, a.h * 0.55)
    a.p.save()
    a.p.setClipRect(wall)
    water_scene(a, hz, 2)
    a.p.restore()
    for i in range(9):
        gx = a.w * i / 8
        a.fill(QRectF(gx - 6, 0, 12, wall.bottom()), col("#E9EEF0"))
    a.fill(QRectF(-5, a.h * 0.18, a.w + 10, 10), col("#E9EEF0"))
    a.fill(QRectF(-5, wall.bottom() - 8, a.w + 10, a.h - wall.bottom() + 10), col("#DDE6E8"))
    pool = QRectF(-20, a.h * 0.64, a.w + 40, a.h * 0.4)
    a.fill(
        QRectF(-10, wall.bottom(), a.w + 20, pool.y() - wall.bottom()),
        a.vgrad(wall.bottom(), pool.y(), (0, "#E7EDEE"), (1, "#CFDADC")),
    )
    a.fill(pool, a.vgrad(pool.y(), a.h, (0, "#6FD0D8"), (1, "#2A9DB0")))
    a.fill(QRectF(-10, pool.y() - 6, a.w + 20, 8), col("#F4F6F6"))
    for k in range(4):
        y = pool.y() + 40 + k * 70
        x = -10.0
        while x < a.w:
            a.ellipse(x, y, 7, 4, col("#F2C94C" if (x // 16) % 2 else "#E9573F"))
            x += 16
    for _ in range(40):
        y = a.r(pool.y() + 10, a.h)
        x = a.r(-20, a.w)
        a.line(x, y, x + a.r(30, 90), y, col("#BDF0F2", 160), 2.2)
    # the slide: a tower and a looping tube
    tx = a.w * 0.8
    a.fill(QRectF(tx - 8, a.h * 0.2, 16, pool.y() - a.h * 0.2), col("#B7C2C6"))
    tube = QPainterPath()
    tube.moveTo(tx, a.h * 0.2)
    tube.cubicTo(tx - 300, a.h * 0.22, tx - 320, a.h * 0.4, tx - 120, a.h * 0.42)
    tube.cubicTo(tx + 80, a.h * 0.44, tx + 90, a.h * 0.56, tx - 80, a.h * 0.6)
    tube.quadTo(tx - 200, a.h * 0.63, tx - 260, pool.y() + 10)
    a.stroke(tube, "#C2452F", 44)
    a.stroke(tube, "#E4643F", 30)
    a.stroke(tube, col("#FFFFFF", 60), 6)
    for i, (px, py) in enumerate(((0.3, 0.74), (0.45, 0.82), (0.2, 0.9))):
        hx, hy = a.w * px, a.h * py
        a.ellipse(hx, hy + 8, 30, 8, col("#FFFFFF", 110))
        a.ellipse(hx, hy - 10, 14, 15, col(SKIN))
        a.ellipse(hx, hy - 18, 14, 8, col(["#2F4A6A", "#C8553D", "#E8B53D"][i]))
    ring = QPainterPath()
    ring.addEllipse(QPointF(a.w * 0.58, a.h * 0.78), 46, 16)
    a.stroke(ring, "#F2C94C", 14)


def scene_ski_alpine(a: Art) -> None:
    """Downhill skiing: a forested mountain with ski runs and a lift, a skier in front."""
    gy = a.h * 0.7
    hz = gy - 40
    backdrop(a, hz)
    far_ranges(a, hz, 1, 1.0)
    cx = a.w * a.r(0.45, 0.6)
    mt = a.ridge(gy, [(cx, 300, 380, 3.0), (cx + 280, 220, 220, 2.6)], noise=4)
    c = a.depth(0.7)
    a.land(mt, gy + 40, c, mix(c, a.m.haze, 0.2))
    runs = []
    for k in range(3):
        x_top = cx - 190 + k * 190 + a.r(-20, 20)
        y_top = mt.y_at(x_top) + 8
        x_bot = x_top + a.r(-70, 70)
        wob = a.r(25, 55) * (1 if k % 2 else -1)
        pts_l: list[QPointF] = []
        pts_r: list[QPointF] = []
        for i in range(21):
            t = i / 20
            xm = x_top + (x_bot - x_top) * t + wob * math.sin(math.pi * t)
            ym = y_top + (gy + 20 - y_top) * t
            half = 8 + 20 * t
            pts_l.append(QPointF(xm - half, ym))
            pts_r.append(QPointF(xm + half, ym))
        path = QPainterPath()
        path.addPolygon(QPolygonF(pts_l + list(reversed(pts_r))))
        path.closeSubpath()
        runs.append(path)
    a.forest_texture(mt, 0.7, 16, gy + 10, start=0.8)
    for path in runs:
        a.fill(path, col(a.m.ground[0]))
    a.forest(mt, 0.7, 16)
    lift = [(cx - 260, gy - 10), (cx - 40, mt.y_at(cx - 40) + 20)]
    a.line(*lift[0], *lift[1], "#3E454D", 1.5)
    for k in range(1, 8):
        t = k / 8
        px = lift[0][0] + (lift[1][0] - lift[0][0]) * t
        py = lift[0][1] + (lift[1][1] - lift[0][1]) * t
        a.line(px, py, px, py + 14, "#3E454D", 1.2)
        a.fill(QRectF(px - 5, py + 14, 10, 5), a.c("#C8553D"))
    slope = a.ridge(a.h * 0.8, [(a.w * 0.2, a.w * 0.6, 90, 2.0)], noise=2)
    a.land(slope, a.h + 10, col(a.m.ground[0]), col(a.m.ground[1]))
    sx, sy = a.w * 0.55, a.h * 0.86
    for k in range(14):
        a.ellipse(
            sx - 80 - k * 9 + a.r(-6, 6),
            sy - a.r(0, 40),
            a.r(4, 10),
            a.r(4, 10),
            col("#FFFFFF", 200),
        )
    a.p.save()
    a.p.translate(sx, sy)
    a.p.rotate(-12)
    a.person(
        0,
        0,
        180,
        a.rng.choice(["#D9553B", "#3F7FB5", "#2E7D5B"]),
        pose="ski",
        pack=None,
        hat="#F2F0EA",
    )
    a.p.restore()
    edge_spruces(a, a.h * 0.85, "right", 380)


def scene_open_air(a: Art) -> None:
    """An open-air museum village: old timber houses, a red cottage and a post windmill."""
    gy = a.h * 0.68
    fld = inland(a, gy)
    spots = sorted([(gy + a.r(20, 120), a.r(0.05, 0.8) * a.w) for _ in range(5)])
    for y, x in spots:
        s = 40 + (y - gy) * 0.5
        a.house(
            x,
            y,
            s,
            a.rng.choice([GREY_WOOD, GREY_WOOD, FALU, OCHRE]),
            length=a.r(1.0, 1.8),
            flip=a.rng.random() < 0.5,
            chimney=a.rng.random() < 0.6,
        )
    windmill(a, a.w * a.r(0.75, 0.88), gy + 60, 200)
    fence(a, -10, a.w + 10, fld, 30, offset=150)
    for _ in range(3):
        a.leafy(a.r(0, a.w), gy + a.r(40, 90), a.r(120, 180), a.rng.choice(a.m.leaves))
    grass(a, fld, 50)


@tinted
def windmill(a: Art, x: float, ground: float, s: float) -> None:
    """A Nordic post mill with four lattice sails."""
    wood = "#8E7A66"
    a.line(x, ground, x, ground - s * 0.45, "#5A4A3E", s * 0.06, Qt.PenCapStyle.FlatCap)
    for dx in (-1, 1):
        a.line(x, ground - s * 0.3, x + dx * s * 0.2, ground, "#5A4A3E", s * 0.03)
    body = QRectF(x - s * 0.16, ground - s * 0.8, s * 0.32, s * 0.38)
    a.fill(body, col(wood))
    a.fill(
        pts(body.x() - 4, body.y(), x, body.y() - s * 0.14, body.right() + 4, body.y()),
        col("#5A5048"),
    )
    hub = QPointF(x - s * 0.02, body.y() + s * 0.1)
    for k in range(4):
        ang = math.radians(25 + 90 * k)
        ex, ey = hub.x() + math.cos(ang) * s * 0.55, hub.y() + math.sin(ang) * s * 0.55
        a.line(hub.x(), hub.y(), ex, ey, "#4A3E34", s * 0.025)
        nx, ny = -math.sin(ang) * s * 0.07, math.cos(ang) * s * 0.07
        mx, my = hub.x() + math.cos(ang) * s * 0.18, hub.y() + math.sin(ang) * s * 0.18
        a.fill(pts(mx, my, ex, ey, ex + nx, ey + ny, mx + nx, my + ny), col("#EDE6D8", 200))
    a.ellipse(hub.x(), hub.y(), s * 0.025, s * 0.025, col("#3A3028"))


def food_waffle(a: Art, ty: float) -> None:
    glaze, band = a.rng.choice([("#F3F0EA", "#2F6DB0"), ("#E8EEF0", "#2E7D5B")])
    cup(a, a.w * 0.68, a.h * 0.9, 220, glaze, band)
    x, y, s = a.w * 0.34, a.h * 0.92, 300
    shadow(a, x + 10, y, s * 0.8, s * 0.12)
    a.ellipse(x, y - s * 0.04, s * 0.7, s * 0.15, col("#E9E4DA"))
    a.ellipse(x, y - s * 0.06, s * 0.66, s * 0.13, col("#F6F3EC"))
    cy = y - s * 0.12
    for k in range(5):
        ang = math.radians(-90 + k * 72)
        hx, hy = x + math.cos(ang) * s * 0.2, cy + math.sin(ang) * s * 0.06
        a.ellipse(hx, hy, s * 0.19, s * 0.07, col("#D9A04E"))
        a.ellipse(hx, hy - 2, s * 0.16, s * 0.055, col("#E8B868"))
        for gx in range(-2, 3):
            a.line(
                hx + gx * s * 0.05,
                hy - s * 0.05,
                hx + gx * s * 0.05,
                hy + s * 0.05,
                col("#C4873A", 170),
                2,
            )
    a.ellipse(x + s * 0.05, cy - s * 0.04, s * 0.12, s * 0.05, col("#FBF8F2"))
    a.ellipse(x + s * 0.05, cy - s * 0.07, s * 0.08, s * 0.035, col("#FFFFFF"))
    a.ellipse(x - s * 0.12, cy - s * 0.03, s * 0.08, s * 0.03, col("#C7283A"))
    a.ellipse(x - s * 0.12, cy - s * 0.04, s * 0.05, s * 0.018, col("#E0485A"))


def scene_food(kind: str) -> Scene:
    items = {
        "cafe": food_cafe,
        "berries": food_berries,
        "fish_plate": food_fish,
        "waffle": food_waffle,
    }[kind]

    def draw(a: Art) -> None:
        interior(a, items)

    return draw


for _kind in ("cafe", "berries", "fish_plate", "waffle"):
    SCENES[_kind] = scene_food(_kind)

SCENES.update(
    {
        "visitor_centre": lambda a: scene_museum(a, modern=True),
        "manor_museum": lambda a: scene_museum(a, modern=False),
        "open_air": scene_open_air,
        "pool": scene_pool,
        "arena": scene_arena,
        "ski_alpine": scene_ski_alpine,
        "town_library": lambda a: scene_town(a, "library"),
        "town_hospital": lambda a: scene_town(a, "hospital"),
        "town_pharmacy": lambda a: scene_town(a, "pharmacy"),
        "viewpoint_town": lambda a: scene_hiker(a, town=True),
    }
)


# --------------------------------------------------------------------------------------------
# Brochures (A5 PDF)
# --------------------------------------------------------------------------------------------

FONT = "Inter"
INK = "#1B2530"
MUTED = "#4D5866"
HEADER = "#123B4A"
ACCENT = "#1F5F8B"
IMPORTANT = "#9E2B1E"
PAPER = "#FFFFFF"
PANEL = "#F2EFE9"
INFO = "#E3EEF5"
FOOTER_NOTE = "Demobroschyr – exempel"
DPI = 300


def px(pt_size: float) -> str:
    """A CSS length for Qt rich text, which ignores pt for margins and counts px at 96 dpi."""
    return f"{pt_size * 96 / 72:.1f}px"


STYLE = f"""
h1 {{ font-size: 19pt; font-weight: 700; color: {HEADER}; margin-top: 0px; margin-bottom: {px(4)}; }}
h2 {{ font-size: 11.5pt; font-weight: 600; color: {HEADER}; margin-top: {px(8)}; margin-bottom: {px(2.5)}; }}
h3 {{ font-size: 9.6pt; font-weight: 600; color: {ACCENT}; margin-top: {px(5)}; margin-bottom: {px(1.5)}; }}
p {{ line-height: 140%; margin-top: 0px; margin-bottom: {px(5)}; }}
li {{ line-height: 135%; margin-top: 0px; margin-bottom: {px(2.2)}; }}
ul {{ margin-top: 0px; margin-bottom: {px(4)}; }}
ol {{ margin-top: 0px; margin-bottom: {px(4)}; }}
.lead {{ font-size: 10.5pt; color: {INK}; }}
.small {{ font-size: 7.8pt; color: {MUTED}; }}
"""


def load_fonts() -> None:
    for f in sorted((ASSETS / "fonts").glob("Inter-*.otf")):
        if QFontDatabase.addApplicationFont(str(f)) < 0:
            raise OSError(f"could not load font {f}")


class Brochure:
    """A5 portrait PDF drawn at 300 dpi in device pixels."""

    def __init__(self, path: Path, title: str, short: str, pages: int) -> None:
        path.parent.mkdir(parents=True, exist_ok=True)
        self.path = path
        self.writer = QPdfWriter(str(path))
        self.writer.setResolution(DPI)
        self.writer.setPageLayout(
            QPageLayout(
                QPageSize(QPageSize.PageSizeId.A5),
                QPageLayout.Orientation.Portrait,
                QMarginsF(0, 0, 0, 0),
            )
        )
        self.writer.setTitle(title)
        # a fixed document id (derived from the file name) keeps reruns byte-identical
        self.writer.setDocumentId(QUuid(hashlib.md5(path.name.encode()).hexdigest()))
        self.writer.setCreator("Servicepunkt Kiosk demo (assets/tools/make_demo_art.py)")
        self.p = QPainter(self.writer)
        self.p.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.p.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        self.p.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        self.w = float(self.writer.width())
        self.h = float(self.writer.height())
        self.short = short
        self.pages = pages
        self.page = 1
        self.margin = self.mm(14)
        self.overflows: list[str] = []

    @staticmethod
    def mm(v: float) -> float:
        return v * DPI / 25.4

    def pt(self, v: float) -> float:
        return v * DPI / 72.0

    def font(
        self, size_pt: float, weight: QFont.Weight = QFont.Weight.Normal, spacing: float = 0.0
    ) -> QFont:
        f = QFont(FONT)
        f.setPointSizeF(size_pt)
        f.setWeight(weight)
        if spacing:
            f.setLetterSpacing(QFont.SpacingType.PercentageSpacing, 100 + spacing)
        f.setHintingPreference(QFont.HintingPreference.PreferNoHinting)
        return f

    def new_page(self) -> None:
        self.writer.newPage()
        self.page += 1

    def finish(self) -> None:
        self.p.end()
        if self.page != self.pages:
            raise RuntimeError(f"{self.path.name}: {self.page} pages, expected {self.pages}")

    # ----- drawing helpers ------------------------------------------------------------------

    def image(self, scene: str, mood: str, key: str, rect: QRectF) -> None:
        """Render a scene for the rectangle (about 200 dpi) and place it."""
        px_w = round(rect.width() * 200 / DPI * 1.0)
        px_h = round(rect.height() * 200 / DPI * 1.0)
        img = illustration(scene, mood, key, (px_w, px_h))
        self.p.drawImage(rect, img)

    def document(self, html: str, width: float, base_pt: float = 9.4) -> QTextDocument:
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(self.writer)
        font = self.font(base_pt)
        doc.setDefaultFont(font)
        doc.setDefaultStyleSheet(STYLE + f"body {{ color: {INK}; }}")
        doc.setDocumentMargin(0)
        doc.setIndentWidth(self.mm(3.6))
        doc.setTextWidth(width)
        doc.setHtml(html)
        return doc

    def measure(self, html: str, width: float, base_pt: float = 9.4) -> float:
        return self.document(html, width, base_pt).size().height()

    def text(
        self,
        html: str,
        x: float,
        y: float,
        width: float,
        max_h: float | None = None,
        base_pt: float = 9.4,
    ) -> float:
        """Lay out rich text in a column; returns its height and records any overflow."""
        doc = self.document(html, width, base_pt)
        height = doc.size().height()
        if max_h is not None and height > max_h + 1:
            self.overflows.append(
                f"page {self.page}: text needs {height / self.mm(1):.1f} mm, box is {max_h / self.mm(1):.1f} mm"
            )
        self.p.save()
        self.p.translate(x, y)
        doc.drawContents(self.p, QRectF(0, 0, width, height + 2))
        self.p.restore()
        return height

    def label(
        self,
        text: str,
        x: float,
        y: float,
        size: float,
        colour: str,
        weight: QFont.Weight = QFont.Weight.Normal,
        spacing: float = 0.0,
        align: Qt.AlignmentFlag = Qt.AlignmentFlag.AlignLeft,
        width: float = 0.0,
    ) -> float:
        f = self.font(size, weight, spacing)
        self.p.setFont(f)
        self.p.setPen(QColor(colour))
        fm = QFontMetricsF(f, self.writer)
        w = width if width else fm.horizontalAdvance(text) + 4
        rect = QRectF(x if align != Qt.AlignmentFlag.AlignRight else x - w, y, w, fm.height())
        self.p.drawText(rect, int(align | Qt.AlignmentFlag.AlignTop), text)
        return fm.height()

    def box(self, rect: QRectF, colour: str, radius_mm: float = 2.5) -> None:
        path = QPainterPath()
        r = self.mm(radius_mm)
        path.addRoundedRect(rect, r, r)
        self.p.setPen(Qt.PenStyle.NoPen)
        self.p.setBrush(QColor(colour))
        self.p.drawPath(path)

    def footer(self, dark: bool = False) -> None:
        y = self.h - self.mm(11)
        c = "#DCE3E8" if dark else MUTED
        self.p.setPen(QPen(QColor("#FFFFFF" if dark else "#D9D3C7"), self.pt(0.6)))
        self.p.drawLine(
            QPointF(self.margin, y - self.mm(2.2)), QPointF(self.w - self.margin, y - self.mm(2.2))
        )
        self.label(FOOTER_NOTE, self.margin, y, 7.2, c, QFont.Weight.Medium)
        self.label(
            f"{self.short}  ·  {self.page}/{self.pages}",
            self.w - self.margin,
            y,
            7.2,
            c,
            align=Qt.AlignmentFlag.AlignRight,
            width=self.mm(80),
        )

    def band(self, scene: str, mood: str, key: str, height_mm: float) -> float:
        """A full-bleed illustration across the top of the page; returns its bottom."""
        rect = QRectF(0, 0, self.w, self.mm(height_mm))
        self.image(scene, mood, key, rect)
        return rect.bottom()

    def kicker(self, text: str, y: float, colour: str = IMPORTANT) -> float:
        return self.label(
            text.upper(), self.margin, y, 7.6, colour, QFont.Weight.DemiBold, spacing=8
        )

    def cover(
        self, scene: str, mood: str, key: str, kicker: str, title: str, subtitle: str, note: str
    ) -> None:
        img_h = self.h * 0.6
        self.image(scene, mood, key, QRectF(0, 0, self.w, img_h))
        self.p.fillRect(QRectF(0, img_h, self.w, self.h - img_h), QColor(PANEL))
        self.p.fillRect(QRectF(0, img_h, self.w, self.mm(1.6)), QColor(IMPORTANT))
        y = img_h + self.mm(9)
        y += self.kicker(kicker, y) + self.mm(2.5)
        width = self.w - 2 * self.margin
        y += self.text(
            f"<h1 style='font-size:25pt; line-height:112%;'>{title}</h1>", self.margin, y, width
        ) + self.mm(1)
        y += self.text(f"<p class='lead'>{subtitle}</p>", self.margin, y, width * 0.92) + self.mm(3)
        self.text(f"<p class='small'>{note}</p>", self.margin, y, width, self.h - self.mm(16) - y)
        badge = QRectF(self.w - self.margin - self.mm(34), self.mm(8), self.mm(34), self.mm(7.5))
        self.box(badge, "#FFFFFF", 3.7)
        self.label(
            FOOTER_NOTE,
            badge.x(),
            badge.y() + self.mm(1.7),
            7.0,
            IMPORTANT,
            QFont.Weight.DemiBold,
            align=Qt.AlignmentFlag.AlignHCenter,
            width=badge.width(),
        )
        self.footer()

    def page_text(
        self, top: float, html: str, bottom_gap_mm: float = 16, base_pt: float = 9.4
    ) -> float:
        width = self.w - 2 * self.margin
        max_h = self.h - self.mm(bottom_gap_mm) - top
        return top + self.text(html, self.margin, top, width, max_h, base_pt)


# ----- icons for the five services ------------------------------------------------------------

SERVICE_KEYS = ("computer", "cafe", "tourist_info", "activities", "home_delivery")
SERVICE_NAMES = {
    "computer": "Publik dator med internet",
    "cafe": "Kaféhörna",
    "tourist_info": "Turistinformation",
    "activities": "Aktiviteter",
    "home_delivery": "Hemleverans",
}
SERVICE_COLOURS = {
    "computer": "#1F5F8B",
    "cafe": "#8C5A2B",
    "tourist_info": "#2E7D5B",
    "activities": "#9E2B1E",
    "home_delivery": "#5B4E8C",
}


def service_icon(
    p: QPainter, key: str, cx: float, cy: float, r: float, active: bool = True
) -> None:
    """A round icon with a white pictogram for one of the five services."""
    p.save()
    p.setPen(Qt.PenStyle.NoPen)
    p.setBrush(QColor(SERVICE_COLOURS[key] if active else "#D9DDE1"))
    p.drawEllipse(QPointF(cx, cy), r, r)
    white = QColor("#FFFFFF" if active else "#F4F5F6")
    pen = QPen(white, r * 0.11)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    u = r / 10.0
    if key == "computer":
        p.drawRoundedRect(QRectF(cx - 5.2 * u, cy - 4.4 * u, 10.4 * u, 6.8 * u), u, u)
        p.drawLine(QPointF(cx, cy + 2.4 * u), QPointF(cx, cy + 4.4 * u))
        p.drawLine(QPointF(cx - 2.6 * u, cy + 4.6 * u), QPointF(cx + 2.6 * u, cy + 4.6 * u))
    elif key == "cafe":
        path = QPainterPath()
        path.moveTo(cx - 4.6 * u, cy - 2.2 * u)
        path.lineTo(cx + 2.6 * u, cy - 2.2 * u)
        path.lineTo(cx + 2.0 * u, cy + 3.4 * u)
        path.quadTo(cx - 1.0 * u, cy + 4.6 * u, cx - 4.0 * u, cy + 3.4 * u)
        path.closeSubpath()
        p.drawPath(path)
        p.drawArc(QRectF(cx + 1.4 * u, cy - 1.4 * u, 3.4 * u, 3.2 * u), -90 * 16, 180 * 16)
        for dx in (-2.6, -0.4):
            p.drawLine(
                QPointF(cx + dx * u, cy - 4.2 * u), QPointF(cx + (dx + 0.6) * u, cy - 5.8 * u)
            )
    elif key == "tourist_info":
        p.setBrush(white)
        p.drawEllipse(QPointF(cx, cy - 4.0 * u), 0.9 * u, 0.9 * u)
        p.setBrush(Qt.BrushStyle.NoBrush)
        p.drawLine(QPointF(cx, cy - 1.2 * u), QPointF(cx, cy + 4.4 * u))
        p.drawLine(QPointF(cx - 1.6 * u, cy - 1.2 * u), QPointF(cx, cy - 1.2 * u))
        p.drawLine(QPointF(cx - 1.6 * u, cy + 4.4 * u), QPointF(cx + 1.6 * u, cy + 4.4 * u))
    elif key == "activities":
        p.drawRoundedRect(QRectF(cx - 4.8 * u, cy - 3.6 * u, 9.6 * u, 8.4 * u), u, u)
        p.drawLine(QPointF(cx - 4.8 * u, cy - 0.8 * u), QPointF(cx + 4.8 * u, cy - 0.8 * u))
        for dx in (-2.4, 2.4):
            p.drawLine(QPointF(cx + dx * u, cy - 5.0 * u), QPointF(cx + dx * u, cy - 2.6 * u))
        p.setBrush(white)
        p.drawEllipse(QPointF(cx + 1.6 * u, cy + 2.0 * u), 0.8 * u, 0.8 * u)
    else:
        p.drawRect(QRectF(cx - 5.4 * u, cy - 2.6 * u, 6.4 * u, 5.0 * u))
        path = QPainterPath()
        path.moveTo(cx + 1.0 * u, cy - 1.2 * u)
        path.lineTo(cx + 3.6 * u, cy - 1.2 * u)
        path.lineTo(cx + 5.4 * u, cy + 0.8 * u)
        path.lineTo(cx + 5.4 * u, cy + 2.4 * u)
        path.lineTo(cx + 1.0 * u, cy + 2.4 * u)
        p.drawPath(path)
        p.setBrush(QColor(SERVICE_COLOURS[key] if active else "#D9DDE1"))
        for dx in (-3.0, 3.2):
            p.drawEllipse(QPointF(cx + dx * u, cy + 3.2 * u), 1.3 * u, 1.3 * u)
    p.restore()


# ----- the hiking brochure --------------------------------------------------------------------


def sketch_map(b: Brochure, rect: QRectF) -> None:
    """A schematic (not to scale) map of the High Coast Trail with a few named places."""
    p = b.p
    p.save()
    clip = QPainterPath()
    r = b.mm(2.5)
    clip.addRoundedRect(rect, r, r)
    p.setClipPath(clip)
    p.fillRect(rect, QColor("#CFE2EA"))

    def at(u: float, v: float) -> QPointF:
        return QPointF(rect.x() + u * rect.width(), rect.y() + v * rect.height())

    land = QPainterPath()
    coast = [
        (0.0, 1.0),
        (0.0, 0.0),
        (0.72, 0.0),
        (0.7, 0.08),
        (0.76, 0.12),
        (0.66, 0.2),
        (0.7, 0.3),
        (0.6, 0.36),
        (0.66, 0.46),
        (0.56, 0.5),
        (0.6, 0.6),
        (0.5, 0.66),
        (0.46, 0.74),
        (0.5, 0.82),
        (0.4, 0.88),
        (0.36, 1.0),
    ]
    land.moveTo(at(*coast[0]))
    for i in range(1, len(coast)):
        a0, a1 = at(*coast[i - 1]), at(*coast[i])
        land.quadTo(QPointF(a0.x(), a1.y()) if i % 2 else QPointF(a1.x(), a0.y()), a1)
    land.closeSubpath()
    p.setPen(QPen(QColor("#9DB8A0"), b.pt(0.8)))
    p.setBrush(QColor("#E4EBD9"))
    p.drawPath(land)
    p.setPen(Qt.PenStyle.NoPen)
    for u, v, rr in (
        (0.83, 0.36, 0.035),
        (0.88, 0.27, 0.025),
        (0.78, 0.52, 0.03),
        (0.7, 0.7, 0.02),
    ):
        p.setBrush(QColor("#E4EBD9"))
        p.drawEllipse(at(u, v), rect.width() * rr * 1.3, rect.width() * rr)
    p.setBrush(QColor("#B9D3A0"))
    p.drawEllipse(at(0.5, 0.4), rect.width() * 0.08, rect.height() * 0.07)
    trail = [
        (0.42, 0.94),
        (0.4, 0.8),
        (0.44, 0.68),
        (0.4, 0.56),
        (0.5, 0.42),
        (0.46, 0.3),
        (0.56, 0.2),
        (0.6, 0.08),
    ]
    path = QPainterPath()
    path.moveTo(at(*trail[0]))
    for i in range(1, len(trail)):
        mid = at((trail[i - 1][0] + trail[i][0]) / 2, (trail[i - 1][1] + trail[i][1]) / 2)
        path.quadTo(at(*trail[i - 1]), mid)
    path.lineTo(at(*trail[-1]))
    pen = QPen(QColor(IMPORTANT), b.pt(1.6))
    pen.setDashPattern([3, 2])
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    p.setPen(pen)
    p.setBrush(Qt.BrushStyle.NoBrush)
    p.drawPath(path)
    p.setPen(QPen(QColor("#7E8C96"), b.pt(1.2)))
    p.drawLine(at(0.3, 0.95), at(0.52, 0.95))
    places = [
        (0.42, 0.94, "Höga Kusten-bron", 1),
        (0.44, 0.67, "Skuleberget", -1),
        (0.5, 0.42, "Skuleskogen", 1),
        (0.83, 0.36, "Ulvön", 1),
        (0.6, 0.08, "Örnsköldsvik", -1),
    ]
    for u, v, name, side in places:
        pt = at(u, v)
        p.setPen(QPen(QColor("#FFFFFF"), b.pt(0.8)))
        p.setBrush(QColor(HEADER))
        p.drawEllipse(pt, b.mm(1.1), b.mm(1.1))
        f = b.font(7.2, QFont.Weight.DemiBold)
        fm = QFontMetricsF(f, b.writer)
        tw = fm.horizontalAdvance(name)
        tx = pt.x() + b.mm(2) if side > 0 else pt.x() - b.mm(2) - tw
        b.label(name, tx, pt.y() - fm.height() / 2, 7.2, HEADER, QFont.Weight.DemiBold)
    b.label("N", rect.right() - b.mm(6), rect.y() + b.mm(3), 8, HEADER, QFont.Weight.Bold)
    p.setPen(QPen(QColor(HEADER), b.pt(1.2)))
    p.drawLine(
        QPointF(rect.right() - b.mm(4.6), rect.y() + b.mm(8)),
        QPointF(rect.right() - b.mm(4.6), rect.y() + b.mm(13)),
    )
    p.restore()


def hiking_brochure(path: Path) -> list[str]:
    b = Brochure(path, "Vandra i Höga kusten", "Vandra i Höga kusten", 8)
    b.cover(
        "hiker",
        "evening",
        "brochure-hiking-cover",
        "Höga kusten · Världsarv",
        "Vandra i Höga kusten",
        "Leder, utsikter och goda råd för dig som vill ut i skogen och upp på klipporna.",
        "English summary on page 8.",
    )
    # 2 — welcome
    b.new_page()
    top = b.band("coast", "summer", "brochure-hiking-welcome", 52) + b.mm(6)
    top += b.kicker("Välkommen", top) + b.mm(1.5)
    b.page_text(
        top,
        """
<h1>Välkommen ut!</h1>
<p class="lead">Höga kusten är ett av Sveriges mest dramatiska kustlandskap. Här reser sig skogklädda
berg nästan rakt upp ur havet, och mellan klipporna ligger sjöar, fiskelägen och små öar.</p>
<h2>Landet som reser sig</h2>
<p>Under istiden trycktes landet ner av en flera kilometer tjock inlandsis. När isen smälte för
omkring 10&nbsp;000 år sedan började marken höja sig – och den gör det fortfarande, med knappt en
centimeter om året. Den högsta kustlinjen ligger här omkring 286 meter över dagens hav, högre än
någon annanstans i världen.</p>
<p>Därför är Höga kusten världsarv sedan år 2000, och sedan 2006 tillsammans med Kvarkens skärgård
i Finland.</p>
<h2>I broschyren</h2>
<table width="100%" cellspacing="0" cellpadding="0">
<tr><td><p style="margin-bottom:2px">Höga kustenleden</p></td><td align="right"><p>3</p></td></tr>
<tr><td><p style="margin-bottom:2px">Skuleskogen och Slåttdalsskrevan</p></td><td align="right"><p>4</p></td></tr>
<tr><td><p style="margin-bottom:2px">Skuleberget och Ulvön</p></td><td align="right"><p>5</p></td></tr>
<tr><td><p style="margin-bottom:2px">Packa rätt och säkerhet</p></td><td align="right"><p>6</p></td></tr>
<tr><td><p style="margin-bottom:2px">Allemansrätten och Leave no trace</p></td><td align="right"><p>7</p></td></tr>
<tr><td><p style="margin-bottom:2px">In English – summary</p></td><td align="right"><p>8</p></td></tr>
</table>
""",
    )
    b.footer()
    # 3 — the trail
    b.new_page()
    top = b.mm(12)
    top += b.kicker("Leden", top) + b.mm(1.5)
    width = b.w - 2 * b.margin
    top += b.text(
        """
<h1>Höga kustenleden</h1>
<p class="lead">Höga kustenleden är cirka 130 kilometer lång och delad i 13 etapper. Den går från
Höga Kusten-bron i söder till Örnsköldsvik i norr och passerar bland annat Skuleberget och
Skuleskogens nationalpark.</p>
<p>Leden går genom skog, över kala bergstoppar och förbi sjöar, myrar och fiskelägen. Terrängen är
kuperad med branta partier, sten och rötter – räkna med att gå långsammare än på plan mark. Du kan gå
hela leden på en dryg vecka eller välja en enstaka etapp som dagstur.</p>
""",
        b.margin,
        top,
        width,
    ) + b.mm(3)
    col_w = (width - b.mm(6)) / 2
    map_rect = QRectF(b.margin, top, col_w, b.mm(88))
    sketch_map(b, map_rect)
    b.text(
        "<p class='small'>Schematisk kartskiss – inte skalenlig. Ta med en riktig karta.</p>",
        b.margin,
        map_rect.bottom() + b.mm(1.5),
        col_w,
    )
    fx = b.margin + col_w + b.mm(6)
    facts = """
<h3 style="margin-top:0">Fakta</h3>
<p style="margin-bottom:0"><b>Längd:</b> cirka 130 km<br/><b>Etapper:</b> 13<br/><b>Sträckning:</b>
Höga Kusten-bron – Örnsköldsvik<br/><b>Övernattning:</b> vindskydd och stugor finns längs
leden<br/><b>Markering:</b> leden är markerad i terrängen</p>
"""
    fact_h = b.measure(facts, col_w - b.mm(7))
    fact = QRectF(fx, top, col_w, fact_h + b.mm(7))
    b.box(fact, INFO)
    b.text(facts, fx + b.mm(3.5), top + b.mm(3.5), col_w - b.mm(7), fact_h)
    b.text(
        """
<h2 style="margin-top:0">Svårighetsgrad</h2>
<p><b style="color:#2E7D5B">Lätt</b> – jämn stig och små höjdskillnader.<br/>
<b style="color:#C77700">Medel</b> – kuperat, sten och rötter.<br/>
<b style="color:#9E2B1E">Krävande</b> – branta stigningar och klippor.</p>
<p>Etapperna skiljer sig åt – välj en tur som passar dig och ditt sällskap.</p>
""",
        fx,
        fact.bottom() + b.mm(5),
        col_w,
        b.h - b.mm(16) - fact.bottom() - b.mm(5),
    )
    b.footer()
    # 4 — Skuleskogen
    b.new_page()
    top = b.band("crevasse", "summer", "brochure-hiking-skreva", 78) + b.mm(7)
    top += b.kicker("Nationalpark", top) + b.mm(1.5)
    b.page_text(
        top,
        """
<h1>Skuleskogen och Slåttdalsskrevan</h1>
<p class="lead">Skuleskogens nationalpark bildades 1984. Här finns gammal barrskog, djupa
sprickdalar, klapperstensfält och utsikter över skärgården.</p>
<h2>Slåttdalsskrevan</h2>
<p>Parkens mest kända plats är Slåttdalsskrevan – en smal klyfta som skär rakt igenom berget. Den är
ungefär 200 meter lång och upp till 40 meter djup. Stigen genom skrevan är stenig, så ta det lugnt
och se var du sätter fötterna.</p>
<h2>Bra att veta</h2>
<ul>
<li>Det finns flera entréer till parken med parkering och informationstavlor.</li>
<li>I nationalparken får du bara tälta och elda på anvisade platser.</li>
<li>Håll dig på stigarna – marken och växterna är känsliga.</li>
</ul>
""",
    )
    b.footer()
    # 5 — Skuleberget and Ulvön
    b.new_page()
    half = (b.h - b.mm(16)) / 2
    b.image("mountain", "autumn", "brochure-hiking-skuleberget", QRectF(0, 0, b.w, b.mm(50)))
    top = b.mm(50) + b.mm(5)
    b.page_text(
        top,
        """
<h2 style="margin-top:0; font-size:14pt">Skuleberget</h2>
<p>Skuleberget reser sig 295 meter över havet intill E4:an. Här syns högsta kustlinjen tydligt:
nedanför den har vågorna spolat bort jorden och lämnat kala klapperstensfält. Vid bergets fot ligger
naturum Höga kusten med utställningar om landhöjningen. Flera stigar leder till toppen, och för den
som vill klättra finns en via ferrata. Kungsgrottan i bergets sluttning nås via en stig.</p>
""",
    )
    y2 = half + b.mm(6)
    b.image("fishing_village", "summer", "brochure-hiking-ulvon", QRectF(0, y2, b.w, b.mm(50)))
    b.page_text(
        y2 + b.mm(55),
        """
<h2 style="margin-top:0; font-size:14pt">Ulvön</h2>
<p>Ulvön ligger i Örnsköldsviks skärgård och är känd för Ulvöhamn, ett av kustens mest välbevarade
fiskelägen med röda sjöbodar längs sundet. Det lilla kapellet är från 1600-talet. Ön nås med båt –
turerna är fler på sommaren, så kontrollera alltid aktuell tidtabell. På ön kan du vandra på stigar
över hällar och genom skog.</p>
""",
    )
    b.footer()
    # 6 — packing and safety
    b.new_page()
    top = b.band("tent", "evening", "brochure-hiking-pack", 50) + b.mm(7)
    top += b.kicker("Förberedelser", top) + b.mm(1.5)
    top += b.text("<h1>Packa rätt</h1>", b.margin, top, width)
    lists = (
        "<ul><li>Kängor eller stabila skor som tål väta</li><li>Regnkläder och ett extra varmt lager</li>"
        "<li>Vatten och matsäck</li><li>Karta och kompass – mobilen kan tappa täckningen</li></ul>",
        "<ul><li>Laddad mobil, gärna en powerbank</li><li>Plåster och skavsårsskydd</li>"
        "<li>Myggmedel sommartid, pannlampa höst och vinter</li><li>Sittunderlag och en påse för skräpet</li></ul>",
    )
    h1 = b.text(lists[0], b.margin, top, col_w)
    h2 = b.text(lists[1], b.margin + col_w + b.mm(6), top, col_w)
    top += max(h1, h2) + b.mm(4)
    sos = QRectF(b.margin, top, width, b.mm(16.5))
    b.box(sos, IMPORTANT)
    b.label("112", sos.x() + b.mm(5), sos.y() + b.mm(2.6), 22, "#FFFFFF", QFont.Weight.Bold)
    b.text(
        "<p style='color:#FFFFFF; font-size:10pt; margin:0'><b>Vid nödläge – ring 112.</b><br/>Berätta vad som hänt och var du är.</p>",
        sos.x() + b.mm(24),
        sos.y() + b.mm(3),
        width - b.mm(28),
        b.mm(13),
    )
    top = sos.bottom() + b.mm(3)
    b.page_text(
        top,
        """
<h2>Säkerhet</h2>
<ul>
<li>Berätta för någon vart du går och när du räknar med att vara tillbaka.</li>
<li>Kolla väderprognosen och hur länge det är ljust – på hösten blir det mörkt tidigt.</li>
<li>Klipporna blir hala när det regnar. Var extra försiktig nära branter.</li>
<li>Vänd hellre i tid än för sent.</li>
</ul>
""",
    )
    b.footer()
    # 7 — right of public access and leave no trace
    b.new_page()
    top = b.mm(12)
    top += b.kicker("I naturen", top) + b.mm(1.5)
    top += b.text(
        """
<h1>Allemansrätten i korthet</h1>
<p class="lead">Allemansrätten ger alla möjlighet att röra sig fritt i naturen – men med ansvar.
Huvudregeln är: <b>inte störa – inte förstöra</b>.</p>
""",
        b.margin,
        top,
        width,
    ) + b.mm(2)
    h1 = b.text(
        """
<h3 style="margin-top:0">Du får</h3>
<ul>
<li>gå och cykla på annans mark, men inte över tomter och odlingar</li>
<li>tälta en natt eller två, en bit från bostadshus</li>
<li>plocka bär, svamp och blommor som inte är fridlysta</li>
<li>bada och paddla</li>
</ul>""",
        b.margin,
        top,
        col_w,
    )
    h2 = b.text(
        """
<h3 style="margin-top:0">Tänk på</h3>
<ul>
<li>elda bara där det är säkert och tillåtet – respektera eldningsförbud</li>
<li>hunden ska vara under uppsikt – 1 mars–20 augusti så att den inte kan jaga vilt</li>
<li>i nationalparker och naturreservat gäller särskilda regler</li>
</ul>""",
        b.margin + col_w + b.mm(6),
        top,
        col_w,
    )
    top += max(h1, h2) + b.mm(5)
    lnt_html = """
<h2 style="margin-top:0">Leave no trace – lämna inga spår</h2>
<p>Sju enkla principer för att naturen ska se likadan ut när nästa person kommer:</p>
<ol>
<li>Planera och förbered dig.</li>
<li>Gå och tälta på tålig mark.</li>
<li>Ta med allt skräp hem.</li>
<li>Lämna det du hittar.</li>
<li>Var försiktig med eld.</li>
<li>Visa hänsyn mot djuren.</li>
<li>Ta hänsyn till andra besökare.</li>
</ol>
"""
    lnt_h = b.measure(lnt_html, width - b.mm(10))
    lnt = QRectF(b.margin, top, width, lnt_h + b.mm(8))
    b.box(lnt, INFO)
    b.text(lnt_html, lnt.x() + b.mm(5), lnt.y() + b.mm(4), width - b.mm(10), lnt_h)
    strip = lnt.bottom() + b.mm(6)
    if b.h - b.mm(17) - strip > b.mm(25):
        b.image(
            "lean_to",
            "summer",
            "brochure-hiking-leantoo",
            QRectF(0, strip, b.w, b.h - b.mm(17) - strip),
        )
    b.footer()
    # 8 — English summary
    b.new_page()
    top = b.band("coast", "dawn", "brochure-hiking-english", 34) + b.mm(6)
    top += b.kicker("In English", top) + b.mm(1)
    b.page_text(
        top,
        """
<h1 style="font-size:16pt">Hiking the High Coast – summary</h1>
<p>The High Coast (Höga kusten) is one of Sweden's most dramatic coastlines and a UNESCO World
Heritage Site. Since the ice sheet melted about 10,000 years ago the land has been rising; the
highest shoreline, about 286 m above today's sea, is the highest in the world.</p>
<h2>The High Coast Trail</h2>
<p>About 130 km in 13 stages, from the High Coast Bridge in the south to Örnsköldsvik in the north.
Hilly terrain with steep sections, rocks and roots. Shelters and huts along the way.</p>
<h2>Skuleskogen, Skuleberget and Ulvön</h2>
<p>Skuleskogen National Park (1984) has old forest, cobble fields and Slåttdalsskrevan, a cleft about
200 m long and up to 40 m deep. Skuleberget (295 m) shows the highest shoreline; naturum Höga kusten
is at its foot. Ulvön has one of the best-preserved fishing villages on the coast – check the boat
timetable before you go.</p>
<h2>Right of public access and safety</h2>
<p>Allemansrätten lets everyone walk and camp in nature: don't disturb, don't destroy. Special rules
apply in national parks. Leave no trace – take your rubbish home. In an emergency call
<b>112</b>. Tell someone your route, check the weather and daylight, and turn back in good time.</p>
""",
        base_pt=9.0,
    )
    b.footer()
    b.finish()
    return b.overflows


# ----- the service point brochure -------------------------------------------------------------


def services_page(b: Brochure, top: float) -> None:
    width = b.w - 2 * b.margin
    top += b.text(
        """
<h1>Vad är en servicepunkt?</h1>
<p class="lead">En servicepunkt är en lanthandel eller bensinstation på landsbygden som får
ersättning av Örnsköldsviks kommun för att erbjuda lite mer än en vanlig butik. Tanken är att
service ska finnas nära dig – även där det är långt till stan.</p>
<p>Varje servicepunkt erbjuder <b>minst tre av de här fem tjänsterna</b>:</p>
""",
        b.margin,
        top,
        width,
    ) + b.mm(2)
    rows = (
        (
            "computer",
            "Sök information och använd e-tjänster. Fråga personalen om du behöver skriva ut.",
        ),
        ("cafe", "En plats att sitta ner med en kopp kaffe och träffa andra."),
        ("tourist_info", "Broschyrer, kartor och tips om vad du kan göra i trakten."),
        (
            "activities",
            "Minst tre aktiviteter om året, till exempel musikcafé, kurser eller en byadag.",
        ),
        ("home_delivery", "Dagligvaror hem till dig som har svårt att ta dig till butiken."),
    )
    r = b.mm(6.2)
    for key, desc in rows:
        service_icon(b.p, key, b.margin + r, top + r, r)
        h = b.text(
            f"<p style='margin:0'><b style='color:{HEADER}'>{SERVICE_NAMES[key]}</b><br/>{desc}</p>",
            b.margin + 2 * r + b.mm(4),
            top + b.mm(0.6),
            width - 2 * r - b.mm(4),
        )
        top += max(2 * r, h) + b.mm(3.2)
    b.page_text(
        top,
        "<p class='small'>Vilka tjänster som finns på varje servicepunkt ser du i kiosken och i listan på sidan 6.</p>",
    )


def computer_page(b: Brochure) -> None:
    width = b.w - 2 * b.margin
    top = b.mm(12)
    top += b.kicker("Publik dator", top) + b.mm(1.5)
    top += b.text(
        """
<h1>Använd datorn tryggt</h1>
<p class="lead">Datorn på servicepunkten är till för alla. Du behöver inget eget konto.</p>
""",
        b.margin,
        top,
        width,
    ) + b.mm(2)
    steps = (
        ("1", "Starta", "Tryck på skärmen för att börja."),
        ("2", "Använd", "Sök, läs och använd kommunens och myndigheternas e-tjänster."),
        (
            "3",
            "Avsluta",
            "Tryck på <b>Avsluta</b> när du är klar. Då raderas allt från din session: "
            "historik, inloggningar, ifyllda formulär och nedladdade filer.",
        ),
    )
    r = b.mm(4.6)
    for num, head, desc in steps:
        b.p.setPen(Qt.PenStyle.NoPen)
        b.p.setBrush(QColor(ACCENT))
        b.p.drawEllipse(QPointF(b.margin + r, top + r), r, r)
        b.label(
            num,
            b.margin,
            top + r - b.pt(6.5),
            10,
            "#FFFFFF",
            QFont.Weight.Bold,
            align=Qt.AlignmentFlag.AlignHCenter,
            width=2 * r,
        )
        h = b.text(
            f"<p style='margin:0'><b style='color:{HEADER}'>{head}</b><br/>{desc}</p>",
            b.margin + 2 * r + b.mm(4),
            top,
            width - 2 * r - b.mm(4),
        )
        top += max(2 * r, h) + b.mm(3.5)
    warn = QRectF(b.margin, top, width, b.mm(24))
    b.box(warn, IMPORTANT)
    b.text(
        "<p style='color:#FFFFFF; font-size:10.5pt; margin:0'><b>Lämna aldrig BankID inloggat.</b></p>"
        "<p style='color:#FFFFFF; margin:0'>Logga alltid ut från banken, 1177 och andra tjänster där du har "
        "legitimerat dig – och tryck sedan på Avsluta.</p>",
        warn.x() + b.mm(5),
        warn.y() + b.mm(3.5),
        warn.width() - b.mm(10),
        warn.height() - b.mm(5),
    )
    top = warn.bottom() + b.mm(4)
    b.page_text(
        top,
        """
<h2>Goda råd</h2>
<ul>
<li>Spara inte lösenord i webbläsaren.</li>
<li>Skydda koder och personnummer från nyfikna blickar.</li>
<li>Om ingen rör skärmen på en stund frågar datorn om du är kvar. Svarar ingen avslutas sessionen
automatiskt.</li>
<li>Banken, kommunen eller polisen ber dig aldrig logga in med BankID i telefon. Lägg på om någon gör det.</li>
<li>Behöver du hjälp? Fråga personalen i butiken.</li>
</ul>
""",
    )
    b.footer()


def delivery_page(b: Brochure) -> None:
    width = b.w - 2 * b.margin
    top = b.band("cabin", "winter", "brochure-sp-delivery", 56) + b.mm(7)
    top += b.kicker("Hemleverans", top) + b.mm(1.5)
    top += b.text(
        """
<h1>Hemleverans av dagligvaror</h1>
<p class="lead">Har du svårt att ta dig till butiken – på grund av ålder, sjukdom eller långa
avstånd – kan du få varorna hemkörda från servicepunkter som erbjuder hemleverans.</p>
<h2>Så brukar det gå till</h2>
""",
        b.margin,
        top,
        width,
    ) + b.mm(1)
    steps = (
        ("Beställ", "Ring, mejla eller lämna din inköpslista i butiken."),
        ("Butiken plockar", "Personalen packar dina varor."),
        ("Leverans", "Varorna körs ut på bestämda dagar."),
        ("Betala", "Enligt butikens rutiner, till exempel med kort eller faktura."),
    )
    col_w = (width - b.mm(5)) / 2
    for i, (head, desc) in enumerate(steps):
        x = b.margin + (i % 2) * (col_w + b.mm(5))
        y = top + (i // 2) * b.mm(24)
        b.box(QRectF(x, y, col_w, b.mm(21)), INFO)
        b.text(
            f"<p style='margin:0'><b style='color:{HEADER}'>{i + 1}. {head}</b><br/>{desc}</p>",
            x + b.mm(3.5),
            y + b.mm(2.8),
            col_w - b.mm(7),
            b.mm(17),
        )
    top += 2 * b.mm(24) + b.mm(2)
    b.page_text(
        top,
        """
<p><b>Villkoren varierar.</b> Vilka dagar butiken kör ut, hur långt och vad det kostar bestämmer
varje servicepunkt. Fråga i din butik.</p>
""",
    )
    b.footer()


def more_page(b: Brochure) -> None:
    top = b.band("cafe", "summer", "brochure-sp-cafe", 70) + b.mm(7)
    top += b.kicker("Mötesplats", top) + b.mm(1.5)
    b.page_text(
        top,
        """
<h1>Fika, tips och aktiviteter</h1>
<h2>Kaféhörnan</h2>
<p>Slå dig ner med en kopp kaffe, läs tidningen eller prata en stund med grannarna. Utbudet varierar
från butik till butik.</p>
<h2>Turistinformation</h2>
<p>Här finns broschyrer och kartor, och i kiosken kan du läsa om sevärdheter, leder och evenemang i
kommunen. Personalen tipsar gärna om vad som är värt att se i trakten.</p>
<h2>Aktiviteter</h2>
<p>Servicepunkter som erbjuder aktiviteter ordnar minst tre om året – det kan vara musikcafé,
kurser, promenadgrupper eller en byadag. Vad som händer ser du i kiosken.</p>
<h2>Kiosken</h2>
<p>På servicepunkten finns en pekskärm där du hittar evenemang, kommunens e-tjänster och
information om bygden. Den kan visa text på flera språk och med större bokstäver.</p>
""",
    )
    b.footer()


def list_page(b: Brochure, points: list[dict[str, Any]]) -> None:
    width = b.w - 2 * b.margin
    top = b.mm(12)
    top += b.kicker("Här finns vi", top) + b.mm(1.5)
    top += b.text("<h1>Servicepunkterna</h1>", b.margin, top, width) + b.mm(1)
    note = QRectF(b.margin, top, width, b.mm(15))
    b.box(note, "#FCEFD9")
    b.text(
        "<p style='margin:0'><b>Exempeldata.</b> Butikerna i listan är påhittade och visar bara hur "
        "kiosken fungerar. Byarna finns på riktigt.</p>",
        note.x() + b.mm(4),
        note.y() + b.mm(2.6),
        note.width() - b.mm(8),
        note.height() - b.mm(3),
    )
    top = note.bottom() + b.mm(5)
    r = b.mm(2.9)
    icons_w = 5 * 2 * r + 4 * b.mm(1.3)
    name_w = width - icons_w - b.mm(3)
    b.label("Servicepunkt och by", b.margin, top, 7.4, MUTED, QFont.Weight.DemiBold, spacing=4)
    b.label(
        "Tjänster",
        b.w - b.margin,
        top,
        7.4,
        MUTED,
        QFont.Weight.DemiBold,
        spacing=4,
        align=Qt.AlignmentFlag.AlignRight,
        width=icons_w,
    )
    top += b.mm(5)
    row_h = b.mm(12.5)
    for i, sp in enumerate(points):
        y = top + i * row_h
        if i % 2 == 0:
            b.p.fillRect(QRectF(b.margin - b.mm(2), y, width + b.mm(4), row_h), QColor("#F4F1EB"))
        b.label(
            str(sp.get("name", sp["id"])),
            b.margin,
            y + b.mm(2.2),
            9.6,
            HEADER,
            QFont.Weight.DemiBold,
            width=name_w,
        )
        b.label(str(sp.get("village", "")), b.margin, y + b.mm(6.6), 8.2, MUTED, width=name_w)
        criteria = sp.get("criteria", {})
        for k, key in enumerate(SERVICE_KEYS):
            cx = b.w - b.margin - icons_w + r + k * (2 * r + b.mm(1.3))
            service_icon(b.p, key, cx, y + row_h / 2, r, bool(criteria.get(key)))
    top += len(points) * row_h + b.mm(5)
    legend = " · ".join(SERVICE_NAMES[k] for k in SERVICE_KEYS)
    b.page_text(
        top,
        f"<p class='small'>Ikonerna i ordning: {legend}. Grå ikon = finns inte på den servicepunkten.</p>",
    )
    b.footer()


def service_brochure(path: Path, points: list[dict[str, Any]]) -> list[str]:
    rows_per_page = 12
    list_pages = max(1, math.ceil(len(points) / rows_per_page))
    b = Brochure(path, "Servicepunkter i Örnsköldsviks kommun", "Servicepunkter", 6 + list_pages)
    b.cover(
        "service_point_cover",
        "summer",
        "brochure-sp-cover",
        "Örnsköldsviks kommun",
        "Servicepunkter i Örnsköldsviks kommun",
        "Dator, fika, turistinformation, aktiviteter och hemleverans – i din byabutik.",
        "Här får du veta vad en servicepunkt är, hur du använder den publika datorn tryggt och hur "
        "hemleverans fungerar.",
    )
    b.new_page()
    top = b.band("info", "summer", "brochure-sp-what", 44) + b.mm(7)
    top += b.kicker("Service nära dig", top) + b.mm(1.5)
    services_page(b, top)
    b.footer()
    b.new_page()
    computer_page(b)
    b.new_page()
    delivery_page(b)
    b.new_page()
    more_page(b)
    for k in range(list_pages):
        b.new_page()
        list_page(b, points[k * rows_per_page : (k + 1) * rows_per_page])
    b.new_page()
    back_page(b)
    b.finish()
    return b.overflows


def back_page(b: Brochure) -> None:
    img_h = b.h * 0.5
    b.image("fishing_village", "evening", "brochure-sp-back", QRectF(0, b.h - img_h, b.w, img_h))
    top = b.mm(14)
    top += b.kicker("Om broschyren", top) + b.mm(1.5)
    b.page_text(
        top,
        """
<h1>Frågor om servicepunkterna?</h1>
<p class="lead">Fråga personalen på din servicepunkt eller kontakta Örnsköldsviks kommun.</p>
<h2>Om den här broschyren</h2>
<p>Det här är en demobroschyr som visar hur Servicepunkt Kiosk fungerar. Butikerna, adresserna och
telefonnumren i exempeldatan är påhittade. Illustrationerna är ritade med kod för demon.</p>
""",
        bottom_gap_mm=210 * 0.5 + 4,
    )
    b.p.fillRect(QRectF(0, b.h - b.mm(16), b.w, b.mm(16)), QColor(0, 0, 0, 90))
    b.footer(dark=True)


def render_cover(pdf: Path, png: Path, width: int = 600) -> int:
    """Page 1 of a PDF as a PNG (for the kiosk's brochure shelf)."""
    doc = QPdfDocument()
    doc.load(str(pdf))
    size = doc.pagePointSize(0)
    height = round(width * size.height() / size.width())
    img = doc.render(0, QSize(width, height))
    out = QImage(width, height, QImage.Format.Format_RGB32)
    out.fill(QColor("#FFFFFF"))
    p = QPainter(out)
    p.drawImage(0, 0, img)
    p.end()
    doc.close()
    png.parent.mkdir(parents=True, exist_ok=True)
    if not out.save(str(png)):
        raise OSError(f"could not write {png}")
    return png.stat().st_size


SCENES["service_point_cover"] = lambda a: scene_service_point(a, False, FALU, "road")


# --------------------------------------------------------------------------------------------
# Sounds
# --------------------------------------------------------------------------------------------

RATE = 44_100


def bell(freq: float, t: float, decay: float) -> float:
    """A soft bell-like tone: a sine with a few quickly fading partials."""
    partials = ((1.0, 1.0, 1.0), (2.0, 0.22, 0.55), (3.0, 0.06, 0.35), (4.17, 0.03, 0.25))
    return sum(
        amp * math.exp(-t / (decay * dk)) * math.sin(2 * math.pi * freq * ratio * t)
        for ratio, amp, dk in partials
    )


def envelope_attack(t: float, attack: float) -> float:
    return 1.0 if t >= attack else 0.5 - 0.5 * math.cos(math.pi * t / attack)


def write_wav(path: Path, samples: Sequence[float], peak: float) -> int:
    """Normalise to the given peak and write 16-bit mono PCM."""
    top = max(1e-9, *(abs(s) for s in samples))
    data = b"".join(struct.pack("<h", round(s / top * peak * 32767)) for s in samples)
    path.parent.mkdir(parents=True, exist_ok=True)
    with wave.open(str(path), "wb") as w:
        w.setnchannels(1)
        w.setsampwidth(2)
        w.setframerate(RATE)
        w.writeframes(data)
    return path.stat().st_size


def chime_samples(duration: float = 0.6) -> list[float]:
    """Two soft rising tones (G5 then C6), gentle attack and a long fade."""
    n = round(RATE * duration)
    notes = ((0.0, 783.99, 0.9), (0.16, 1046.5, 0.8))
    out = []
    for i in range(n):
        t = i / RATE
        v = 0.0
        for start, freq, gain in notes:
            if t >= start:
                u = t - start
                v += gain * envelope_attack(u, 0.008) * bell(freq, u, 0.2)
        fade = min(1.0, (duration - t) / 0.06)
        out.append(v * fade)
    return out


def tick_samples(duration: float = 0.08) -> list[float]:
    """A very soft, short wooden tick."""
    n = round(RATE * duration)
    out = []
    for i in range(n):
        t = i / RATE
        v = (
            envelope_attack(t, 0.002)
            * math.exp(-t / 0.014)
            * (math.sin(2 * math.pi * 1046.5 * t) + 0.25 * math.sin(2 * math.pi * 2093 * t))
        )
        out.append(v * min(1.0, (duration - t) / 0.01))
    return out


def make_sounds(folder: Path) -> list[tuple[Path, int]]:
    chime = folder / "chime.wav"
    tick = folder / "tick.wav"
    return [
        (chime, write_wav(chime, chime_samples(), 0.45)),
        (tick, write_wav(tick, tick_samples(), 0.22)),
    ]


# --------------------------------------------------------------------------------------------
# Entry point
# --------------------------------------------------------------------------------------------


def fixed_pdf_dates(path: Path) -> None:
    """Replace the PDF's creation date with a fixed one of the same length so reruns match."""
    data = path.read_bytes()

    def same_length(m: re.Match[bytes]) -> bytes:
        return m.group(1) + b"20260101000000" + m.group(2)[14:]

    data = re.sub(rb"(\(D:)(\d{14}[^)]*)", same_length, data)
    data = re.sub(
        rb'(xmp:(?:CreateDate|ModifyDate|MetadataDate)=")\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d',
        lambda m: m.group(1) + b"2026-01-01T00:00:00",
        data,
    )
    path.write_bytes(data)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--source",
        type=Path,
        default=ASSETS / "demo-source",
        help="folder with places.toml and service_points.toml",
    )
    parser.add_argument(
        "--out", type=Path, help="folder for images/ and brochures/ (default: --source)"
    )
    parser.add_argument(
        "--sounds", type=Path, default=ASSETS / "sounds", help="folder for chime.wav and tick.wav"
    )
    parser.add_argument(
        "--only",
        action="append",
        choices=["images", "brochures", "sounds"],
        help="make only these parts",
    )
    args = parser.parse_args(argv)
    parts = set(args.only or ["images", "brochures", "sounds"])
    out: Path = args.out or args.source
    images, brochures = out / "images", out / "brochures"
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    keep_none_alive()
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])
    load_fonts()
    items, points = load_items(args.source)
    if not items:
        print(f"note: no places.toml or service_points.toml in {args.source}", file=sys.stderr)
    problems: list[str] = []
    if "images" in parts:
        for item in items:
            info, size = make_item_image(item, images)
            print(f"{item.file:40s} {size / 1024:6.1f} KB  {info}")
            if size > MAX_JPEG_BYTES:
                problems.append(f"{item.file} is {size} bytes")
        size = make_hero(images)
        print(f"{'hero-hoga-kusten.jpg':40s} {size / 1024:6.1f} KB")
    if "brochures" in parts:
        for name, make in (
            ("hoga-kusten-vandring", hiking_brochure),
            ("servicepunkter-ovik", lambda path: service_brochure(path, points)),
        ):
            pdf = brochures / f"{name}.pdf"
            problems += [f"{pdf.name} {msg}" for msg in make(pdf)]
            fixed_pdf_dates(pdf)
            size = render_cover(pdf, images / f"cover-{name}.png")
            print(
                f"{pdf.name:40s} {pdf.stat().st_size / 1024:6.1f} KB  (cover {size / 1024:.1f} KB)"
            )
    if "sounds" in parts:
        for path, size in make_sounds(args.sounds):
            print(f"{path.name:40s} {size / 1024:6.1f} KB")
    total = sum(f.stat().st_size for f in images.glob("*") if f.is_file()) if images.exists() else 0
    print(f"images/ total {total / 1024 / 1024:.2f} MB")
    if total > 6 * 1024 * 1024:
        problems.append("images/ is larger than 6 MB")
    del app
    for msg in problems:
        print(f"problem: {msg}", file=sys.stderr)
    return 1 if problems else 0


if __name__ == "__main__":
    # Qt's hash seed decides the order of fonts in a PDF; it is read when Qt is loaded, so
    # restart once with a fixed seed to make the brochures byte-identical between runs.
    if os.environ.get("QT_HASH_SEED") != "0":
        os.environ["QT_HASH_SEED"] = "0"
        os.execv(sys.executable, [sys.executable, *sys.argv])
    sys.exit(main())
