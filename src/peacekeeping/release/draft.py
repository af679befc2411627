"""A release draft: the facts it states, each with its source, and the text the templates make of them."""

from __future__ import annotations

import datetime as dt
import re

import duckdb
from jinja2 import Environment, PackageLoader, StrictUndefined

from .. import facts, wording
from ..errors import NoData, PeacekeepingError
from ..facts.fatalities import country_summary
from ..facts.models import World, dump
from ..harmonize import country_names, milestones
from ..wording import deployments, editor_notes
from ..wording import drafts as draft_words
from ..wording import months as months_words
from .brief import LANGS, Brief
from .figures import MARK, Draft, Figure, Figures

_PLACEHOLDER = re.compile(r"\[[^\[\]\u27e6]+\]")  # "[Speaker and title]": what the press office has to write


class Absent(NoData):
    """The country has no personnel in the report month the draft would use."""


class Withheld(PeacekeepingError):
    """A figure the draft would state is one the report printed in error (it is withheld)."""

    kind = "unreliable_figure"


_ENV = Environment(
    loader=PackageLoader("peacekeeping.release", "templates"),
    undefined=StrictUndefined,
    autoescape=False,
    trim_blocks=True,
    lstrip_blocks=True,
    keep_trailing_newline=False,
)
_ENV.filters["capfirst"] = lambda text: text[:1].upper() + text[1:]
_ENV.filters["quotation"] = wording.quotation


def _stated(
    caveats: list[dict], path: str, value: int | None, what: str, allow: bool, as_of: str
) -> tuple[int | None, str | None]:
    """A figure as the draft may state it: withheld ones refused, or (when allowed) the printed one, with why."""
    if value is not None:
        return value, None
    reasons = [c for c in caveats if c.kind == "unreliable" and path in c.figures]
    if not reasons:
        return None, None
    printed = reasons[0].printed.get(path)
    if not allow or printed is None:
        raise Withheld(
            f"the draft would state {what} ({printed if printed is not None else 'not printed'}), which "
            f"the report of {as_of} printed in error: {reasons[0].text} Pass --allow-unreliable to print "
            "it marked for the editor, or choose another --as-of"
        )
    return printed, reasons[0].text


def _editor_notes(
    profile: facts.Profile, world: World, paths: set[str], world_paths: set[str], date: dt.date, lang: str = "en"
) -> list[dict]:
    """What the editor must know: caveats of the figures the draft states, and a report generated after the date."""
    notes: list[dict] = []
    month = profile.month.to_dict()
    if month["created"] and dt.date.fromisoformat(month["created"]) >= date:
        notes.append({"kind": "month", "text": draft_words.month_note(month["as_of"], month["created"], date, lang)})
    seen = {n["text"] for n in notes}
    for caveat, touches in [(c, paths) for c in profile.caveats] + [(c, world_paths) for c in world.caveats]:
        touched = caveat.figures == ["/"] or touches & set(caveat.figures)
        if touched and caveat.kind != "checked" and caveat.text not in seen:
            seen.add(caveat.text)
            said = months_words.substitution(month.get("why"), lang) if caveat.kind == "month" else None
            notes.append({"kind": caveat.kind, "text": said or editor_notes.note(dump(caveat), lang)})
    return notes


def build(
    con: duckdb.DuckDBPyConnection,
    country: str,
    date: dt.date,
    lang: str = "en",
    as_of: str | None = None,
    brief: Brief | None = None,
    allow_unreliable: bool = False,
) -> Draft:
    """The release draft thanking `country`, dated `date`, from the latest report generated before it (or the month
    `as_of`). A figure the report printed in error stops the draft unless `allow_unreliable`, which prints it marked
    for the editor."""
    if lang not in LANGS:
        raise PeacekeepingError(f"unknown language {lang!r}: choose {', '.join(LANGS)}")
    brief = brief or Brief()
    published_before = None if as_of else date
    profile = facts.country_profile(con, country, as_of, published_before=published_before)
    iso3, name = profile.country.iso3, profile.country.name
    month = profile.month.to_dict()  # as the draft gives it: dates as ISO text
    if profile.total == 0:
        raise Absent(
            f"{name} has no uniformed personnel in the report of {month['as_of']} ({month['report']}): "
            "there is nothing to thank it for in that month; choose another --as-of"
        )
    world = facts.totals(con, month["as_of"])
    world_as_of = world.month.as_of.isoformat()
    fig = Figures()
    report, as_of_text = month["report"], month["as_of"]
    caveats = profile.caveats

    def stated(path: str, value: int | None, what: str) -> tuple[int | None, str | None]:
        return _stated(caveats, path, value, f"{name}'s {what}", allow_unreliable, as_of_text)

    total, total_caveat = stated("/total", profile.total, "uniformed personnel")
    women, women_caveat = stated("/women", profile.women, "women")
    missions = profile.missions or []
    count, count_caveat = stated("/mission_count", profile.mission_count, "number of missions")
    rank, rank_caveat = stated("/rank", profile.rank, "rank")

    unreliable = f" [{draft_words.heading('unreliable', lang)}]"

    def number(key: str, value: int, fact: str, pages: list[int], gender: str = "m", caveat: str | None = None) -> str:
        text = wording.number(value, lang, gender) + (unreliable if caveat else "")
        return fig(key, value, text, fact, as_of_text, report, pages, caveat)

    def counted(key: str, value: int, fact: str, as_of: str | None, source: str, pages: list | None = None) -> str:
        """A count as the language writes it ("eight", "4,400") from a source of its own (the register, the world)."""
        return fig(key, value, wording.number(value, lang), fact, as_of, source, pages)

    largest, others = (missions[0], missions[1:]) if missions else (None, [])
    if largest:
        largest = {**largest.to_dict(), "caveat": None}
        largest["total"], largest["caveat"] = stated(
            "/missions/0/total", largest["total"], f"personnel in {largest['acronym']}"
        )
    deaths = country_summary(con, iso3, date)  # up to the release date, whichever month is used
    try:
        everyone = facts.fatalities(con, until=date, incidents=False)
    except facts.NoFatalities:
        everyone = None
    paths = {"/total", "/women", "/mission_count", "/rank", "/missions/0/total"}
    context = {
        "lang": lang,
        "country": wording.country_name(iso3, lang),
        "country_the": wording.country_with_article(iso3, lang),
        "plural": wording.is_plural(iso3, lang),
        "country_to": wording.to_country(iso3, lang),
        "country_of": wording.of_country(iso3, lang),
        "country_s": wording.possessive(iso3) if lang == "en" else None,
        "adjective": country_names.adjective(iso3, lang),
        "adjective_one": country_names.adjective(iso3, lang, singular=True),
        "date": fig(
            "date",
            date.isoformat(),
            wording.long_date(date, lang),
            "date of the release",
            None,
            "the release date asked for",
        ),
        "city": brief.text("city", lang) or {"en": "New York", "es": "Nueva York", "fr": "New York"}[lang],
        "speaker_name": brief.text("speaker_name", lang),
        "speaker_title": brief.text("speaker_title", lang) or ("[title]" if brief.text("speaker_name", lang) else None),
        "speaker_short": brief.text("speaker_short", lang),
        "total": number("total", total, f"uniformed personnel of {name}", profile.source.pages, caveat=total_caveat),
        "total_n": total,
        "women_n": women or 0,
        "women": (
            number(
                "women",
                women,
                f"women among the uniformed personnel of {name}",
                profile.source.pages,
                "f",
                women_caveat,
            )
            if women
            else None
        ),
        "missions": (
            number("missions", count, f"missions with personnel of {name}", profile.source.pages, "f", count_caveat)
            if missions
            else None
        ),
        "missions_n": count or 0,
        "rank": fig(
            "rank",
            rank,
            wording.ordinal(rank, lang) + (unreliable if rank_caveat else ""),
            f"rank of {name} among {profile.contributors} contributors of uniformed personnel (competition rank)",
            as_of_text,
            report,
            profile.source.pages,
            rank_caveat,
        ),
        "rank_n": rank,
        "largest": _mission(largest, lang, number, name) if largest else None,
        "others": [_mission(m.to_dict(), lang, None, name) for m in others],
        "deaths": (
            counted(
                "fatalities",
                deaths.count,
                f"fatalities of nationals of {name} up to {deaths.until}",
                _iso(deaths.until),
                deaths.release.file,
                [],
            )
            if deaths and deaths.count
            else None
        ),
        "deaths_n": deaths.count if deaths else 0,
        "first_deployment": _first_deployment(brief, lang, fig, iso3),
        "unit": brief.text("unit", lang),
        "initiative": brief.text("initiative", lang),
        "campaign": brief.text("campaign", lang),
        "quotes": brief.quote_list(lang),
        "contacts": brief.contacts,
        "links": brief.links,
        "world_personnel": (
            counted(
                "world_personnel",
                world.personnel,
                "uniformed personnel deployed in all missions",
                world_as_of,
                world.month.report,
            )
            if world.personnel is not None
            else None
        ),
        "world_countries": counted(
            "world_countries",
            world.contributing_countries,
            "countries contributing uniformed personnel",
            world_as_of,
            world.month.report,
        ),
        "world_deaths": (
            counted(
                "world_fatalities",
                everyone.count,
                f"peacekeeper fatalities up to {date}",
                _iso(everyone.until),
                everyone.release.file,
            )
            if everyone
            else None
        ),
        "world_deaths_since": (
            fig(
                "world_fatalities_since",
                min(everyone.by_year),
                str(min(everyone.by_year)),
                "year of the first fatality in the register",
                _iso(everyone.until),
                everyone.release.file,
            )
            if everyone
            else None
        ),
    }
    text = _ENV.get_template(f"release.{lang}.j2").render({**context, "end_mark": draft_words.END_MARK})
    # the template's line breaks and indents go; no-break spaces (French figures and guillemets) stay
    blocks = [re.sub(r"[ \t\r\n]+", " ", block).strip() for block in re.split(r"\n[ \t\r]*\n", text) if block.strip()]
    blocks, figures = _number_by_appearance(blocks, fig.items)
    placeholders = list(dict.fromkeys(m[0] for b in blocks for m in _PLACEHOLDER.finditer(b)))  # in reading order
    placeholders += [f"brief field {name} has no {lang} text" for name in brief.untranslated(lang)]
    world_paths = {"/personnel"} if any(f.key == "world_personnel" for f in figures) else set()
    of = wording.of_country(iso3, lang)
    for f in figures:
        f.said = draft_words.fact(
            f.key,
            lang,
            of=of,
            contributors=profile.contributors,
            date=date,
            acronym=largest["acronym"] if largest else "",
            until=_iso(deaths.until) if deaths else date,
        )
    return Draft(
        lang,
        profile.country.to_dict(),
        date.isoformat(),
        month,
        blocks,
        figures,
        placeholders,
        brief.source,
        _editor_notes(profile, world, paths, world_paths, date, lang) + _first_deployment_notes(brief, lang, iso3),
    )


def _iso(day: dt.date | None) -> str | None:
    """A date as the draft's figures give it (ISO text)."""
    return day and day.isoformat()


def _number_by_appearance(blocks: list[str], figures: list[Figure]) -> tuple[list[str], list[Figure]]:
    """Keep the figures the text states, numbered in reading order (as footnotes are)."""
    order: dict[int, int] = {}
    for block in blocks:
        for m in MARK.finditer(block):
            order.setdefault(int(m[1]), len(order) + 1)
    renumbered = [MARK.sub(lambda m: f"\u27e6{order[int(m[1])]}\u27e7", block) for block in blocks]
    kept = sorted((f for f in figures if f.n in order), key=lambda f: order[f.n])
    for f in kept:
        f.n = order[f.n]
    return renumbered, kept


def _mission(m: dict, lang: str, number, name: str) -> dict:
    """A mission's names in `lang` with the article forms the templates need, and its count as a figure."""
    out = deployments.mission_forms(m["acronym"], lang)
    if number is not None:
        out["count"] = number(
            "largest_mission", m["total"], f"personnel of {name} in {m['acronym']}", m["pages"], caveat=m["caveat"]
        )
    return out


def _first_deployment(brief: Brief, lang: str, fig: Figures, iso3: str) -> str | None:
    """The brief's first-deployment text if it has one; else the reviewed table's sentence; else a placeholder."""
    text = brief.text("first_deployment", lang)
    if text is not None:
        if brief.first_deployment_year is None:
            return text
        year = brief.first_deployment_year
        return text.replace(
            "{year}",
            fig(
                "first_deployment_year",
                year,
                str(year),
                "year of the first deployment",
                None,
                f"editorial brief ({brief.source})",
            ),
        )
    entry = milestones.first_deployment(iso3)
    if entry is None:
        return deployments.NO_FIRST[lang]
    if entry.disputed is not None:  # sources disagree: no year (the editor's note says why)
        return deployments.first_deployment(entry, iso3, None, lang)
    year = fig(
        "first_deployment_year",
        entry.year,
        str(entry.year),
        "year of the first deployment",
        None,
        f"{milestones.FIRST}, line {entry.line} ({entry.source})",
    )
    return deployments.first_deployment(entry, iso3, year, lang)


def _first_deployment_notes(brief: Brief, lang: str, iso3: str) -> list[dict]:
    """The editor's note when the draft's first-deployment sentence leaves out a year its sources disagree on."""
    entry = milestones.first_deployment(iso3) if brief.text("first_deployment", lang) is None else None
    note = deployments.disputed_note(entry, iso3, lang) if entry is not None else None
    return [{"kind": "first_deployment", "text": note}] if note else []
