"""Memory as the kiosk really runs: `kiosk run` full screen on an X display (Xvfb), its whole
process tree (the kiosk and every QtWebEngineProcess below it), against Chromium --kiosk.

    python tests/bench/memory_bench.py        (or run.py --only memory; about 2.5 min)

1. The kiosk at rest on its home screen (demo content, 1920x1080): the tree's PSS. Budget
   150 MB (the design brief's home screen budget).
2. Two visits: a visitor taps E-services, then an e-service (a loopback page shaped like a
   municipal one: a form, scripts, photos), taps into its name field and types, then taps
   Avsluta and Hem, and walks away: the countdown ends the visit. Peak and steady PSS with the
   page open: budget 450 MB (design brief).
   Home after each visit against before it: a visit that used the browser ends with a fresh
   kiosk process (kiosk.app.fresh_after_browser), which gives back the browser engine the
   visit loaded; within +15 % (the issue's "close to its pre-visit size") and the second
   within 10 % of the first (the design brief's bound on growth over visits). The change
   after the first visit is split by kind (pss.KINDS): anonymous memory, pages of mapped
   files (mostly library code) and shared memory.
3. Debian's Chromium --kiosk on a static copy of the home screen (same tiles, texts, icons),
   same screen, fresh profile: its tree at rest. Bar (issue 25): the kiosk's home at most 0.3x.

Speech is off: its engine is a process of its own (about 19 MB) whose life depends on whether
speech-dispatcher is installed, which would make before and after differ by chance. PSS divides
a shared library's pages among every process that maps it, so other Qt programs running on the
machine at the same time lower the figures a little.

Taps are real X clicks (xdotool) at points found by tests/bench/memory_probe.py, which lays
the same kiosk out offscreen at the same size.
"""

from __future__ import annotations

import http.server
import json
import os
import re
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

HERE = Path(__file__).resolve().parent
REPO = HERE.parents[1]
sys.path.insert(0, str(HERE.parent))
sys.path.insert(0, str(HERE))

from alertfixtures import smhi_answer, vma_answer  # noqa: E402
from feedmaker import apply_folder  # noqa: E402
from pss import tree_kinds, tree_parts, tree_pss_mb  # noqa: E402

from kiosk.feed.build import build_feed  # noqa: E402
from kiosk.feed.ics import STOCKHOLM  # noqa: E402
from kiosk.paths import DataDir, assets_dir  # noqa: E402

Row = tuple[str, str, str, str]
SCREEN = (1920, 1080)
"""A Full HD touch screen, the kiosk's design size (kiosk screenshot's default)."""
OPEN_BUDGET_MB = 450
HOME_BUDGET_MB = 150
CHROMIUM_BAR = 0.3
BACK_WITHIN = 0.15
"""After a visit the tree comes back within this much of its size before the visit (issue 25:
"close to its pre-visit size"); 15 % leaves room for the caches a visit warms and for the
run-to-run noise of a steady figure (a few MB on 70-300 MB)."""
AGAIN_WITHIN = 0.10
"""The second visit against the first: the design brief's bound on growth over many visits."""
IDLE_TIMEOUT = 20
"""Seconds without a tap before the countdown: the home figures are taken well before it."""
COUNTDOWN = 20
"""The shortest countdown the settings allow: then the visit ends."""
CHROMIUM = Path("/usr/bin/chromium")
PAGES = HERE / "pages"
NAME = "Anna Andersson"
VISITS = 2
"""The first visit against the kiosk's start; the second shows what a visit leaves."""


# --- the loopback web server: the e-service, Chromium's home page, the warning sources --------


def vendor_js() -> bytes:
    """A framework-sized script (~300 KB) as e-service platforms load, with the helpers form.js uses."""
    streets = [
        f"{name}{suffix}"
        for name in ("Stor", "Nygatan", "Skol", "Kyrk", "Järnvägs", "Strand", "Park", "Berg", "Älv")
        for suffix in ("gatan", "vägen", "backen", "stigen", " allé", "gränd")
    ]
    filler = "".join(
        f"function m{n}(a,b){{const c=[a,b,{n}].map(x=>String(x).padStart(4,'0'));"
        f"return c.join('-')+(a>{n}?m{max(n - 1, 0)}(a-1,b):'');}}\n"
        for n in range(2500)
    )
    helpers = (
        "const Vendor={streets:()=>" + json.dumps(streets) + ","
        "date:d=>d.toLocaleDateString('sv-SE'),"
        "serialize:f=>Object.fromEntries(new FormData(f)),"
        "validate:f=>[...f.querySelectorAll('[required]')].filter(e=>e.type==='checkbox'?"
        "!e.checked:!e.value).map(e=>'Fyll i '+(e.labels[0]||e).textContent.trim()+'.')};\n"
    )
    return (filler + helpers).encode()


LOGO = (
    b'<svg xmlns="http://www.w3.org/2000/svg" width="210" height="48"><rect width="48" height="48"'
    b' rx="8" fill="#0b5c7a"/><text x="60" y="32" font-size="20" font-family="sans-serif"'
    b' fill="#0b5c7a">\xc3\x96rnsk\xc3\xb6ldsvik</text></svg>'
)


def site_files(now: datetime) -> dict[str, tuple[bytes, str]]:
    """Path -> (body, content type) for everything the loopback server answers."""
    photos = assets_dir() / "demo-source" / "images"
    files = {
        "/": ((PAGES / "eservice.html").read_bytes(), "text/html; charset=utf-8"),
        "/eservice.css": ((PAGES / "eservice.css").read_bytes(), "text/css"),
        "/js/vendor.js": (vendor_js(), "text/javascript"),
        "/js/cookies.js": ((PAGES / "cookies.js").read_bytes(), "text/javascript"),
        "/js/form.js": ((PAGES / "form.js").read_bytes(), "text/javascript"),
        "/img/logo.svg": (LOGO, "image/svg+xml"),
        "/home.html": ((PAGES / "home.html").read_bytes(), "text/html; charset=utf-8"),
        "/vma": (vma_answer(now), "application/json"),
        "/smhi": (smhi_answer(), "application/json"),
        "/kris": (b"[]", "application/json"),
    }
    for name, photo in (
        ("hero", "hero-hoga-kusten"),
        ("map", "ulvohamn"),
        ("aside1", "skuleberget"),
        ("aside2", "hoga-kusten-bron"),
        ("aside3", "trysunda"),
    ):
        files[f"/img/{name}.jpg"] = ((photos / f"{photo}.jpg").read_bytes(), "image/jpeg")
    for icon in (assets_dir() / "icons" / "phosphor").glob("*.svg"):
        files[f"/icons/{icon.name}"] = (icon.read_bytes(), "image/svg+xml")
    return files


class Site(http.server.ThreadingHTTPServer):
    """The loopback server; remembers what was asked (the pages' /loaded and /typed beacons)."""

    daemon_threads = True

    def __init__(self, files: dict[str, tuple[bytes, str]]) -> None:
        super().__init__(("127.0.0.1", 0), _Handler)
        self.files = files
        self.asked: list[tuple[str, dict[str, list[str]]]] = []
        threading.Thread(target=self.serve_forever, daemon=True).start()

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server_address[1]}"

    def beacon(self, path: str) -> dict[str, list[str]] | None:
        """The query of the last request for `path`, None if it never came."""
        return next((query for asked, query in reversed(self.asked) if asked == path), None)


class _Handler(http.server.BaseHTTPRequestHandler):
    server: Site

    def do_GET(self) -> None:
        parts = urlsplit(self.path)
        self.server.asked.append((parts.path, parse_qs(parts.query)))
        body, kind = self.server.files.get(parts.path, (b"", "text/plain"))
        self.send_response(200 if body or parts.path in ("/loaded", "/typed") else 404)
        self.send_header("Content-Type", kind)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, *args: object) -> None:
        pass


# --- the display, the feed and the measuring -----------------------------------------------


@contextmanager
def xvfb() -> Iterator[str]:
    """A fresh X display of SCREEN's size (Xvfb picks a free number); yields ':N'."""
    read, write = os.pipe()
    size = f"{SCREEN[0]}x{SCREEN[1]}x24"
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", str(write), "-screen", "0", size, "-nolisten", "tcp"],
        pass_fds=(write,), stderr=subprocess.DEVNULL,
    )  # fmt: skip
    os.close(write)
    with os.fdopen(read) as answer:
        display = f":{answer.readline().strip()}"
    try:
        yield display
    finally:
        server.terminate()
        server.wait(10)


def feed_with_eservice(root: Path, site: str) -> tuple[Path, Path]:
    """The demo content with Örnsköldsvik's e-service link on the loopback page; a data dir
    holding it and a config file (alerts from the loopback server: none)."""
    src = root / "src"
    shutil.copytree(assets_dir() / "demo-source", src)
    links = src / "links.toml"
    text = links.read_text(encoding="utf-8")
    text = text.replace('url = "https://www.ornskoldsvik.se/"', f'url = "{site}/"', 1)
    text = re.sub(r'allow = \["ornskoldsvik.se"[^\]]*\]', "allow = []", text, count=1)
    links.write_text(text, encoding="utf-8")
    feed = root / "feed"
    build_feed(src, feed, now=datetime(2026, 11, 1, tzinfo=UTC))
    data = DataDir(root / "data")
    apply_folder(feed, data, datetime.now(STOCKHOLM))
    config = root / "kiosk.toml"
    values = {
        "service_point": "bjorna",
        "feed_url": str(feed),
        "sound": False,
        "speech": False,
        "idle_timeout": IDLE_TIMEOUT,
        "countdown_seconds": COUNTDOWN,
        "vma_url": f"{site}/vma",
        "smhi_warnings_url": f"{site}/smhi",
        "krisinformation_url": f"{site}/kris",
    }
    config.write_text("".join(f"{k} = {json.dumps(v)}\n" for k, v in values.items()), "utf-8")
    return config, data.root


def steady(pid: int, longest: float = 15.0) -> float:
    """The tree's PSS once it stops moving: the median of the last 6 samples (0.5 s apart) once
    they lie within 2 % (at least 3 MB) of each other, or after `longest` seconds."""
    samples: list[float] = []
    end = time.monotonic() + longest
    while time.monotonic() < end:
        samples.append(tree_pss_mb(pid))
        last = samples[-6:]
        if len(last) == 6 and max(last) - min(last) < max(3, 0.02 * min(last)):
            break
        time.sleep(0.5)
    return statistics.median(samples[-6:])


def peak_until(pid: int, done: Callable[[], bool], longest: float) -> tuple[float, bool]:
    """The highest PSS of the tree, sampled every 0.2 s until `done()`; and whether it was."""
    peak, end = 0.0, time.monotonic() + longest
    while time.monotonic() < end:
        peak = max(peak, tree_pss_mb(pid))
        if done():
            return peak, True
        time.sleep(0.2)
    return peak, False


def xdotool(display: str, *args: str) -> None:
    env = {**os.environ, "DISPLAY": display}
    subprocess.run(["xdotool", *args], env=env, check=True, timeout=30, stdout=subprocess.DEVNULL)


def starts(data: Path) -> int:
    """How many times the kiosk has started so far, by its log (a fresh start keeps its pid)."""
    log = data / "logs" / "kiosk.log"
    text = log.read_text(encoding="utf-8") if log.exists() else ""
    return text.count("INFO kiosk: kiosk started (")


def started_again(display: str, data: Path, before: int, longest: float) -> None:
    """Wait for the kiosk's start number `before` + 1 to show its window."""
    end = time.monotonic() + longest
    while starts(data) <= before:
        if time.monotonic() > end:
            raise RuntimeError("the kiosk did not start afresh after the visit")
        time.sleep(0.2)
    xdotool(display, "search", "--sync", "--onlyvisible", "--name", "Servicepunkt")


def tap(display: str, spot: list[int]) -> None:
    """A click at window coordinates: the kiosk is full screen at the screen's origin."""
    xdotool(display, "mousemove", str(spot[0]), str(spot[1]), "click", "1")


def stop(child: subprocess.Popen[bytes]) -> None:
    """End a process started in a session of its own, with all it started."""
    try:
        os.killpg(child.pid, signal.SIGTERM)
        child.wait(10)
    except subprocess.TimeoutExpired:
        os.killpg(child.pid, signal.SIGKILL)
        child.wait(10)
    except ProcessLookupError:
        pass


def kiosk_env(display: str) -> dict[str, str]:
    """As on a shop's X11 computer: no test platform, flags or settings from this shell."""
    drop = ("KIOSK_", "QT_QPA", "QTWEBENGINE_CHROMIUM_FLAGS", "WAYLAND_DISPLAY")
    env = {k: v for k, v in os.environ.items() if not k.startswith(drop)}
    return {**env, "DISPLAY": display, "PYTHONPATH": str(REPO)}


def probe(config: Path, data: Path) -> dict[str, list[int]]:
    """Where to tap (memory_probe.py)."""
    size = f"{SCREEN[0]}x{SCREEN[1]}"
    command = [sys.executable, str(HERE / "memory_probe.py"), str(config), str(data), size]
    env = {k: v for k, v in kiosk_env("").items() if k != "DISPLAY"}
    done = subprocess.run(command, capture_output=True, text=True, env=env, timeout=120, check=True)
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def visit(
    display: str, site: Site, spots: dict[str, list[int]], pid: int, data: Path
) -> dict[str, float]:
    """One visitor: E-services, the e-service, a name typed into its form, Avsluta, Hem.
    The tree's peak and steady PSS with the page open, its parts, and its steady PSS after."""
    site.asked.clear()
    tap(display, spots["home"])  # from the attract screen, if the kiosk shows it
    time.sleep(0.5)
    tap(display, spots["services tile"])
    time.sleep(0.5)
    tap(display, spots["first e-service"])
    peak, loaded = peak_until(pid, lambda: site.beacon("/loaded") is not None, 30)
    if not loaded:
        raise RuntimeError("the e-service page never loaded (a tap missed?)")
    field = site.beacon("/loaded") or {}
    web = spots["web area"]
    typing = [web[0] + int(field["x"][0]), web[1] + int(field["y"][0])]
    for _ in range(5):  # Chromium drops input that comes before its first frame is shown
        tap(display, typing)
        xdotool(display, "type", "--delay", "40", NAME)
        typed, ok = peak_until(pid, lambda: site.beacon("/typed") is not None, 2)
        peak = max(peak, typed)
        if ok:
            break
    else:
        raise RuntimeError("the e-service page never got the visitor's typing")
    figures = {"open": steady(pid, longest=4)}
    figures["open peak"] = max(peak, figures["open"])
    figures.update({f"open: {k}": v for k, v in tree_parts(pid).items()})
    # A tap beside the field puts the on-screen keyboard away (with it up, the kiosk's header
    # gives way and Avsluta moves up); the aside's photos are beside the field either way.
    tap(display, [web[0] + SCREEN[0] - 200, web[1] + 200])
    time.sleep(1)
    tap(display, spots["end session"])
    time.sleep(0.5)
    tap(display, spots["home"])
    # The visitor walks away and the countdown ends the visit. It used the browser, so the kiosk
    # starts afresh in its process (kiosk.app.fresh_after_browser) and shows a new window, on
    # the attract screen; the next visitor's tap brings home.
    started_again(display, data, starts(data), longest=IDLE_TIMEOUT + COUNTDOWN + 60)
    time.sleep(2)  # the new start's input side and its first sync pass, as at the first start
    tap(display, spots["home"])
    figures["after"] = steady(pid)
    figures.update({f"after: {k}": v for k, v in tree_parts(pid).items()})
    figures.update({f"kind: {k}": v for k, v in tree_kinds(pid).items()})
    return figures


def kiosk_figures(display: str, site: Site, root: Path) -> list[dict[str, float]]:
    """The kiosk's tree at rest on home, then two visits (see `visit`)."""
    config, data = feed_with_eservice(root, site.url)
    spots = probe(config, data)
    command = [sys.executable, "-m", "kiosk", "run", "--config", str(config)]
    command += ["--data-dir", str(data)]
    kiosk = subprocess.Popen(
        command, env=kiosk_env(display), start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        xdotool(display, "search", "--sync", "--onlyvisible", "--name", "Servicepunkt")
        time.sleep(2)  # the first sync pass and the input side start after the first frame
        home = {"home": steady(kiosk.pid)}
        home.update({f"kind: {k}": v for k, v in tree_kinds(kiosk.pid).items()})
        visits = [visit(display, site, spots, kiosk.pid, data) for _ in range(VISITS)]
    finally:
        stop(kiosk)
    # On a busy machine the kiosk may take a slow renderer for hung and replace it (and its
    # memory) in the middle of a visit: say so beside the figures.
    log = data / "logs" / "kiosk.log"
    lines = log.read_text(encoding="utf-8").splitlines() if log.exists() else []
    home["renderers replaced"] = sum("kiosk.ui.browser.renderer" in line for line in lines)
    return [home, *visits]


def chromium_figure(display: str, site: Site, root: Path) -> float:
    """Chromium --kiosk on the static copy of the home screen, fresh profile: its tree at rest."""
    command = [str(CHROMIUM), "--kiosk", f"--user-data-dir={root / 'chromium'}"]
    command += [f"--window-size={SCREEN[0]},{SCREEN[1]}", "--window-position=0,0"]
    command += [
        "--ozone-platform=x11",
        "--no-first-run",
        "--noerrdialogs",
        "--password-store=basic",
    ]
    if os.geteuid() == 0:
        command.append("--no-sandbox")  # Chromium refuses to run as root with its sandbox
    command.append(f"{site.url}/home.html")
    site.asked.clear()
    chromium = subprocess.Popen(
        command, env={**os.environ, "DISPLAY": display}, start_new_session=True,
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
    )  # fmt: skip
    try:
        _peak, loaded = peak_until(chromium.pid, lambda: site.beacon("/loaded") is not None, 30)
        if not loaded:
            raise RuntimeError("Chromium never loaded the home page")
        return steady(chromium.pid)
    finally:
        stop(chromium)


def memory_rows() -> list[Row]:
    if shutil.which("Xvfb") is None or shutil.which("xdotool") is None:
        print("memory benchmark skipped: needs Xvfb and xdotool (CI installs them)")
        return [("memory in a real window", "skipped", "no Xvfb or xdotool", "")]
    with tempfile.TemporaryDirectory() as tmp, xvfb() as display:
        site = Site(site_files(datetime.now(UTC)))
        try:
            kiosk = kiosk_figures(display, site, Path(tmp))
            if CHROMIUM.exists():
                chromium: float | None = chromium_figure(display, site, Path(tmp))
            else:
                print(f"memory benchmark: Chromium comparison skipped, {CHROMIUM} is missing")
                chromium = None
        except (RuntimeError, subprocess.SubprocessError) as error:  # the rest of the table runs
            return [("memory in a real window", "failed", str(error)[:80], "")]
        finally:
            site.shutdown()
            site.server_close()
    return rows(kiosk, chromium)


def _ok(good: bool) -> str:
    return "OK" if good else "OVER BUDGET"


def _parts(figures: dict[str, float], when: str) -> str:
    parts = {k.split(": ", 1)[1]: v for k, v in figures.items() if k.startswith(f"{when}: ")}
    return ", ".join(f"{k} {v:.0f}" for k, v in sorted(parts.items(), key=lambda i: -i[1]))


def _kinds(before: dict[str, float], after: dict[str, float]) -> str:
    """What grew, by kind of memory (pss.KINDS): the heap, or pages of the engine's libraries."""
    grown = {k: v - before.get(k, 0.0) for k, v in after.items() if k.startswith("kind: ")}
    return ", ".join(f"{k.removeprefix('kind: ')} {v:+.0f} MB" for k, v in grown.items())


def rows(kiosk: list[dict[str, float]], chromium: float | None) -> list[Row]:
    home, first, second = kiosk[0]["home"], kiosk[1], kiosk[-1]
    peak = max(figures["open peak"] for figures in kiosk[1:])
    opened = max(figures["open"] for figures in kiosk[1:])
    back = first["after"] / home - 1
    again = second["after"] / first["after"] - 1
    table: list[Row] = [
        (
            "memory, real window: home at rest (kiosk tree PSS)",
            f"{home:.0f} MB",
            "",
            f"< {HOME_BUDGET_MB} MB: {_ok(home < HOME_BUDGET_MB)}",
        ),
        (
            f"memory, real window: e-service open, peak of {VISITS} visits",
            f"{peak:.0f} MB",
            f"steady {opened:.0f} MB",
            f"< {OPEN_BUDGET_MB} MB: {_ok(peak < OPEN_BUDGET_MB)}",
        ),
        (
            "memory, real window: home after the 1st visit",
            f"{first['after']:.0f} MB",
            f"{back:+.0%} vs before it",
            f"<= +{BACK_WITHIN:.0%}: {_ok(back <= BACK_WITHIN)}",
        ),
        (
            "memory, real window: home after the 2nd visit",
            f"{second['after']:.0f} MB",
            f"{again:+.0%} vs before it",
            f"<= +{AGAIN_WITHIN:.0%}: {_ok(again <= AGAIN_WITHIN)}",
        ),
        ("  tree with the page open", _parts(first, "open"), "", ""),
        ("  tree after the 1st visit", _parts(first, "after"), "", ""),
        ("  after the 1st visit vs before, by kind", _kinds(kiosk[0], first), "", ""),
    ]
    replaced = int(kiosk[0]["renderers replaced"])
    if replaced:
        table.append(
            ("  renderers the kiosk took for hung", f"{replaced}", "figures uncertain", "")
        )
    if chromium is None:
        table.append(("Chromium --kiosk, same home page", "skipped", "no chromium", ""))
    else:
        ratio = home / chromium
        table += [
            ("Chromium --kiosk, same home page at rest (PSS)", f"{chromium:.0f} MB", "", ""),
            (
                "kiosk home vs Chromium --kiosk",
                f"{home:.0f} / {chromium:.0f} MB",
                f"{ratio:.2f}x",
                f"<= {CHROMIUM_BAR}x: {_ok(ratio <= CHROMIUM_BAR)}",
            ),
        ]
    return table


if __name__ == "__main__":
    for row in memory_rows():
        print("  ".join(row))
