"""A release draft: the facts it states, each with its source, and the text the templates make of them."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import asdict, dataclass, field

import duckdb
from jinja2 import Environment, PackageLoader, StrictUndefined

from .. import facts
from ..errors import NoData, PeacekeepingError
from ..facts.fatalities import country_summary
from ..harmonize import country_names, mission_names
from . import wording
from .brief import LANGS, Brief

MARK = re.compile(r"\u27e6(\d+)\u27e7")  # ⟦n⟧: figure n stands here in the template output


class Absent(NoData):
    """The country has no personnel in the report month the draft would use."""


@dataclass(slots=True)
class Figure:
    """One figure stated in the draft and where it comes from."""

    n: int
    key: str
    value: int | str
    text: str  # as written in the draft: "five", "48th", "1,189"
    fact: str
    as_of: str | None
    source: str
    pages: list[int] = field(default_factory=list)


@dataclass(slots=True)
class Draft:
    """A release draft in one language: marked-up text (blocks) and the figures it states."""

    lang: str
    country: dict
    date: str
    month: dict
    blocks: list[str]  # "# title", "## heading", or a paragraph; figures marked ⟦n⟧
    figures: list[Figure]
    placeholders: list[str]  # what the press office still has to write (no brief given)
    brief: str

    def text(self, block: str) -> str:
        """A block with its figures written out."""
        return MARK.sub(lambda m: self.figures[int(m[1]) - 1].text, block)

    def to_dict(self) -> dict:
        return {"lang": self.lang, "country": self.country, "date": self.date, "month": self.month,
                "brief": self.brief, "text": [self.text(b) for b in self.blocks], "placeholders": self.placeholders,
                "figures": [asdict(f) for f in self.figures]}


class _Figures:
    """Collects figures as the context is built and hands out their marks."""

    def __init__(self) -> None:
        self.items: list[Figure] = []

    def __call__(self, key: str, value: int | str, text: str, fact: str, as_of: str | None, source: str,
                 pages: list[int] | None = None) -> str:
        self.items.append(Figure(len(self.items) + 1, key, value, text, fact, as_of, source, list(pages or [])))
        return f"\u27e6{len(self.items)}\u27e7"


_ENV = Environment(loader=PackageLoader("peacekeeping.release", "templates"), undefined=StrictUndefined,
                   autoescape=False, trim_blocks=True, lstrip_blocks=True, keep_trailing_newline=False)
_ENV.filters["capfirst"] = lambda text: text[:1].upper() + text[1:]


def build(con: duckdb.DuckDBPyConnection, country: str, date: dt.date, lang: str = "en",
          as_of: str | None = None, brief: Brief | None = None) -> Draft:
    """The release draft thanking `country`, dated `date`, from the latest report published before it."""
    if lang not in LANGS:
        raise PeacekeepingError(f"unknown language {lang!r}: choose {', '.join(LANGS)}")
    brief = brief or Brief()
    published_before = None if as_of else date
    profile = facts.country_profile(con, country, as_of, published_before=published_before)
    iso3, name = profile.country["iso3"], profile.country["name"]
    month = profile.month
    if profile.total == 0:
        raise Absent(f"{name} has no uniformed personnel in the report of {month['as_of']} ({month['report']}): "
                     "there is nothing to thank it for in that month; choose another --as-of")
    world = facts.totals(con, month["as_of"])
    fig = _Figures()
    report, as_of_text = month["report"], month["as_of"]

    def number(key: str, value: int, fact: str, pages: list[int], gender: str = "m") -> str:
        return fig(key, value, wording.number(value, lang, gender), fact, as_of_text, report, pages)

    missions = profile.missions or []
    largest, others = (missions[0], missions[1:]) if missions else (None, [])
    deaths = country_summary(con, iso3, date)  # up to the release date, whichever month is used
    try:
        everyone = facts.fatalities(con, until=date)
    except facts.NoFatalities:
        everyone = None
    context = {
        "lang": lang,
        "country": country_names.country_name(iso3, lang),
        "country_the": wording.country_with_article(iso3, lang),
        "country_to": wording.to_country(iso3, lang),
        "country_from": wording.from_country(iso3, lang),
        "country_s": wording.possessive(iso3) if lang == "en" else None,
        "adjective": country_names.adjective(iso3, lang),
        "adjective_one": country_names.adjective(iso3, lang, singular=True),
        "date": fig("date", date.isoformat(), wording.long_date(date, lang), "date of the release", None,
                    "the release date asked for"),
        "city": brief.text("city", lang) or {"en": "New York", "es": "Nueva York", "fr": "New York"}[lang],
        "speaker_name": brief.text("speaker_name", lang),
        "speaker_title": brief.text("speaker_title", lang) or ("[title]" if brief.text("speaker_name", lang) else None),
        "speaker_short": brief.text("speaker_short", lang),
        "total": number("total", profile.total, f"uniformed personnel of {name}", profile.source["pages"]),
        "total_n": profile.total,
        "women_n": profile.women or 0,
        "women": (number("women", profile.women, f"women among the uniformed personnel of {name}",
                         profile.source["pages"], "f") if profile.women else None),
        "missions": (number("missions", len(missions), f"missions with personnel of {name}",
                            profile.source["pages"], "f") if missions else None),
        "missions_n": len(missions),
        "rank": fig("rank", profile.rank, wording.ordinal(profile.rank, lang), f"rank of {name} among "
                    f"{profile.contributors} contributors of uniformed personnel (competition rank)", as_of_text,
                    report, profile.source["pages"]),
        "rank_n": profile.rank,
        "largest": _mission(largest, lang, number, name) if largest else None,
        "others": [_mission(m, lang, None, name) for m in others],
        "deaths": (fig("fatalities", deaths["count"], wording.number(deaths["count"], lang),
                       f"fatalities of nationals of {name} up to {deaths['until']}", deaths["until"],
                       deaths["release"]["file"], []) if deaths and deaths["count"] else None),
        "deaths_n": deaths["count"] if deaths else 0,
        "first_deployment": _first_deployment(brief, lang, fig),
        "unit": brief.text("unit", lang),
        "initiative": brief.text("initiative", lang),
        "campaign": brief.text("campaign", lang),
        "quotes": brief.quote_list(lang),
        "contacts": brief.contacts,
        "links": brief.links,
        "world_personnel": fig("world_personnel", world["personnel"], wording.number(world["personnel"], lang),
                               "uniformed personnel deployed in all missions", world["month"]["as_of"],
                               world["month"]["report"]),
        "world_countries": fig("world_countries", world["contributing_countries"],
                               wording.number(world["contributing_countries"], lang),
                               "countries contributing uniformed personnel", world["month"]["as_of"],
                               world["month"]["report"]),
        "world_deaths": (fig("world_fatalities", everyone["count"], wording.number(everyone["count"], lang),
                             f"peacekeeper fatalities up to {date}", everyone["until"], everyone["release"]["file"])
                         if everyone else None),
        "world_deaths_since": (fig("world_fatalities_since", min(everyone["by_year"]), str(min(everyone["by_year"])),
                                   "year of the first fatality in the register", everyone["until"],
                                   everyone["release"]["file"]) if everyone else None),
    }
    text = _ENV.get_template(f"release.{lang}.j2").render(context)
    blocks = [" ".join(block.split()) for block in re.split(r"\n\s*\n", text) if block.strip()]
    blocks, figures = _number_by_appearance(blocks, fig.items)
    placeholders = [b for b in blocks if b.startswith("[") and b.endswith("]")]
    placeholders += [f"brief field {name} has no {lang} text" for name in brief.untranslated(lang)]
    return Draft(lang, profile.country, date.isoformat(), month, blocks, figures, placeholders, brief.source)


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


_TO = {("es", "f"): "a la ", ("es", "m"): "al ", ("fr", "f"): "à la ", ("fr", "m"): "au "}
_IN = {("es", "f"): "en la ", ("es", "m"): "en el ", ("fr", "f"): "à la ", ("fr", "m"): "au "}


def _mission(m: dict, lang: str, number, name: str) -> dict:
    """A mission's names in `lang`, with the article forms the templates need ("a la", "au", "à l’")."""
    full, acronym = mission_names.mission_name(m["acronym"], lang)
    short = mission_names.short_name(m["acronym"], lang) if lang == "en" else full
    out = {"name": full, "short": short, "acronym": acronym, "to": "the ", "in": "the "}
    if lang != "en":
        gender = mission_names.gender(m["acronym"], lang)
        out["to"], out["in"] = _TO[(lang, gender)], _IN[(lang, gender)]
        if lang == "fr" and full[:1] in "AEIOUÉ":
            out["to"] = out["in"] = "à l’"
    if number is not None:
        out["count"] = number("largest_mission", m["total"], f"personnel of {name} in {m['acronym']}", m["pages"])
    return out


def _first_deployment(brief: Brief, lang: str, fig: _Figures) -> str | None:
    text = brief.text("first_deployment", lang)
    if text is None or brief.first_deployment_year is None:
        return text
    year = brief.first_deployment_year
    return text.replace("{year}", fig("first_deployment_year", year, str(year), "year of the first deployment",
                                      None, f"editorial brief ({brief.source})"))
