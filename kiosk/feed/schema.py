"""The JSON Schema of feed format v1, generated from the models and shipped with the package."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from kiosk.feed.models import AudienceDoc, ContentFile, Manifest, PeriodsDoc, SpecialHoursDoc

SCHEMA_PATH = Path(__file__).with_name("feed-v1.schema.json")


def feed_schema() -> dict[str, Any]:
    """Schemas of manifest.json and content/<sha256>.json, in one document."""
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "Servicepunkt Kiosk feed format v1",
        "description": "manifest.json, content/<sha256>.json and the kiosk-periods.json, "
        "kiosk-audience.json and kiosk-special-hours.json assets of a Servicepunkt Kiosk feed",
        "$defs": {
            "manifest": Manifest.model_json_schema(),
            "content": ContentFile.model_json_schema(),
            "periods": PeriodsDoc.model_json_schema(),
            "audience": AudienceDoc.model_json_schema(),
            "special_hours": SpecialHoursDoc.model_json_schema(),
        },
        "oneOf": [
            {"$ref": "#/$defs/manifest"},
            {"$ref": "#/$defs/content"},
            {"$ref": "#/$defs/periods"},
            {"$ref": "#/$defs/audience"},
            {"$ref": "#/$defs/special_hours"},
        ],
    }


def main() -> None:
    """Regenerate the shipped schema file."""
    SCHEMA_PATH.write_text(
        json.dumps(feed_schema(), indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )


if __name__ == "__main__":
    main()
