"""How a draft names a mission ("a la", "au", "à l’") and tells a country's first deployment, in en/es/fr."""

from __future__ import annotations

from ..harmonize import milestones, mission_names
from ..harmonize import missions as mission_table
from . import country_with_article, in_country, is_plural, of_country

NO_FIRST = {
    "en": "[First deployment: year and mission]",
    "es": "[Primer despliegue: año y misión]",
    "fr": "[Premier déploiement : année et mission]",
}
# fmt: off
_TO = {("es", "f"): "a la ", ("es", "m"): "al ", ("fr", "f"): "à la ", ("fr", "m"): "au "}
_IN = {("es", "f"): "en la ", ("es", "m"): "en el ", ("fr", "f"): "à la ", ("fr", "m"): "au "}
_DEPLOYED = {
    "troops": ("troops", "tropas", "des troupes"),
    "military_observers": ("military observers", "observadores militares", "des observateurs militaires"),
    "medical": ("a medical unit", "una unidad médica", "une unité médicale"),
    "officers": ("officers", "oficiales", "des officiers"),
    "engineers": ("engineers", "ingenieros militares", "des unités du génie"),
    "deminers": ("deminers", "desminadores", "des démineurs"),
    "police": ("police", "policías", "des policiers"),
}
_SENTENCE = {
    "en": "{who} first contributed peacekeepers to the United Nations when it deployed {what}{where}{when}.",
    "es": "{who} {contributed} por primera vez con cascos azules a las Naciones Unidas al desplegar "
          "{what}{where}{when}.",
    "fr": "{who} {contributed} pour la première fois des Casques bleus aux Nations Unies en déployant "
          "{what}{where}{when}.",
}
_IN_YEAR = {"en": " in {year}", "es": " en {year}", "fr": " en {year}"}
_DISPUTED = {
    "en": "Sources disagree on the year of the first deployment {of}: {year} ({publisher}, {source}) or {other} "
          "({other_publisher}, {other_source}). The draft leaves the year out; check it before adding one.",
    "es": "Las fuentes no coinciden en el año del primer despliegue {of}: {year} ({publisher}, {source}) o {other} "
          "({other_publisher}, {other_source}). El borrador omite el año; compruébelo antes de añadirlo.",
    "fr": "Les sources divergent sur l’année du premier déploiement {of} : {year} ({publisher}, {source}) ou {other} "
          "({other_publisher}, {other_source}). Le projet omet l’année ; vérifiez-la avant de l’ajouter.",
}
_CONTRIBUTED = {"en": ("", ""), "es": ("contribuyó", "contribuyeron"), "fr": ("a fourni", "ont fourni")}
# fmt: on


def mission_forms(acronym: str, lang: str) -> dict:
    """A mission's names in `lang` (name, short, acronym) with the articles before it (`to`, `in`)."""
    full, shown = mission_names.mission_name(acronym, lang)
    short = mission_names.short_name(acronym, lang) if lang == "en" else full
    out = {"name": full, "short": short, "acronym": shown, "to": "the ", "in": "the "}
    if lang != "en":
        gender = mission_names.gender(acronym, lang)
        out["to"], out["in"] = _TO[(lang, gender)], _IN[(lang, gender)]
        if lang == "fr" and full[:1] in "AEIOUÉ":
            out["to"] = out["in"] = "à l’"
    return out


def _where(entry: milestones.FirstDeployment, lang: str) -> str:
    """Where the first contingent went: the country, or the mission where no single country is given (or nothing)."""
    if not entry.place_iso3 and not entry.mission:
        return ""
    return " " + _place_or_mission(entry, lang)


def _place_or_mission(entry: milestones.FirstDeployment, lang: str) -> str:
    """The country the first contingent went to, or else its mission, with the preposition."""
    if entry.place_iso3:
        place = in_country(entry.place_iso3, lang)
        return "to " + place.removeprefix("in ") if lang == "en" else place
    if entry.mission in mission_names.acronyms():
        name, acronym = mission_names.mission_name(entry.mission, lang)
        to = "to the " if lang == "en" else _TO[(lang, mission_names.gender(entry.mission, lang))]
        to = "à l’" if lang == "fr" and name[:1] in "AEIOUÉ" else to
        return f"{to}{name} ({acronym})"
    if lang == "en":
        return f"to the {mission_table.full_name(entry.mission)} ({entry.mission})"
    return f"{'a la' if lang == 'es' else 'à la'} {entry.mission}"


def first_deployment(entry: milestones.FirstDeployment, iso3: str, year: str | None, lang: str) -> str:
    """The sentence of a country's first deployment from the reviewed table; `year` as the draft marks it (None: the
    sources disagree on it, and the sentence leaves it out)."""
    who = country_with_article(iso3, lang)
    what = _DEPLOYED[entry.deployed][("en", "es", "fr").index(lang)]
    contributed = _CONTRIBUTED[lang][is_plural(iso3, lang)]
    when = "" if year is None else _IN_YEAR[lang].format(year=year)
    return _SENTENCE[lang].format(
        who=who[:1].upper() + who[1:], contributed=contributed, what=what, where=_where(entry, lang), when=when
    )


def disputed_note(entry: milestones.FirstDeployment, iso3: str, lang: str) -> str | None:
    """The editor's note when sources disagree on the year of the first deployment (None when they do not)."""
    other = entry.disputed
    if other is None:
        return None
    of = of_country(iso3, lang)
    return _DISPUTED[lang].format(
        of=of,
        year=entry.year,
        publisher=entry.publisher,
        source=entry.source,
        other=other.year,
        other_publisher=other.publisher,
        other_source=other.source,
    )
