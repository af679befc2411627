"""The readings of a figure that names a type of personnel ("troops", "police"): what each counts in the store's
types, the plain reading first."""

from __future__ import annotations

import re

from ..facts.figures import Split

Readings = list[tuple[str, int]]  # (what the value counts, the value); the first is the plain reading

_MILITARY = ("Troops", "Staff Officer", "Experts on Mission")
_POLICE = ("Formed Police Units", "Individual Police")
TYPES = {  # a type as texts name it -> its readings: (what it counts, the store's personnel types)
    "formed police": [("formed police units", ("Formed Police Units",))],
    "individual police": [("individual police", ("Individual Police",))],
    "staff officers": [("staff officers", ("Staff Officer",))],
    "experts": [("experts on mission", ("Experts on Mission",))],
    "police": [("police (formed units and individual)", _POLICE), ("individual police", ("Individual Police",))],
    "troops": [
        ("troops", ("Troops",)),
        ("troops and staff officers", ("Troops", "Staff Officer")),
        ("all military", _MILITARY),
    ],
    "military": [("all military", _MILITARY), ("troops and staff officers", ("Troops", "Staff Officer"))],
}


_TYPE_WORDS = {  # a personnel word of a claim -> the key of its readings in TYPES
    "troops": re.compile(
        r"\b(?:troops?|soldiers?|soldats?|soldados|tropas?|troupes?|military|militaires?|militares)\b", re.I
    ),
    "police": re.compile(r"\b(?:police(?:men|women)?|policiers?|policières?|policías?|policiales)\b", re.I),
}


def named_type(words: str) -> str | None:
    """The one personnel type a claim's words name ("2,109 troops"), or None (no type, or several: "troops and
    police" counts everyone)."""
    named = [key for key, pattern in _TYPE_WORDS.items() if pattern.search(words)]
    return named[0] if len(named) == 1 else None


def _count(split: Split, women: bool) -> int:
    return (split.women or 0) if women else split.total


def typed_readings(plain: Readings, by_type: dict, named: str | None, women: bool = False) -> Readings:
    """The plain reading, then the readings of the type the claim names: "troops" may mean all personnel (as the
    press often writes) or the troops alone, and a text is not wrong for meaning either."""
    typed = [
        (f"women among {label}" if women else label, sum(_count(by_type[t], women) for t in types if t in by_type))
        for label, types in TYPES.get(named or "", [])
    ]
    return unique(plain + typed) if named else plain


def unique(readings: Readings) -> Readings:
    """The readings with a value no reading before has."""
    out: Readings = []
    for label, value in readings:
        if all(v != value for _, v in out):
            out.append((label, value))
    return out
