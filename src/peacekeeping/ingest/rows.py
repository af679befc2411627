"""A printed figure as the contributions tables store it, whatever source printed it."""

from __future__ import annotations

from typing import Protocol


class Printed(Protocol):
    """A parsed row of any source: the mission, country and type as printed, and its counts."""

    mission: str | None
    country: str
    personnel_type: str
    male: int | None
    female: int | None
    total: int | None


def contribution(as_of, mission: str | None, iso3: str, category: str, r: Printed, file: str, where: int) -> tuple:
    """The stored row: month, harmonized and printed names side by side, counts, file and page or line."""
    return (
        as_of,
        mission,
        r.mission,
        iso3,
        r.country,
        category,
        r.personnel_type,
        r.male,
        r.female,
        r.total,
        file,
        where,
    )
