"""Is a point inside a GeoJSON area? Ray casting over (Multi)Polygons with holes, bounded in work."""

from __future__ import annotations

from typing import Any

MAX_VERTICES = 200_000
"""Vertices examined per area; SMHI's county outlines have a few thousand."""


def contains(geometry: Any, latitude: float, longitude: float) -> bool:
    """Whether a GeoJSON Polygon or MultiPolygon (or a Feature holding one) contains the point.

    Anything malformed contains nothing: a warning whose area cannot be read is held back,
    never shown everywhere.
    """
    if isinstance(geometry, dict) and geometry.get("type") == "Feature":
        geometry = geometry.get("geometry")
    if not isinstance(geometry, dict):
        return False
    coords = geometry.get("coordinates")
    if geometry.get("type") == "Polygon":
        polygons = [coords]
    elif geometry.get("type") == "MultiPolygon" and isinstance(coords, list):
        polygons = coords
    else:
        return False
    budget = [MAX_VERTICES]
    return any(_in_polygon(p, longitude, latitude, budget) for p in polygons[:1000])


def _in_polygon(rings: Any, x: float, y: float, budget: list[int]) -> bool:
    """Inside the outer ring and outside every hole."""
    if not isinstance(rings, list) or not rings:
        return False
    if not _in_ring(rings[0], x, y, budget):
        return False
    return not any(_in_ring(hole, x, y, budget) for hole in rings[1:1000])


def _in_ring(ring: Any, x: float, y: float, budget: list[int]) -> bool:
    if not isinstance(ring, list) or len(ring) < 3:
        return False
    budget[0] -= len(ring)
    if budget[0] < 0:
        return False
    points = [point for point in map(_point, ring) if point is not None]
    if len(points) != len(ring):
        return False
    inside = False
    previous = points[-1]
    for current in points:
        (x1, y1), (x2, y2) = previous, current
        if (y1 > y) != (y2 > y) and x < (x2 - x1) * (y - y1) / (y2 - y1) + x1:
            inside = not inside
        previous = current
    return inside


def _point(raw: Any) -> tuple[float, float] | None:
    if (
        isinstance(raw, list)
        and len(raw) >= 2
        and all(isinstance(v, int | float) and not isinstance(v, bool) for v in raw[:2])
    ):
        return float(raw[0]), float(raw[1])
    return None
