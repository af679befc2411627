"""What a corpus statement states and what the data says of it, for benchmarks/check_corpus.py (through facts/ and
the reviewed tables only: nothing of check/ decides what is right)."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from functools import cache

from num2words import num2words

from peacekeeping import facts
from peacekeeping.dates import shift_month
from peacekeeping.facts.figures import world_months
from peacekeeping.facts.months import Month, calendar
from peacekeeping.harmonize import countries, country_names, country_words, mission_names, missions

UNCHECKABLE = {"not checkable", "printed in error"}
HOLDS, FAILS = {"supported", "bound holds"}, {"contradicted", "stale"}
_STOP = {
    "en": {"the", "of", "and", "to", "is", "its", "with"},
    "es": {"el", "los", "del", "y", "con", "su", "es"},
    "fr": {"le", "les", "des", "du", "et", "au", "est"},
}
_GLOBAL = [  # corpus key words -> kind of the first figure of its value ("other": the data holds no such figure)
    (r"fatalit", "global_fatalities"),
    (r"contributing_countries|countries_contrib", "global_countries"),
    (r"active_(?:peacekeeping_)?(?:operations|missions)", "global_operations"),
    (r"peacekeepers_deployed|uniformed_deployed|personnel_deployed|peacekeepers_serving", "global_personnel"),
]


@dataclass(slots=True)
class Expected:
    """A figure a statement states: its corpus field, kinds and subject expected, value, qualifier, and its words."""

    field: str
    kinds: set[str]
    subject: str | None
    value: int
    qualifier: str | None
    spans: list[tuple[int, int]] = field(default_factory=list)
    mission: str | None = None
    place: str | None = None
    civilians: bool | None = None  # a world personnel figure: True counts civilians, None may
    since: dt.date | None = None  # fatalities: the period counted
    until: dt.date | None = None


@dataclass(frozen=True, slots=True)
class When:
    """A publication date as a range of days."""

    first: dt.date
    last: dt.date


def when(text: str) -> When:
    """'2022-10-12', '2021-05' or '2015' as the first and last day it may be."""
    parts = [int(p) for p in text.split("-")]
    if len(parts) == 3:
        return When(dt.date(*parts), dt.date(*parts))
    if len(parts) == 2:
        end = dt.date(parts[0] + parts[1] // 12, parts[1] % 12 + 1, 1) - dt.timedelta(days=1)
        return When(dt.date(parts[0], parts[1], 1), end)
    return When(dt.date(parts[0], 1, 1), dt.date(parts[0], 12, 31))


_MONTH_NAMES = [
    ("january", "enero", "janvier"),
    ("february", "febrero", "février"),
    ("march", "marzo", "mars"),
    ("april", "abril", "avril"),
    ("may", "mayo", "mai"),
    ("june", "junio", "juin"),
    ("july", "julio", "juillet"),
    ("august", "agosto", "août"),
    ("september", "septiembre", "septembre"),
    ("october", "octubre", "octobre"),
    ("november", "noviembre", "novembre"),
    ("december", "diciembre", "décembre"),
]


def named(iso3: str, text: str) -> bool:
    """Whether a text names a country (by any of its names or adjectives)."""
    folded = text.casefold()
    return any(f.text.casefold() in folded for f in country_words.forms() if f.iso3 == iso3)


def unread_language(text: str) -> bool:
    """A text in a script the checker does not read (its first words have no ASCII letter or digit)."""
    return not any(c.isascii() for c in text.split()[:3])


def readable(exp: Expected, text: str) -> bool:
    """Whether a checker can read a figure's subject in `text`: the text is in a script it reads, and a country's
    figure is in a text that names that country (else the right answer is "not checkable", never a guess)."""
    return not unread_language(text) and (exp.subject in ("world", None) or named(exp.subject, text))


def reference_month(record: dict) -> str | None:
    """The corpus reference_month where the quote itself names that month; a month the corpus read elsewhere in
    the article ("as at the end of 2016" outside the quote) is no month the quote states."""
    month = record.get("reference_month")
    if not month:
        return None
    names = _MONTH_NAMES[int(month[5:7]) - 1]
    return month if re.search(rf"\b(?:{'|'.join(names)})\b", record["quote"], re.I) else None


def language(text: str) -> str:
    """en, es or fr by function words."""
    words = re.findall(r"[^\W\d_]+", text.casefold())
    counts = {lang: sum(w in stop for w in words) for lang, stop in _STOP.items()}
    best = max(counts, key=lambda k: counts[k])
    return best if counts[best] else "en"


def qualifier(text: str | None) -> str | None:
    """The corpus' qualifier words as the checker's symbols."""
    t = (text or "").lower()
    if re.match(r"(?:more than|over|plus de|más de|upwards)", t):
        return ">"
    if t.startswith("nearly"):
        return "<~"
    if re.match(r"(?:about|some|around|près de|approximately|environ)", t):
        return "~"
    return None


def _written(value: int, lang: str, ordinal: bool) -> list[str]:
    """Patterns for a value as texts write it."""
    digits = str(value)
    grouped = re.sub(r"(?<=\d)(?=(?:\d{3})+$)", "[,.\u00a0\u202f ]?", digits)
    out = [rf"(?<![\d,.]){grouped}(?![\d\w]|[,.]\d)"]
    if ordinal:
        out = [rf"(?<![\d,.]){digits}(?:st|nd|rd|th|e|er|re|ème|ᵉ|º|ª|°|\.º)?(?![\d])"]
        if value == 1:
            out.append(r"\b(?:the|le|el|la)\s+(?:largest|biggest|top|premier|plus grand|mayor|primer)\b")
    for form in ["ordinal"] if ordinal else ["cardinal"]:
        try:
            word = num2words(value, lang=lang, to=form)
        except (NotImplementedError, OverflowError):
            continue
        out.append(r"\b" + re.escape(word).replace(r"\-", "[- ]").replace(r"\ ", r"\s+") + r"\b")
    return out


def locate(text: str, value: int, lang: str, ordinal: bool = False) -> list[tuple[int, int]]:
    """Where a value is written in a text."""
    spans = []
    for pattern in _written(value, lang, ordinal):
        spans += [(m.start(), m.end()) for m in re.finditer(pattern, text, re.I)]
    return spans


def _first_number(text: str) -> tuple[int, str | None] | None:
    m = re.search(r"(\d[\d,.]*)\s*(thousand|million)?", text)
    if not m:
        return None
    value = int(re.sub(r"\D", "", m[1])) * {"thousand": 1000, "million": 1_000_000, None: 1}[m[2]]
    return value, qualifier(text[: m.start()].strip())


@cache
def _mission(key: str) -> tuple[str | None, str | None]:
    """(acronym, host ISO3) of a per_mission key: an acronym, or a place."""
    try:
        return missions.resolve(key).acronym, None
    except Exception:  # not a mission: a place
        match = countries.match(key)
        return None, match.country.iso3 if match else None


def _names_mission(text: str, key: str, acronym: str | None, place: str | None) -> bool:
    """Whether a text names a per_mission key's mission (acronym or name in en/es/fr) or its place."""
    words = {re.sub(r"\s*\(.*\)$", "", key)}
    if acronym:
        for lang in ("en", "es", "fr"):
            try:
                words.update(mission_names.mission_name(acronym, lang))
            except Exception:  # a mission without names
                pass
    if place:
        words.update(f.text for f in country_words.forms() if f.iso3 == place)
    folded = text.casefold()
    return any(re.search(rf"\b{re.escape(w.casefold())}\b", folded) for w in words if w)


def subject_of(record: dict) -> str | None:
    """The record's country as an ISO3 code the project knows, or None (GLOBAL, MULTI, unknown)."""
    code = str(record.get("iso3") or "").upper()
    return code if countries.by_code(code) else None


def expected_figures(record: dict, text: str, lang: str) -> list[Expected]:
    """The figures of a record that its quote (or `text`) writes, each located."""
    iso3 = subject_of(record)
    subject = iso3 or "world"
    notes = (record.get("notes") or "").lower()
    out: list[Expected] = []

    def add(exp: Expected, ordinal: bool = False) -> None:
        if not isinstance(exp.value, int) or isinstance(exp.value, bool) or exp.value < 0:
            return  # a figure the corpus records in words of its own
        exp.spans = locate(text, exp.value, lang, ordinal)
        if exp.spans:
            out.append(exp)

    if iso3:
        q = record.get("total_qualifier") or ""
        only = re.search(r"\((\w+)[^)]*only\)", q)
        if record.get("total_uniformed") is not None:
            kinds = {"total", "mission_count"} if only else {"total"}
            add(
                Expected(
                    "total_uniformed",
                    kinds,
                    iso3,
                    record["total_uniformed"],
                    qualifier(q),
                    mission=only[1] if only else None,
                )
            )
        if record.get("women") is not None:
            wq = record.get("women_qualifier") or ""
            w_only = re.search(r"\((\w+)[^)]*only\)", wq)
            add(
                Expected(
                    "women",
                    {"mission_women"} if w_only else {"women"},
                    iso3,
                    record["women"],
                    qualifier(wq),
                    mission=w_only[1] if w_only else None,
                )
            )
        if record.get("n_missions") is not None and not re.search(r"n_missions\s*=\s*\d+\s+count", notes):
            add(Expected("n_missions", {"missions"}, iso3, record["n_missions"], None))
        if record.get("rank_overall") is not None:
            partial = re.search(
                rf"rank[^.]*{record['rank_overall']}(?:st|nd|rd|th)?[^.]*(?:within|in africa|among)", notes
            )
            add(
                Expected("rank_overall", {"rank_partial"} if partial else {"rank"}, iso3, record["rank_overall"], None),
                ordinal=True,
            )
        if record.get("rank_women") is not None:
            add(Expected("rank_women", {"rank_women"}, iso3, record["rank_women"], None), ordinal=True)
        per_mission = record.get("per_mission")
        for key, count in per_mission.items() if isinstance(per_mission, dict) else []:
            if not isinstance(count, int):
                continue
            acronym, place = _mission(key)
            if not _names_mission(text, key, acronym, place):
                continue  # a count the corpus took from the article, not from the words quoted
            add(
                Expected(
                    f"per_mission {key}", {"mission_count"}, iso3, count, None, mission=acronym or key, place=place
                )
            )
    if record.get("fatalities") is not None:
        since = re.match(r"(\d{4})", record.get("fatalities_since") or "")
        start = dt.date(int(since[1]), 1, 1) if since and int(since[1]) > 1948 else None
        add(
            Expected(
                "fatalities",
                {"fatalities" if iso3 else "global_fatalities"},
                subject,
                record["fatalities"],
                qualifier(record.get("fatalities_qualifier")),
                since=start,
            )
        )
    figures = record.get("global_figures")
    for key, value in figures.items() if isinstance(figures, dict) else []:
        kind = next((k for pattern, k in _GLOBAL if re.search(pattern, key)), "other")
        first = _first_number(str(value))
        if first is None:
            continue
        civilians = True if re.search(r"civilian", str(value)) else None
        year = re.fullmatch(r"fatalities_(\d{4})", key)  # the deaths of one year
        add(
            Expected(
                f"global {key}",
                {kind} if kind != "other" else {"other"},
                "world" if kind != "other" else None,
                first[0],
                first[1],
                civilians=civilians,
                since=dt.date(int(year[1]), 1, 1) if year else None,
                until=dt.date(int(year[1]), 12, 31) if year else None,
            )
        )
    for other in record.get("other_countries") or []:
        match = countries.match(str(other.get("country", ""))) if isinstance(other, dict) else None
        if match is None:
            continue
        for key, kinds, ordinal in (("total", {"total"}, False), ("rank_overall", {"rank"}, True)):
            if other.get(key) is not None:
                exp = Expected(f"{other['country']} {key}", kinds, match.country.iso3, other[key], None)
                exp.spans = [
                    s
                    for s in locate(text, exp.value, lang, ordinal)
                    if re.search(re.escape(other["country"]), text[max(0, s[0] - 80) : s[0]], re.I)
                ]
                if exp.spans:
                    out.append(exp)
    return out


_SAY = {
    "en": {">": "more than ", "~": "about ", "<~": "nearly ", None: ""},
    "es": {">": "más de ", "~": "unos ", "<~": "casi ", None: ""},
    "fr": {">": "plus de ", "~": "environ ", "<~": "près de ", None: ""},
}


def _figure(value: int, lang: str) -> str:
    if value <= 12:
        return num2words(value, lang=lang)
    sep = {"en": ",", "es": ".", "fr": " "}[lang]
    return f"{value:,}".replace(",", sep)


def _ordinal(value: int, lang: str) -> str:
    return (
        num2words(value, lang=lang, to="ordinal")
        if value <= 20
        else {
            "en": f"{value}{'th' if 10 <= value % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(value % 10, 'th')}",
            "es": f"{value}.º",
            "fr": f"{value}e",
        }[lang]
    )


def restated(record: dict, lang: str) -> tuple[str, list[Expected]]:
    """The quote followed by sentences that restate its recorded figures, and those figures located there."""
    iso3 = subject_of(record)
    text = record["quote"]
    sentences = []
    if iso3:
        article, name = (
            country_names.article(iso3, lang)
            if iso3 in country_names.known_iso3()
            else ("", countries.by_iso3(iso3).name)
        )
        lead = (f"{article} {name}" if article and article != "l'" else f"{article}{name}").strip()
        lead = lead[0].upper() + lead[1:]
        say = _SAY[lang]
        templates = {
            "en": {
                "total": "{s} currently deploys {q}{n} military and police personnel.",
                "women": "{p} contingent includes {q}{n} women.",
                "n_missions": "{s} serves in {n} UN peacekeeping missions.",
                "rank_overall": "{s} is the {o}largest contributor of uniformed personnel.",
                "rank_women": "{s} is the {o}largest contributor of women peacekeepers.",
            },
            "es": {
                "total": "{s} aporta actualmente {q}{n} efectivos militares y policiales.",
                "women": "{p} contingente incluye {q}{n} mujeres.",
                "n_missions": "{s} participa en {n} misiones de paz.",
                "rank_overall": "{s} es el {o}mayor contribuyente de personal uniformado.",
                "rank_women": "{s} es el {o}mayor contribuyente de mujeres.",
            },
            "fr": {
                "total": "{s} déploie actuellement {q}{n} militaires et policiers.",
                "women": "{p} contingent compte {q}{n} femmes.",
                "n_missions": "{s} participe à {n} opérations de maintien de la paix.",
                "rank_overall": "{s} est le {o}contributeur de personnel en uniforme.",
                "rank_women": "{s} est le {o}contributeur de femmes.",
            },
        }[lang]
        pronoun = {"en": ("It", "Its"), "es": ("El país", "Su"), "fr": ("Le pays", "Son")}[lang]
        possessive = {"en": f"{lead}'s", "es": f"El contingente de {lead} incluye", "fr": f"Le contingent de {lead}"}
        fields = {
            "total": ("total_uniformed", "total_qualifier"),
            "women": ("women", "women_qualifier"),
            "n_missions": ("n_missions", None),
            "rank_overall": ("rank_overall", None),
            "rank_women": ("rank_women", None),
        }
        for key, (name_field, q_field) in fields.items():
            value = record.get(name_field)
            value = value if isinstance(value, int) and not isinstance(value, bool) else None
            only = re.search(r"only\)", record.get(q_field) or "") if q_field else None
            notes = (record.get("notes") or "").lower()
            if (
                value is None
                or only
                or (key == "rank_overall" and re.search(r"partial|within|in africa", notes))
                or (key == "n_missions" and re.search(r"n_missions\s*=\s*\d+\s+count", notes))
            ):
                continue
            q = say[qualifier(record.get(q_field)) if q_field else None]
            first = not sentences
            template = templates[key]
            if first and key == "women":
                template = {
                    "en": "{p} contingent includes {q}{n} women.",
                    "es": "{p} {q}{n} mujeres.",
                    "fr": "{p} compte {q}{n} femmes.",
                }[lang]
            o = "" if value == 1 else _ordinal(value, lang) + " "
            sentences.append(
                template.format(
                    s=lead if first else pronoun[0],
                    p=possessive[lang] if first else pronoun[1],
                    q=q,
                    n=_figure(value, lang),
                    o=o,
                )
            )
    restatement = " ".join(sentences)
    full = text + "\n\n" + restatement if restatement else text
    more = [e for e in expected_figures(record, restatement, lang)] if restatement else []
    shift = len(text) + 2
    for e in more:
        e.spans = [(a + shift, b + shift) for a, b in e.spans]
    return full, more


class Truth:
    """The data's answers for a statement's figures, through facts/."""

    def __init__(self, con):
        self.con = con
        self.months = calendar(con)
        self._cache: dict = {}

    def _memo(self, key, fn):
        if key not in self._cache:
            try:
                self._cache[key] = fn()
            except Exception:  # no such figure in the data
                self._cache[key] = None
        return self._cache[key]

    def published(self, record: dict) -> When:
        """The record's publication date as a range of days; unknown, the day its reference month's report (else
        the latest report) was published: a text cannot give figures before they were published."""
        if record.get("publication_date"):
            return when(record["publication_date"])
        month = record.get("reference_month")
        covered = self.months.covered()
        day = next((m.published for m in covered if m.month == month), None) or max(m.published for m in covered)
        return When(day, day)

    def values(self, exp: Expected, month: Month | None, until: dt.date) -> list[int] | None:
        """The data's readings of a figure in a month (fatalities: up to `until`); None: no such figure."""
        kind = next(iter(exp.kinds)) if len(exp.kinds) == 1 else ("mission_count" if exp.mission else "total")
        if kind in ("fatalities", "global_fatalities"):
            iso3 = None if kind == "global_fatalities" else exp.subject
            found = self._memo(("f", iso3, until), lambda: facts.fatalities(self.con, iso3, until))
            if not found:
                return None
            rows = [
                i
                for i in found.incidents
                if (exp.since is None or i.date >= exp.since) and (exp.until is None or i.date <= exp.until)
            ]
            return [len(rows), sum(1 for i in rows if i.personnel_type != "Local")]
        if month is None or kind in ("other", "rank_partial"):
            return None
        if kind.startswith("global"):
            world = self._memo(("w", month.as_of), lambda: facts.totals(self.con, month.as_of))
            if kind == "global_personnel":
                return None if exp.civilians else [world.personnel]
            if kind == "global_countries":
                # two readings, as the checker has them: countries the report lists (zeros included), and
                # contributors (facts' one definition: at least one person, the totals' contributing_countries)
                listed = world_months(self.con)[month.as_of].countries_listed
                return [listed, world.contributing_countries]
            if kind == "global_operations":
                return (
                    None
                    if world.peacekeeping_operations is None
                    else [world.peacekeeping_operations, self._open(month)]
                )
            return None
        p = self._memo(
            ("p", exp.subject, month.as_of), lambda: facts.country_profile(self.con, exp.subject, month.as_of)
        )
        if p is None:
            return None
        if kind == "total":
            return None if p.total is None else [p.total]
        if kind == "women":
            return None if p.women is None else [p.women]
        if kind in ("rank", "rank_women"):
            value = p.rank if kind == "rank" else p.rank_women
            return None if value is None else [value]
        if p.missions is None:
            return None
        if kind == "missions":
            return [len(p.missions), sum(1 for m in p.missions if missions.kind(m.acronym) == "pko")]
        chosen = [
            m for m in p.missions if m.acronym == exp.mission or (exp.place and exp.place in self._hosted(m.acronym))
        ]
        field_ = "women" if kind == "mission_women" else "total"
        if any(getattr(m, field_) is None for m in chosen):
            return None
        return [sum(getattr(m, field_) for m in chosen)]

    def _open(self, month: Month) -> int:
        world = facts.totals(self.con, month.as_of)
        closed = self.con.execute(
            "SELECT count(DISTINCT c.mission) FROM cells c JOIN missions m ON m.acronym = c.mission WHERE c.as_of = ? "
            "AND c.total > 0 AND m.kind = 'pko' AND m.end_date < date_trunc('month', c.as_of)",
            [month.as_of],
        ).fetchone()[0]
        return world.peacekeeping_operations - closed

    @staticmethod
    def _hosted(acronym: str) -> set[str]:
        try:
            name = mission_names.mission_name(acronym, "en")[0]
        except Exception:  # a mission without names
            return set()
        return {c.iso3 for c in countries.all_countries() if re.search(rf"\b{re.escape(c.name)}\b", name)}

    @staticmethod
    def holds(value: int, q: str | None, actual: int) -> bool:
        return {
            None: actual == value,
            ">": actual > value,
            ">=": actual >= value,
            "<": actual < value,
            "<=": actual <= value,
            "~": abs(actual - value) <= max(1, 0.05 * actual),
            "<~": value * 0.9 <= actual <= value,
        }[q]

    def allowed(self, exp: Expected, month: Month | None, when) -> set[str]:
        """The verdicts consistent with the data for a figure in the truth month."""
        values = self.values(exp, month, when.last)
        if values is None:
            return UNCHECKABLE
        if any(self.holds(exp.value, exp.qualifier, v) for v in values):
            return HOLDS
        if "global_personnel" in exp.kinds and exp.civilians is None:
            return FAILS | {"not checkable"}
        if self._in_hole(exp, when):
            return FAILS | {"not checkable"}
        return FAILS

    def _in_hole(self, exp: Expected, when) -> bool:
        """Whether the figure lies between the values of two reports of the window around a month the store lacks:
        it may have held in that report, which the text may have used."""
        window = sorted(self.window(when), key=lambda m: m.as_of)
        for a, b in zip(window, window[1:], strict=False):
            if shift_month(a.month, 1) < b.month:
                one, two = self.values(exp, a, when.last), self.values(exp, b, when.last)
                if one and two and any(min(x, y) < exp.value < max(x, y) for x in one for y in two):
                    return True
        return False

    def window(self, when) -> list[Month]:
        first = shift_month(f"{when.first:%Y-%m}", -5)
        start = dt.date(int(first[:4]), int(first[5:]), min(when.first.day, 28))
        return [m for m in self.months.covered() if start <= m.published <= when.last]

    def acceptable_months(
        self, record: dict, figures: list[Expected], when, text: str | None = None
    ) -> set[str] | None:
        """The months a right checker may name (None: no report in the window: it must name none), by the figures
        of `text` (default: the quote) a checker can read: a country's figures where the text names it."""
        if reference_month(record):
            return {reference_month(record)}
        window = self.window(when)
        if not window:
            return None
        text = record["quote"] if text is None else text
        exact = [
            e
            for e in figures
            if e.qualifier is None
            and not e.kinds & {"other", "rank_partial", "fatalities", "global_fatalities"}
            and readable(e, text)
        ]
        scores = {}
        for m in window:
            scores[m.month] = sum(
                1 for e in exact if any(self.holds(e.value, None, v) for v in (self.values(e, m, when.last) or []))
            )
        best = max(scores.values())
        return {k for k, v in scores.items() if v == best}

    def truth_month(self, record: dict, acceptable: set[str] | None, result: dict, ok: bool) -> Month | None:
        if reference_month(record):
            return next((m for m in self.months.covered() if m.month == reference_month(record)), None)
        if acceptable is None:
            return None
        if ok and result["month"]:
            name = result["month"]["month"]
        else:
            name = max(acceptable)
        return next(m for m in self.months.covered() if m.month == name)

    def really_contradicted(self, exp: Expected, when) -> bool:
        """The figure holds in no report of the 12 months before publication (and the data has it in one)."""
        first = shift_month(f"{when.first:%Y-%m}", -12)
        months = [m for m in self.months.covered() if f"{m.as_of:%Y-%m}" >= first and m.published <= when.last]
        if exp.kinds & {"fatalities", "global_fatalities"}:
            cutoffs = [when.last] + [m.as_of for m in months]
            readings = [self.values(exp, None, day) for day in cutoffs]
        else:
            readings = [self.values(exp, m, when.last) for m in months]
        known = [r for r in readings if r is not None]
        return bool(known) and not any(self.holds(exp.value, exp.qualifier, v) for r in known for v in r)
