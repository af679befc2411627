"""The words of ranks in a published text ("the 11th largest contributor", "l'un des 20 plus grands", "19th in the
Good Country Index"), in English, Spanish and French."""

from __future__ import annotations

import re

from .words import ARTICLE


def _re(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


INDEX = _re(r"\b(?:index|índice|indice|survey(?:ed)?|enquête|encuesta|barometer|baromètre|barómetro)\b")  # not the UN's
RANK_AFTER = _re(
    r"^\W*(?:[\w'’-]+\s+){0,4}?(?:contributors?|contributing|contribuyentes?|contributeurs?|"
    r"contribuidor(?:es)?|aportantes?|largest|biggest|top|mayor(?:es)?|plus\s+(?:gros|grand|important)|"
    r"position|place|puesto|lugar|rang|rank|spot|podium|podio|in\s+the\s+world|au\s+monde|del\s+mundo|"
    r"a\s+nivel\s+mundial|out\s+of|among\s+(?:the\s+)?\d|parmi\s+les\s+\d|de\s+los\s+\d|sur\s+les?\s+\d|"
    r"troop[\s-]contributing|pays\s+contributeur)\b"
)
RANK_BEFORE = _re(
    r"(?:ranks?|ranked|ranking|rose\s+to|climbed\s+to|fell\s+to|se\s+classe|classée?|occupe|ocupa|"
    r"figure\s+au|position|place|puesto|lugar|became|is|est|es)\s+"
    + ARTICLE
    + r"(?:number\s+|no\.?\s*|n[º°o]\.?\s*|número\s+|numéro\s+)?$"
)
RANK_NUMBER = _re(
    r"(?:\branks|\branked|number|no\.?|n[º°]|número|numéro|(?:el\s+)?puesto|(?:el\s+)?lugar|posici[oó]n)\s*$"
)
SUPERLATIVE = _re(
    r"\b(?:the\s+(?:world['’]s\s+)?(?:largest|biggest|top|leading)|el\s+mayor|le\s+plus\s+(?:grand|gros|important)|"
    r"premier|primer)\s+(?:[\w'’-]+\s+){0,2}?(?:contributor|contribuyente|contributeur|"
    r"troop[\s-]contributing|pays\s+contributeur)"
)
TOP = _re(r"\btop\s+$")
AMONG_BEFORE = _re(  # before a superlative: "among the largest", "l'un des plus grands" state no rank
    r"\b(?:among|one\s+of|parmi|l['’]un\s+des|l['’]une\s+des|un\s+des|une\s+des|uno\s+de|una\s+de|entre)\s*$"
)
TOP_AFTER = _re(  # "les 10 premiers", "l'un des 20 plus grands contributeurs", "one of the 20 largest contributors"
    r"^\s*(?:premiers|primeros|(?:plus\s+(?:grands|gros|importants)|largest|biggest|mayores|principales)\s+"
    r"(?:[\w'’-]+\s+){0,2}?(?:contribu|aportant|troop)\w*)"
)
TOP_BEFORE = _re(r"\b(?:les|los|des|the|las)\s+$")
RANK_DENOMINATOR = _re(
    r"(?:contribu\w*|pays|countries|nations|pa[ií]ses|rank\w*|rang|puesto|lugar|position|place)"
    r"\s+(?:[\w-]+\s+){0,3}?(?:sur|out\s+of|of|among|parmi|de|entre)\s+(?:the\s+|les\s+|los\s+)?$"
)
ELLIPTIC_RANK = _re(r"\b(?:and|y|et)\s+(?:the\s+|el\s+|le\s+|la\s+|au\s+)?$")
OF_OTHER = _re(  # "the second largest standing military in the world": a rank of something else than contributions
    r"^\W*(?:largest|biggest|strongest|most\s+populous|plus\s+grande?s?|mayor(?:es)?|más\s+grande)\s+"
    r"(?:(?!contribu|aport|troop|fournisseur|provider)[\w'’-]+\s+){0,2}?"
    r"(?:military|militaries|army|armies|armed\s+forces|economy|economies|population|navy|democracy|ejércitos?|economías?|armées?|économies?|poblaci[oó]n|fuerzas\s+armadas|forces\s+armées)\b"
)
