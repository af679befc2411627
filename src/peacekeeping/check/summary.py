"""What a check says of its reference month as a whole: the month, the runners-up and the one-line message."""

from __future__ import annotations

from ..facts.months import Calendar
from ..wording.check_notes import Said, said
from . import reference
from .kinds import SUPPORTED, TIMELESS, Claim
from .results import Verdict


def summary(
    months: Calendar, ref: reference.Reference, claims: list[Claim], verdicts: list[Verdict]
) -> tuple[dict | None, list[dict], Said | str]:
    """(the reference month with its score, up to three runners-up, the message) of a text's verdicts."""
    month = None
    if ref.month is not None:
        score = next((s for m, s in ref.scores if m is ref.month), (0, 0))
        month = {
            **months.resolve(ref.month.as_of).to_dict(),
            "score": score[0],
            "bounds": score[1],
            "status": ref.status,
        }
    runners = [
        {"month": m.month, "report": m.report, "score": s[0], "bounds": s[1]}
        for m, s in ref.scores
        if m not in ref.tied
    ][:3]
    scoreable = sum(1 for c in claims if c.kind not in TIMELESS)
    if ref.month is None:
        message = ref.note
    else:
        exact = sum(
            1 for v in verdicts if v.verdict == SUPPORTED and v.claim.qualifier is None and v.claim.kind not in TIMELESS
        )
        named = reference.named(ref.month)
        message = (
            said("matched", exact=exact, claims=scoreable, named=named, note=ref.note)
            if scoreable
            else said("no_dependency", named=named, note=ref.note)
        )
    return month, runners, message
