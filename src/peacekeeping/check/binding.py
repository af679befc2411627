"""Reading a text: the country (or world) and mission each figure is about."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..wording.check_notes import said
from . import words as w
from .kinds import WORLD
from .numbers import Number
from .periods import Published
from .subjects import PLACE, SUBJECT, Mention, MissionMention

if TYPE_CHECKING:
    from .kinds import Claim

SEVERAL = MissionMention(None, 0, 0, "several missions")  # a figure for more than one mission


@dataclass(slots=True)
class Text:
    """A text being read: its language, the countries and missions it names, and its main country."""

    text: str
    lang: str
    mentions: list[Mention]
    missions: list[MissionMention]
    main: str | None
    paragraphs: list[int]
    when: Published | None
    sentence_start: int = 0  # where the sentence being read starts
    asked: bool = False  # whether the user named the text's country
    equals: tuple[str, ...] = ()  # the countries the text names as often as its main one: "it" may be any of them
    here: list[Mention] = field(default_factory=list)  # the countries named in the sentence being read
    read: list = field(default_factory=list)  # the claims read so far in the sentence being read
    last: dict = field(default_factory=dict)  # kind -> (order, the last claim of that kind read in the sentence)
    heads: list = field(default_factory=list)  # the personnel figures read so far in the sentence, in order
    head_ends: list[int] = field(default_factory=list)  # where each of them ends
    breakdowns: list[re.Match] = field(default_factory=list)  # the sentence's breakdown words ("comprising")
    breakdown_starts: list[int] = field(default_factory=list)
    breakdown_ends: list[int] = field(default_factory=list)
    near: list[MissionMention] = field(default_factory=list)  # the missions named in the sentence being read
    numbers: list[Number] = field(default_factory=list)  # the sentence's numbers that may be claims (not dates)
    toll: Claim | None = None  # the last world death toll read in the text, whose dead a next sentence may share
    dead: Claim | None = None  # the last death toll of any subject read in the text, which a list may go on
    _found: dict = field(default_factory=dict)
    _subjects: list[Mention] = field(default_factory=list)  # indexes by position: time linear in the text's length
    _subject_starts: list[int] = field(default_factory=list)
    _mention_starts: list[int] = field(default_factory=list)
    _mission_starts: list[int] = field(default_factory=list)
    _counts: Counter = field(default_factory=Counter)

    def __post_init__(self):
        self._subjects = [m for m in self.mentions if m.role == SUBJECT]
        self._subject_starts = [m.start for m in self._subjects]
        self._mention_starts = [m.start for m in self.mentions]
        self._mission_starts = [m.start for m in self.missions]
        self._counts = Counter(m.iso3 for m in self.mentions)

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """The countries named from `start` to `end`."""
        return self.mentions[bisect_left(self._mention_starts, start) : bisect_left(self._mention_starts, end)]

    def missions_in(self, start: int, end: int) -> list[MissionMention]:
        """The missions named from `start` to `end`."""
        return self.missions[bisect_left(self._mission_starts, start) : bisect_left(self._mission_starts, end)]

    def mission_listed_before(self, pos: int) -> MissionMention | None:
        """A mission's acronym right before `pos`, or with a colon or a dash between ("MONUSCO: 866", "UNFICYP 14")."""
        last = self.mission_before(pos)
        return last if last and last.acronym and re.fullmatch(r"\s*[:–—-]?\s*", self.text[last.end : pos]) else None

    def mission_before(self, pos: int) -> MissionMention | None:
        """The last mission named (and ended) before `pos`."""
        for m in reversed(self.missions[: bisect_right(self._mission_starts, pos)]):
            if m.end <= pos:
                return m
        return None

    def discourse(self, pos: int, paragraph: bool = False) -> Mention | None:
        """The country most recently named as a subject before `pos` (in the same paragraph, if asked)."""
        floor = self.paragraphs[bisect_right(self.paragraphs, pos) - 1] if paragraph and self.paragraphs else 0
        i = bisect_left(self._subject_starts, pos)
        return self._subjects[i - 1] if i and self._subjects[i - 1].start >= floor else None

    def search(self, pattern: re.Pattern, text: str) -> re.Match | None:
        """pattern.search(text), once per clause of this text (several numbers share a clause)."""
        key = (pattern.pattern, text)
        if key not in self._found:
            self._found[key] = pattern.search(text)
        return self._found[key]

    def find_all(self, pattern: re.Pattern, text: str) -> list[re.Match]:
        """pattern.finditer(text) as a list, once per clause of this text."""
        key = ("all", pattern.pattern, text)
        if key not in self._found:
            self._found[key] = list(pattern.finditer(text))
        return self._found[key]

    def last_of(self, *kinds: str) -> Claim | None:
        """The last claim of one of `kinds` read in the sentence being read."""
        found = [self.last[k] for k in kinds if k in self.last]
        return max(found, key=lambda x: x[0])[1] if found else None

    def count(self, iso3: str) -> int:
        return self._counts[iso3]

    def start_sentence(self, start: int, end: int, breakdown: re.Pattern) -> None:
        """Read the sentence from `start` to `end`: its countries, missions and breakdown words; no claim read yet."""
        self.sentence_start = start
        self.here, self.near = self.mentions_in(start, end), self.missions_in(start, end)
        self.read, self.last, self.heads, self.head_ends = [], {}, [], []
        self.breakdowns = list(breakdown.finditer(self.text, start, end))
        self.breakdown_starts = [m.start() for m in self.breakdowns]
        self.breakdown_ends = [m.end() for m in self.breakdowns]

    def add(self, claim, head: bool) -> None:
        """A claim read in the sentence (`head`: a personnel figure that later ones may break down)."""
        self.last[claim.kind] = (len(self.read), claim)
        self.read.append(claim)
        if claim.kind == "global_fatalities":
            self.toll = claim
        if claim.kind in ("fatalities", "global_fatalities"):
            self.dead = claim
        if head:
            self.heads.append(claim)
            self.head_ends.append(claim.end)


def mission_of(t: Text, offset: int, sentence: str, clause: tuple[int, int], n: Number) -> MissionMention | None:
    """The mission a personnel figure is in: named after it in its clause, before it with 'where', or just before
    its brackets ('UNIFIL in Lebanon (1,254 personnel)')."""
    if (bracketed := _bracketed_after(t, offset, sentence, n)) is not None:
        return bracketed
    if _ALL_OF.search(sentence, max(0, n.start - 40), n.start):
        return None  # "almost all of its 1,080 uniformed personnel are deployed in UNIFIL": the whole
    if listed := t.mission_listed_before(offset + n.start):
        return listed  # "MONUSCO: 866", "UNFICYP 14 troops": a list of missions and their figures
    named = [x for x in t.missions_in(offset, offset + n.start) if x.acronym and x.end <= offset + n.start]
    if named and _WITH.fullmatch(t.text[named[-1].end : offset + n.start]) and not _leads(t, offset, named):
        return named[-1]  # "the United Nations Disengagement Observer Force (UNDOF) in Syria with 137 personnel"
    for m in t.near:
        start = m.start - offset
        if n.end <= start < clause[1]:
            between = re.sub(
                r"\s*[,(]\s*(?:including|incluidas?|incluidos|dont|y\s+compris|of\s+whom|among\s+them)"
                r"\s+[\w\s,.]*?(?:women|mujeres|femmes)\s*[,)]",
                " ",
                sentence[n.end : start],
                flags=re.I,
            )
            personnel = w.AFTER_PERSONNEL.match(between) or w.WOMEN.match(between)
            if not w.LINK.match(between[personnel.end() if personnel else 0 :]):
                return None
            named = [
                x
                for x in t.near
                if x.acronym
                and start <= x.start - offset < clause[1]
                and x.start - offset - start < 40
                and not any(m.end <= offset + k.start < x.start for k in t.numbers)  # "… Sahara and nine in UNIFIL"
            ]
            chosen = named[0] if m.acronym is None and named else m
            others = [
                x
                for x in t.near
                if x.start > chosen.end
                and (x.acronym or x.place) != (chosen.acronym or chosen.place)
                and re.fullmatch(
                    r"\s*(?:,|and|y|et|e|&)\s*(?:the\s+|la\s+|le\s+)?"
                    r"(?:UN\s+)?",
                    t.text[chosen.end : x.start],
                )
            ]
            return SEVERAL if others else chosen
    before = sentence[clause[0] : n.start]
    if re.search(r"(?:where|donde|où)\s+(?:\w+\s+){0,3}$", before, re.I) or re.match(
        r"^\W*(?:of\s+(?:its|their)\s+\w+\s+serve|de\s+sus|de\s+ses)", sentence[n.end :], re.I
    ):
        return t.mission_before(offset + n.start)
    return None


_ALL_OF = re.compile(
    r"(?:\b(?:(?:almost|nearly|virtually)\s+)?all\s+(?:of\s+)?(?:its|their|\w+['’]s)\s+|\bmost\s+of\s+(?:its|their|\w+['’]s)\s+|"
    r"\bmajority\s+of\s+(?:its|their)\s+|\bplupart\s+de\s+ses\s+|\b(?:presque\s+)?tous\s+ses\s+|"
    r"\bmayor[íi]a\s+de\s+sus\s+|\b(?:casi\s+)?todos\s+sus\s+)$",
    re.I,
)
_WITH = re.compile(  # between a mission and its figure: "UNIFIL with 340", "(UNDOF) in Syria with 137"
    r"\)?\s*(?:\([^()]{1,15}\)\s*)?(?:(?:in|en|au|à)\s+(?:the\s+|la\s+|le\s+)?[A-Z][\w'’-]*(?:\s+[\w'’-]+){0,4}?\s*)?,?\s*"
    r"(?:[Ww]ith|con|avec)\s+(?:(?:some|about|around|over|more\s+than|nearly|almost|unos|unas|cerca\s+de|más\s+de|"
    r"environ|près\s+de|plus\s+de)\s+)?"
)


def _leads(t: Text, offset: int, named: list[MissionMention]) -> bool:
    """Whether the mission of `named[-1]` opens its sentence ("UNIFIL, with 10,000 troops from 48 countries, …"):
    the sentence tells the mission's own strength, not a country's people there."""
    first = named[0] if named[-1].start - named[0].end < 4 else named[-1]
    return re.fullmatch(r"\W*(?:the|la|le|el|l['’])?\W*", t.text[offset : first.start], re.I) is not None


_ATTACHED = re.compile(r"\s*(?:[–—:]|\s-|with|con|avec)?\s*", re.I)  # a figure right after its country's name


def subject_of(
    t: Text, offset: int, sentence: str, clause: tuple[int, int], n: Number, phrase_end: int, kind: str
) -> tuple[str | None, str, str | None]:
    """(subject, the words that decided it, a doubt or None) of a figure of `kind`."""
    pos, here = offset + n.start, t.here

    def certain(m: Mention, by: str = "") -> tuple[str, str, str | None]:
        lonely = t.main and m.iso3 != t.main and t.count(m.iso3) == 1 and m.form == "adjective"
        doubt = said("doubt_named_once", words=m.text, iso3=m.iso3, main=t.main) if lonely else None
        return m.iso3, (by + m.text) if by else m.text, doubt

    own = re.split(r"[,;]", sentence[n.end : clause[1]], maxsplit=1)[0][:60]
    near = sentence[max(clause[0], n.start - 80) : n.start]
    named_here = [m for m in here if offset + n.end <= m.start < offset + phrase_end]
    if kind == "total" and not named_here and (one := w.ONE_OF_THE.search(near[-40:])):
        return WORLD, f"{one[0].strip()} …", said("doubt_one_of_the")
    if kind in ("total", "missions") and (whose := w.POSSESSOR.search(near)) and w.THE_UN.fullmatch(whose[1]):
        return WORLD, f"{whose[1]}'s", None  # "the UN's 12 peacekeeping operations"
    if (
        (whose := w.POSSESSOR.search(near))
        and not w.THE_UN.fullmatch(whose[1])
        and not any(offset + n.start - len(near) + whose.start(1) <= m.start < offset + n.start for m in here)
    ):
        return None, f"{whose[1]}'s", said("doubt_possessor", words=whose[1])
    subjects_before = [m for m in here if m.role == SUBJECT and offset + clause[0] <= m.start < pos]
    among = re.search(
        r"(?<!plus\s)(?<!moins\s)(?<!más\s)(?<!menos\s)"
        r"\b(?:among|of|out\s+of|parmi|entre|de|sur)\s+(?:the\s+|les\s+|los\s+|las\s+)?$",
        sentence[max(clause[0], n.start - 20) : n.start],
        re.I,
    )
    if kind in ("total", "fatalities") and (world := w.WORLD_AFTER.match(own)) and (among or not subjects_before):
        return WORLD, world[0].strip(), None  # "among the 87,000 serving worldwide", "4,300 from 120 countries"
    for m in here:  # "8 Peruvian peacekeepers", "personnel from Bangladesh", "Nepal (5,571)"
        if offset + n.end <= m.start < offset + phrase_end or (
            m.start >= offset + phrase_end and w.FROM.match(t.text[offset + phrase_end : m.start])
        ):
            return certain(m)
        if m.end <= pos and m.role != PLACE and re.fullmatch(r"\s*\(\s*", t.text[m.end : pos]):
            if _bracketed_after(t, offset, sentence, n) is None:  # not "UNAMID in Darfur Sudan (150 personnel)"
                return certain(m)
        if m.end <= pos and m.role != PLACE and _ATTACHED.fullmatch(t.text[m.end : pos]):
            return certain(m)  # "Rwanda with 6,322 troops", "Burkina Faso – 3,036", "India 5,525"
    if (
        kind == "total"
        and (whole := w.PARTITIVE.search(sentence[clause[0] : n.start]))
        and re.search(r"^[^,;]*,\s*[^,;]*?\d", sentence[phrase_end:])
    ):
        return WORLD, whole[0].strip(" ,;:") + " …", None  # "Of the 80,184 peacekeepers …, 6,742 are from Bangladesh"
    in_clause = [m for m in here if m.role == SUBJECT and offset + clause[0] <= m.start < offset + clause[1]]
    before = [m for m in in_clause if m.end <= pos]
    other = w.OTHER_LANGUAGE_PRONOUNS.get(t.lang, set())
    if len(before) > 1 and (paired := _respective(t, offset, sentence, clause, n, before)):
        return paired
    said_before = re.sub(w.NOT_PRONOUN, " ", sentence[clause[0] : n.start])
    pronoun = next((p for p in w.PRONOUN.finditer(said_before) if p[0].casefold() not in other), None)
    if before and not (pronoun and pronoun.start() + clause[0] > before[-1].end - offset):
        found = certain(before[-1])
        listed = (
            len(before) > 1
            and before[-2].iso3 != before[-1].iso3
            and re.fullmatch(r"\s*(?:,|and|y|et|e|&)\s*", t.text[before[-2].end : before[-1].start])
        )
        if listed and not found[2]:
            return found[0], found[1], said("doubt_together", words=before[-2].text, other=before[-1].text)
        return found
    if pronoun and (world := [m for m in w.WORLD.finditer(said_before) if m.start() >= pronoun.end()]):
        return WORLD, world[-1][0], None  # "son édition précise que 106.338 Casques bleus, originaires de 125 pays"
    if pronoun:
        unclear = (
            said("doubt_equals", words=pronoun[0].strip(), main=t.main, other=", ".join(t.equals)) if t.equals else None
        )
        referent = t.discourse(pos)
        if referent:
            return referent.iso3, f"{pronoun[0]} → {referent.text}", unclear
        if t.main:
            return t.main, f"{pronoun[0]} → {t.main}", unclear
    after = [m for m in in_clause if m.start >= offset + phrase_end]
    if after:
        return certain(after[0])
    earlier = [m for m in here if m.role == SUBJECT and m.end <= pos]
    if earlier:
        return certain(earlier[-1])
    world = t.search(w.WORLD, sentence) or kind in ("global_countries", "global_operations")
    if world:
        return WORLD, world[0] if hasattr(world, "group") else kind, None
    referent = t.discourse(pos, paragraph=True)
    if referent:
        return referent.iso3, f"{referent.text} (named before)", said("doubt_no_country_in_sentence")
    later = [m for m in here if m.role == SUBJECT and m.start >= pos]
    if later:  # "Participating in six missions; Egypt is the seventh-largest contributor"
        return later[0].iso3, f"{later[0].text} (named after it)", said("doubt_named_after")
    if not t.main:
        return WORLD, "no country named in the text", said("doubt_world_figure")
    if t.asked:
        return t.main, f"{t.main}, the country asked", said("doubt_no_country_in_sentence")
    return WORLD, "no country named in the paragraph", said("doubt_world_paragraph")


_LIST_JOIN = re.compile(
    r"\s*(?:\([^()]{0,40}\))?\s*(?:,\s*)?(?:and|et|y|e|&|,)\s*(?:(?:the|le|la|les|el|los|las)\s+)?", re.I
)
_RUN_JOIN = re.compile(r"\s*(?:,\s*)?(?:and|et|y|e|&|,)\s*(?:(?:the|au|aux|à\s+la|el|la|le|los|les)\s+)?", re.I)


def _respective(
    t: Text, offset: int, sentence: str, clause: tuple[int, int], n: Number, before: list[Mention]
) -> tuple[str, str, None] | None:
    """'Tunisia and Burkina Faso are 19th and 22nd': as many figures joined by 'and' as countries listed before
    them, the i-th figure is the i-th country's."""
    listed = [before[-1]]
    for m in reversed(before[:-1]):
        if m.iso3 == listed[0].iso3 or not _LIST_JOIN.fullmatch(t.text[m.end : listed[0].start]):
            break
        listed.insert(0, m)
    after = [x for x in t.numbers if listed[-1].end - offset <= x.start and x.end <= clause[1]]
    if n not in after:
        return None
    i = after.index(n)
    run = [n]
    for x in after[i + 1 :]:  # the run of figures this one starts or belongs to
        if not _RUN_JOIN.fullmatch(sentence[run[-1].end : x.start]):
            break
        run.append(x)
    for x in reversed(after[:i]):
        if not _RUN_JOIN.fullmatch(sentence[x.end : run[0].start]):
            break
        run.insert(0, x)
    if len(listed) < 2 or len(run) != len(listed):
        return None
    m = listed[run.index(n)]
    return m.iso3, f"{m.text} … {n.text} (in the order named)", None


def _bracketed_after(t: Text, offset: int, sentence: str, n: Number) -> MissionMention | None:
    """The mission named just before the brackets a figure opens ('UNIFIL in Lebanon (1,254'), or None."""
    opened = re.search(r"\(\s*$", sentence[max(0, n.start - 3) : n.start])
    named = [m for m in t.missions_in(offset + n.start - 60, offset + n.start) if m.acronym] if opened else []
    if not named or not re.fullmatch(r"[^\d(),;]*\(\s*", t.text[named[-1].end : offset + n.start]):
        return None
    return named[-1]
