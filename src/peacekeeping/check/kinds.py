"""What a claim can be and what the checker can say of it, declared once: claim kinds (with what each states) and
verdicts."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Literal, get_args

if TYPE_CHECKING:
    from .subjects import MissionMention

ClaimKind = Literal[
    "total",
    "women",
    "type",
    "missions",
    "rank",
    "rank_women",
    "rank_partial",
    "mission_count",
    "mission_women",
    "mission",
    "first_deployment",
    "past_mission",
    "fatalities",
    "global_personnel",
    "global_women",
    "global_countries",
    "global_operations",
    "global_fatalities",
    "other",
]
VerdictName = Literal["supported", "bound holds", "stale", "contradicted", "not checkable", "printed in error"]
SUPPORTED, BOUND, STALE, CONTRADICTED, UNCHECKABLE, IN_ERROR = get_args(VerdictName)  # in_error: never "supported"
HOLDS = (SUPPORTED, BOUND)
TOLLS = ("fatalities", "global_fatalities")  # counted from the register up to a day, not in a report month
TIMELESS = ("fatalities", "global_fatalities", "other", "rank_partial", "first_deployment", "past_mission")
WORLD = "world"  # the subject of a claim about every country

KINDS: dict[ClaimKind, str] = {
    "total": "uniformed personnel of the country",
    "women": "women among the country's uniformed personnel",
    "type": "the country's uniformed personnel of one type (police, troops, ...)",
    "missions": "missions the country contributes to",
    "rank": "rank among contributors of uniformed personnel",
    "rank_women": "rank among contributors of women",
    "rank_partial": "rank among a group of contributors (a region, the permanent members, a mission)",
    "mission_count": "the country's personnel in one mission",
    "mission_women": "the country's women in one mission",
    "mission": "the country contributes to this mission",
    "first_deployment": "the country's first deployment (history: the reviewed first-deployment table)",
    "past_mission": "a mission the country served in before (history: not in the monthly reports)",
    "fatalities": "nationals of the country who lost their lives as peacekeepers",
    "global_personnel": "uniformed personnel deployed in all missions",
    "global_women": "uniformed women deployed in all missions",
    "global_countries": "countries contributing uniformed personnel",
    "global_operations": "peacekeeping operations",
    "global_fatalities": "peacekeepers who lost their lives",
    "other": "a figure the data does not hold",
}


@dataclass(frozen=True, slots=True)
class Claim:
    """One claim: its kind, value (or mission acronym), qualifier, span, subject and the words that decided them."""

    kind: ClaimKind
    value: int | str
    start: int
    end: int
    text: str
    qualifier: str | None = None
    qualifier_text: str | None = None
    mission: str | None = None
    subject: str | None = None  # ISO3, "world", or None when the text does not say
    subject_words: str = ""
    kind_words: str = ""
    doubt: str | None = None  # why the subject or kind may be other than read: a mismatch is then ambiguous
    ptype: str | None = None  # the personnel type a breakdown names
    place: str | None = None  # ISO3 of the host country that names the mission
    population: str | None = None  # "uniformed" or "all" where the text says whom it counts
    since: str | None = None  # fatalities: the period counted (ISO dates) and the words that say so
    until: str | None = None
    period_words: str = ""
    near: MissionMention | None = field(default=None, compare=False)  # a mission named in its clause, not its own

    def to_dict(self) -> dict:
        return {k: v for k, v in asdict(self).items() if k != "near"}
