"""The locked-down e-service browser: the only package that imports QtWebEngine (loaded lazily)."""

from __future__ import annotations

import os

from kiosk.ui.browser.policy import BrowserPolicy, storage_quota, with_feature


def _set_chromium_flags() -> None:
    """Chromium reads its flags once, when QtWebEngine starts: set them before it is imported."""
    flags = os.environ.get("QTWEBENGINE_CHROMIUM_FLAGS", "").split()
    wanted = ["--disable-gpu"] if os.environ.get("QT_QPA_PLATFORM") == "offscreen" else []
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        # Chromium's sandbox refuses to run as root (tests, CI containers); never otherwise.
        wanted.append("--no-sandbox")
    flags += [flag for flag in wanted if flag not in flags]
    if "StorageQuotaSettings" not in " ".join(flags):  # the kiosk's policy may have set it already
        flags = with_feature(flags, storage_quota(BrowserPolicy().storage_mb))
    if flags:
        os.environ["QTWEBENGINE_CHROMIUM_FLAGS"] = " ".join(flags)


_set_chromium_flags()
