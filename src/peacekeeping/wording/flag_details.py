"""The particulars of quality flags (a rule's `detail`: figures, months, sources) in Spanish and French.

ingest/quality.py and ingest/ipi_months.py write each rule's particulars in one English shape; `particulars` reads
the shape back and writes it in the reader's language, or gives None for a shape no rule writes.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable

from . import de, figure, long_date, long_month, plural

__all__ = ["particulars"]

_NBSP = "\u00a0"


_MONTH = r"\d{4}-\d{2}"


def _pct(n: str, lang: str) -> str:
    return f"{figure(int(n), lang)}{_NBSP if lang == 'es' else chr(0x202F)}%"


def _source(src: str, lang: str) -> str:
    """ "DPO-UCHISTORICAL.csv, line 14" / "no row" in `lang`."""
    if src == "no row":
        return {"es": "sin fila", "fr": "aucune ligne"}[lang]
    return re.sub(r", line (\d+)$", {"es": r", línea \1", "fr": r", ligne \1"}[lang], src)


def _counted(n: str, one: str, many: str, lang: str) -> str:
    return f"{figure(int(n), lang)} {plural(int(n), one, many, lang)}"


_DATE_SOURCES = {"pdf-creation-date": {"es": "la fecha de creación del PDF", "fr": "la date de création du PDF"}}

_DETAILS: dict[str, tuple[str, Callable[[dict, str], str]]] = {
    "sex_split_flip": (
        rf"(?P<w>\d+) women of (?P<t>\d+) \((?P<s>-?\d+)%\) against (?P<p>-?\d+)% in (?P<pm>{_MONTH}) and "
        rf"(?P<n>-?\d+)% in (?P<nm>{_MONTH})",
        lambda g, lang: {
            "es": f"{_counted(g['w'], 'mujer', 'mujeres', lang)} de {figure(int(g['t']), lang)} ({_pct(g['s'], lang)}) "
            f"frente al {_pct(g['p'], lang)} en {g['pm']} y al {_pct(g['n'], lang)} en {g['nm']}",
            "fr": f"{_counted(g['w'], 'femme', 'femmes', lang)} sur {figure(int(g['t']), lang)} ({_pct(g['s'], lang)}) "
            f"contre {_pct(g['p'], lang)} en {g['pm']} et {_pct(g['n'], lang)} en {g['nm']}",
        }[lang],
    ),
    "total_jump": (
        rf"total (?P<t>\d+) against (?P<p>\d+) in (?P<pm>{_MONTH}) and (?P<n>\d+) in (?P<nm>{_MONTH})",
        lambda g, lang: {
            "es": f"total de {figure(int(g['t']), lang)} frente a {figure(int(g['p']), lang)} en {g['pm']} y "
            f"{figure(int(g['n']), lang)} en {g['nm']}",
            "fr": f"total de {figure(int(g['t']), lang)} contre {figure(int(g['p']), lang)} en {g['pm']} et "
            f"{figure(int(g['n']), lang)} en {g['nm']}",
        }[lang],
    ),
    "source_disagreement": (
        r"report (?P<r>\d+) against DPO-UCHISTORICAL (?P<h>\d+) \((?P<src>.+)\)",
        lambda g, lang: {
            "es": f"el informe da {figure(int(g['r']), lang)} y DPO-UCHISTORICAL, {figure(int(g['h']), lang)} "
            f"({_source(g['src'], lang)})",
            "fr": f"le rapport donne {figure(int(g['r']), lang)} et DPO-UCHISTORICAL {figure(int(g['h']), lang)} "
            f"({_source(g['src'], lang)})",
        }[lang],
    ),
    "ranking_mismatch": (
        r"DPO-UCLATEST ranks it (?P<rank>\d+) \((?P<src>.+)\), the report gives rank (?P<mine>\d+|none)",
        lambda g, lang: {
            "es": f"DPO-UCLATEST le asigna el puesto {g['rank']} ({_source(g['src'], lang)}) y el informe, "
            + ("ninguno" if g["mine"] == "none" else f"el puesto {g['mine']}"),
            "fr": f"DPO-UCLATEST lui attribue le rang {g['rank']} ({_source(g['src'], lang)}) et le rapport, "
            + ("aucun" if g["mine"] == "none" else f"le rang {g['mine']}"),
        }[lang],
    ),
    "carried_forward": (
        rf"IPI repeats its figures of (?P<m>{_MONTH}) for every contributor and type",
        lambda g, lang: {
            "es": f"el IPI repite sus cifras de {g['m']} para todos los contribuyentes y tipos de personal",
            "fr": f"l’IPI reprend ses chiffres {de(g['m'], lang)} pour tous les contributeurs et types de personnel",
        }[lang],
    ),
    "ipi_no_breakdown": (
        r"(?P<n>\d+) people, from (?P<file>.+) \(no mission or sex\)",
        lambda g, lang: {
            "es": f"{_counted(g['n'], 'persona', 'personas', lang)}, del archivo {g['file']} (sin misión ni sexo)",
            "fr": f"{_counted(g['n'], 'personne', 'personnes', lang)}, du fichier {g['file']} (sans mission ni sexe)",
        }[lang],
    ),
    "ipi_sex_total": (
        r"(?P<m>\d+) men and (?P<w>\d+) women against a total of (?P<t>\d+) \((?P<src>.+)\)",
        lambda g, lang: {
            "es": f"{_counted(g['m'], 'hombre', 'hombres', lang)} y {_counted(g['w'], 'mujer', 'mujeres', lang)} "
            f"frente a un total de {figure(int(g['t']), lang)} ({_source(g['src'], lang)})",
            "fr": f"{_counted(g['m'], 'homme', 'hommes', lang)} et {_counted(g['w'], 'femme', 'femmes', lang)} "
            f"pour un total de {figure(int(g['t']), lang)} ({_source(g['src'], lang)})",
        }[lang],
    ),
    "ipi_disagreement": (
        r"DPO-UCHISTORICAL (?P<h>\d+) against IPI (?P<i>\d+) \((?P<src>.+)\)",
        lambda g, lang: {
            "es": f"DPO-UCHISTORICAL da {figure(int(g['h']), lang)} y el IPI, {figure(int(g['i']), lang)} "
            f"({_source(g['src'], lang)})",
            "fr": f"DPO-UCHISTORICAL donne {figure(int(g['h']), lang)} et l’IPI {figure(int(g['i']), lang)} "
            f"({_source(g['src'], lang)})",
        }[lang],
    ),
    "inferred_date": (
        r"the report prints no date; as_of (?P<d>\d{4}-\d{2}-\d{2}) taken from the (?P<how>[\w-]+)",
        lambda g, lang: {
            "es": f"el informe no imprime ninguna fecha; fecha {g['d']} tomada de "
            f"{_DATE_SOURCES.get(g['how'], {}).get(lang, g['how'])}",
            "fr": f"le rapport n’imprime aucune date\u202f; date du {g['d']} tirée de "
            f"{_DATE_SOURCES.get(g['how'], {}).get(lang, g['how'])}",
        }[lang],
    ),
    "no_printed_totals": (
        r"the report prints no subtotals or grand total: rows checked \(male \+ female = total\) but not reconciled",
        lambda g, lang: {
            "es": "el informe no imprime subtotales ni total general: filas comprobadas (hombres + mujeres = total) "
            "pero no cuadradas con totales",
            "fr": "le rapport n’imprime ni sous-totaux ni total général\u00a0: lignes vérifiées (hommes + femmes = "
            "total) mais non rapprochées de totaux",
        }[lang],
    ),
}


def particulars(kind: str, text: str, lang: str) -> str | None:
    """A rule's particulars in es/fr, months and dates written out; None when the shape is not the rule's."""
    rule = _DETAILS.get(kind)
    found = rule and re.fullmatch(rule[0], text)
    if not found:
        return None
    values = found.groupdict()
    for key, value in values.items():
        if value and re.fullmatch(_MONTH, value):
            values[key] = long_month(value, lang)
        elif value and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value):
            values[key] = _long_date(value, lang)
    return rule[1](values, lang)


def _long_date(iso: str, lang: str) -> str:
    return long_date(dt.date.fromisoformat(iso), lang)
