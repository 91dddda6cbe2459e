"""Persons, places and organisations in the text, linked to the authority file.

Two passes, as Sphinx resolves references: first find what the text uses as a name (the
authority file's forms, and the patterns that show a person even when the file lacks them:
"Comrade X", "Cde. X", "X and his friends", an all-capital surname in a cable, a romanized
Chinese or Korean name, "Pak Hon-yong"), then
resolve each against the file.  Names the file lacks are tagged, linked to a provisional
entry marked unresolved, and reported with file and line so an editor can add them.

The pass is here (NameTagger); what it uses is in the modules beside it: patterns.py, what shows
a person the file lacks by the shape of the name; places.py, places and bodies the file lacks;
provisional.py, the provisional entries; bodies.py, whose body "the Politburo" is; initials.py, a
known person's other forms (initials, a family name alone, a name explained in brackets).
"""

from __future__ import annotations

import re
from functools import cache

from lxml import etree

from ...regexes import led
from ...authority import KINDS, Entity, any_apostrophe, normalize
from .. import E, T, Document, Transform
from ..inline import markup, markup_text
from ...sources.base import ENGLISH
from ...xmltext import text_of
from .bodies import BODY_OF_BODY, BODY_OF_BODY_CUE, GENERIC_BODY, _body_of_body, body_of, _of_another_party, _parties_of_text, address_bodies, \
    another_partys_committee
from .initials import (BODY_WORDS, CODE_NAME_WORDS, CODE_NAMED, EXPLAINED, GLOSS_TITLE, INITIALED, OTHER_NAME, SPELLED_AGAIN, TITLE_WORDS,
                       _family_name_of, _in_full_form, _initialed_form, _other_initials, _surface_forms,
                       _with_initials, _with_initials_after)
from .patterns import (CAPS_SURNAME, COPY_HOLDER, ENTITY_TAGS, FRIENDS, GIVEN_NAME_NOT, LETTER_SPACED, LISTED, MADAME, NAMED_AFTER,
                       LETTER_SPACED_CUE, NOT_NAMES, OFFICE_WORDS, ONE_NAME, SKIP, TITLED, UP, WIFE_TITLE, _clerk, korean_names,
                       not_his_given_name, own_name_glossed, person_cue_words, person_cued, pinyin_names, romanized_names,
                       russian_korean_names)
from .family import (ALONE as FAMILY_NAME_ALONE, NAME_AND_PATRONYMIC, family_names_alone, names_and_patronymics,
                     party_spelt_otherwise)
from .offices import link_offices_alone
from .places import PLACE_WORDS, _report_unknown_places, _unknown_places_and_bodies, place_cue_words, place_cued, unknown_places_needed
from .provisional import FORM_OF_ADDRESS, _provisional_id, add_variant, alias_of, line_of, provisional_person
from ...vocab import OFFICE, RANK, RANK_AND_OFFICE_WORDS, WOMENS_GIVEN_NAMES



# a word in capitals long enough to be a name of several words written as one ("HOCHIMINH")
WORD_AFTER_SPACE = re.compile(r"(?<=\s)\S")
SOLID_NAME = led(re.compile(r"(?<![\w.\-])[A-Z]{8,}(?![\w\-])"))
SOLID_NAME_CUE = re.compile("[A-Z]" * 8)  # (what any match holds; written out, the engine scans it quicker)

# the ordinary words that may start a sentence before a name, as they are written there ("To", "Our")
_SENTENCE_FIRST_WORDS = "|".join(sorted(w.capitalize() for w in ENGLISH))


# an office's words up to the name after them: "The Soviet Commissar for Foreign " before "Affairs (Chicherin)"
OFFICE_ENDS = re.compile(rf"\b(?:{OFFICE}|{RANK})(?:\s+(?:of|for|in|at|to|on|the|[A-Z][\w'’\-]*))*\s+$")


def _after_office(text: str, at: int) -> bool:
    """Whether an office's words end just before `at` (within 80 characters: "The Soviet Ambassador (Gromyko)")."""
    return OFFICE_ENDS.search(text, max(0, at - 80), at) is not None


# a place's context before a name: a preposition or verb of where ("in", "near", "entered"; not "to" or
# "from", as a letter goes to or from a person), "the city of"; after it, a place's kind ("... area")
PLACE_BEFORE = re.compile(rf"(?<![\w\-’'])(?:{PLACE_WORDS}|into"
                          r"|(?:city|town|port|village|province) of)\s+$")
PLACE_KIND_AFTER = re.compile(r"\s+(?:city|town|port|area|region|province|county|district|airfield|station)\b")


def _person_or_place(doc: Document, text: str, start: int, end: int, entity: Entity) -> Entity:
    """A name a person and a place of the authority file share ("Chang Chun": Zhang Qun and Changchun)
    is the person's where his title or rank stands before it, a possessive after it or no place's context
    is near, the place's where one is ("entered Chang Chun", "near Chang Chun", "the Chang Chun area")."""
    among = doc.authority.homonyms.get(normalize(text[start:end]))
    if not among or not {"person", "place"} <= {e.kind for e in among}:
        return entity
    title = re.search(r"([\w.]+)\s+$", text[max(0, start - 30):start])
    titled = title is not None and title.group(1).lower().rstrip(".") in RANK_AND_OFFICE_WORDS
    # (a possessive after it is a person's, "at Chang Chun's residence", "in Chang Chun's opinion")
    placed = (PLACE_BEFORE.search(text, 0, start) or PLACE_KIND_AFTER.match(text, end)) and not re.match(r"['’]s\b", text[end:])
    kind = "place" if placed and not titled else "person"
    return entity if entity.kind == kind else next(e for e in among if e.kind == kind)


def _completes_name_before(element, text: str) -> bool:
    """"An [Ho]": the editor's bracket, one word right after a capitalised one, completes that word's
    name (its given name, "Ho" no family name there): what the text calls a person in its own words
    ("Ho" for Ho Lung named in full, doc.aliases) is not looked for in it."""
    if element.tag != T + "supplied" or element.text != text or len(text.split()) != 1:
        return False
    previous = element.getprevious()
    before = (previous.tail if previous is not None else element.getparent().text) or ""
    return bool(CAPITALISED_WORD_BEFORE.search(before))


# a capitalised word right before (one space): "An [Ho]", "Then An [Ho]"
CAPITALISED_WORD_BEFORE = re.compile(r"(?:^|\s)[A-Z][\w'’\-]* $")


class NameTagger(Transform):
    def apply(self, doc: Document) -> None:
        runs = list(doc.div.itertext())
        whole = "\n".join(runs)  # (runs apart: "28.3.1948" + "A. I. MIKOYAN")
        # (the runs' names from the scan of the text the correspondence pass read, title and heading first)
        doc.authority.keep_scans_of_runs(runs)
        # a body named by its kind alone is the one of the party the text is about (Authority._body)
        if about := _parties_of_text(doc, whole):
            doc.authority = doc.authority.about_parties(about)
        c = doc.corresp  # (a form two bodies of the text's date share: the correspondents', Authority._choose)
        doc.authority = doc.authority.of_correspondents([c.sender, c.recipient, *c.also_from, *c.also_to])
        # "V. V. Kuznetsov" is not F. F. Kuznetsov (initials the person's given names do not
        # begin with), nor then is "Kuznetsov" alone in the same text: the names after initials
        other = {ent.id for m in INITIALED.finditer(whole) for s, e, ent, _ in doc.authority.find(m.group("name"))
                 if s == 0 and ent.kind == "person" and _other_initials(m.group(0), ent)
                 and not _in_full_form(doc, whole, m.start(), m.end(), ent)}
        everything = cache(lambda: list(doc.authority.find(whole)))  # every name of the text, when asked for
        named = cache(lambda: {ent.id: ent for _, _, ent, _ in everything() if ent.kind == "person" and ent.id not in other})
        self._titled_pseudonyms(doc)
        self._explained_pseudonyms(doc, whole)
        self._correspondent_bodies(doc)
        address_bodies(doc)
        # the generic bodies' names ("Politburo") the text uses for another party's body (read
        # when a name so generic is found: the scan of the whole text is not cheap)
        foreign = cache(lambda: {normalize(whole[s:e]) for s, e, body, _ in everything()
                                 if body.kind == "org" and _of_another_party(doc.authority, whole, s, e, body)}
                        | {normalize(m.group(0)) for m in GENERIC_BODY.finditer(whole) if m.group(0) in doc.aliases
                           and not any(s <= m.start() < e for s, e, _, _ in everything())
                           and _of_another_party(doc.authority, whole, m.start(), m.end(), doc.aliases[m.group(0)][0])})
        self._women_by_their_title(doc)
        if NAME_AND_PATRONYMIC.search(whole):
            names_and_patronymics(doc, whole)
        if FAMILY_NAME_ALONE.search(whole):
            c = doc.corresp
            family_names_alone(doc, whole, [*named().values(), *(e for e in (c.sender, c.recipient, *c.also_from, *c.also_to)
                                                                 if e is not None and e.kind == "person" and not e.office)])
        self._find_unknown_persons(doc, named, other)
        self._renamed_provisional(doc, whole)
        self._correspondents_surnames(doc)
        _report_unknown_places(doc)
        extra = self._provisional_pattern(doc)
        # (every run markup reads is a part of one of runs: the passes above only split runs, so a
        # pattern none of whose matches' characters whole holds is not tried run by run)
        spaced, solid, bodies_of_bodies = (bool(cue.search(whole)) for cue in (LETTER_SPACED_CUE, SOLID_NAME_CUE, BODY_OF_BODY_CUE))

        def theirs(text, s, e, body):
            """Whether a body's name found at text[s:e] is the file's body: "the Politburo of
            the PZPR" is not the Soviet Politburo (nor, then, "the Politburo" alone)."""
            return not (_of_another_party(doc.authority, text, s, e, body)
                        or GENERIC_BODY.fullmatch(text[s:e]) and normalize(text[s:e]) in foreign()
                        and text[s:e] not in doc.aliases)

        def kept(text, s, e, entity, element):
            """Whether a name found at text[s:e] is tagged: not the cipher clerk's, and a body's
            only if it is the file's (theirs)."""
            return not _clerk(text, s, entity, element) and (entity.kind != "org" or theirs(text, s, e, entity))

        def find(text, element):
            # (one pass over the file's names, each tested in the order the tests were written:
            # most runs hold few names or none)
            spans = []
            for s, e, entity, kind in doc.authority.find(text):
                entity = _person_or_place(doc, text, s, e, entity)
                if entity.kind == "person":
                    s, e = _with_initials(text, s, entity, e), _with_initials_after(text, e)
                    if entity.id in other and (_other_initials(text[s:e], entity) or len(text[s:e].split()) == 1) \
                            or _after_wife_title(doc, text, s, e):
                        continue
                # (a name this text gives another, "Kuznetsov" Stalin's cover name under "Stalin [Kuznetsov]": the alias's)
                if doc.aliases.get(text[s:e], (entity,))[0].id == entity.id and kept(text, s, e, entity, element):
                    spans.append((s, e, (entity, kind)))
            more = []
            if extra is not None:
                given_name = _completes_name_before(element, text)
                for m in extra.finditer(text):
                    entity, kind = alias_of(doc, m.group(0)) or (doc.provisional.get(_provisional_id(doc, m.group(0))), "main")
                    if entity is not None and not (given_name and m.group(0) in doc.aliases):
                        # (a person's initials before it his: "M. SUSLOV"; not another's, "K.")
                        start = _with_initials(text, m.start(), entity, m.end()) if entity.kind == "person" else m.start()
                        start = m.start() if _other_initials(text[start:m.end()], entity) else start
                        more.append((start, m.end(), (entity, kind)))
            # a name set letter-spaced, as a signature may be: "S H T Y K O V"
            for m in LETTER_SPACED.finditer(text) if spaced else ():
                entity = doc.authority.lookup(m.group(0).replace(" ", ""))
                if entity is not None and entity.kind == "person":
                    more.append((m.start(), m.end(), (entity, "variant")))
            # a name written as one word, as a cable typed in capitals counts it: "HOCHIMINH"
            for m in SOLID_NAME.finditer(text) if solid else ():
                entity = doc.authority.solid(m.group(0))
                if entity is not None:
                    more.append((m.start(), m.end(), (entity, "variant")))
            spans += [(s, e, p) for s, e, p in more if kept(text, s, e, p[0], element)]
            # (first: where whose the body is is known, it outweighs the file's body of the date)
            bodies = [(m.start(), m.end(), (body, "variant")) for m in (BODY_OF_BODY.finditer(text) if bodies_of_bodies else ())
                      if (body := _body_of_body(doc, m.group("kind"), m.group("of"))) is not None]
            if bodies:
                spans = [span for span in bodies if theirs(text, *span[:2], span[2][0])] + spans
            return _non_overlapping(spans) if len(spans) > 1 else spans

        def make(payload, matched, element):
            entity, kind = payload
            el = E(entity.name_tag, matched, ref="#" + entity.id,
                   type="pseudonym" if kind == "pseudonym" else None)
            return el

        markup(doc.div, find, make, skip=lambda el: el.tag in SKIP)
        # A name inside a longer one: the place in "Nanking Government", the party in "Central
        # Committee of the Workers' Party of Korea" (by its own name, not a kind of body's,
        # "Central Committee"), and the place in that party's name in turn.
        # (a name recurs in a text, "Stalin", "the CC VKP(b)": what is inside it is read once)
        inner_names: dict[tuple[str, str, str | None], list] = {}

        def find_inner(text, outer):
            key = (text, outer.tag, outer.get("ref"))
            if key not in inner_names:
                kinds = ("org", "place", "person") if outer.tag == T + "orgName" else ("place",)
                spans = [(s, e, ent, k, kind) for kind in kinds if kind != "org" for s, e, ent, k in doc.authority.find(text, kind)]
                if "org" in kinds:  # (the body's own name covers the party's: looked for from each word on)
                    spans += [(i, i + e, ent, k, "org") for i in (m.start() for m in WORD_AFTER_SPACE.finditer(text))
                              for _, e, ent, k in doc.authority.find_at(text, i, "org")
                              if not GENERIC_BODY.fullmatch(text[i:i + e])]
                inner_names[key] = [(s, e, (ent, k)) for s, e, ent, k, kind in spans
                                    if "#" + ent.id != key[2] and (e - s) < len(text)
                                    and not (kind == "person" and NAMED_AFTER.match(text, e))]
            return inner_names[key]
        # (a place's name: nothing is looked for in it)
        outers = [el for el in doc.div.iter(T + "persName", T + "orgName") if not len(el)]
        for outer in outers:  # (and the bodies found inside, in turn: appended as they are made, childless)
            markup_text(outer, find_inner, make)
            outers.extend(c for c in outer if c.tag == T + "orgName")
        self._link_glossed_names(doc)
        self._glossed_partys_bodies(doc)
        link_offices_alone(doc, whole)  # (the markup and glosses above only split runs)
        self._undecided_namesakes(doc)
        doc.names_tagged = sum(1 for _ in doc.div.iter(*ENTITY_TAGS))

    @staticmethod
    def _undecided_namesakes(doc: Document) -> None:
        """A name two entries share ("Kuznetsov": F. F. and V. V.) that neither the text nor the
        telegram's date decides is linked to the first entry: said once per name, where the
        text (or else the title) first uses it, with the entries and what would decide."""
        kinds = {tag: kind for kind, tag in KINDS.items()}
        # (only a name some entries share can be undecided: the others are not looked at further)
        spots = [(name, line_of(el), kinds[etree.QName(el).localname], el.get("ref"))
                 for el in doc.div.iter(*ENTITY_TAGS)
                 if normalize(name := text_of(el)) in doc.authority.homonyms]
        for title in {doc.raw.title, doc.raw.heading} - {""}:
            spots += [(title[s:e], doc.raw.title_line, None, "#" + entity.id) for s, e, entity, _ in doc.authority.find(title)]
        said = set()
        for name, line, kind, ref in spots:
            among = doc.authority.namesakes(name, kind) if normalize(name) not in said else []
            if len(among) < 2 or ref != "#" + among[0].id:
                continue
            said.add(normalize(name))
            entries = " or ".join(f"'{e.id}' ({e.main}{_active(e)})" for e in among)
            doc.warn(line, f"'{name}' may be any of the authority file's entries {entries}: neither the text nor the "
                     f"telegram's date ({doc.authority.when or 'none'}) tells which, so it is linked to the first; name "
                     "the person in full in the source (or with his initials), or give the entries the years they "
                     "were active (floruit) in the authority file", "ambiguous-name")

    @staticmethod
    def _correspondent_bodies(doc: Document) -> None:
        """"Chairman Mao and the Central Committee:" where the header names the CCP Central
        Committee as a correspondent: the text's "Central Committee" (or "Politburo") is that
        body (the short name alone could be any party's)."""
        c = doc.corresp
        correspondents = [e for e in [c.sender, c.recipient, *c.also_from, *c.also_to] if e is not None]
        for body in (e for e in correspondents if e.kind == "org"):
            for short in ("Central Committee", "Politburo", "Political Bureau", "Presidium"):
                key = normalize(short)
                if any(f == key or f.endswith(" " + key) or f.startswith(key + " of ") for f in body.forms) \
                        and doc.authority.lookup(short) is None and short not in doc.aliases:
                    doc.aliases[short] = (body, "main")
        # no body a correspondent: the one Central Committee of the parties the correspondents belong
        # to ("Chairman of the CCP Central Committee" Mao to Liu Shaoqi: the CCP's); two (Stalin to
        # Mao), or none, leave it unlinked (as offices.link_offices_alone leaves an office)
        short = "Central Committee"
        if short in doc.aliases or doc.authority.lookup(short) is not None:
            return
        authority, key = doc.authority, normalize(short)
        persons = [e for e in correspondents if e.kind == "person" and not e.office and not e.provisional]
        if any(authority.owners(e) == {e.id} for e in persons):
            return  # (one whose party the file does not know: Ho Chi Minh's "our Central Committee" to Stalin)
        theirs = frozenset().union(*(authority.owners(e) - {e.id} for e in persons))
        # (the committee itself, not a body of it: "Politburo of the CCP Central Committee")
        bodies = {e.id: e for e in authority.bodies_themselves(key)
                  if e.active(authority.when) and authority.owners(e) & theirs}
        if len(bodies) == 1 and not another_partys_committee(doc, "".join(doc.div.itertext()), body := next(iter(bodies.values()))):
            doc.aliases[short] = (body, "main")

    @staticmethod
    def _titled_pseudonyms(doc: Document) -> None:
        """"Cable, Andreev [Mikoyan] to Filippov [Stalin]": a name the authority file lacks that
        the record's title identifies is that person's, wherever the text uses it ("ANDREEV"
        signing), as the name he went by."""
        for title in {doc.raw.title, doc.raw.heading} - {""}:
            for m in re.finditer(rf"(?P<name>[{UP}][\w'’\-]+)\s*[\[(](?P<who>[^\])]{{2,40}})[\])]", title):
                name, who = m.group("name"), doc.authority.lookup(m.group("who"))
                named = doc.authority.lookup(name)
                if own_name_glossed(named, who, name):
                    # "Stalin [Kuznetsov]": the other's name in the brackets is the one he signed with here
                    # (as the correspondence's parties read it), a cover name of his in this text
                    said = m.group("who").strip()
                    for form in {said, said.upper()}:
                        doc.aliases[form] = (named, "pseudonym")
                    continue
                # (not an office's word before its holder: FRUS's "The Soviet Ambassador (Gromyko)"; nor the
                # last word of the office, "The Soviet Commissar for Foreign Affairs (Chicherin)")
                if who is None or who.kind != "person" or named is not None \
                        or name.lower() in NOT_NAMES | TITLE_WORDS or _after_office(title, m.start("name")):
                    continue
                for form in {name, name.upper(), name.capitalize()}:
                    doc.aliases[form] = (who, "pseudonym")

    @staticmethod
    def _explained_pseudonyms(doc: Document, whole: str) -> None:
        """"Comrade Andreev (Mikoyan)": a name the authority file lacks that the text itself
        explains in brackets by a known person's name is that person's, as the name he went
        by, wherever the text uses it (not "the Marshal (Stalin)", a title, nor "Liu (Liu
        Shaoqi)", a part of his name)."""
        # "“Mr. Brown” was the code name used for Molotov" (a note): Brown is Molotov, as the name
        # he went by (not "the code name of the operation")
        code_named = CODE_NAMED if CODE_NAME_WORDS.search(whole) else []
        for m in (m for pattern in code_named for m in pattern.finditer(whole)):
            name, who = m.group("name"), doc.authority.lookup(m.group("who"))
            if (who is None or who.kind != "person" or name.lower() in NOT_NAMES | TITLE_WORDS
                    or name in doc.aliases or doc.authority.lookup(name) is not None):
                continue
            for form in {name, name.upper()}:
                doc.aliases[form] = (who, "pseudonym")
        if "(" not in whole:
            return
        for m in EXPLAINED.finditer(whole):
            name, who = m.group("name"), doc.authority.lookup(m.group("who"))
            if (who is None or who.kind != "person" or name.lower() in NOT_NAMES | TITLE_WORDS
                    or _after_office(whole, m.start("name"))
                    or name in doc.aliases or doc.authority.lookup(name) is not None
                    or any(normalize(name) in f.split() for f in who.forms)):
                continue
            for form in {name, name.upper(), name.capitalize()}:
                doc.aliases[form] = (who, "pseudonym")
        # "Comrade Ye Chi-chuang (Ye Jizhuang)": a name of two or three words the authority file
        # lacks, a known person's name in brackets after it (a book that gives both romanizations):
        # another spelling of his name, not a pseudonym nor a person of its own
        for m in SPELLED_AGAIN.finditer(whole):
            who = doc.authority.lookup(m.group("who"))
            words = m.group("name").split()
            while len(words) > 2 and words[0].lower() in NOT_NAMES | TITLE_WORDS:
                words = words[1:]
            name = " ".join(words)
            romanized = {n.group("name") for n in (*romanized_names(name), *pinyin_names(name), *korean_names(name))}
            if (who is None or who.kind != "person" or name in doc.aliases or doc.authority.find(name)
                    or name not in romanized  # (a personal name, not "Foreign Minister (Zhou Enlai)")
                    or any(w.lower() in NOT_NAMES | TITLE_WORDS | BODY_WORDS for w in words)):
                continue
            doc.aliases[name] = (who, "main")

    @staticmethod
    def _correspondents_surnames(doc: Document) -> None:
        """"Nikita Khrushchev's Message to John Kennedy", "Kennedy" in the text: a party the title
        names, whom the authority file lacks (a provisional person), is meant by his surname alone
        too, before any guess that the name is a place ("a message to Kennedy").  Not where the
        name is romanized Chinese or Korean, whose family name comes first."""
        c = doc.corresp
        for entity in (c.sender, c.recipient, *c.also_from, *c.also_to, *c.via):
            if entity is None or entity.kind != "person" or not entity.provisional:
                continue
            words = entity.main.split()
            surname = words[-1] if len(words) >= 2 else ""
            # (a personal name, given names or initials and the surname: not an office the title
            # names, "President of the Czechoslovak Republic", whose last word is no surname)
            if (not re.fullmatch(r"(?:[A-Z][\w'’\-]*\.?\s+){1,3}[A-Z][a-z][\w'’\-]*", entity.main)
                    or any(w.lower().rstrip(".") in OFFICE_WORDS | TITLE_WORDS | BODY_WORDS | NOT_NAMES for w in words)
                    or surname in doc.aliases
                    or doc.authority.find(surname) or surname.lower() in NOT_NAMES | TITLE_WORDS | OFFICE_WORDS
                    or any((*romanized_names(entity.main), *pinyin_names(entity.main), *korean_names(entity.main)))):
                continue
            doc.aliases[surname] = (entity, "main")

    @staticmethod
    def _renamed_provisional(doc: Document, whole: str) -> None:
        """"Comrade Ho Ka-i (A. I. Hegai)", "Ho Ka-i [A. I. Hegai]": a person the authority file
        lacks, his other name in brackets after his (a Soviet Korean's Russian name after his
        Korean one): the same provisional person, wherever the text uses it (his surname alone
        too), as "Andreev (Mikoyan)" is a known person's."""
        persons = [e for e in doc.provisional.values() if e.kind == "person" and not e.office]
        if not persons:
            return
        after = [(m.group("who"), e) for e in persons for form in _surface_forms(e)
                 for m in re.finditer(rf"(?<![\w\-]){any_apostrophe(form)}\s+\((?P<who>[^()\n]{{2,40}})\)", whole)]
        for gloss in doc.div.iter(T + "gloss"):  # (the editor's square brackets are a gloss by now)
            previous = gloss.getprevious()
            before = (previous.tail if previous is not None else gloss.getparent().text) or ""
            after += [(text_of(gloss), e) for e in persons
                      if any(re.search(rf"(?<![\w\-]){any_apostrophe(f)}\s*$", before) for f in _surface_forms(e))]
        for who, entity in after:
            words = re.findall(r"[\w'’\-]{2,}(?!\.)", who)  # (not its initials)
            if (not OTHER_NAME.fullmatch(who) or who in doc.aliases or doc.authority.find(who)
                    or any(w.lower() in NOT_NAMES | TITLE_WORDS | BODY_WORDS for w in words)
                    or any(normalize(w) in normalize(entity.main).split() for w in words)
                    or any(normalize(who) in p.forms or normalize(words[-1]) in p.forms for p in persons)):
                continue  # (not a title, a known person's name, nor a part of his own: "Kim (Kim Chaek)")
            for form in {who, words[-1], words[-1].upper()}:
                doc.aliases[form] = (entity, "main")
            entity.forms[normalize(who)] = "variant"
            entity.element.insert(1, E("persName", who, type="variant"))

    @staticmethod
    def _women_by_their_title(doc: Document) -> None:
        """"Mrs. Roosevelt ..." and later "Eleanor Roosevelt" in one text: one woman, whichever
        form comes first; her name in full made her entry before the text is scanned, so that
        "Mrs. Roosevelt" is hers (provisional._the_woman_addressed), not a second person (nor
        "Roosevelt" the known man of that name).  Where the header made "Mrs. Roosevelt" a party
        already, the name in full is a form of that entry."""
        whole = "\n".join(doc.div.itertext())
        if not _wife_titled(whole):
            return  # (each woman read below is one the text calls 'Mrs.' or 'Madame' too)
        for el in doc.div.iter(T + "p", T + "signed", T + "salute", T + "head", T + "item"):
            text = text_of(el)
            for m in WOMAN_IN_FULL.finditer(text):
                given, surname = m.group("given"), m.group("surname")
                if given not in WOMENS_GIVEN_NAMES or doc.authority.lookup(m.group(0)) is not None:
                    continue
                known = doc.authority.lookup(surname)
                if known is not None and (known.kind != "person" or not not_his_given_name(known, given)):
                    continue
                if not re.search(rf"(?<![\w.]){WIFE_TITLE}\s+{re.escape(surname)}(?![\w’'\-])", whole):
                    continue
                addressed = [e for e in doc.provisional.values() if e.kind == "person" and not e.office
                             and FORM_OF_ADDRESS.fullmatch(e.main) and normalize(e.main.split()[-1]) == normalize(surname)]
                if len(addressed) == 1:  # (a party of the header's: "Letter, Mrs. Roosevelt to ...")
                    add_variant(doc, addressed[0], m.group(0))
                else:
                    provisional_person(doc, m.group(0), line_of(el), f"a woman's given name before '{surname}', "
                                       f"the family name the text calls her by after 'Mrs.' or 'Madame'")

    def _find_unknown_persons(self, doc: Document, named=None, other: set[str] = frozenset()) -> None:
        """Names the authority file lacks, each a provisional person; or, a family name alone,
        the person of that name the text names in full (named: the persons the text names;
        other: persons the text's initials show it does not mean, whose names count as unknown)."""
        whole = cache(lambda: "\n".join(doc.div.itertext()))
        # (the runs read before any is scanned: right only while _scan changes no tree, writing
        # into the standoff entries, the aliases and the messages alone)
        runs = [(el, text, following) for el in doc.div.iter() if isinstance(el.tag, str) and el.tag not in SKIP
                for text, following in [(el.text, el[0] if len(el) else None), *((c.tail, c.getnext()) for c in el)] if text]
        # (the cues' words the runs hold, looked for in each run: most texts hold few of them)
        held = "\n".join(text for _, text, _ in runs)
        person_words, place_words, unknown_places = person_cue_words(held), place_cue_words(held), unknown_places_needed(held)
        for el, text, following in runs:
            self._scan(doc, el, text, following, named, other, whole, person_words, place_words, unknown_places)

    def _scan(self, doc: Document, el, text: str, following, named, other: set[str], whole,
              person_words: tuple[str, ...], place_words: tuple[str, ...], unknown_places: list[tuple]) -> None:
        """One run's unknown persons, places and bodies (person_words, place_words: the cue words
        the whole text holds, person_cue_words and place_cue_words; unknown_places: the patterns
        of UNKNOWN_PLACES it may need, unknown_places_needed)."""
        copies = el.tag == T + "seg" and el.get("type") == "distribution"  # ("Copy Nº 14 to Lavrent’yev": a person)
        places = _unknown_places_and_bodies(doc, el, text, unknown_places) if place_cued(text, place_words) and not copies else []
        if not person_cued(text, person_words) and not copies:
            return  # none of the patterns can match: no title, no "and his", no capitals run
        line = line_of(el)
        # Whatever the authority file names is not unknown, even in part ("Comrade Joseph
        # Vissarionovich Stalin", "ANASTAS IVANOVICH MIKOYAN"); nor is a place's or body's name
        # a person's ("the Hungarian Workers' Party").
        # (a man's name after "Madame" or "Mrs.", no form of the file's with it, is his wife's: "Madame Chiang Kai-shek")
        madame = list(MADAME.finditer(text)) if _wife_titled(text) else []
        wives = [(m.start("name"), m.end("name")) for m in madame if _wife_of_a_known_name(doc, m.group("name"))]
        # (nor is a known man's family name after a given name none of his begins as: "General Vasily Stalin")
        names = doc.authority.find(text)
        others = {(s, e): full for s, e, ent, _ in names if (full := _another_given_name_before(doc, text, s, e, ent)) is not None}
        known = [(s, e) for s, e, ent, _ in names
                 if ent.id not in other and not any(ws <= s and e <= we for ws, we in wives) and (s, e) not in others] + places
        found = [(m, "called 'Comrade' or given a title") for m in TITLED.finditer(text)]
        found += [(m, "'... and his friends'") for m in FRIENDS.finditer(text)]
        found += [(m, WIFE_TITLED) for m in madame]
        if copies:
            found += [(m, "named in the cable's list of copies") for m in COPY_HOLDER.finditer(text)]
        found += [(m, "named with others after 'Comrades' or 'leaders'") for listed in LISTED.finditer(text)
                  for m in ONE_NAME.finditer(text, listed.start("names"), listed.end("names"))]
        found += [(m, "a romanized Chinese or Korean personal name") for m in romanized_names(text)]
        found += [(m, "a Korean personal name") for m in [*korean_names(text), *russian_korean_names(text)]]
        # (not a name's first words before a page break: "Chiang Kai [c. 515] shek")
        broken = following is not None and following.tag == T + "pb"
        found += [(m, "a Chinese personal name in pinyin") for m in pinyin_names(text)
                  if not (broken and not text[m.end():].strip())]
        signed = el.tag == T + "signed" or el.tag == T + "hi" and el.getparent().tag == T + "signed"  # ("**KOVALEV**")
        if signed or not text.isupper():
            found += [(m, "an all-capital surname") for m in CAPS_SURNAME.finditer(text)]
        # "ANDREEV [Mikoyan]": the source's editor identifies the name; it takes that entry
        # (_link_glossed_names), it is not unknown
        identified = (following is not None and following.tag == T + "gloss"
                      and any(ent.kind == "person" for _, _, ent, _ in doc.authority.find("".join(following.itertext()))))
        candidates = []
        for match, why in found:
            start, end = match.span("name")
            # A known name that goes on after the candidate's words still covers it.
            if any(s < end and e > start for s, e in known) or _continues_known(doc, text, start, other):
                continue
            if identified and not text[end:].strip():
                continue
            candidates.append((match.group("name"), why))
        for full in others.values():
            provisional_person(doc, full, line, "a given name before a known person's family name that is not his")
        for name, why in candidates:
            if why == WIFE_TITLED and _wife_of_a_known_name(doc, name):
                provisional_person(doc, name, line, f"{why}, a woman named by her husband's name")
                continue
            if any(name in full or full in name for full in others.values()):
                continue  # ("General Vasily Stalin": the name read above)
            words = name.split()
            if words[0].lower() in NOT_NAMES or name.lower() in NOT_NAMES or all(w.lower() in OFFICE_WORDS for w in words) \
                    or words[-1].lower() in BODY_WORDS or words[0].lower() in BODY_WORDS:
                # ("the General Logistics Department", "General Secretariat": a body, "General" no rank)
                continue
            known_entry = doc.authority.lookup(name)
            if known_entry is not None and known_entry.id not in other or alias_of(doc, name) is not None \
                    or any(ent.id not in other for _, _, ent, _ in doc.authority.find(name)):
                continue
            spelt = party_spelt_otherwise(doc, name)
            if spelt is not None:  # "Comrade Phillipov," to Filippov [Stalin]: he, his name spelt otherwise
                party, kind, form = spelt
                doc.aliases[name] = (party, "pseudonym" if kind == "pseudonym" else "variant")
                shown = " ".join(w.capitalize() for w in form.split())
                doc.warn(line, f"'{name}' read as '{shown}', a name of {party.main} ('{party.id}'), a party of the "
                         f"telegram, spelt otherwise: linked to him; add '{name}' to {party.id}'s variants in the "
                         "authority file if it is he, or correct the source", "party-spelling")
                continue
            # (the persons the text names, and the header's correspondents: "Comrade Enlai:" to Zhou Enlai)
            c = doc.corresp
            parties = [e for e in (c.sender, c.recipient, *c.also_from, *c.also_to, *c.via)
                       if e is not None and e.kind == "person" and not e.office]
            provisional = [e for e in doc.provisional.values() if e.kind == "person" and not e.office]
            alias = _family_name_of(name, [*(named().values() if named else ()), *provisional, *parties]) \
                if len(name.split()) == 1 else None
            if alias is not None:  # "Comrade Liu" where "Liu Shaoqi" is named
                doc.aliases[name] = (alias, "main")
                continue
            # "Ambassador Standley" where a note names "William H. Standley": the person is the
            # name in full, his surname alone his too
            full = _named_in_full(doc, whole(), name) if len(name.split()) == 1 and name[1:].islower() else None
            if full is not None:
                entity = provisional_person(doc, full, line, f"{why}, '{name}', and named in full")
                if name not in doc.aliases:
                    doc.aliases[name] = (entity, "main")
                    entity.forms[normalize(name)] = "short"
                    entity.element.insert(1, E("persName", name, type="short"))
                continue
            provisional_person(doc, name, line, why)

    @staticmethod
    def _provisional_pattern(doc: Document):
        forms = sorted({f for e in doc.provisional.values() for f in _surface_forms(e)} | set(doc.aliases),
                       key=len, reverse=True)
        if not forms:
            return None
        initialed = [p for e in doc.provisional.values() if (p := _initialed_form(e))]
        return re.compile(r"(?<![\w\-])(?:%s)(?![\w])" % "|".join(initialed + [any_apostrophe(f) for f in forms]))

    @staticmethod
    def _link_glossed_names(doc: Document) -> None:
        """"Filippov [Stalin]": a name the file lacks takes the identification's entry, where the
        gloss renames it: the gloss is that name alone (not "Pak [Minister of the DPRK]"), and
        not a country, which tells where a place lies ("Sinuiju [Korea]")."""
        for gloss in doc.div.iter(T + "gloss"):
            inner = [c for c in gloss if c.tag in ENTITY_TAGS]
            if len(inner) != 1 or not GLOSS_TITLE.fullmatch((gloss.text or "") + (inner[0].tail or "")):
                continue
            ref, tag = inner[0].get("ref"), inner[0].tag
            entity = doc.authority.entities.get(ref[1:])
            if entity is not None and entity.kind == "place" and entity.element.get("type") == "country":
                continue  # (a region may rename: "the Northeast [Manchuria]")
            previous = gloss.getprevious()
            text = previous.tail if previous is not None else gloss.getparent().text
            if not text or (previous is not None and previous.tag in ENTITY_TAGS and not text.strip()):
                continue
            # (a title or a sentence's first word before the name stays outside it: "Comrade Pavlov
            # [Shtykov]", "The Xiangong [...]", "To Xiangong [...]")
            match = re.search(r"(?<![\w'’\-])(?:(?:Comrade|Marshal|General|Generalissimo|Ambassador|"
                              rf"{_SENTENCE_FIRST_WORDS})\s+)?((?:[{UP}][\w'’\-]+\s?){{1,3}})\s*$", text)
            if not match or match.group(1).strip().lower() in NOT_NAMES:
                continue
            name = match.group(1).rstrip()
            start = match.start(1)
            known = doc.authority.lookup(name)
            if known is not None and "#" + known.id != ref:  # a different entry's name: glossed, not renamed
                continue
            el = etree.Element(tag, ref=ref)
            el.text = name
            el.tail = text[start + len(name):]
            parent = gloss.getparent()
            if previous is not None:
                previous.tail = text[:start]
                parent.insert(parent.index(previous) + 1, el)
            else:
                parent.text = text[:start]
                parent.insert(0, el)

    @staticmethod
    def _glossed_partys_bodies(doc: Document) -> None:
        """"Xiangong [Korean Workers' Party] Central Committee": a party's name the editor
        identifies, then a kind of body the file knows of that party: one name of that body, the
        party's name and the gloss inside it (as "CC <orgName>CCP</orgName>" is)."""
        for gloss in list(doc.div.iter(T + "gloss")):
            inner, party = list(gloss), gloss.getprevious()
            if len(inner) != 1 or inner[0].tag != T + "orgName" or (gloss.text or "").strip() \
                    or (inner[0].tail or "").strip() or party is None or party.tag != T + "orgName" \
                    or party.get("ref") != inner[0].get("ref") or (party.tail or "").strip():
                continue
            kind = GENERIC_BODY.match(gloss.tail or "", 1) if (gloss.tail or "")[:1] == " " else None
            body = body_of(doc, kind.group(0), doc.authority.entities.get(party.get("ref")[1:])) if kind else None
            if body is None:
                continue
            name = E("orgName", ref="#" + body.id)
            name.tail = gloss.tail[kind.end():] or None
            gloss.tail = gloss.tail[:kind.end()]
            party.addprevious(name)
            name.extend([party, gloss])


WIFE_TITLED = "called 'Madame' or 'Mrs.'"


def _wife_titled(text: str) -> bool:
    """Whether the text holds a word of WIFE_TITLE (MADAME cannot match a text without one)."""
    return "Mrs" in text or "Mme" in text or "Madame" in text


# a given name and a family name: "Eleanor Roosevelt" (the given name a woman's: WOMENS_GIVEN_NAMES)
WOMAN_IN_FULL = led(re.compile(rf"(?<![\w.’'\-])(?P<given>[{UP}][a-z]{{2,}})\s+(?P<surname>[{UP}][\w’'\-]+)(?![\w’'\-])"))


def _another_given_name_before(doc: Document, text: str, start: int, end: int, entity: Entity) -> str | None:
    """"General Vasily Stalin", "... said that Eleanor Roosevelt ...": a known person's family name
    alone after a given name that none of his given names or initials begins with (Iosif, Joseph,
    J., I.: not "Vasily"): another person of that family, the whole name; after a title, rank or
    office or within a sentence only (a sentence's first word may be any: "Yesterday Stalin ...")."""
    if entity.kind != "person" or len(text[start:end].split()) != 1:
        return None
    m = re.search(r"(?<![\w.’'\-])(?P<given>[A-Z][a-z]{2,})\s+$", text[:start])
    if m is None:
        return None
    given = m.group("given")
    if GIVEN_NAME_NOT.match(given) or given.lower() in NOT_NAMES | TITLE_WORDS | OFFICE_WORDS \
            or NATIONALITY.fullmatch(given) or PATRONYMIC.search(given) or doc.authority.find(given):
        return None  # (a patronymic is of a name in full, "Georgy Maksimilianovich Malenkov": his)
    before = text[:m.start()].rstrip()
    titled = re.search(r"\b(?:General|Marshal|Colonel|Major|Admiral|Captain|Lieutenant|Comrade|Cde\.|Mr\.|Dr\.)$", before)
    if not (titled or re.search(r"(?:^|\s)[a-z][\w’'\-]*$|,$", before)):
        return None
    return f"{given} {text[start:end]}" if not_his_given_name(entity, given) else None


PATRONYMIC = re.compile(r"(?:ovich|evich|ich|ovna|evna|ichna|ogly|kyzy)$")


# words of a country or people before a name, no given names ("the Soviet Stalin Prize")
NATIONALITY = re.compile(r"Soviet|Chinese|Korean|Russian|American|British|English|French|German|Polish|Czech|Slovak"
                         r"|Mongolian|Vietnamese|Japanese|Georgian|Ukrainian|Bulgarian|R[ou]manian|Hungarian|Yugoslav"
                         r"|Albanian|Indian|Italian|Greek|Finnish|Turkish|Iranian|Burmese|Indonesian|Communist|Nationalist")


def _wife_of_a_known_name(doc: Document, name: str) -> bool:
    """"Madame Chiang Kai-shek", "Mrs. Roosevelt": a known person's name after the title of his wife,
    which the authority file has no form of with that title ("Madame Sun Yat-sen" it has)."""
    title = MADAME.match(name)
    rest = name[len(name.split()[0]):].strip()
    return title is not None and doc.authority.lookup_as_written(name) is None \
        and any(ent.kind == "person" for _, _, ent, _ in doc.authority.find(rest))


def _after_wife_title(doc: Document, text: str, start: int, end: int) -> bool:
    """Whether a person's name found at text[start:end] follows the title of his wife ("Madame
    Chiang Kai-shek"), the file having no form of it with that title."""
    # (the title's words looked for first: the pattern's "$" is tried at every position before the name)
    title = _WIFE_TITLE_BEFORE.search(text[:start]) if _wife_titled(text) else None
    return title is not None and doc.authority.lookup_as_written(text[title.start():end]) is None


_WIFE_TITLE_BEFORE = re.compile(rf"(?<![\w.]){WIFE_TITLE}\s+$")


def _active(entity: Entity) -> str:
    """", active 1943 to 1949", ", active from 1953-03": an entry's floruit as a message gives it."""
    if not entity.floruit or not any(entity.floruit):
        return ", no years active given"
    start, end = entity.floruit
    return f", active {start} to {end}" if start and end else f", active from {start}" if start else f", active until {end}"


def _continues_known(doc: Document, text: str, start: int, other: set[str] = frozenset()) -> bool:
    """True when a longer known name starts here: "Joseph Vissarionovich Stalin" (other:
    persons the text does not mean)."""
    words = re.match(r"(?:[\w.’'\-]+\s?){1,5}", text[start:])
    return bool(words and any(s == 0 and ent.id not in other for s, _, ent, _ in doc.authority.find(words.group(0))))


# A given name and a middle initial before a surname: "William H. Standley", "William Standley"
_GIVEN_NAMES = rf"(?<![\w.\-’'])(?P<given>[{UP}][a-z]{{2,}})\s(?:[{UP}]\.\s?)?"

_MONTHS_AND_DAYS = {"january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
                    "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


def _named_in_full(doc: Document, whole: str, surname: str) -> str | None:
    """The one full name, given name (and middle initial) and this surname, the text names the
    person by elsewhere (a note's "see William H. Standley"); None where it names none or several.
    The given name is no word the text uses in lower case too ("Yesterday Standley"), no title,
    office or month, nor a name the authority file knows ("Moscow")."""
    fulls = set()
    for m in re.finditer(_GIVEN_NAMES + re.escape(surname) + r"(?![\w\-’'])", whole):
        given = m.group("given")
        if (given.lower() in ENGLISH | NOT_NAMES | TITLE_WORDS | OFFICE_WORDS | BODY_WORDS | _MONTHS_AND_DAYS
                or re.search(rf"\b{given.lower()}\b", whole) or doc.authority.find(given)):
            continue
        fulls.add(re.sub(r"\s+", " ", m.group(0)))
    # (with and without his middle initial, one person: the fuller)
    return max(fulls, key=len) if len({f.split()[0] for f in fulls}) == 1 else None


def _non_overlapping(spans):
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    out, end = [], -1
    for span in spans:
        if span[0] >= end:
            out.append(span)
            end = span[1]
    return out
