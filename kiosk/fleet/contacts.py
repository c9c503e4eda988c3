"""The shops' own e-mail addresses, from the published feed's service points (optional field)."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from kiosk.errors import KioskError
from kiosk.feed.models import ServicePointsDoc
from kiosk.feed.validate import FeedSource, FolderSource, WebSource, check_feed
from kiosk.net.http import Http


def shop_addresses(feed_url: str, public_keys: Sequence[str], http: Http) -> dict[str, str]:
    """Service point id -> the shop's e-mail address, for points that have one.

    The feed is checked as a kiosk would check it (signature, hashes): an address that
    receives the shop's report must come from the municipality's own published feed.
    KioskError when the feed cannot be read or is not valid.
    """
    source: FeedSource
    if feed_url.startswith(("http://", "https://")):
        source = WebSource(feed_url, http)
    else:
        source = FolderSource(Path(feed_url))
    checked = check_feed(source, public_keys)
    if not checked.ok:
        raise KioskError(f"{feed_url}: the feed is not valid ({checked.errors[0]})")
    found = {}
    for doc in checked.documents.values():
        if isinstance(doc, ServicePointsDoc):
            found.update({item.id: item.email for item in doc.items if item.email})
    return found
