"""Fuzzing: mutated inputs end in a result that holds its invariants, or in a PeacekeepingError; never in another
exception.

Hypothesis mutates seed inputs (reports truncated, with flipped bytes, with pages removed or shuffled; CSV and JSON
files with shuffled lines, truncated, with flipped bytes, huge numbers, other encodings; press releases with words,
figures and characters changed). Two sets of seeds:
- synthetic ones made in code (tests/fixtures/): one report per layout, the tiny Data Hub files, a release about the
  small store: these tests run without the archive;
- the real UN files of ../shared/data and the seed press release (marked `archive`).

What comes out must hold: a parsed report's rows add up (male + female = total where both are given, no negative
count) and its printed totals reconcile; a dataset's rows are whole (totals, unique keys, one ranking date);
every claim's span lies inside the text and `text[start:end]` is the claim's text, every verdict comes from the
allowed set and a supported exact figure equals the data; an ingest is all or nothing, and a store it writes holds
rows that add up and one report per month.

The runs are short and derandomized (conftest.py's Hypothesis profile; PEACEKEEPING_FUZZ_EXAMPLES: 50, twice that
for reports and real texts, half for real ingests, a fifth for synthetic ones); `python -m benchmarks.fuzz
--minutes 10` runs the same properties with fresh seeds for longer. The regression tests at the end are inputs that
fuzzing found crashing before their fix.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import os
import random
import re
import shutil
from functools import cache
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from fixtures import datasets as synthetic_data
from fixtures import small
from fixtures.layouts import SYNTHETIC
from hypothesis import HealthCheck, event, given, settings
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument
from pdfmaker import Text, uniformed_report, write_pdf

from peacekeeping import store
from peacekeeping.check import extract, kinds, verify
from peacekeeping.check.periods import published
from peacekeeping.errors import PeacekeepingError, ReportError, SourceError
from peacekeeping.harmonize import countries, personnel
from peacekeeping.ingest import bounds, datasets, ingest
from peacekeeping.ingest.reports import parse_and_harmonize
from peacekeeping.sources import fatalities, historical, missions, ranking
from peacekeeping.sources.reports import parse_report
from peacekeeping.sources.reports.reconcile import reconcile
from peacekeeping.store import schema

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data"
REPORTS = DATA / "contributions" / "monthly-reports"
SEED_TEXT = DATA.parent / "examples" / "release-peru-2022-10-12.txt"

EXAMPLES = int(os.environ.get("PEACEKEEPING_FUZZ_EXAMPLES", "50"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    print_blob=True,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.large_base_example],
)

# one report of each layout (2016-11 is the scrambled one read by position)
PDF_LABELS = [
    "2015_01",
    "2016_11",
    "2017_05",
    "2018_06",
    "2019_09",
    "2019_10",
    "2020_01",
    "2021_01",
    "2022_06",
    "2022_09",
    "2023_09",
    "2024_10",
    "2025_07",
]
DATA_FILES = {
    "fatalities-csv": DATA / "fatalities" / "fatalities-2025-04-04.csv",
    "fatalities-json": DATA / "datahub" / "DPPADPOSS-FATALITIES-2023-11-28.json",
    "missions": DATA / "missions" / "missions-2024-02-19.csv",
    "latest": DATA / "contributions" / "ranking-2022-01-31.csv",
    "historical": ROOT / "tests" / "fixtures" / "datahub" / "historical.csv",
}
# The same kinds of file, made in code (see synthetic_files below).
SYNTHETIC_FILES = ("fatalities-csv", "fatalities-json", "missions", "latest", "historical")
READERS = (fatalities.read, missions.read, historical.read, ranking.read)
NASTY_VALUES = [
    "99999999999999999999999",
    "-1",
    "-0",
    "1e308",
    "NaN",
    "Infinity",
    "2147483648",
    "-2147483649",
    "1.5",
    "0x10",
    "9" * 5000,
    "[" * 3000,
    '"',
    "",
    "\u00a0",
    "１２",
]
ENCODINGS = ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "latin-1", "cp1252", "utf-8-sig", "ascii"]
VOCABULARY = [
    "270",
    "1,189",
    "1 189",
    "1.189",
    "74\u202f892",
    "48th",
    "48.º",
    "48e",
    "sixth",
    "a million",
    "five",
    "more than",
    "over",
    "nearly",
    "about",
    "women",
    "missions",
    "peacekeepers",
    "uniformed personnel",
    "lost their lives",
    "MINUSCA",
    "FINUL",
    "(UNIFIL)",
    "Peru",
    "Perú",
    "Pérou",
    "Peruvian",
    "peruanos",
    "countries",
    "operations",
    "\n",
    ".",
    "12 October 2022",
    "+1 212 963",
    "A4P",
    "ſix",
    "MİLLION",
    "٣٤",
    "9" * 40,
    "9" * 5000,
    "\x00",
    "contributor of women",
    "largest contributor",
    "where",
    "serve",
]
VERDICTS = {kinds.SUPPORTED, kinds.BOUND, kinds.CONTRADICTED, kinds.UNCHECKABLE, kinds.STALE, kinds.IN_ERROR}


@cache
def seed_bytes(path: Path) -> bytes:
    return path.read_bytes()


def clean(fn, *args, path: Path | None = None):
    """Call fn: a result, or a PeacekeepingError (naming the file, when a file is read); anything else fails."""
    try:
        result = fn(*args)
    except PeacekeepingError as exc:
        event(f"{_name(fn)}: {type(exc).__name__}")
        message = str(exc)
        assert message and "\n" not in message, f"{type(exc).__name__} with a bad message: {message[:3000]!r}"
        if path is not None and isinstance(exc, (ReportError, SourceError)):
            assert path.name in message, f"the error does not name the file: {message!r}"
        return None
    event(f"{_name(fn)}: ok")
    return result


def _name(fn) -> str:
    return f"{fn.__module__.rsplit('.', 1)[-1]}.{fn.__name__}"


# ------------------------------------------------------------------------------------------------ mutations

_frac = st.floats(0, 1, allow_nan=False, exclude_max=True)
_cut = st.floats(0.02, 0.999)  # where to truncate: not at 0, which every reader rejects at once
_flips = st.lists(st.tuples(_frac, st.integers(1, 255)), min_size=1, max_size=40)


def flip(data: bytes, flips: list[tuple[float, int]]) -> bytes:
    out = bytearray(data)
    for where, mask in flips:
        if out:
            out[int(where * len(out))] ^= mask
    return bytes(out)


pdf_mutations = st.lists(
    st.one_of(
        st.tuples(st.just("truncate"), _cut),
        st.tuples(st.just("flip"), _flips),
        st.tuples(st.just("keep_pages"), st.lists(st.booleans(), min_size=1, max_size=64)),
        st.tuples(st.just("order_pages"), st.lists(st.integers(0, 1000), min_size=1, max_size=64)),
    ),
    min_size=1,
    max_size=3,
)


def _pages(data: bytes, kind: str, arg: list) -> bytes:
    """The PDF with pages removed (keep_pages) or reordered (order_pages), written by pdfium (metadata dropped)."""
    try:
        src = pdfium.PdfDocument(data)
    except pdfium.PdfiumError:
        return data
    n = len(src)
    if kind == "keep_pages":
        pages = [i for i in range(n) if arg[i % len(arg)]]
    else:
        pages = sorted(range(n), key=lambda i: (arg[i % len(arg)], i))
    new = pdfium.PdfDocument.new()
    buffer = io.BytesIO()
    try:
        if pages:
            new.import_pages(src, pages)
        new.save(buffer)
    except pdfium.PdfiumError:  # pdfium opened it but cannot copy its pages: keep the bytes as they are
        return data
    finally:
        new.close()
        src.close()
    return buffer.getvalue()


BYTE_KINDS = ("truncate", "flip")  # the mutations of any file
PDF_KINDS = (*BYTE_KINDS, "keep_pages", "order_pages")


def truncate_or_flip(data: bytes, kind: str, arg) -> bytes:
    """The mutations of any file's bytes: `truncate` keeps the fraction `arg` of them, `flip` changes some."""
    return data[: int(arg * len(data))] if kind == "truncate" else flip(data, arg)


def mutate_pdf(data: bytes, mutations: list[tuple]) -> bytes:
    for kind, arg in mutations:
        data = truncate_or_flip(data, kind, arg) if kind in BYTE_KINDS else _pages(data, kind, arg)
    return data


text_mutations = st.lists(
    st.one_of(
        st.tuples(st.just("truncate"), _cut),
        st.tuples(st.just("flip"), _flips),
        st.tuples(st.just("shuffle"), st.tuples(st.booleans(), st.integers(0, 2**32))),
        st.tuples(st.just("values"), st.lists(st.tuples(_frac, st.sampled_from(NASTY_VALUES)), min_size=1, max_size=8)),
        st.tuples(st.just("encode"), st.sampled_from(ENCODINGS)),
        st.tuples(st.just("newlines"), st.sampled_from(["\r\n", "\r", "\n\n", "\u2028", ""])),
        st.tuples(st.just("splice"), st.tuples(_frac, st.binary(min_size=1, max_size=40))),
        st.tuples(st.just("cut_field"), st.tuples(_frac, _frac)),
        st.tuples(st.just("head"), st.integers(0, 40)),
    ),
    min_size=1,
    max_size=3,
)


def mutate_text(data: bytes, mutations: list[tuple]) -> bytes:
    for kind, arg in mutations:
        if kind in BYTE_KINDS:
            data = truncate_or_flip(data, kind, arg)
        elif kind == "shuffle":
            keep_header, seed = arg
            lines = data.split(b"\n")
            head, rest = (lines[:1], lines[1:]) if keep_header else ([], lines)
            random.Random(seed).shuffle(rest)
            data = b"\n".join(head + rest)
        elif kind == "values":  # numbers (and JSON/CSV values) replaced by huge, negative or odd ones
            numbers = list(re.finditer(rb"-?\d+(?:\.\d+)?", data))
            chosen = {int(where * len(numbers)): value for where, value in arg} if numbers else {}
            for index in sorted(chosen, reverse=True):
                m = numbers[index]
                data = data[: m.start()] + chosen[index].encode() + data[m.end() :]
        elif kind == "encode":
            text = data.decode("utf-8-sig", errors="replace")
            if arg in ("latin-1", "cp1252"):
                text = text.replace("e", "é", 5)  # something that is not ASCII, so that the bytes differ from UTF-8
            data = text.encode(arg, errors="replace")
        elif kind == "newlines":
            data = data.replace(b"\r\n", b"\n").replace(b"\n", arg.encode())
        elif kind == "splice":
            where, junk = arg
            at = int(where * len(data))
            data = data[:at] + junk + data[at:]
        elif kind == "cut_field":
            line_at, field_at = arg
            lines = data.split(b"\n")
            j = int(line_at * len(lines))
            fields = lines[j].split(b",")
            del fields[int(field_at * len(fields))]
            lines[j] = b",".join(fields)
            data = b"\n".join(lines)
        elif kind == "head":
            data = b"\n".join(data.split(b"\n")[: arg + 1])
    return data


@st.composite
def seed_text(draw, base) -> str:
    """A seed release (base() gives its text) with words, figures and characters inserted, deleted, replaced or
    repeated."""
    text = base()
    for _ in range(draw(st.integers(1, 8))):
        kind = draw(st.sampled_from(["insert", "delete", "replace", "repeat", "digits"]))
        at = int(draw(_frac) * len(text))
        size = draw(st.integers(1, 200))
        word = draw(st.sampled_from(VOCABULARY) | st.text(max_size=20))
        if kind == "insert":
            text = text[:at] + word + text[at:]
        elif kind == "delete":
            text = text[:at] + text[at + size :]
        elif kind == "replace":
            text = text[:at] + word + text[at + size :]
        elif kind == "repeat":
            text = text[:at] + text[at : at + size] * draw(st.integers(2, 5)) + text[at:]
        else:
            text = re.sub(
                r"\d+", lambda m: draw(st.sampled_from(["0", "1", "99999999999999999999", "9" * 5000])), text, count=3
            )
    return text


texts = st.text(max_size=3000) | seed_text(lambda: SEED_TEXT.read_text(encoding="utf-8-sig"))  # the real seed
synthetic_texts = st.text(max_size=3000) | seed_text(lambda: small.RELEASE_TEXT)
dates = st.none() | st.dates(dt.date(1900, 1, 1), dt.date(2100, 12, 31))
country_names = (
    st.none() | st.sampled_from(["Peru", "PER", "604", "Côte d'Ivoire", "Turkey", "Atlantis"]) | st.text(max_size=12)
)


# ------------------------------------------------------------------------------------------------ invariants


def report_holds(report) -> None:
    """A parsed report: rows that add up, on its pages, and printed totals that all reconcile."""
    assert report.rows, "a report parsed without rows"
    assert isinstance(report.as_of, dt.date) and report.pages >= 1
    for r in report.rows:
        assert r.country and r.personnel_type, r
        assert r.total >= 0 and (r.male or 0) >= 0 and (r.female or 0) >= 0, r
        if r.male is not None and r.female is not None:
            assert r.male + r.female == r.total, r
        assert 1 <= r.page <= report.pages, r
    assert reconcile(report) == report.totals_checked == len(report.totals)


def harmonized_holds(parsed, report) -> None:
    """A harmonized report: one stored row per printed row, each with an ISO3 code and a current category."""
    rows = parsed.rows.to_pylist()
    assert len(rows) == len(report.rows)
    for row in rows:
        assert re.fullmatch(r"[A-Z]{3}", row["iso3"]), row
        assert row["personnel_type"] in personnel.CATEGORIES, row
        if row["male"] is not None and row["female"] is not None:
            assert row["male"] + row["female"] == row["total"], row


def dataset_holds(result) -> None:
    """What a dataset reader returns: rows, whole."""
    if isinstance(result, fatalities.FatalityRelease):
        assert result.rows and len({r.id for r in result.rows}) == len(result.rows)
        assert all(r.nationality is not None for r in result.rows)
    elif isinstance(result, missions.MissionList):
        assert result.rows and len({r.acronym for r in result.rows}) == len(result.rows)
    elif isinstance(result, historical.HistoricalRelease):
        assert result.rows
        assert all(r.total == r.male + r.female and r.male >= 0 and r.female >= 0 for r in result.rows)
        keys = [(r.as_of, r.mission, r.country, r.personnel_type) for r in result.rows]
        assert len(set(keys)) == len(keys)
    elif isinstance(result, ranking.Ranking):
        assert result.rows and all(r.total == r.male + r.female and r.rank >= 1 for r in result.rows)
        assert len({r.country for r in result.rows}) == len(result.rows)
        ordered = sorted(result.rows, key=lambda r: r.rank)
        assert all(a.total >= b.total for a, b in zip(ordered, ordered[1:]))
    else:
        raise AssertionError(f"unexpected result {type(result).__name__}")


def claims_hold(text: str, claims) -> None:
    """Claims lie inside the text, each its own span, of a known kind."""
    for c in claims:
        assert 0 <= c.start < c.end <= len(text), c
        assert text[c.start : c.end] == c.text, c
        assert c.kind in kinds.KINDS, c
    assert [c.start for c in claims] == sorted(c.start for c in claims)


def result_holds(text: str, result, country: str | None = None, date: dt.date | None = None) -> None:
    """A check result: verdicts of the allowed set over exactly the text's claims (read with the same country and
    publication date), exact figures judged right; without a report month only deaths and first deployments (the
    reviewed table, issue 23) can be checked."""
    assert result.message
    for v in result.verdicts:
        assert v.verdict in VERDICTS, v
        exact = v.claim.qualifier is None and v.claim.kind not in ("other", "mission")
        if v.verdict == kinds.SUPPORTED and exact:
            assert v.data == v.claim.value, v
        if v.verdict in (kinds.CONTRADICTED, kinds.STALE) and exact:
            assert v.data != v.claim.value, v
    if result.month is None:
        assert {
            v.verdict
            for v in result.verdicts
            if "fatalities" not in v.claim.kind and v.claim.kind != "first_deployment"
        } <= {kinds.UNCHECKABLE}
    if result.verdicts:
        iso3 = countries.lookup(country).iso3 if country else None
        read = extract.extract(text, iso3, published(date))  # a figure may be judged as its mission's (verify.py)
        # a text in a language the checker does not read: its figures are "other", of no one (nothing guessed)
        unread = result.month is None and all(v.claim.kind == "other" and not v.claim.subject for v in result.verdicts)
        assert [(c.start, c.end, c.value, c.subject) for c in (v.claim for v in result.verdicts)] == [
            (c.start, c.end, c.value, None if unread else c.subject) for c in read
        ]
        assert sum(result.counts().values()) == len(result.verdicts)
    json.dumps(result.to_dict())


def store_holds(db: Path, reports: int) -> None:
    """A store an ingest wrote: at least the reports it had, rows that add up, each month from one report."""
    with store.connect(db) as con:

        def count(sql: str, *params: object) -> int:
            return con.execute(sql, list(params)).fetchone()[0]

        assert count("SELECT count(*) FROM reports WHERE layout IS DISTINCT FROM 'datahub'") >= reports
        broken = "total < 0 OR male < 0 OR female < 0 OR male + female <> total"
        assert count(f"SELECT count(*) FROM contributions WHERE {broken}") == 0
        twice = (
            "SELECT strftime(as_of, '%Y-%m') FROM reports WHERE status = 'ingested' GROUP BY ALL HAVING count(*) > 1"
        )
        assert count(f"SELECT count(*) FROM ({twice})") == 0
        # the sanity bounds (ingest/bounds.py): no figure above them, no date outside them, no calendar stretched
        first, last = bounds.FIRST_DAY, bounds.last_day()
        for table in ("contributions", "datahub_contributions"):
            where = "total > ? OR as_of < ? OR as_of > ?"
            assert count(f"SELECT count(*) FROM {table} WHERE {where}", bounds.MAX_PEOPLE, first, last) == 0
        assert count("SELECT count(*) FROM fatalities WHERE incident_date < ? OR incident_date > ?", first, last) == 0
        assert count("SELECT count(*) FROM months") <= 12 * (last.year - 1947)


# ------------------------------------------------------------------------------------------------ properties
# Plain functions of the drawn values, shared with benchmarks/fuzz.py; the tests below wrap them in @given.


def report_property(work: Path, source: Path, mutations: list[tuple]) -> None:
    """A mutated report parses (and harmonizes) into rows that hold, or raises a ReportError naming it."""
    path = work / source.name
    path.write_bytes(mutate_pdf(seed_bytes(source), mutations))
    report = clean(parse_report, path, path=path)
    if report is not None:
        report_holds(report)
        parsed = clean(parse_and_harmonize, path, "fuzz", path=path)
        if parsed is not None:
            harmonized_holds(parsed, report)


def dataset_property(work: Path, source: Path, mutations: list[tuple]) -> None:
    """Every reader on a mutated dataset file: rows that hold or a SourceError naming the file; detection never
    raises."""
    path = work / source.name
    path.write_bytes(mutate_text(seed_bytes(source), mutations))
    for reader in READERS:
        result = clean(reader, path, path=path)
        if result is not None:
            dataset_holds(result)
    kind = datasets.dataset_of(path)  # recognising a file's kind must never raise: ingest asks it of every file
    assert kind in (None, *datasets.DATASETS)
    if kind is not None:
        release = clean(datasets.read, path, kind, "fuzz", path=path)
        if release is not None:
            assert release.rows and release.dataset == kind


def check_property(con, text: str, date: dt.date | None, country: str | None) -> None:
    """Any text: claims inside it, and a check result that holds (or a PeacekeepingError for an unknown
    --country)."""
    claims = clean(extract.extract, text)
    if claims is not None:
        claims_hold(text, claims)
    result = clean(verify.check, con, text, date, country)
    if result is not None:
        claims_hold(text, [v.claim for v in result.verdicts])
        result_holds(text, result, country, date)


def _event(text: str) -> None:
    """Hypothesis's event, when under Hypothesis (ingest_property also runs in parametrized tests)."""
    try:
        event(text)
    except InvalidArgument:
        pass


def ingest_property(work: Path, base: Path, source: Path, mutations: list[tuple]) -> None:
    """Ingesting a mutated file into a copy of a store succeeds into a store that holds, or fails leaving it
    byte-identical; no temp file is left either way."""
    db = work / "store.duckdb"
    shutil.copyfile(base, db)
    before = db.read_bytes()
    with store.connect(db) as con:
        reports = con.execute("SELECT count(*) FROM reports WHERE layout IS DISTINCT FROM 'datahub'").fetchone()[0]
    folder = work / "in"
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir()
    path = folder / source.name
    mutate = mutate_pdf if source.suffix == ".pdf" else mutate_text
    path.write_bytes(mutate(seed_bytes(source), mutations))
    try:
        ingest([path], db)
    except PeacekeepingError as exc:
        _event(f"ingest: {type(exc).__name__}")
        assert db.read_bytes() == before, "a failed ingest changed the store"
    else:
        _event("ingest: ok")
        store_holds(db, reports)
    left = sorted(p.name for p in work.iterdir() if p.name != ".store.duckdb.lock")  # the writer lock stays
    assert left == ["in", "store.duckdb"], "a temp file was left behind"


def applicable(source: Path, mutations: list[tuple]) -> list[tuple]:
    """The mutations that apply to the source's kind (page operations to PDFs, text operations to the others)."""
    pdf = source.suffix == ".pdf"
    return [m for m in mutations if (m[0] in PDF_KINDS) == pdf or m[0] in BYTE_KINDS]


# ------------------------------------------------------------------------------------------------ seeds


@pytest.fixture(scope="module")
def work(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


@pytest.fixture(scope="module")
def synthetic_files(tmp_path_factory) -> dict[str, Path]:
    """The Data Hub files made in code: fatalities (CSV and JSON), missions, DPO-UCLATEST, DPO-UCHISTORICAL."""
    folder = tmp_path_factory.mktemp("fuzz-datasets")
    return {
        "fatalities-csv": synthetic_data.fatalities_csv(folder / "fatalities.csv"),
        "fatalities-json": synthetic_data.fatalities_json(folder / "fatalities.json"),
        "missions": synthetic_data.missions_csv(folder / "missions.csv"),
        "latest": synthetic_data.latest_csv(folder / "latest.csv", small.LATEST, "30/06/2022"),
        "historical": synthetic_data.historical_csv(folder / "historical.csv", small.HISTORICAL),
    }


SYNTHETIC_INGEST_SOURCES = (
    "report-by_country_type",
    "report-table_export_2022_09",
    "missions",
    "latest",
    "fatalities-csv",
    "fatalities-json",
    "historical",
)


@pytest.fixture(scope="module")
def synthetic_base(tmp_path_factory, synthetic_reports, synthetic_files) -> tuple[Path, dict[str, Path]]:
    """A small store of two synthetic reports and the mission list, and the files to ingest into it mutated."""
    db = tmp_path_factory.mktemp("fuzz-synthetic-base") / "base.duckdb"
    ingest(
        [synthetic_reports["uniformed_by_mission"], synthetic_reports["country_matrix"], synthetic_files["missions"]],
        db,
    )
    sources = {
        key: synthetic_reports[key.removeprefix("report-")] if key.startswith("report-") else synthetic_files[key]
        for key in SYNTHETIC_INGEST_SOURCES
    }
    return db, sources


INGEST_SOURCES = {
    "report-2023_09": REPORTS / "UN_country_contributions_2023_09.pdf",
    "report-2019_08": REPORTS / "UN_country_contributions_2019_08.pdf",
    "missions": DATA_FILES["missions"],
    "latest": DATA_FILES["latest"],
    "fatalities-csv": DATA_FILES["fatalities-csv"],
    "historical": DATA_FILES["historical"],
}


@pytest.fixture(scope="module")
def base_store(reports_dir, tmp_path_factory) -> Path:
    """A small store of the archive: two reports around 2023-09 and the mission list."""
    db = tmp_path_factory.mktemp("fuzz-base") / "base.duckdb"
    ingest(
        [
            reports_dir / "UN_country_contributions_2023_08.pdf",
            reports_dir / "UN_country_contributions_2023_10.pdf",
            DATA_FILES["missions"],
        ],
        db,
    )
    return db


@pytest.fixture(scope="module")
def small_con(small_store):
    with store.connect(small_store[0]) as con:
        yield con


@pytest.fixture(scope="module")
def full_con(full_store):
    with store.connect(full_store[0]) as con:
        yield con


# ------------------------------------------------------------------------------------------------ on synthetic seeds


@settings(FUZZ, max_examples=EXAMPLES * 2)
@given(key=st.sampled_from(sorted(SYNTHETIC)), mutations=pdf_mutations)
def test_fuzz_synthetic_reports(work, synthetic_reports, key, mutations):
    report_property(work, synthetic_reports[key], mutations)


@FUZZ
@given(name=st.sampled_from(SYNTHETIC_FILES), mutations=text_mutations)
def test_fuzz_synthetic_dataset_readers(work, synthetic_files, name, mutations):
    dataset_property(work, synthetic_files[name], mutations)


@FUZZ
@given(text=synthetic_texts, date=dates, country=country_names)
def test_fuzz_claim_checker_on_the_small_store(small_con, text, date, country):
    check_property(small_con, text, date, country)


@settings(FUZZ, max_examples=max(EXAMPLES // 5, 5))  # each successful ingest writes a store: ~0.4 s
@given(source=st.sampled_from(SYNTHETIC_INGEST_SOURCES), mutations=st.one_of(pdf_mutations, text_mutations))
def test_fuzz_synthetic_ingest_is_all_or_nothing(tmp_path_factory, synthetic_base, source, mutations):
    base, sources = synthetic_base
    ingest_property(tmp_path_factory.mktemp("ingest"), base, sources[source], applicable(sources[source], mutations))


def test_the_unmutated_seeds_hold(work, synthetic_reports, synthetic_files, small_con):
    """The properties on the seeds themselves: every synthetic report parses, every file reads, the text checks."""
    for path in synthetic_reports.values():
        report_holds(parse_report(path))
    readers = {
        "fatalities-csv": fatalities.read,
        "fatalities-json": fatalities.read,
        "missions": missions.read,
        "latest": ranking.read,
        "historical": historical.read,
    }
    for name, path in synthetic_files.items():
        dataset_holds(readers[name](path))
        kind = datasets.dataset_of(path)
        assert kind == name.split("-")[0], name
        assert datasets.read(path, kind, "seed").rows
    result = verify.check(small_con, small.RELEASE_TEXT, dt.date(2022, 10, 12))
    result_holds(small.RELEASE_TEXT, result, None, dt.date(2022, 10, 12))
    assert result.counts() == {"supported": 12, "bound holds": 1}


# ------------------------------------------------------------------------------------------------ on the real files


@pytest.mark.slow
@pytest.mark.archive
@settings(FUZZ, max_examples=EXAMPLES * 2)
@given(label=st.sampled_from(PDF_LABELS), mutations=pdf_mutations)
def test_fuzz_reports(work, reports_dir, label, mutations):
    report_property(work, reports_dir / f"UN_country_contributions_{label}.pdf", mutations)


@pytest.mark.slow
@pytest.mark.archive
@FUZZ
@given(name=st.sampled_from(sorted(DATA_FILES)), mutations=text_mutations)
def test_fuzz_dataset_readers(work, reports_dir, name, mutations):
    dataset_property(work, DATA_FILES[name], mutations)


@pytest.mark.slow
@pytest.mark.archive
@settings(FUZZ, max_examples=EXAMPLES * 2)
@given(text=texts, date=dates, country=country_names)
def test_fuzz_claim_checker(full_con, text, date, country):
    check_property(full_con, text, date, country)


_NUMBER = re.compile(rb"-?\d+(?:\.\d+)?")


def first_record_numbers(text: bytes) -> list[float]:
    """Where the numbers of a dataset's first record are, as fractions for the "values" mutation."""
    start = text.index(b"{", 1) if text.lstrip()[:1] == b"[" else text.index(b"\n") + 1
    end = text.find(b"}" if text.lstrip()[:1] == b"[" else b"\n", start)
    numbers = list(_NUMBER.finditer(text))
    return [(i + 0.5) / len(numbers) for i, m in enumerate(numbers) if start <= m.start() < end]


@pytest.mark.parametrize("value", NASTY_VALUES, ids=lambda v: repr(v[:12]))
@pytest.mark.parametrize("source", [s for s in SYNTHETIC_INGEST_SOURCES if not s.startswith("report-")])
def test_every_nasty_value_in_every_dataset(tmp_path, synthetic_base, source, value):
    """Each nasty value in each number of a dataset's first record is read into rows the store takes, or refused
    with a one-line error (2147483648 once ended in an ArrowInvalid traceback); one of them is ingested whole."""
    base, sources = synthetic_base
    places = first_record_numbers(seed_bytes(sources[source]))
    assert places
    for n, at in enumerate(places):
        path = tmp_path / f"{n}-{sources[source].name}"
        path.write_bytes(mutate_text(seed_bytes(sources[source]), [("values", [(at, value)])]))
        kind = datasets.dataset_of(path)
        if kind is None:
            continue
        try:
            release = datasets.read(path, kind, "sha")
        except PeacekeepingError as exc:
            assert "\n" not in str(exc)  # one line (the command line and the server cut long ones)
            continue
        table = {
            "fatalities": "fatalities",
            "missions": "missions",
            "historical": "datahub_contributions",
            "latest": "datahub_ranking",
        }[kind]
        schema.BY_NAME[table].rows(release.rows)  # fits the store's types (ArrowInvalid otherwise)
    chosen = places[NASTY_VALUES.index(value) % len(places)]
    (tmp_path / "ingest").mkdir()
    ingest_property(tmp_path / "ingest", base, sources[source], [("values", [(chosen, value)])])


@pytest.mark.archive
@settings(FUZZ, max_examples=max(EXAMPLES // 2, 5))
@given(source=st.sampled_from(sorted(INGEST_SOURCES)), mutations=st.one_of(pdf_mutations, text_mutations))
@pytest.mark.slow
def test_fuzz_ingest_is_all_or_nothing(tmp_path_factory, base_store, source, mutations):
    ingest_property(
        tmp_path_factory.mktemp("ingest"),
        base_store,
        INGEST_SOURCES[source],
        applicable(INGEST_SOURCES[source], mutations),
    )


# ------------------------------------------------------------------------------------------------ regressions
# Inputs fuzzing found crashing (ValueError, KeyError, StopIteration, csv.Error, RecursionError) before their fix.
# Those found on a real file run on it (archive) and on its synthetic counterpart.


@pytest.fixture()
def seed_file(request, synthetic_files) -> Path:
    """A dataset file to mutate: ("real", name) from ../shared/data, or ("synthetic", name) made in code."""
    origin, name = request.param
    return DATA_FILES[name] if origin == "real" else synthetic_files[name]


def seeds(*names: str) -> list:
    """Parameters for seed_file: each name made in code, and from the archive (marked)."""
    return [pytest.param(("synthetic", n), id=f"synthetic-{n}") for n in names] + [
        pytest.param(("real", n), id=f"real-{n}", marks=pytest.mark.archive) for n in names
    ]


def test_report_with_a_date_that_does_not_exist(tmp_path):
    bad = uniformed_report(
        tmp_path / "feb31.pdf",
        ["BINUH", "Peru Individual Police 2 0 2", "Total BINUH 2 0 2", "Grand Total 2 0 2"],
        as_of="31/02/2022",
    )
    with pytest.raises(ReportError, match=r"feb31\.pdf, page 1: bad report date '31/02/2022'"):
        parse_report(bad)


@pytest.mark.archive
def test_report_with_a_flipped_byte_in_its_month(tmp_path):
    """One bit of the 2016-11 report flipped: 'by End of November, 2016' reads 'by End of r, 2016'."""
    data = bytearray(seed_bytes(REPORTS / "UN_country_contributions_2016_11.pdf"))
    data[437905] ^= 0x10
    path = tmp_path / "UN_country_contributions_2016_11.pdf"
    path.write_bytes(data)
    with pytest.raises(ReportError, match=r"2016_11\.pdf, page 1: bad report date"):
        parse_report(path)


def test_report_of_the_2016_11_layout_with_a_month_that_is_no_month(tmp_path):
    """The synthetic counterpart: the 2016-11 layout's date line reading 'by End of r, 2016'."""
    pages = SYNTHETIC["country_mission_detail"].pages()
    pages[0] = [Text(t.x, t.y, t.text.replace("November", "r")) for t in pages[0]]
    path = write_pdf(tmp_path / "month.pdf", pages)
    with pytest.raises(ReportError, match=r"month\.pdf, page 1: bad report date '1-r-2016'"):
        parse_report(path)


def test_report_of_the_2023_09_layout_without_its_column_header(tmp_path):
    bad = write_pdf(
        tmp_path / "noheader.pdf",
        [
            [
                "Contribution of Uniformed Personnel to UN by Country and Personnel Type",
                "As of : 30/09/2023",
                "Total End Date",
            ]
        ],
    )
    with pytest.raises(ReportError, match=r"noheader\.pdf, page 1: report date or column header not found"):
        parse_report(bad)


@pytest.mark.parametrize("seed_file", seeds("fatalities-csv", "missions"), indirect=True)
def test_dataset_with_bare_carriage_returns_is_not_recognised_and_does_not_crash(tmp_path, seed_file):
    path = tmp_path / seed_file.name
    path.write_bytes(seed_bytes(seed_file).replace(b"\r\n", b"\n").replace(b"\n", b"\r"))
    assert datasets.dataset_of(path) is None
    with pytest.raises(PeacekeepingError, match="not a monthly report"):
        ingest([path], tmp_path / "store.duckdb")


@pytest.mark.parametrize("seed_file", seeds("missions"), indirect=True)
def test_missions_with_a_field_over_the_csv_limit(tmp_path, seed_file):
    first, second, *rest = seed_bytes(seed_file).splitlines(keepends=True)
    path = tmp_path / "missions.csv"
    path.write_bytes(first + second.replace(b",", b"," + b"x" * 140_000, 1) + b"".join(rest))
    with pytest.raises(SourceError, match=r"missions\.csv, line 2: bad CSV: field larger than field limit"):
        missions.read(path)


@pytest.mark.parametrize("reader", [fatalities.read, historical.read, ranking.read], ids=_name)
@pytest.mark.parametrize(
    "body",
    [b"[" * 100_000 + b"]" * 100_000, b'[{"id": ' + b"9" * 5000 + b', "isocode3": "PER"}]'],
    ids=["deep", "long-number"],
)
def test_json_nested_too_deeply_or_with_a_number_too_long(tmp_path, reader, body):
    path = tmp_path / "odd.json"
    path.write_bytes(body)
    assert datasets.dataset_of(path) is None
    with pytest.raises(SourceError, match=r"odd\.json.*invalid JSON"):
        reader(path)


@pytest.mark.parametrize("seed_file", seeds("fatalities-json"), indirect=True)
def test_fatalities_json_with_a_number_too_long_in_an_item(tmp_path, seed_file):
    path = tmp_path / "fatalities.json"
    data = seed_bytes(seed_file)
    path.write_bytes(data.replace(b'"id":', b'"id":' + b"9" * 5000, 1))
    assert datasets.dataset_of(path) is None  # its first item no longer reads
    with pytest.raises(SourceError, match=r"fatalities\.json, item 1: invalid JSON"):
        fatalities.read(path)


@pytest.mark.parametrize(
    "text, claims, message",
    [
        # 'ſ' matches 's' ignoring case, but is no letter of a number word: no claim, no crash
        ("Peru serves in ſix missions", [], "no numeric claims found in the text"),
        # 'İ' folds to 'i̇' (two characters): the scale word is still read, the figure the world's, in doubt
        (
            "over 1 MİLLION peacekeepers",
            [("other", 1_000_000, "1 MİLLION", ">", "not checkable", None)],
            "no figure of the text depends on the report month; checked against the report of "
            "2022-06-30; no figure of the text tells the reports it may have used apart (none holds in any): the "
            "newest of them, 2022-06, is assumed",
        ),
        # int() refuses 4,300 digits and more: no figure, no claim, no crash
        ("9" * 5000 + " peacekeepers", [], "no numeric claims found in the text"),
        ("the " + "9" * 5000 + "th largest contributor", [], "no numeric claims found in the text"),
    ],
)
def test_check_of_odd_numbers(small_con, text, claims, message):
    result = verify.check(small_con, text, dt.date(2022, 10, 12))
    assert [
        (v.claim.kind, v.claim.value, v.claim.text, v.claim.qualifier, v.verdict, v.data) for v in result.verdicts
    ] == claims
    assert result.message == message
    result_holds(text, result, None, dt.date(2022, 10, 12))
    assert json.loads(json.dumps(result.to_dict()))["message"] == message


@pytest.mark.parametrize("seed_file", seeds("missions"), indirect=True)
@pytest.mark.parametrize("reader", READERS, ids=_name)
def test_utf16_without_a_bom_is_not_read_as_utf8(tmp_path, reader, seed_file):
    """UTF-16 text of ASCII is valid UTF-8 (with NULs): it was read, and reported as a header of garbled names."""
    path = tmp_path / "utf16.csv"
    path.write_bytes(seed_bytes(seed_file).decode("utf-8-sig").encode("utf-16-le"))
    with pytest.raises(SourceError, match=r"utf16\.csv: UTF-16 text, not UTF-8: the Data Hub.s files are UTF-8"):
        reader(path)


@pytest.mark.archive
@pytest.mark.parametrize("reader", [fatalities.read, historical.read, ranking.read], ids=_name)
def test_a_file_on_one_line_is_rejected_quickly_and_briefly(tmp_path, reader):
    """The fatalities register with its line breaks lost: a 'header' of ~50,000 fields. Checking it for repeated
    names was quadratic (19 s), and the error listed every field (600 KB)."""
    import time

    path = tmp_path / "oneline.csv"
    path.write_bytes(seed_bytes(DATA_FILES["fatalities-csv"]).replace(b"\r\n", b"\n").replace(b"\n", b","))
    started = time.perf_counter()
    with pytest.raises(SourceError, match=r"oneline\.csv, line 1: not the .* columns") as info:
        reader(path)
    assert time.perf_counter() - started < 2.0
    assert len(str(info.value)) < 2000 and "more" in str(info.value)


def test_a_file_on_one_line_gets_a_brief_error(tmp_path, synthetic_files):
    """The synthetic counterpart (without the clock): a one-line file's error names a few fields and how many more."""
    path = tmp_path / "oneline.csv"
    path.write_bytes(synthetic_files["fatalities-csv"].read_bytes().replace(b"\r\n", b","))
    for reader in (fatalities.read, historical.read, ranking.read):
        with pytest.raises(SourceError, match=r"oneline\.csv, line 1: not the .* columns") as info:
            reader(path)
        assert len(str(info.value)) < 2000 and "more" in str(info.value)
