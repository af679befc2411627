"""What a check answers: each claim's verdict with what the data says and where from, and the text's result."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from ..harmonize import countries
from .kinds import KINDS, WORLD, Claim, VerdictName


@dataclass(slots=True)
class Verdict:
    """A claim, what the data says, and where that comes from."""

    claim: Claim
    verdict: VerdictName
    data: int | str | None
    note: str
    source: dict = field(default_factory=dict)
    stale: str | None = None  # the nearest month within a year where a figure that no longer holds held

    @property
    def subject_name(self) -> str:
        """The claim's subject in words: a country's name, 'the world', or 'unknown'."""
        subject = self.claim.subject
        if subject in (None, WORLD):
            return "the world" if subject == WORLD else "unknown"
        return countries.by_iso3(subject).name

    def to_dict(self) -> dict:
        return {
            **self.claim.to_dict(),
            "fact": KINDS[self.claim.kind],
            "subject_name": self.subject_name,
            "verdict": self.verdict,
            "data": self.data,
            "note": self.note,
            "stale": self.stale,
            "source": self.source,
        }


@dataclass(slots=True)
class Result:
    """The checked text: the month it must have used, the months that came close, and every verdict."""

    date: str | None
    country: dict | None
    month: dict | None
    runners_up: list[dict]
    verdicts: list[Verdict]
    message: str
    reference: dict = field(default_factory=dict)

    def counts(self) -> dict[str, int]:
        out: dict[str, int] = defaultdict(int)
        for v in self.verdicts:
            out[v.verdict] += 1
        return dict(out)

    def to_dict(self) -> dict:
        return {
            "date": self.date,
            "country": self.country,
            "month": self.month,
            "reference": self.reference,
            "runners_up": self.runners_up,
            "message": self.message,
            "counts": self.counts(),
            "claims": [v.to_dict() for v in self.verdicts],
        }
