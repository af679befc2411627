"""Issue 23, kinds seen on sets BU-BZ (built this session, measured before any rule made from them), in en, fr, es:
the dead of a place ('el país donde … fue Mali, con 21 muertos') are not its nationals' toll; a rank of something
else than contributions ('the second largest standing military') is no rank of the reports; data 'as of 1 March' are
February's; a month in a relative clause after a figure ('… of which Ireland took over command in November 2016')
dates that clause, not the figure."""

from __future__ import annotations

import pytest

from peacekeeping.check import verify
from peacekeeping.check.extract import extract
from peacekeeping.check.periods import published, stated_month

WHEN = published("2018-02-15")


@pytest.mark.parametrize(
    "text",
    [
        "Mali was the deadliest country, with 21 peacekeepers killed.",
        "El país donde se produjo el mayor número de muertes fue Mali, con 21 muertos entre los efectivos.",
        "La mission la plus meurtrière reste celle du Mali, où 21 Casques bleus ont été tués.",
    ],
)
def test_the_dead_of_a_place_are_not_its_nationals_toll(text):
    found = [c for c in extract(text, None, WHEN) if c.value == 21]
    assert found and all(c.kind != "fatalities" or c.doubt for c in found)


@pytest.mark.parametrize(
    ("text", "rank"),
    [
        ("India boasts the second largest standing military in the world after China.", "second"),
        ("Le Pakistan possède la sixième plus grande armée du monde.", "sixième"),
        ("Brasil es la segunda mayor economía de América.", "segunda"),
    ],
)
def test_a_rank_of_something_else_than_contributions_is_no_rank(text, rank):
    assert [c.kind for c in extract(text, None, WHEN) if c.text == rank] in ([], ["other"])


@pytest.mark.parametrize(
    "text",
    [
        "Nepal is the sixth largest contributor of military and police personnel to the United Nations.",
        "Le Népal est le sixième plus grand contributeur de militaires et de policiers.",
    ],
)
def test_a_rank_of_military_contributors_stays_a_rank(text):
    assert [c.kind for c in extract(text, None, WHEN) if c.value == 6] == ["rank"]


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("As of 01 March 2017, Ireland is contributing 585 personnel.", "2017-02"),
        ("Au 1er mars 2017, l'Irlande compte 585 militaires.", "2017-02"),
        ("Al 1 de enero de 2017, Irlanda tenía 585 efectivos.", "2016-12"),
        ("As of 31 March 2017, Ireland is contributing 585 personnel.", "2017-03"),
        ("As of 11 March 2017, Ireland is contributing 585 personnel.", "2017-03"),
    ],
)
def test_data_as_of_a_months_first_day_are_the_month_befores(text, month):
    assert stated_month(text, published("2017-05-01")).month == month


@pytest.mark.archive
@pytest.mark.parametrize(
    "text",
    [
        "The 378 personnel in UNIFIL serve in a joint battalion of which Ireland took over command in November 2016.",
        "Les 378 militaires de la FINUL sont d'un bataillon dont l'Irlande a pris le commandement en novembre 2016.",
        "Los 378 efectivos en la FPNUL sirven en un batallón cuyo mando asumió Irlanda en noviembre de 2016.",
    ],
)
def test_a_month_in_a_relative_clause_after_a_figure_is_not_its_month(full_con, text):
    found = [v for v in verify.check(full_con, text, "2017-03-29", "Ireland").verdicts if v.claim.value == 378]
    assert found and all("2016-11" not in v.note and v.verdict != "contradicted" for v in found), found


@pytest.mark.archive
@pytest.mark.parametrize(
    "text",
    [
        "As of 1 March 2023, Ireland had 134 personnel in UNDOF.",
        "Au 1er mars 2023, l'Irlande comptait 134 militaires au sein de la FNUOD.",
        "Al 1 de marzo de 2023, Irlanda tenía 134 efectivos en la FNUOS.",
    ],
)
def test_a_stated_months_report_published_after_the_text_is_still_its_month_said_so(full_con, text):
    result = verify.check(full_con, text, "2023-03-23").to_dict()
    assert (result["month"]["month"], result["reference"]["tied"]) == ("2023-02", ["2023-02"])
    assert result["reference"]["note"].endswith("whose report was published on 4 April 2023, after the text")
    assert [(c["verdict"], c["data"]) for c in result["claims"] if c["text"] == "134"] == [("supported", 134)]


@pytest.mark.parametrize(
    "text",
    [
        "More than 5,700 Indian peacekeepers are deployed in nine out of 12 UN peacekeeping missions at present.",
        "L'Inde est présente dans neuf des 12 missions de maintien de la paix.",
        "India participa en nueve de las 12 misiones de paz.",
    ],
)
def test_missions_out_of_the_worlds_are_the_countrys(text):
    kinds = {c.value: (c.kind, c.subject) for c in extract(text, None, WHEN)}
    assert (kinds[9], kinds[12]) == (("missions", "IND"), ("global_operations", "world"))


@pytest.mark.parametrize(
    "text", ["Nigeria now ranks 44, instead of fourth globally.", "Nigeria ranked 44 out of 121 contributors."]
)
def test_a_cardinal_after_ranks_is_a_rank(text):
    assert [c.kind for c in extract(text, None, WHEN) if c.value == 44] == ["rank"]
