"""Verdicts: each claim against the report month that best explains the text, with its source."""

from __future__ import annotations

import bisect
import datetime as dt
from collections import defaultdict
from dataclasses import replace as dc_replace

import duckdb

from ..facts.caveats import Caveats, load_notes
from ..facts.models import Country
from ..facts.months import Month
from ..harmonize import countries
from ..wording.check_notes import said
from . import doubt_words as dw
from . import doubts, history, inputs, reference, summary
from .binding import WORLD
from .data import Data
from .extract import extract
from .judging import judge
from .kinds import CONTRADICTED, HOLDS, IN_ERROR, STALE, SUPPORTED, TIMELESS, TOLLS, UNCHECKABLE, Claim
from .periods import Published, month_named, months_before, named_part, published, several_months, stated_month
from .results import Result, Verdict
from .sentences import Spans, sentences
from .subjects import hosts

_DATED = ("total", "type", "women", "missions", "mission_count", "mission_women")  # strengths of a month
_WORLD_COUNTS = ("global_personnel", "global_women", "global_countries", "global_operations")
_OWN_MONTH = (*_DATED, "rank", "rank_women", *_WORLD_COUNTS)  # counts of a month, which a sentence may name
_PART_OF_TOLL = ("doubt_deaths_cause", "doubt_deaths_one_mission", "doubt_deaths_part", "doubt_list_of_dead")
_SCOPED = {
    "total": "total",
    "women": "sex",
    "mission_count": "total",
    "mission_women": "sex",
    "type": "total",
    "global_personnel": "total",
    "global_women": "sex",
}


class _Checker:
    """The claims of one text and the data to judge them, month by month."""

    def __init__(
        self,
        con: duckdb.DuckDBPyConnection,
        claims: list[Claim],
        when: Published | None,
        data: Data,
        text: str,
        spans: Spans,
    ):
        self.con, self.claims, self.when, self.data, self.text, self.spans = con, claims, when, data, text, spans
        self.stale_months = reference.stale_months(data.calendar, when)
        self.late_files = reference.late_files(data.calendar, when)
        self.candidates = reference.candidates(data.calendar, when)[0]
        self.holes = reference.holes(sorted(self.candidates, key=lambda m: m.as_of))
        self._told_everywhere = all(m.has_missions for m in self.candidates)
        self._held: dict[tuple[Claim, dt.date], bool] = {}
        self._near: dict[dt.date, list[Month]] = {}
        self._named: dict[tuple[int, int], tuple[str, str] | None] = {}
        self._several: dict[tuple[int, int], bool] = {}
        self._gaps: dict[str, str | None] = {}

    def held(self, claim: Claim, month: Month) -> bool:
        """Whether a claim holds in a month, worked out once and without its note (the score of each candidate
        month, months that tie and the search for a stale month ask of many months)."""
        key = (claim, month.as_of)
        found = self._held.get(key)
        if found is None:
            found = self._held[key] = self.outcome(claim, month, noted=False)[0] in HOLDS
        return found

    def outcome(self, claim: Claim, month: Month | None, noted: bool = True) -> tuple[str, int | str | None, str]:
        """Verdict, data and note of a claim in a month (fatalities: up to publication, whatever the month)."""
        if claim.kind in TOLLS:
            readings = self.data.toll(claim)
            if isinstance(readings, str):
                return UNCHECKABLE, None, readings
            verdict, value, note = judge(int(claim.value), claim.qualifier, readings, noted)
            if verdict == CONTRADICTED and (ends := self.data.register_ends(claim)):
                return UNCHECKABLE, value, ends  # "182 … have made the supreme sacrifice", after the register's end
            return verdict, value, said("deaths", note=note, since=claim.since, until=claim.until) if noted else ""
        if claim.kind == "first_deployment":
            return history.first_deployment(claim)
        if claim.kind == "past_mission":
            return history.past_mission(claim)
        if month is None:
            return UNCHECKABLE, None, said("no_report")
        readings = self.data.readings(claim, month)
        if isinstance(readings, str):
            return UNCHECKABLE, None, readings
        if (
            claim.kind in ("mission", "mission_count", "mission_women")
            and not readings[0][1]
            and (why := history.not_in_report(self.con, claim.mission, month))
        ):
            return UNCHECKABLE, None, why
        if claim.kind == "mission":
            return (SUPPORTED, claim.value, "") if readings[0][1] else (CONTRADICTED, None, said("not_in_mission"))
        in_error = self._in_error(claim, month, readings[0][1])
        if in_error:
            return in_error
        return judge(int(claim.value), claim.qualifier, readings, noted)

    def _in_error(self, claim: Claim, month: Month, actual: int) -> tuple[str, int | None, str] | None:
        notes = load_notes(self.con, month.as_of)
        if claim.kind not in _SCOPED or not notes:
            return None
        caveats = Caveats(notes)
        iso3 = None if claim.kind.startswith("global") else claim.subject
        if caveats.judge("/", actual, iso3, claim.mission, kind=_SCOPED[claim.kind]) is not None:
            return None
        why = caveats.items[0]
        if claim.qualifier is None and claim.value == actual:
            return IN_ERROR, actual, said("printed_in_error", caveat=why)
        return UNCHECKABLE, None, said("unreliable", caveat=why)

    def score(self, month: Month) -> tuple[int, int]:
        """How well a month explains the text: its exact figures that match, then its bounds (qualified figures and
        missions named) that hold."""
        exact = bounds = 0
        for claim in self.claims:
            if claim.kind in TIMELESS:
                continue
            if claim.kind == "mission" and not self._told_everywhere:
                continue  # a candidate report without missions cannot tell: no point won over it
            if self.held(claim, month):
                if claim.qualifier is None and claim.kind != "mission":
                    exact += 1
                else:
                    bounds += 1
        return exact, bounds

    def stale(self, claim: Claim, month: Month) -> Month | None:
        """The nearest month of the year before publication in which a figure that fails in `month` held."""
        if claim.kind in TOLLS:
            return self._deaths_held(claim)
        if claim.kind in ("mission", "first_deployment", "past_mission"):
            return None
        near = self._near.get(month.as_of)
        if near is None:
            near = self._near[month.as_of] = sorted(self.stale_months, key=lambda m: abs((m.as_of - month.as_of).days))
        return next((m for m in near if m is not month and self.held(claim, m)), None)

    def _deaths_held(self, claim: Claim) -> Month | None:
        """The latest report month of the year before publication up to whose end a death toll held (a text counts
        deaths as of its data, not of its day)."""
        for m in reversed(self.stale_months):
            day = m.as_of.isoformat()
            if claim.until is not None and day >= claim.until:
                continue
            if self.held(dc_replace(claim, until=day), m):
                return m
        return None

    def verdict(self, claim: Claim, ref: reference.Reference) -> Verdict:
        month = ref.month
        verdict, data, note = self.outcome(claim, month)
        if ref.status == reference.MISSING and claim.kind not in TOLLS:
            verdict, data, note = UNCHECKABLE, None, said("no_report_covers", asked=ref.asked)
        if len(ref.tied) > 1 and verdict not in (UNCHECKABLE,):
            others = {m.month: self.held(claim, m) for m in ref.tied}
            if len(set(others.values())) > 1:
                fits = [k for k, v in sorted(others.items()) if v]
                verdict, note = UNCHECKABLE, said("ambiguous_month", fits=fits, note=note)
        if verdict not in HOLDS and (own := self._own_month(claim, month)) is not None:
            return self._in_own_month(claim, *own)
        if verdict not in HOLDS and month is not None and (alt := self._in_mission_named(claim)):
            found = self.outcome(alt, month)  # "760 soldats … ont rejoint les rangs de la Minusca"
            if found[0] == SUPPORTED:
                return Verdict(alt, *found, self.data.source(alt, month))
            if found[0] == CONTRADICTED and (held := self.stale(alt, month)):  # held there in a month before
                note = said("stale_in", held=held.month, month=month.month, note=found[2])
                return Verdict(alt, STALE, found[1], note, self.data.source(alt, month), held.month)
        stale = None
        if verdict == CONTRADICTED and month is not None:
            held = self.stale(claim, month)
            if held is not None:
                stale = held.month
                verdict, note = (
                    STALE,
                    (
                        said("stale_up_to", day=str(held.as_of), note=note)
                        if claim.kind in TOLLS
                        else said("stale_in", held=held.month, month=month.month, note=note)
                    ),
                )
            elif claim.kind not in TOLLS and (late := next((m for m in self.late_files if self.held(claim, m)), None)):
                verdict, stale = STALE, late.month
                note = said("late_file", held=late.month, day=str(late.published), note=note, month=month.month)
            elif (
                ref.status != reference.STATED
                and claim.kind not in TOLLS  # a toll is no report's
                and (later := self._unknown_later(claim, month)) is not None
            ):
                verdict, note = (
                    UNCHECKABLE,
                    said("unknown_later", later=later[0], cannot=later[1], note=note, month=month.month),
                )
            elif ref.status != reference.STATED and claim.kind not in TOLLS and (gap := self._gap(month)):
                verdict = UNCHECKABLE
                note = said("missing_later", later=gap, note=note, month=month.month)
            elif ref.status != reference.STATED and claim.kind not in TOLLS and (hole := self._in_hole(claim)):
                verdict, note = UNCHECKABLE, said("missing_between", later=hole, note=note, month=month.month)
            elif self.when is not None and claim.kind in TOLLS:
                note = said("held_at_no_month_end", note=note, months=reference.STALE)
            elif self.when is not None and claim.kind != "mission":
                note = said("held_in_no_report", note=note, month=month.month, months=reference.STALE)
        # the claim stays as the text reads it; a contingent's own figure is a doubt only the data can raise
        doubt = claim.doubt or (self.data.contingent(claim, month) if verdict == CONTRADICTED else None)
        if verdict == CONTRADICTED and claim.kind == "mission" and claim.mission in hosts().get(claim.subject, ()):
            doubt = said("doubt_host", mission=claim.mission)  # "UNMISS … the government of South Sudan": its host
        if verdict == CONTRADICTED and not doubt and claim.kind in (*_DATED, "mission") and not self.dated(claim):
            doubt = said("doubt_not_now")  # precision first: a strength contradicted only where the text dates it
        elif verdict == CONTRADICTED and not doubt:
            doubt = self._far(claim, month, data)
        part = getattr(doubt, "key", None) in _PART_OF_TOLL  # such a toll that held at some month's end: by chance
        if (verdict == CONTRADICTED or (verdict == STALE and part)) and doubt:
            verdict, note = UNCHECKABLE, said("ambiguous_read", doubt=doubt, note=note)
        elif verdict == STALE and claim.doubt:  # no contradiction: it held, read so, in a month of the year before
            note = said("read_as", note=note, doubt=claim.doubt)
        if month is not None and month.source == "ipi" and claim.kind not in TOLLS:
            note = said("ipi", note=note)
        return Verdict(claim, verdict, data, note, self.data.source(claim, month), stale)

    @staticmethod
    def _in_mission_named(claim: Claim) -> Claim | None:
        """A country's figure read as its people in the mission (or host country) its clause names, or None."""
        if claim.near is None or claim.kind not in ("total", "type") or claim.subject in (None, WORLD):
            return None
        kind = "mission_count" if claim.kind == "total" else "type"
        words = f"{claim.kind_words} … {claim.near.text}"
        return dc_replace(claim, kind=kind, mission=claim.near.acronym, place=claim.near.place, kind_words=words)

    def _unknown_later(self, claim: Claim, month: Month) -> tuple[str, str] | None:
        """(month, why) of a report after `month` published before the text, or of another candidate, in which the
        claim cannot be checked (no breakdown by mission or sex, a figure withheld): the text may have used it, so a
        mismatch is no contradiction."""
        for m in self.stale_months:
            if m.as_of != month.as_of and (m.as_of > month.as_of or m in self.candidates):
                if isinstance(why := self.data.readings(claim, m), str):
                    return m.month, why
        return None

    def _in_hole(self, claim: Claim) -> str | None:
        """A month among the reports the text may have used whose report the store lacks, the figure lying between the
        data's readings in the reports either side of it ("2 720" in July 2015: 2,370 in February, 2,899 in April),
        or None."""
        for before, hole, after in self.holes:
            one, two = self.data.readings(claim, before), self.data.readings(claim, after)
            if isinstance(one, list) and isinstance(two, list) and isinstance(claim.value, int):
                if any(min(a, b) < claim.value < max(a, b) for x, a in one for y, b in two if x == y):
                    return hole
        return None

    def _gap(self, month: Month) -> str | None:
        """The first month after `month` whose report the store lacks and the text may have used, or None."""
        if month.month not in self._gaps:
            self._gaps[month.month] = next(iter(reference.gaps(self.data.calendar, self.when, month)), None)
        return self._gaps[month.month]

    def _sentence(self, claim: Claim) -> tuple[int, int]:
        i = bisect.bisect_right(self.spans, (claim.start, len(self.text) + 1)) - 1
        start, end = self.spans[i] if i >= 0 else (0, len(self.text))
        return start, max(end, claim.end)

    def dated(self, claim: Claim) -> bool:
        """Whether the sentence of a claim dates what it counts to now or to a month (doubt_words.NOW)."""
        return dw.NOW.search(self.text, *self._sentence(claim)) is not None

    def _own_month(self, claim: Claim, month: Month | None) -> tuple[Month | None, str, str] | None:
        """(its report or None, YYYY-MM, words) of another month than `month` that a strength's sentence names as
        its time ("reached 2,809 in March 2016"), unless that month's report came out after the text."""
        if claim.kind not in _OWN_MONTH or self.when is None:
            return None
        span = self._sentence(claim)
        sentence = self.text[slice(*span)]
        if span not in self._several:
            self._several[span] = several_months(sentence)
        start, end = named_part(sentence, claim.start - span[0], self._several[span])
        span = (span[0] + start, span[0] + end)
        if span not in self._named:  # once per sentence (or part of one): a list of figures asks for each
            self._named[span] = month_named(self.text[slice(*span)], self.when)
        named = self._named[span]
        if named is None or (month is not None and named[0] == month.month):
            return None
        found = next((m for m in self.data.calendar.covered() if m.month == named[0]), None)
        return None if found is not None and found.published > self.when.last else (found, *named)

    def _in_own_month(self, claim: Claim, month: Month | None, label: str, words: str) -> Verdict:
        """A strength checked in the month its sentence names: that month's verdict, a doubt as anywhere."""
        if month is None:
            return Verdict(claim, UNCHECKABLE, None, said("own_month_missing", asked=label, words=words))
        verdict, data, note = self.outcome(claim, month)
        note = said("own_month", asked=label, words=words, note=note)
        if verdict == CONTRADICTED and (doubt := claim.doubt or self._far(claim, month, data)):
            verdict, note = UNCHECKABLE, said("ambiguous_read", doubt=doubt, note=note)
        if month.source == "ipi":
            note = said("ipi", note=note)
        return Verdict(claim, verdict, data, note, self.data.source(claim, month))

    def _far(self, claim: Claim, month: Month | None, data: int | str | None) -> str | None:
        """The doubt of a figure more than twice apart from each of the data's readings of it (Data.far), or of a
        count between the data's counting rules (Data.between_rules), or None."""
        if (between := self.data.between_rules(claim, month)) and claim.kind == "missions":
            return said("doubt_between_counts", low=between[0], high=between[1])
        if between:
            return said("doubt_between_rules", low=between[0], high=between[1])
        return said("doubt_far", figure=claim.text, actual=data) if self.data.far(claim, month) else None


def check(
    con: duckdb.DuckDBPyConnection, text: str, date: str | dt.date | None = None, country: str | None = None
) -> Result:
    """Verify every numeric claim of `text` against the report month that best explains it.

    `date` is the publication date: a day, or a month ('2021-05') or year ('2015') when only that is known.
    """
    when = published(date)
    iso3 = countries.lookup(country).iso3 if country else None
    spans = sentences(text)
    claims = doubts.two_tolls(extract(text, iso3, when), spans)
    if (lang := inputs.language_read(text)) is not None:  # figures read from noise: none checked, no country guessed
        why = said("language", language=lang)
        verdicts = [
            Verdict(dc_replace(c, kind="other", subject=None, mission=None, doubt=why), UNCHECKABLE, None, why, {})
            for c in claims
        ]
        return Result(when.text if when else None, None, None, [], verdicts, why)
    main = iso3 or _main(claims)
    subject = None
    if main:
        c = countries.by_iso3(main)
        subject = Country.of(c).to_dict()
    stamp = when.text if when else None
    from ..facts.months import calendar

    stated = stated_month(text, when, spans)
    if not claims:
        if stated is None:
            return Result(stamp, subject, None, [], [], said("no_claims", note=""))
        months = calendar(con)  # the month the text states, even with no figure to check against it
        ref = reference.choose(months, when, stated, lambda m: (0, 0))
        month = (
            {**months.resolve(ref.month.as_of).to_dict(), "score": 0, "bounds": 0, "status": ref.status}
            if ref.month
            else None
        )
        return Result(stamp, subject, month, [], [], said("no_claims", note=ref.note), ref.to_dict())
    months = calendar(con)
    pool, _ = reference.candidates(months, when)
    first = min([m.as_of for m in pool], default=dt.date(1948, 1, 1))
    if when is not None:
        first = min(first, months_before(when, reference.STALE + 1))
    if stated is not None:  # "based on UN data as of October 2020" in a text of December 2021: absent is not zero
        first = min(first, dt.date.fromisoformat(f"{stated.month}-01"))
    subjects = {c.subject for c in claims if c.subject not in (None, WORLD)}
    data = Data(con, subjects, first, when.last if when else dt.date(9999, 12, 31))
    checker = _Checker(con, claims, when, data, text, spans)
    ref = reference.choose(months, when, stated, checker.score)
    verdicts = [checker.verdict(c, ref) for c in claims]
    month, runners, message = summary.summary(months, ref, claims, verdicts)
    return Result(stamp, subject, month, runners, verdicts, message, ref.to_dict())


def _main(claims: list[Claim]) -> str | None:
    """The country most claims are about."""
    counts: dict[str, int] = defaultdict(int)
    for c in claims:
        if c.subject not in (None, WORLD):
            counts[c.subject] += 1
    return max(counts, key=lambda k: counts[k]) if counts else None
