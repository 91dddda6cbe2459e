"""The teiHeader: titles, responsibility, publication, the witness and its archival
original, editorial decisions, correspondence, languages, summary and revision."""

from __future__ import annotations

import datetime
import re
from pathlib import Path

from lxml import etree

from .. import edition
from ..dates import ROUGHLY, DateValue, at_time, day_of, display, display_part, issue_date, record_date
from ..memo import per_source
from . import E, T, XML_ID, Document, Transform
from ..vocab import RECEIVED_VERB, UNKNOWN_PARTY
from ..sources.base import INSTITUTION, in_capitals, person_names, title_case
from ..sources.compilation.front_matter import part_number
from .correspondence import ROUTING_LINES_XPATH
from .citation import TELEGRAM_NUMBER, ArchivalRef, archival_references, original_publication, periodical_issue
from .structure.lines import RECEIVED_WORDS, SENT_WORDS
from .structure.quotes import own_closer
from .names.provisional import bodies_of_their_country
from ..authority import Entity, normalize
from ..xmltext import text_of

# the languages of the correspondence of the socialist states and their neighbours (BCP 47)
LANGUAGES = {"russian": "ru", "chinese": "zh", "english": "en", "german": "de", "french": "fr", "mongolian": "mn",
             "korean": "ko", "japanese": "ja", "polish": "pl", "czech": "cs", "slovak": "sk", "bulgarian": "bg",
             "hungarian": "hu", "romanian": "ro", "albanian": "sq", "serbian": "sr", "croatian": "hr",
             "serbo-croatian": "sh", "serbo-croat": "sh", "macedonian": "mk", "slovenian": "sl", "vietnamese": "vi",
             "italian": "it", "spanish": "es", "ukrainian": "uk", "georgian": "ka", "hindi": "hi", "finnish": "fi",
             "persian": "fa", "turkish": "tr", "arabic": "ar", "indonesian": "id", "lao": "lo", "khmer": "km",
             "burmese": "my", "greek": "el", "portuguese": "pt"}

EDITORIAL = {
    "correction": "The text of the witness is kept as printed, including its spelling and its typing errors "
                  "(e.g. in titles); nothing is corrected silently.",
    "normalization": "Names are not normalized in the text: every spelling (pinyin, Wade-Giles, Russian "
                     "transliteration, capitals) is kept and linked with @ref to one entry in standOff, "
                     "copied from the project's authority file. A pseudonym (Filippov, Fillipov, Terebin) keeps "
                     "its written form, has type=\"pseudonym\" and points to the real person. Numbered, "
                     "lettered and roman points (1., (a), II.) keep their number or letter in @n; it is not "
                     "repeated in the text; points with points under them (\"1.\" with \"a)\", \"b)\" under it) are a "
                     "<list rend=\"numbered\">, each point an <item> with its @n and the points under it a list "
                     "inside it. A salutation the first paragraph begins with (\"Comrade Mao Zedong! The Soviet "
                     "government ...\") is the opener's <salute>, the rest the first paragraph. Emphasis in a "
                     "Markdown copy (between asterisks or underscores, or HTML's em and strong) is <hi> with "
                     "rend=\"italic\", \"bold\" or \"bold italic\", its marks left out. A document the source calls "
                     "a letter is a div of type \"letter\", any other a div of type \"telegram\". A title the source prints "
                     "in capitals is cited in title case in the description of the source (sourceDesc/bibl), its "
                     "names as the authority file or the text writes them (Mao Tse-tung); the titleStmt's title of "
                     "type \"source\" keeps it as printed. A citation of the source printed in capitals is kept as "
                     "printed (<orig>) beside the encoder's title case (<reg>) in a <choice>.",
    "hyphenation": "A word the end of a line divided in a printed or typed source (\"govern-\" / \"ment\", or a "
                   "soft hyphen at the line's end) is joined and its hyphen left out; a hyphen the word itself has "
                   "is kept (\"post-war\", where the text writes it so elsewhere; \"Sino-\" / \"Soviet\", before a "
                   "capital). The source's line breaks are not kept.",
    "quotation": "Quotation marks are encoded as <q> and <quote>, and the marks themselves are left to the "
                 "rendering. A reply the telegram proposes, announced by a paragraph ending in a colon, is a "
                 "<quote type=\"reply\">. When a cable transmits a whole message in quotation marks, the "
                 "marks are recorded as rend=\"quoted\" on the telegram's div; a message quoted over several "
                 "paragraphs is a <quote rend=\"quoted\">, its signature and date paragraphs of it. A letter or "
                 "message the cable quotes without quotation marks, after the paragraph that announces it "
                 "(\"Please transmit to Comrade Stalin the following letter:\"), is a <quote> without @rend; a "
                 "letter quoted whole, with its own address, salutation and closing lines, is a <floatingText "
                 "type=\"letter\"> in the quote, with its own <opener> and <closer>.",
    "interpretation": "Dates are tagged with ISO 8601 values at the precision the text gives, to the second where "
                      "a time follows the date (3 January, 11 p.m.: 1950-01-03T23:00:00; the header dates the "
                      "telegram to the day); numeric dates are "
                      "read day first (10.01.1949, 6. II. 1949). Where the text omits the year it is supplied "
                      "from the telegram's own date and marked evidence=\"internal\" resp=\"#encoder\"; so are "
                      "the month and year of a day alone (\"your telegram of the 24th\": the telegram's month, "
                      "or the month before where the text looks back to a day after the telegram's, the month "
                      "after where it looks ahead to a day before it, \"we shall send them by the 10th\" in a "
                      "telegram of the 28th, or as the text says, \"the 25th of last month\"; in a telegram "
                      "dated to its month only, that month's, cert=\"low\"); the year "
                      "before or after where the text looks back or ahead (\"your telegram of 24 December\" in "
                      "January: the year before; \"by 1 May\", \"not later than\": the coming date). A Russian "
                      "date given in both calendars (\"24 January (6 February) 1918\") is the New Style's (the "
                      "Gregorian). A telegram "
                      "the source dates approximately is dated cert=\"low\"; to part of a month (\"late December "
                      "1950\"), or to a year or month only and received on a day within it, by the days it "
                      "may be (notBefore, notAfter). The "
                      "source editor's square brackets are encoded, never dropped: omissions as <gap> (with a "
                      "<desc> of what is omitted when the editor says so), identifications as <gloss "
                      "type=\"identification\"> (a name alone that renames the preceding name also links it; a "
                      "title or office describes it), words the editor supplies within a sentence as <supplied>, "
                      "queries ([?]) as "
                      "<certainty>, page markers as <pb>, the editor's description of what is written or stamped "
                      "on the document ([Handwritten: ...]) as <note type=\"annotation\"> where it stands. Names the authority file lacks but the text plainly "
                      "uses as persons, or as places and bodies named with their kind's word (\"the Tumen River\", "
                      "\"the town of ...\", \"the ... Workers' Party\"), are linked to provisional entries marked "
                      "cert=\"low\" and reported. A party the source names by an office alone (\"the Secretary of "
                      "State\") is the person the authority file says held it at the telegram's date; where the file "
                      "knows none, the party is the office itself (persName/roleName type=\"office\"), not a person so "
                      "named; a group of people addressed as one (\"the crew of ...\") is an organisation of type "
                      "\"group\". A name two entries share is the one the text names in full, else "
                      "the one active (floruit) at the telegram's date; a body's, the one so named at that date (the "
                      "VKP(b)'s Central Committee until October 1952, the CPSU's after), and a body named by its kind "
                      "alone (\"the Presidium\") is the authority file's only while that body existed. Where neither the text "
                      "nor the date decides, the name is linked to the entry the authority file lists first, and "
                      "reported to the editor.",
}

# the quotation's decision for a telegram that encloses earlier messages
ENCLOSURES = (" An earlier message the telegram encloses, printed under its text with its own heading and "
              "date, is a <floatingText type=\"enclosure\"> after the telegram's paragraphs, with its <head>, "
              "its date in its <opener> or <closer> as printed, and its paragraphs; its date is not the "
              "telegram's, whose closing lines, printed above the enclosures, are its <closer> after them.")
# (a message a note forwards, printed under the note's signature with no heading)
FORWARDED = (" A message a note or letter forwards, printed under its writer's closing lines with no heading of its "
             "own, is a <floatingText type=\"enclosure\"> without a <head>; the writer's closing lines are the "
             "document's <closer> after it.")
# (a quotation in single marks, or one the copy never closes: said where it applies)
SINGLE_MARKS = (" A message the source quotes in single quotation marks is a <quote rend=\"quoted single\">, "
                "rendered with single marks.")
UNCLOSED = (" A message whose quotation the copy never closes (the copy ends inside it, or lost the closing mark) "
            "is a <quote rend=\"quoted unclosed\">, rendered without a closing mark.")

# (the editor's completions in parentheses, and a recipient the source does not name: said where they apply)
IN_PARENTHESES = (" Words the editor supplies that the source prints in parentheses (\"Huang (Kecheng)\") are a "
                  "<supplied rend=\"parentheses\">, rendered in parentheses.")
UNKNOWN_RECIPIENT = (" A telegram whose source names no recipient (neither its title nor an address or salutation) is "
                     "received by \"Unknown\" (a persName pointing to no entry, as CMIF writes an unknown party), a "
                     "note type=\"party\" saying so.")

# (TEI's hyphenation/@eol: "hard", only the hyphens words have are kept at the ends of lines)
EDITORIAL_ATTRIBUTES = {"hyphenation": {"eol": "hard"}}
# The edition's name for a book or journal whose copy gives no title (a run of pages without the
# title page): its own words in square brackets, as an editor supplies what a source lacks, in
# lower case, as it stands inside a citation ("in [untitled book], no. 231"); by periodical.
UNTITLED = {False: "[untitled book]", True: "[untitled journal]"}


def _old_style_of(dated: str, sent: str) -> bool:
    """Whether a dateline's day is the sent day in the Old Style, as Russia dated to February 1918
    (the source giving both, "24 January (6 February) 1918"; the dateline "24.I.1918")."""
    if len(dated) < 10 or len(sent) < 10 or not sent[:4].isdigit() or int(sent[:4]) > 1918:
        return False
    try:
        days = (datetime.date.fromisoformat(sent[:10]) - datetime.date.fromisoformat(dated[:10])).days
    except ValueError:
        return False
    return days in (12, 13)


# (compiled once: every telegram asks them, and compiling an XPath costs more than its evaluation)
_CLOSING_DATELINE_WHEN = etree.XPath("(.//t:closer[not(ancestor::t:floatingText)]/t:dateline/t:date/@when)[1]",
                                     namespaces={"t": T[1:-1]})
_ROUTING_LINES_AND_HEADS = etree.XPath(ROUTING_LINES_XPATH
                                       # (or the compilation's heading, in parentheses after the date of
                                       # sending: "..., 3 MARCH 1952 (RECEIVED 4 MARCH)")
                                       + " | t:head", namespaces={"t": T[1:-1]})


def _dateline_at_midnight(doc: Document, day: str) -> str:
    """The @when of the telegram's closing dateline where it is the first instant of the day after
    day (the text's 24:00 of that day), else ""."""
    whens = _CLOSING_DATELINE_WHEN(doc.div)
    midnight = at_time(DateValue(when=day), 24, 0).when if len(day) == 10 else ""
    return midnight if whens and str(whens[0]) == midnight else ""


def _received_when(doc: Document) -> str:
    """When the cable was received, as its routing line says ("Sent 8.7.50 at 17:20. Received
    8.7.50 at 20:55."; the telegram's own lines, not a quoted letter's), or ""; not a time before
    the one of the line of sending under it, the cipher office's receipt of the text it then sent
    (the outgoing form's "Received: 19:20 on 4 July 1953" / "Sent: 21:20 on 4 July 1953"; not "SENT
    21.3.50 19.00, RECEIVED 21.3.50 14.30", the sender's hour and the receiver's)."""
    received, received_at = _routing_when(doc, RECEIVED_WORDS, rf"\(\s*{RECEIVED_VERB}\s+(?:on\s+)?$")
    sent, sent_at = _routing_when(doc, SENT_WORDS, r"(?!)")
    taken_in = received and sent and len(received) == len(sent) and received < sent and received_at < sent_at
    return "" if taken_in else received


def _routing_when(doc: Document, said_in_line: str, said_in_head: str) -> tuple[str, tuple[int, int]]:
    """The first date of the telegram's routing lines (or heading) the words before it match, or
    "", and where it stands (the line's order, the place in it)."""
    for order, seg in enumerate(_ROUTING_LINES_AND_HEADS(doc.div)):
        said = said_in_line if seg.tag == T + "seg" else said_in_head
        before = seg.text or ""
        # (the editor's words in the seg too: "[Received January 15—3:12 a.m.]")
        for child in [c for k in seg for c in ([k, *k] if k.tag == T + "supplied" else [k])]:
            if child.tag == T + "supplied":
                before += child.text or ""
                continue
            if child.tag == T + "date" and child.get("when") and re.search(said, before, re.I):
                return child.get("when"), (order, len(before))
            before += "".join(child.itertext()) + (child.tail or "")
    return "", (0, 0)


def _original_language(raw) -> tuple[str, str] | None:
    """(ISO code, name) of the language the telegram was written in, when the source says."""
    if not raw.original_language:
        return None
    name = raw.original_language.split()[0].strip(".,;").capitalize()
    code = LANGUAGES.get(name.lower())
    return (code, name) if code and code != "en" else None




def normalized_title(doc: Document) -> str:
    c = doc.corresp
    sender = _and([e.short for e in [c.sender, *c.also_from]]) if c.sender else "Unknown sender"
    recipient = _and([e.short for e in [c.recipient, *c.also_to]]) if c.recipient else "an unknown recipient"
    date = (display_part(c.sent) or ("c. " if c.approximate else "") + display(c.sent.start)) if c.sent else "undated"
    title = f"{sender} to {recipient}, {date}"
    # (a sender known by an office, "the Consul at Tihwa": a title begins with a capital)
    return title[0].upper() + title[1:]


# (a source's titles and citations name the same entries; their forms are the same throughout
# a conversion: the names pass adds forms only to provisional entries, new to each document,
# never to the authority file's)
@per_source.remember
def _printed_forms(element, tag: str) -> tuple[str, ...]:
    """An authority entry's names as printed (its forms' texts)."""
    return tuple(text_of(form) for form in element.iterchildren(T + tag))


def cited_title(title: str, doc: Document) -> str:
    """The witness's title as a citation gives it (the title as printed is the titleStmt's, of
    type "source"): a title printed in capitals in title case, its names as the authority file
    or the text writes them ("TELEGRAM FROM MAO TSE-TUNG TO J. V. STALIN" -> "Telegram from Mao
    Tse-tung to J. V. Stalin"; the file's abbreviations in capitals, "APRF"); any other as printed."""
    if not in_capitals(title):
        return title
    names = [form for _, _, e, _ in doc.authority.find(title) if e.element is not None
             for form in _printed_forms(e.element, e.name_tag)]
    # (the text's own names where it writes them in small letters: a cable prints "MAO ZEDONG")
    said = [text_of(name) for name in doc.div.iter(T + "persName", T + "placeName", T + "orgName")]
    names += [n for n in said if any(c.islower() for c in n)]
    return title_case(title, names)


def _citation_note(citation: str, doc: Document):
    """The source's citation as printed; one printed in capitals ("I. V. STALIN. SOCHINENIYA. T. 18.
    ...") also in title case, as the editions cite it and as its title is cited (cited_title): the
    printed form the <orig>, the encoder's the <reg> of a <choice>."""
    if not in_capitals(citation):
        return E("note", citation, type="citation")
    return E("note", E("choice", E("orig", citation), E("reg", cited_title(citation, doc), resp="#encoder")),
             type="citation")


def _record_date(raw, c):
    """The record's or page's own date, at its own precision ("January 1950", "1949": not the
    day the dateline adds; of the last cable, when it holds several)."""
    own = day_of(record_date(raw.date_text)) or c.sent
    # (some days of a month, "March 7-9, 1951": those days, as the date of sending has them)
    dated = {"notBefore": own.not_before, "notAfter": own.not_after} if own and own.not_before \
        else {"when": own.start if own else None}
    return E("date", raw.date_text, **dated, cert="low" if re.match(rf"\s*{ROUGHLY}", raw.date_text, re.I) else None)


def _without_item_number(title: str, number: str) -> str:
    """An item's title without the book's number before it ("No. 14 Telegram ...", "1. The
    Telegram ...", "Document No. 12: ..."): the number is the biblScope's, the heading keeps it."""
    if not number:
        return title
    # (a number alone followed by its stop: "14 October 1950, ..." is a date, not item 14)
    n = re.escape(number)
    bare = re.sub(rf"^(?:(?:No\.?|Document|Doc\.)\s*(?:No\.\s*)?{n}\s*[.:]?|{n}\s*[.:])\s+(?=\S)", "", title, flags=re.I)
    return bare[0].upper() + bare[1:] if bare else title


def _and(names: list[str]) -> str:
    """"A", "A and B", "A, B and C"."""
    return names[0] if len(names) == 1 else f"{', '.join(names[:-1])} and {names[-1]}"


class HeaderBuilder(Transform):
    def apply(self, doc: Document) -> None:
        bodies_of_their_country(doc)  # (here: an entry of the document's alone is named by its id)
        raw, c = doc.raw, doc.corresp
        pub = raw.publication
        header = E("teiHeader")
        file_desc = E("fileDesc")
        header.append(file_desc)

        title_stmt = E("titleStmt", E("title", normalized_title(doc), type="main"),
                       E("title", raw.title, type="source"))
        for sender in [c.sender, *c.also_from] if c.sender is not None else []:
            # (an office whose holder is unknown is no entry: its words alone, as correspDesc has them)
            title_stmt.append(E("author", sender.main, ref=None if sender.office else "#" + sender.id))
        if raw.translator:
            title_stmt.append(E("respStmt", E("resp", "Translated by"), *_makers(raw.translator)))
        source_editor = E("respStmt", E("resp", "Square-bracketed identifications, omissions and queries in the text"),
                          E("name", f"the editors of the source ({pub.title or 'see the source description'})"))
        source_editor.set(XML_ID, "source-editor")
        encoder = E("respStmt", E("resp", "TEI encoding, tagging of names and dates"),
                    E("name", f"{edition.ENCODER}, the edition's converter"))
        encoder.set(XML_ID, "encoder")
        title_stmt.extend([source_editor, encoder])
        file_desc.append(title_stmt)

        file_desc.append(E("publicationStmt",
                           E("publisher", edition.current().publisher),
                           E("idno", doc.id, type="edition"),
                           E("availability", E("licence", edition.LICENCE_TEXT, target=edition.LICENCE_URL),
                             status="restricted"),
                           E("date", when=edition.build_date())))
        # the edition the document belongs to, so that a site, volume or deposit made from the
        # documents alone names it
        file_desc.append(E("seriesStmt", E("title", edition.current().name, level="s")))
        # notesStmt with the other witnesses is added by the linking step, across documents.
        file_desc.append(self._source_desc(doc))

        decisions = dict(EDITORIAL)
        enclosures = doc.div.findall(f"{T}floatingText[@type='enclosure']")  # (said where it applies)
        if any(e.find(f"{T}body/{T}head") is not None for e in enclosures):
            decisions["quotation"] += ENCLOSURES
        if any(e.find(f"{T}body/{T}head") is None for e in enclosures):
            decisions["quotation"] += FORWARDED
        marks = {w for q in doc.div.iter(T + "quote") for w in (q.get("rend") or "").split()}
        decisions["quotation"] += SINGLE_MARKS * ("single" in marks) + UNCLOSED * ("unclosed" in marks)
        if any(e.get("rend") == "parentheses" for e in doc.div.iter(T + "supplied")):
            decisions["interpretation"] += IN_PARENTHESES
        if doc.corresp.recipient_unknown:
            decisions["interpretation"] += UNKNOWN_RECIPIENT
        header.append(E("encodingDesc", E("editorialDecl", *[E(k, E("p", v), **EDITORIAL_ATTRIBUTES.get(k, {}))
                                                             for k, v in decisions.items()])))
        header.append(self._profile_desc(doc))
        header.append(E("revisionDesc", E("change",
            f"Converted from {Path(raw.source).name} (read as {raw.reader}"
            f"{', telegram ' + str(raw.position) if raw.position > 1 or raw.part or raw.reader == 'compilation' else ''}) "
            f"by {edition.ENCODER}.", when=edition.build_date(), who="#encoder")))
        doc.root.insert(0, header)

    def _source_desc(self, doc: Document):
        raw, c = doc.raw, doc.corresp
        pub = raw.publication
        bibl = E("bibl", type="witness")
        kind = pub.kind
        if kind == "archive-record":
            bibl.append(E("title", cited_title(raw.title, doc), level="a"))
            # The collection under whatever name the citation uses, linked to one entry.
            collection = doc.authority.lookup(pub.title) or doc.authority.lookup(pub.publisher)
            ref = "#" + collection.id if collection is not None and collection.kind == "org" else None
            bibl.append(E("title", pub.title, level="m", ref=ref))
            bibl.append(E("publisher", pub.publisher, ref=ref))
            if raw.date_text:
                bibl.append(_record_date(raw, c))
        elif kind == "page":  # a web page that cites no source: the telegram's title and date as it gives them
            bibl.append(E("title", cited_title(raw.title, doc), level="a"))
            if raw.date_text:
                bibl.append(_record_date(raw, c))
        elif kind == "collected-works":
            # ("27. TELEGRAM TO G. DIMITROV": the volume's number of the text its biblScope, as a compilation's item's)
            bibl.append(E("title", _without_item_number(cited_title(raw.title, doc), raw.number_in_source), level="a"))
            for author in pub.front_matter[:1]:
                known = doc.authority.mentions(author)
                bibl.append(E("author", author, ref="#" + known[0].id if known else None))
            bibl.append(E("title", pub.title or "Works", level="m"))
            bibl.extend(_book(pub))
            if pub.volume:
                bibl.append(E("biblScope", pub.volume, unit="volume", n=pub.volume))
            if raw.number_in_source:
                bibl.append(E("biblScope", raw.number_in_source, unit="item", n=raw.number_in_source))
            bibl.extend(_page_scope(pub))
        else:  # compilation: a book, or a journal's issue ("... Bulletin, Issues 6-7")
            # (the item's title as the reader reads it from its heading: a "DOCUMENT No. 12" over it is its number)
            bibl.append(E("title", _without_item_number(cited_title(raw.title or raw.heading, doc), raw.number_in_source),
                          level="a"))
            if raw.number_in_source:
                bibl.append(E("biblScope", raw.number_in_source, unit="item", n=raw.number_in_source))
            if pub.part:  # the part of the book it is printed in: "II. THE FAR EAST", "Part Two: Korea" (n="2")
                bibl.append(E("biblScope", pub.part, unit="part", n=part_number(pub.part)))
            if pub.article:  # the journal's article it is printed in, within the item's bibl
                bibl.append(E("bibl", E("title", pub.article, level="a"),
                              *(E("author", name) for name in person_names(pub.article_author) or
                                ([pub.article_author] if pub.article_author else [])), type="article"))
            # (a copy of pages with no title page names no book: said so in the edition's voice, in its
            # brackets as an editor supplies what the source lacks, not an empty title; reported by the reader)
            # (type="supplied": the edition's label, not a title; the editions set it so, not in italics)
            bibl.append(E("title", pub.title or UNTITLED[pub.periodical], level="j" if pub.periodical else "m",
                          type=None if pub.title else "supplied"))
            bibl.extend(_book(pub))
            if pub.volume:  # a journal's, or the book's volume on its title page ("VOLUME IV")
                bibl.append(E("biblScope", pub.volume, unit="volume", n=pub.volume))
            if pub.issue:
                bibl.append(E("biblScope", pub.issue, unit="issue", **_range(pub.issue)))
            bibl.extend(_page_scope(pub))  # where the compilation prints the item ("[p. 212]")
            if pub.series:  # "Documents on Soviet Foreign Policy, vol. 3"
                bibl.append(E("series", E("title", pub.series, level="s"),
                              E("biblScope", pub.series_volume, unit="volume", n=pub.series_volume)
                              if pub.series_volume else None))
        # (and the number the edition's archival note gives: "APRF. F. 45. ... Ciphered telegram No. 4581.")
        noted = [m.group(1) for m in TELEGRAM_NUMBER.finditer(pub.first_published or "")]
        for number in [*c.numbers, *(n for n in noted if n not in c.numbers)]:
            bibl.append(E("idno", number, type="telegram"))
        for number in c.head_numbers:  # (what is certain: a number the heading prints in brackets)
            bibl.append(E("idno", number, type="heading"))
        if raw.file_number:  # FRUS's "711.5/7–2150": the government's file the document is in
            bibl.append(E("idno", raw.file_number, type="file"))
        if pub.url:
            bibl.append(E("ref", pub.url, target=pub.url))
        if raw.translator:
            bibl.append(E("respStmt", E("resp", "Translated by"), *_makers(raw.translator)))
        if raw.contributor:
            bibl.append(E("respStmt", E("resp", "Contributed by"), E("persName", raw.contributor)))
        if raw.obtained:
            bibl.append(E("respStmt", E("resp", "Obtained by"), *_makers(raw.obtained)))
        original = _original_language(raw)
        if original:
            # The witness is an English translation; the original's language goes with the
            # original (msDesc) and into langUsage.
            bibl.append(E("textLang", f"English, translated from {original[1]}", mainLang="en"))
        first = original_publication(pub.first_published, doc.authority)
        if first:
            bibl.append(E("relatedItem", _first_printing(first, doc.authority), type="original"))
        if pub.reprint:
            bibl.append(E("relatedItem", E("bibl", pub.reprint), type="reprint"))
        if kind == "compilation" and pub.front_matter:
            bibl.append(E("note", " / ".join(pub.front_matter), type="front-matter"))
        if pub.citation and kind != "compilation":
            bibl.append(_citation_note(pub.citation, doc))
        if pub.uncited:  # (no citation: the description says so, and what is missing)
            bibl.append(E("note", pub.uncited, type="uncited"))
        if raw.credits:
            bibl.append(E("note", raw.credits, type="credits"))
        for note in pub.notes:
            bibl.append(E("note", note, type="source"))
        source_desc = E("sourceDesc", bibl)

        refs = archival_references(" ".join(filter(None, [pub.citation, pub.first_published, pub.archival])), doc.authority)
        # once each, however written ("f. 45, op. 1, d. 347" in the citation, "Fond 45, Opis 1, Delo 347" in the Source)
        numbers = [tuple(re.findall(r"\d+[a-z]?", r.shelfmark)) for r in refs]
        # (and a file cited once with its pages and once without: "109-00022-03, pp. 5-6", "109-00022-03")
        refs = [r for i, r in enumerate(refs) if not numbers[i] or not any(
            other[:len(numbers[i])] == numbers[i] and (j < i or len(other) > len(numbers[i]))
            for j, other in enumerate(numbers) if j != i)]
        if not refs:  # the archive named without a file: "Archives of the Ministry ...", "Central Archives of China"
            # (a record's citation; not a book's title page: "Documents from the Presidential Archive")
            # (or an edition's note of what it printed from: "Printed from the original manuscript kept in the Central Archives.")
            named = " ".join(filter(None, [pub.first_published, pub.citation if pub.kind == "archive-record" else "",
                                           pub.archival if pub.kind == "collected-works" else ""]))
            refs = [ArchivalRef(named[s:e], "#" + ent.id, "") for s, e, ent, _ in doc.authority.find(named)
                    if ent.kind == "org" and ent.element.get("type") == "archive"][:1]
        if refs:
            ident = E("msIdentifier")
            first_ref, *others = refs
            for ref in refs:
                if ref.ref is None:
                    # (at the record's title, where its citation is: not one cable's text of several)
                    doc.warn(raw.title_line or raw.line, f"the archive '{ref.repository_text}' is not in the authority file: its "
                             "repository is named without a link; add the archive (type=\"archive\") to the "
                             "authority file", "unknown-archive")
            ident.append(E("repository", first_ref.repository_text, ref=first_ref.ref))
            if first_ref.shelfmark:
                ident.append(E("idno", first_ref.shelfmark, type="shelfmark"))
            for other in others:
                ident.append(E("altIdentifier", E("repository", other.repository_text, ref=other.ref),
                               E("idno", other.shelfmark, type="shelfmark")))
            ms_desc = E("msDesc", ident)
            if original:
                ms_desc.append(E("msContents", E("textLang", original[1], mainLang=original[0])))
            source_desc.append(ms_desc)
        return source_desc

    def _profile_desc(self, doc: Document):
        raw, c = doc.raw, doc.corresp
        corresp = E("correspDesc")
        sent = E("correspAction", type="sent")
        if c.sender is not None:
            sent.append(_party_name(c.sender))
            sent.extend(_party_name(e) for e in c.also_from if e is not c.sender)
            if c.sender_body is not None:
                sent.append(_party_name(c.sender_body))
        # The place of sending, where the dateline gives one ("Moscow, 10 January 1949").
        closer = own_closer(doc.div)  # (not a letter's the telegram quotes, unless it ends with it)
        # (nor the quoted message's under an unsigned cover: where that was written, as its date is not the cover's)
        place = _dateline_place(closer) if closer is not None and not c.closing_quoted else None
        if place is None:
            place = next((p for p in map(_dateline_place, doc.div.iter(T + "opener")) if p is not None), None)
        if place is not None and re.match(r"\s*time\b", place.tail or ""):
            place = None  # "10.00 hours Beijing time": the clock it was read by, not where it was sent from
        destination = None
        if place is not None and re.search(r"\bto\s*$", _text_before(place), re.I):
            destination, place = place, None  # "To Moscow, the 12th of March 1949": where it went, not whence
        elif place is not None and re.fullmatch(r"\s+to\s+", place.tail or "") \
                and place.getnext() is not None and place.getnext().tag == T + "placeName":
            destination = place.getnext()  # "From Moscow to Warsaw, September 24, 1976": whence and where it went
        if place is None:  # or the cable's routing line: "From Beijing, sent 22.1.50 23.10, ..."
            # (not always the first: "Received 11 March 1950, 0330 hrs" / "From Pyongyang"; the
            # form's "Dispatched from Havana on 06.04.1962 at 10:15")
            # (or further on in it: "Received in Moscow 7 February 1950 ... Sent from Peking 6.2.1950.")
            place = next((where for routing in doc.div.iterfind(f".//{T}seg[@type='transmission']")
                          for where in routing.iterfind(f"{T}placeName")
                          if re.search(r"(?:^|\s)from\s*$", _text_before(where), re.I)), None)
        if place is not None and doc.entity(place.get("ref", "#")[1:]) is not None:
            where = doc.entity(place.get("ref")[1:])
            sent.append(E("placeName", _place_as_named(where, "".join(place.itertext())), ref=place.get("ref")))
        elif c.place is not None and doc.entity(c.place.id) is not None:  # the title's "... FROM MOSCOW"
            sent.append(E("placeName", c.place.main, ref="#" + c.place.id))
        elif raw.sent_from:  # the editor's note under the text: "This telegram was sent from Moscow on ..."
            where = doc.authority.lookup(raw.sent_from)
            if where is not None and where.kind == "place":
                sent.append(E("placeName", _place_as_named(where, raw.sent_from), ref="#" + where.id))
        if c.sent is not None:
            sent.append(E("date", **{("from_" if k == "from" else k): v
                                     for k, v in c.sent.attributes().items()}, cert="low" if c.approximate else None,
                          resp="#encoder" if c.sent.inferred else None))
        if c.sent is not None and c.sent.inferred and raw.file_date == c.sent.when:
            sent.append(E("note", f"The source gives no date; the file number {raw.file_number} ends in it "
                                  "(month, day, year).", type="date"))
        elif c.sent is not None and c.sent.inferred and c.sent_note:  # (dated by its first printing)
            sent.append(E("note", c.sent_note, type="date"))
        elif c.sent is not None and c.sent_note:  # (dated by its dateline, the record by the day it came)
            sent.append(E("note", c.sent_note, type="date"))
        elif c.dated is not None and c.dated.when and c.sent is not None and c.sent.from_ \
                and c.sent.from_ <= c.dated.start[:10] <= c.sent.to:
            # (a telegram the source dates over days, "5-7 February 1949", its dateline one of them)
            sent.append(E("note", f"The telegram is dated {display(c.dated.start)} in its dateline, one of the days "
                                  f"the source gives it ({display(c.sent.from_)} to {display(c.sent.to)}).", type="date"))
        elif c.dated is not None and c.sent is not None and _old_style_of(c.dated.start, c.sent.start):
            sent.append(E("note", f"The telegram is dated {display(c.dated.start)} in its dateline, the Old Style "
                                  f"(Julian) date of {display(c.sent.start)}, the day it was sent.", type="date"))
        elif c.dated is not None and c.sent is not None and c.dated.start != c.sent.start:
            sent.append(E("note", f"The telegram is dated {display(c.dated.start)} in its dateline; the source "
                                  f"gives {display(c.sent.start)}, the day it was sent.", type="date"))
        elif c.sent is not None and c.sent.when and (at := _dateline_at_midnight(doc, c.sent.when)):
            # ("27 January 1951, 24:00": its @when the next day's 00:00:00, see dates.at_time)
            sent.append(E("note", f"The dateline's time, 24:00 on {display(c.sent.when)}, is the end of that day: "
                                  f"its date is written as the next day's first instant ({at}).", type="date"))
        corresp.append(sent)
        for via in c.via:
            corresp.append(E("correspAction", _party_name(via), type="transmitted"))
        received = E("correspAction", type="received")
        if c.recipient is not None:
            received.append(_party_name(c.recipient))
            received.extend(_party_name(e) for e in c.also_to if e is not c.recipient)
        elif c.recipient_unknown:  # (as CMIF writes an unknown party; the note says why)
            received.append(E("persName", UNKNOWN_PARTY))
        if destination is not None and len(received) and doc.entity(destination.get("ref", "#")[1:]) is not None:
            where = doc.entity(destination.get("ref")[1:])
            received.append(E("placeName", _place_as_named(where, "".join(destination.itertext())),
                              ref=destination.get("ref")))
        elif c.destination is not None and len(received) and doc.entity(c.destination.id) is not None:
            received.append(E("placeName", c.destination.main, ref="#" + c.destination.id))  # the title's "... to Bucharest"
        when = _received_when(doc)
        if not when and raw.date_of_receipt and c.sent is not None:
            when = c.sent.when  # (the diary's entry: the day it came)
        if when and len(received):
            received.append(E("date", when=when))
        if c.recipient_note:
            received.append(E("note", c.recipient_note, type="party"))
        corresp.append(received)
        profile = E("profileDesc", corresp)
        langs = E("langUsage", E("language", "English (translation)", ident="en"))
        original = _original_language(raw)
        if original:
            langs.append(E("language", f"{original[1]} (the original, not reproduced)", ident=original[0]))
        profile.append(langs)
        if raw.summary:
            profile.append(E("abstract", E("p", raw.summary), source="#witness"))
            profile[-1].attrib.pop("source")
        return profile


def _book(pub) -> list:
    """Who made the book and its imprint: each editor or compiler with their role ("Edited by
    Chen Jian and Vladislav Zubok": two), the edition and printing as printed ("Reprinted 1952",
    its year the printing's date), place, publisher and year (a journal's issue dated as it
    prints it, "Winter 1995/1996")."""
    out = []
    for role, who in pub.editors:
        out.extend(E("editor", name, role=role) for name in (person_names(who) or [who]))
    if pub.sponsor:
        # "Issued under the auspices of the Royal Institute of International Affairs": TEI's sponsor,
        # which a bibl may hold (model.respLike, as editor); not the titleStmt's (that is this
        # edition's own) nor a respStmt, which says what someone did to the text
        out.append(E("sponsor", pub.sponsor))
    for statement in pub.editions:
        year = re.search(r"(?:1[89]|20)\d\d(?!.*(?:1[89]|20)\d\d)", statement)
        out.append(E("edition", statement[:year.start()], E("date", year.group(0), when=year.group(0)),
                     statement[year.end():]) if year else E("edition", statement))
    if pub.place:
        out.append(E("pubPlace", pub.place))
    if pub.publisher:
        out.append(E("publisher", pub.publisher))
    if pub.date:
        # (the issue's span where it gives one: "Winter 1995/1996" is December to February)
        span = issue_date(pub.issue_date) if pub.issue_date else None
        out.append(E("date", pub.issue_date or pub.date, **(span.attributes() if span else {"when": pub.date})))
    return out


def _range(text: str) -> dict:
    """from and to of a range ("6-7"), or n of one number."""
    parts = re.split(r"\s*(?:[-–/&]|\band\b)\s*", text)
    return {"from_": parts[0], "to": parts[-1]} if len(parts) > 1 else {"n": text}


def _first_printing(first: str, authority):
    """The first printing's bibl: a periodical's issue where the note is one ("1918 in the newspaper
    Soldier of the Revolution No. 12": its title, number and date), else the note as written."""
    issue = periodical_issue(first)
    # (a place and a date are a dateline, not a newspaper: "Peking, 14 March 1951")
    if issue is None or any(s == 0 and e == len(issue.title) and ent.kind == "place"
                            for s, e, ent, _ in authority.find(issue.title)):
        return E("bibl", first)
    return E("bibl", E("title", issue.title, level="j"),
             E("biblScope", issue.issue, unit="issue", **_range(issue.issue)) if issue.issue else None,
             E("date", issue.date_text, **issue.date.attributes()))


def _page_scope(pub) -> list:
    """The witness's pages as a biblScope ("520-521": from 520 to 521), or none."""
    if not pub.pages:
        return []
    pages = re.split(r"[-–]", pub.pages)
    return [E("biblScope", pub.pages, unit="page", from_=pages[0], to=pages[-1])]


def _party_name(entity):
    """A correspondent in correspDesc: a person, or an organisation ("the CCP Central
    Committee") by the element of its kind; an office whose holder is unknown by the office
    (persName/roleName) pointing to no entry: it is no person (an entry would be one, in the
    edition's persons, "Secretary of State" of 1944 and of 1950 one)."""
    if entity.office:
        return E("persName", E("roleName", entity.main, type="office"))
    return E("orgName" if entity.kind == "org" else "persName", entity.main, ref="#" + entity.id)


def _makers(text: str) -> list:
    """Who made a translation, each in its element: a body as orgName, two or more persons
    ("Shuguang Zhang and Jian Chen") each as a persName."""
    text = text.strip()
    if INSTITUTION.search(text):
        return [E("orgName", re.sub(r"^the\s+", "", text))]
    return [E("persName", p) for p in person_names(text) or [text]]


def _place_as_named(place: Entity, named: str) -> str:
    """The place of sending as the text names it where that is another of its names the authority
    file lists ("Tsaritsyn", 1918, not "Stalingrad", its main name); its main name where the text
    gives that or a romanisation of it ("Peiping": Beijing)."""
    named = " ".join(named.split()).strip(" ,.")
    named = named.title() if named.isupper() else named  # ("TSARITSYN" in a cable's capitals)
    return named if place.forms.get(normalize(named)) == "variant" else place.main


def _dateline_place(lines):
    """The place a dateline among an opener's or closer's lines names: "Moscow, 10 January 1949",
    or within the editor's supplied words, "[Moscow, 5 February 1949]"."""
    for dateline in lines.iterfind(T + "dateline"):
        place = dateline.find(T + "placeName")
        if place is None:
            place = dateline.find(f"{T}supplied/{T}placeName")
        if place is not None:
            return place
    return None


def _text_before(element) -> str:
    """The text just before an element in its parent: its previous sibling's tail, or the parent's text."""
    previous = element.getprevious()
    return (previous.tail if previous is not None else element.getparent().text) or ""
