"""Close spellings of a name: rapidfuzz's similarity (0-100) above a floor, for suggestions only, never for answers."""

from __future__ import annotations

from collections.abc import Hashable, Mapping
from typing import TypeVar

from rapidfuzz import fuzz, process

# Indel similarity of the folded texts (rapidfuzz's fuzz.ratio): "Perru"/"Peru" 89, "Austrlia"/"Australia" 94,
# "Chda"/"Chad" 75; below it, "Austrlia"/"Syria" 62, "Atlantis"/"Albania" 67, "MINUSXX"/"MINUSCA" 71.
FLOOR = 75.0
Code = TypeVar("Code", bound=Hashable)


def closest(key: str, names: Mapping[str, Code], n: int = 3, floor: float = FLOOR) -> list[tuple[Code, float]]:
    """The codes whose names (folded key -> code) are closest to the folded `key`: (code, score), best first, each
    code once, at most `n`, none below `floor`."""
    found: list[tuple[Code, float]] = []
    for name, score, _ in process.extract(
        key, list(names), scorer=fuzz.ratio, score_cutoff=floor, limit=max(4 * n, 12)
    ):
        code = names[name]
        if code not in [c for c, _ in found]:
            found.append((code, score))
    return found[:n]
