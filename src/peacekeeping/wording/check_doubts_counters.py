"""The checker's doubts about who counted a figure and whom (a service, another body, the police's countries, other
staff, a statement made earlier), in English, Spanish and French: templates of check_doubts.DOUBTS, kept apart for
their number."""

from __future__ import annotations

# fmt: off
COUNTERS: dict[str, dict[str, str]] = {
    "doubt_police_countries": {
        "en": "'{words}': the countries contributing police, a part of all contributing countries",
        "es": "«{words}»: los países que aportan policías, una parte de todos los países contribuyentes",
        "fr": "«\u202f{words}\u202f»\u00a0: les pays qui fournissent des policiers, une partie de tous les pays "
              "contributeurs",
    },
    "doubt_other_staff": {
        "en": "'{words}' are named in its sentence: it may count staff the reports do not (they count uniformed "
              "personnel only)",
        "es": "«{words}» se nombra en su frase: puede contar personal que los informes no cuentan (solo cuentan el "
              "personal uniformado)",
        "fr": "«\u202f{words}\u202f» est nommé dans sa phrase\u00a0: il peut compter du personnel que les rapports "
              "ne comptent pas (ils ne comptent que le personnel en tenue)",
    },
    "doubt_other_body": {
        "en": "'{words}': another body's count, which may take in operations the UN's reports do not",
        "es": "«{words}»: el recuento de otro organismo, que puede incluir operaciones que los informes de la ONU no "
              "cuentan",
        "fr": "«\u202f{words}\u202f»\u00a0: le décompte d’un autre organisme, qui peut inclure des opérations que "
              "les rapports de l’ONU ne comptent pas",
    },
    "doubt_service": {
        "en": "'{words}': one national service's count, not all the country's uniformed personnel",
        "es": "«{words}»: el recuento de un solo cuerpo nacional, no de todo el personal uniformado del país",
        "fr": "«\u202f{words}\u202f»\u00a0: le décompte d’un seul corps national, non de tout le personnel en "
              "tenue du pays",
    },
    "doubt_service_abroad": {
        "en": "'{words}': one national service's count, which may take in operations the UN's reports do not (the "
              "sentence does not say UN)",
        "es": "«{words}»: el recuento de un solo cuerpo nacional, que puede incluir operaciones que los informes de "
              "la ONU no cuentan (la oración no dice ONU)",
        "fr": "«\u202f{words}\u202f»\u00a0: le décompte d’un seul corps national, qui peut inclure des opérations "
              "que les rapports de l’ONU ne comptent pas (la phrase ne dit pas ONU)",
    },
    "doubt_past_statement": {
        "en": "a statement made earlier ('{words}'): its present is the day it was made, not the text's",
        "es": "una declaración anterior («{words}»): su presente es el día en que se hizo, no el del texto",
        "fr": "une déclaration antérieure («\u202f{words}\u202f»)\u00a0: son présent est le jour où elle a été "
              "faite, non celui du texte",
    },
}
# fmt: on
