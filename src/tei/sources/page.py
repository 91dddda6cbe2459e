"""A page that gives one telegram and cites no source: the telegram's heading naming its parties
("Telegram, Mao Zedong to Liu Shaoqi", "Telegram from Acheson to the U.S. Consulate in Hanoi"),
its date on a line of its own beside the heading, and its text; a blog's or a course reader's
copy of an archive's record or of a volume's text that names no archive, record, book or edition.

Read so that the telegram is not lost: converted with a warning (`no-citation`), the description
of the witness saying that the page cites no source.  The site's lines around it are left out: a
blog's own date and title above the heading, "No comments:", "Post a Comment" and the record's
author list ("Mao, Zedong") under the text; the record's description the page copied after the
telegram's closing lines ("Mao Zedong announces that ...") is its summary.
"""

from __future__ import annotations

import re

from .base import LISTED_NOTE, SUPERSCRIPT_FIGURES, Reader, clean_inline, in_capitals, lines_to_blocks, numbered_lines, wrap_width
from .model import Block, Publication, RawTelegram
from ..vocab import CABLE_KIND, CABLE_KIND_UPPER, RECEIVED_VERB, SECRECY_MARKING

_KIND = r"(?:" + CABLE_KIND + r"|letter|message|despatch|dispatch|airgram|note)"
# a party: capitalised words, with the small words of an office or a post between them ("the U.S.
# Consulate in Hanoi", "the Chairman of the Central People's Government")
_PARTY = (r"(?:the\s+)?[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|\[[^\]]{1,40}\]|\([^)]{1,40}\)|and|of|the|in|at|for|to(?=\s+the\b)"
          # (the post in small letters before the name, as the archive titles it: "DPRK leader Kim Il Sung")
          r"|(?:leader|members?|ambassador|minister|premier|chairman|secretary|representative|commander|envoy)(?=\s+[A-Z])))*")
# a cable's number after its kind: "Ciphered Telegram No. 58986 from X to Y"
_NUMBER = r"(?:\s+(?:No\.|Nº|#)\s*\d[\w/\-]*)?"
# the heading: the kind of message and its parties ("Telegram, X to Y", "Telegram from X to Y",
# "Cable of X to Y"), or the parties alone ("X to Y", with the date beside them)
# (or a history site's, the verb between the parties: "Khrushchev writes Kennedy")
# (the parties alone with "to" in lower case: a line in capitals, "APPEAL TO YOU ... TO", is a cable's text)
HEADING = re.compile(rf"^(?i:(?:the\s+)?(?:(?:ciphered|coded|secret|top\s+secret)\s+)?(?P<kind>{_KIND})s?"
                     + _NUMBER +
                     rf"(?:\s*,\s*(?:from\s+)?|\s+(?:from|of|by)\s+))(?P<parties>{_PARTY}\s+(?:to|TO)\s+{_PARTY})"
                     # (what it is about after the parties, as the archive titles a record: "... regarding a
                     # Meeting with Mao Zedong", ", transmitting ...": read only with the date over the heading)
                     rf"(?P<subject>,?\s+(?i:regarding|concerning|about|reporting)\s+\S.{{3,200}}|,\s+(?:transmitting|conveying|containing|forwarding)\s+\S.{{3,200}})?\.?$"
                     rf"|^(?P<alone>{_PARTY}\s+to\s+{_PARTY})\.?$"
                     rf"|^(?P<verb>{_PARTY}\s+(?:writes|wrote|cables|cabled|wires|telegraphs)\s+(?:to\s+)?{_PARTY})\.?$"
                     # (the addressee first: "Telegram to the President from Generalissimo Chiang Kai-shek")
                     rf"|^(?i:{_KIND})s?\s+to\s+(?P<tofrom>{_PARTY}\s+from\s+{_PARTY})\.?$"
                     # (the sender alone, as the archive titles a record whose addressee it does not know: "Telegram
                     # from Soviet Politburo members Mikoyan and Suslov reporting on ...", "Cable Nº 32951 from Tehran",
                     # "Telegram from Polish Embassy in Havana (Jeleń), 29 May 1962": read only with the date over it)
                     # ("Top Secret Telegram from Soviet Ambassador Yudin reporting on ...": its secrecy marking first)
                     rf"|^(?i:(?:(?:{SECRECY_MARKING})\s+)?(?:(?:ciphered|coded)\s+)?{_KIND})s?{_NUMBER}\s+from\s+(?P<sender>{_PARTY})"
                     r"(?:,\s+\d{1,2}\s+[A-Z][a-z]+\s+\d{4}|\s+(?:reporting|regarding|concerning|about)\s+\S.{3,200})?\.?$")
# a heading of that kind over two lines, "Telegram to the President" / "from Generalissimo ..."
_TO_LINE = re.compile(rf"^(?i:{_KIND})s?\s+to\s+{_PARTY}$")
_FROM_LINE = re.compile(rf"^from\s+{_PARTY}\.?$")


def _heading_over_two_lines(content: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The page's lines, a heading the page sets over two lines ("Telegram to the President" /
    "from Generalissimo Chiang Kai-shek") one line."""
    out = list(content)
    for i in range(min(len(out) - 1, 15)):
        if _TO_LINE.match(out[i][1].strip()) and _FROM_LINE.match(out[i + 1][1].strip()):
            out[i] = (out[i][0], f"{out[i][1].strip()} {out[i + 1][1].strip()}")
            del out[i + 1]
            break
    return out

# the heading with the date at its end, and when it was received after it: "The telegram of Soviet
# Ambassador to the UK, F.T. Gusev, sent to the People's Commissariat for Foreign Affairs, 18
# October 1943 (received on 19 October)." (its parties set apart by "sent to", the sender's office
# may hold a "to" of its own)
DATED_HEADING = re.compile(rf"^(?P<head>(?i:(?:the\s+)?(?:(?:ciphered|coded|secret|top\s+secret)\s+)?{_KIND}s?\s+(?:from|of|by)\s+)"
                           r"(?P<parties>[A-Z][^()]{2,120}?\s(?:sent\s+)?to\s+(?:the\s+)?[A-Z][^()]{2,100}?)),\s+"
                           r"(?P<date>\d{1,2}\s+[A-Z][a-z]+\.?\s+1[89]\d\d|[A-Z][a-z]+\.?\s+\d{1,2},\s+1[89]\d\d)"
                           rf"(?:\s*\((?P<received>(?i:{RECEIVED_VERB})\b"
                           r"[^()]{3,40})\))?\.?$")

# the site's lines under the text: a blog's ("No comments:", "Post a Comment", "Newer Post", "Labels:
# ...", "Posted by ..."), a site's ("Back to index", "Share"), a record's labels ("Author(s):")
FURNITURE = re.compile(r"^(?:\d+\s+comments?|no\s+comments|post\s+a\s+comment|newer\s+posts?|older\s+posts?|home|"
                       r"subscribe\s+to\b.*|labels?\s*:.*|posted\s+by\b.*|share(?:\s+this)?|email\s+this|blogthis!|"
                       r"share\s+to\s+\w+|(?:←\s*)?back\s+to\s+(?:top|index|the\s+index)|author(?:s|\(s\))?|"
                       r"related\s+(?:posts?|documents?)|leave\s+a\s+(?:comment|reply))\s*[:.!]?$", re.I)
# a record's author as its list gives him, surname first: "Mao, Zedong"
INVERTED_NAME = re.compile(r"^[A-Z][\w'’\-]+,\s+[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?$")
# what cites a source: a works' volume, pages with a year, a "Source:" or "Citation" line, an
# archive's file, FRUS's file line, the archive's site
CITES = re.compile(r"^(?:source|citation|sources?\s+cited|reference)\s*:?\s*(?:$|\S)|\b(?:works|writings),?\s+vol"
                   r"|\bpp?\.\s*\d+.{0,40}\b1[89]\d\d\b|\b1[89]\d\d\b.{0,60}\bpp?\.\s*\d"
                   r"|\b(?:f|fond)\.?\s*\d+[a-z]?,\s*(?:op|opis)\b|\bdigital\s+archive\b|\bforeign\s+relations\s+of\b"
                   r"|^\d{3}\.\d+[^\s:]*\s*:\s*telegram|\btranslated\s+(?:by|for)\b|\bISBN\b", re.I | re.M)

# the volume's or the site's name over the items, the kind of them all in the plural: "Stalin Letters to Molotov"
COLLECTION = re.compile(r"^(?:[A-Z][\w.'’\-]*\s+){0,4}(?i:letters|telegrams|cables|correspondence)\b[^.!?;:]{0,60}$")
# an item's number over it: "Letter 45", "Document No. 12"
ITEM_LABEL = re.compile(rf"^(?i:{_KIND}|document|item)s?\s+(?:No\.\s*)?\d{{1,4}}\.?$")

UNCITED = ("The page cites no source: it names no archive, record, book or edition the text was "
           "taken from.")


def _date_alone(line: str) -> bool:
    """A date with its year and nothing else ("January 17, 1950", "May 20, 1949", "August, 1945"),
    or the dateline of the letter, its place before it ("Moscow, October 27, 1962.")."""
    from .wilson import RECORD_DATE
    from .web_works import _date_alone as dated
    line = _PLACE_BEFORE.sub("", line.strip())
    line = re.sub(r"^\[([^\[\]]+)\]$", r"\1", line)  # (the editor's date in brackets: "[1 September 1929]")
    return bool(RECORD_DATE.match(line)) or dated(line)


# the place a dateline names before its date: "Moscow, ", "New York, "
_PLACE_BEFORE = re.compile(r"^[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?,\s+(?=[A-Z]|\d)")


def _find(content: list[tuple[int, str]]) -> tuple[int, int] | None:
    """Where the heading and the date stand among the page's first lines (their indexes), or
    None: the heading a line of its own, the date alone on the line above or under it (or under
    the site's line of the original's date and place, "1945-08-29 ru:marxists.org")."""
    for h, (_, line) in enumerate(content[:15]):
        if (dated := DATED_HEADING.match(clean_inline(line.strip()))) and _date_alone(dated.group("date")):
            return h, h  # (the date in the heading)
        heading = HEADING.match(clean_inline(line.strip()))
        if heading is None or len(line.strip()) > 160:
            continue
        for d in (h + 1, h - 1, h + 2, h + 3, h + 4):
            if (heading.group("subject") or heading.group("sender")) and d != h - 1:
                continue  # (a subject's title with the date under it is an item of a site of many: titled_item)
            if 0 <= d < len(content) and _date_alone(content[d][1]) and (
                    d <= h + 1 or d == h + 2 and re.match(r"\d{4}-\d\d-\d\d\b", content[h + 1][1].strip())
                    # (or under the volume's name and the letter's number: "Stalin to Molotov" / "Stalin Letters
                    # to Molotov" / "Letter 45" / "[1 September 1929]")
                    or all(COLLECTION.match(l.strip()) or ITEM_LABEL.match(l.strip()) for _, l in content[h + 1:d])):
                return h, d
    return None


class UncitedPageReader(Reader):
    name = "uncited-page"
    help = "a page giving one telegram's heading, its date and its text, and no source citation"
    most = 1.75

    @classmethod
    def score(cls, text: str) -> float:
        """Above a title alone (a collected works' layout without its citation, 1.5), below every
        layout whose source is cited (a compilation's headings, 2): 1.75 where the page has one
        heading and a date beside it, a text of prose under them, and nothing citing a source."""
        content = _heading_over_two_lines([(n, l) for n, l in numbered_lines(text) if l.strip()])
        found = _find(content)
        if found is None or CITES.search(text):
            return 0.0
        if sum(1 for _, l in content if HEADING.match(clean_inline(l.strip())) and not COLLECTION.match(l.strip())) > 1:
            return 0.0  # (the items of a book: a heading each)
        from .web_works import web_signs
        if web_signs(content):
            return 0.0
        after = content[max(found) + 1:]
        return cls.most if sum(len(l.split()) for _, l in after) >= 25 else 0.0  # (a text, its lines wrapped or not)

    def read(self, text: str, source: str) -> list[RawTelegram]:
        content = _heading_over_two_lines([(n, l) for n, l in numbered_lines(text) if l.strip()])
        found = _find(content)
        if found is None:
            raise self.fail(source, 1, "no telegram found: a page of one telegram gives its heading ('Telegram from "
                            "X to Y') and its date on a line of its own beside it; pick another --format")
        h, d = found
        title_line, title = content[h][0], clean_inline(content[h][1].strip())
        body = content[max(h, d) + 1:]
        date_text = content[d][1].strip()
        heading_line = ""
        if d == h:  # the date in the heading: the title before it, the heading whole (its "(received on ...)")
            dated = DATED_HEADING.match(title)
            heading_line, title, date_text = title, dated.group("head"), dated.group("date")
        if _PLACE_BEFORE.match(date_text) and d > h:  # the letter's dateline, its place with it: the text's first line
            body.insert(0, content[d])
            date_text = _PLACE_BEFORE.sub("", date_text)
        # (a funder's line under the title, the archive's "This document was made possible with support from
        # ...": the site's, not the text's first paragraph)
        from .wilson import CREDITS_LINE
        while body and CREDITS_LINE.match(body[0][1].strip()):
            body.pop(0)
        # the site's lines under the text, from the end: its furniture and the record's author
        while body and (FURNITURE.match(body[-1][1].strip()) or INVERTED_NAME.match(body[-1][1].strip())):
            body.pop()
        # (the width the page was cut at, measured on all its lines: a short letter's body alone has
        # too few to tell, and its line cut before a capital, "the Soviet" / "Government", read as a
        # paragraph's end; with the blank lines between the body's, which end its paragraphs there)
        every_line = numbered_lines(text)
        spaced = [(n, l) for n, l in every_line if body and body[0][0] <= n <= body[-1][0]]
        blocks = _form_blocks(body) or lines_to_blocks(spaced, wrap_width(every_line))
        if not blocks:
            raise self.fail(source, title_line, f"the heading ('{title}') and its date are followed by no text")
        pub = Publication(kind="page", uncited=UNCITED)
        record = RawTelegram(source=source, reader=self.name, position=1, line=blocks[0].line, publication=pub,
                             title=title, title_line=title_line, blocks=blocks, date_text=date_text, heading=heading_line)
        # the record's description copied after the closing lines: it speaks of the sender ("Mao
        # Zedong announces that ..."), under a dateline
        heading = HEADING.match(title) or DATED_HEADING.match(heading_line)
        if heading.groupdict().get("sender"):
            sender = heading.group("sender")
        elif heading.groupdict().get("tofrom"):
            sender = re.split(r"\s+from\s+", heading.group("tofrom"), maxsplit=1)[1]
        else:
            sender = re.split(r"\s+(?:to|TO|writes|wrote|cables|cabled|wires|telegraphs)\s+",
                              next(filter(None, map(heading.groupdict().get, ("parties", "alone", "verb")))), maxsplit=1)[0]
        sender = re.sub(r"^the\s+", "", sender, flags=re.I)
        if len(blocks) > 2 and blocks[-1].text.startswith(sender + " ") and _closing(blocks[-2].text):
            record.summary = clean_inline(blocks.pop().text)
        _notes_after_signature(record)
        record.warnings.append((title_line, "the page cites no source (no archive, record, book or edition the text "
                                "was taken from): converted without a citation, the description of the source saying "
                                "so; add where the text comes from (the record's or the book's citation) to the page",
                                "no-citation"))
        from .wilson import _split_reply  # (the addressee's answer under the telegram, as a record prints it)
        return _split_reply(record)




def _notes_after_signature(record: RawTelegram) -> None:
    """The notes the page lists under the signature ("J. Stalin" / "1. For the report of ..." /
    "2. Contracting ..."), each at its mark in the text as FRUS's pages are read ("press, 1 it's",
    "contracting.2,3"): the editor's notes, not paragraphs of the letter."""
    from .frus_web import _place_notes
    blocks = record.blocks
    k = len(blocks)
    while k > 1 and blocks[k - 1].kind == "text" and LISTED_NOTE.match(blocks[k - 1].text):
        k -= 1
    signed = blocks[k - 1].text.strip() if 0 < k < len(blocks) else ""
    # (under a name alone, a few capitalised words: the signature, so the numbered lines are no points of the text;
    # not a name a mark is glued to, "NOWAK3", nor a text with superscript marks: the page's notes the usual way)
    if not re.fullmatch(r"(?:[A-Z]\.\s?){0,3}[A-Z][^\W\d_'’\-]*(?:[\s'’\-][A-Z][^\W\d_]*){0,2}", signed) \
            or any(re.search(f"[{SUPERSCRIPT_FIGURES}]", b.text) for b in blocks[:k]):
        return
    notes = [(m.group("mark"), m.group("text").strip(), b.line) for b in blocks[k:] for m in [LISTED_NOTE.match(b.text)]]
    if [int(n) for n, _, _ in notes] != list(range(1, len(notes) + 1)):
        return
    # (the list the editor's notes only where the text has a mark of one at least: else the letter's
    # enclosures, "1. Draft of the joint communique ...", its lines as printed)
    texts, placed, unplaced = [b.text for b in blocks[:k]], dict(record.footnotes), len(record.publication.notes)
    listed = blocks[k:]
    del blocks[k:]
    _place_notes(record, notes, None)
    if record.footnotes.keys() == placed.keys():
        for block, words in zip(blocks, texts):
            block.text = words
        blocks.extend(listed)
        del record.publication.notes[unplaced:]


def _form_blocks(body: list[tuple[int, str]]) -> list[Block] | None:
    """A telegram typed in capitals as its form prints it ("* TELEGRAM" / "PRESIDENT HOCHIMINH ...
    HANOI" / "TO THE PRESIDENT OF ..." / the message / "RESPECTFULLY" / "HOCHIMINH"), as blocks: the
    form's word (the page's bullet before it left out), the sender's and the addressee's lines each a
    block, the message one block (its lines are the form's width, not paragraphs: a cable has none,
    "STOP" ends its sentences; a blank line still parts two), and the closing formula and the
    signature each a block.  None where the body is no such form."""
    from ..transforms.structure.lines import CLOSING_FORMULA
    content = [(n, l.strip()) for n, l in body]
    filled = [i for i, (_, l) in enumerate(content) if l]
    if not filled or not FORM_WORD.match(content[filled[0]][1]):
        return None
    to = next((k for k in filled[1:4] if FORM_TO.match(content[k][1])), None)
    rest = [i for i in filled if to is not None and i > to]
    if to is None or len(rest) < 3 or not in_capitals(" ".join(content[i][1] for i in rest)):
        return None
    head = [Block(re.sub(r"^[*•]\s*", "", content[i][1]), content[i][0]) for i in filled if i <= to]
    # the signature under the message (a name of a few words), and the formula above it
    closing = [rest[-1]] if len(content[rest[-1]][1].split()) <= 4 and not content[rest[-1]][1].endswith("STOP") else []
    if closing and CLOSING_FORMULA.match(content[rest[-2]][1]):
        closing.insert(0, rest[-2])
    joined: list[Block] = []
    for i in range(to + 1, closing[0] if closing else len(content)):
        number, line = content[i]
        if not line:
            continue
        if joined and content[i - 1][1]:  # (a line of the form's width: the message goes on)
            joined[-1].text += " " + line
        else:
            joined.append(Block(line, number))
    return head + joined + [Block(content[i][1], content[i][0]) for i in closing]


def _closing(text: str) -> bool:
    """A telegram's closing line: a date (with its time, "10:00 p.m., 17 January [1950]") or a name alone."""
    from ..dates import find_dates
    bare = re.sub(r"[\[\]]", "", text)  # (the year the editor supplies: "17 January [1950]")
    found = find_dates(bare)
    return bool(found and found[-1].end >= len(bare.rstrip(". ")) - 1) or bool(
        re.fullmatch(r"(?:[A-Z][\w.'’\-]*\s?){1,4}", bare.strip()))


__all__ = ["UncitedPageReader", "addressee_only", "what_the_page_is"]


# A page no layout reads, told what it is (see convert.read_telegrams).

# a despatch's lines: its subject, its address to the Secretary ("The Honorable" / "The Secretary of
# State"), its opening formula
SUBJECT = re.compile(r"^Subject\s*:\s*\S", re.I)
DESPATCH = re.compile(r"^(?:The\s+Honou?rable|Sir\s*:|I\s+have\s+the\s+hono[u]?r\s+to\b)", re.I)


def cable_alone(text: str) -> tuple[int, str] | None:
    """A cable's text under its markings or routing, with nothing naming it (no heading of its
    parties and date, no citation): the first such line (number, text) among the page's first
    lines, else None."""
    from ..transforms.structure.lines import FROM_TO, RUN_MARKINGS  # (here: the transforms read the sources' model)
    content = [(n, l.strip()) for n, l in numbered_lines(text) if l.strip()]
    found = next(((n, l) for n, l in content[:10] if RUN_MARKINGS.match(l) or FROM_TO.match(l)), None)
    # a decrypt's labelled routing on two lines, under its transcribers' front matter: "From: WASHINGTON" / "To: MOSCOW"
    return found or next(((n, f"{l} / {content[i + 1][1]}") for i, (n, l) in enumerate(content[:30][:-1])
                          if LABELLED_FROM.match(l) and LABELLED_TO.match(content[i + 1][1])), None)


LABELLED_FROM = re.compile(r"^From\s*:\s*[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2}$")
LABELLED_TO = re.compile(r"^To\s*:\s*[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2}$")


def despatch(text: str) -> tuple[int, str] | None:
    """A despatch, the report a post sends by the mail ("No. 38" / "Kunming, China, October 24,
    1945." / "Subject: ..." / "The Honorable" / "The Secretary of State"): its subject's line
    (number, text), where the page has it and the despatch's address or formula, else None."""
    content = [(n, l.strip()) for n, l in numbered_lines(text) if l.strip()][:30]
    subject = next(((n, l) for n, l in content if SUBJECT.match(l)), None)
    return subject if subject and any(DESPATCH.match(l) for _, l in content) else None


# a telegram as its form prints it: the word alone over the sender's and the addressee's lines
# ("* TELEGRAM" / "PRESIDENT HOCHIMINH ... HANOI" / "TO THE PRESIDENT OF THE UNITED STATES ...")
FORM_WORD = re.compile(r"^(?:[*•]\s*)?" + CABLE_KIND_UPPER + r"\.?$")
FORM_TO = re.compile(r"^TO\s+(?:THE\s+)?[A-Z][A-Z.,' \-]{3,}$")


def telegram_form(text: str) -> tuple[int, str] | None:
    """The word of a telegram's form (number, line) over its addressee's line within the next two,
    where the page gives no date beside them; else None."""
    content = [(n, l.strip()) for n, l in numbered_lines(text) if l.strip()]
    for i, (n, line) in enumerate(content[:15]):
        if FORM_WORD.match(line) and any(FORM_TO.match(l) for _, l in content[i + 1:i + 4]):
            return n, line
    return None


# a page of the works on the web titled by the addressee alone, "Message to W. Churchill (Correspondence
# Vol. 1, No. 93)", "To the Prime Minister of Mongolia", and the site's line of the original's date under it
_TO_ONLY = re.compile(rf"^(?:(?:{_KIND}|reply|greetings?|answer)\s+)?to\s+(?P<to>{_PARTY})(?:\s*\([^()]{{1,80}}\))?\.?$", re.I)
_SITE_DATE = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d)\b")


def addressee_only(text: str) -> tuple[int, str] | None:
    """For a page of the works on the web ("← Back to index") whose title names the addressee alone
    and whose only date is the site's line under it ("1942-12-06 Correspondence V1, No. 93, to
    Churchill"), no date of the text's own: (the title's line, what it lacks and how to add it)."""
    from ..transforms.structure.lines import is_signature
    content = [(n, clean_inline(l.strip())) for n, l in numbered_lines(text) if l.strip()]
    if not content or not FURNITURE.match(content[0][1]) or "index" not in content[0][1].lower():
        return None
    for h in range(1, min(4, len(content) - 2)):
        title, site = content[h][1], content[h + 1][1]
        if not (_TO_ONLY.match(title) and (site_date := _SITE_DATE.match(site))):
            continue
        if any(_date_alone(line) for _, line in content[h + 2:h + 4]):
            return None  # (the page dates the text: the uncited page's reader reads it)
        signed = is_signature(content[-1][1])
        lacks = ("no date of the text's own, only the site's line under the title" if signed else
                 "no sender (the title names only the addressee and no signature stands under the text) and no "
                 "date of its own, only the site's line under the title")
        return content[h][0], (f"no telegram found: the page gives one text of the works ('{title}', line {content[h][0]}) "
                               f"and the site's line of its date ('{site[:60]}', line {content[h + 1][0]}), but "
                               f"{lacks}: name the sender in the title and give the date alone on the line under "
                               f"the site's ('{_kind_word(title)} from X to {_TO_ONLY.match(title).group('to')}' / "
                               f"the date written out, as '{_written(site_date.group('date'))}')")
    return None


def _kind_word(title: str) -> str:
    """The kind of text the title names first ("Message to ..."), else "Telegram"."""
    word = title.split()[0]
    return word if word.lower() != "to" else "Telegram"


def _written(iso: str) -> str:
    import calendar
    y, m, d = map(int, iso.split("-"))
    return f"{calendar.month_name[m]} {d}, {y}" if 1 <= m <= 12 else iso


# the title of an order, a directive or a decree, as a book's chapter or the page heads it: "Chapter 38
# Order to form the Chinese People's Volunteers", "Directive of the Central Military Commission on ..."
ORDER_TITLE = re.compile(r"^(?:(?:Chapter|CHAPTER)\s+\d{1,3}\.?\s+)?(?P<title>(?:Order|ORDER|Directive|DIRECTIVE|Decree|DECREE)"
                         r"(?:\s+(?:No\.\s*\d+\s+)?(?:to|on|of|for|concerning|about|TO|ON|OF|FOR)\b[^.;:!?]{3,150})?)$")


def order_page(text: str) -> tuple[int, str] | None:
    """(The line, the title) of a page that gives an order, a directive or a decree under its title
    and date ("(October 8, 1950)" on the line under it or in it), or None."""
    from ..dates import find_dates
    content = [(n, clean_inline(l.strip())) for n, l in numbered_lines(text) if l.strip()]
    for i, (n, line) in enumerate(content[:10]):
        order = ORDER_TITLE.match(line)
        if order and any(find_dates(near[:80]) for _, near in content[i:i + 2]) and len(content) > i + 1:
            return n, order.group("title")
    return None


# a Digital Archive record's title, its kind before the comma and the parties after it: "Report, Zhou
# Enlai to the Chairman [Mao Zedong]", "Hand delivered note, Zhou Enlai to Stalin, conveying ..."
# (or the kind and its sender, the archive's newer titles: "Cable from the Chinese Embassy in Vietnam, 'Reactions ...'")
RECORD_TITLE = re.compile(r"^[A-Z][A-Za-z\- ]{2,40},\s+[A-Z].{2,200}?\sto\s.{2,200}$"
                          rf"|^(?i:{CABLE_KIND}|letter|message)\s+(?:No\.?\s*\S+\s+)?from\s+(?:the\s+)?[A-Z].{{2,200}}$")


def cut_record(text: str) -> tuple[int, str] | None:
    """A Digital Archive record's page copied without its source: its date alone on a line and its
    title under it ("September 14, 1952" / "Report, Zhou Enlai to the Chairman [Mao Zedong]") at the
    top (under "Skip to content"), and nowhere the record's "Document Information" or a citation (the
    copy ends before them): (the title's line, the title), or None."""
    from .wilson import RECORD_DATE
    lines = [(n, l.strip()) for n, l in numbered_lines(text) if l.strip() and not re.fullmatch(r"(?i)skip to (?:main )?content", l.strip())]
    if len(lines) < 4 or re.search(r"(?im)^(?:document information|source|citation)\s*:?\s*$", text) or CITES.search(text):
        return None
    for (_, date), (n, title) in zip(lines[:3], lines[1:4]):
        if RECORD_DATE.match(date) and RECORD_TITLE.match(title):
            return n, title
    return None


# a course reader's headnote over the parts of a document it prints: "The following selections are from
# a telegram written by Shtykov to Moscow ...", "The excerpts below are taken from ..."
SELECTIONS = re.compile(r"\b(?:the\s+following\s+(?:selections?|excerpts?|extracts?|passages?)\s+(?:are|is)\s+(?:taken\s+)?from"
                        r"|(?:selections?|excerpts?|extracts?|passages?)\s+(?:below|that\s+follow)\s+(?:are|is)\s+(?:taken\s+)?from)"
                        r"\s+(?:an?|the)\s+(?:\w+\s+){0,2}(?:" + CABLE_KIND + r"|letter|message)\b", re.I)


def selections(text: str) -> tuple[int, str] | None:
    """The line of a headnote that says the page prints selections of a telegram, and those words, or None."""
    for n, line in numbered_lines(text):
        m = SELECTIONS.search(line)
        if m and not CITES.search(text):
            return n, m.group(0)
    return None


# an item's title naming its kind, its parties and its subject: "Letter of G. Dimitrov to Mao Zedong on the situation in
# the Communist Party of China"
SUBJECT_TITLE = re.compile(rf"^(?i:{_KIND})s?\s+(?:of|from|by)\s+{_PARTY}\s+to\s+{_PARTY}\s+(?:on|about|concerning|regarding)\s+\S.{{3,200}}$")


def titled_item(text: str) -> tuple[int, str, str] | None:
    """A text under its title naming its kind, parties and subject, its date alone on the line under it,
    on a page that cites no source: (the title's line, the title, the date), or None."""
    lines = [(n, l.strip()) for n, l in numbered_lines(text) if l.strip()]
    if CITES.search(text):
        return None
    for (n, title), (_, date) in zip(lines, lines[1:]):
        if SUBJECT_TITLE.match(title) and _date_alone(date.rstrip(".")):
            return n, title, date
    return None


# a newspaper's report of several messages: "J. V. Stalin has sent the following replies to messages of greeting
# ...:", each under its addressee alone, "To President Roosevelt", "To General Chiang Kai Shek"
ANNOUNCES_SEVERAL = re.compile(r"\b(?:has|have|had)?\s*(?:sent|received|addressed)\s+the\s+following\s+"
                               r"(?:replies|answers|messages|telegrams|letters|greetings)\b", re.I)
ADDRESSEE_ALONE = re.compile(r"^To\s+(?:the\s+)?[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|of|the|and|de|von))*$")


def several_messages(text: str) -> tuple[int, str, list[int]] | None:
    """A page that announces several messages and prints each under its addressee alone, with no
    date or citation a layout reads: (the announcing line, its words, the addressees' lines), or None."""
    lines = [(n, l.strip()) for n, l in numbered_lines(text) if l.strip()]
    announced = next(((n, m.group(0).strip()) for n, l in lines[:6] if (m := ANNOUNCES_SEVERAL.search(l))), None)
    if announced is None or CITES.search(text):
        return None
    # (each addressee's line over a paragraph of its message)
    heads = [n for (n, l), (_, after) in zip(lines, lines[1:])
             if n > announced[0] and ADDRESSEE_ALONE.match(l) and len(after.split()) >= 8]
    return (*announced, heads) if len(heads) >= 2 else None


# a catalogue's description of a document, its kind, parties and what it says in the third person: "Telegram
# from WSC to President Roosevelt marked "Personal" stating that ...", "Letter from X to Y asking ..."
CATALOGUE_ENTRY = re.compile(rf"^(?:(?:Draft|Copy|Extract|Paraphrase)\s+(?:of\s+)?(?:an?\s+)?)?{_KIND}s?\s+from\s+.{{2,200}}?\s+to\s+"
                             r".{2,300}?\b(?:stating|asking|saying|informing|reporting|requesting|thanking|enclosing"
                             r"|congratulating|repeating|expressing|proposing|agreeing|explaining|marked)\b", re.I)


# a catalogue's record of one document, its fields each labelled: "Document Type: Letter", "Sender: ...",
# "Recipient: ...", "Call Number: ...", "Number of Pages: 2" (the text, if anywhere, in a file to download);
# a cable's own header has some of them ("Origin:", "Destination:", "Sender:", "Recipient:"), a catalogue's only the others
_CATALOGUE_ONLY_LABELS = (r"Document\s+Type|Call\s+Number|Number\s+of\s+Pages|Language\s+of\s+(?:the\s+)?Original(?:\s+Document)?"
                          r"|Document\s+Source|Download(?:\s+in)?|Collection|Extent")
CATALOGUE_FIELD = re.compile(r"^(?:Sender|Recipient|Destination(?:\s+\(Agency\))?|Origin(?:\s+\(Agency\))?|"
                             rf"{_CATALOGUE_ONLY_LABELS})\s*:", re.I)
CATALOGUE_ONLY_FIELD = re.compile(rf"^(?:{_CATALOGUE_ONLY_LABELS})\s*:", re.I)


def catalogue_record(lines: list[tuple[int, str]], item: bool = False) -> tuple[int, str] | None:
    """Lines that are a catalogue's record describing one document in labelled fields (four of them
    at least, one a catalogue's own, "Call Number: ..."), no text of the document after them: (the
    line of the first, what the page is and what to do), else None.  An item among other texts
    (item) is said to be left out, not the page."""
    fields = [(n, match.group(0).rstrip(": ")) for n, l in lines if (match := CATALOGUE_FIELD.match(l.strip()))]
    if len(fields) < 4 or not any(CATALOGUE_ONLY_FIELD.match(label + ":") for _, label in fields):
        return None
    # (a paragraph of prose after the fields: the document's text, the fields its header)
    if any(len(l.split()) >= 8 for n, l in lines if n > fields[-1][0] and not CATALOGUE_FIELD.match(l.strip())):
        return None
    line = fields[0][0]
    return line, (("left out: the item is" if item else "no telegram found: the page is") + " a catalogue's record "
                  f"of a document, its fields labelled ('{': ..., '.join(label for _, label in fields[:4])}: ...', from "
                  f"line {line}) describing it, not giving its text (a file the page offers to download may hold it): "
                  "convert the text from the document itself or a book that prints it"
                  + ("" if item else ", or leave the page out"))


def catalogue_entries(text: str) -> list[tuple[int, str]]:
    """The lines of a catalogue's list that describe documents (two at least), or []."""
    found = [(n, l.strip()) for n, l in numbered_lines(text) if CATALOGUE_ENTRY.match(l.strip())]
    return found if len(found) >= 2 and not CITES.search(text) else []


# a State Department telegram as its message form prints it (an archive's database, a leak's copy): the
# date-time group, "O 221204Z OCT 79", then "FM AMEMBASSY KABUL" over "TO SECSTATE WASHDC IMMEDIATE 6060"
MESSAGE_FROM = re.compile(r"^FM\s+[A-Z][A-Z .\-]{2,60}$")
MESSAGE_TO = re.compile(r"^TO\s+[A-Z][A-Z .\-]{2,60}(?:\s+\d{1,6})?$")


def message_form(text: str) -> tuple[int, str] | None:
    """A State Department telegram in its message form, its "FM" line over its "TO" line among the
    page's first lines and nothing above them but the form's own lines in capitals (markings, page,
    routing, date-time group), nowhere a record's parts: (the "FM" line's number, the two lines),
    else None.  A record's page printing the cable under its date and title is read by its layout."""
    from .wilson import RECORD_SECTION
    if RECORD_SECTION.search(text):
        return None
    content = [(n, l.strip()) for n, l in numbered_lines(text[:5000]) if l.strip()][:40]
    return next(((n, f"{l} / {content[i + 1][1]}") for i, (n, l) in enumerate(content[:-1])
                 if MESSAGE_FROM.match(l) and MESSAGE_TO.match(content[i + 1][1])
                 and not any(re.search(r"[a-z]", above) for _, above in content[:i])), None)


def what_the_page_is(text: str) -> tuple[int, str] | None:
    """For a page no layout reads, what it is and what it lacks: (the line, the message), or None
    (a catalogue's record of a document: catalogue_record)."""
    from .compilation.headings import parties_alone
    several = several_messages(text)
    if several is not None:
        line, words, heads = several
        return line, (f"no telegram found: the page announces several messages ('{words}', line {line}) and prints "
                      f"each under its addressee alone ('To ...', lines {', '.join(map(str, heads))}), with no date "
                      "and no citation of the newspaper or book they are printed in: the edition converts a message "
                      "with its date and source; save each apart under a heading naming its sender and addressee, "
                      "its date on the line under it ('Telegram from X to Y' / '24 June 1943'), and 'Source: ...' "
                      "under the text")
    entries = catalogue_entries(text)
    if entries:
        return entries[0][0], (f"no telegram found: the page is a catalogue's list of documents, each described, not "
                               f"given ('{entries[0][1][:80]}...', lines {', '.join(str(n) for n, _ in entries)}): "
                               "convert the text of each from the archive's copy or a book that prints it, or leave "
                               "the page out")
    parts = selections(text)
    if parts is not None:
        return parts[0], (f"no telegram found: the page prints selections of a telegram under an editor's headnote "
                          f"('{parts[1]}', line {parts[0]}), as a course reader does, and cites no source: the edition "
                          "takes a telegram's text as a record or a book gives it; convert it from the archive's record "
                          "or the book the reader took it from, or leave the page out")
    record = cut_record(text)
    if record is not None:
        return record[0], (f"no telegram found: the page is a Digital Archive record ('{record[1]}', line {record[0]}, "
                           "its date on the line above) copied without its source: the copy ends before the record's "
                           "'Document Information' (the archive or book it comes from, and the translator), which the "
                           "edition cites; save the whole record page, or add its 'Document Information' under the text")
    item = titled_item(text)
    if item is not None:
        return item[0], (f"no telegram found: the page gives a text under its title ('{item[1]}', line {item[0]}) and "
                         f"its date ('{item[2]}'), but cites no book, archive or works it is taken from, and a title "
                         "that names a subject after the parties is read only with its citation under it: add the "
                         "citation on the line under the title ('Source: ...'); a page of several such texts, save "
                         "each apart")
    order = order_page(text)
    if order is not None:  # (an order's addressees stand as a letter's do: it is no telegram for that)
        return order[0], (f"not a telegram: the page gives an order ('{order[1]}', line {order[0]}), not a telegram or "
                          "letter, under no heading or citation a layout reads; the edition takes telegrams and letters: "
                          "leave it out, or, where the order was sent as a telegram, give it a heading naming the kind, "
                          "the sender and the addressee ('Telegram from X to Y') with the date on the line under it, "
                          "and the citation of the book it is printed in ('Source: ...')")
    alone = parties_alone(numbered_lines(text))
    if alone is not None:  # "Ho Chi Minh to Sec of State"
        return alone[0], (f"no telegram found: the page names its parties alone ('{alone[1]}', line {alone[0]}) with no "
                          "date, kind of message or item number beside them, and no citation of a book, archive or "
                          "works: no known layout has such a page; give the item a heading the converter reads ('1. "
                          "Telegram from X to Y, 26 November 1945') and the book's title page above it")
    cable = cable_alone(text)
    if cable is not None:
        return cable[0], (f"no telegram found: the page gives a cable's text under its markings or routing ('{cable[1]}', "
                          f"line {cable[0]}), but no heading naming its sender, recipient and date (a page of a book's "
                          "scan?) and no citation of the book or archive it is printed in: add above it a heading and "
                          "the date on the line under it ('Telegram from X to Y' / '12 May 1950') and the citation "
                          "under the text ('Source: ...')")
    form = telegram_form(text)
    if form is not None:
        return form[0], (f"no telegram found: the page gives a telegram as its form prints it ('{form[1]}', line "
                         f"{form[0]}, the sender's and the addressee's lines under it) but no date of it and no "
                         "citation: add above it a heading and the date on the line under it ('Telegram from X to Y' "
                         "/ '28 February 1946'), and where the text comes from under it")
    extract = quoted_extract(text)
    if extract is not None:
        (line, title), quoted = extract
        return quoted, (f"no telegram found: the page describes a telegram ('{title}', line {line}: its title, date "
                        f"and archive, as an archive's exhibition or catalogue does) and quotes from it (line {quoted}), "
                        "but does not give its text as the record or a book prints it: convert the text from the "
                        "record or the book it is published in, or leave the page out")
    report = despatch(text)
    if report is not None:
        return report[0], (f"no telegram found: the page is a despatch, a report sent by the mail ('{report[1]}', line "
                           f"{report[0]}), with no heading naming its sender and recipient: no layout reads one alone; "
                           "to convert it as a letter, add above it a heading and its date on the line under it "
                           "('Despatch from X to Y' / '24 October 1945'), else leave it out")
    return None


# a paragraph that tells of the document, not its text: "On February 28, 1946, Ho Chi Minh sent this
# telegram from Hanoi ...", "In this letter Stalin asks ..." (a catalogue's or an archive's description)
DESCRIBES = re.compile(r"^(?:On\s+[^,]{4,40}(?:,\s+\d{4})?,\s+|In\s+\d{4},\s+)?(?:(?!I\b|We\b)[A-Z][\w.'’\-]*\s+){1,5}"
                       r"(?:sent|wrote|signed|dispatched|cabled|addressed)\s+this\s+(?:telegram|letter|message|cable|note)\b"
                       r"|^In\s+(?:this|the)\s+(?:telegram|letter|message|cable),?\s+(?:the\s+)?(?:[A-Z]\w+\s+){0,3}"
                       r"(?:\w+\s+)?(?:asks|says|writes|informs|requests|tells|reports)\b")


def description_of(record: RawTelegram, page: str = "") -> tuple[int, str] | None:
    """The words (line, the first of them) that tell of the document in the third person where the
    text should begin (its first paragraph of prose), or among the lines taken for the citation of
    a text of the works under its title, as a catalogue's page gives them in place of the text ("On
    February 28, 1946, Ho Chi Minh sent this telegram from Hanoi ..."); else None.  (page: the
    page's text, where the line of a sentence of the citation is found)"""
    first = next((b for b in record.blocks if b.kind == "text" and len(b.text.split()) >= 12), None)
    if first is not None and DESCRIBES.match(first.text):
        return first.line, " ".join(first.text.split()[:10]) + " ..."
    if record.publication.kind == "collected-works":  # (no citation tells of "this telegram")
        for sentence in re.split(r"(?<=[.:])\s+(?=[A-Z])", record.publication.citation):
            if DESCRIBES.match(sentence):
                # (the sentence's own line, not the one under the title: a catalogue has lines between)
                at = re.search(r"\s+".join(map(re.escape, sentence.split()[:6])), page)
                line = page.count("\n", 0, at.start()) + 1 if at else record.title_line + 1
                return line, " ".join(sentence.split()[:10]) + " ..."
    return None


# an archive's description of a document: its kind and parties, what it is about ("Cipher telegram from
# Joseph Stalin to Soviet plenipotentiary representative ... on ...")
DESCRIBED = re.compile(rf"^(?:[A-Z]\w+\s+){{0,2}}(?i:{_KIND})s?\s+from\s+\S.*\s+to\s+\S", re.I)
_QUOTES = "\"“”«»"


def quoted_extract(text: str) -> tuple[tuple[int, str], int] | None:
    """A page that describes a telegram and quotes from it, as an archive's exhibition does: its
    title ("Cipher telegram from X to Y on ..."), the date alone under it (and the archive), then
    the quotation alone, within quotation marks from its first word to its last: ((the title's
    line, its words), the quotation's line), else None."""
    content = [(n, l.strip()) for n, l in numbered_lines(text) if l.strip()]
    for i, (n, line) in enumerate(content[:12]):
        if not DESCRIBED.match(line) or len(line) > 300:
            continue
        dated = next((k for k in range(i + 1, min(i + 4, len(content))) if _date_alone(content[k][1])), None)
        rest = content[dated + 1:] if dated is not None else []
        start = next((k for k, (_, l) in enumerate(rest) if l[:1] in _QUOTES), None)
        if start is None or start > 1 or rest[-1][1][-1:] not in _QUOTES:
            return None
        title = line if len(line) <= 80 else line[:77] + "..."
        return (n, title), rest[start][0]
    return None
