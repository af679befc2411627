"""The editorial brief (TOML or YAML): the words around the facts, never the facts."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from ..errors import PeacekeepingError

LANGS = ("en", "es", "fr")
TEXT_FIELDS = (
    "speaker_name",
    "speaker_title",
    "speaker_short",
    "city",
    "first_deployment",
    "unit",
    "initiative",
    "campaign",
)
NAMES = ("speaker_name", "speaker_short", "city")  # the same in every language
LIST_FIELDS = ("quotes",)
_WEB_ADDRESS = re.compile(r"https?://[^\s<>\"']+", re.I)  # what a link may be: never javascript: or data:
ALLOWED = set(TEXT_FIELDS) | set(LIST_FIELDS) | {"lang", "first_deployment_year", "contacts", "links"}
# Only these texts may hold figures of their own (a year; phone numbers): everything else must take them from data.
_DIGIT = re.compile(r"\d")
# Digits that name rather than count: a name with letters and digits ("A4P", "G20", "COVID-19"), and the number of a
# resolution ("UNSCR 1325", "resolution 1325 (2000)", "S/RES/2594 (2021)", "résolution 1325", "resolución 1325").
_NAMES_WITH_DIGITS = re.compile(
    r"(?:\b(?:UNSCR|SCR|[Rr]esolutions?|[Rr]ésolutions?|[Rr]esoluci(?:ón|ones))\s+\d+(?:\s*\(\d{4}\))?"
    r"|\bS/RES/\d+(?:\s*\(\d{4}\))?"
    r"|\b[^\W\d_][\w-]*\d[\w-]*)"
)


def figure_in(text: str) -> bool:
    """Whether a text states a figure of its own: a digit outside the names and resolution numbers above."""
    return bool(_DIGIT.search(_NAMES_WITH_DIGITS.sub("", text)))


class BriefError(PeacekeepingError):
    """A brief that cannot be used: names the file and the field."""

    kind = "bad_brief"


@dataclass(slots=True)
class Contact:
    """A block of media contacts: a heading and its lines (names, phones, e-mails)."""

    heading: str
    lines: list[str]


@dataclass(slots=True)
class Brief:
    """Editorial words for one release; a text may differ per language."""

    texts: dict[str, dict[str, str]] = field(default_factory=dict)  # field -> lang -> text ('*' for all)
    quotes: list[dict[str, str]] = field(default_factory=list)
    first_deployment_year: int | None = None
    contacts: list[Contact] = field(default_factory=list)
    links: list[dict[str, str]] = field(default_factory=list)
    source: str = "no brief"
    lang: str = "en"  # the language of texts given as plain strings

    def text(self, name: str, lang: str) -> str | None:
        """A field's text in `lang`; a plain string counts as the brief's language (names as every language)."""
        return self._pick(self.texts.get(name, {}), lang, name in NAMES)

    def quote_list(self, lang: str) -> list[str]:
        """The quotes there is a text of in `lang`."""
        return [text for q in self.quotes if (text := self._pick(q, lang, False))]

    def untranslated(self, lang: str) -> list[str]:
        """Fields and quotes the brief has in another language but not in `lang`."""
        missing = [
            name
            for name, versions in self.texts.items()
            if name not in NAMES and self._pick(versions, lang, False) is None
        ]
        return missing + [f"quotes[{i}]" for i, q in enumerate(self.quotes) if self._pick(q, lang, False) is None]

    def _pick(self, versions: dict[str, str], lang: str, neutral: bool) -> str | None:
        if lang in versions:
            return versions[lang]
        return versions.get("*") if neutral or lang == self.lang else None


def _versions(path: Path, name: str, value: object) -> dict[str, str]:
    if isinstance(value, str):
        versions = {"*": value.strip()}
    elif isinstance(value, dict) and value and all(k in LANGS and isinstance(v, str) for k, v in value.items()):
        versions = {k: v.strip() for k, v in value.items()}
    else:
        raise BriefError(f"{path.name}: {name} must be text, or a table of texts by language (en, es, fr)")
    for text in versions.values():
        if figure_in(text):
            raise BriefError(
                f"{path.name}: {name} contains a figure ({text[:60]!r}...): figures come from the data, "
                "not the brief (a first deployment year goes in first_deployment_year)"
            )
    return versions


def load(path: str | Path) -> Brief:
    """Read and validate a brief; every problem is one clear error naming the field."""
    path = Path(path)
    try:
        raw = path.read_text(encoding="utf-8")
    except OSError as exc:
        raise BriefError(f"{path}: cannot read the brief ({exc.strerror})") from None
    except UnicodeDecodeError:
        raise BriefError(f"{path.name}: the brief is not UTF-8 text") from None
    try:
        data = tomllib.loads(raw) if path.suffix.lower() == ".toml" else yaml.safe_load(raw)
    except (tomllib.TOMLDecodeError, yaml.YAMLError) as exc:
        raise BriefError(
            f"{path.name}: not valid {'TOML' if path.suffix.lower() == '.toml' else 'YAML'}: {str(exc).splitlines()[0]}"
        ) from None
    if data is None:
        data = {}
    if not isinstance(data, dict):
        raise BriefError(f"{path.name}: the brief must be a table of fields")
    unknown = sorted(set(data) - ALLOWED)
    if unknown:
        raise BriefError(f"{path.name}: unknown field(s) {', '.join(unknown)}; allowed: {', '.join(sorted(ALLOWED))}")
    lang = data.get("lang", "en")
    if lang not in LANGS:
        raise BriefError(f"{path.name}: lang must be one of {', '.join(LANGS)}, not {lang!r}")
    brief = Brief(source=path.name, lang=lang)
    for name in TEXT_FIELDS:
        if name in data:
            brief.texts[name] = _versions(path, name, data[name])
    quotes = data.get("quotes", [])
    if not isinstance(quotes, list):
        raise BriefError(f"{path.name}: quotes must be a list")
    brief.quotes = [_versions(path, f"quotes[{i}]", q) for i, q in enumerate(quotes)]
    year = data.get("first_deployment_year")
    if year is not None:
        if not isinstance(year, int) or not 1948 <= year <= 2100:
            raise BriefError(f"{path.name}: first_deployment_year must be a year such as 1958")
        if "first_deployment" not in brief.texts or any(
            "{year}" not in text for text in brief.texts["first_deployment"].values()
        ):
            raise BriefError(
                f"{path.name}: first_deployment_year needs a first_deployment text with {{year}} where the year goes"
            )
        brief.first_deployment_year = year
    for i, block in enumerate(data.get("contacts", [])):
        if not (
            isinstance(block, dict)
            and isinstance(block.get("heading"), str)
            and isinstance(block.get("lines"), list)
            and all(isinstance(x, str) for x in block["lines"])
        ):
            raise BriefError(f"{path.name}: contacts[{i}] needs a heading (text) and lines (a list of texts)")
        brief.contacts.append(Contact(block["heading"], block["lines"]))
    for i, link in enumerate(data.get("links", [])):
        if not (isinstance(link, dict) and isinstance(link.get("label"), str) and isinstance(link.get("url"), str)):
            raise BriefError(f"{path.name}: links[{i}] needs a label and a url")
        if not _WEB_ADDRESS.fullmatch(link["url"]):
            raise BriefError(f"{path.name}: links[{i}] url must be a web address (https:// or http://, no spaces)")
        brief.links.append({"label": link["label"], "url": link["url"]})
    return brief
