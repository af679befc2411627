"""Issue 23: countries listed and then as many figures joined by 'and' ('Tunisia and Burkina Faso are 19th and 22nd',
'969 y 946 efectivos'): the i-th figure is the i-th country's, and the personnel word after the last is each one's
(en, fr, es). Before, the first figure was bound to the last country and found 'stale' there by chance."""

from __future__ import annotations

import pytest
from verdicts_of import chosen

from peacekeeping.check import verify
from peacekeeping.check.extract import extract
from peacekeeping.check.periods import published

WHEN = published("2023-05-25")

IN_ORDER = [
    ("Tunisia and Burkina Faso are currently 19th and 22nd among contributors.", [("rank", "TUN"), ("rank", "BFA")]),
    (
        "La Tunisie (969) et le Burkina Faso (946) sont actuellement au 19e et au 22e rang des contributeurs.",
        [("total", "TUN"), ("total", "BFA"), ("rank", "TUN"), ("rank", "BFA")],
    ),
    (
        "Tunisia and Burkina Faso currently deploy 969 and 946 personnel respectively.",
        [("total", "TUN"), ("total", "BFA")],
    ),
    ("Túnez y Burkina Faso despliegan actualmente 969 y 946 efectivos.", [("total", "TUN"), ("total", "BFA")]),
    (
        "Le Ghana, la Tunisie et le Burkina Faso déploient 2 762, 969 et 946 militaires.",
        [("total", "GHA"), ("total", "TUN"), ("total", "BFA")],
    ),
]


@pytest.mark.parametrize(("text", "read"), IN_ORDER)
def test_figures_after_a_list_of_countries_are_theirs_in_order(text, read):
    assert [(c.kind, c.subject) for c in extract(text, None, WHEN) if c.kind != "mission"] == read


@pytest.mark.parametrize(
    "text",
    [
        "Tunisia and Burkina Faso currently deploy 969 personnel in 3 missions.",
        "Tunisia and Burkina Faso deploy 969, 946 and 12 personnel.",
    ],
)
def test_figures_not_one_per_country_named_are_not_paired(text):
    assert not any(c.subject_words.endswith("(in the order named)") for c in extract(text, None, WHEN))


@pytest.mark.archive
@pytest.mark.parametrize(("text", "_"), IN_ORDER)
def test_figures_of_listed_countries_are_supported(full_con, text, _):
    verdicts = chosen(full_con, text, "2023-05-25", lambda v: v.claim.kind in ("rank", "total"))
    assert [v.verdict for v in verdicts] == ["supported"] * len(verdicts)


@pytest.mark.archive
@pytest.mark.parametrize(
    "text",
    [
        "Ethiopia is second with 6,662 peacekeepers followed by Rwanda with 6,322 troops.",
        "L'Éthiopie est deuxième avec 6 662 Casques bleus, suivie du Rwanda avec 6 322 soldats.",
        "Etiopía es segunda con 6.662 efectivos, seguida de Ruanda con 6.322 soldados.",
    ],
)
def test_a_figure_right_after_a_countrys_name_is_that_countrys(full_con, text):
    """Sets H, I, M: "followed by Rwanda with 6,322 troops", "Burkina Faso – 3,036" were bound to the clause's
    subject or the next country."""
    found = [(v.claim.value, v.claim.subject, v.verdict) for v in verify.check(full_con, text, "2020-09-13").verdicts]
    assert (6322, "RWA", "supported") in found, found
