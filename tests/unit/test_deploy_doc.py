"""docs/deploy.md's configuration reference matches kiosk.config.SETTINGS."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

from kiosk.config import SETTINGS

REPO = Path(__file__).resolve().parents[2]


def settings_doc() -> ModuleType:
    spec = importlib.util.spec_from_file_location(
        "settings_doc", REPO / "packaging" / "settings_doc.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_the_deploy_guide_documents_every_setting_as_the_code_has_it() -> None:
    doc = settings_doc()
    text = (REPO / "docs" / "deploy.md").read_text(encoding="utf-8")
    assert doc.with_table(text) == text, (
        "docs/deploy.md's configuration reference differs from kiosk.config.SETTINGS: "
        "regenerate it with `python packaging/settings_doc.py`"
    )


def test_the_reference_names_each_setting_with_its_default_and_variable() -> None:
    table = settings_doc().table()
    for setting in SETTINGS:
        assert f"| `{setting.name}` |" in table
        assert f"`KIOSK_{setting.name.upper()}`" in table
    assert '| `nightly_restart` | text | `""` |' in table
    assert "| `heartbeat_timeout` | whole number | `60` |" in table
