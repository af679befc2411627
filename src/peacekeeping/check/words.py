"""The words that decide what a number in a published text counts, in English, Spanish and French."""

from __future__ import annotations

import re


def _re(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


_START = r"(?<!\w)(?=\w)"  # at a word's start: words end-anchored patterns find, and a search tries no other place
ARTICLE = r"(?:the\s+|la\s+|le\s+|l['’]\s*|el\s+|los\s+|las\s+|les\s+|du\s+|de\s+la\s+|des\s+)?"
_N = (  # a number in digits or in words (en, fr, es): "from 121 countries", "from seven countries", "de sept pays"
    r"(?:\d[\d,.\s]*|(?:(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty|thirty|forty|"
    r"fifty|sixty|seventy|eighty|ninety|hundred|deux|trois|quatre|cinq|sept|huit|neuf|dix|onze|douze|vingt|trente|"
    r"quarante|cinquante|soixante|cent|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|veinte|treinta|"
    r"cuarenta|cincuenta|sesenta|setenta|ochenta|noventa|cien(?:to)?)[\s-]*)+)"
)
_FILLER = r"(?:[^\W\d][\w'’-]*,?\s+){0,3}?"  # words, not numbers

PERSONNEL = (
    r"(?:uniformed\s+)?(?:personnel|peacekeepers?|troops?|soldiers?|military|militaries|police(?:men|women)?|"
    r"(?:police\s+)?officers?|blue\s+helmets?|men\s+and\s+women|women\s+and\s+men|people|persons|individuals|"
    r"nationals|citizens|members|staff|agents?|servicemen|service\s*members|uniformed|uniformad[oa]s|boots\s+on\s+the\s+ground|"
    r"effectifs?|efectivos?|elementos|cascos\s+azules|militares|soldados|polic[ií]as|agentes|personas|"
    r"hombres\s+y\s+mujeres|mujeres\s+y\s+hombres|ciudadanos|nacionales|miembros|integrantes|"
    r"casques\s+bleus|militaires|soldats|policiers|gendarmes|personnes|hommes\s+et\s+femmes|"
    r"femmes\s+et\s+hommes|hommes(?!\s+et\s+(?:\d|femmes))|men(?!\s+and\s+(?:\d|women))|"
    r"hombres(?!\s+y\s+(?:\d|mujeres))|ressortissants|citoyens|membres|personal(?:\s+uniformado)?|oficiales|officiers|personnels|"
    r"personnel\s+en\s+uniforme|heroes|heroines|héros|héroïnes|héroes|heroínas|of\s+them|d['’]entre\s+(?:eux|elles)|de\s+ellos|de\s+ellas)"
)
AFTER_PERSONNEL = _re(rf"^\W*{_FILLER}{PERSONNEL}(?:(?:\s*,\s*|\s+(?:and|y|et|e)\s+|\s+){PERSONNEL})*\b")
SHARED_PERSONNEL = _re(  # "969 and 946 personnel", "969 y 946 efectivos": the word after the last is each one's
    rf"^(?:\s*(?:,\s*)?(?:and|y|et|e|&|,)\s*\d(?:[\d.,\u00a0\u202f ]*\d)?)+\W*{_FILLER}{PERSONNEL}"
    rf"(?:(?:\s*,\s*|\s+(?:and|y|et|e)\s+|\s+){PERSONNEL})*\b"
)
NUMBER_OF = _re(
    r"(?:number|total|nombre|número|cantidad)\s+(?:of|de|d['’])\s+(?P<what>[\w\s'’-]{0,50}?)\s+"
    r"(?:is|was|stands?\s+at|stood\s+at|reached|reaches|rose\s+to|fell\s+to|dropped\s+to|declined\s+to|"
    r"(?:is|was)\s+down\s+to|amounts?\s+to|es\s+de|asciende\s+a|llega\s+a|cayó\s+a|bajó\s+a|est\s+de|"
    r"s['’]élève\s+à|atteint|est\s+tombé\s+à|a\s+chuté\s+à)(?:\s+(?:just|only|seulement|solo|sólo|apenas))?\s+$"
)
DIED = _re(
    r"^\W*(?:[\w'’-]+\s+){0,2}?(?:have|has|had|ont|han|who|qui|que|were|fueron|furent)?\s*(?:lost\s+their|died|"
    r"perished|been\s+killed|killed|paid\s+the|made\s+the|laid\s+down|perdu|perdido|perdieron|muerto|murieron|fallecido|"
    r"fallecieron|péri|sont\s+morts|sont\s+tombés|donné\s+leur\s+vie|dado\s+su\s+vida|dieron\s+su\s+vida|"
    r"given\s+their\s+lives|gave\s+their\s+lives)\b"
)
CHANGE = _re(
    r"^\W*(?:more|additional|extra|further|fewer|new|más|adicionales|nuevos|supplémentaires|"
    r"de\s+plus|nouveaux)\b"
)
CHANGE_BEFORE = _re(  # "increased its contribution by 842", "ont renforcé leur contribution de 842", "envía otros ocho"
    r"\b(?:increas\w*|rais\w*|boost\w*|reinforc\w*|augment\w*|renforc\w*|accru|aument\w*|reforz\w*|"
    r"increment\w*|reduc\w*|rédui\w*|cut)\s+(?:[\w'’-]+\s+){0,3}?(?:by|de|en|of)\s+(?:some\s+|about\s+)?$|"
    r"\b(?:sends?|sent|envía|envió|envoie|a\s+envoyé|dispatch\w*|deploys?)\s+(?:another|otros|otras|d['’]autres|encore)\s+$"
)
TRAINED = _re(  # "has trained more than 1,500 peacekeepers": people trained, not deployed
    r"\b(?:trained|training|formé|formados?|capacitado|capacitados|entrenado|entrenados|formation\s+de)\s+"
    r"(?:[\w'’-]+\s+){0,3}?$"
)
SERVING = _re(
    r"^\W*(?:[\w'’-]+\s+){0,1}?(?:serving|serve|deployed|en\s+servicio|desplegad[oa]s|déployé(?:e)?s|"
    r"servent|sirven|stationed)\b"
)
CONTRIBUTES = _re(
    _START + r"(?:contribut(?:es|ed|ing)|provides?|provided|providing|deploys?|deployed|sent|sends|has|had|"
    r"aporta|aportó|contribuye|despliega|envió|tiene|fournit|contribue|déploie|a\s+envoyé|compte)"
    r"\s+(?:currently\s+|now\s+|actualmente\s+|actuellement\s+)?$"
)
WOMEN = _re(
    r"^\W*(?:(?:of\s+(?:them|these|whom)|d['’]entre\s+(?:eux|elles)|de\s+(?:ellos|ellas))\s+"
    r"(?:are\s+|were\s+|sont\s+|son\s+)?)?(?:[^\W\d][\w'’-]*\s+){0,2}?"
    r"(?<!\bmen\sand\s)(?<!\bmale\sand\s)(?<!hommes\set\s)(?<!hombres\sy\s)(?:women|woman|females?|mujeres|mujer|"
    r"femmes|femme|policewomen|female\s+\w+|(?:de\s+)?(?:sexo\s+)?femenino)\b(?!\s+(?:and|y|et)\s+(?:men|hombres|hommes))"
)
WOMEN_TOPIC = _re(  # "en lo que tiene que ver con la participación de las mujeres, Uruguay … en el podio número 24"
    r"\b(?:in\s+terms\s+of|regarding|as\s+for|as\s+regards|when\s+it\s+comes\s+to|en\s+lo\s+que\s+(?:tiene\s+que\s+ver\s+"
    r"con|respecta\s+a)|en\s+cuanto\s+a|respecto\s+(?:a|de)|en\s+ce\s+qui\s+concerne|pour\s+ce\s+qui\s+est\s+(?:de|des)|"
    r"s['’]agissant\s+(?:de|des))\s+(?:[\w'’-]+\s+){0,4}?(?:women|female|mujeres|femmes|féminin\w*|femenin\w*)\b"
)
WOMEN_WORD = _re(r"\b(?:women|woman|female|mujeres|femenin[oa]s?|femmes|féminin(?:e|es|s)?)\b")
WOMEN_AND_MEN = _re(
    r"^\W*(?:[\w'’-]+\s+){0,1}?(?:women\s+and\s+men|men\s+and\s+women|mujeres\s+y\s+hombres|"
    r"hombres\s+y\s+mujeres|femmes\s+et\s+(?:des\s+)?hommes|hommes\s+et\s+(?:des\s+)?femmes)"
)
MEN_PART = _re(  # "2,607 men and 185 women": the men, a part
    r"^\s*(?:men|hommes|hombres|varones)\s+(?:and|et|y)\s+(?:\d[\d,.\s]*|[a-zé]+\s+)(?:women|femmes|mujeres)\b"
)
ONE_TYPE = _re(  # the type of personnel named before a count of missions ("2,240 military peacekeepers on seven")
    r"\b(?:(?P<troops>military|troops|soldiers|militaires|soldats|troupes|militares|soldados|tropas)|"
    r"(?P<police>police|policiers|policías|policias))\b"
)
CEILING = _re(r"up\s+to|jusqu['’]à|hasta")  # "up to 750 troops": a ceiling (a pledge, a mandate), not a count
MISSIONS = _re(  # "in nine out of 12 UN peacekeeping missions", "neuf des 12 missions": the first, the country's
    r"^\W*(?P<among>(?:out\s+of|of\s+the|de\s+las|de\s+los|des|sur\s+les)\s+\d{1,2}\s+)?(?:(?:different|distinct|UN|U\.N\.|United|Nations|peacekeeping|peace|active|current|"
    r"current|of|the|its|onu|de|l['’]onu|las|naciones|unidas|des|nations|unies|la|paz|mantenimiento|"
    r"maintien|paix|diferentes|distintas|différentes)\s+){0,4}(?:missions?|operations?|misiones|misi[oó]n|"
    r"operaciones|operaci[oó]n|opérations?)\b"
)
BEFORE_PERSONNEL = _re(
    rf"{_START}{PERSONNEL}(?:\s+[^\W\d][\w'’-]*){{0,6}}?\s+"  # "ces soldats et policiers présents sur ces fronts sont"
    r"(?:now\s+|currently\s+|actualmente\s+|actuellement\s+)?(?:"
    r"(?:are|were|sont|étaient|son|eran)(?:\s+(?:plus|moins|más|menos)\s+de|\s+more\s+than|\s+over|\s+about|"
    r"\s+some|\s+nearly|\s+almost|\s+près\s+de|\s+environ|\s+casi|\s+unos)?|number(?:ed|s)?|"
    r"total(?:l?ed|s)?|stands?\s+at|reach(?:es|ed)?|amounts?\s+to|come\s+to|"
    r"sont\s+au\s+nombre\s+de|s['’]élèvent\s+à|suman|ascienden\s+a)\s+$"
)
CONTRIBUTORS = _re(
    r"^\s*(?:of\s+them\s+|d['’]entre\s+eux\s+|de\s+ellos\s+)?(?:contribute|provide|send|deploy|aportan|"
    r"contribuyen|env[ií]an|fournissent|contribuent|envoient)\b"
)
LINK = _re(
    r"^\W*(?:(?:currently|now|are|is|were|who|that|which|serving|serve|serves|deployed|stationed|based|"
    r"actuellement|sont|déployés|servent|qui|están|actualmente|desplegados|sirven|prestan|servicio|que)\s+)*"
    r"(?:in|to|with|at|en|à|au|aux|auprès\s+de|dans|con|al|a|within|under|au\s+sein\s+de|dentro\s+de|"
    r"en\s+el\s+seno\s+de|as\s+part\s+of|in\s+the\s+ranks\s+of|como\s+parte\s+de|pour)\s+"
    + ARTICLE
    + r"(?:(?:UN|U\.N\.|United\s+Nations|ONU|Naciones\s+Unidas|Nations\s+Unies)\s+)?"
    r"(?:(?:peacekeeping|peace|multidimensional|integrated|interim)\s+)*(?:(?:missions?|forces?|operations?|"
    r"misi[oó]n|misiones|opérations?|operaci[oó]n|operaciones)\s+(?:in|en|au|à|du|de|del|for|pour|para)\s+"
    + ARTICLE
    + r")?$"
)
SCOPE_BEFORE = _re(  # "Pour la zone MENA (…), le Maroc se classe deuxième"
    r"^\W*(?:within|in|among|for|en|dans|parmi|entre|pour|para|au\s+sein\s+de|dentro\s+de)\s+"
    + ARTICLE
    + r"(?:(?:zone|zona|région|region|región)\s+(?:de\s+l[a'’]\s*|du\s+|des\s+|del\s+)?)?"
    r"(?:mission|misión|Africa|Afrique|África|African|region|région|región|permanent|MENA|Moyen-Orient|"
    r"Middle\s+East|Oriente\s+Medio|Maghreb|Sahel|monde\s+arabe|mundo\s+árabe|Arab\s+world)"
)
PLACES = _re(
    r"^\W*(?:(?:different|distinct|various|conflict|host|diferentes|distintos|différents|pays\s+en)\s*)*"
    r"(?:countries|nations|pa[ií]ses|pays|conflict\s+zones|zones)\b"
)
COUNTRIES = _re(
    r"^\W*(?:(?:troop|police|and|troop-|police-|-|y|et|de|des|of|the|uniformed)\s*)*(?:contributing\s+)?"
    r"(?:countries|nations|pa[ií]ses|pays|Member\s+States|Estados\s+Miembros|États\s+Membres)\b"
)
IN_PLACES = _re(r"(?:\bin|\ben|\bdans|(?<!close\s)(?<!up\s)\bto|\bà)\s+(?:\w+\s+)?$")  # before the countries served in
MEMBER_STATES = _re(r"Member\s+States|Estados\s+Miembros|États\s+Membres|Mitgliedstaaten")
UNITS = _re(
    r"^-(?:strong|member|person|man|woman|troop)\b|"
    r"^\W*(?:[\w'’-]+\s+){0,2}?(?:units?|unités?|unidades|battalions?|bataillons?|batallones?|companies|"
    r"compagnies|compañías|contingents?|contingentes?|hospitals?|hôpitaux|hospitales|helicopters?|aircraft|"
    r"vehicles|projects|medals?|médailles?|medallas?|each|chacun[e]?|cada\s+un[oa])\b"
)
SKIP_AFTER = _re(
    r"^\s*(?:-?\s*(?:years?|año|años|ans?|années?|months?|meses|mes|mois|days?|días|jours?|hours?|"
    r"heures?|horas|km|kilomet|kilómet|dollars?|dólares|USD|euros?)\b|%|\s*per\s*cent|\s*percent|"
    r"\s*por\s+ciento|\s*pour\s*cent)"
)
SKIP_BEFORE = _re(
    r"(?:\$|US\$|USD|€|£|resolution|résolution|resolución|article|artículo|chapter|chapitre|"
    r"capítulo|paragraph|párrafo|paragraphe|age[ds]?|aged|âgés?\s+de|de\s+edad)\s*$"
)
DEATH = _re(
    r"lost\s+(?:their|his|her)\s+li(?:v|f)es?|\b(?:have|has|had)\s+died|\bdied\b|\bkill(?:ed|ing)\b|\bfallen\b|"
    r"\bperished\b|ultimate\s+(?:price|sacrifice)|highest\s+price|supreme\s+sacrifice|gave\s+(?:their|his|her)"
    r"\s+li|laid\s+down\s+(?:their|his|her)\s+li|sacrificed\s+their\s+lives|\bdeaths?\b|fatalities|perdieron\s+la\s+vida|perdido\s+la\s+vida|"
    r"han\s+muerto|murieron|\bmuertos\b|fallecid[oa]s?|fallecieron|ca[ií]dos|dieron\s+su\s+vida|"
    r"perd(?:ido|ieron)\s+sus\s+vidas|ofrend(?:aron|ado)\s+sus?\s+vidas?|entregaron\s+sus?\s+vidas?|"
    r"sacrificio\s+supremo|máximo\s+sacrificio|ont\s+perdu\s+la\s+vie|a\s+perdu\s+la\s+vie|perdu\s+la\s+vie|"
    r"\bmorts?\b|\btués\b|tombés|décédés|ultime\s+sacrifice|sacrifice\s+(?:ultime|suprême)|prix\s+ultime|"
    r"payé\s+de\s+leur\s+vie|donné\s+leur\s+vie|dado\s+su\s+vida|given\s+their\s+lives|\bdécès\b|\bmuertes?\b|"
    r"(?:\blost|\bperdu|\bperdido)\s+(?:[\w,.]+\s+){1,3}?(?:peacekeepers|soldiers|personnel|troops|soldats|hommes|"
    r"militaires|casques\s+bleus|soldados|efectivos|cascos\s+azules)\b"
)
TOLL_BEFORE = _re(  # "the death total is nearly 3,500", "le bilan des morts s'élève à", "la cifra de muertos es de"
    r"\b(?:death\s+(?:toll|total|count)|number\s+of\s+(?:dead|deaths|fatalities)|bilan\s+des\s+(?:morts|décès)|"
    r"nombre\s+(?:de|des)\s+(?:morts|décès)|(?:número|cifra)\s+de\s+(?:muertos|fallecidos|muertes))\b"
    r"(?:\s+[\w'’]+){0,4}?\s*$"
)
MEDALS = _re(
    r"\bmedals?\b|médailles?|medallas?|honou?red|honorés?|homenajead|posthum|Hammarskj|will\s+be\s+awarded|"
    r"\bdecorated\b|décorée?s?\b|condecorad[oa]s"
)
POSTHUMOUS = _re(r"posthum|póstum|Hammarskj")  # the Day's medals: the dead of the year before it
CUMULATIVE = _re(
    r"(?:have|has|had)\s+(?:\w+\s+)?served|served\s+(?:since|over|in\s+the\s+past)|han\s+servido|"
    r"ha\s+servido|ont\s+servi|a\s+servi|since\s+(?:its|their)\s+first|\bso\s+far\b|\bto\s+date\b|"
    r"rotated|have\s+been\s+deployed\s+since|hasta\s+la\s+fecha|à\s+ce\s+jour|jusqu['’]à\s+présent|"
    r"cumulative|since\s+(?:19[4-9]\d|its\s+(?:independence|participation))|over\s+the\s+(?:years|decades)|"
    r"desde\s+19[4-9]\d|depuis\s+19[4-9]\d|in\s+the\s+history\s+of"
)
BREAKDOWN = _re(
    r"(?:comprising|composed\s+of|consisting\s+of|made\s+up\s+of|including|includes?|of\s+whom|"
    r"of\s+which|among\s+them|among\s+whom|\bdont\b|parmi\s+lesquel(?:le)?s|y\s+compris|notamment|"
    r"incluidos|incluidas|incluyendo|entre\s+ellos|entre\s+ellas|de\s+los\s+cuales|de\s+las\s+cuales|"
    r"compuesto\s+por|formado\s+por|que\s+comprend|comprenant)\W+(?:[\w'’-]+,?\s+){0,8}$"
)
TYPES = (  # (name as said, pattern): a personnel type a breakdown names
    (
        "formed police",
        r"formed\s+police(?:\s+units?)?|unidades\s+de\s+polic[ií]a\s+constituidas|"
        r"unités\s+de\s+police\s+constituées",
    ),
    ("individual police", r"individual\s+police(?:\s+officers)?|agentes\s+de\s+polic[ií]a|policiers\s+hors\s+unités"),
    ("staff officers", r"staff\s+officers?|oficiales\s+de\s+estado\s+mayor|officiers\s+d['’]état-major"),
    (
        "experts",
        r"military\s+(?:experts|observers|specialists)|experts?\s+on\s+mission|observers|observadores(?:\s+militares)?|"
        r"especialistas\s+militares|spécialistes\s+militaires|"
        r"observateurs(?:\s+militaires)?|expertos(?:\s+en\s+misión)?|experts\s+en\s+mission|experts|expertos",
    ),
    ("police", r"police(?:\s+officers|men|women)?|polic[ií]as|policiers|gendarmes|police\s+personnel"),
    ("troops", r"troops|soldiers|soldats|soldados|tropas|contingent\s+troops"),
    ("military", r"military(?:\s+personnel)?|militares|militaires"),
)
_OTHER_TYPE = r"(?:military|police|troops|soldiers|civilian|militares|policías|policiales|militaires|policiers|civils)"
REGION = _re(  # a region whose name holds a country's ("America"): it names no country
    r"\b(?:(?:latin|south|north|central)\s+am[eé]rica|am[eé]rica\s+(?:latina|latine|del\s+sur|del\s+norte|central|"
    r"do\s+sul))\b"
)
TYPE_AFTER = [
    (
        name,
        _re(
            rf"^\W*(?:from\s+(?:the\s+)?)?(?:[\w'’-]+\s+){{0,1}}?(?:{pattern})\b"
            rf"(?!\s*(?:(?:and|y|et|,)\s+)?(?:,?\s*(?:including|incluyendo|incluidos|incluidas|y\s+compris|"
            rf"notamment|among\s+them)\s+(?:(?:des|les|los|las|the)\s+)?)?{_OTHER_TYPE}\b)"
        ),
    )
    for name, pattern in TYPES
]
HOSTS = _re(r"\bhost(?:s|ed|ing)?\b|accueill|acoge|alberga")
PARTIAL = _re(
    r"\bper\s+c[aá]pita\b|par\s+habitant|relative\s+to\s+(?:its\s+)?population|en\s+relación\s+con\s+su\s+población|"
    r"\b(?:African|africaine?s?|africanos?|asiatiques?|asiáticos?|latinoamericanos?|européens?|europeos?|"
    r"latino-américains?|árabes?|arabes?|Western|occidentaux|occidentale?s?|occidental|Nordic|nordiques?|nórdicos?|"
    r"francophones?|anglophones?|lusophones?|hispanophones?|franc[oó]fon[oa]s?|angl[oó]fon[oa]s?|"
    r"French-speaking|English-speaking|sudamericanos?|sud-américains?|caribeños?|caribéens?|Caribbean)\b|"
    r"\b(?:among|parmi\s+les|entre\s+los|entre\s+las)\s+(?:the\s+)?(?!the\b|all\b|contributing\b|troop|police|"
    r"uniformed|UN\b|member|top\b|pa[íi]ses\s+(?:contribuyentes|que)\b|pays\s+(?:contributeurs|qui)\b)"
    r"(?:[^\W\d]+\s+){1,2}(?:countries|nations|contributors|states|pays|países|"
    r"contributeurs|contribuyentes)\b|"
    r"\b(?:in|of|among|within|to|en|de|d['’]|parmi|entre|dans|from)\s*"
    + ARTICLE
    + r"(?:(?:East|West|North|South|Southern|Northern|Eastern|Western|Central|Sub-Saharan|Southeast)\s+)?"
    r"(?:Africa|African|Afrique|África|africain|africano|Asia|Asian|Asie|Europe|European|Europa|"
    r"South\s+America|Am[ée]rica\s+del\s+Sur|Sudam[ée]rica|Am[ée]rique\s+du\s+Sud|Latinoam[ée]rica|Caribbean|"
    r"Caribe|Caraïbes|Pacific|Pacifique|Pac[ií]fico|Middle\s+East|Moyen-Orient|Oriente\s+Medio|Sahel|Balkans|MENA|"
    r"(?:(?:the|this|that|la|esta|cette)\s+)?(?:[\w-]+\s+){0,3}?(?:mission|misión)\b(?!s)|"
    r"Latin\s+America|Am[ée]rica\s+Latina|Am[ée]rique\s+latine|Americas|Arab|arabe|region|région|región|"
    r"sous-r[ée]gion|sub-?regions?|subregi[oó]n|"
    r"(?:(?:five|5|cinq|cinco)\s+)?(?:permanent\s+members?|membres\s+permanents|miembros\s+permanentes)|P5|G20|G-20|EU\b|European\s+Union|"
    r"NATO|OTAN|francophon|Commonwealth|ASEAN|SADC|ECOWAS|CEDEAO|South\s+Asia|"
    r"Security\s+Council|Consejo\s+de\s+Seguridad|Conseil\s+de\s+sécurité|the\s+continent|continent)|"
    r"\btop\s+(?:\d+|ten|five|twenty)\b|\bdix\s+premiers|\bdiez\s+primeros"
)
TYPE_RANK = _re(  # "second concerning the provision of military experts": a rank among one type's contributors
    r"\b(?:experts?|observers?|police(?:\s+officers)?|policiers|policías|polic[ií]a|expertos|observateurs|observadores|"
    r"staff\s+officers|gendarmes)\b"
)
FINANCIAL = _re(  # a rank among those who pay, not among those who deploy
    r"\b(?:funds?|funding|budgets?|budgetary|assessments?|assessed|financial(?:ly)?|financi(?:er|ère|ers|ères)|"
    r"financement|budgétaires?|financier[oa]s?|presupuest(?:o|os|ario|aria)|cuotas|dollars?|d[oó]lares)\b"
)
WORLD_RANK = _re(  # not "dans le monde arabe", "en el mundo árabe": a group
    r"\b(?:in\s+the\s+world|worldwide|globally|au\s+monde|dans\s+le\s+monde|del\s+mundo|"
    r"a\s+nivel\s+mundial|en\s+el\s+mundo)\b(?!\s+(?:arabe|árabe|francophone|hispano\w*|musulman|occidental))"
)
WORLD = _re(
    r"\bworldwide\b|around\s+the\s+world|across\s+the\s+world|all\s+over\s+the\s+world|\bglobally\b|"
    r"\bin\s+total\b|\bau\s+total\b|\ben\s+total\b|\bdans\s+le\s+monde\s+entier\b|\ball\s+(?:UN\s+)?(?:missions|operations)\b|\bfrom\s+(?:over\s+|more\s+than\s+|some\s+)?"
    + _N
    + r"\s*(?:countries|nations)|UN\s+peacekeeping\s+(?:has|had|counts|deploys)|"
    r"en\s+el\s+mundo|dans\s+le\s+monde|à\s+travers\s+le\s+monde|a\s+nivel\s+mundial|en\s+todo\s+el\s+mundo|"
    r"\b(?:de|desde)\s+(?:más\s+de\s+)?" + _N + r"\s*países|\bde\s+(?:plus\s+de\s+)?" + _N + r"\s*pays|"
    r"\bour\s+(?:blue\s+helmets|peacekeepers)\b|\bhailing\s+from\b|\bthe\s+UN['’]s\b"
)
ANAPHOR = _re(
    r"^\W*(?:of\s+(?:these|them|whom)|among\s+(?:them|these)|they\s+include|these\s+include|"
    r"de\s+(?:ellos|ellas|estos|estas)|entre\s+(?:ellos|ellas)|parmi\s+(?:eux|elles|ceux-ci)|"
    r"ils\s+comptent|elles\s+comptent|this\s+includes|it\s+includes|ce\s+contingent\s+compte)\b"
)
WORLD_AFTER = _re(
    r"^\W*(?:[^\W\d][\w'’-]*\s+){0,4}?(?:worldwide|around\s+the\s+world|across\s+the\s+world|"
    r"globally|in\s+all\s+(?:UN\s+)?(?:missions|operations)|dans\s+le\s+monde|en\s+el\s+mundo|"
    r"from\s+(?:over\s+|more\s+than\s+|some\s+)?"
    + _N
    + r"\s*(?:countries|nations)|(?:de|desde)\s+(?:más\s+de\s+)?"
    + _N
    + r"\s*(?:países|naciones)|de\s+(?:plus\s+de\s+)?"
    + _N
    + r"\s*(?:pays|nations))\b"
)
CIVILIANS = _re(r"civilian|civil|civiles|civils")
UNIFORMED_DEAD = _re(  # the dead the UN honours as "Blue Helmets" are all its peacekeepers: not these words
    r"uniformed|military\s+and\s+police|police\s+and\s+military|en\s+uniforme|en\s+tenue|uniformad|"
    r"militares\s+y\s+polic|militaires\s+et\s+policiers|troops?\s*(?:and|/|&)\s*police"
)
UNIFORMED = _re(UNIFORMED_DEAD.pattern + r"|blue\s+helmets")
PRONOUN = _re(
    r"\b(?:it|its|they|the\s+country|this\s+country|the\s+(?!host\b)(?:[\w-]+\s+){1,2}?(?:nation|country)\b|your|le\s+pays|ce\s+pays|el\s+país|este\s+país|"
    r"il|elle|ils|elles|ellos|ellas|su|sus|ses|son|sa|leurs?|vuestr[oa]s?|votre|vos)\b"
)
OTHER_LANGUAGE_PRONOUNS = {  # words that are pronouns in one language only: Spanish "son" is "are"
    "es": {"il", "elle", "ils", "elles", "son", "sa", "ses", "leur", "leurs", "votre", "vos", "le pays", "ce pays"},
    "fr": {"ellos", "ellas", "su", "sus", "el país", "este país"},
    "en": set(),
}
NOT_PRONOUN = _re(
    r"\b(?:their|sus\s+vidas|su\s+vida|leur\s+vie|leurs\s+vies|its\s+mandate|it\s+is\s+(?:a|the)\s+"
    r"(?:honou?r|privilege)|il\s+(?:existe|y\s+a(?:vait)?|reste|s['’]agit))\b"  # "il existe": no one's
)
COMPARISON = _re(
    _START + r"(?:second\s+only\s+to|only\s+to|\bafter|behind|ahead\s+of|\bdevance|devançant|dépass(?:e|ant)|"
    r"supera(?:ndo)?\s+a|outranks|surpass(?:es|ing)|overtak(?:es|ing)|followed\s+by|\bthan|\blike|\bunlike|"
    r"such\s+as|\bincluding|along\s+with|alongside|together\s+with|as\s+well\s+as|\bbesides|"
    r"después\s+de|detrás\s+de|\btras|seguid[oa]s?\s+(?:de|por)|por\s+delante\s+de|más\s+que|"
    r"menos\s+que|junto\s+(?:a|con)|\bcomo|así\s+como|\baprès|derrière|devant|suivie?s?\s+(?:de|par)|"
    r"plus\s+que|moins\s+que|\bcomme|ainsi\s+que|aux\s+côtés\s+de|\bversus|\bvs\.?|\bor)\s+" + ARTICLE + "$"
)
PLACE = _re(
    _START + r"(?:\bin|\binto|\binside|\bacross|throughout|\bto|\bat|\ben|\bau|\baux|\bdans|\bà|\bal|\bhacia|"
    r"\bbased\s+in|deployed\s+to)\s+"
    + ARTICLE
    + r"(?:(?:eastern|western|northern|southern|central|north-?eastern|north-?western|south-?eastern|south-?western|"
    r"l['’]est\s+(?:de\s+la\s+|du\s+|de\s+l['’]\s*)?|l['’]ouest\s+(?:de\s+la\s+|du\s+|de\s+l['’]\s*)?|"
    r"el\s+(?:este|oeste|norte|sur)\s+(?:de\s+la\s+|del\s+|de\s+)?)\s*)?"  # "in eastern DR Congo", "dans l'est du Mali"
    r"(?:(?-i:[A-Z][\w'’-]+)[ /])?(?:(?-i:[A-Z][\w'’-]+)/)?"  # "in Darfur Sudan", "in Abyei Sudan/South Sudan"
    r"(?:(?:Republic|República|République)\s+(?:of|de|du|del)\s+" + ARTICLE + ")?$"
)
FROM = _re(r"^\s*(?:from|de|del|du|des|d['’]|de\s+la)\s+$")
CLAUSE = re.compile(
    r";|\s(?:while|whereas|but|mientras(?:\s+que)?|pero|alors\s+que|tandis\s+que|mais)\s|\s[—–]\s", re.IGNORECASE
)
CONTACT = _re(
    r"^\s*(?:tel|tél|phone|telephone|téléphone|teléfono|fax|mobile|cell|e-?mail|courriel|correo)\b|"
    r"^\s*\+\s*\(?\d|^[^\s@]+@[^\s@]+$|^\s*(?:\+|\(\d)[\d\s().-]{7,}$"
)
PHONE = _re(r"\+\s*\(?\d[\d\s().-]{6,}\d")

GROUPS = _re(
    r"^\W*(?:permanent\s+members|members?\s+of\s+the\s+(?:UN\s+|United\s+Nations\s+)?Security|"
    r"membres\s+permanents|miembros\s+permanentes|Member\s+States|États\s+membres|Estados\s+miembros)"
)
ARE_FROM = _re(
    r"^\s*(?:are|were|come|came|hail|sont|viennent|venaient|son|vienen|proceden)\s+"
    r"(?=(?:originaires\s+|originarios\s+)?(?:from|de|du|des|d['’]|del)\s)"
)
PARTITIVE = _re(r"(?:^|[,;:]\s*)\W*(?:of|among|out\s+of|sur|parmi|de|entre)\s+(?:the|les|los|las)\s+$")
RANK_AT = _re(
    r"^(?P<what>[^\d;]{0,90}?)\s*(?:at|with|avec|con)\s+$"  # after a rank: "27th for most personnel sent, at 781"
)
FATALITY_PART = _re(r"(?:including|of\s+whom|among\s+them|dont|incluidos|incluidas|entre\s+ellos|y\s+compris)\s+$")
SCOPE_MISSION = _re(r"(?:within|au\s+sein\s+de|dentro\s+de|en\s+el\s+seno\s+de)\s+" + ARTICLE + r"$")
BREAKDOWN_WORD = _re(
    r"\b(?:comprising|composed\s+of|consisting\s+of|made\s+up\s+of|of\s+whom|of\s+which|"
    r"among\s+them|dont|parmi\s+lesquel(?:le)?s|y\s+compris|incluidos|incluidas|"
    r"de\s+los\s+cuales|de\s+las\s+cuales|compuesto\s+por|formado\s+por|comprenant)\b"
)
VERB_AFTER = _re(
    r"^\s*(?:is|was|has|had|are|were|contributes|deploys|provides|ranks|remains|es|fue|ha|tiene|aporta|"
    r"sigue|est|a|fournit|contribue|déploie|reste|se|compte|cuenta|counts|numbers|serves|sert|sirve|participa|"
    r"participe|despliega|envía|envoie)\b"
)
NOW = _re(
    r"\b(?:now|currently|today|at\s+present|presently|actuellement|aujourd['’]hui|actualmente|hoy|"
    r"en\s+la\s+actualidad)\b"
)
UNIT_OF = _re(
    r"\b(?:rotation|batch|unit|team|group|company|battalion|detachment|platoon|squad|contingent|convoy|"
    r"relève|rotación|relevo|unidad|equipo|grupo|compañía|batallón|contingente|unité|équipe|groupe|"
    r"compagnie|bataillon|détachement|contingent)\s+(?:of|de|d['’])\s+(?:(?:some|about|more\s+than|over|"
    r"plus\s+de|más\s+de|unos|environ)\s+)?$"
)
ONE_OF_THE = _re(
    r"\b(?:one\s+of|among|amongst|part\s+of|l['’]une?\s+des|parmi|uno\s+de|una\s+de|entre)\s+"
    r"(?:the\s+|les\s+|los\s+|las\s+)(?:(?:more\s+than|over|some|nearly|plus\s+de|más\s+de|près\s+de|"
    r"casi)\s+)?$"
)
OF_THEM = _re(r"\s+(?:of\s+(?:them|whom|these)|d['’]entre\s+(?:eux|elles)|de\s+(?:ellos|ellas))\b")
POSSESSOR = re.compile(
    r"((?:[A-Z][\w-]*\s+){0,4}[A-Z][\w-]*|(?:the\s+)?(?:region|bloc|community|group|union|alliance|"
    r"continent|force|mission))['’]s\s+(?:[a-z-]+\s+){0,2}$"
)
SINCE_1948 = _re(r"since\s+1948|desde\s+1948|depuis\s+1948|in\s+the\s+history\s+of\s+(?:UN\s+)?peacekeeping")
THE_UN = _re(r"(?:the\s+)?(?:UN|United\s+Nations|ONU)")
