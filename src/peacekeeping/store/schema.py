"""The store's tables, defined once: both the DuckDB DDL and the Arrow schemas that rows are written in."""

from __future__ import annotations

from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:  # pyarrow is imported by the writers only: the server and the answering commands never load it
    import pyarrow as pa

VERSION = 5  # the schema version this code reads and writes; store/migrations.py upgrades older stores


def _arrow_type(duckdb_type: str) -> pa.DataType:
    """The Arrow type rows of a DuckDB column type are built in."""
    import pyarrow as pa  # ~50 MB a process that only reads the store does not need (issue 27.5)

    return {
        "VARCHAR": pa.string,
        "INTEGER": pa.int32,
        "BIGINT": pa.int64,
        "DATE": pa.date32,
        "DOUBLE": pa.float64,
        "BOOLEAN": pa.bool_,
        "TIMESTAMP": lambda: pa.timestamp("us"),
    }[duckdb_type]()


@dataclass(frozen=True, slots=True)
class Column:
    """A column: name, DuckDB type, whether it may be NULL, and what it holds."""

    name: str
    type: str
    null: bool = True
    note: str = ""


@dataclass(frozen=True, slots=True)
class Table:
    """A table of the store."""

    name: str
    note: str
    columns: tuple[Column, ...]
    key: tuple[str, ...] = ()

    @property
    def names(self) -> list[str]:
        return [c.name for c in self.columns]

    def ddl(self) -> str:
        """CREATE TABLE IF NOT EXISTS ..., with each column's note as a comment."""
        parts = [f"    {c.name} {c.type}{'' if c.null else ' NOT NULL'}" for c in self.columns]
        if self.key:
            parts.append(f"    PRIMARY KEY ({', '.join(self.key)})")
        notes = [f"  -- {c.name}: {c.note}" for c in self.columns if c.note]
        return (
            f"-- {self.note}\n"
            + "\n".join(notes)
            + ("\n" if notes else "")
            + f"CREATE TABLE IF NOT EXISTS {self.name} (\n"
            + ",\n".join(parts)
            + "\n);"
        )

    def arrow(self) -> pa.Schema:
        """The Arrow schema rows are built in before they are inserted."""
        import pyarrow as pa

        return pa.schema([pa.field(c.name, _arrow_type(c.type)) for c in self.columns])  # DuckDB enforces NOT NULL

    def rows(self, rows: list[tuple]) -> pa.Table:
        """Row tuples (in column order; missing trailing columns are NULL) as an Arrow table of this schema."""
        import pyarrow as pa

        schema = self.arrow()
        columns = list(zip(*rows)) if rows else []
        arrays = [
            pa.array(columns[i] if i < len(columns) else [None] * len(rows), type=field.type)
            for i, field in enumerate(schema)
        ]
        return pa.Table.from_arrays(arrays, schema=schema)


def _c(name: str, type: str, note: str = "", null: bool = True) -> Column:
    return Column(name, type, null, note)


def _req(name: str, type: str, note: str = "") -> Column:
    return Column(name, type, False, note)


_CONTRIBUTION = (
    _req("as_of", "DATE"),
    _c("mission", "VARCHAR", "normalized acronym; NULL when the report has no mission breakdown"),
    _c("mission_printed", "VARCHAR"),
    _req("iso3", "VARCHAR"),
    _req("country_printed", "VARCHAR"),
    _req("personnel_type", "VARCHAR", "one of the five current categories"),
    _req("type_printed", "VARCHAR"),
    _c("male", "INTEGER", "NULL when the report has no sex split"),
    _c("female", "INTEGER"),
    _req("total", "INTEGER"),
)

# fmt: off
COUNTRIES = Table("countries", "Country identity, from harmonize/data/countries.csv.", (
    _req("iso3", "VARCHAR"), _req("m49", "INTEGER"), _req("name", "VARCHAR")), key=("iso3",))

REPORTS = Table("reports", "Every report file seen, ingested or skipped (layout 'datahub': a month taken from "
                "DPO-UCHISTORICAL because no report covers it; layout 'ipi': a month taken from IPI's research "
                "dataset because neither covers it; one row per month).", (
    _req("file", "VARCHAR", "file name as ingested"),
    _req("sha256", "VARCHAR"),
    _c("as_of", "DATE", "the date the report prints"),
    _c("as_of_source", "VARCHAR", "'printed', or how a date was inferred"),
    _c("created", "DATE", "the PDF's creation date: when the report was generated (published)"),
    _c("layout", "VARCHAR"),
    _c("pages", "INTEGER"),
    _c("rows", "INTEGER"),
    _c("totals_checked", "INTEGER", "printed totals the rows were reconciled against"),
    _req("status", "VARCHAR", "'ingested' or 'skipped'"),
    _c("reason", "VARCHAR", "why a report was skipped"),
    _req("ingested_at", "TIMESTAMP"),
))

CONTRIBUTIONS = Table("contributions", "Every printed figure: a country's personnel of one type (in one mission).", (
    *_CONTRIBUTION,
    _req("report", "VARCHAR", "source file name"),
    _c("page", "INTEGER", "page of the report; NULL for Data Hub rows"),
    _c("line", "INTEGER", "line (or JSON item) of a Data Hub file; NULL for report rows"),
))

DATAHUB_CONTRIBUTIONS = Table(
    "datahub_contributions", "DPO-UCHISTORICAL as downloaded (newest release only): fills months no report covers, "
    "and is compared with the reports where both cover a month (flag 'source_disagreement'; the reports win).", (
        *_CONTRIBUTION, _req("source_file", "VARCHAR"), _req("line", "INTEGER")))

IPI_CONTRIBUTIONS = Table(
    "ipi_contributions", "IPI's Providing for Peacekeeping research dataset as read (countries/<Country>.csv: "
    "country x type, no mission or sex; full_gender_data.csv: country x mission x type x sex): fills the months no "
    "report and no Data Hub month covers; compared with the Data Hub where both cover a month (flag "
    "'ipi_disagreement').", (
        *_CONTRIBUTION, _req("source_file", "VARCHAR"), _req("line", "INTEGER")))

IPI_MISSIONS = Table("ipi_missions", "IPI's data_mission.csv: each mission's personnel by type per month, with its "
                     "host country; a mission's strength in months whose figures have no breakdown by mission.", (
    _req("as_of", "DATE"),
    _req("mission", "VARCHAR", "reviewed acronym"),
    _req("mission_printed", "VARCHAR"),
    _c("host_iso3", "VARCHAR"),
    _req("host_printed", "VARCHAR"),
    _req("personnel_type", "VARCHAR"),
    _req("type_printed", "VARCHAR"),
    _req("total", "INTEGER"),
    _req("source_file", "VARCHAR"),
    _req("line", "INTEGER"),
))

MISSION_HOSTS = Table("mission_hosts", "IPI's mission list (missions.json): each mission's host country and "
                      "headquarters, the acronym checked against the reviewed mission table.", (
    _req("acronym", "VARCHAR"),
    _req("acronym_printed", "VARCHAR"),
    _c("iso3", "VARCHAR", "the host country"),
    _req("host_printed", "VARCHAR"),
    _c("hq", "VARCHAR"),
    _c("latitude", "DOUBLE"),
    _c("longitude", "DOUBLE"),
    _req("source_file", "VARCHAR"),
    _req("item", "INTEGER"),
))

DATAHUB_RANKING = Table("datahub_ranking", "DPO-UCLATEST: the UN's own ranking of one month, compared with ours "
                        "(flag 'ranking_mismatch').", (
    _req("as_of", "DATE"), _req("iso3", "VARCHAR"), _req("rank", "INTEGER"), _c("female", "INTEGER"),
    _c("male", "INTEGER"), _c("total", "INTEGER"), _req("source_file", "VARCHAR"), _req("line", "INTEGER"),
))

DATASETS = Table("datasets", "Every dataset file seen, ingested or skipped.", (
    _req("dataset", "VARCHAR", "'fatalities', 'missions', 'historical', 'latest', or one of IPI's files: "
                               "'ipi_country', 'ipi_gender', 'ipi_missions', 'ipi_mission_list'"),
    _req("release", "DATE", "the dataset's last_update (or latest reporting date)"),
    _req("file", "VARCHAR"),
    _req("sha256", "VARCHAR"),
    _c("format", "VARCHAR", "'csv' or 'json'"),
    _c("rows", "INTEGER"),
    _req("status", "VARCHAR", "'ingested' or 'skipped'"),
    _c("reason", "VARCHAR"),
    _req("ingested_at", "TIMESTAMP"),
    _c("downloaded", "TIMESTAMP", "when the file was downloaded (its modification time, UTC): of the files of a "
                                  "dataset kept one at a time, the newest download is the one stored"),
), key=("file", "sha256"))

FATALITIES = Table("fatalities", "Every release of the fatalities register is kept, so counts are reproducible "
                   "per release.", (
    _req("release", "DATE"),
    _req("id", "INTEGER"),
    _req("incident_date", "DATE"),
    _c("casualty_id", "VARCHAR"),
    _c("mission", "VARCHAR"),
    _c("casualty_type", "VARCHAR"),
    _c("gender", "VARCHAR"),
    _c("nationality", "VARCHAR", "as printed"),
    _c("iso3", "VARCHAR", "NULL for an undetermined nationality"),
    _c("m49", "INTEGER", "as printed"),
    _c("personnel_type", "VARCHAR"),
    _c("incident_type", "VARCHAR"),
    _req("source_file", "VARCHAR"),
    _req("line", "INTEGER"),
))

MISSIONS = Table("missions", "The mission list as reviewed (harmonize/data/mission_corrections.csv applied); the "
                 "newest release only.", (
    _req("acronym", "VARCHAR"),
    _c("name", "VARCHAR"),
    _c("kind", "VARCHAR", "'pko', 'spm' or 'other'"),
    _c("lead_department", "VARCHAR"),
    _c("active", "BOOLEAN"),
    _c("start_date", "DATE"),
    _c("end_date", "DATE"),
    _c("hq", "VARCHAR"),
    _c("latitude", "DOUBLE"),
    _c("longitude", "DOUBLE"),
    _c("release", "DATE"),
    _c("source", "VARCHAR", "file and line, or the reviewed table that added or corrected it"),
), key=("acronym",))

MONTHS = Table("months", "Derived at every ingest: one row per month from the first to the latest report.", (
    _req("month", "VARCHAR", "YYYY-MM"),
    _c("as_of", "DATE", "NULL: no report covers the month"),
    _c("report", "VARCHAR"),
    _c("personnel", "INTEGER"),
    _c("women", "INTEGER", "NULL where the report has no sex split"),
    _c("contributors", "INTEGER", "countries listed (the UN ranks them all, zeros included)"),
    _c("contributors_of_women", "INTEGER"),
    _c("has_missions", "BOOLEAN", "whether the report breaks contributions down by mission"),
    _c("has_sexes", "BOOLEAN", "whether it splits them by sex"),
    _c("source", "VARCHAR", "'report' (a UN monthly report), 'datahub' (DPO-UCHISTORICAL) or 'ipi' (IPI's research "
                            "dataset); NULL: missing"),
    _c("carried_from", "VARCHAR", "YYYY-MM: IPI carried that month's figures forward into this one (not an "
                                  "observation)"),
), key=("month",))

COUNTRY_MONTHS = Table("country_months", "Derived at every ingest: each country's month with competition ranks "
                       "(equal totals share a rank).", (
    _req("as_of", "DATE"),
    _req("iso3", "VARCHAR"),
    _req("total", "INTEGER"),
    _c("women", "INTEGER"),
    _req("rank", "INTEGER"),
    _c("rank_women", "INTEGER", "among countries with women deployed"),
), key=("as_of", "iso3"))

QUALITY_FLAGS = Table("quality_flags", "Derived at every ingest: values that reconcile but look implausible.", (
    _req("kind", "VARCHAR"),
    _req("as_of", "DATE"),
    _c("iso3", "VARCHAR"),
    _c("mission", "VARCHAR"),
    _c("personnel_type", "VARCHAR"),
    _req("detail", "VARCHAR"),
    _c("report", "VARCHAR"),
    _c("page", "INTEGER"),
))

CELLS = Table("cells", "Derived at every ingest: the contributions with the reviewed corrections applied "
              "(harmonize/data/corrections.csv); facts read these. The printed values stay beside them.", (
    _req("as_of", "DATE"),
    _c("mission", "VARCHAR"),
    _req("iso3", "VARCHAR", "the country the row belongs to (corrected where a report printed it under another)"),
    _req("personnel_type", "VARCHAR"),
    _c("male", "INTEGER"),
    _c("female", "INTEGER"),
    _req("total", "INTEGER"),
    _req("report", "VARCHAR"),
    _c("page", "INTEGER"),
    _c("line", "INTEGER"),
    _req("printed_iso3", "VARCHAR", "the country as printed (harmonized)"),
    _c("printed_male", "INTEGER"),
    _c("printed_female", "INTEGER"),
    _req("country_printed", "VARCHAR"),
    _c("mission_printed", "VARCHAR"),
    _req("type_printed", "VARCHAR"),
    _c("review_line", "INTEGER", "the line of corrections.csv that corrected the row"),
))

NOTES = Table("notes", "Derived at every ingest: every known doubt about figures, scoped to the cells it touches "
              "(a NULL scope column means all): undecided quality flags and reviewed decisions.", (
    _req("as_of", "DATE"),
    _c("iso3", "VARCHAR"),
    _c("mission", "VARCHAR"),
    _c("personnel_type", "VARCHAR"),
    _req("field", "VARCHAR", "'total', 'sex', 'country', 'rank', 'date' or 'source' (where the month's figures come "
                             "from: every figure of the month): the kind of figure it touches"),
    _req("status", "VARCHAR", "'unreliable', 'corrected', 'checked' or 'note'"),
    _c("bound", "INTEGER", "by how many people the figures it touches may be off (NULL: not known)"),
    _c("text", "VARCHAR", "what a reader of the figure is told"),
    _c("printed", "VARCHAR"),
    _c("corrected", "VARCHAR"),
    _req("flags", "VARCHAR", "JSON list of the quality flags it stands for (kind, detail, report, page)"),
    _c("review_line", "INTEGER", "line of harmonize/data/corrections.csv, for a reviewed decision"),
    _c("evidence", "VARCHAR"),
    _c("source", "VARCHAR"),
))

RECORD_PREFIXES = Table("record_prefixes", "Derived at every write (facts/prefixes.py): for each country's series "
                        "(total or women's share, overall or of one type), the highest stated value before each "
                        "observed month; read by news records. Valid for the generation meta 'record_prefixes' names "
                        "(otherwise computed by the reader).", (
    _req("as_of", "DATE"),
    _req("iso3", "VARCHAR"),
    _c("personnel_type", "VARCHAR", "NULL: all types"),
    _req("share", "BOOLEAN", "the series of women's share, not of the total"),
    _c("best", "DOUBLE", "the highest value before the month in its unbroken run; NULL: unknown (a figure withheld)"),
    _req("seen", "INTEGER", "months of the run compared"),
    _c("since", "VARCHAR", "YYYY-MM: the run's first month compared"),
))

META = Table("meta", "About the store itself: its schema version and the reviewed corrections it was derived with.", (
    _req("key", "VARCHAR"), _req("value", "VARCHAR")), key=("key",))

TABLES: tuple[Table, ...] = (COUNTRIES, REPORTS, CONTRIBUTIONS, DATAHUB_CONTRIBUTIONS, IPI_CONTRIBUTIONS, IPI_MISSIONS,
                             MISSION_HOSTS, DATAHUB_RANKING, DATASETS, FATALITIES, MISSIONS, MONTHS, COUNTRY_MONTHS,
                             QUALITY_FLAGS, CELLS, NOTES, RECORD_PREFIXES, META)
# fmt: on
BY_NAME = {t.name: t for t in TABLES}


def ddl() -> str:
    """The whole schema, every statement idempotent."""
    return "\n".join(t.ddl() for t in TABLES)
