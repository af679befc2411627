"""The checker's doubts about how a text reads a figure (check/doubts.py, extract.py, binding.py), in English,
Spanish and French: templates that check_notes.said writes by these keys. {words} are the text's own words, quoted as
they stand; {figure} a figure as the text writes it; {iso3}, {subject} and {main} a country's code."""

from __future__ import annotations

from collections.abc import Callable

from ..harmonize.country_names import WordingError
from .check_doubts_counters import COUNTERS
from .check_doubts_deaths import DEATHS

__all__ = ["DOUBTS", "FIELDS"]

# A personnel type a breakdown names (check/words.py TYPES), in Spanish and French.
_PTYPES = {
    "formed police": {"es": "unidades de policía constituidas", "fr": "unités de police constituées"},
    "individual police": {"es": "agentes de policía", "fr": "policiers hors unités constituées"},
    "staff officers": {"es": "oficiales de Estado Mayor", "fr": "officiers d’état-major"},
    "experts": {"es": "expertos", "fr": "experts"},
    "police": {"es": "policía", "fr": "police"},
    "troops": {"es": "tropas", "fr": "troupes"},
    "military": {"es": "personal militar", "fr": "personnel militaire"},
}


def _ptype(v: dict, lang: str) -> str:
    """The personnel type a doubt names, in `lang` (English: as the checker names it)."""
    if lang == "en":
        return v["ptype"]
    if v["ptype"] not in _PTYPES:
        raise WordingError(f"no words for the personnel type {v['ptype']!r}")
    return _PTYPES[v["ptype"]][lang]


FIELDS: dict[str, Callable[[dict, str], str]] = {"ptype": _ptype}

# fmt: off
DOUBTS: dict[str, dict[str, str]] = {
    "doubt_mission_in_clause": {
        "en": "'{words}' is named in its clause: it may count that mission's own",
        "es": "«{words}» se nombra en su proposición: puede contar el personal propio de esa misión",
        "fr": "«\u202f{words}\u202f» est nommé dans sa proposition\u00a0: il peut compter le personnel propre de "
              "cette mission",
    },
    "doubt_round": {
        "en": "a round figure ({figure}): it may be rounded",
        "es": "una cifra redonda ({figure}): puede estar redondeada",
        "fr": "un chiffre rond ({figure})\u00a0: il est peut-être arrondi",
    },
    "doubt_force": {
        "en": "'{words}' is named in its clause: a force the UN's reports do not count",
        "es": "«{words}» se nombra en su proposición: una fuerza que los informes de la ONU no cuentan",
        "fr": "«\u202f{words}\u202f» est nommé dans sa proposition\u00a0: une force que les rapports de l’ONU ne "
              "comptent pas",
    },
    "doubt_other_country": {
        "en": "another country is named in its clause ('{words}')",
        "es": "se nombra otro país en su proposición («{words}»)",
        "fr": "un autre pays est nommé dans sa proposition («\u202f{words}\u202f»)",
    },
    "doubt_not_main": {
        "en": "a figure of another country than the text's ({subject} in a text about {main})",
        "es": "una cifra de otro país que el del texto ({subject} en un texto sobre {main})",
        "fr": "un chiffre d’un autre pays que celui du texte ({subject} dans un texte sur {main})",
    },
    "doubt_group": {
        "en": "unclear subject: a group of countries ('{words}')",
        "es": "sujeto poco claro: un grupo de países («{words}»)",
        "fr": "sujet peu clair\u00a0: un groupe de pays («\u202f{words}\u202f»)",
    },
    "doubt_women_among": {
        "en": "women among the {ptype} before it, or among all",
        "es": "mujeres de la categoría anterior ({ptype}) o de todo el personal",
        "fr": "femmes de la catégorie précédente ({ptype}) ou de l’ensemble du personnel",
    },
    "doubt_part_of": {
        "en": "a part of a figure before it ('{words}')",
        "es": "una parte de una cifra anterior («{words}»)",
        "fr": "une partie d’un chiffre qui le précède («\u202f{words}\u202f»)",
    },
    "doubt_type_listed": {
        "en": "one kind of personnel of a list ('{words}'): the country's total is their sum",
        "es": "un tipo de personal de una lista («{words}»): el total del país es su suma",
        "fr": "une catégorie de personnel d’une liste («\u202f{words}\u202f»)\u00a0: le total du pays est leur somme",
    },
    "doubt_place_after": {
        "en": "'{words}' is named after it: it may count that place only",
        "es": "«{words}» se nombra después: puede contar solo ese lugar",
        "fr": "«\u202f{words}\u202f» est nommé après\u00a0: il peut ne compter que ce lieu",
    },
    "doubt_unit": {
        "en": "a unit named in its clause ('{words}'): it may count that unit only",
        "es": "una unidad nombrada en su proposición («{words}»): puede contar solo esa unidad",
        "fr": "une unité nommée dans sa proposition («\u202f{words}\u202f»)\u00a0: il peut ne compter que cette "
              "unité",
    },
    "doubt_past": {
        "en": "a past time named in its clause ('{words}'): it may be history",
        "es": "un momento pasado nombrado en su proposición («{words}»): puede ser historia",
        "fr": "un moment passé nommé dans sa proposition («\u202f{words}\u202f»)\u00a0: il peut relever du passé",
    },
    "doubt_world_personnel": {
        "en": "read as the world's personnel",
        "es": "leída como la cifra mundial de personal",
        "fr": "lu comme le chiffre mondial du personnel",
    },
    "doubt_world_women": {
        "en": "read as the world's women",
        "es": "leída como la cifra mundial de mujeres",
        "fr": "lu comme le chiffre mondial des femmes",
    },
    "doubt_too_small": {
        "en": "no country named in its paragraph: {figure} read as {iso3}'s",
        "es": "no se nombra ningún país en su párrafo: {figure} se lee como la cifra {owner}",
        "fr": "aucun pays n’est nommé dans son paragraphe\u00a0: {figure} est lu comme le chiffre {owner}",
    },
    "doubt_no_rank_word": {
        "en": "no rank word: read like {like}",
        "es": "ninguna palabra de puesto: se lee como {like}",
        "fr": "aucun mot de rang\u00a0: lu comme {like}",
    },
    "doubt_countries_as_missions": {
        "en": "countries where it serves, read as missions",
        "es": "países donde sirve, leídos como misiones",
        "fr": "pays où il sert, lus comme des missions",
    },
    "doubt_places_as_missions": {
        "en": "places where it serves, read as missions",
        "es": "lugares donde sirve, leídos como misiones",
        "fr": "lieux où il sert, lus comme des missions",
    },
    "doubt_missions_among_all": {
        "en": "missions counted among all of them ('{words}'): which ones the text counts is not said",
        "es": "misiones contadas entre todas («{words}»): el texto no dice cuáles cuenta",
        "fr": "missions comptées parmi toutes («\u202f{words}\u202f»)\u00a0: le texte ne dit pas lesquelles il compte",
    },
    "doubt_hostile": {
        "en": "'{words}': the country may be at odds with the mission, not serving in it",
        "es": "«{words}»: el país puede estar enfrentado a la misión, no servir en ella",
        "fr": "«\u202f{words}\u202f»\u00a0: le pays peut être en conflit avec la mission, non y servir",
    },
    "doubt_operations_counted": {
        "en": "a count of the UN's operations: which ones it counts (closing missions, observer missions) varies",
        "es": "un recuento de las operaciones de la ONU: cuáles cuenta (misiones que cierran, de observación) varía",
        "fr": "un décompte des opérations de l’ONU\u00a0: celles qu’il compte (missions qui ferment, d’observation) "
        "varient",
    },
    "doubt_no_personnel_word": {
        "en": "no personnel word: '{words}' read as its personnel",
        "es": "ninguna palabra de personal: «{words}» se lee como su personal",
        "fr": "aucun mot de personnel\u00a0: «\u202f{words}\u202f» lu comme son personnel",
    },
    "doubt_read_like": {
        "en": "no personnel word: read like {like}",
        "es": "ninguna palabra de personal: se lee como {like}",
        "fr": "aucun mot de personnel\u00a0: lu comme {like}",
    },
    "doubt_women_after": {
        "en": "'{words}' are named after it in its sentence: it may rank the women",
        "es": "«{words}» se nombra después en su frase: puede clasificar a las mujeres",
        "fr": "«\u202f{words}\u202f» est nommé après dans sa phrase\u00a0: il peut classer les femmes",
    },
    "doubt_in_brackets": {
        "en": "a number in brackets after a country, read as its personnel",
        "es": "un número entre paréntesis tras un país, leído como su personal",
        "fr": "un nombre entre parenthèses après un pays, lu comme son personnel",
    },
    "doubt_missions_of_few": {
        "en": "missions after {figure} personnel, too few to be the world's: they may be those personnel's",
        "es": "misiones tras {figure} efectivos, demasiado pocos para ser los del mundo: pueden ser las de ese "
        "personal",
        "fr": "des missions après {figure} personnels, trop peu pour être ceux du monde\u00a0: ce peuvent être "
        "les leurs",
    },
    "doubt_in_list": {
        "en": "a number after a country in a list of countries and numbers, read as its personnel",
        "es": "un número tras un país en una lista de países y cifras, leído como su personal",
        "fr": "un nombre après un pays dans une liste de pays et de nombres, lu comme son personnel",
    },
    "doubt_several_missions": {
        "en": "a figure for several missions, read as its total",
        "es": "una cifra de varias misiones, leída como su total",
        "fr": "un chiffre de plusieurs missions, lu comme son total",
    },
    "doubt_mission_before": {
        "en": "'{words}' is named before it: it may count that mission only",
        "es": "«{words}» se nombra antes: puede contar solo esa misión",
        "fr": "«\u202f{words}\u202f» est nommé avant\u00a0: il peut ne compter que cette mission",
    },
    "doubt_mission_after": {
        "en": "'{words}' is named after it: it may count that mission only",
        "es": "«{words}» se nombra después: puede contar solo esa misión",
        "fr": "«\u202f{words}\u202f» est nommé après\u00a0: il peut ne compter que cette mission",
    },
    "doubt_breakdown": {
        "en": "part of the breakdown of {figure} ('{words}'): it may count one type of personnel only",
        "es": "parte del desglose de {figure} («{words}»): puede contar un solo tipo de personal",
        "fr": "partie de la ventilation de {figure} («\u202f{words}\u202f»)\u00a0: il peut ne compter qu’un type de "
              "personnel",
    },
    "doubt_mission_no_country": {
        "en": "no country named: the mission's own strength or a country's share",
        "es": "no se nombra ningún país: los efectivos de la propia misión o la parte de un país",
        "fr": "aucun pays n’est nommé\u00a0: les effectifs de la mission elle-même ou la part d’un pays",
    },
    "doubt_no_country": {
        "en": "no country named",
        "es": "no se nombra ningún país",
        "fr": "aucun pays n’est nommé",
    },
    "doubt_civilians": {
        "en": "'peacekeepers' may count civilian staff too, which the reports do not",
        "es": "el término puede contar también al personal civil, que los informes no cuentan",
        "fr": "le terme peut compter aussi le personnel civil, que les rapports ne comptent pas",
    },
    "doubt_one_of_the": {
        "en": "read as the world's personnel ('one of the …')",
        "es": "leída como la cifra mundial de personal («uno de los…»)",
        "fr": "lu comme le chiffre mondial du personnel («\u202fl’un des…\u202f»)",
    },
    "doubt_possessor": {
        "en": "unclear subject: '{words}'s' names no country",
        "es": "sujeto poco claro: «{words}» no nombra ningún país",
        "fr": "sujet peu clair\u00a0: «\u202f{words}\u202f» ne nomme aucun pays",
    },
    "doubt_together": {
        "en": "several countries named together ({words}, {other})",
        "es": "varios países nombrados juntos ({words}, {other})",
        "fr": "plusieurs pays nommés ensemble ({words}, {other})",
    },
    "doubt_no_country_in_sentence": {
        "en": "no country named in the sentence",
        "es": "no se nombra ningún país en la frase",
        "fr": "aucun pays n’est nommé dans la phrase",
    },
    "doubt_named_after": {
        "en": "the country is named after it, in another clause",
        "es": "el país se nombra después, en otra proposición",
        "fr": "le pays est nommé après, dans une autre proposition",
    },
    "doubt_world_figure": {
        "en": "no country named: read as a world figure",
        "es": "no se nombra ningún país: leída como cifra mundial",
        "fr": "aucun pays n’est nommé\u00a0: lu comme un chiffre mondial",
    },
    "doubt_world_paragraph": {
        "en": "no country named in the paragraph: read as a world figure",
        "es": "no se nombra ningún país en el párrafo: leída como cifra mundial",
        "fr": "aucun pays n’est nommé dans le paragraphe\u00a0: lu comme un chiffre mondial",
    },
    "doubt_equals": {
        "en": "unclear subject: '{words}' in a text that names {main} and {other} as often",
        "es": "sujeto poco claro: «{words}» en un texto que nombra tanto a {main} como a {other}",
        "fr": "sujet peu clair\u00a0: «\u202f{words}\u202f» dans un texte qui nomme autant {main} que {other}",
    },
    "doubt_contingent_rounded": {
        "en": "a contingent's own figure: the report's {actual} ({label}) in {month} is {figure} rounded",
        "es": "cifra propia de un contingente: los {actual} del informe ({label}) en {month} son la cifra {figure} "
              "redondeada",
        "fr": "chiffre propre d’un contingent\u00a0: les {actual} du rapport ({label}) en {month} sont le chiffre "
              "{figure} arrondi",
    },
    "doubt_contingent_near": {
        "en": "a contingent's own figure: {figure} is near the report's {actual} ({label}) in {month}",
        "es": "cifra propia de un contingente: {figure} se acerca a los {actual} del informe ({label}) en {month}",
        "fr": "chiffre propre d’un contingent\u00a0: {figure} est proche des {actual} du rapport ({label}) en "
              "{month}",
    },
    "doubt_named_once": {
        "en": "'{words}' names {iso3} once in a text about {main}",
        "es": "«{words}» nombra a {iso3} una sola vez en un texto sobre {main}",
        "fr": "«\u202f{words}\u202f» nomme {iso3} une seule fois dans un texte sur {main}",
    },
    "doubt_ours": {
        "en": "'{words}': the speaker's own country's, not the world's",
        "es": "«{words}»: las del propio país de quien habla, no las del mundo",
        "fr": "«\u202f{words}\u202f»\u00a0: celles du pays de l’orateur, non celles du monde",
    },
    "doubt_political_missions": {
        "en": "missions counted beside personnel that may include civilians: political missions may be among them",
        "es": "misiones contadas junto a un personal que puede incluir civiles: pueden contarse misiones políticas",
        "fr": "missions comptées à côté d’un personnel qui peut inclure des civils\u00a0: des missions politiques "
              "peuvent en faire partie",
    },
    "doubt_host": {
        "en": "{mission} is in this country: its host, not a country that sends it personnel",
        "es": "{mission} está en este país: es su anfitrión, no un país que le aporta personal",
        "fr": "{mission} est dans ce pays\u00a0: son hôte, non un pays qui lui fournit du personnel",
    },
    "doubt_between_counts": {
        "en": "between the country's peacekeeping operations ({low}) and its missions and offices ({high}): it may "
              "count some offices",
        "es": "entre las operaciones de mantenimiento de la paz del país ({low}) y sus misiones y oficinas ({high}): "
              "puede contar algunas oficinas",
        "fr": "entre les opérations de maintien de la paix du pays ({low}) et ses missions et bureaux ({high})\u00a0: "
              "il peut compter certains bureaux",
    },
    "doubt_countries_civilians": {
        "en": "countries counted beside personnel that may include civilians: civilian staff come from more countries",
        "es": "países contados junto a un personal que puede incluir civiles: el personal civil procede de más países",
        "fr": "pays comptés à côté d’un personnel qui peut inclure des civils\u00a0: le personnel civil vient de plus "
              "de pays",
    },
    "doubt_future": {
        "en": "'{words}': a pledge, plan or aim, not the strength deployed",
        "es": "«{words}»: un compromiso, un plan o una meta, no los efectivos desplegados",
        "fr": "«\u202f{words}\u202f»\u00a0: un engagement, un projet ou un objectif, non l’effectif déployé",
    },
    "doubt_so_far": {
        "en": "'{words}': a count over a period, not one month's strength",
        "es": "«{words}»: un recuento a lo largo de un periodo, no los efectivos de un mes",
        "fr": "«\u202f{words}\u202f»\u00a0: un décompte sur une période, non l’effectif d’un mois",
    },
    "doubt_rank_in_mission": {
        "en": "'{words}' is named before it: it may be a rank within that mission",
        "es": "«{words}» se nombra antes: puede ser un puesto dentro de esa misión",
        "fr": "«\u202f{words}\u202f» est nommé avant\u00a0: ce peut être un rang au sein de cette mission",
    },
    "doubt_rank_of_troops": {
        "en": "'{words}': a rank of troops only, which the reports' ranking (of all uniformed personnel) is not",
        "es": "«{words}»: un puesto por tropas solamente, que no es la clasificación de los informes (de todo el "
              "personal uniformado)",
        "fr": "«\u202f{words}\u202f»\u00a0: un rang des seules troupes, que n’est pas le classement des rapports "
              "(de tout le personnel en tenue)",
    },
    "doubt_in_region": {
        "en": "'{words}': the part in one region, not all",
        "es": "«{words}»: la parte en una región, no el total",
        "fr": "«\u202f{words}\u202f»\u00a0: la part dans une région, non le total",
    },
    "doubt_abroad": {
        "en": "'{words}' with no UN word: it may count deployments the UN's reports do not",
        "es": "«{words}» sin mención de la ONU: puede contar despliegues que los informes de la ONU no cuentan",
        "fr": "«\u202f{words}\u202f» sans mention de l’ONU\u00a0: il peut compter des déploiements que les "
              "rapports de l’ONU ne comptent pas",
    },
    "doubt_not_countries": {
        "en": "{figure} is more than there are countries: it counts something else",
        "es": "{figure} son más que los países que existen: cuenta otra cosa",
        "fr": "{figure}, c’est plus qu’il n’y a de pays\u00a0: le chiffre compte autre chose",
    },
    "doubt_missions_over_time": {
        "en": "{figure} missions are more than any report has listed at once: missions over the years",
        "es": "{figure} misiones son más de las que un informe ha listado a la vez: misiones a lo largo de los años",
        "fr": "{figure} missions, c’est plus qu’aucun rapport n’en a listé à la fois\u00a0: des missions au fil "
              "des ans",
    },
    "doubt_not_now": {
        "en": "the sentence does not say this is the strength deployed now or in a month it names",
        "es": "la frase no dice que sean los efectivos desplegados ahora o en un mes que nombre",
        "fr": "la phrase ne dit pas qu’il s’agit de l’effectif déployé aujourd’hui ou un mois qu’elle nomme",
    },
    "doubt_far": {
        "en": "'{figure}' and the reports' {actual} are more than twice apart: it may count something else (one "
              "mission, a part, another period or another body)",
        "es": "«{figure}» y la cifra de los informes ({actual}) difieren en más del doble: puede contar otra cosa "
              "(una misión, una parte, otro periodo u otro organismo)",
        "fr": "«\u202f{figure}\u202f» et le chiffre des rapports ({actual}) diffèrent de plus du double\u00a0: il "
              "peut compter autre chose (une mission, une partie, une autre période ou un autre organisme)",
    },
    "doubt_rank_over_time": {
        "en": "'{words}': it may be a rank over the years, not this month's",
        "es": "«{words}»: puede ser una posición a lo largo de los años, no la de este mes",
        "fr": "«\u202f{words}\u202f»\u00a0: il peut s’agir d’un rang sur l’ensemble des années, non celui de ce mois",
    },
    "doubt_that_place": {
        "en": "'{words}': a place named before it, whose figures it may count",
        "es": "«{words}»: un lugar nombrado antes, cuyas cifras puede contar",
        "fr": "«\u202f{words}\u202f»\u00a0: un lieu nommé avant, dont il peut compter les chiffres",
    },
    "doubt_force_before": {
        "en": "'{words}' is named just before it, and no UN word beside it: it may count deployments the UN's "
              "reports do not",
        "es": "«{words}» se nombra justo antes, sin ninguna palabra de la ONU junto a la cifra: puede contar "
              "despliegues que los informes de la ONU no cuentan",
        "fr": "«\u202f{words}\u202f» est nommé juste avant, sans aucun mot de l’ONU à côté du chiffre\u00a0: il peut "
              "compter des déploiements que les rapports de l’ONU ne comptent pas",
    },
    **COUNTERS,
    **DEATHS,
}
# fmt: on
