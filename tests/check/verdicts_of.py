"""What the checker's tests of doubtful figures share: the verdicts of a text that a test looks at, those of them
that are contradicted, and the made-up sentences they probe."""

from __future__ import annotations

import json
from collections.abc import Callable
from functools import cache
from pathlib import Path

from peacekeeping.check import verify
from peacekeeping.check.extract import extract
from peacekeeping.check.periods import Published


def chosen(con, text: str, date: str, keep: Callable[[verify.Verdict], bool]) -> list[verify.Verdict]:
    """The verdicts of `text`, published on `date`, that `keep` keeps."""
    return [v for v in verify.check(con, text, date).verdicts if keep(v)]


def contradicted(verdicts: list[verify.Verdict]) -> list[tuple]:
    """(claim's text, kind, note) of each contradicted verdict."""
    return [(v.claim.text, v.claim.kind, v.note) for v in verdicts if v.verdict == "contradicted"]


@cache
def _sentences() -> dict[str, dict[str, list]]:
    return json.loads((Path(__file__).parent / "sentences.json").read_text(encoding="utf-8"))


def sentences(test: str, name: str) -> list:
    """Made-up sentences of one kind in the style of published texts (en, fr, es), kept as data in sentences.json:
    a sentence, or a tuple of a sentence and what a test expects of it."""
    return [tuple(x) if isinstance(x, list) else x for x in _sentences()[test][name]]


def doubts(text: str, value: int, when: Published, iso3: str | None = None) -> list[str | None]:
    """The keys of the doubts on the claims of `value` in `text` (None for a claim with none), missions named aside."""
    found = [c for c in extract(text, iso3, when) if c.value == value and c.kind != "mission"]
    return [getattr(c.doubt, "key", None) for c in found]
