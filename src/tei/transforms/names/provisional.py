"""Provisional entries: a person, place or body the authority file lacks, tagged and linked to an
entry marked unresolved, and reported once per document so that an editor can add it."""

from __future__ import annotations

import copy
import dataclasses
import re
import unicodedata

from ...authority import KINDS, ONE_APOSTROPHE, Entity, normalize
from .. import E, T, XML_ID, Document
from .initials import INITIAL, _initialed_form, _surface_forms
from .patterns import UP, WIFE_TITLE
from ...vocab import WOMENS_GIVEN_NAMES

# Letters NFKD does not take apart into a base letter and an accent ("Bolesław" would lose its ł)
UNDECOMPOSED = str.maketrans({"ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
                              "ß": "ss", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "þ": "th", "Þ": "Th",
                              "ı": "i", "ħ": "h", "Ħ": "H"})


def slug(text: str) -> str:
    # every apostrophe as the straight one ("-"): NFKD and ASCII would drop "’", and "People’s" and
    # "People's" be two ids
    text = text.translate(ONE_APOSTROPHE).translate(UNDECOMPOSED)
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "-", text.lower()).strip("-") or "x"


def line_of(el) -> int:
    while el is not None:
        if el.sourceline:
            return el.sourceline
        el = el.getparent()
    return 0


def provisional_person(doc: Document, name: str, line: int, why: str) -> Entity:
    """A person the authority file lacks: a provisional entry, reported once per document."""
    return provisional_entry(doc, "person", name, line, why)


KIND_WORDS = {"person": ("person", "them"), "place": ("place", "it"), "org": ("organisation", "it")}


def provisional_entry(doc: Document, kind: str, name: str, line: int, why: str, type_: str | None = None) -> Entity:
    """A person, place (type_: river, city, region) or organisation (type_: party, company) the
    authority file lacks: a provisional entry, reported once per document."""
    # a name printed in capitals ("ARKHIPOV") as a name is written; in a name written in mixed
    # case a word in capitals is an abbreviation ("USSR Foreign Ministry") and stays as it is
    display = " ".join(w.capitalize() if name.isupper() and len(w) > 2 else w for w in name.split())
    entity_id = "unresolved-" + slug(_identifying_name(doc, kind, display))
    if _other_initials_same_surname(doc.provisional.get(entity_id), display):  # ("A. Dobrynin", "B. Dobrynin")
        entity_id = "unresolved-" + slug(display)
    if entity_id in doc.provisional:
        return doc.provisional[entity_id]
    # (the same name with another apostrophe, "Savel’yev" after "Savel'yev": the entry made first)
    same = next((e for e in doc.provisional.values() if e.kind == kind and normalize(display) in e.forms), None)
    if same is None and kind == "person":
        same = _same_surname(doc, display)
    if same is not None:
        return same
    # (a group of people addressed as one, "the crew of ...": an org of type "group", TEI's "any
    # other grouping of people")
    word, pronoun = ("group of people", "it") if type_ == "group" else KIND_WORDS[kind]
    tag = KINDS[kind]
    # (a name quoting a name, the Cruiser "Chungking": shown with typographic marks, as the
    # editions print names; the id stays the one the straight marks give)
    shown = re.sub(r'"([^"\n]+)"', "“\\1”", display)
    element = E(kind,
                E(tag, shown, type="main"),
                E("note", f"Not in the authority file; the text uses the name as {'an' if word[0] in 'aeiou' else 'a'} "
                          f"{word}'s ({why}). An editor should add an entry and re-run the conversion.", type="unresolved"),
                type=type_, cert="low")
    element.set(XML_ID, entity_id)
    entity = Entity(entity_id, kind, shown, shown, {normalize(name): "main"}, element=element,
                    provisional=True)
    entity.forms[normalize(display)] = "main"
    entity.forms[normalize(shown)] = "main"
    doc.provisional[entity_id] = entity
    doc.warn(line, f"unknown {word} '{name}' ({why}): tagged and linked to the provisional entry "
             f"'{entity_id}'; add {pronoun} to the authority file", "unresolved-name")
    if kind == "person":
        _warn_if_misspelt(doc, name, display, line)
    return entity


def _warn_if_misspelt(doc: Document, name: str, display: str, line: int) -> None:
    """A provisional person whose name is one letter from a known person's ("Mikoian"): said,
    with what to do, but not linked (a wrong link is worse than none)."""
    surname = INITIALLED_SURNAME.fullmatch(display)
    near = doc.authority.near_person(surname.group("surname") if surname else display)
    if near is None:
        return
    entity, form = near
    form = " ".join(w[:1].upper() + w[1:] for w in form.split())  # (the file's key is in small letters)
    doc.warn(line, f"'{name}' is unknown but near '{form}', a name of {entity.main} ('{entity.id}'): left "
             f"provisional; add '{display}' to {entity.id}'s variants in the authority file if it is he",
             "near-name")


# initials before a surname: "A. Dobrynin", "A. P. Serebrovsky", "S. RADKIEWICZ"
INITIALLED_SURNAME = re.compile(rf"(?:{INITIAL}\s?){{1,3}}(?P<surname>[{UP}][\w’'\-]+)")


def _identifying_name(doc: Document, kind: str, display: str) -> str:
    """The part of a person's name his provisional id is made from: the surname without the
    initials before it, as "Comrade Dobrynin" is "Dobrynin", so that "A. Dobrynin" in one text and
    "Dobrynin" in another are one entry of the edition; the initials kept where the surname alone
    is a known entry's ("N. G. Kuznetsov" is neither Kuznetsov the file knows)."""
    initialled = INITIALLED_SURNAME.fullmatch(display) if kind == "person" else None
    if initialled is None:
        return display
    surname = initialled.group("surname")
    if doc.authority.lookup(surname) is not None or doc.authority.find(surname):
        return display
    return surname


def _same_surname(doc: Document, display: str) -> Entity | None:
    """The one provisional person whose name in full ends with this surname alone, or whose surname
    alone this name in full ends with ("Jan Nowakowski" and "Nowakowski" in one text: one person);
    the form said added to his entry."""
    addressed = FORM_OF_ADDRESS.fullmatch(display)
    if addressed:
        return _the_woman_addressed(doc, display, addressed.group("surname"))
    words = display.split()
    if not words or not re.fullmatch(rf"[{UP}][\w’'\-]+", words[-1]) or len(words) > 1 and not all(
            re.fullmatch(rf"[{UP}][\w’'\-]*\.?", w) for w in words):
        return None
    surname = normalize(words[-1])
    found = [e for e in doc.provisional.values() if e.kind == "person" and not e.office
             and (len(e.main.split()) > 1) != (len(words) > 1) and normalize(e.main.split()[-1]) == surname]
    if len(found) != 1 or len(surname) < 3:
        return None
    entity = found[0]
    if normalize(display) not in entity.forms:
        kind = "short" if len(words) == 1 else "variant"
        entity.forms[normalize(display)] = kind
        entity.element.insert(1, E("persName", display, type=kind))
    return entity


# a woman's form of address with her family name alone: "Mrs. Roosevelt", "Madame Pauker"
FORM_OF_ADDRESS = re.compile(rf"{WIFE_TITLE}\s+(?P<surname>[{UP}][\w’'\-]+)")


def _the_woman_addressed(doc: Document, display: str, surname: str) -> Entity | None:
    """The one provisional woman of the document with this family name ("Eleanor Roosevelt" for
    "Mrs. Roosevelt"), the form said added to her entry; None where there is none (a man of that
    name: "Mrs." is his wife) or more than one."""
    found = [e for e in doc.provisional.values() if e.kind == "person" and not e.office
             and len(words := e.main.split()) > 1 and words[0] in WOMENS_GIVEN_NAMES
             and normalize(words[-1]) == normalize(surname)]
    if len(found) != 1:
        return None
    return add_variant(doc, found[0], display)


def add_variant(doc: Document, entity: Entity, display: str) -> Entity:
    """The form added to the entity's, a variant, and the text's names found by it too (by her
    main name alone they would not be)."""
    if normalize(display) not in entity.forms:
        entity.forms[normalize(display)] = "variant"
        entity.element.insert(1, E("persName", display, type="variant"))
    doc.aliases.setdefault(display, (entity, "variant"))
    return entity


def _other_initials_same_surname(entry: Entity | None, display: str) -> bool:
    ours, theirs = INITIALLED_SURNAME.fullmatch(display), entry and INITIALLED_SURNAME.fullmatch(entry.main)
    return bool(ours and theirs) and ours.group(0)[0] != theirs.group(0)[0]


def provisional_office(doc: Document, office: str, line: int, why: str) -> Entity:
    """An office a title names without its holder ("the Secretary of State"), where the authority
    file knows no one who held it at the telegram's date (or the telegram is undated): the party is
    the office itself, not a person so named: correspDesc names it by persName/roleName type="office"
    (TEI's name component for an office) pointing to no entry (header._party_name), reported once per
    document (unresolved-office).  The entity here, never written, keeps the document's parties apart."""
    entity_id = "unresolved-" + slug(office)
    if entity_id in doc.provisional:
        return doc.provisional[entity_id]
    when = doc.corresp.sent.start if doc.corresp.sent else ""
    held = f"on {when}" if when else "at the telegram's date, which the source does not give"
    element = E("person",
                E("persName", E("roleName", office, type="office"), type="main"),
                E("note", f"An office the source names without its holder ({why}); the authority file knows no "
                          f"one who held it {held}. An editor should add the holder, with the term of the office, "
                          "and re-run the conversion.", type="unresolved"),
                cert="low")
    element.set(XML_ID, entity_id)
    entity = Entity(entity_id, "person", office, "the " + office, {normalize(office): "main"}, element=element,
                    provisional=True, office=True)
    doc.provisional[entity_id] = entity
    doc.warn(line, f"unresolved office '{office}' ({why}): the authority file knows no one who held it "
             f"{held}; the party is the office (persName/roleName), no person and no entry; add its holder with "
             "his term of office to the authority file",
             "unresolved-office")
    return entity


def _provisional_id(doc: Document, text: str) -> str:
    """The provisional entry a name of the text is (whatever its apostrophe), else ""."""
    folded = text.translate(ONE_APOSTROPHE)
    for entity in doc.provisional.values():
        if folded in {f.translate(ONE_APOSTROPHE) for f in _surface_forms(entity)} \
                or (form := _initialed_form(entity)) and re.fullmatch(form, text):
            return entity.id
    return ""


def alias_of(doc: Document, text: str):
    """The (entity, kind) the text gave this name in its own words ("Comrade Liu" for Liu
    Shaoqi), whatever apostrophe it is printed with; None where it gave none."""
    if text in doc.aliases:
        return doc.aliases[text]
    folded = text.translate(ONE_APOSTROPHE)
    return next((v for k, v in doc.aliases.items() if k.translate(ONE_APOSTROPHE) == folded), None)


# a government's body named without its country: "Ministry of Foreign Affairs", "Foreign Ministry",
# "People's Commissariat for Foreign Affairs" (not "... of the PRC", "Polish Foreign Ministry")
COUNTRYLESS_BODY = re.compile(r"(?:Ministry|People['’]s Commissariat) (?:of|for) [A-Z][a-z]+(?: (?:and )?[A-Z][a-z]+)*"
                              r"|(?:Foreign|Defen[cs]e|Trade|War) Ministry")
# a country's body, mission or envoy in the text's heading or among the parties: "Chinese Embassy in Poland",
# "the Soviet Government", "Soviet Ambassador to Mexico" (its adjective, read by COUNTRY_ADJECTIVES)
COUNTRYS_BODY = re.compile(r"\b(?P<adjective>[A-Z][a-z]+) (?:Embassy|Legation|Consulate|Mission|Delegation|Government"
                           r"|Ministry|Foreign Ministry|Trade Representation|Ambassador|Envoy|Consul|Charg[ée] d['’]Affaires)\b")
COUNTRY_ADJECTIVES = {"Chinese": "china", "Soviet": "ussr", "Polish": "poland", "Korean": "korea", "Mongolian": "mongolia",
                      "Czechoslovak": "czechoslovakia", "Hungarian": "hungary", "Romanian": "romania",
                      "Rumanian": "romania", "Bulgarian": "bulgaria", "Albanian": "albania", "Vietnamese": "vietnam",
                      "German": "germany", "Yugoslav": "yugoslavia", "American": "usa", "British": "britain",
                      "French": "france", "Indian": "india", "Japanese": "japan", "Burmese": "burma", "Egyptian": "egypt"}


# a country's name in general and the state the text names ("China", "the People's Republic of China")
NARROWER = {"china": ("prc", "roc"), "korea": ("dprk", "rok"), "vietnam": ("drv",), "germany": ("gdr",), "russia": ("ussr",)}


def bodies_of_their_country(doc: Document) -> None:
    """A provisional government body named without its country ("Ministry of Foreign Affairs") is
    the one of the country the text names right after it ("the Ministry of Foreign Affairs of the
    People's Republic of China"), else of the one government's body, mission or envoy the heading
    and the parties name ("Chinese Embassy in Poland": the embassy writes to its own ministry; the
    state the text names where it is that country's, the PRC for "Chinese"), its entry saying it,
    or the authority file's of that name and country ("Ministry of Foreign Affairs of the USSR");
    where neither says, an entry of this document's alone (one id for all would make two
    countries' ministries one in the edition)."""
    bare = [e for e in doc.provisional.values() if e.kind == "org" and COUNTRYLESS_BODY.fullmatch(e.main)]
    for entity in bare:
        mentions = [el for el in doc.root.iter() if el.get("ref") == "#" + entity.id]
        said = {el: _country_after(doc, el) for el in mentions}
        in_text = set(said.values()) - {None}
        texts = [doc.raw.title, doc.raw.heading] + [e.main for e in (doc.corresp.sender, doc.corresp.recipient,
                                                                     *doc.corresp.also_to, *doc.corresp.also_from) if e]
        heading = {COUNTRY_ADJECTIVES[m.group("adjective")] for t in texts if t for m in COUNTRYS_BODY.finditer(t)
                   if m.group("adjective") in COUNTRY_ADJECTIVES}
        default = next(iter(heading)) if len(heading) == 1 else next(iter(in_text)) if len(in_text) == 1 else None
        narrower = [c for c in in_text if c in NARROWER.get(default, ())]
        default = narrower[0] if len(narrower) == 1 else default
        made = {}
        for el in mentions:
            country = said[el] or default
            if country not in made:
                made[country] = _of_country(doc, entity, doc.authority.entities.get(country) if country else None)
            el.set("ref", "#" + made[country].id)
        target = made.get(default) or _of_country(doc, entity, doc.authority.entities.get(default or ""))
        _point_to(doc, entity, target)
        _reported_as_ended(doc, entity, [*made.values(), target])


def _reported_as_ended(doc: Document, old: Entity, ended: list[Entity]) -> None:
    """The warning made with the body's first id names the provisional entries the document ends
    with instead (an editor looks for the id the TEI has); none where all are the authority file's."""
    ids = sorted({e.id for e in ended if e.provisional})
    quoted, source = f"'{old.id}'", str(doc.raw.source)
    messages = doc.report.messages
    for i in reversed(range(len(messages))):
        m = messages[i]
        if m.file != source or m.code != "unresolved-name" or quoted not in m.text or [old.id] == ids:
            continue
        if ids:
            named = " and ".join(f"'{entity_id}'" for entity_id in ids)
            text = m.text.replace("the provisional entry " + quoted, "the provisional entr" + ("ies " if len(ids) > 1 else "y ") + named)
            messages[i] = dataclasses.replace(m, text=text.replace(quoted, named))
        else:
            del messages[i]


def _of_country(doc: Document, entity: Entity, country: Entity | None) -> Entity:
    """The body of this name of the country: the authority file's, or a provisional entry saying
    the country (or, without one, this document's alone)."""
    if country is None:
        entity_id = f"{entity.id}-in-{doc.id}" if doc.id else entity.id
        main, said = entity.main, " Its country is not said: an entry of this document's alone."
    else:
        # ("of the USSR", "of the People's Republic of China"; "of China")
        of = ("the " if country.main.isupper() or country.main.split()[0] in ("People's", "Democratic", "Republic",
                                                                           "United", "German") else "") + country.main
        known = doc.authority.lookup(f"{entity.main} of {of}")
        if known is not None and known.kind == "org":
            return known
        entity_id, main = "unresolved-" + slug(f"{entity.main} of {of}"), f"{entity.main} of {of}"
        said = f" Of {of}: the country the text names after it, or of the government's body, mission or envoy its heading or parties name."
    if entity_id in doc.provisional:
        return doc.provisional[entity_id]
    element = copy.deepcopy(entity.element)
    element.set(XML_ID, entity_id)
    note = element.find(T + "note")
    if note is not None:
        note.text += said
    if main != entity.main:
        element[0].text = main
        element.insert(1, E("orgName", entity.main, type="variant"))
    new = dataclasses.replace(entity, id=entity_id, main=main, short=main, forms=dict(entity.forms), element=element)
    doc.provisional[entity_id] = new
    return new


def _country_after(doc: Document, el) -> str | None:
    """The country the text names right after the body's name: "<orgName>Ministry of Foreign
    Affairs</orgName> of the <placeName>People's Republic of China</placeName>"."""
    after = el.getnext()
    if not re.fullmatch(r"\s+of\s+(?:the\s+)?", el.tail or "") or after is None or after.tag != T + "placeName":
        return None
    country = doc.authority.entities.get((after.get("ref") or "").lstrip("#"))
    return country.id if country is not None and country.element is not None and country.element.get("type") == "country" else None


def _point_to(doc: Document, old: Entity, new: Entity) -> None:
    """Every reference to old made one to new (the correspondents, the aliases); old no more of the document's."""
    for el in doc.root.iter():
        if el.get("ref") == "#" + old.id:
            el.set("ref", "#" + new.id)
    if old is not new:
        doc.provisional.pop(old.id, None)
        doc.aliases.update({k: (new, v[1]) for k, v in doc.aliases.items() if v[0] is old})
        for role in ("sender", "recipient", "sender_body"):
            if getattr(doc.corresp, role) is old:
                setattr(doc.corresp, role, new)
        for many in (doc.corresp.also_to, doc.corresp.also_from, doc.corresp.via):
            many[:] = [new if e is old else e for e in many]
