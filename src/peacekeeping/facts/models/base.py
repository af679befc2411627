"""The parts every answer shares: the model base and its serialiser, caveats, months, countries, sources."""

from __future__ import annotations

import datetime as dt
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field


class Model(BaseModel):
    model_config = ConfigDict(extra="forbid")

    def to_dict(self) -> dict[str, Any]:
        """The answer as JSON-ready data (dates as ISO text), as the API serves it."""
        return dump(self)


def dump(value: Any, given_only: bool = False) -> Any:
    """An answer (a model, or lists and dicts of models) as JSON-ready data: the one way every product serialises;
    `given_only` leaves out the fields an answer did not set (the deprecated /api answers as they did before)."""
    if isinstance(value, BaseModel):
        return value.model_dump(mode="json", exclude_unset=given_only)
    if isinstance(value, list | tuple):
        return [dump(v, given_only) for v in value]
    if isinstance(value, dict):
        return {k: dump(v, given_only) for k, v in value.items()}
    return value


class Flag(Model):
    kind: str = Field(description="the rule that raised it: sex_split_flip, total_jump, source_disagreement, ...")
    detail: str
    report: str | None
    page: int | None


class Review(Model):
    table: str
    line: int
    evidence: str | None
    source: str | None


class Scope(Model):
    """The cells a note is about, as the store keeps them beside its text."""

    iso3: str | None
    mission: str | None
    personnel_type: str | None


class Caveat(Model):
    """What a reader of some figures must know; `figures` are JSON paths of the answer ('/' for all of it)."""

    kind: Literal["unreliable", "approximate", "corrected", "checked", "note", "month"] = Field(
        description="unreliable: the figures are withheld (null); approximate: they may be off by up to `bound`"
    )
    text: str = Field(description="in words for a reader")
    figures: list[str]
    printed: dict[str, int] = Field(description="figure path -> the value as the report printed it")
    bound: int | None = Field(description="by how many people the figures may be off")
    flags: list[Flag] = Field(description="the quality flags it stands for")
    review: Review | None = Field(description="the reviewed decision (harmonize/data/corrections.csv)")
    scope: Scope | None = Field(None, description="the cells its note is about (a quality flag's)")


class Month(Model):
    """The report an answer comes from, and why it is not the month asked for."""

    as_of: dt.date = Field(description="the date the report prints")
    month: str = Field(examples=["2022-06"])
    report: str = Field(examples=["UN_country_contributions_2022_06.pdf"])
    requested: dt.date | None
    missing_nearby: list[str]
    created: dt.date | None = Field(description="when the report was generated")
    substitution: str | None = Field(description="why the report used is not the month asked, in a sentence")
    why: dict[str, str] | None = Field(
        description="why the report used is not the month asked, as data: its kind (generated_after, after_latest, "
        "missing, dated_after) and the dates (ISO) the sentence names"
    )
    source: Literal["report", "datahub", "ipi"] = Field(
        description="who published the figures: the UN's monthly report, the Data Hub (DPO-UCHISTORICAL), or IPI's "
        "research dataset (not official)"
    )


class Country(Model):
    iso3: str = Field(examples=["PER"])
    m49: int = Field(examples=[604])
    name: str = Field(examples=["Peru"])

    @classmethod
    def of(cls, found: Any) -> Country:
        """The country of a harmonized entry (anything with iso3, m49 and name)."""
        return cls(iso3=found.iso3, m49=found.m49, name=found.name)


class CountryRow(Country):
    first_month: str | None
    last_month: str | None
    latest_total: int | None


class TypeFigure(Model):
    personnel_type: str
    total: int | None
    women: int | None
    pages: list[int] = []


class MissionFigure(Model):
    acronym: str
    name: str | None
    total: int | None
    women: int | None
    pages: list[int]


class Change(Model):
    as_of: dt.date
    report: str
    total: int | None
    women: int | None
    delta: int | None


class Report(Model):
    report: str


class Source(Report):
    pages: list[int]


class Release(Model):
    date: dt.date
    file: str
