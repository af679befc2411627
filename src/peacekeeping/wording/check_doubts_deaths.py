"""The checker's doubts about a figure of the dead (a toll's period, cause, mission or part; a list of the dead), in
English, Spanish and French: templates of check_doubts.DOUBTS, kept apart for their number."""

from __future__ import annotations

# fmt: off
DEATHS: dict[str, dict[str, str]] = {
    "doubt_deaths_part": {
        "en": "deaths of all peacekeepers: the country's are the part named after it ('{words}')",
        "es": "fallecimientos de todos los cascos azules: los del país son la parte que se nombra después "
              "(«{words}»)",
        "fr": "décès de tous les Casques bleus\u00a0: ceux du pays sont la part nommée après («\u202f{words}\u202f»)",
    },
    "doubt_event": {
        "en": "an event ('{words}'): it may count people moving, not the country's strength",
        "es": "un acontecimiento («{words}»): puede contar personas en movimiento, no los efectivos del país",
        "fr": "un événement («\u202f{words}\u202f»)\u00a0: il peut compter des personnes en mouvement, non les "
              "effectifs du pays",
    },
    "doubt_between_rules": {
        "en": "between the register's count of the country's military dead ({low}) and of its uniformed and "
              "international staff dead ({high}): it may count by rules of its own (some civilians, or one service)",
        "es": "entre la cifra del registro de los muertos militares del país ({low}) y la de sus muertos "
              "uniformados y del personal internacional ({high}): puede contar según reglas propias (algunos "
              "civiles, o un solo cuerpo)",
        "fr": "entre le nombre de morts militaires du pays que compte le registre ({low}) et celui de ses morts en "
              "tenue et du personnel international ({high})\u00a0: il peut compter selon ses propres règles "
              "(certains civils, ou un seul corps)",
    },
    "doubt_world_deaths": {
        "en": "read as the world's deaths",
        "es": "leída como la cifra mundial de fallecimientos",
        "fr": "lu comme le chiffre mondial des décès",
    },
    "doubt_list_of_dead": {
        "en": "in a list of the dead ('{words}'): it may count one cause or mission only",
        "es": "en una lista de muertos («{words}»): puede contar una sola causa o misión",
        "fr": "dans une liste de morts («\u202f{words}\u202f»)\u00a0: elle peut ne compter qu’une cause ou une mission",
    },
    "doubt_honoured": {
        "en": "'{words}': the dead honoured at a ceremony are often those of the year before, not of its period",
        "es": "«{words}»: los muertos honrados en una ceremonia suelen ser los del año anterior, no los de su periodo",
        "fr": "«\u202f{words}\u202f»\u00a0: les morts honorés lors d’une cérémonie sont souvent ceux de l’année "
              "précédente, non de sa période",
    },
    "doubt_medals": {
        "en": "a year's deaths worldwide are often the number honoured with medals, which the register (revised "
              "since) may not match",
        "es": "los fallecimientos de un año en todo el mundo suelen ser el número honrado con medallas, que puede no "
              "coincidir con el registro (revisado desde entonces)",
        "fr": "les décès d’une année dans le monde sont souvent le nombre honoré par des médailles, auquel le "
              "registre (révisé depuis) peut ne pas correspondre",
    },
    "doubt_all_peacekeepers": {
        "en": "deaths since 1948 with no nationality in the figure's own words: it may count all peacekeepers",
        "es": "fallecimientos desde 1948 sin nacionalidad en las palabras de la cifra: puede contar a todos los "
              "cascos azules",
        "fr": "décès depuis 1948 sans nationalité dans les mots du chiffre\u00a0: il peut compter tous les Casques "
              "bleus",
    },
    "doubt_among_dead": {
        "en": "'{words}' after a death toll: it may count the dead",
        "es": "«{words}» tras un balance de fallecidos: puede contar a los muertos",
        "fr": "«\u202f{words}\u202f» après un bilan de décès\u00a0: il peut compter les morts",
    },
    "doubt_deaths_cause": {
        "en": "'{words}': the deaths of one cause, not all",
        "es": "«{words}»: los fallecimientos de una causa, no todos",
        "fr": "«\u202f{words}\u202f»\u00a0: les décès d’une cause, non tous",
    },
    "doubt_deaths_one_mission": {
        "en": "'{words}': the deaths of one mission or period, not all",
        "es": "«{words}»: los fallecimientos de una misión o de un periodo, no todos",
        "fr": "«\u202f{words}\u202f»\u00a0: les décès d’une mission ou d’une période, non tous",
    },
    "doubt_two_tolls": {
        "en": "two death tolls of the country in one sentence: the larger ({figure}) may be everyone's, the smaller "
              "({part}) the country's",
        "es": "dos cifras de fallecidos del país en una frase: la mayor ({figure}) puede ser la de todos, la menor "
              "({part}) la del país",
        "fr": "deux bilans de morts du pays dans une phrase\u00a0: le plus grand ({figure}) peut être celui de "
              "tous, le plus petit ({part}) celui du pays",
    },
}
# fmt: on
