"""The browser policy: low-memory detection and Chromium flags from the configuration."""

from __future__ import annotations

import pytest

from kiosk.ui.browser.policy import (
    LOW_MEMORY_BYTES,
    LOW_MEMORY_FLAGS,
    BrowserPolicy,
    apply_chromium_flags,
    physical_memory,
    storage_quota,
    wants_low_memory,
    with_feature,
)


def test_auto_turns_low_memory_on_under_two_gigabytes() -> None:
    assert wants_low_memory("auto", total=LOW_MEMORY_BYTES - 1)
    assert not wants_low_memory("auto", total=8 * 1024**3)
    assert wants_low_memory("on", total=8 * 1024**3)
    assert not wants_low_memory("off", total=512 * 1024**2)


def test_this_machine_reports_its_memory() -> None:
    total = physical_memory()
    assert total is not None and total > 256 * 1024**2


def test_low_memory_adds_chromium_low_end_flags_without_overriding_configured_ones() -> None:
    policy = BrowserPolicy(chromium_flags=("--renderer-process-limit=1",), low_memory=True)
    flags = policy.all_flags()
    assert "--renderer-process-limit=1" in flags
    assert "--renderer-process-limit=2" not in flags
    assert "--enable-low-end-device-mode" in flags
    assert BrowserPolicy().all_flags() == [f"--enable-features={storage_quota(50)}"]


def test_flags_are_added_to_the_environment_once(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QTWEBENGINE_CHROMIUM_FLAGS", "--no-sandbox")
    policy = BrowserPolicy(low_memory=True)
    apply_chromium_flags(policy)
    apply_chromium_flags(policy)
    import os

    flags = os.environ["QTWEBENGINE_CHROMIUM_FLAGS"].split()
    assert flags[0] == "--no-sandbox"
    assert sorted(flags[1:]) == sorted(
        [*LOW_MEMORY_FLAGS, f"--enable-features={storage_quota(50)}"]
    )


def test_the_storage_cap_becomes_chromiums_quota_pool_in_the_one_enable_features_flag() -> None:
    """Guard: BrowserPolicy.all_flags adds StorageQuotaSettings (a page gets QuotaExceededError)."""
    policy = BrowserPolicy(storage_mb=20, chromium_flags=("--enable-features=Foo",))
    assert policy.all_flags() == [
        "--enable-features=Foo,StorageQuotaSettings:PoolSizeBytes/20971520/MustRemainAvailableBytes/0"
    ]
    assert with_feature(
        ["--enable-features=StorageQuotaSettings:PoolSizeBytes/1"], storage_quota(9)
    ) == ["--enable-features=StorageQuotaSettings:PoolSizeBytes/1"]  # the owner's own setting wins


def test_the_configured_storage_cap_replaces_the_default_the_package_put_in(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Importing kiosk.ui.browser sets the default quota; `kiosk run` applies the configured one."""
    monkeypatch.setenv(
        "QTWEBENGINE_CHROMIUM_FLAGS", f"--no-sandbox --enable-features=Foo,{storage_quota(50)}"
    )
    apply_chromium_flags(BrowserPolicy(storage_mb=20))
    import os

    assert os.environ["QTWEBENGINE_CHROMIUM_FLAGS"].split() == [
        "--no-sandbox",
        f"--enable-features=Foo,{storage_quota(20)}",
    ]
