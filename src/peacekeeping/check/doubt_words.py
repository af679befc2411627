"""The words that make a figure's subject or reading unsure (issue 23: another subject, a force the reports do not
count, a unit, an event, a past time), and the sizes no country's or no world figure can have; en, es, fr."""

from __future__ import annotations

import re

from .phrases import MONTH_WORDS


def _re(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


NATIONAL_MAX = 15_000  # more uniformed personnel than any country has deployed (the most: about 11,000 in 2010)
WORLD_MIN = 10_000  # fewer uniformed personnel than the world has had since 1990 (the least: about 12,000, 1999)
NATIONAL_DEATHS_MAX = 1_000  # more deaths than any country's peacekeepers have had (the most: under 200, India)
MISSIONS_MAX = 25  # more missions than a report has listed at once (the most, 2015-2025: 23): missions over years
COUNTRIES_MAX = 200  # more contributing countries than there are states (the most, 2015-2025: 128)
NATIONAL_WOMEN_MAX = 2_000  # more uniformed women than any country has deployed (the world's: 4,000-6,000)
WORLD_MISSIONS = _re(  # between a world figure and a number of missions: "87,000 personnel serve in 12 missions"
    r"[^\W\d]*(?:,?\s+[^\W\d]+){0,6}?\s+(?:in|across|to|on|en|dans|à|au|aux|sur)\s+(?:(?:the|les|las|los)\s+)?"
)
GROUP = re.compile(  # a group of countries as a figure's subject: "SADC countries", "les pays africains"
    r"(?i:\b(?:countries|(?<!united\s)nations(?!\s+uni)|states|members|estados|états|etats|membres|"
    r"pa[ií]ses(?!\s+(?:contribuyentes|que\s+aportan))|(?:les|des|aux|ces)\s+(?:[^\W\d]+\s+)?pays(?!\s+contrib))\b|"
    r"\b(?:community|communauté|comunidad|union|unión|bloc|bloque|alliance|alianza)\b)|"
    r"\b(?:EAC|SADC|ECOWAS|CEDEAO|ASEAN|EU|AU|UA|UE|NATO|OTAN|IGAD|ECCAS|CEEAC|MERCOSUR|BRICS|G20|G7|P5)\b"
)
MEMBER_OF = _re(  # the country's own class, not another subject: "one of the largest troop-contributing countries"
    r"\b(?:one\s+of|among(?:st)?|l['’]une?\s+des|parmi\s+les|un[oa]\s+de|entre)\s+(?:the\s+|los\s+|las\s+)?"
    r"(?:(?:largest|biggest|top|main|leading|major|principal(?:es|aux)?|grands?|plus|más|mayores|"
    r"troop|police|personnel|troop-|police-|contributing|contributeurs?|contribuyentes|de|des)[\s-]*){0,4}$"
)
HOSTILE = _re(  # "the Israeli military attacked UNIFIL's headquarters": a country at odds with a mission, not in it
    r"\b(?:attack(?:s|ed|ing)?|fir(?:ed|ing)\s+(?:on|at)|shell(?:s|ed|ing)|struck|strikes?|accus(?:es|ed|ing)|"
    r"bomb(?:s|ed|ing)?|raids?|target(?:ed|ing)|attaqu\w*|frapp\w*|tirs?|bombard\w*|accus\w*|atac\w*|"
    r"disparos?|dispar(?:ó|aron)|acus\w*)\b"
)
NON_UN = re.compile(  # forces the UN's monthly reports do not count
    r"\b(?:MFO|EUFOR|EUTM|EUCAP|EULEX|EUNAVFOR|KFOR|ISAF|AMISOM|ATMIS|AMIS|AFISMA|MISCA|MNJTF|SAMIM|MISAHEL|"
    r"ECOMOG|ECOMIB|SAMIDRC|NATO|OTAN)\b|(?i:coalition\s+forces|multinational\s+force|force\s+multinationale|fuerza\s+multinacional|"
    r"non-U\.?N\.?\b|non-United\s+Nations|hors\s+(?:du\s+cadre\s+de\s+l['’])?ONU|ajen[ao]s?\s+a\s+la\s+ONU|"
    r"International\s+Monitoring\s+Team|"
    r"African\s+Union\s+(?:mission|force)|(?:mission|force)\s+de\s+l['’]Union\s+africaine|"
    r"misión\s+de\s+la\s+Unión\s+Africana|bilateral|bilatéral|European\s+Union|Union\s+européenne|Unión\s+Europea|"
    r"international\s+(?:peace(?:keeping)?\s+)?(?:missions|operations)|(?:missions|opérations)\s+internationales|"
    r"(?:misiones|operaciones)\s+internacionales)"
    r"|\b(?:EU|UE|OSCE|OSZE)\b"  # "UN and EU missions": the European Union's, the OSCE's
)
UNIT_WORD = _re(
    r"\b(?:contingentes?|contingents?|battalions?|batallones?|batallón|bataillons?|detachments?|détachements?|destacamentos?|"
    r"companies|company|compañ[ií]as?|compagnies?|units?|unités?|unidad(?:es)?|platoons?|teams?|"
    r"équipes?|equipos?|rotations?|relèves?|relevos?|rotaci[oó]n|hospitals?|hôpitals?|hôpitaux|hospitales|clinics?|"
    r"task\s+forces?|fuerzas?\s+de\s+tareas?|forces?\s+opérationnelles?)\b"
)
MAKE_UP = _re(  # "192 service members … make up the 51st Argentine Task Force": a unit's roll
    r"\b(?:make|makes|made)\s+up|\b(?:form|forms|formed|compose|composent|forment|constituent|conforman|integran|"
    r"componen|forman)\b"
)
EVENT = _re(  # a movement or an event counts people moving, not a country's strength
    r"\b(?:(?:sends|envoie|envía)\s+(?:\w+\s+){0,2}?\d[\d,.\u202f ]*\s+(?:[\w-]+\s+){1,2}?(?:to|au|à|en|a)\s+"
    r"(?!(?:the\s+)?(?:UN|U\.N\.|United\s+Nations|ONU|Naciones|Nations|missions?|misiones|operations|opérations|"
    r"operaciones|peace)\b)(?-i:[A-ZÀ-Ý])\w*|left|departed|arrived|returned|will\s+(?:be\s+)?(?:send|sent|deploy(?:ed)?|join)|to\s+be\s+deployed|"
    r"graduated|trained|training|arriv(?:e|es|ing)|scheduled\s+to|remaining|expected\s+to\s+(?:arrive|deploy|join)|"
    r"llegar[aá]n?|arriver(?:a|ont)|completed\s+(?:the\s+)?course|formation|capacitaci[oó]n|entrenamiento|"
    r"repatriated|welcomed|flew|partieron|llegaron|regres(?:an|aron|ó)|enviará|desplegará|"
    r"viajaron|se\s+gradu|capacitad|formad[oa]s|(?:sont|est)\s+(?:partis?|arrivés?|rentrés?)|a\s+quitté|"
    r"ont\s+quitté|quitteront|va\s+(?:envoyer|déployer)|enverra|déploiera|formés|diplômés|meeting|conference|"
    r"summit|réunion|conférence|sommet|reunión|conferencia|cumbre|departure|send[-\s]off|farewell|"
    r"ahead\s+of\s+(?:their|its|the)\s+(?:work|deployment|departure)|(?:cérémonie|prise\s+d['’]armes)\s+de\s+départ|"
    r"avant\s+(?:leur|son)\s+(?:déploiement|départ)|(?:ceremonia\s+de\s+)?despedida|antes\s+de\s+su\s+(?:despliegue|partida))\b"
)
OTHER_BODY = re.compile(  # another body's count of peacekeepers, which takes in operations the UN's reports do not
    r"\bSIPRI\b|(?i:Stockholm\s+International\s+Peace\s+Research|think[\s-]tank|multilateral\s+(?:peace\s+)?"
    r"operations|African\s+peace\s+operations?|opérations\s+de\s+paix\s+africaines|staff\s+union|"
    r"Standing\s+Committee\s+for\s+the\s+Security|syndicat\s+du\s+personnel|sindicato\s+(?:del\s+personal|de\s+"
    r"trabajadores))"
)
ATTRIBUTED = re.compile(  # a figure a named body gives: "According to the Cairo Center for …, 28 … lost their lives"
    r"(?i:\b(?:according\s+to|as\s+per|citing|selon|d['’]après|según|de\s+acuerdo\s+con)\s+"
    r"(?:(?:the|la|le|les|el|los|las)\s+|l['’]))"
    r"(?P<who>[A-Z][\w'’.-]*(?:\s+(?:(?i:of|for|and|in|on|de|du|des|la|el|y|et|pour|para|sur|en)\s+)*[A-Z][\w'’.-]*)*)"
)
TYPE_LISTED = _re(  # "six officiers et deux policiers": the first of a list of kinds of personnel, not the total
    r"\s+(?:[^\W\d]+\s+){0,3}?(?:and|et|y|plus)\s+(?P<n>[\w.,]+)\s+(?:[^\W\d]+\s+)?(?:police\w*|policiers?|"
    r"policías?|gendarmes?|officers?|officiers?|oficiales|soldiers|soldats|soldados|troops|troupes|tropas|experts?|"
    r"expertos|observers?|observateurs?|observadores)\b"
)
TROOPS_ONLY = _re(r"\b(?:troops?|tropas|troupes|soldiers|soldados|soldats)\b")  # a rank of them, unless police too
POLICE = _re(r"\bpolic\w*")
POLICE_ONLY = _re(r"\b(?:UNPOL|police|policiers?|policières?|policías?|policemen|policewomen)\b")
MILITARY = _re(
    r"\b(?:troops|tropas|troupes|soldiers|soldados|soldats|military|militaires?|militares|army|armée|ejército)\b"
)
UN_BODY = _re(  # the UN, its departments, missions and officials: not another body
    r"\b(?:UN|U\.N|United\s+Nations|ONU|Naciones\s+Unidas|Nations\s+Unies|DPO|DPPA|UNIC|Secretary|Secrétaire|"
    r"Secretario|Department\s+of\s+Peace|Departamento\s+de\s+Operaciones\s+de\s+Paz|Département\s+des\s+opérations\s+de\s+paix|MINU\w*|MONU\w*|UN[A-Z]{2,}\w*)\b"
)
SERVICE = _re(  # one national service ("5,918 are from Nepal Army, 195 from Armed Police Force"), not all uniformed
    r"\b(?:army|armed\s+police(?:\s+force)?|police\s+force|national\s+police|police\s+nationale|policía\s+nacional|ejército|armée\s+de\s+l['’]air|armée|gendarmerie|gendarmer[ií]a|"
    r"(?:armed|defen[cs]e)\s+forces|ministry\s+of\s+defen[cs]e|forces\s+(?:armées|de\s+défense)|fuerzas\s+armadas|"
    r"navy|air\s+force|marine\s+nationale|armada|fuerza\s+aérea|"
    r"(?-i:[A-Z][a-z]+\s+Police))\b"
)
MILITARY_SERVICE = _re(  # a service whose count is the military's: troops, with staff officers, or all military
    r"\b(?:army|ejército|armée|(?:armed|defen[cs]e)\s+forces|ministry\s+of\s+defen[cs]e|forces\s+(?:armées|de\s+défense)|"
    r"fuerzas\s+armadas)\b"
)
SPEAKS = _re(  # a service that speaks: "Army spokesperson … says", "l'armée a déclaré", "el Ejército dijo"
    r"\b(?:spokes(?:person|man|woman)|PRO\b|public\s+relations|said|says|stated|told|porte-parole|"
    r"a\s+(?:déclaré|indiqué|annoncé)|indique|portavoz|dijo|declaró|informó)"
)
PAST = _re(
    r"\b(?:(?:\w+\s+)?years?\s+ago|at\s+(?:its|their)\s+peak|peaked|a\s+culminé|alcanzó\s+su\s+(?:punto\s+)?máximo|il\s+y\s+a\s+\w+\s+ans|hace\s+\w+\s+años|"
    r"à\s+son\s+apogée|en\s+su\s+apogeo|once\s+had|in\s+the\s+(?:19|20)\d0s|at\s+the\s+time\s+of|à\s+l['’]époque|"
    r"en\s+aquel\s+(?:momento|entonces)|por\s+entonces)\b"
)
YEAR = re.compile(r"(?<![\d.,])(?:19[4-9]\d|20[0-4]\d)(?![\d.,]\d)")
SINCE_YEAR = _re(r"(?:since|depuis|desde|from|de|des|from\s+\w+|as\s+(?:of|at)|au|al|a\s+fin(?:es|ales)\s+de)\s*$")
WHEN_THEN = _re(r"\s*,?\s*(?:when|lorsque|quand|cuando)\b")
ATTACHED = _re(  # a figure attached to the country named just before it: "Bangladesh with 7,000", "Ghana, which has"
    r"^(?:\s+(?:with|con|avec)\b|\s+(?:and|et|y)\s+(?:its|their|ses|leurs|sus|su)\b|\s*\(|['’]s\b|\s*,?\s*(?:which|who|whose|that|qui|que|quien|cuyo|cuya|dont)\b)"
    r"(?:[^,;]|,(?=\d))*$"
)
MOVED = _re(  # sent or deployed, which counts a national strength unless a recent day makes it an event
    r"\b(?:sent|dispatched|deployed|envi[oó]|desplegó|enviad[oa]s|a\s+envoyé|a\s+déployé|envoyés|déployés)\b"
)
RECENT = _re(
    r"\b(?:last\s+(?:week|month)|this\s+(?:week|month)|yesterday|on\s+(?:Monday|Tuesday|Wednesday|Thursday|"
    r"Friday|Saturday|Sunday)|la\s+semaine\s+dernière|le\s+mois\s+dernier|cette\s+semaine|hier|"
    r"la\s+semana\s+pasada|el\s+mes\s+pasado|esta\s+semana|ayer)\b"
)
IN_MISSIONS = _re(  # a number of missions between a figure and a place: "2,667 troops in five missions in Africa"
    r"\b(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|deux|trois|quatre|cinq|sept|huit|neuf|"
    r"dix|onze|douze|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce)\s+(?:[\w.]+\s+){0,3}?"
    r"(?:missions|operations|misiones|operaciones|opérations)\b"
)
OF_THE = _re(  # "6 of the 12 operations", "6 des 12 opérations", "eight out of 13": the whole is the world's
    r"(?:\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|deux|trois|quatre|cinq|six|sept|huit|"
    r"neuf|dix|onze|douze|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce))\s+(?:of\s+(?:the\s+)?|out\s+of\s+(?:the\s+)?|des\s+|de\s+(?:las|los)\s+|sur\s+(?:les\s+)?|parmi\s+les\s+|"
    r"entre\s+(?:las|los)\s+)$"
)
FUTURE = _re(  # a pledge, a plan or an aim counts what is to come, not a country's strength
    r"\b(?:pledg(?:e|es|ed|ing)|would\s+(?:\w+\s+)?(?:send|deploy|provide|contribute|add|depart|leave|join|go|arrive)|"
    r"could\s+(?:have|reach|send|deploy)|promis(?:e|es|ed|ing)|prometi\w*|promet\w*|(?:available\s+)?for\s+future|"
    r"futur[oa]s\s+(?:misiones|operaciones)|futures?\s+(?:missions|opérations)|by\s+(?:later\s+|the\s+end\s+of\s+)?(?:this|next)\s+year|plans?\s+to|planned\s+to|"
    r"intends?\s+to|aim(?:s|ed)?\s+(?:to|at)|in\s+order\s+to\s+(?:be|become|reach|join)|additional|offer(?:s|ed)?|"
    r"s['’]est\s+engagée?\s+à|promesse|prévoit\s+de|vise\s+à|enverrait|déploierait|supplémentaires?|offert\w*|"
    r"se\s+comprometió\s+a|compromiso\s+de|prevé|planea|pretende|enviaría|desplegaría|adicionales?|ofrec\w*|"
    r"(?:expected|due|set|scheduled)\s+to\s+be\s+(?:sent|deployed|dispatched)|will\s+be\s+(?:sent|deployed|dispatched)|"
    r"will\s+(?:\w+\s+)?(?:send|deploy|dispatch)|(?<!continues\s)(?<!continue\s)(?<!continued\s)\bto\s+(?:dispatch|deploy|send|commit)\b(?!\s+(?:in|to)\b)|"
    r"(?:enverra|déploiera|enverront|déploieront|enviará|desplegará|enviarán|desplegarán)|"
    r"va\s+(?:envoyer|déployer)|van?\s+a\s+(?:enviar|desplegar)|"
    r"sera\s+(?:envoyée?|déployée?)s?|seront\s+(?:envoyée?|déployée?)s|será[n]?\s+(?:enviad|desplegad)\w*|"
    r"(?:target|goal|objetivo|meta|objectif)\b[^.;]{0,40}?\b(?:llegar|alcanzar|desplegar|enviar|atteindre|déployer|"
    r"envoyer|reach|deploy|send|sending|increase|aumentar|augmenter))\b"
)
SO_FAR = _re(  # figures of a period that ended, or sent over the years, not a country's strength this month
    r"\b(?:(?:has|have|had)\s+(?:\w+\s+){0,2}?sent|ha(?:n|bía|bían)?\s+enviado|a(?:vait)?\s+(?:déjà\s+)?envoyé\s+"
    r"(?:au\s+total|(?:plus\s+de\s+)?\d)|since\s+(?:then|this|that)|depuis\s+(?:lors|cette)|desde\s+(?:entonces|esa|esta)|déjà\s+envoyé|already\s+sent|"
    r"ya\s+(?:ha\s+)?envi\w+|over\s+the\s+(?:past|last)\s+\w+\s+(?:years|decades)|hitherto|so\s+far|to\s+date|"
    r"jusqu['’](?:ici|à\s+présent)|hasta\s+(?:ahora|la\s+fecha)|en\s+lo\s+que\s+va\s+de|depuis\s+le\s+début\s+de|"
    r"since\s+the\s+(?:start|beginning)\s+of|"
    r"au\s+cours\s+des\s+\w+\s+dernières\s+années|en\s+los\s+últimos\s+\w+\s+años|"
    r"(?:from|between|de|entre)\s+(?:19|20)\d\d\s+(?:to|until|till|through|and|à|a|et|y|hasta)\s+(?:19|20)\d\d)\b"
)
OURS = _re(  # the speaker's own forces: "nos forces", "our troops" (a minister's country), not the world's
    r"\b(?:our|nos|notre|nuestr[oa]s?)\s+(?:[\w-]+\s+){0,2}?(?:forces|troops|soldiers|army|armed\s+forces|"
    r"police|soldats|militaires|armées?|fuerzas|efectivos|soldados|tropas|ejército|militares|contingents?|"
    r"contingentes?)\b"
)
PEOPLE = _re(  # a world count of people that may take in civilians (and their political missions)
    r"\b(?:civil\w*|peacekeepers|personnes|personas|people|men\s+and\s+women|women\s+and\s+men|"
    r"hommes\s+et\s+femmes|femmes\s+et\s+hommes|hombres\s+y\s+mujeres|mujeres\s+y\s+hombres|workers|trabajadores)\b"
)
OTHER_STAFF = _re(  # staff the reports do not count, said to be in a country's figure: prison, justice, civilians
    r"\b(?:agents?\s+p[ée]nitentiaires?|agents?\s+p[ée]nitenciers?|personnels?\s+(?:de\s+la\s+justice|"
    r"p[ée]nitentiaires?|civils?)|prison\s+(?:staff|officers?|guards?)|corrections?\s+officers?|"
    r"funcionarios\s+(?:de\s+prisiones|penitenciarios)|personal\s+(?:civil|penitenciario|de\s+justicia)|"
    r"civilian\s+(?:staff|personnel|experts?)|civil(?:ians?|s|e|es)?\s*,\s*(?:polic|milit)\w*|"
    r"(?:police|military|policiers|militaires|policías|militares)\s+(?:and|et|y)\s+civil(?:ians?|s|es)?\b|staffers|"
    r"staff\s+members|UNHQ|(?:UN|United\s+Nations)\s+headquarters|"
    r"(?:au|at)\s+(?:le\s+)?si[èe]ge|sede\s+de\s+(?:la\s+)?(?:ONU|Naciones\s+Unidas))\b"
)
PAST_QUOTE = _re(  # "avait rappelé le Président": a statement quoted from an earlier day, whose "now" is that day's
    r"\b(?:avai(?:t|ent)\s+(?:rappelé|déclaré|indiqué|affirmé|souligné|annoncé|précisé|dit|expliqué)|"
    r"had\s+(?:said|stated|noted|recalled|announced|told|declared|explained)|"
    r"hab[íi]a(?:n)?\s+(?:dicho|declarado|señalado|afirmado|anunciado|recordado|indicado|explicado)|"
    r"(?:datant\s+d[eu]|dated|fechad[oa]s?(?:\s+(?:en|el))?)\s+(?:(?:\d{1,2}\s+)?[^\W\d]+\s+(?:de\s+)?)?(?:19|20)\d\d)\b"
)  # or a document of an earlier day: "une note d'information datant de juin 2021"
ABROAD = _re(r"\b(?:overseas|abroad|à\s+l['’]étranger|en\s+el\s+(?:exterior|extranjero))\b")
BLUE_HELMETS = _re(r"\b(?:blue\s+helmets|casques\s+bleus|cascos\s+azules)\b")
UN_WORDS = _re(
    r"\b(?:UN|U\.N\.|United\s+Nations|ONU|Naciones\s+Unidas|Nations\s+unies|peacekeeping|maintien\s+de\s+la\s+paix|"
    r"mantenimiento\s+de\s+la\s+paz)\b|" + BLUE_HELMETS.pattern
)
ONE_MISSION_DEATHS = _re(  # "35 Fijians were killed in that service": the deaths of one mission or period
    r"\b(?:in|during|of)\s+(?:that|this|the\s+same)\s+(?:service|mission|operation|deployment)|"
    r"\b(?:died|killed|lost\s+their\s+lives)\s+(?:in|during|on)\s+the\s+(?:mission|operation|deployment)\b|"
    r"\b(?:morts?|tués?|décédés?)\s+(?:dans|pendant|durant)\s+la\s+mission\b|"
    r"\b(?:muertos?|fallecid[oa]s?|murieron|murió)\s+(?:en|durante)\s+la\s+misión\b|"
    r"\b(?:dans|durant|pendant|de)\s+(?:ce|cette)\s+(?:mission|opération|déploiement)|"
    r"\b(?:en|durante|de)\s+(?:ese|este|esa|esta|dicho|dicha)\s+(?:misión|operación|despliegue)|"
    r"\b(?:country|place|mission|operation|país|pays|lugar|misión|opération)\s+(?:where|in\s+which|donde|"
    r"en\s+(?:el|la)\s+que|où|dans\s+lequel|dans\s+laquelle)\b|"  # "el país donde … fue Mali": the dead there
    r"\bdeadliest\b|\bmost\s+(?:dangerous|deadly|lethal)\b|\bmás\s+(?:mortífer|peligros|letal)|"
    r"\bplus\s+(?:meurtri|dangereu|mortel)"
)
DEATHS_CAUSE = _re(  # "killed in malicious attacks": the dead of one cause, not all of them
    r"\b(?:malicious|deliberate|hostile)\s+(?:attacks?|acts?)|\battaques?\s+délibérées?|\bactes?\s+(?:malveillants?|"
    r"hostiles?)|\bataques?\s+deliberados?|\bactos?\s+(?:malintencionados?|hostiles?)"
)
_MONTHS = MONTH_WORDS.pattern  # the month names the checker reads (en, es, fr), as phrases.py has them
DEATHS_EVENT = _re(  # "were killed on 4 March", "June 1995 – four … killed": one attack's dead, not the country's toll
    r"\b(?:accident|crash|accidente|incident)\b|"  # "un accident d'avion a causé la mort de 92 soldats"
    r"\b(?:a\s+day\s+earlier|the\s+day\s+before|la\s+veille|el\s+día\s+anterior)\b|"
    rf"\b(?:on|le|el)\s+(?:\d{{1,2}}(?:st|nd|rd|th|er)?\s+(?:de\s+)?)?(?:{_MONTHS})\b|\b(?:{_MONTHS})\s+\d{{1,2}}\b|"
    rf"\b(?:{_MONTHS})\s+(?:dernier|last|pasado)\b|\b(?:last\s+(?:week|month)|le\s+mois\s+dernier|el\s+mes\s+pasado)\b|"
    r"\b(?:yesterday|hier|ayer)\b|"
    r"\b(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|lundi|mardi|mercredi|jeudi|vendredi|samedi|"
    r"dimanche|lunes|martes|miércoles|jueves|viernes|sábado|domingo)\b|"
    r"\b(?:bringing|raising|taking)\s+(?:[\w-]+\s+){0,8}?to(?=\s+\d)|\bportant\s+(?:[\w-]+\s+){0,8}?à(?=\s+\d)|"
    r"\bce\s+qui\s+porte\b|\belevando\s+(?:[\w-]+\s+){0,8}?a(?=\s+\d)|\bcon\s+lo\s+que\s+(?:ya\s+)?(?:suman|son)\b|"
    r"\b(?:in|during)\s+(?:an?|the)\s+(?:[\w-]+\s+)?(?:attack|ambush|explosion|crash|accident|robbery|raid|shooting|"
    r"bombing|clash(?:es)?|fighting)\b|\b(?:in|during)\s+one\s+of\s+the\s+(?:[\w-]+\s+)?(?:attacks|ambushes|"
    r"incidents|accidents|bombings)\b|\bl['’]une?\s+des\s+(?:[\w-]+\s+)?(?:attaques|attentats|embuscades)\b|"
    r"\bun[oa]\s+de\s+l[oa]s\s+(?:[\w-]+\s+)?(?:ataques|emboscadas|atentados)\b|\b(?:dans|lors\s+d['’])\s*une?\s+(?:[\w-]+\s+)?(?:attaque|attentat|embuscade|"
    r"explosion|accident|braquage|vol\s+à\s+main\s+armée|fusillade)\b|"
    r"\b(?:en|durante)\s+una?\s+(?:[\w-]+\s+)?(?:ataque|emboscada|explosión|accidente|atraco|asalto|tiroteo)\b|"
    r"\b(?:by|par|por)\s+(?:an?|une?|una?)\s+(?:[\w-]+\s+)?(?:explosive|IED|(?:land)?mine|bomb|rocket|mortar|engin|"
    r"bombe|roquette|obus|artefacto|explosivo|bomba|cohete|mortero)|\b(?:injured|wounded|blessés?|heridos?)\b"
)
TIMELINE = _re(  # "June 1995 – …", "May 4, 2000 - …", "4 mai 2000 : …": an entry of a timeline
    rf"\W*(?:(?:\d{{1,2}}\s+)?(?:{_MONTHS})\s+(?:\d{{1,2}},?\s+)?)?(?:19|20)\d\d\s*[–—:-]"
)
TOLL = _re(r"\b(?:since|to\s+date|so\s+far|in\s+total|a\s+total\s+of|altogether|depuis|au\s+total|desde|en\s+total)\b")
A_MISSION = _re(  # "la misión", "cette mission": one mission, whose figures a world reading would take for all
    r"\b(?:the|this|that|la|esta|esa|cette|le|el|une|una|un)\s+(?:mission|misión|opération|operación|operation|force|"
    r"fuerza)\b(?!s)"
)
IN_A_MISSION = _re(  # "70 uniformed personnel … currently serve in the mission", "déployés dans la capitale Bamako"
    r"\b(?:in|within|dans|en|au\s+sein\s+de)\s+(?:the|this|that|la|esta|esa|cette)\s+(?:mission|misión|opération|"
    r"operación|operation|capital|capitale|base|camp|headquarters|sede)\b(?!s)"
)
ESTABLISHED = _re(  # a mission's founding: history, not a country's service
    r"\b(?:was|were)\s+(?:formally\s+)?(?:established|created|set\s+up|founded)\b|\bto\s+form\b|"
    r"\b(?:a|ont)\s+été\s+créée?s?\b|\bfut\s+créée?\b|\bfue\s+(?:establecida|creada)\b|\bse\s+cre[óo]\b"
)
PART_OF_WHOLE = _re(  # "10.587 personas …, de los que … el resto, unos 9.300, militares": a part of that whole
    r"\b(?:de\s+(?:los|las)\s+(?:que|cuales)|dont|of\s+whom|of\s+which|among\s+them|el\s+resto|the\s+rest|"
    r"le\s+reste|parmi\s+eux)\b"
)
IN_REGION = _re(  # "six UN peacekeeping missions in Africa": the part of them in a region
    r"\W*(?:[\w'’-]+\s+){0,5}?(?:in|en|dans|across|sur\s+le\s+continent)\s+(?:the\s+)?(?:Africa|Afrique|África|Asia|Asie|"
    r"Europe|Europa|Middle\s+East|Moyen-Orient|Oriente\s+Medio|Latin\s+America|Am[ée]rique\s+latine|Am[ée]rica\s+Latina|"
    r"the\s+Americas|Am[ée]ricas?)\b"
)
REACHED = _re(r"\d\s+(?:in|en)\s+\w+\s*$")  # "reached 2,809 in March 2016": the figure's own past month
OUT_OF = _re(r"(?:out\s+of|among|parmi|sur|de|entre)\s+(?:the\s+|les\s+|los\s+)?\d")
UNIT_MEMBERS = _re(  # "the 46 members of the Jordanian formed police unit": a unit's roll, not the country's
    r"\s*(?:members|personnel|soldiers|officers|miembros|integrantes|membres|éléments)\s+(?:of|de|du|del|de\s+la)\s+"
    r"(?:the\s+|la\s+|le\s+|el\s+|l['’])?(?:[\w'’-]+\s+){0,4}?(?:units?|contingents?|battalions?|company|team|unité|"
    r"contingente|batallón|bataillon|compañía)\b"
)
RELATIVE = _re(r",\s*(?:which|who|that|qui|que|quien|quienes|cuyo|cuya|where|où|donde)\b[^,;]*,")
DEATHS_PART = _re(
    r"\b(?:including|of\s+whom|among\s+them|among\s+whom|(?:which|that|who)\s+include[sd]?|dont|y\s+compris|"
    r"parmi\s+eux|parmi\s+lesquel(?:le)?s|incluidos|incluidas|incluyendo|entre\s+ellos|de\s+los\s+cuales)\s+\S+"
)
NOW = _re(  # what dates a strength to the present or to a month: without it a figure that fails is not contradicted
    r"\b(?:currently|presently|at\s+present|now|today|as\s+(?:of|at)|"
    r"(?:(?:has|have|are|is|been)\s+)deployed|deployed(?=\s+(?:in|to|at|on|with|across|under|as|abroad|overseas|"
    r"around\s+the|throughout|worldwide|globally)\b)|serving|serves?|provides?|providing|"
    r"contribut(?:es|ing)|has\s+contributed|maintains?|deploy(?:s|ing)|sends|includ(?:es|ing)|stands?\s+at|totals?\b|"
    r"numbers|(?:has|have)\s+(?:a\s+total\s+of\s+|some\s+|about\s+)?\d|are\s+(?:from|in|with|on)|"
    r"(?:is|are|est|sont|es|son)\s+(?:de\s+)?(?:some\s+|about\s+)?\d|"
    r"actuel\w*|aujourd['’]hui|déploie(?:nt|s)?\b|déployé\w*|engagé\w*|fournit|contribue\w*|compte\w*|comprend\w*|"
    r"participe\w*|participai(?:t|ent)|envoie\w*|s['’]élève\w*|en\s+poste|servent|"
    r"actualmente|en\s+la\s+actualidad|hoy|despliega\w*|desplegad\w*|aporta\w*|contribuye\w*|cuenta\s+con|"
    r"tienen?\s+(?:un\s+total\s+de\s+|unos\s+|unas\s+)?\d|mantiene\w*|sirven|incluye\w*|participa(?:n|s|ndo|ba|ban|ting|tes)?\b|envía\w*|asciende\w*|suma\w*|"
    rf"(?:{_MONTHS})(?:\s+(?:de\s+)?\d{{4}}|\s+\d{{1,2}},?\s+\d{{4}}))"
)
