"""A published figure, with its qualifier, against the data's readings of it: holds, and the verdict with its note."""

from __future__ import annotations

from ..wording.check_notes import said
from .kinds import BOUND, CONTRADICTED, SUPPORTED
from .type_readings import Readings


def holds(claimed: int, qualifier: str | None, actual: int) -> bool:
    """Whether a published figure with its qualifier holds for the data's value ('about': within 5%)."""
    return {
        None: actual == claimed,
        ">": actual > claimed,
        ">=": actual >= claimed,
        "<": actual < claimed,
        "<=": actual <= claimed,
        "~": abs(actual - claimed) <= max(1, 0.05 * actual),
        "<~": claimed * 0.9 <= actual <= claimed,
    }[qualifier]


def judge(claimed: int, qualifier: str | None, readings: Readings, noted: bool = True) -> tuple[str, int, str]:
    """Verdict, the data's value and a note (unless not `noted`) for a number against the data's readings of it."""
    several = len(readings) > 1
    for label, actual in readings:
        if holds(claimed, qualifier, actual):
            rule = label if several else None
            if not noted:
                return (SUPPORTED if qualifier in (None, "~") else BOUND), actual, ""
            if qualifier is None:
                return SUPPORTED, actual, said("matches_counting", label=label) if several else ""
            if qualifier == "~":
                return SUPPORTED, actual, said("approximately", actual=actual, label=rule)
            return BOUND, actual, said("true_but", actual=actual, label=rule, rounded=actual != claimed)
    return CONTRADICTED, readings[0][1], said("data_says", readings=list(readings)) if noted else ""
