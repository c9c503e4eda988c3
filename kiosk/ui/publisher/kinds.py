"""Which fields each kind of content has in the publisher's forms, with labels people understand."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication

from kiosk.domain import LINK_CATEGORIES, PLACE_CATEGORIES
from kiosk.ui.publisher.fields import (
    BoolField,
    ChoiceField,
    DateField,
    DateTimeField,
    Field,
    GroupField,
    LangTextField,
    LinesField,
    OpeningHoursField,
    PointsField,
    SpecialHoursField,
    TextField,
)

Points = Sequence[tuple[str, str]]


def _t(text: str) -> str:
    return QCoreApplication.translate("PublisherForm", text)


@dataclass(frozen=True)
class Spec:
    """One field of a form: the item's key, its label and how to make its editor."""

    key: str
    label: str
    make: Callable[[Points], Field]
    file: str = ""
    """"image" or "pdf": the field names a file imported into the source folder."""


def kind_names() -> dict[str, str]:
    """The kinds in the order the publisher lists them, with their Swedish-first names."""
    return {
        "notices": _t("Notices"),
        "events": _t("Events"),
        "places": _t("Places"),
        "links": _t("E-services"),
        "brochures": _t("Brochures"),
        "service_points": _t("Service points"),
    }


def _period() -> list[Spec]:
    return [
        Spec("validFrom", _t("Shown from"), lambda _p: DateField(_t("from the day"))),
        Spec("validThrough", _t("Shown until"), lambda _p: DateField(_t("until and including"))),
    ]


def _points() -> Spec:
    return Spec("service_points", _t("Service points"), PointsField)


def _address() -> Spec:
    def parts() -> list[tuple[str, str, Field]]:
        return [
            ("streetAddress", _t("Street"), TextField()),
            ("postalCode", _t("Postcode"), TextField()),
            ("addressLocality", _t("Town"), TextField()),
        ]

    return Spec("address", _t("Address"), lambda _p: GroupField(parts()))


def specs(kind: str) -> list[Spec]:
    """The fields of `kind`'s form, in the order they are shown."""
    if kind == "notices":
        levels = [(_t("Information"), "info"), (_t("Important (red)"), "important")]
        return [
            Spec("title", _t("Heading"), lambda _p: LangTextField()),
            Spec("text", _t("Text"), lambda _p: LangTextField(long=True)),
            Spec("level", _t("Kind"), lambda _p: ChoiceField(levels)),
            *_period(),
            _points(),
        ]
    if kind == "events":
        repeat = [
            (_t("Does not repeat"), ""),
            (_t("Every week"), "FREQ=WEEKLY"),
            (_t("Every other week"), "FREQ=WEEKLY;INTERVAL=2"),
            (_t("Every month"), "FREQ=MONTHLY"),
        ]
        return [
            Spec("title", _t("Title"), lambda _p: LangTextField()),
            Spec("start", _t("Starts"), lambda _p: DateTimeField()),
            Spec("end", _t("Ends"), lambda _p: DateTimeField()),
            Spec("rrule", _t("Repeats"), lambda _p: ChoiceField(repeat)),
            Spec("location", _t("Where"), lambda _p: LangTextField()),
            Spec("description", _t("Description"), lambda _p: LangTextField(long=True)),
            Spec("url", _t("Web page"), lambda _p: TextField("https://")),
        ]
    if kind == "places":
        categories = [(_place_category(name), name) for name in PLACE_CATEGORIES]
        return [
            Spec("name", _t("Name"), lambda _p: LangTextField()),
            Spec("category", _t("Category"), lambda _p: ChoiceField(categories)),
            Spec("summary", _t("In short"), lambda _p: LangTextField()),
            Spec("description", _t("Description"), lambda _p: LangTextField(long=True)),
            Spec("image", _t("Picture"), lambda _p: TextField(), file="image"),
            _address(),
            Spec("openingHours", _t("Opening hours"), lambda _p: OpeningHoursField()),
            Spec("telephone", _t("Telephone"), lambda _p: TextField()),
            Spec("url", _t("Web page"), lambda _p: TextField("https://")),
            *_period(),
            _points(),
        ]
    if kind == "links":
        categories = [(_link_category(name), name) for name in LINK_CATEGORIES]
        hosts = "bankid.com\n*.skatteverket.se"
        return [
            Spec("name", _t("Name"), lambda _p: LangTextField()),
            Spec("description", _t("What it is for"), lambda _p: LangTextField()),
            Spec("category", _t("Category"), lambda _p: ChoiceField(categories)),
            Spec("url", _t("Address"), lambda _p: TextField("https://")),
            Spec("allow", _t("May also open"), lambda _p: LinesField(hosts)),
            *_period(),
            _points(),
        ]
    if kind == "brochures":
        return [
            Spec("name", _t("Name"), lambda _p: LangTextField()),
            Spec("description", _t("Description"), lambda _p: LangTextField(long=True)),
            Spec("file", _t("PDF file"), lambda _p: TextField(), file="pdf"),
            Spec("cover", _t("Cover picture"), lambda _p: TextField(), file="image"),
            *_period(),
            _points(),
        ]
    return _service_point_specs()


def _criteria() -> list[tuple[str, str, Field]]:
    return [
        ("computer", "", BoolField(_t("Public computer with internet"))),
        ("cafe", "", BoolField(_t("Café corner"))),
        ("tourist_info", "", BoolField(_t("Tourist information and brochures"))),
        ("activities", "", BoolField(_t("At least three activities a year"))),
        ("home_delivery", "", BoolField(_t("Grocery home delivery"))),
    ]


def _service_point_specs() -> list[Spec]:
    return [
        Spec("name", _t("Name of the shop"), lambda _p: TextField()),
        Spec("village", _t("Village"), lambda _p: TextField()),
        Spec("description", _t("Description"), lambda _p: LangTextField(long=True)),
        Spec("openingHours", _t("Opening hours"), lambda _p: OpeningHoursField()),
        Spec("specialOpeningHours", _t("Days that differ"), lambda _p: SpecialHoursField()),
        Spec("criteria", _t("Criteria met"), lambda _p: GroupField(_criteria())),
        Spec("cafe", _t("About the café"), lambda _p: LangTextField(long=True)),
        Spec("home_delivery", _t("About home delivery"), lambda _p: LangTextField(long=True)),
        Spec("home_delivery_telephone", _t("Home delivery telephone"), lambda _p: TextField()),
        Spec("telephone", _t("Telephone"), lambda _p: TextField()),
        Spec("email", _t("E-mail"), lambda _p: TextField()),
        Spec("url", _t("Web page"), lambda _p: TextField("https://")),
        _address(),
        Spec("image", _t("Picture"), lambda _p: TextField(), file="image"),
        *_period(),
    ]


def _place_category(name: str) -> str:
    """The names visitors see on Tourist information (kiosk.ui.pages.lists.PlacesPage)."""
    names = {
        "nature": _t("Nature"),
        "culture": _t("Culture"),
        "food": _t("Food and café"),
        "stay": _t("Stay"),
        "activities": _t("Activities"),
        "practical": _t("Practical"),
        "safety": _t("Safety"),
    }
    return names.get(name, name.replace("_", " ").capitalize())


def _link_category(name: str) -> str:
    """The names visitors see on E-services (kiosk.ui.pages.lists.ServicesPage)."""
    names = {
        "municipality": _t("The municipality"),
        "health": _t("Health and care"),
        "tax": _t("Taxes and money"),
        "work": _t("Work and studies"),
        "social": _t("Social insurance and pensions"),
        "transport": _t("Travel and traffic"),
        "safety": _t("Safety and emergencies"),
    }
    return names.get(name, name.replace("_", " ").capitalize())


def title_of(item: dict[str, Any]) -> str:
    """What the item is called in a list (Swedish first)."""
    for key in ("title", "name"):
        value = item.get(key)
        if isinstance(value, dict) and value.get("sv"):
            return str(value["sv"])
        if isinstance(value, str) and value:
            return value
    return str(item.get("id", ""))
