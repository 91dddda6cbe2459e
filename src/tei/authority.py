"""The authority file: persons, places and organisations with every name form.

It is a TEI file an editor can read and extend (``data/authority.xml`` by default,
``--authority FILE`` for another corpus).  Loading it builds one matcher for all name forms,
so that finding mentions in a text is a single regular-expression scan.
"""

from __future__ import annotations

import copy
import itertools
from bisect import bisect_left
import re
import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from pathlib import Path

from lxml import etree

from . import TEI_NS, XML_NS
from .memo import per_source
from .messages import SourceError
from .regexes import stored
from .xmltext import text_of

DEFAULT_AUTHORITY = Path(__file__).parent / "data" / "authority.xml"
T = "{%s}" % TEI_NS
KINDS = {"person": "persName", "place": "placeName", "org": "orgName"}
LISTS = {"person": "listPerson", "place": "listPlace", "org": "listOrg"}
# (straight, curly, reversed, grave, acute, and the modifier letters prime and apostrophe a
# transliteration of the Russian soft sign prints: "Savel'yev", "Savel’yev", "Savelʹyev")
APOSTROPHES = "'’‘`´ʹʼ"
ONE_APOSTROPHE = str.maketrans({a: "'" for a in APOSTROPHES})
# A party's bodies named by their kind alone ("the Politburo", "the Presidium"): every party has
# them, so such a form is an entry's only while that body existed (its floruit)
GENERIC_BODIES = ("Politburo", "Political Bureau", "Central Committee", "Secretariat", "Presidium", "Orgburo", "CC")
# (so is a body of a body named by its kind: "the Presidium of the Central Committee")
GENERIC_BODY_PATTERN = rf"(?:{'|'.join(GENERIC_BODIES)})(?:\s+of\s+the\s+(?:{'|'.join(GENERIC_BODIES)}))?"


@dataclass
class Entity:
    id: str
    kind: str  # person | place | org
    main: str
    short: str
    forms: dict[str, str] = field(default_factory=dict)  # normalized form -> type
    wikidata: str = ""
    identification: str = ""
    element: etree._Element | None = None
    provisional: bool = False
    # (from, to), ISO; "" where open: when the person was active, or the body bore its main name
    floruit: tuple[str, str] | None = None
    # a party named by its office alone, whose holder the file does not know (a provisional entry
    # whose name is the office: "Secretary of State")
    office: bool = False

    @property
    def name_tag(self) -> str:
        return KINDS[self.kind]

    def active(self, when: str) -> bool:
        """Whether the entry may be meant in a text of that date (ISO, at any precision): its
        floruit overlaps it, or it records none."""
        if self.floruit is None or not when:
            return True
        start, end = _bounds(when)
        return (not self.floruit[0] or _bounds(self.floruit[0])[0] <= end) and \
            (not self.floruit[1] or start <= _bounds(self.floruit[1])[1])


_GENERIC = re.compile(GENERIC_BODY_PATTERN, re.I)


def _bounds(iso: str) -> tuple[str, str]:
    """The first and last day an ISO date of any precision covers ("1953": 1953-01-01, 1953-12-31),
    as strings that compare as the dates do."""
    day = iso[:10]
    return (day + "-01-01"[len(day) - 4:] if len(day) < 10 else day,
            day + "-12-31"[len(day) - 4:] if len(day) < 10 else day)


@lru_cache(maxsize=65536)
def normalize(name: str) -> str:
    """The key a name form is looked up by: case, hyphens, apostrophes and spacing folded."""
    # (the apostrophes first: NFKC makes the acute accent "´" a space and a combining accent)
    name = unicodedata.normalize("NFKC", name.translate(ONE_APOSTROPHE))
    name = _SPACES.sub(" ", name)
    name = _FULL_STOP.sub(". ", name)
    # (a surname in "-ov" as the French or German transliteration prints it, "Kolaroff": the same key)
    return _strip_accents(_OFF.sub("v", name.strip().casefold()))


_SPACES = re.compile(r"[\s\-‐–]+")
_FULL_STOP = re.compile(r"\s*\.\s*")
_OFF = re.compile(r"(?<=[^\W\d_][oe])ff\b")


def _strip_accents(text: str) -> str:
    """"ch'en yün" -> "ch'en yun": a translation may print a name without its diacritics."""
    if text.isascii():
        return text
    return "".join(c for c in unicodedata.normalize("NFKD", text) if not unicodedata.combining(c))


def same_provisional_persons(entries: list[etree._Element]) -> dict[str, str]:
    """The provisional persons of several documents that are one: a surname alone ("Eisenhower",
    unresolved-eisenhower) and the one entry named in full with that surname ("Dwight Eisenhower",
    unresolved-dwight-eisenhower), each document's ids made from its own words (the one-person
    rule works within a document).  The deposit's corpus header joins them (@sameAs), the HTML
    indexes file them as one.  {the surname's id: the full name's}; none where two entries
    in full share the surname (which would it be?)."""
    def main(entry) -> str:
        return " ".join(entry.findtext(f"{T}persName[@type='main']", "").split())

    persons = [e for e in entries if e.tag == T + "person" and (e.get(f"{{{XML_NS}}}id") or "").startswith("unresolved-")
               and main(e)]
    full: dict[str, list[str]] = {}
    for entry in persons:
        words = main(entry).split()
        if len(words) > 1:
            full.setdefault(normalize(words[-1]), []).append(entry.get(f"{{{XML_NS}}}id"))
    return {entry.get(f"{{{XML_NS}}}id"): full[key][0] for entry in persons if len(main(entry).split()) == 1
            and len(full.get(key := normalize(main(entry)), [])) == 1}


# what a name's form goes on with: where it stands before or after a run, the run's names may
# be other than the whole text's (see Authority.keep_scans_of_runs)
_NAME_GOES_ON = re.compile(r"[\w\-‐]")


def fold_letters(text: str) -> str:
    """The text with each accented letter as its base letter, of the same length ("Kovalëv" ->
    "Kovalev"): the forms' patterns accept the base letter for an accented one, so a name the
    file writes plain is found where the text prints it with a diacritic."""
    if text.isascii() or not _LETTER_BEYOND_ASCII.search(text):
        return text  # (most texts beyond ASCII are so for their quotation marks and dashes alone)
    return text.translate(_FOLDED_LETTERS)  # (one call in C: a generator of the letters cost ten times as much)


# a letter beyond ASCII (\w but a digit or "_"): str.translate looks up every character of a
# text, ten times the cost of this search over one with none
_LETTER_BEYOND_ASCII = re.compile(r"[^\W\d_\x00-\x7f]")


class _FoldedLetters(dict):
    """str.translate's table of each character met -> its base letter (itself where it has none
    of one character), made as the characters are met."""

    def __missing__(self, code: int) -> str:
        ch = chr(code)
        base = _strip_accents(ch) if ch.isalpha() else ch
        folded = self[code] = base if len(base) == 1 else ch
        return folded


_FOLDED_LETTERS = _FoldedLetters()


def any_apostrophe(text: str) -> str:
    """A pattern of the text as written, but for its apostrophes: any apostrophe for each
    ("Savel'yev" matches "SAVEL’YEV" where the case allows, "Savel’yev")."""
    return "".join(f"[{APOSTROPHES}]" if c in APOSTROPHES else re.escape(c) for c in text)


def _generic_key(key: str) -> bool:
    """A name form that is no party's: a kind of body alone ("politburo", "cc", "politburo of the
    central committee"), "the party"."""
    return key in ("the", "of", "party", "the party", "communist party") or _GENERIC.fullmatch(key) is not None


def _form_pattern(form: str) -> str:
    parts = []
    for i, ch in enumerate(form):
        if ch in "-‐" and 0 < i < len(form) - 1 and form[i - 1].isalpha() and form[i + 1].isalpha():
            parts.append(r"[\s\-‐]*")  # "En-lai", "En lai" or "Enlai": the syllables of a name, joined or not
        elif ch in " -‐":
            parts.append(r"[\s\-‐]+")
        elif ch in APOSTROPHES:
            parts.append(f"[{APOSTROPHES}]?")  # Wade-Giles is printed without its apostrophes too: "P'eng", "Peng"
        elif ch == ".":
            parts.append(r"\.\s*")
        elif _strip_accents(ch) != ch and len(_strip_accents(ch)) == 1:
            parts.append(f"[{re.escape(ch)}{re.escape(_strip_accents(ch))}]")  # "Yün" or "Yun"
        else:
            parts.append(re.escape(ch))
    pattern = "".join(parts)
    pattern = re.sub(r"(\\\.\\s\*)(\[\\s\\-‐\]\+)", r"\\.\\s*", pattern)
    return pattern


# What (?i:x) matches besides x and X, for an ASCII letter x: Python's patterns fold case by
# Unicode (the Kelvin sign is a "k"); tests/test_convspeed.py checks this against re itself.
_CASE_EXTRAS = {"i": "\u0130\u0131", "k": "\u212a", "s": "\u017f"}
_APOSTROPHE = f"[{APOSTROPHES}]?"  # (the pieces _form_pattern writes for an apostrophe and for a space)
_SPACE = r"[\s\-‐]+"


def _lead(rest: str, blind: bool) -> tuple[str | None, str, frozenset[str] | None]:
    """How the pattern of a form after its first character (as _form_pattern writes it, and
    whether it is case-blind) begins: (the piece that matches its first character, where that
    is one letter, digit or full stop, the pattern after that piece, the characters the piece
    matches); else (None, the pattern, a set of characters its match begins with or None where
    that is not known here; a space's piece stands as " ", which no other set holds)."""
    head = rest[:1]
    if head.isascii() and head.isalnum():
        if blind and head.isalpha():  # (as a set of characters, not (?i:x): that the engine rejects at once)
            chars = head.lower() + head.upper() + _CASE_EXTRAS.get(head.lower(), "")
            return f"[{chars}]", rest[1:], frozenset(chars)
        return head, rest[1:], frozenset(head)
    if rest.startswith(r"\."):
        return r"\.", rest[2:], frozenset(".")
    if rest.startswith(_SPACE):
        return None, rest, frozenset(" ")
    if rest.startswith(_APOSTROPHE):  # (an apostrophe, or what follows it)
        after = _lead(rest[len(_APOSTROPHE):], blind)[2]
        return None, rest, None if after is None else after | frozenset(APOSTROPHES)
    return None, rest, None


def _by_second_character(rests: list[tuple[str, bool]]) -> str:
    """The alternation of one first character's forms (the pattern after that character, and
    whether it is case-blind), in order, the forms that go on alike written once:
    "o(?:mrade|mintern)|h(?:ou|en)|...".  The engine tries a group's forms one by one at every
    word that begins with its character (some 200 for "c"); factored, it rejects those of
    another second character at once.  It finds what the plain alternation finds, the first
    form in order that matches: only forms that can never match at one place change their
    order; forms whose second characters may be the same (a case-blind "[hH]..." and "h...")
    keep theirs, in one block, and a form whose second character is not known here keeps its
    place among all."""
    leads = [_lead(rest, blind) for rest, blind in rests]
    written: list[str] = []
    segment: list[int] = []
    for i, (_, rest, chars) in enumerate(leads + [(None, "", None)]):
        if chars is None:  # (the forms before it, factored; then it)
            written += _factored(segment, leads, [blind for _, blind in rests])
            segment = []
            if i < len(rests):
                written.append(f"(?i:{rest})" if rests[i][1] else rest)
        else:
            segment.append(i)
    return "|".join(written)


def _factored(indices: list[int], leads, blind: list[bool]) -> list[str]:
    """The forms (their leads) as alternatives in blocks of those that share a second character."""
    block = {i: i for i in indices}  # (union-find)

    def root(i: int) -> int:
        while block[i] != i:
            i = block[i]
        return i

    owner: dict[str, int] = {}
    for i in indices:
        for ch in leads[i][2]:
            block[root(i)] = root(owner.setdefault(ch, i))
    blocks: dict[int, list[int]] = {}
    for i in indices:
        blocks.setdefault(root(i), []).append(i)
    written = []
    for members in blocks.values():  # (by their first form; within a block, the forms in order)
        for piece, run in itertools.groupby(members, key=lambda i: leads[i][0] or i):
            after = [f"(?i:{leads[i][1]})" if blind[i] else leads[i][1] for i in run]
            if isinstance(piece, int):  # (a form that does not begin with one character: whole)
                written.append(after[0])
            else:
                written.append(piece + (after[0] if len(after) == 1 else "(?:" + "|".join(after) + ")"))
    return written


# ("t." is the Russian for comrade only before a surname: "T. Vyshinsky", not "T. F. Tsiang",
# whose "T." is an initial, another one after it)
_TITLE_BEFORE = re.compile(r"^(?:comrade|cde\.?|tov\.|t\.(?!\s*(?:[A-Z]|Ya|Yu|Ye|Yo|Zh|Sh|Ch|Kh|Ts)\.)|chairman|marshal"
                           r"|generalissimo|mr\.?|mrs\.?)\s+", re.I)


class Authority:
    def __init__(self, entities: list[Entity], path: Path):
        self.path = path
        self.entities = {e.id: e for e in entities}
        self.order = {e.id: i for i, e in enumerate(entities)}
        self.by_form: dict[str, Entity] = {}
        self.form_type: dict[str, str] = {}
        # a form several entries have ("Kuznetsov": F. F. and V. V.) -> those entries, in file order
        self.homonyms: dict[str, list[Entity]] = {}
        for entity in entities:
            for form, kind in entity.forms.items():
                if form in self.by_form and self.by_form[form] is not entity:
                    self.homonyms.setdefault(form, [self.by_form[form]]).append(entity)
                self.by_form.setdefault(form, entity)
                self.form_type.setdefault(form, kind)
        self._base = self  # the file itself, for a view of it (on())
        self.when = ""  # the date of the text read (see on())
        self.about: frozenset[str] = frozenset()  # the parties (and their bodies) the text is about (see about_parties())
        self.correspondents: frozenset[str] = frozenset()  # the bodies the text's correspondents belong to (see of_correspondents())
        self._owners: dict[str, frozenset[str]] = {}
        self._bodies_themselves: dict[str, tuple[Entity, ...]] = {}
        self._text = ""  # the text read
        self._body_at = 0  # where the text's body begins in it, its runs one after another (see on())
        self._named: frozenset[str] | None = frozenset()
        self._pattern = self._compile(entities)
        self._by_kind: dict[str, re.Pattern] = {}  # made when first asked for (few texts need one)

    @classmethod
    def load(cls, path: Path | str | None = None) -> "Authority":
        return _load(str(Path(path or DEFAULT_AUTHORITY).resolve()))

    def _compile(self, entities: list[Entity], plain: bool = False) -> re.Pattern:
        """One regular expression for all forms, factored by first character.

        Python's regex engine tries alternatives one by one at every position; grouping the
        forms under their first character lets it reject a position after one comparison.
        Within a group the longest forms come first, so the longest name wins; a group is
        factored again by the forms' second character where that keeps what it finds
        (_by_second_character; plain: not, the pattern it must find what of, for tests).
        """
        groups: dict[str, list[tuple[int, str, bool]]] = {}

        def add(first: str, rest: str, length: int, blind: bool = False) -> None:
            groups.setdefault(first, []).append((length, rest, blind))

        for entity in entities:
            forms = [text_of(form_el) for form_el in entity.element.iterchildren(T + entity.name_tag)]
            if entity.kind == "person":  # (a surname in "-ov" as the French or German transliteration prints it, "Kolaroff")
                forms += [re.sub(r"(?<=[a-z][oe])v\b", "ff", f) for f in forms if re.search(r"[a-z][oe]v\b", f)]
            for form in forms:
                if not form:
                    continue
                if " " in form or "-" in form or len(form) > 12:
                    # Several words are specific enough to match whatever their case.
                    rest = _form_pattern(form[1:])
                    for first in {form[0].lower(), form[0].upper()}:
                        add(first, rest, len(form), True)
                else:
                    add(form[0], _form_pattern(form[1:]), len(form))
                    if form.upper() != form:
                        add(form[0].upper(), _form_pattern(form.upper()[1:]), len(form))
        branches = []
        for first in sorted(groups):
            # (each form once, in the order of the one alternation this pattern was made as)
            rests = sorted(set(groups[first]), key=lambda a: (-a[0], f"(?i:{a[1]})" if a[2] else a[1]))
            alternation = "|".join(f"(?i:{r})" if b else r for _, r, b in rests) if plain else \
                _by_second_character([(r, b) for _, r, b in rests])
            branches.append(re.escape(first) + "(?:" + alternation + ")")
        body = "|".join(branches) or r"(?!x)x"
        # (a number after a hyphen is no part of the name: "Molotov-1", a count of copies)
        return stored(rf"(?<![\w\-‐])(?:{body})(?![\w]|[\-‐][^\W\d])")  # (compiled once per machine)

    def on(self, when: str = "", text: str = "", body_at: int = 0) -> "Authority":
        """The file as one text reads it: a form several entries have ("Kuznetsov") is the one
        of them the text names by a form of his alone ("V. V. Kuznetsov"), else the one active
        at the text's date (when, ISO: by their floruit), else the first in the file.  body_at:
        where the body's runs begin in the text (see keep_scans_of_runs)."""
        self.of_prefixes  # (made once, for the file and its views)
        return self._view(when=when, _text=text, _body_at=body_at)

    def _view(self, **changed) -> "Authority":
        """A copy of the file with these attributes changed, forgetting what the last view read of
        its text (the entries it names, its bodies)."""
        view = copy.copy(self)
        for name, value in changed.items():
            setattr(view, name, value)
        view._named = None
        view.__dict__.pop("_named_bodies", None)
        return view

    @property
    def named(self) -> frozenset[str]:
        """The entries the text names by a form no other entry has (read when a shared form is met)."""
        if self._named is None:
            self._named = frozenset()  # (the scan below meets the shared forms too: it leaves them out)
            self._named = frozenset(e.id for s, t, e, _ in self._resolve(self._text)
                                    if normalize(self._text[s:t]) not in self.homonyms)
        return self._named

    def _entity(self, key: str, kind: str | None = None) -> Entity | None:
        """The entry a name form (normalized) stands for in this text."""
        entity = self.by_form.get(key)
        if key not in self.homonyms:
            return self._body(key, entity) if entity is not None and entity.kind == "org" and _GENERIC.fullmatch(key) else entity
        return self._choose(key, kind)[0]

    def _choose(self, key: str, kind: str | None = None) -> tuple[Entity, list[Entity]]:
        """The entry a form several entries have stands for in this text, and the entries
        between which neither the text nor its date decides ([] when one of them does)."""
        entity = self.by_form.get(key)
        among = [e for e in self.homonyms[key] if kind is None or e.kind == kind] or self.homonyms[key]
        if len(among) == 1:
            return among[0], []
        named = [e for e in among if e.id in self.named]
        active = [e for e in among if e.active(self.when)]
        # a body renamed ("CC CPSU", the VKP(b)'s before October 1952) is the one of the text's
        # date, even where the text recalls the other; a person, the one the text names in full
        bodies = all(e.kind == "org" for e in among)
        for chosen in ((active, named) if bodies else (named, active)):
            if len(chosen) == 1:
                return chosen[0], []
        # bodies both of the text's date, the text naming neither alone: the one a correspondent
        # belongs to ("C.P.C." in Lenin's telegram of 1922, his Council of People's Commissars: the
        # CCP had been founded the year before)
        # (else the one of the parties the text is about, or its people belong to: "the C.P.C. delegation"
        # in 1945, Mao named, "Chairman of the CCP Central Committee", is the CCP)
        if bodies:
            candidates = active or among
            theirs = [e for e in candidates if e.id in self.correspondents]
            if len(theirs) != 1:
                about = self.about.union(*(self.owners(self.entities[n]) for n in self.named
                                           if n in self.entities and n not in {e.id for e in among}))
                theirs = [e for e in candidates if e.id in about]
            if len(theirs) == 1:
                return theirs[0], []
        return (entity if entity in among else among[0]), among

    def namesakes(self, name: str, kind: str | None = None) -> list[Entity]:
        """The entries that share this name and between which neither the text (a form of one of
        them alone) nor its date (their floruit) decides, the first (the one chosen) first; []
        when the name is one entry's, or the text or date decides."""
        key = normalize(name)
        return self._choose(key, kind)[1] if key in self.homonyms else []

    def _body(self, key: str, entity: Entity) -> Entity | None:
        """A body named by its kind alone ("the Politburo"): the one other body of that kind the
        text names in full ("the Politburo of the CC CCP"), else the file's while it existed
        ("the Presidium" in 1950, "the Politburo" in 1956: another body of that kind)."""
        fuller = [e for e in map(self.entities.get, self.named) if e is not None and e is not entity
                  and e.kind == "org" and any(f.startswith(key + " of ") for f in e.forms)]
        if len(fuller) == 1:
            return fuller[0]
        # else the body of that kind of the party the text is about (a cable of the CCP's: "the
        # Politburo" is the CCP's), unless the text names the file's body's party too ("We ask
        # the CC CPSU and the Politburo")
        if self.about and not (self.owners(entity) - {entity.id}) & self._named_bodies:
            own = [e for e in self.entities.values() if e.kind == "org" and self.owners(e) & self.about
                   and any(f == key or f.startswith(key + " of ") or f.endswith(" " + key) for f in e.forms)]
            if len(own) == 1:
                return own[0]
        return entity if entity.active(self.when) else None

    def bodies_themselves(self, key: str) -> tuple[Entity, ...]:
        """The bodies, in the file's order, one of whose forms is the body key names itself
        (normalized): key, "key of ...", or "... key" with no " of " ("CCP Central Committee",
        not "Politburo of the CCP Central Committee").  Made once for the file and its views
        (every telegram asks: a walk over every entry)."""
        base = self._base
        if key not in base._bodies_themselves:
            base._bodies_themselves[key] = tuple(
                e for e in base.entities.values() if e.kind == "org"
                and any(f == key or f.startswith(key + " of ") or f.endswith(" " + key) and " of " not in f for f in e.forms))
        return base._bodies_themselves[key]

    def owners(self, entity: Entity) -> frozenset[str]:
        """The entry and the bodies and parties its names say it belongs to: "Politburo of the CC
        CCP", the CCP's Central Committee and the CCP; for a person, those his identification
        names ("Chairman of the CCP Central Committee")."""
        base = self._base
        if entity.id not in base._owners:
            base._owners[entity.id] = frozenset()  # (against a loop: a body named after another)
            if entity.kind == "person":
                keys = {k for _, _, k, _ in base._forms(entity.identification)}
            else:  # every run of words of its forms that is another entry's form, not a kind's name alone
                # (nor a name of its own another entry shares: "C.P.C." the Sovnarkom's and the CCP's)
                keys = {" ".join(w[i:j]) for f in entity.forms for w in [f.split()]
                        for i in range(len(w)) for j in range(i + 1, len(w) + 1)} - set(entity.forms)
            found = {e.id: e for k in keys if not _generic_key(k) for e in base.homonyms.get(k, [base.by_form.get(k)])
                     if e is not None and e.kind == "org" and e is not entity}.values()
            base._owners[entity.id] = frozenset({entity.id}).union(*(
                {e.id} | (self.owners(e) if entity.kind == "person" else frozenset()) for e in found))
        return base._owners[entity.id]

    @cached_property
    def _named_bodies(self) -> frozenset[str]:
        """The bodies and parties the text names (a form several entries share, all of them)."""
        keys = {k for _, _, k, _ in self._base._forms(self._text)}
        return frozenset(e.id for k in keys if not _generic_key(k)
                         for e in self.homonyms.get(k, [self.by_form.get(k)]) if e is not None and e.kind == "org")

    def of_correspondents(self, correspondents) -> "Authority":
        """The view of the file for a text between these correspondents (entities): the bodies
        their entries say they belong to (owners()) part a form two bodies of its date share."""
        return self._view(correspondents=frozenset().union(*(self.owners(e) for e in correspondents if e is not None)))

    def about_parties(self, parties) -> "Authority":
        """The view of the file for a text about these parties (entry ids, with their bodies)."""
        return self._view(about=frozenset(parties))

    @per_source.remember
    def find(self, text: str, kind: str | None = None) -> tuple[tuple[int, int, Entity, str], ...]:
        """(start, end, entity, form type) of every name form in the text.

        With ``kind`` ("person", "place", "org") only that kind's forms are looked for: the
        place inside an organisation's name ("Nanking Government") is found that way.
        """
        return self._resolve(text, kind)

    def find_at(self, text: str, start: int, kind: str | None = None) -> tuple[tuple[int, int, Entity, str], ...]:
        """The name form that begins the text at start, as find(text[start:], kind)[:1] finds it
        when it begins there: ((0, end, entity, form type),) or ().  (One match tried, not a
        scan of the rest: a body's name is read for another from each of its words on.)"""
        pattern = self._base._kind_pattern(kind) if kind else self._base._pattern
        match = pattern.match(fold_letters(text[start:]))
        if match is None:  # (a match further on, or none: find's first would not begin there)
            return ()
        key = normalize(match.group(0))
        entity = self._entity(key, kind) if key in self.by_form else None
        return ((0, match.end(), entity, self.form_type.get(key, "variant")),) if entity is not None else ()

    def _resolve(self, text: str, kind: str | None = None) -> tuple[tuple[int, int, Entity, str], ...]:
        found = []
        for start, end, key, form_type in self._base._forms(text, kind):  # (the file's scan, shared by its views)
            entity = self._entity(key, kind)
            if entity is not None:
                found.append((start, end, entity, form_type))
        return tuple(found)

    def _forms(self, text: str, kind: str | None = None) -> tuple[tuple[int, int, str, str], ...]:
        """(start, end, normalized form, form type) of every name form of the file in the text."""
        # (a short text, a name or a line, recurs from source to source, "Stalin", "Moscow": kept
        # while the process lives, as the file does not change; a longer one while its source is read)
        return self._short_forms(text, kind) if len(text) <= 64 else self._long_forms(text, kind)

    def _scan(self, text: str, kind: str | None = None) -> tuple[tuple[int, int, str, str], ...]:
        pattern = self._kind_pattern(kind) if kind else self._pattern
        found = []
        for match in pattern.finditer(fold_letters(text)):
            key = normalize(match.group(0))
            if key in self.by_form:
                found.append((match.start(), match.end(), key, self.form_type.get(key, "variant")))
        return tuple(found)

    _short_forms = lru_cache(maxsize=1 << 16)(_scan)
    _long_forms = per_source.remember(_scan)

    def keep_scans_of_runs(self, runs: list[str]) -> None:
        """The scan of each long run of the text this view reads (self._text: the runs are its
        text from self._body_at on, in order, one after another or line breaks apart) taken from the
        scan of the whole, where the run's own finds the same: no name the whole's scan finds
        runs over the run's ends (a form's spaces take in a line break), and the whole's
        characters around the run are where no name goes on (as at the run's own ends), or no
        name can begin or end at that end of the run (a space there: a form begins with no
        space, and ends with one only after its full stop or hyphen, "Gen. ").  The names pass
        scans every run of a text whose whole is scanned: a second scan of each character."""
        text, base = self._text, self._base
        if len(text) <= 64:
            return
        found = base._forms(text)
        starts = [s for s, _, _, _ in found]  # (in order, apart: found by one scan)
        ends_spaced = base._ends_with_a_space
        position = self._body_at
        for run in runs:
            while not text.startswith(run, position) and text.startswith("\n", position):
                position += 1  # (the line breaks of a run the whole had, empty now)
            if not text.startswith(run, position):
                return  # (not the text the whole was made of)
            start, end = position, position + len(run)
            position = end
            if len(run) <= 64:
                continue
            if start and _NAME_GOES_ON.match(fold_letters(text[start - 1])) and not run[0].isspace():
                continue
            if end < len(text) and _NAME_GOES_ON.match(fold_letters(text[end])) \
                    and not (run[-1].isspace() and run.rstrip()[-1:] not in ".-‐" and not ends_spaced):
                continue
            first, last = bisect_left(starts, start), bisect_left(starts, end)
            if first and found[first - 1][1] > start or last and found[last - 1][1] > end:
                continue  # (a name the whole's scan finds over the run's start or end)
            per_source.keep(Authority._long_forms, (base, run, None),
                            tuple((s - start, e - start, key, type_) for s, e, key, type_ in found[first:last]))

    @cached_property
    def _ends_with_a_space(self) -> bool:
        """Whether a form's pattern may end with spaces after a letter: a form that ends with a
        hyphen (its pattern's last piece takes spaces and hyphens; none of the edition's does)."""
        return any(text_of(form).endswith(("-", "‐", " ")) for entity in self.entities.values() if entity.element is not None
                   for form in entity.element.iterchildren(T + entity.name_tag))

    def _kind_pattern(self, kind: str) -> re.Pattern:
        pattern = self._by_kind.get(kind)
        if pattern is None:
            pattern = self._by_kind[kind] = self._compile([e for e in self.entities.values() if e.kind == kind])
        return pattern

    def lookup(self, name: str) -> Entity | None:
        """The entry a whole name refers to, e.g. a correspondent named in a title."""
        name = _TITLE_BEFORE.sub("", name.strip())
        return self._entity(normalize(name)) or self.solid(name)

    def lookup_as_written(self, name: str) -> Entity | None:
        """The entry a whole name refers to with its form of address (not dropped as lookup drops
        it): "Madame Sun Yat-sen" is Song Qingling, "Mrs. Roosevelt" none."""
        return self._entity(normalize(name.strip()))

    @cached_property
    def solid_forms(self) -> dict[str, Entity]:
        """A person's name of several words written as one, as a cable typed in capitals counts a
        name as one word ("HOCHIMINH" for Ho Chi Minh), folded -> that person: forms without
        initials, of eight letters or more so written; a key two persons share, or that is itself a
        form of the file's, is none."""
        solid: dict[str, Entity | None] = {}
        for entity in self.entities.values():
            if entity.kind != "person" or entity.office:
                continue
            for form in entity.forms:
                if "." in form or len(form.split()) < 2 and "-" not in form:
                    continue
                key = re.sub(r"[^\w]|_", "", form)
                if len(key) >= 8 and key not in self.by_form:
                    solid[key] = entity if solid.get(key, entity) is entity else None
        return {k: e for k, e in solid.items() if e is not None}

    @cached_property
    def _persons_by_initial(self) -> dict[str, tuple[tuple[str, Entity], ...]]:
        """The persons' name forms without initials, of six letters or more, by first letter (the
        candidates of near_person, made once per file)."""
        found: dict[str, dict[tuple[str, str], Entity]] = {}
        for entity in self.entities.values():
            if entity.kind != "person" or entity.office:
                continue
            for form in entity.forms:
                if "." not in form and len(form.replace(" ", "")) >= NEAR_MIN_LETTERS:
                    found.setdefault(form[0], {})[form, entity.id] = entity
        return {first: tuple((form, e) for (form, _), e in sorted(forms.items())) for first, forms in found.items()}

    def near_person(self, name: str) -> tuple[Entity, str] | None:
        """The known person a name the file lacks is most likely a misspelling of ("Mikoian",
        "Zhou Enali"), with his form it is near: same first letter, one letter apart (two in names of
        twelve letters or more; a letter inserted, left out, replaced or two swapped); never for
        names under seven letters, nor where two persons are as near.  A hint, never a link."""
        key = normalize(name)
        letters = len(key.replace(" ", ""))
        if letters < NEAR_MIN_LETTERS or "." in key:
            return None
        most = 1 if letters < 12 else 2
        best, nearest = most + 1, {}
        for form, entity in self._base._persons_by_initial.get(key[0], ()):
            if abs(len(form) - len(key)) > most:
                continue
            distance = _edit_distance(key, form, most + 1)
            if distance < best:
                best, nearest = distance, {entity.id: (entity, form)}
            elif distance == best and distance <= most:
                nearest.setdefault(entity.id, (entity, form))
        return next(iter(nearest.values())) if len(nearest) == 1 and best > 0 else None

    def solid(self, word: str) -> Entity | None:
        """The person a name written as one word stands for ("HOCHIMINH"), or None."""
        return self.solid_forms.get(normalize(word)) if " " not in word.strip() else None

    @cached_property
    def of_prefixes(self) -> frozenset[str]:
        """What bodies' names begin with before " of " ("politburo" of "politburo of the cc
        ccp"): a short name that may stand for one of them."""
        return frozenset(f.split(" of ")[0] for e in self.entities.values() if e.kind == "org" for f in e.forms
                         if " of " in f)

    def form(self, name: str) -> Entity | None:
        """The entry that has exactly this form of a name (no title taken off first)."""
        return self._entity(normalize(name))

    def mentions(self, text: str) -> list[Entity]:
        return [e for _, _, e, _ in self.find(text)]

    def entry(self, entity_id: str) -> etree._Element | None:
        entity = self.entities.get(entity_id)
        return copy.deepcopy(entity.element) if entity is not None else None


NEAR_MIN_LETTERS = 7  # (shorter names are too alike to say one is another's misspelling: "Petrov", "Petkov")


def _edit_distance(a: str, b: str, limit: int) -> int:
    """Letters inserted, left out, replaced or two beside each other swapped between a and b
    (optimal string alignment); any number from limit up is returned as limit."""
    previous2, previous = None, list(range(len(b) + 1))
    for i, x in enumerate(a, 1):
        row = [i] + [0] * len(b)
        for j, y in enumerate(b, 1):
            row[j] = min(previous[j] + 1, row[j - 1] + 1, previous[j - 1] + (x != y))
            if previous2 is not None and j > 1 and x == b[j - 2] and a[i - 2] == y:
                row[j] = min(row[j], previous2[j - 2] + 1)
        if min(row) >= limit:
            return limit
        previous2, previous = previous, row
    return min(previous[-1], limit)


@lru_cache(maxsize=8)
def _load(path: str) -> Authority:
    try:
        tree = etree.parse(path, etree.XMLParser(resolve_entities=False, no_network=True))
    except OSError:
        raise SourceError(path, "the authority file cannot be read: check the --authority path",
                          code="authority") from None
    except etree.XMLSyntaxError as exc:
        raise SourceError(path, f"the authority file is not well-formed XML: {exc.msg}", exc.lineno or 0,
                          code="authority") from None
    entities = []
    for kind, name_tag in KINDS.items():
        for el in tree.iter(T + kind):
            entity_id = el.get(f"{{{XML_NS}}}id")
            if not entity_id:
                raise SourceError(path, f"a <{kind}> entry has no xml:id: give every entry an id", el.sourceline,
                                  code="authority")
            forms = {}
            main = short = ""
            for form_el in el.iterchildren(T + name_tag):
                form = text_of(form_el)
                kind_of_form = form_el.get("type", "variant")
                if kind_of_form == "main" and not main:
                    main = form
                if kind_of_form == "short" and not short:
                    short = form
                forms[normalize(form)] = kind_of_form
                if re.search(r"[^\W\d_][-‐][^\W\d_]", form):  # "Chou En-lai" is also found as "Chou Enlai"
                    forms.setdefault(normalize(re.sub(r"(?<=[^\W\d_])[-‐](?=[^\W\d_])", "", form)), kind_of_form)
                if any(a in form for a in APOSTROPHES):  # "P'eng Te-huai" as "Peng Te-huai"
                    forms.setdefault(normalize(re.sub(f"[{APOSTROPHES}]", "", form)), kind_of_form)
            if not forms:
                raise SourceError(path, f"entry {entity_id} has no <{name_tag}>: give it at least its main name",
                                  el.sourceline, code="authority")
            main = main or next(iter(el.iterchildren(T + name_tag))).text or entity_id
            wikidata = el.findtext(f"{T}idno[@type='wikidata']") or ""
            note = el.find(f"{T}note[@type='identification']")
            ident = text_of(note)
            # a person's floruit; a body's, the dates of its main name (TEI has no floruit for an
            # org: its orgName is datable), "Presidium of the CC CPSU" from 1952-10-16 to 1966-04-08
            active = el.find(f"{T}floruit") if kind == "person" else next(
                (f for f in el.iterchildren(T + name_tag) if f.get("type") == "main" and (f.get("from") or f.get("to"))), None)
            floruit = (active.get("from", ""), active.get("to", "")) if active is not None else None
            entities.append(Entity(entity_id, kind, main, short or main, forms, wikidata.strip(), ident, el,
                                   floruit=floruit))
    return Authority(entities, Path(path))
