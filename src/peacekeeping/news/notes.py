"""What a month's news cannot tell, in English, Spanish and French: one function per note, each a lead per language."""

from __future__ import annotations

import datetime as dt

from . import leads as L


def months(keys: list[str], lang: str) -> str:
    """'2022-07' -> 'July 2022'; several months joined by commas."""
    return ", ".join(L.month(k, lang) for k in keys)


def no_report(keys: list[str], why: str) -> dict[str, str]:
    """No report covers some months: `why` is 'year' (no comparison a year earlier) or 'story' (nothing told)."""

    def lead(lang: str) -> str:
        m = months(keys, lang)
        if why == "year":
            return {
                "en": f"No report covers {m}: there is no comparison with a year earlier.",
                "es": f"Ningún informe abarca {m}: no hay comparación con un año antes.",
                "fr": f"Aucun rapport ne couvre {m} : pas de comparaison avec l’année précédente.",
            }[lang]
        return {
            "en": f"No report covers {m}: no story is told from another month's report.",
            "es": f"Ningún informe abarca {m}: no se cuenta ninguna noticia con el informe de otro mes.",
            "fr": f"Aucun rapport ne couvre {m} : aucune nouvelle n’est tirée du rapport d’un autre mois.",
        }[lang]

    return L.per_lang(lead)


def gap(missing: list[str], previous: str) -> dict[str, str]:
    """Months without a report between the two compared."""
    return L.per_lang(
        lambda lang: {
            "en": f"No report covers {months(missing, lang)}: changes are against {L.month(previous, lang)}.",
            "es": f"Ningún informe abarca {months(missing, lang)}: los cambios se miden respecto de "
            f"{L.month(previous, lang)}.",
            "fr": f"Aucun rapport ne couvre {months(missing, lang)} : les évolutions sont mesurées par rapport à "
            f"{L.month(previous, lang)}.",
        }[lang]
    )


def first_report() -> dict[str, str]:
    return L.per_lang(
        lambda lang: {
            "en": "The first report in the store: there is nothing to compare.",
            "es": "Es el primer informe del almacén: no hay nada con que compararlo.",
            "fr": "C’est le premier rapport de la base : il n’y a rien à comparer.",
        }[lang]
    )


def no_register() -> dict[str, str]:
    return L.per_lang(
        lambda lang: {
            "en": "Fatality milestones cannot be told: the store holds no fatalities register.",
            "es": "No se pueden dar los hitos de víctimas: el almacén no tiene registro de víctimas.",
            "fr": "Les seuils de victimes ne peuvent être donnés : la base ne contient aucun registre des victimes.",
        }[lang]
    )


def register_too_old(file: str, released: dt.date) -> dict[str, str]:
    return L.per_lang(
        lambda lang: {
            "en": f"Fatality milestones cannot be told: the newest fatalities register ({file}) was released on "
            f"{L.day(released, lang)}, before the end of this report month.",
            "es": f"No se pueden dar los hitos de víctimas: el registro de víctimas más reciente "
            "({file}) se publicó el "
            f"{L.day(released, lang)}, antes del final del mes de este informe.",
            "fr": f"Les seuils de victimes ne peuvent être donnés : le registre des victimes le plus récent ({file}) a "
            f"été publié le {L.day(released, lang)}, avant la fin du mois de ce rapport.",
        }[lang]
    )


def older_breakdown(acronym: str, basis: str | None) -> dict[str, str]:
    def lead(lang: str) -> str:
        b = L.month(basis, lang) if basis else {"en": "none", "es": "ninguno", "fr": "aucun"}[lang]
        return {
            "en": f"{acronym}: this report has no breakdown by mission; the contingents named are those of the "
            f"last report that has one ({b}).",
            "es": f"{acronym}: este informe no desglosa por misión; los contingentes citados son los del último "
            f"informe que lo hace ({b}).",
            "fr": f"{acronym} : ce rapport ne ventile pas par mission ; les contingents cités sont ceux du dernier "
            f"rapport qui le fait ({b}).",
        }[lang]

    return L.per_lang(lead)


def no_missions(this: bool) -> dict[str, str]:
    def lead(lang: str) -> str:
        which = {
            "en": ("this report", "the previous report"),
            "es": ("este informe", "el informe anterior"),
            "fr": ("ce rapport", "le rapport précédent"),
        }[lang][0 if this else 1]
        return {
            "en": f"Missions opening, leaving the reports or changing strength cannot be told: {which} has no "
            "breakdown by mission.",
            "es": f"No se pueden dar las misiones que abren, dejan los informes o cambian de efectivos: {which} "
            "no desglosa por misión.",
            "fr": f"Les missions qui ouvrent, quittent les rapports ou changent d’effectifs ne peuvent être "
            f"données : {which} ne ventile pas par mission.",
        }[lang]

    return L.per_lang(lead)


def no_split_ranks(this: bool) -> dict[str, str]:
    def lead(lang: str) -> str:
        which = {
            "en": ("this report", "the previous report"),
            "es": ("este informe", "el informe anterior"),
            "fr": ("ce rapport", "le rapport précédent"),
        }[lang][0 if this else 1]
        return {
            "en": f"Rankings of women are not compared: {which} has no split by sex that can be stated.",
            "es": f"No se comparan las clasificaciones de mujeres: {which} no tiene un desglose por sexo que se "
            "pueda dar.",
            "fr": f"Les classements des femmes ne sont pas comparés : {which} n’a pas de ventilation par sexe "
            "qui puisse être donnée.",
        }[lang]

    return L.per_lang(lead)


def no_parity(merged: bool) -> dict[str, str]:
    def lead(lang: str) -> str:
        why = (
            {
                "en": "staff officers are not reported separately.",
                "es": "los oficiales de Estado Mayor no se dan por separado.",
                "fr": "les officiers d’état-major ne sont pas donnés séparément.",
            }
            if merged
            else {
                "en": "a report compared has no split by sex.",
                "es": "un informe comparado no tiene desglose por sexo.",
                "fr": "un rapport comparé n’a pas de ventilation par sexe.",
            }
        )[lang]
        return {
            "en": f"Gender parity targets are not compared: {why}",
            "es": f"No se comparan las metas de paridad de género: {why}",
            "fr": f"Les objectifs de parité ne sont pas comparés : {why}",
        }[lang]

    return L.per_lang(lead)
