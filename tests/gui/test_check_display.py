"""`kiosk run` stops with one line naming the missing Debian packages before Qt would abort."""

from __future__ import annotations

import pytest

from kiosk.app import check_display
from kiosk.errors import KioskError


def test_an_x11_start_without_libxcb_cursor_names_its_package(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    with pytest.raises(KioskError, match=r"sudo apt-get install libxcb-cursor0$"):
        check_display(lambda soname: soname != "libxcb-cursor.so.0")


def test_a_wayland_start_does_not_ask_for_x11_libraries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "wayland")
    check_display(lambda soname: False)


def test_an_x11_start_on_this_machine_finds_every_library(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("QT_QPA_PLATFORM", "xcb")
    check_display()
