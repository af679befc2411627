"""What the checker's tests of doubtful figures share: the verdicts of a text that a test looks at, and those of them
that are contradicted."""

from __future__ import annotations

from collections.abc import Callable

from peacekeeping.check import verify


def chosen(con, text: str, date: str, keep: Callable[[verify.Verdict], bool]) -> list[verify.Verdict]:
    """The verdicts of `text`, published on `date`, that `keep` keeps."""
    return [v for v in verify.check(con, text, date).verdicts if keep(v)]


def contradicted(verdicts: list[verify.Verdict]) -> list[tuple]:
    """(claim's text, kind, note) of each contradicted verdict."""
    return [(v.claim.text, v.claim.kind, v.note) for v in verdicts if v.verdict == "contradicted"]
