"""Benchmark row for search as you type: p95 of one keystroke's query over 10,000 indexed items."""

from __future__ import annotations

import random
import statistics
import tempfile
import time
from datetime import datetime, timedelta
from pathlib import Path

from kiosk.domain import STOCKHOLM, Event, Text
from kiosk.store.content import ContentBundle, ContentStore, write_content

Row = tuple[str, str, str, str]

WORDS = [
    "Skuleskogen",
    "Örnsköldsvik",
    "Höga",
    "kusten",
    "Ulvön",
    "Björna",
    "Ångermanälven",
    "Mellansel",
    "Bredbyn",
    "Husum",
    "Köpmanholmen",
    "Skuleberget",
    "Trysunda",
    "Gideå",
    "Moliden",
    "Själevad",
    "Arnäsvall",
    "Bjästa",
    "Docksta",
    "Gullvik",
    "vandring",
    "fiske",
    "kafé",
    "museum",
    "konsert",
    "loppis",
    "bibliotek",
    "simhall",
    "kyrka",
    "marknad",
    "bastu",
    "skidspår",
    "paddling",
    "utsikt",
    "grillplats",
    "camping",
    "stuga",
    "hamn",
    "badplats",
    "naturreservat",
    "guidning",
    "sommarcafé",
]
TYPED = (
    "Skuleskogen",
    "ornskoldsvik",
    "oernskoeldsvik",
    "höga kusten",
    "ulvon",
    "angermanalven",
    "konsert kyrka",
    "loppis",
    "bibliotek",
    "badplats",
    "naturres",
    "paddling",
)
ITEMS = 10_000


def _text(rng: random.Random, words: int) -> dict[str, str]:
    return {
        "sv": " ".join(rng.choice(WORDS) for _ in range(words)),
        "en": " ".join(rng.choice(WORDS) for _ in range(words)),
    }


def big_bundle(now: datetime) -> ContentBundle:
    """4,000 places, 3,000 event series (3 occurrences each), 2,000 e-services, 1,000 brochures."""
    rng = random.Random(7)
    places = [
        {"id": f"p{n}", "category": "nature", "name": _text(rng, 3), "summary": _text(rng, 12)}
        for n in range(4000)
    ]
    links = [
        {"id": f"l{n}", "category": "health", "name": _text(rng, 2)}
        | {"description": _text(rng, 10), "url": "https://example.se/"}
        for n in range(2000)
    ]
    brochures = [
        {"id": f"b{n}", "name": _text(rng, 3), "description": _text(rng, 10), "file": "a/x.pdf"}
        for n in range(1000)
    ]
    events = [
        Event(
            uid=f"e{n}@bench",
            start=now + timedelta(days=day, hours=n % 10),
            end=now + timedelta(days=day, hours=n % 10 + 2),
            all_day=False,
            title=Text.of(_text(rng, 3)),
            description=Text.of(_text(rng, 12)),
            location=Text.of(rng.choice(WORDS)),
        )
        for n in range(3000)
        for day in (0, 7, 14)
    ]
    meta = {"version": 1, "generated": now.isoformat(), "loaded": now.isoformat()}
    return ContentBundle(meta, (), places, links, (), brochures, events)


def keystrokes() -> list[str]:
    """What a visitor's field holds after each key, for every query typed."""
    return [text[:n] for text in TYPED for n in range(1, len(text) + 1)]


def search_rows() -> list[Row]:
    """Search as you type, p95 over 10,000 items (budget < 20 ms)."""
    now = datetime.now(STOCKHOLM)
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp)
        write_content(root / "content", big_bundle(now))
        store = ContentStore(root / "content", root / "objects")
        try:
            for query in keystrokes():  # warm the page cache like a kiosk that has searched before
                store.search(query, "bjorna", now)
            times = []
            for _ in range(3):
                for query in keystrokes():
                    start = time.perf_counter()
                    store.search(query, "bjorna", now)
                    times.append((time.perf_counter() - start) * 1000)
        finally:
            store.close()
    p95 = statistics.quantiles(times, n=20)[-1]
    verdict = "OK" if p95 < 20 else "OVER BUDGET"
    return [
        (
            f"search as you type, p95 over {ITEMS:,} items",
            f"{p95:.1f} ms",
            f"{len(times)} queries",
            f"< 20 ms: {verdict}",
        )
    ]


if __name__ == "__main__":
    print(search_rows())
