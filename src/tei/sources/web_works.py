"""Collected works as transcribed on the web: the pages readers find of an author's works.

Three layouts, recognised by their furniture and structure, never by a site's name:

- a page of selected works: the site's navigation line ("Marx-Engels | Lenin | Stalin | Home
  Page"), the works' name on a line of its own ("Selected Works of Mao Tse-tung", again at the
  foot), the title, a date line, "[Source: People's Daily, December 21, 1949]" (where the text
  was first printed), the text;
- a page of several texts: the page's own title ("Telegram to Rumania and more"), each item its
  title (an anchor's name before it, `<"...">`), an occasion line ("On the occasion of ..."),
  a date line, the text, the signature and the newspaper it was first printed in, in
  parentheses under it ("("New Germany," Berlin Ed., No. 39, 15 February, 1952)");
- an archive's page with labelled lines under the title: "Published: ...", "Source: J. V.
  Stalin, Works, Volume 4, page 131. ...", "Transcription: ...", "HTML: ..." (who made the
  web edition).

``web_page`` cuts such a page into items in the layout the collected-works reader reads (the
title, the citation, the text) with what the page says beside them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..dates import find_dates
from ..vocab import CABLE_KIND

# the site's navigation: three links at least, parted by bars ("Marx-Engels | Lenin | Stalin | Home Page")
NAV_LINE = re.compile(r"^[^|]{1,40}(?:\|[^|]{1,40}){2,}$")
# an anchor's name before an item's title, as the page's source shows it: <"Answers">
ANCHOR = re.compile(r'^<"[^"<>]{1,120}">\s*')
# "[Source: People's Daily, December 21, 1949]": where the text was first printed
SOURCE_NOTE = re.compile(r"^\[\s*Source\s*:\s*(?P<cited>[^\]]+?)\.?\s*\]$", re.I)
# the works named after their author, alone on a line: "Selected Works of Mao Tse-tung"
WORKS_NAME = re.compile(r"^(?:The\s+)?(?:Selected|Collected|Complete)\s+Works\s+of\s+(?P<author>[A-Z][\w'’.\- ]{2,40})$")
# the labelled lines of an archive's page under the title
# ("Transcription/HTML Markup : ..." one label; "Publisher : Red Star Press Ltd., London, 1986" the
# imprint of the works the "Source" line names)
LABEL = re.compile(r"^(?P<label>Written|Dictated|Wired|Telegraphed|First\s+Published|Published|Publisher|Source|Translated(?:\s+by)?|Translation|"
                   r"Transcri(?:ption|bed)(?:\s+by)?(?:\s*[/\\]\s*(?:HTML|Markup)(?:\s+Markup)?)?|HTML(?:\s+Markup)?|Markup|"
                   r"Proofread(?:ed|ing)?|Online\s+Version|Copyleft|Public\s+Domain|Other\s+Formats|Author\(s\))"
                   # (a wiki's copy of the page sets some without their colon: "Author(s) Lenin", "Written 21 January 1918")
                   r"(?:\s*:\s*|(?<=\(s\))\s+|(?<=Written)\s+(?=\d{1,2}\s+[A-Z][a-z]+\s+1[89]\d\d$))(?P<value>.+)$", re.I)
# who made the web edition: kept as its credits ("Other Formats: Text" the site's, left out)
CREDIT_LABELS = re.compile(r"^(?:transcri|html|markup|proofread|online|copyleft|public)", re.I)
# the site's links about the page, no part of a text: "< backward   forward >", "• README", "| | | |"
SITE_LINKS = re.compile(r"^(?:<?\s*(?:backward|previous|prev)\s+(?:forward|next)\s*>?|[•*]?\s*README|[|\s]+)$", re.I)
# the label's words before the date it gives: "Written: Written on March 23, 1917"; the place
# it was written in before it, "Written: Moscow, September 18, 1918"
WRITTEN_ON = re.compile(r"^(?:Written\s+)?(?:on\s+)?")
# the edition's note of the first printing, a book's title and its year, and its other notes after it:
# "First published in 1933 in Lenin Miscellany XXI. Sent from Petrograd to Pskov. Printed from ..."
FIRST_PUBLISHED_IN = re.compile(r"^First\s+published\s+in\s+(?P<year>1[89]\d\d)\s+in\s+(?P<title>(?:[^.]|(?<=\bNo)\.)+?)\."
                                r"(?:\s+(?P<rest>[A-Z].*))?$")
# (the year alone, the notes after a semicolon: "First published in 1942; Published according to the manuscript")
FIRST_PUBLISHED_YEAR = re.compile(r"^First\s+published\s+in\s+(?P<year>1[89]\d\d)\s*(?:[;.]\s*(?P<rest>[A-Z].*?)\.?)?$")
PERIODICAL_KIND = re.compile(r"^(?:the\s+)?(?:newspaper|journal|magazine|periodical|weekly|daily|bulletin)\b", re.I)


def first_printing(note: str) -> tuple[str, str]:
    """The first printing a "Published:" line cites, as other first printings are cited ("Lenin
    Miscellany XXI, 1933"; a periodical as "1957 in the journal Kommunist No. 5", the form read as
    its issue), and the edition's other notes after it ("Sent from ... Printed from ..."), "" if none."""
    m = FIRST_PUBLISHED_IN.match(" ".join(note.split()))
    year_alone = FIRST_PUBLISHED_YEAR.match(" ".join(note.split()))
    if m is None and year_alone is not None:
        return year_alone.group("year"), (year_alone.group("rest") or "") and year_alone.group("rest") + "."
    if m is None:
        return note, ""
    year, title = m.group("year"), m.group("title").strip()
    cited = f"{year} in {title}" if PERIODICAL_KIND.match(title) else f"{title}, {year}"
    return cited, m.group("rest") or ""


# the edition's note of where the telegram went from, among those of its first printing
SENT_FROM = re.compile(r"\bSent\s+from\s+([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?)\s+to\s+[A-Z]")
WRITTEN_AT = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,\s+(?=\w)")
# "On the occasion of the fourth anniversary of ...": the item's occasion, under its title
OCCASION = re.compile(r"^(?:On\s+the\s+occasion\s+of|On\s+the\s+\w+\s+anniversary\s+of|In\s+connection\s+with)\b", re.I)
# the newspaper it was printed in, in parentheses under the signature: ("Daily Review," No. 44, 21 February, 1951)
# (or a newspaper's name unquoted, "(Soviet News, 11 June, 1951)", or a book with its publisher, place
# and year, "(For Peaceful Coexistence: ..., International Publishers, New York, 1951)")
PRINTED_IN = re.compile(r"^\((?P<cited>[\"“'‘][^()]*?(?:1[89]|20)\d\d"
                        r"|[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,3}\s+(?:News|Times|Daily|Gazette|Herald|Bulletin|Pravda),\s+[^()]*?(?:1[89]|20)\d\d"
                        r"|[A-Z][^()]*?,\s+[^(),]*\b(?:Publishers?|Press|Publishing(?:\s+House)?)\s*,\s+[A-Z][\w .]+,\s+(?:1[89]|20)\d\d)"
                        r"\.?\)$")
# a telegram, letter or message named as such before its addressee: "Greetings Telegram to ..."
# (or a reply to one: "Reply to Mao Tse-tung's telegram of ...")
KIND_TO = re.compile(r"\b(?:" + CABLE_KIND + r"|letter|message|greetings?)s?\b.*\bto\b"
                     r"|^(?:reply|answer|response)\s+to\b.*\b(?:" + CABLE_KIND + r"|letter|message)s?\b"
                     # (or its address alone, "To the Prime Minister of Mongolia", "To Comrade Tito")
                     # (its note's mark after it: "To:   G. V. CHICHERIN[1]")
                     r"|^(?-i:To):?\s+(?:the\s+)?(?-i:[A-Z])[\w'’\-.]*(?:\s+(?:of|the|and|(?-i:[A-Z])[\w'’\-.]*))*(?:\[\d{1,3}\])?$", re.I)

# a heading naming its writer by his initials and surname, then whom he wrote to: "G. A. Astakhov to the ..."
WRITER_TO = re.compile(r"^(?:[A-Z]\.\s?){1,3}\s*[A-Z][\w'’\-]+\s+to\s+\S")

# a text of the works that is no telegram or letter, named by its kind at the head of its title:
# "Address at Birthday Celebration Meeting ...", "Speech at ...", "Answers to Four Questions ..."
OTHER_TEXT = re.compile(r"^(?:Speech|Address|Report|Article|Interview|Answers?|Talk|Conversation|Statement|Toast"
                        r"|Remarks|Editorial|Preface|Foreword|Introduction|Order\s+of\s+the\s+Day|Inscription)\b")


@dataclass
class WebItem:
    title: tuple[int, str]
    body: list[tuple[int, str]]
    citation: str = ""
    occasion: str = ""
    first_published: list[str] = field(default_factory=list)
    telegram: bool = True
    sent: str = ""  # "Wired: 16 February, 1920": the date the page's label gives
    sent_from: str = ""  # "Written: Moscow, September 18, 1918", "Sent from Zurich to Christiania.": where
    edition_notes: list[str] = field(default_factory=list)  # "Sent from ... Printed from the telegraph form."


@dataclass
class WebPage:
    items: list[WebItem]
    author: str = ""  # the author of the works (the sender where the title names only the addressee)
    works: str = ""  # "Selected Works of Mao Tse-tung"
    credits: list[str] = field(default_factory=list)  # "Transcription: ...", "HTML: ..."
    translator: str = ""
    signer: str = ""  # who signs the page's other texts, "J. Stalin" (the sender of one it prints unsigned)
    # nothing says whose works the page is of: no works named, no author, no site's navigation, no
    # page title over its one item (a link back to the index alone, "← Back to index")
    unnamed: bool = False
    # the title of a selection the page is of, no works of an author: "Selected Documents of Soviet
    # Diplomacy - 1919 to 1941" (its years those it covers)
    collection: str = ""


def _date_alone(line: str) -> bool:
    """A date with its year and nothing else: "December 19, 1949", "February 1952", "March, 1951"
    (a tag's stray bracket before it, ">December 21, 1949", no part of it)."""
    line = line.strip().lstrip(">").strip().rstrip(".")
    found = find_dates(line)
    return len(found) == 1 and found[0].start == 0 and found[0].end >= len(line) and bool(re.search(r"\d{4}", line))


def _dateline(line: str) -> bool:
    """A date alone, or with the document's marking after it: "July 8, 1939 top secret" (a
    heading's date line, as a selection of documents prints it)."""
    from ..transforms.structure.lines import cable_line  # (here: the transforms read the sources' model)
    if _date_alone(line):
        return True
    found = find_dates(line.strip())
    rest = line.strip()[found[0].end:].strip(" ,.") if found and found[0].start == 0 else ""
    return bool(rest) and _date_alone(line.strip()[:found[0].end]) and cable_line(rest) == "classification"


# a link back to the site's index above a page's text: "← Back to index", "Back to contents"
BACK_LINK = re.compile(r"^(?:[←<]\s*)?(?:back\s+to\s+(?:the\s+)?(?:index|contents|list|top)|index|home)\s*$", re.I)
# a site's line of the original's date and where it is, under a title: "1945-08-29 ru:marxists.org"
ORIGINAL_TAG = re.compile(r"^\d{4}-\d\d-\d\d\b(?:\s+\S+)?$")


def _dated_heading(content: list[tuple[int, str]], i: int) -> bool:
    """The line at i is an item's title: under it its occasion lines, if any, then a date alone."""
    from ..transforms.structure.lines import cable_line  # (here: the transforms read the sources' model)
    line = ANCHOR.sub("", content[i][1].strip())
    if not line or _date_alone(line) or line.endswith((".", ":", ",")) or len(line) > 200 or OCCASION.match(line):
        return False
    if LABEL.match(line):  # "Translated: Clemens Dutt" over the date: the page's labelled line, no title
        return False
    if cable_line(line) == "classification":  # "Priority. By direct line" over a telegram's date: its marking
        return False
    if ORIGINAL_TAG.match(line):  # "1945-08-29 ru:marxists.org": a date and where the original is, no title
        return False
    above = content[i - 1][1].strip() if i > 0 else ""
    if above.endswith(",") and len(above.split()) <= 4:
        return False  # "Frunze," / "Revolutionary Military Council ..., Kharkov" over the date: the address's office
    j = i + 1
    if j + 1 < len(content) and ORIGINAL_TAG.match(content[j][1].strip()):
        j += 1  # (that line between the title and the date: the site's)
    while j < len(content) and j <= i + 3 and OCCASION.match(content[j][1].strip()):
        j += 1
    return j < len(content) and _dateline(content[j][1])


def _join_wrapped(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """A title or an occasion the page breaks over lines ("Greetings Message to the Chairman of
    the Central People's Government of the" / "Chinese People's Republic Mao Tse Tung", then "On
    the occasion of the twenty-third anniversary of the" / "People's Liberation Army ..." and the
    date) made one line: lines next to each other, the first ending without a stop, the run
    ending in an occasion line or a date alone (a heading's, not the text's lines)."""
    def wraps(a: str, b: str) -> bool:
        return not (a.endswith((".", ":", ";", "!", "?", ")", "]")) or LABEL.match(a) or LABEL.match(b)
                    or _date_alone(a) or _date_alone(b) or OCCASION.match(b) or WORKS_NAME.match(a))
    out = [(n, n, l) for n, l in lines]  # (first line, last line, text)
    i = 0
    while i + 1 < len(out):
        (first, last, a), (n, m, b) = out[i], out[i + 1]
        after = out[i + 2][2] if i + 2 < len(out) else ""
        heading = OCCASION.match(a) or OCCASION.match(after) or _dateline(after)
        # (a blank line between the two when the first ends in a word no title ends in: "... of the" / "USSR")
        near = n == last + 1 or n == last + 2 and re.search(r"\b(?:of|the|and|to|for|in)$", a)
        if near and heading and wraps(a, b):
            out[i:i + 2] = [(first, m, f"{a} {b}")]
            i = max(i - 1, 0)  # (a title over three lines: the line above may wrap onto the run joined)
            continue
        i += 1
    return [(first, l) for first, _, l in out]


def web_signs(content: list[tuple[int, str]]) -> int:
    """How many of a web page's marks the text bears (navigation line, anchors, the works' name
    alone on a line over the title, "[Source: ...]" under it, labelled lines, items with their
    newspaper in parentheses)."""
    lines = [l.strip() for _, l in content]
    top = lines[:8]
    signs = 0
    signs += any(NAV_LINE.match(l) and "|" in l and len(l) < 120 for l in lines[:3] + lines[-3:])
    signs += any(ANCHOR.match(l) for l in lines)
    signs += any(WORKS_NAME.match(l) for l in top)
    # ("[Source: ...]" right under the date line under the title; not a compilation's archival
    # reference under an item's signature)
    signs += any(SOURCE_NOTE.match(l) and _date_alone(top[i - 1]) for i, l in enumerate(top) if i > 1)
    labels = {LABEL.match(l).group("label").split()[0].lower() for l in top if LABEL.match(l)}
    signs += "source" in labels and len(labels) >= 2
    signs += sum(1 for l in lines if PRINTED_IN.match(l)) >= 1 and sum(
        1 for i in range(len(content)) if _dated_heading(content, i)) >= 1
    return signs


# the editor's title of a text in square brackets, dated at its end: "[Reply to the Prime Minister
# of India, ..., July 15, 1950]" (a telegram, reply or message the page gives no title of its own)
EDITOR_TITLE = re.compile(r"^\[(?P<title>(?:Reply|Answer|Response|Telegram|Cable|Message|Letter|Greetings?)\b[^\[\]]{10,})\]$")


def _editor_title(line: str) -> str:
    """The title of an editor's bracketed title line, dated at its end; "" for any other line."""
    match = EDITOR_TITLE.match(line.strip())
    if match is None:
        return ""
    dates = find_dates(match.group("title"))
    return match.group("title").strip() if dates and dates[-1].end >= len(match.group("title").rstrip(" .")) else ""


def web_page(content: list[tuple[int, str]]) -> WebPage | None:
    """The page's items and what it says of them, or None when the text is no such page."""
    if not web_signs(content):
        return None
    lines = [(n, l.strip()) for n, l in content
             if not (NAV_LINE.match(l.strip()) and len(l.strip()) < 120) and not SITE_LINKS.match(l.strip())]
    lines = _join_wrapped(lines)
    page = WebPage(items=[])
    works = [(n, l) for n, l in lines if WORKS_NAME.match(l)]
    if works:  # the works' name over the title, and again at the foot: the page's, not the text's
        page.works = works[0][1]
        page.author = WORKS_NAME.match(works[0][1]).group("author").strip()
        lines = [(n, l) for n, l in lines if not WORKS_NAME.match(l)]
    starts = [i for i in range(len(lines)) if _dated_heading(lines, i) or _editor_title(lines[i][1])]
    if not starts:  # one text, undated: its title the first line naming a telegram or letter
        starts = [next((i for i, (_, l) in enumerate(lines[:6]) if KIND_TO.search(l) and not LABEL.match(l)), -1)]
        if starts[0] < 0 and lines and OTHER_TEXT.match(lines[0][1]):
            starts = [0]  # a speech, an article, an interview: an item of the page, to be left out
        if starts[0] < 0:
            return None
    navigation = any(NAV_LINE.match(l.strip()) and len(l.strip()) < 120 for _, l in content)
    page.unnamed = (not page.works and len(starts) == 1 and not navigation
                    and all(BACK_LINK.match(l) for _, l in lines[:starts[0]]))
    # the lines above the first title: the author's name ("J. V. Stalin"), the page's own title
    # ("Telegram to Rumania and more": the page's, no telegram's)
    from .collected_works import _author_line
    for _, line in lines[:starts[0]]:
        line = " ".join(line.split())  # ("V. I.   Lenin": the page sets the initials apart)
        if _author_line(line) and not page.author:
            page.author = line.rstrip(".")
    above = [" ".join(line.split()) for _, line in lines[:starts[0]]]
    if not page.works and not page.author:  # no works named: the collection's title, the page's head and again over the text
        page.collection = next((line for k, line in enumerate(above) if line in above[k + 1:] and not _date_alone(line)), "")
    for k, start in enumerate(starts):
        end = starts[k + 1] if k + 1 < len(starts) else len(lines)
        number, title = lines[start]
        title = ANCHOR.sub("", title)
        title = re.sub(r"^To:\s+", "To ", title)  # "To:   J. V. STALIN": the page's address title, its colon no label's
        edited = _editor_title(title)  # (a reply or message the editor titles: a telegram's text)
        title = edited or title
        # (a dated heading naming its writer, "G. A. Astakhov to the people's commissariat ...": his letter or report)
        written_by = _dated_heading(lines, start) and WRITER_TO.match(title)
        item = WebItem(title=(number, title), body=[], telegram=bool(edited or KIND_TO.search(title) or written_by))
        body = lines[start + 1:end]
        occasion = []
        while body and OCCASION.match(body[0][1]):  # the occasion: part of the heading, not of the text
            occasion.append(body.pop(0)[1])
        item.occasion = " ".join(occasion)
        if len(body) > 1 and ORIGINAL_TAG.match(body[0][1]) and _date_alone(body[1][1]):
            body.pop(0)  # "1945-08-29 ru:marxists.org" over the date: the site's line, not the text's
        if body and _dateline(body[0][1]) and not _date_alone(body[0][1]):  # "July 8, 1939 top secret"
            n, dated = body.pop(0)
            end = find_dates(dated.strip())[0].end
            body[:0] = [(n, dated.strip()[:end]), (n, dated.strip()[end:].strip(" ,."))]  # the date, then its marking
        # the labelled lines under the title (or the date): the citation, the first printing, the credits
        at = 1 if body and _date_alone(body[0][1]) else 0
        wired = None
        while at < len(body) and (LABEL.match(body[at][1]) or SOURCE_NOTE.match(body[at][1])):
            number, line = body.pop(at)
            note = SOURCE_NOTE.match(line)
            if note:
                item.first_published.append(note.group("cited").strip())
                continue
            label, value = LABEL.match(line).group("label").lower(), LABEL.match(line).group("value").strip()
            if label in ("wired", "telegraphed"):  # "Wired: 16 February, 1920": when the telegram was sent
                wired = (number, value)
            elif label == "dictated" and not wired:  # "Dictated: Dictated by phone at 9.00 on May 6, 1922": the day at its end
                found = find_dates(value)
                if found and found[-1].end >= len(value.rstrip(" .")):
                    wired = (number, value[found[-1].start:].rstrip(" ."))
            elif label == "written" and not wired:  # "Written: Written on March 23, 1917": so too, where
                # (a date in both Russian styles its New Style: "November 19 (December 2), 1917")
                written = value[WRITTEN_ON.match(value).end():]  # nothing says when it was wired
                place = WRITTEN_AT.match(written)
                wired = (number, written[place.end():] if place and not _date_alone(written) else written)
                if place and not _date_alone(written):
                    item.sent_from = place.group(0).rstrip(", ")
            elif label == "source":
                item.citation = f"{value}, {item.citation}" if item.citation else value
            elif label == "publisher":  # the imprint of the works cited: after them in the citation
                item.citation = f"{item.citation.rstrip('.')}. {value}" if item.citation else value
            elif "publish" in label:
                printing, notes = first_printing(value)
                item.first_published.append(printing)
                item.edition_notes += [notes] if notes else []
                item.sent_from = item.sent_from or next((m.group(1) for m in [SENT_FROM.search(value)] if m), "")
            elif label.startswith("translat"):
                page.translator = value
            elif label == "author(s)":  # ("Author(s) Lenin": the works' author, as the line over the title names him)
                page.author = page.author or value
            elif CREDIT_LABELS.match(label):
                page.credits.append(re.sub(r"\s*README$", "", " ".join(line.split())))  # (the site's link glued on)
        if wired and _date_alone(wired[1]):
            item.sent = wired[1]
        # the newspaper under the signature: where the text was first printed
        while body and PRINTED_IN.match(body[-1][1]):
            item.first_published.insert(0, PRINTED_IN.match(body.pop()[1]).group("cited").strip())
        item.body = body
        page.items.append(item)
    # (the one who signs the page's other texts, "J. Stalin": the sender of a reply it prints unsigned)
    signers = [item.body[-1][1].rstrip(".") for item in page.items
               if item.body and len(item.body[-1][1].split()) <= 4 and _author_line(item.body[-1][1])]
    if len(signers) >= 2 and len(set(signers)) == 1:
        page.signer = signers[0]
    return page
