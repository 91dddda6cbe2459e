"""A printed compilation holding several numbered telegrams.

Layout: front matter (title, mottos, the original publication with its place and year,
"Reproduced by" a reprint publisher), then numbered headings such as
"1. THE TELEGRAM FROM J. V. STALIN TO MAO TSE-TUNG DATED THE 10TH OF JANUARY, 1949", each
followed by the telegram, its dateline and signature, and at the very end the footnotes,
numbered as their anchors in the text ("1In his correspondence ...").
"""

from __future__ import annotations

import re
from dataclasses import replace

from .base import (NOTES_HEADING, PAGE_IN_TEXT, PAGE_LINE, Reader, clean_inline, columns, edition_statements, edition_text, lines_to_blocks,
                   numbered_lines, ocr_digits, ocr_warning, page_numbers, person_names, record_of_talks, roman_number, running_heads,
                   title_case, wrap_width, wrapped)
from ..dates import ROUGHLY
from ..messages import SourceError
from .model import Block, Publication, RawTelegram

# "1. THE TELEGRAM FROM J. V. STALIN TO MAO TSE-TUNG DATED THE 10TH OF JANUARY, 1949", or a
# heading in capitals naming the parties: "7. MAO TSE-TUNG TO J. V. STALIN, 16 JANUARY 1949",
# or in title case: "1. Telegram from J. V. Stalin to Mao Tse-tung, 10 January 1949" (not
# ending like a sentence); the number may follow "No." ("No. 1. TELEGRAM FROM ...") or be
# roman ("III. MAO TSE-TUNG TO ...").
# the start of a heading in capitals: "THE TELEGRAM", "CONTINUATION AND THE END OF THE PRECEDING TELEGRAM"
_IN_CAPITALS = r"(?:THE\s+)?(?:[A-Z][A-Z\-]+\s+){0,8}?(?:TELEGRAM|CABLE|LETTER|MESSAGE|RADIOGRAM|NOTE|REPLY)"
# a party named in a heading: capitalised words and initials, an identification in brackets,
# "and", "of", "the" ("Filippov [Stalin]", "Kim Il Sung and Pak Hon-yong", "the CC of the CCP")
_PARTY = r"[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|\[[^\]]{1,40}\]|\([^)]{1,40}\)|and|of|the))*"
# (or the month alone, approximate too: "January 1949", "mid-January 1949", "end of December 1950";
# or in the editor's brackets, supplied: "[December 1950]")
_DATE_AT_END = (rf",?\s+(?:\[(?=[^\[\]]+\]$))?(?:{ROUGHLY}[-\s]\s*){{0,2}}"
                r"(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?|[A-Z][a-z]+\.?)\s+1[89]\d\d\]?")
_DATE_IN_BRACKETS = r"(?:\d{1,2}\s+[A-Za-z]+\.?|[A-Za-z]+\.?\s+\d{1,2},?)\s+1[89]\d\d"
# a party named in capitals: "MAO TSE-TUNG", "J. V. STALIN", "FILIPPOV (STALIN)", "KIM IL SUNG AND PAK HON-YONG"
_CAPS_PARTY = r"[A-Z][A-Z.'’\-]*(?:\s+(?:[A-Z][A-Z.'’\-]*|\([A-Z][^a-z()]{1,40}\)|\[[A-Z][^a-z\]]{1,40}\])){0,6}"
# the parties alone, in capitals: "STALIN TO MAO TSE-TUNG"; not a title naming the kind
# ("TELEGRAM TO MAO TSE-TUNG", "REPLY TO ..."), a cable's marking ("PERSONAL TO ...") or an
# address ("... TO COMRADE STALIN")
_NOT_A_PARTY = (r"(?:THE\s+)?(?:TELEGRAMS?|CABLES?|LETTERS?|MESSAGES?|RADIOGRAMS?|NOTES?|REPLY|ANSWER|RESPONSE|GREETINGS?"
                r"|CIPHERED|CODED|SECRET|TOP|STRICTLY|PERSONAL(?:LY)?|URGENT|PRIORITY|IMMEDIATE|COPY|FROM|CONVEY|TRANSMIT)\b")
_CAPS_PARTIES = rf"(?!{_NOT_A_PARTY}){_CAPS_PARTY}\sTO\s(?!COMRADES?\b|THE\s+(?:COMRADES?|ADDRESS)\b){_CAPS_PARTY}"
# a party in title case without a date after it: capitalised words and initials only, "and"
# between two ("J. V. Stalin", "N. S. Khrushchev and N. A. Bulganin")
_TITLE_PARTY = r"[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|and)){0,6}"
# an office as a party, its holder's name in brackets after it: "Ambassador in the Soviet Union
# (Kirk)", "Secretary of State", "Chargé in China (Clark)", "Consul General at Mukden (Ward)"
_OFFICE = (r"[A-Z][\w.'’\-]*(?:\s+(?:[A-Z][\w.'’\-]*|in|at|of|the|for|and))*?(?:\s+\([A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,3}\))?")
# the kind and the date alone, the parties named by the address line and the signature:
# "Telegram of 26 January 1949"
_KIND_OF_DATE = (r"(?:(?:Ciphered|Coded|Secret)\s+)?(?:Telegram|Cable|Letter|Message|Radiogram)\s+of\s+(?:the\s+)?"
                 + _DATE_IN_BRACKETS)
# an item's number before its heading: "1. ", "No. 1. ", "Document No. 1: ", "III. ", "(1) ",
# "1 / ", "TELEGRAM No. 2 " (the book's number of the item, not the telegram's own), a letter
# in brackets ("(a) ", as a section of the Documents on International Affairs letters its items)
_NUMBER = (r"^(?:No\.\s*(?=\d{1,3}\.?\s)|(?:Document|DOCUMENT|Doc\.)\s+(?:No\.\s*)?(?=\d{1,3}[.:]?\s)"
           r"|(?:TELEGRAM|Telegram|CABLE|Cable|LETTER|Letter|MESSAGE|Message)\s+No\.\s*(?=\d{1,3}\.?\s)"
           r"|\((?=\d{1,3}\)\s|[a-z]\)\s)|(?=\d{1,3}\.\s|\d{1,3}\s/\s|[IVXL]{1,6}\.\s))"
           r"(?P<num>\d{1,3}|[IVXL]{1,6}|(?<=\()[a-z])(?:[.:)]|\s/)?\s+")
HEADING = re.compile(
    _NUMBER + r"(?P<head>"
    rf"(?:{_IN_CAPITALS}S?\b[^a-z]*"
    r"|[A-Z][^a-z]{3,}\sTO\s[^a-z]{3,}\b(?:1[89]\d\d)[^a-z]*"
    # the parties in capitals, the kind and date after them: "MAO TSE-TUNG TO J. V. STALIN
    # (Telegram, 12 January 1949)", "... TO J. V. STALIN, 12 January 1949"
    # (the date in brackets to the month, approximate too: "(Letter, c. mid-October 1950)")
    rf"|[A-Z][^a-z]{{3,}}\sTO\s[^a-z]{{3,}}?(?:{_DATE_AT_END}|,?\s+\((?:[A-Z][a-z]+(?:\s+[a-z]+)*,?\s+)?"
    rf"(?:{ROUGHLY}[-\s]\s*){{0,2}}(?:{_DATE_IN_BRACKETS}|[A-Z][a-z]+\s+1[89]\d\d)\))"
    # (the sender's office after his name: "from Mr. Chou En-lai, Minister for Foreign Affairs of
    # the Central People's Government, to Mr. Vyshinsky")
    r"|(?:The\s+)?(?:(?:Ciphered|Coded|Secret)\s+)?(?:Telegram|Cable|Letter|Message|Radiogram|Reply)s?,?\s+(?:from\s+)?"
    r"[A-Z][^\n]{0,130}?\sto\s[A-Z][^\n]{0,80}[^.;:,\s]"
    r"|(?:Ciphered|Coded|Secret)\s+(?:telegram|cable|message|radiogram)s?,?\s+(?:from\s+)?"
    r"[A-Z][^\n]{0,80}?\sto\s[A-Z][^\n]{0,80}[^.;:,\s]"
    # without the kind, the parties and the date: "From Stalin to Mao Zedong, 10 January 1949"
    rf"|(?:From\s+)?{_PARTY}\sto\s{_PARTY}{_DATE_AT_END}"
    # the parties in capitals alone (dated by the closer), or the kind and date alone:
    # "1. STALIN TO MAO TSE-TUNG", "1. Telegram of 26 January 1949"
    rf"|{_CAPS_PARTIES}|{_KIND_OF_DATE}"
    # the parties alone in title case, each in capitalised words: "1. J. V. Stalin to Ho Chi Minh"
    rf"|(?:From\s+)?{_TITLE_PARTY}\sto\s{_TITLE_PARTY}"
    # offices, the holder's name in brackets, as FRUS heads its documents: "112. The Ambassador
    # in the Soviet Union (Kirk) to the Secretary of State"
    rf"|The\s+{_OFFICE}\sto\s(?:the\s+)?{_OFFICE}))$"
)
# an item that is no telegram or letter, printed among them: "3. FROM THE DIARY OF GEORGI
# DIMITROV", "5. RECORD OF CONVERSATION BETWEEN J. V. STALIN AND ...", "Memorandum of Talks ...",
# "Excerpt from the Diary of ..." (the edition holds telegrams: it ends the item before, and is
# left out)
_RECORD_OF_TALKS = record_of_talks(kinds=('notes?', 'summary'), subjects=('discussion',), plural=True)
OTHER_ITEM = re.compile(_NUMBER + r"(?P<head>(?i:(?:(?:(?:excerpts?|extracts?|entry)\s+)?from\s+(?:the\s+)?diary|diary\s+entry"
                        rf"|{_RECORD_OF_TALKS}"
                        r"|memorandum)\b).*)$")
RECORD_OF_TALKS = re.compile(_RECORD_OF_TALKS, re.I)


def _no_telegram(line: str) -> bool:
    """An item's heading that is no telegram's: one of the other kinds, unless it reads as a
    telegram's too ("MEMORANDUM FROM MOLOTOV TO STALIN"); a record of talks never does, though a
    heading in capitals may begin with a word of a telegram's kind ("NOTES OF THE DISCUSSIONS IN
    THE POLITBURO": "NOTE" is a diplomatic note's)."""
    other = OTHER_ITEM.match(line)
    return bool(other) and (not HEADING.match(line) or bool(RECORD_OF_TALKS.match(other.group("head"))))
# The same two without a number, where a book heads its items so: only on a line of its own
# after a blank line, two of them at least, in a text not printed in capitals (see _headings)
UNNUMBERED = re.compile(rf"^(?P<head>{_CAPS_PARTIES}(?:{_DATE_AT_END}|,?\s+\d{{1,2}}\s+[A-Z]+\s+1[89]\d\d)?|{_KIND_OF_DATE}"
                        # (the date first, the kind and parties after it, as Degras's Soviet Documents on
                        # Foreign Policy heads its items: "22 August 1950  Telegram from Stalin to Kim Il Sung on ...")
                        rf"|{_DATE_IN_BRACKETS}\s+(?:Telegram|Cable|Letter|Message|Radiogram|Reply)s?\s+(?:from\s+)?"
                        r"[A-Z][^\n]{0,80}?\sto\s[A-Z][^\n]*[^.;:,\s]"
                        # (in title case, dated: "J. V. Stalin to Ho Chi Minh, 2 September 1952")
                        rf"|(?:From\s+)?{_TITLE_PARTY}\sto\s{_TITLE_PARTY}{_DATE_AT_END})$")
_DATELESS = re.compile(rf"^(?:{_CAPS_PARTIES})$")
# a note's mark: "1", "*", "**", the dagger and double dagger "†", "‡", "§", a superscript "¹"
_MARK = r"\d{1,2}|\*{1,3}|†{1,3}|‡{1,2}|§|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}"
# a footnote under the text: "1 The letter ...", "* ...", "† Hsipaipo ...", "¹ The Nanking ...",
# "(1) See ..." (its mark "(1)" in the text), "1) The full text ..." (its mark "1)"), "[1] The
# decision ..." (its mark "[1]")
FOOTNOTE = re.compile(rf"^(?:(?P<n>{_MARK})|\((?P<pn>\d{{1,2}})\)|(?P<rn>\d{{1,2}})\)|\[(?P<bn>\d{{1,2}})\])\s*"
                      r"(?P<text>[A-Z„“\"'‘].{20,})$")
ANCHOR = re.compile(rf"^({_MARK})$")


def _footnote(text: str) -> re.Match | None:
    """FOOTNOTE's match of a line, unless the line is a date: "14 March 1951, 24:00 hours"
    under a signature is the dateline, not note 14 (its mark would be found in "(14 March")."""
    from ..transforms.structure import is_dateline  # (here: the transforms import the readers)

    match = FOOTNOTE.match(text)
    return None if match is None or is_dateline(text) else match
# a note's mark at the end of an item's heading: a superscript, asterisks, a dagger (a digit
# there would be the year's)
HEADING_MARK = re.compile(r"(?<=[\w.)\]])(?:[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3}|\*{1,3}|†{1,3}|‡{1,2})$")
SUPERSCRIPTS = str.maketrans("¹²³⁴⁵⁶⁷⁸⁹⁰", "1234567890")
# the rule a page prints above its footnotes: "______________", "----------"
RULE = re.compile(r"^(?:_{5,}|[-—–]{5,})$")
# the place's other name in brackets after it: "Peking (Beijing)"
_OTHER_NAME = r"(?:\s+\([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\))?"
# the place and year of the imprint: "Moscow 1959", "PEKING 1960", "Peking (Beijing) 1958"
# (not "First Edition 1960")
PLACE_YEAR = re.compile(r"^(?!(?:January|February|March|April|May|June|July|August|September|October|November"
                        r"|December|First|Second|Third|New Edition|Edition)\b)"
                        rf"(?P<place>(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?|[A-Z]{{3,}}(?:[ -][A-Z]{{3,}})?){_OTHER_NAME}),?\s+"
                        r"(?P<year>1[89]\d\d|20\d\d)$")
# the imprint over lines of their own: the place ("Stanford, California", "NEW DELHI"), the
# publisher, the year alone ("1977")
PLACE_ALONE = re.compile(r"^(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?|[A-Z]{3,}(?:[ -][A-Z]{3,})?)" + _OTHER_NAME +
                         r"(?:,\s*(?:[A-Z]\.\s?[A-Z]\.|[A-Z][a-z]+\.?|[A-Z]{2,}))?$")
YEAR_ALONE = re.compile(r"^(?:1[89]\d\d|20\d\d)$")
# what a title page prints beside the title and imprint: the edition, the price, where it was
# printed ("First Edition 1960", "Price: Re. 1/8", "Printed in the U.S.S.R.")
# (the edition, "Second edition", "Reprinted 1952", is the book's: see edition_statements)
BESIDE_TITLE = re.compile(r"^(?:price\b|printed in\b|all rights reserved\b|copyright\b|©)", re.I)
# the book's sections after its title page: the contents, the publisher's or editor's note, the preface
FRONT_SECTION = re.compile(r"^(?:(?:table\s+of\s+)?contents|preface|foreword|introduction|(?:publisher|editor|translator)['’]?s?['’]?\s+"
                           r"(?:note|preface|foreword))[.:]?$", re.I)
# "Translated from the Russian", no translator named: not the title (the front matter keeps it;
# not the originals' language either: a book translated from the Russian prints Mao's telegrams)
# a part of the book its items are printed under, after the title page or between items:
# "II. THE FAR EAST", "PART III. KOREA" (a section of the book: not a telegram's heading)
# (a number roman with its full stop, or after "PART": not a date, "5 MAY"; not a signature with
# its initial, "V. MOLOTOV": see _part_heading)
PART_HEADING = re.compile(r"^(?:(?:PART|Part|SECTION|Section|CHAPTER|Chapter)\s+(?P<n>[IVXL]{1,6}|\d{1,2})[.:]?"
                          r"|(?P<roman>[IVXL]{1,6})\.)\s+[A-Z][A-Z'’\-]*(?:[ ,&]+[A-Z][A-Z'’\-]*){0,8}$")
# the body a book was published for: "Issued under the auspices of the" / "Royal Institute of
# International Affairs" (not the title, nor the publisher)
AUSPICES = re.compile(r"^(?:issued|published|prepared)\s+(?:under\s+the\s+auspices\s+of|for)\b(?P<body>.*)$", re.I)
# the places a publisher's imprint lists on one line: "LONDON  NEW YORK  TORONTO" (the first is the pubPlace)
# (a place of two words, "New York", "Hong Kong", begins with one of these)
_PLACE_FIRST_WORDS = {"new", "san", "los", "las", "st.", "saint", "hong", "tel", "buenos", "rio", "kuala", "le", "la"}
TRANSLATED_FROM = re.compile(r"^translated\s+from\s+(?:the\s+)?[A-Z][a-z]+\.?$", re.I)

# "London: Oxford University Press, 1965", "Cambridge, Mass.: Harvard University Press, 1964":
# place, publisher and year on one line
# (the state or country after the town too: "Stanford, California: Stanford University Press, 1977")
# (a state's code after the town: "Washington, DC", "Armonk, NY")
IMPRINT = re.compile(r"^(?P<place>[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?(?:,\s*(?:[A-Z]\.\s?[A-Z]\.|[A-Z][a-z]{1,5}\.|[A-Z][a-z]+|[A-Z]{2}))?)\s*:\s*(?P<publisher>[A-Z][^:;]{2,80}?),?\s+"
                     r"(?P<year>1[89]\d\d|20\d\d)\.?$")
# "Compiled and translated by R. K. I. Quested", "Edited by ...", "Translated by ...": who made it
# ("English translation by ...", "Translated into English by ...", "Ed. by ...")
# ("Introduction and translations by Chen Jian": the translator, who wrote the introduction too)
RESPONSIBLE = re.compile(r"^(?P<what>(?:(?:selected|compiled|edited|translated|translations?|annotated|introduced|introduction|eds?\.|"
                         r"english\s+translation|translation\s+and\s+notes)"
                         # ("Translated from the Russian by", "Translated for CWIHP by")
                         r"(?:\s+(?:from|into)\s+(?:the\s+)?[A-Z][a-z]+|\s+for\s+(?:the\s+)?[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,4})?"
                         r"(?:,\s*|\s+and\s+|\s+))+)"
                         # (what else they gave: "Edited, with an introduction and notes, by Alan B. Cole")
                         r"(?:with\s+an?\s+[\w\s]{1,50}?,?\s+)?by\s+(?P<who>[A-Z].{1,80}?)\.?$", re.I)
# the names first, their part after them ("Chen Jian and Vladislav Zubok, eds.", "R. Quested
# (comp.)"), or after a label ("Editors: A and B", "Translator: M. J. Ellis")
RESPONSIBLE_AFTER = re.compile(r"^(?P<who>[A-Z][^():]{1,80}?),?\s*\(?(?P<what>eds?\.|editors?|comps?\.|compilers?|"
                               r"trans\.|transl\.|translators?)\)?\.?$", re.I)
RESPONSIBLE_LABEL = re.compile(r"^(?P<what>(?:general\s+)?editors?|compilers?|translators?|translation|editing)\s*:\s*"
                               r"(?P<who>[A-Z].{1,80}?)\.?$", re.I)
# the series the book is a volume of: "(Harvard East Asian Series, 12)", "Series: Documents
# on Soviet Foreign Policy", "Documents on Soviet Foreign Policy, vol. 3" above the book's own
# title; a line of its own (the book's own volume under its title, "Documents, Volume Three",
# is its subtitle)
SERIES_NUMBER = re.compile(r"(?:[,.;]?\s+(?:vol(?:ume)?\.?|no\.|number|book)\s*(\d{1,3}|[IVXL]{1,6})|,\s*(\d{1,3}))\.?$", re.I)
SERIES = re.compile(r"^\((?P<inside>[A-Z][^()]{3,120})\)\.?$|^(?i:series)\s*:\s*(?P<labelled>[A-Z].{3,120}?)\.?$"
                    r"|^(?P<named>[A-Z][^()]{1,100}?\b(?i:series)(?:[,.;]?\s+(?i:vol(?:ume)?\.?|no\.|number)?\s*(?:\d{1,3}|[IVXL]{1,6}))?)\.?$")
# a journal's or bulletin's issue: "Issues 6-7 (Winter 1995/1996)" under its title, or all on
# one line: "Cold War International History Project Bulletin, Issue 6-7 (Winter 1995/1996), pp.
# 148-150", "Far Eastern Affairs, Vol. 5, No. 4 (1996)"
# (the issue's date: "1996", "Winter 1995/1996", "Fall 2007/Winter 2008", "March 1996")
_SEASON = r"(?:[A-Z][a-z]+\.?(?:[-–/][A-Z][a-z]+\.?)?\s+)"
_YEAR_OR_YEARS = rf"(?:1[89]\d\d|20\d\d)(?:\s*[-–/]\s*{_SEASON}?(?:1[89]\d\d|20\d\d|\d\d))?"
ISSUE = re.compile(r"^(?:(?P<title>(?!Vol(?:ume)?\b)[A-Z].+?)[,.:]?\s+)?(?:Vol(?:ume)?\.?\s*(?P<vol>\d{1,3}|[IVXL]{1,6})[,.]?\s+)?"
                   r"(?P<label>Issues?|Nos?\.|Numbers?)\s*(?P<issue>\d{1,4}(?:\s*[-–/&]\s*\d{1,4}|\s+and\s+\d{1,4})?)"
                   rf"(?:[,.]?\s*\(?(?P<date>{_SEASON}?(?:\d{{1,2}}\s+)?{_YEAR_OR_YEARS})\)?)?"
                   r"(?:[,.]?\s*pp?\.\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?))?\.?$")
# what a periodical calls itself ("... Bulletin", "Far Eastern Affairs", "Voprosy istorii")
PERIODICAL = re.compile(r"\b(?:Bulletin|Journal|Review|Quarterly|Newsletter|Magazine|Digest|Gazette|Herald|Affairs|"
                        r"Survey|Yearbook|Annals|Proceedings|Vestnik|Istochnik|Voprosy|Problems|Studies)\b", re.I)
# the editor's note of an item's source after its text: "[Source: APRF, Fond 45, Opis 1, Delo 334, Listy 97-98.]"
# (the full stop of a verso's "ob." is its: "l. 49 ob.]")
SOURCE_NOTE = re.compile(r"^\[(?:Source|Sources|Archive|Archival source)\s*:\s*(?P<cited>.+?(?:\bob\.)?)\.?\]$", re.I)
# A publisher's line on a title page: "Foreign Languages Press", "Gospolitizdat".
# (or a ministry publishing its own: "MINISTRY OF FOREIGN AFFAIRS OF THE FEDERATIVE PEOPLE'S REPUBLIC OF YUGOSLAVIA")
PUBLISHER = re.compile(r"\b(Press|Publishers?|Publishing|Verlag|[EÉ]ditions|Izdatel\w*|\w*izdat|Ministry)\b", re.I)
_YEARS_AFTER = r",?\s+1[89]\d\d\s*[-–]\s*(?:1[89])?\d\d$"


def _is_main_title(line: str) -> bool:
    """A title printed in capitals, of a few words (not a date or a number; the years it
    covers after it may be: "SINO-SOVIET RELATIONS, 1946-1952")."""
    words = re.findall(r"[A-Za-z]+", line)
    return line.isupper() and len(words) >= 2 and not re.search(r"\d", re.sub(_YEARS_AFTER, "", line))


class CompilationReader(Reader):
    name = "compilation"
    help = "printed compilation of several numbered telegrams with front matter and footnotes"

    @classmethod
    def score(cls, text: str) -> float:
        lines, width = columns(numbered_lines(text))
        lines, _ = _ocr_headings(lines)
        headings = len(_headings(_join_numbers(lines, wrap_width(lines) or width)))
        return 0.0 if headings == 0 else 1.0 + min(headings, 10) * 0.5

    def read(self, text: str, source: str) -> list[RawTelegram]:
        # a scanned book's page heads: page markers (its pages in two columns read one after the other)
        lines, column_width = columns(numbered_lines(text))
        lines = running_heads(lines)
        lines, repaired = _ocr_headings(lines)  # "l OCTOBER l950" in a heading: the digits
        # the width the text was cut at, if it was (before headings are joined); a column's
        wrap = wrap_width(lines) or column_width
        lines = _join_numbers(lines, wrap)
        lines = page_numbers(lines)  # (after the items' numbers alone on their lines are read)
        numbers = dict(_headings(lines))
        starts = sorted(numbers)
        # a compilation heads its telegrams in one style: where some headings are in capitals, a
        # numbered paragraph in title case that names a telegram ("2. Ciphered Telegrams No.
        # 50450, ... Terebin to Kuznetsov") is a paragraph, not a heading; both styles are kept
        # when together they number the items one after the other
        in_capitals = [i for i in starts if not _in_title_case(lines[i][1])]
        if in_capitals and not _in_sequence([numbers[i] for i in starts]):
            starts = in_capitals
        if not starts:
            raise unread_headings(source, lines) or self.fail(
                source, 1, "no numbered telegram headings (like '1. THE TELEGRAM FROM ... DATED ...') found: pick "
                "another --format")
        # an item whose heading is in a form not read runs on in the one before: split where its
        # number is the one the sequence lacks, else say where it seems to begin
        splits, suspects = _unread_items(lines, starts, numbers)
        for i, number in splits:
            numbers[i] = number
        starts = sorted(starts + [i for i, _ in splits])
        filed = _file_lines(lines, starts)
        front = [l.strip() for _, l in lines[:starts[0]] if l.strip()]
        pub = self.publication([l for l in front if not PAGE_LINE.match(l)])
        items = [_omissions(mark_anchors(lines_to_blocks(lines[start + 1:end], wrap)))
                 for start, end in zip(starts, starts[1:] + [len(lines)])]
        _bare_page_numbers(items, lines)
        _place_page_markers(lines[:starts[0]], items)
        records, left_out = [], []
        part = pub.part
        for start, blocks, pages in zip(starts, items, _page_ranges(items)):
            number, heading_line = lines[start]
            own_part = part
            # a part of the book after an item's text ("III. KOREA"): the items' after it
            while len(blocks) > 1 and blocks[-1].kind == "text" and _part_heading(blocks[-1].text):
                part = blocks.pop().text
            if _no_telegram(heading_line.strip()):
                left_out.append((number, clean_inline(heading_line), blocks))
                continue
            position = len(records) + 1
            own = replace(pub, pages=pages or pub.pages, part=own_part) if pages or own_part != pub.part else pub
            cited = _source_note(blocks)
            if cited:  # the archival reference of this item: into its header, out of its text
                own = replace(own, first_published=cited, notes=[*own.notes, f"Source: {cited.rstrip('.')}."])
            if start in filed:  # "761.00/1-1450: Telegram" over the heading: the file the document is in
                own = replace(own, notes=[*own.notes, f"File: {filed[start]}."])
            printed = _printed_in(blocks)
            if printed:  # where the item was first printed: the header's, not the telegram's words
                own = replace(own, first_published=printed)
            heading = clean_inline(heading_line)
            mark = HEADING_MARK.search(heading)
            if mark:  # a note on the heading ("..., 14 February 1950¹"): its anchor first, the note in the head
                heading = heading[:mark.start()]
                blocks.insert(0, Block(mark.group(0), number, kind="anchor"))
            records.append(RawTelegram(
                source=source, reader=self.name, position=position, line=number, translator=pub.translator,
                publication=own, title=_as_title(heading), title_line=number,
                heading=heading, number_in_source=numbers[start],
                blocks=blocks))
        # a paragraph of text among the title page's lines: most likely a telegram whose heading
        # was not recognised (it would be lost in the front matter): say so
        prose = next(((n, l) for n, l in lines[:starts[0]] if len(l.strip()) > 160), None)
        if prose is not None:
            records[0].warnings.append((prose[0], "a paragraph of text stands above the first telegram heading and is "
                                        "read as the book's title page; if it is a telegram, give it a numbered "
                                        "heading ('1. From X to Y, 10 January 1949')", "front-matter-text"))
        if not records:
            raise self.fail(source, left_out[0][0], f"no telegram found: the items are not telegrams or letters "
                            f"('{left_out[0][1]}')")
        for number, heading, blocks in left_out:  # (its page markers go to the item after it)
            markers = [b for b in blocks if PAGE_LINE.match(b.text)]
            after = next((r for r in records if r.line > number), None)
            if markers and after is not None:
                after.blocks[:0] = markers
            owner = next((r for r in reversed(records) if r.line < number), records[0])
            owner.warnings.append((number, f"item '{heading}' is not a telegram or letter (a diary, a record of a "
                                   "conversation, a memorandum): left out", "not-a-telegram"))
        for i, number in splits:
            record = next(r for r in records if r.line == lines[i][0])
            record.warnings.append((record.line, f"the heading of item {number} ('{record.heading[:100]}') is in a form the "
                                    "converter does not read; read as a heading because its number follows the item "
                                    "before and the item before ends with its closing lines: check it, or write it as "
                                    "'4. Telegram from X to Y, 10 January 1949'", "unread-heading"))
        for number, line in suspects:
            owner = next((r for r in reversed(records) if r.line < number), records[0])
            owner.warnings.append((number, f"'{line[:100]}' after the closing lines of "
                                   f"{'item ' + owner.number_in_source if owner.number_in_source else 'the item above'} "
                                   "looks like the heading of an item the converter does not read: its text is read as "
                                   "part of the item above; if it is a telegram, give it a heading in a form the others "
                                   "have ('4. Telegram from X to Y, 10 January 1949')", "unread-heading"))
        _ocr_warnings(records, lines[starts[0]:], repaired)
        _after_the_notes(records)
        _notes_by_item(records)
        attach_footnotes(records)
        for record in records:
            if not [b for b in record.blocks if b.kind != "anchor"]:
                raise self.fail(source, record.line, f"telegram {record.number_in_source} has a heading but no text")
        return records

    @staticmethod
    def publication(front: list[str]) -> Publication:
        """The compilation from its title page: the title above the place and year ("Moscow
        1959"), or above the publisher printed there ("Foreign Languages Press / Peking
        1960"), with a main title in capitals above it ("DOCUMENTS OF THE SINO-SOVIET
        ALLIANCE / Selected Telegrams, 1949-1950")."""
        pub = Publication(kind="compilation", front_matter=front)
        # the title page: not the contents or a publisher's note after it
        front = front[:next((i for i, line in enumerate(front) if FRONT_SECTION.match(line)), len(front))]
        # the part of the book the first items are printed in, under the title page ("II. THE FAR
        # EAST"): its items', not the title page's
        parts = len(front)
        while parts > 1 and _part_heading(front[parts - 1]):
            parts -= 1
        if parts < len(front):
            pub.part = front[-1]
            pub.front_matter = pub.front_matter[:parts] + pub.front_matter[len(front):]
            front = front[:parts]
        # a credit over two lines: "SELECTED AND EDITED BY" / "MARGARET CARLYLE"
        joined: list[str] = []
        for line in front:
            if joined and re.search(r"\bby$", joined[-1], re.I) and _made_by(f"{joined[-1]} {line}"):
                joined[-1] = f"{joined[-1]} {line}"
            else:
                joined.append(line)
        front = joined
        # "Issued under the auspices of the" / "Royal Institute of International Affairs": the front matter's
        sponsored = next((i for i, line in enumerate(front) if AUSPICES.match(line)), None)
        if sponsored is not None:
            alone = not AUSPICES.match(front[sponsored]).group("body").strip(" ,.").lower().removeprefix("the").strip()
            front = front[:sponsored] + front[sponsored + 1 + (alone and sponsored + 1 < len(front)):]
        responsible = [_made_by(line) for line in front]
        for what, who in (credit for credits in responsible for credit in credits):
            # the compilers and editors, and the translator of the telegrams
            role = _editor_role(what)
            if role:
                pub.editors.append((role, _as_named(who)))  # (a name in capitals as named: "JANE DEGRAS")
            if re.search(r"transl|trans\.", what, re.I) and not pub.translator:
                pub.translator = who
        # the edition and printing ("Second edition", "Reprinted 1952"), as printed
        editions = [edition_statements(line, whole=True) for line in front]
        pub.editions = [edition_text(m) for found in editions for m in found]
        # the title page without them, its price, "Translated from the Russian"
        front = [line for line, m, e in zip(front, responsible, editions)
                 if not m and not e and not BESIDE_TITLE.match(line) and not TRANSLATED_FROM.match(line)]
        front = _series(front, pub)
        front = _issue(front, pub)
        imprint = _imprint(front)
        if imprint is not None:
            # "Title / Subtitle / London: Oxford University Press, 1965", or over lines of their
            # own ("Stanford, California / Stanford University Press / 1977"), or above the
            # title ("FOREIGN LANGUAGES PUBLISHING HOUSE / Moscow 1952 / THE GREAT FRIENDSHIP")
            start, end, place, publisher, year = imprint
            titled = front[end + 1:] if start == 0 else front[:start]
            titled = _article(titled, pub, responsible)
            if titled:
                pub.place, pub.publisher, pub.date = _as_named(place), _as_named(publisher), year
                pub.title = _title(titled)
                rest = front[end + 1:] if start > 0 else []
                if len(rest) > 1 and re.match(r"^(reproduced|reprinted|republished)\s+by$", rest[0], re.I):
                    pub.reprint = rest[1]
                pub.citation = "; ".join(pub.front_matter)
                return pub
        # the imprint is the last place and year ("Documents, 1949" above it is a subtitle)
        imprints = [i for i, line in enumerate(front) if i > 0 and PLACE_YEAR.match(line)]
        if imprints:
            i = imprints[-1]
            match = PLACE_YEAR.match(front[i])
            pub.place, pub.date = _as_named(match.group("place")), match.group("year")
            t = i - 1
            if t > 0 and PUBLISHER.search(front[t]):
                pub.publisher, t = _as_named(front[t]), t - 1
            pub.title = front[t]
            wrapped_from = t
            while wrapped_from > 0 and _wraps(front[wrapped_from - 1], front[wrapped_from]):
                wrapped_from -= 1
            if wrapped_from < t:  # a title over several lines: "WHITE BOOK / ON AGGRESSIVE ... / TOWARDS YUGOSLAVIA"
                pub.title, t = _title(front[wrapped_from:t + 1]), wrapped_from
            elif t > 0 and re.fullmatch(r"\d{4}(?:\s*[-–]\s*\d{2,4})?", front[t]):  # "Documents and Materials / 1949-1950"
                years, t = front[t], t - 1
                wrapped_from = t  # (the title over lines above the years: "SELECTED DOCUMENTS ON / SINO-SOVIET RELATIONS")
                while wrapped_from > 0 and _wraps(front[wrapped_from - 1], front[wrapped_from]):
                    wrapped_from -= 1
                pub.title, t = f"{_title(front[wrapped_from:t + 1])}, {years}", wrapped_from
            elif pub.title.isupper():  # printed in capitals: "CHINESE COMMUNIST CORRESPONDENCE WITH MOSCOW"
                pub.title = title_case(pub.title)
            if t > 0 and _is_main_title(front[t - 1]) and not front[t].isupper():
                pub.title = f"{title_case(front[t - 1])}: {pub.title}"
            elif t == 1 and not re.search(r"\d", front[0]) and not front[0].endswith((".", "!", "?", ",", ";", ":")) \
                    and len(front[0].split()) <= 10:  # the title page's first line, the subtitle under it
                pub.title = f"{front[0]}: {pub.title}"
            rest = front[i + 1:]
            if rest and re.match(r"^(reproduced|reprinted|republished)\s+by$", rest[0], re.I) and len(rest) > 1:
                pub.reprint = rest[1]
        if not pub.title and front:  # no imprint: the first line, the years under it ("1946-1952")
            front = _article(front, pub, responsible)
            pub.title = _title(front[:2]) if len(front) > 1 and re.fullmatch(r"\d{4}\s*[-–]\s*\d{2,4}", front[1]) \
                else front[0]
        pub.citation = "; ".join(pub.front_matter)
        return pub


def _made_by(line: str) -> list[tuple[str, str]]:
    """(what they did, who) of each credit a title page's line gives ("Edited by A and B", "A and
    B, eds.", "Translator: X", "Compiled by A; translated by B"), or [] when it is no such line."""
    made = []
    for part in line.split(";"):
        match = RESPONSIBLE.match(part.strip()) or RESPONSIBLE_LABEL.match(part.strip())
        if match is None:
            match = RESPONSIBLE_AFTER.match(part.strip())
            if match is not None and not person_names(match.group("who")):
                match = None  # (names first only where they are names: not a title ending "... Translators")
        if match is None:
            return []
        made.append((match.group("what"), match.group("who").strip()))
    return made


def _editor_role(what: str) -> str:
    """The part a line of credits gives its names in the book (a TEI editor's role): "compiler"
    for "Compiled", "Selected", "comp."; "editor" for "Edited", "eds.", "Editors"; "" for a
    translator only (the header's translator)."""
    if re.search(r"compil|select|\bcomps?\.", what, re.I):
        return "compiler"
    if re.search(r"\bed(?:ited|itors?|iting|s?\.)", what, re.I):
        return "editor"
    return ""


def _series(front: list[str], pub: Publication) -> list[str]:
    """The title page without the series the book is a volume of, which goes to pub.series
    and pub.series_volume: a line in parentheses, a line naming a series, or a title with a
    volume above the book's own title in capitals."""
    for i, line in enumerate(front):
        match = SERIES.match(line)
        named = next((g for g in match.groups() if g), "") if match else ""
        if match is None and i == 0 and SERIES_NUMBER.search(line):
            # (only above another title, in capitals: the book's own, "SOVIET-CHINESE CORRESPONDENCE")
            if any(_is_main_title(other) or other.isupper() and len(re.findall(r"[A-Za-z]{3,}", other)) >= 2
                   for other in front[1:3]):
                named = line
        if not named:
            continue
        number = SERIES_NUMBER.search(named)
        if number:
            named = named[:number.start()]
        named = named.strip(" ,.;")
        pub.series = title_case(named) if named.isupper() else named
        pub.series_volume = (number.group(1) or number.group(2)) if number else ""
        return front[:i] + front[i + 1:]
    return front


def _issue_year(text: str) -> str:
    """The year an issue's date ends in: "Winter 1995/1996", "Winter 1995/96", "Fall 2007/Winter 2008"."""
    years = re.findall(r"1[89]\d\d|20\d\d", text or "")
    if not years:
        return ""
    short = re.search(rf"{years[-1]}\s*/\s*(\d\d)(?!\d)", text)  # "1995/96"
    return years[-1][:2] + short.group(1) if short else years[-1]


def _issue(front: list[str], pub: Publication) -> list[str]:
    """The title page without the issue of a journal or bulletin (which goes to pub.issue,
    issue_date, volume and pages; the title, on the same line or the one above, stays in
    front as the title)."""
    for i, line in enumerate(front):
        match = ISSUE.match(line)
        if match is None:
            continue
        title = match.group("title") or (front[i - 1] if i > 0 else "")
        if not (match.group("label").lower().startswith("issue") or PERIODICAL.search(title)):
            continue  # ("No. 5" alone is not an issue where nothing names a periodical)
        pub.periodical = True
        pub.issue = re.sub(r"\s+", "", match.group("issue")) if not re.search(r"\sand\s", match.group("issue")) \
            else match.group("issue")
        pub.issue_date = match.group("date") or ""
        pub.date = pub.date or _issue_year(pub.issue_date)  # (the imprint's year, if it gives one, is read after)
        pub.volume = match.group("vol") or pub.volume
        pub.pages = (match.group("pages") or "").replace(" ", "")
        rest = front[:i] + ([match.group("title")] if match.group("title") else []) + front[i + 1:]
        return rest
    return front


def _imprint(front: list[str]) -> tuple[int, int, str, str, str] | None:
    """Where the title page prints its imprint, as (first line, last line, place,
    publisher, year), when on one line ("London: Oxford University Press, 1965"), or as the
    publisher and the place above the year alone ("Stanford, California" / "Stanford
    University Press" / "1977"), or above the title (the place and year under the
    publisher, at the top); else None (see publication: the place and year under the title)."""
    one = next((i for i, line in enumerate(front) if IMPRINT.match(line)), None)
    if one is not None:
        match = IMPRINT.match(front[one])
        return one, one, match.group("place"), match.group("publisher").strip(), match.group("year")
    for end in range(len(front) - 1, -1, -1):
        place_year = PLACE_YEAR.match(front[end])
        if not (place_year or YEAR_ALONE.match(front[end])):
            continue
        place, publisher = place_year.group("place") if place_year else "", ""
        start = end
        while start > 0 and end - start < 2:  # the publisher and the place above it, in either order
            above = front[start - 1]
            if not publisher and PUBLISHER.search(above):
                publisher = above
            elif not place and (PLACE_ALONE.match(above) or _first_place(above)):
                place = above if PLACE_ALONE.match(above) else _first_place(above)
            else:
                break
            start -= 1
        # (a year alone under a subtitle is the title's: "Correspondence ... / 1949"; the place
        # and year under the title, publication reads them)
        if publisher and (not place_year or start == 0):
            return start, end, place, publisher, place_year.group("year") if place_year else front[end]
    return None


def _part_heading(line: str) -> bool:
    """A part of the book ("II. THE FAR EAST", "PART III. KOREA"), not a signature with its
    initial ("V. MOLOTOV", "I. STALIN")."""
    match = PART_HEADING.match(line.strip())
    # (a number of one letter may be an initial: only before words no name has, "I. THE SOVIET UNION")
    return bool(match) and not (match.group("roman") and len(match.group("roman")) == 1
                                and not re.search(r"\b(?:THE|OF|AND|IN|ON)\b|[,&]", line))


def _article(lines: list[str], pub: Publication, credits: list[list[tuple[str, str]]]) -> list[str]:
    """A journal's title page without the article under its title ("COLD WAR ... BULLETIN" /
    "Stalin, Mao and the Korean War: New Documents"), which goes to pub.article, with who
    introduced it as its author ("Introduction and translations by Chen Jian")."""
    under = lines[1:]
    if not pub.periodical or not 1 <= len(under) <= 2 or any(len(l) > 160 or l.isupper() or re.search(r"\d{4}", l)
                                                              for l in under):
        return lines
    pub.article = _title(under)
    pub.article_author = next((who for found in credits for what, who in found if re.search(r"introduc", what, re.I)), "")
    return lines[:1]


def _first_place(line: str) -> str:
    """The first of the places an imprint lists on one line ("LONDON  NEW YORK  TORONTO",
    "London New York Toronto": "LONDON"), or "" when the line is no such list."""
    spaced = re.split(r"\s{2,}|\s*[·•|]\s*", line.strip())
    if len(spaced) > 1:
        return spaced[0] if all(PLACE_ALONE.match(p) for p in spaced) else ""
    words = line.split()
    if not 3 <= len(words) <= 8 or not all(re.fullmatch(r"[A-Z][a-z]+|[A-Z]{2,}", w) for w in words):
        return ""
    return " ".join(words[:2] if words[0].lower() in _PLACE_FIRST_WORDS else words[:1])


def _title(lines: list[str]) -> str:
    """The book's title from its lines on the title page: the main title (set in title
    case when printed in capitals) and the subtitles after a colon, a year or years on a
    line of their own after a comma ("THE GREAT FRIENDSHIP / Correspondence between ... /
    1949" -> "The Great Friendship: Correspondence between ..., 1949"; under the main title
    alone, after the colon: "Documents on Sino-Soviet Relations: 1949-1950")."""
    merged: list[str] = []
    for line in lines:  # a title the page wraps over lines: one line again
        if merged and _wraps(merged[-1], line):
            merged[-1] = f"{merged[-1]} {line}"
        else:
            merged.append(line)
    main, *subtitles = [title_case(line) if line.isupper() else line for line in merged]
    joined = ""
    for line in subtitles:
        joined += (", " if re.fullmatch(r"\d{4}(?:\s*[-–]\s*\d{2,4})?", line) else ". ") + line if joined else line
    return f"{main}: {joined}" if joined else main


def _wraps(line: str, following: str) -> bool:
    """A title page's line goes on in the next (a title wrapped over lines): both in capitals
    or neither, the first not ending a sentence, ending in a comma or a small word ("... with
    the Government of the" / "Democratic Republic ..."), or the next beginning with one ("WHITE
    BOOK" / "ON AGGRESSIVE ACTIVITIES ...", "... HUNGARY," / "RUMANIA ...")."""
    small = {"a", "an", "and", "at", "by", "for", "from", "in", "of", "on", "the", "to", "with", "towards", "between"}
    words, next_words = line.split(), following.split()
    return bool(words and next_words) and line.isupper() == following.isupper() and not line.endswith((".", ":", ";")) \
        and not re.fullmatch(r"[\d\s,\-–]+", following) and (line.endswith(",") or words[-1].lower() in small
                                                 or next_words[0].lower() in small)


def _as_named(text: str) -> str:
    """A place or publisher printed in capitals as a catalogue names it: "NEW DELHI" ->
    "New Delhi", "PEOPLE'S PUBLISHING HOUSE LTD." -> "People's Publishing House Ltd."."""
    if not text.isupper():
        return text
    # (an acronym, a word without a vowel, stays: "JPRS", "USSR")
    # (a small word after the first in lower case: "Ministry of Foreign Affairs")
    return re.sub(r"[A-Z][A-Z'’]*", lambda m: m.group(0) if not re.search(r"[AEIOUY]", m.group(0)) and m.group(0) != "LTD"
                  else m.group(0).lower() if m.start() > 0 and m.group(0).lower() in ("of", "the", "and", "for", "in", "on")
                  else m.group(0).capitalize(), text)


def _place_page_markers(front: list[tuple[int, str]], items: list[list[Block]]) -> None:
    """Page markers alone on their lines ("[p. 213]") where the pages they begin begin: the
    title page's last one before the first item's text, one after an item's text before the
    next item's (a marker in the text stays where it is)."""
    first = next(((n, l.strip()) for n, l in reversed(front) if PAGE_LINE.match(l.strip())), None)
    if first and items:
        items[0].insert(0, Block(first[1], first[0]))
    for this, following in zip(items, items[1:]):
        while this and PAGE_LINE.match(this[-1].text):
            following.insert(0, this.pop())


def _bare_page_numbers(items: list[list[Block]], lines: list[tuple[int, str]]) -> None:
    """A number alone on its line at the end of an item ("J. STALIN" / "27"), that no note
    in the book is numbered with, is the page's number at its foot, not a note's mark: a
    page marker ("[p. 27]")."""
    # (any line beginning with the number may be its note: "27 See ...", "27. ...", "[27] ...")
    notes = {m.group(1) for _, l in lines for m in [re.match(r"^[\[(]?(\d{1,4})[.)\]]?\s+\S", l.strip())] if m}
    for blocks in items:
        if blocks and blocks[-1].kind == "anchor" and blocks[-1].text.isdigit() and blocks[-1].text not in notes:
            blocks[-1] = Block(f"[p. {blocks[-1].text}]", blocks[-1].line)


def _page_ranges(items: list[list[Block]]) -> list[str]:
    """The pages each item is printed on, from the page markers ("212", "212-213"; "" when
    none is known): an item begins on the page of the last marker before it, or its own
    first marker when it begins a page."""
    ranges, page = [], ""
    for blocks in items:
        markers = [m.group("n") for b in blocks for m in PAGE_IN_TEXT.finditer(b.text)]  # alone or in a line
        if blocks and PAGE_LINE.match(blocks[0].text):
            page = markers[0]
        first, page = page, markers[-1] if markers else page
        ranges.append(f"{first}-{page}" if first and page != first else first)
    return ranges


# the newspaper or journal an item was first printed in, under its text: "Pravda, 23 August 1950",
# "Izvestiya, 10 March 1951", "Soviet News, 16 February 1950" (a periodical's name, not a place:
# "Peking, December 12, 1951" is a dateline)
PRINTED_IN = re.compile(r"^(?P<cited>(?:Pravda|Izvesti[iy]?a|Trud|Krasnaya\s+Zvezda|Renmin\s+Ribao|Jen-?min\s+Jih-?pao|"
                        r"[A-Z][\w'’]*(?:\s+[A-Z][\w'’]*){0,3}\s+(?:News|Times|Daily|Gazette|Herald|Bulletin)),\s+"
                        r"(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+1[89]\d\d)\.?$")


# the government's file an item is in, on a line over its heading, as FRUS prints it: "761.00/1-1450:
# Telegram", "793.00/1-1850: Telegram", "Moscow Embassy Files, Lot 58F47: Telegram"
FILE_LINE = re.compile(r"^(?P<file>\d{2,4}(?:\.\d{1,4})?[A-Z]{0,4}/[\w.\-–/]+|[A-Z][\w.'’ ]{3,60}(?:Files?|Lot)\b[^:]{0,40})\s*:"
                       r"\s*(?P<kind>(?:Circular\s+)?(?:Telegram|Airgram|Despatch|Dispatch|Letter|Memorandum|Note|Message)(?:\s+\w+)?)\.?$")


def _file_lines(lines: list[tuple[int, str]], starts: list[int]) -> dict[int, str]:
    """The file line over each heading (blank lines between), taken out of the text (it would end
    the item before): {heading's index: "761.00/1-1450: Telegram"}."""
    filed = {}
    for start in starts:
        above = next((i for i in range(start - 1, max(-1, start - 4), -1) if lines[i][1].strip()), None)
        if above is not None and FILE_LINE.match(lines[above][1].strip()):
            filed[start] = clean_inline(lines[above][1])
            lines[above] = (lines[above][0], "")
    return filed


def _printed_in(blocks: list[Block]) -> str:
    """The periodical that first printed the item, named on its last line ("Pravda, 23 August
    1950"), taken out of its text: what it cites."""
    if blocks and blocks[-1].kind == "text" and len(blocks) > 1:
        match = PRINTED_IN.match(blocks[-1].text)
        if match:
            del blocks[-1]
            return match.group("cited")
    return ""


def _source_note(blocks: list[Block]) -> str:
    """The editor's "[Source: ...]" among an item's last lines, taken out of them: what it cites."""
    for i in range(len(blocks) - 1, max(-1, len(blocks) - 3), -1):
        match = SOURCE_NOTE.match(blocks[i].text)
        if match:
            del blocks[i]
            return match.group("cited")
    return ""


def _headings(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """Where the items begin and their numbers: the numbered headings; or, where there are
    none, headings without a number ("STALIN TO MAO TSE-TUNG", "Telegram of 26 January
    1949", number ""), each on a line of its own after a blank line, two at least.  In a text
    printed in capitals (a cable's), a numbered point naming two parties ("1. WE AGREE TO
    YOUR PROPOSAL") is not a heading: there the parties alone without a date do not head."""
    prose = _in_prose(lines)
    found = []
    for i, (_, line) in enumerate(lines):
        match = HEADING.match(line.strip())
        if match and (prose or not _DATELESS.match(match.group("head"))):
            found.append((i, match.group("num")))
    if found:  # (an item that is no telegram among them: it ends the one before)
        other = [(i, m.group("num")) for i, (_, line) in enumerate(lines) for m in [OTHER_ITEM.match(line.strip())]
                 if m and _no_telegram(line.strip()) and _is_other_item(line.strip())]
        return sorted(found + other)
    if not prose:
        return found
    found = [(i, "") for i, (_, line) in enumerate(lines)
             if UNNUMBERED.match(line.strip()) and len(line.strip()) <= 120 and (i == 0 or not lines[i - 1][1].strip())]
    return found if len(found) >= 2 else []


# a line that may head an item in a form the reader does not know ("Item 1 -- Stalin's telegram
# to Mao Tse-tung of 12 March 1949"): on a line of its own after a blank line, it names two
# parties ("X ... to Y") with the kind of message or a year, and is no paragraph's sentence
_CANDIDATE_PARTIES = re.compile(r"[A-Za-z][^\n]*?\s(?:to|TO)\s+(?:(?:the|THE|Comrade|COMRADE)\s+)?[A-Z]")
_CANDIDATE_KIND = re.compile(r"\b(?:telegram|cable|letter|message|radiogram|reply|answer)s?\b", re.I)


def heading_candidates(lines: list[tuple[int, str]]) -> list[tuple[int, str]]:
    """The lines (number, text) that look like items' headings the reader does not read, so
    that a message can name them."""
    return [(number, clean_inline(line.strip())) for i, (number, line) in enumerate(lines)
            if not (i > 0 and lines[i - 1][1].strip()) and _looks_like_heading(line.strip())]


def _looks_like_heading(text: str) -> bool:
    """A line (after a blank line) that names two parties ("X ... to Y") with the kind of message
    or a year, in no form the reader reads; no paragraph's sentence."""
    # (not a citation quoting a title, an editor's bracket, a line of the contents with its dots)
    if not 10 <= len(text) <= 160 or text[:1].islower() or text[:1] in "\"“[#" or "...." in text.replace(" ", "") \
            or text.endswith((",", ";", ":")) or text.endswith(".") and len(text.split()) > 12:
        return False
    return bool(_CANDIDATE_PARTIES.search(text) and (_CANDIDATE_KIND.search(text) or re.search(r"\b1[89]\d\d\b", text))
                and not HEADING.match(text) and not UNNUMBERED.match(text))


def _names_an_item(text: str, parties: bool = True) -> bool:
    """A heading's words: the kind of message, a year, or (parties) the parties, "X to Y", "X -- Y"."""
    return bool(_CANDIDATE_KIND.search(text) or re.search(r"\b1[89]\d\d\b", text) or parties and (
        _CANDIDATE_PARTIES.search(text) or re.search(r"[A-Za-z]\s+(?:--|[—–-])\s+[A-Z]", text)))


def _number_value(number: str) -> int:
    """An item's number as a value ("4" -> 4, "IV" -> 4, "d" -> 4; 0 for none)."""
    if len(number) == 1 and number.islower():  # a letter: "(a)"
        return ord(number) - ord("a") + 1
    return int(number) if number.isdigit() else roman_number(number) if number else 0


def _unread_items(lines: list[tuple[int, str]], starts: list[int], numbers: dict[int, str]):
    """Items whose heading is in no form the reader reads, run on in the item before: a line
    after a blank line, under the item's closing lines (a signature, a dateline), that heads the
    next item.  Where it begins with the number the headings' sequence lacks there ("4." in
    item 3, the next heading read "5.", or none), in the same numerals, and reads as a heading
    (short, no sentence), it is one: (its index, its number) in the first list.  Where it is
    unnumbered but names the parties and the kind or year ("Reply of X to Y's telegram of 2
    March 1950"), or is in capitals naming the kind, as the headings read are, it is only
    suspected: (its line number, text) in the second."""
    from ..transforms.structure import cable_line, is_dateline, is_signature  # (here: the transforms import the readers)

    def closing(text: str) -> bool:  # (or a line under them: "Enclosure: ...", "Copies: ...", the cable's number)
        return is_dateline(text) or is_signature(text) or cable_line(text) in ("enclosure", "distribution", "number",
                                                                                "transmission")

    splits, suspects = [], []
    bounds = list(zip(starts, starts[1:] + [len(lines)]))
    for k, (start, end) in enumerate(bounds):
        value = _number_value(numbers[start])
        roman = not numbers[start].isdigit()
        following = _number_value(numbers[bounds[k + 1][0]]) if k + 1 < len(bounds) else 0
        above = ""  # the last line of text above, page markers and numbers aside
        for i in range(start + 1, end):
            text = lines[i][1].strip()
            if not text or PAGE_LINE.match(text) or re.fullmatch(r"[\d\s—–-]+", text):
                continue
            if NOTES_HEADING.match(text) or RULE.match(text):
                break  # (the notes under the text: their lines name telegrams too)
            fresh = not lines[i - 1][1].strip()
            if fresh and above and closing(above) and any(lines[j][1].strip() for j in range(i + 1, end)):
                number = re.match(_NUMBER, text)
                num = number.group("num") if number else ""
                rest = text[number.end():] if number else text
                missing = value + 1 if value and (not following or following > value + 1) else 0
                if missing and num and _number_value(num) == missing and num.isdigit() != roman \
                        and 3 <= len(rest) <= 160 and rest[:1].isupper() and _names_an_item(rest) \
                        and not (rest.endswith((".", ",", ";", ":")) and len(rest.split()) > 12):
                    splits.append((i, num))
                    value = missing
                elif not _footnote(text) and not closing(text) and cable_line(text) is None and (
                        _looks_like_heading(text) or not re.search(r"[a-z]", text) and len(text.split()) >= 3
                        and len(text) <= 160 and _names_an_item(text, parties=False)):
                    suspects.append((lines[i][0], clean_inline(text)))
            above = text
    return splits, suspects


def unread_headings(source: str, lines: list[tuple[int, str]]) -> SourceError | None:
    """The error for a compilation whose items' headings are in no form the reader knows: it
    names the lines that look like headings, where they are and what to write; None where no
    line looks like one."""
    found = heading_candidates(lines)
    if not found:
        return None
    named = "; ".join(f"{source}:{n}: '{t[:100]}'" for n, t in found[:8]) + ("; ..." if len(found) > 8 else "")
    return SourceError(source, f"no telegram found: the text reads as a compilation, but no item heading is in a "
                       f"form the converter reads; {'these lines look' if len(found) > 1 else 'this line looks'} "
                       f"like headings: {named}. Write each as '1. Telegram from X to Y, 10 January 1949' (the item's "
                       "number, the parties and the date on one line after a blank line), or 'No. 1' on a line "
                       "of its own over 'TELEGRAM FROM X TO Y'", found[0][0], code="unread-headings")


def _as_title(heading: str) -> str:
    """The item's title: its heading, the book's number of it "TELEGRAM No. 2" as "2." (the
    telegram's own number is not the book's); a document's number the book heads it with,
    "DOCUMENT No. 12", "Document 3:", left out (the item's number, not its title's words)."""
    heading = re.sub(r"^(?:Document|DOCUMENT|Doc\.)\s+(?:No\.\s*)?\d{1,3}[.:]?\s+(?=[A-Z])", "", heading)
    return re.sub(r"^(?:TELEGRAM|Telegram|CABLE|Cable|LETTER|Letter|MESSAGE|Message)\s+No\.\s*(\d{1,3})\.?\s+", r"\1. ", heading)


def _ocr_headings(lines: list[tuple[int, str]]) -> tuple[list[tuple[int, str]], dict[int, str]]:
    """The lines that head an item once OCR's letters for digits are digits again ("2.
    TELEGRAM FROM J. V. STALIN TO KIM IL SUNG, l OCTOBER l950"), so repaired (else the item
    would run on in the one before, or its date would not be read); the repaired lines'
    numbers and lines as printed."""
    out, repaired = [], {}
    for number, line in lines:
        fixed = ocr_digits(line)
        if fixed != line and any(HEADING.match(h) or UNNUMBERED.match(h) for h in (fixed.strip(), f"1. {fixed.strip()}")):
            out.append((number, fixed))
            repaired[number] = line
        else:
            out.append((number, line))
    return out, repaired


def _ocr_warnings(records: list[RawTelegram], lines: list[tuple[int, str]], repaired: dict[int, str]) -> None:
    """Each heading read with OCR's letters made digits, and each date in the text with them
    ("of 8 January l948": not read as a date), said to the telegram it is in, by its line."""
    for number, line in lines:
        fixed = ocr_digits(line)
        if number not in repaired and fixed == line:
            continue
        owner = next((r for r in reversed(records) if r.line <= number), records[0])
        printed = repaired.get(number, line)  # (as the source prints it)
        owner.warnings.append(ocr_warning(number, printed, ocr_digits(printed), "read as", "the heading")
                              if number in repaired else ocr_warning(number, printed, ocr_digits(printed),
                                                                     "the date is not read"))


def _is_other_item(line: str) -> bool:
    """A numbered line naming a diary, a record or memorandum is an item's heading when it reads
    as one: short, in capitals or not ending as a sentence does ("2. Memorandum of the Soviet
    Government will be handed over." is a point of a telegram)."""
    return len(line) <= 150 and (not re.search(r"[a-z]", line) or not line.endswith((".", ";", ",")))


def _in_prose(lines: list[tuple[int, str]]) -> bool:
    """Most of the text's longer lines are in lower case (not a cable printed in capitals)."""
    long = [l for _, l in lines if len(l.strip()) >= 30]
    return sum(1 for l in long if re.search(r"[a-z]", l)) > len(long) / 2


def _in_sequence(numbers: list[str]) -> bool:
    """True when the items are numbered one after the other (1, 2, III, ...)."""
    if not all(numbers):  # headings without numbers
        return False
    values = [_number_value(n) for n in numbers]
    return all(b == a + 1 for a, b in zip(values, values[1:]))


def _in_title_case(line: str) -> bool:
    """A heading of the title-case kind ("1. Telegram from X to Y ...")."""
    match = HEADING.match(line.strip()) or UNNUMBERED.match(line.strip())
    return bool(match) and re.search(r"[a-z]", match.group("head")) is not None and \
        not re.match(_IN_CAPITALS, match.group("head"))


# an item's number on a line of its own, its heading on the next: "No. 5" / "TELEGRAM FROM ..."
NUMBER_ALONE = re.compile(r"^(?:No\.\s*|(?:Document|DOCUMENT|Doc\.)\s+(?:No\.\s*)?"
                          r"|(?P<kind>TELEGRAM|Telegram|CABLE|Cable|LETTER|Letter|MESSAGE|Message)\s+No\.\s*)?"
                          r"(?P<num>\d{1,3})\.?$|^(?P<roman>[IVXL]{1,6})\.$"
                          r"|^\((?P<pnum>\d{1,3})\)$")  # "(1)", "TELEGRAM No. 2"
# a date alone between the number and the heading: "Document No. 1" / "14 January 1950" / "TELEGRAM FROM ..."
DATE_ALONE = re.compile(r"^(?:\d{1,2}\s+[A-Z][a-z]+\.?|[A-Z][a-z]+\.?\s+\d{1,2},?)\s+1[89]\d\d\.?$")


def _join_numbers(lines: list[tuple[int, str]], wrap: int = 0) -> list[tuple[int, str]]:
    """An item number alone on its line and the heading under it read as one heading line
    ("No. 5." + "TELEGRAM FROM MAO TSE-TUNG TO J. V. STALIN"), the heading's line left blank;
    so too a heading in capitals cut over two lines ("... FROM J. V. STALIN" + "TO MAO
    TSE-TUNG DATED THE 11TH OF JANUARY, 1949") in a text cut at a fixed width (wrap)."""
    out = list(lines)
    for i, (number, line) in enumerate(out[:-1]):
        following = out[i + 1][1].strip()
        if (wrap and HEADING.match(line.strip()) and line.strip().isupper() and following
                and not re.search(r"[a-z]", following) and wrapped(line.rstrip(), following, wrap)
                and not HEADING.match(following) and not NUMBER_ALONE.match(following)):
            out[i] = (number, f"{line.strip()} {following}")
            out[i + 1] = (out[i + 1][0], "")
    for i, (number, line) in enumerate(out[:-1]):
        alone = NUMBER_ALONE.match(line.strip())
        if alone is None:
            continue
        j = next((k for k in range(i + 1, min(i + 3, len(out))) if out[k][1].strip()), None)
        if j is None:
            continue
        date = None
        if DATE_ALONE.match(out[j][1].strip()):  # the date above the heading: after it
            date = j
            j = next((k for k in range(j + 1, min(j + 3, len(out))) if out[k][1].strip()), None)
            if j is None:
                continue
            dated = f"{out[j][1].strip()}, {out[date][1].strip().rstrip('.')}"
            if not HEADING.match(f"1. {dated}"):
                continue
            out[j] = (out[j][0], dated)
            out[date] = (out[date][0], "")
        joined = f"{line.strip()} {out[j][1].strip()}"
        if not re.match(r"No|Doc|TELEGRAM|CABLE|LETTER|MESSAGE", line.strip(), re.I):  # "5", "V." or "(5)" alone: read as "5. TELEGRAM ..."
            joined = f"{alone.group('num') or alone.group('pnum') or alone.group('roman')}. {out[j][1].strip()}"
        heading = HEADING.match(joined) or OTHER_ITEM.match(joined)
        # the parties under the number, the kind and date under them: "14" / "MAO TSE-TUNG TO
        # J. V. STALIN" / "(Telegram, 12 January 1949)" (or the date alone): the three lines
        # one heading (the parties alone would leave the item undated; a heading naming the
        # kind keeps the date under it as the telegram's dateline)
        k = next((k for k in range(j + 1, min(j + 3, len(out))) if out[k][1].strip()), None)
        after = out[k][1].strip() if k is not None else ""
        if after and not re.search(r"[a-z]", out[j][1]) and re.search(r"\b1[89]\d\d\)?$", after) and len(after) < 60 \
                and (not heading or _DATELESS.match(heading.group("head"))):
            dated = f"{joined}{' ' if after.startswith('(') else ', '}{after}"
            if HEADING.match(dated):
                out[i] = (number, dated)
                out[j] = (out[j][0], "")
                out[k] = (out[k][0], "")
                continue
        # (a number set far in above the parties alone, "          23" / "STALIN TO MAO
        # TSE-TUNG", is the page's: an item's would have the kind and date under the parties)
        if heading and not (_DATELESS.match(heading.group("head")) and len(line) - len(line.lstrip()) >= 10):
            out[i] = (number, joined)
            out[j] = (out[j][0], "")
    return out


# a line of dots where an excerpt leaves text out: ". . . . . . . .", "........", "…"
OMISSION = re.compile(r"^(?:(?:\.\s*){4,}|(?:…\s*)+)$")


def _omissions(blocks: list[Block]) -> list[Block]:
    """A line of dots between paragraphs (". . . . . . . ."): the compilation's omission, as
    the source editor's "[...]" is one (a gap)."""
    for block in blocks:
        if block.kind == "text" and OMISSION.match(block.text):
            block.text = "[...]"
    return blocks


def mark_anchors(blocks: list[Block]) -> list[Block]:
    """A footnote mark on a line of its own ("1", "*") is an anchor, not text."""
    for block in blocks:
        if ANCHOR.match(block.text):
            block.kind = "anchor"
    return blocks


def attach_footnotes(records: list[RawTelegram]) -> None:
    """Footnotes printed after the last telegram ("1 The letter is not published."), read
    from the end: each belongs to the telegram that holds its mark (on a line of its own, or
    in the line, see _inline_anchor); the first without a mark ends them.  So too the notes
    printed after an item's text, its own, and those at the foot of a page amid an item's
    text, under their rule (see _page_foot_notes)."""
    _page_foot_notes(records)
    for record in records[:-1]:  # an item's own notes after its text: their marks in it
        _notes_at_end(record, [record])
    last = records[-1]
    _notes_at_end(last, records)
    if last.blocks and any(r.footnotes for r in records) and NOTES_HEADING.match(last.blocks[-1].text):
        last.blocks.pop()  # "NOTES" above them
    _unplaced_notes(records)


def _after_the_notes(records: list[RawTelegram]) -> None:
    """What an item prints after its notes is not the telegram's (its text ends above them):
    the page's running head or number, as a page marker, before the next item (or the notes,
    after the last); the editor's paragraph introducing the next items, left out and said so.
    Notes are those whose marks the text above prints; notes at a page's foot under their
    rule are amid the text (see _page_foot_notes)."""
    for k, record in enumerate(records):
        blocks = record.blocks
        end = len(blocks)
        while end > 0 and blocks[end - 1].kind == "text" and not _footnote(blocks[end - 1].text):
            end -= 1
        start = end
        while start > 0 and _footnote(blocks[start - 1].text):
            start -= 1
        if end == len(blocks) or start == end or start == 0 or RULE.match(blocks[start - 1].text):
            continue
        above = " ".join(b.text for r in records[:k + 1] for b in (r.blocks[:start] if r is record else r.blocks))
        if not all(_note_mark(_footnote(b.text))[0] in above for b in blocks[start:end]):
            continue
        tail = blocks[end:]
        del blocks[end:]
        pages = [b for b in tail if PAGE_LINE.match(b.text)]
        if k + 1 < len(records):
            records[k + 1].blocks[:0] = pages
        else:
            blocks[start:start] = pages
        for block in tail:
            if not PAGE_LINE.match(block.text):
                record.warnings.append((block.line, f"a paragraph after the notes of item {record.number_in_source or k + 1} "
                                        f"is the editor's, not the telegram's: left out ('{block.text[:60]}...')",
                                        "editorial-text"))


# the item a book's notes at its end are for: a line "To No. 1", "To Document 3", "Item 2", or
# the note's first words ("1. Item 1: The telegram ...", "[1] To No. 2: ...")
NOTES_FOR = re.compile(r"^(?:(?:To|For)\s+)?(?:No\.|Nos?\.|Document|Doc\.|Item|Telegram)\s*(?P<item>\d{1,3}|[IVXL]{1,6})"
                       r"(?:[.:]\s*|$)", re.I)
# a note under the notes' heading: as FOOTNOTE, short too ("[1] See No. 1 above."), or
# numbered with a full stop ("1. Item 1: The telegram was ...")
NOTE_UNDER_HEADING = re.compile(rf"^(?:(?P<n>{_MARK})\.?|\((?P<pn>\d{{1,2}})\)|(?P<rn>\d{{1,2}})\)|\[(?P<bn>\d{{1,2}})\])\s*"
                                r"(?P<text>[A-Z„“\"'‘].{2,})$")
_TO_SUPERSCRIPT = str.maketrans("1234567890", "¹²³⁴⁵⁶⁷⁸⁹⁰")


def _notes_by_item(records: list[RawTelegram]) -> None:
    """The book's notes at its end, under "NOTES", grouped by the items they are for ("To No.
    1" / "[1] The landing ..." / "To No. 2" / "[1] See ..."), or each naming its item ("1.
    Item 1: ..."): each note to its mark in that item's text (each item numbers its notes
    anew, so the marks recur); a note whose mark is not found, to the item's header, said
    to be unplaced.  Notes not so grouped are read as before (see attach_footnotes)."""
    last = records[-1]
    at = next((i for i in range(len(last.blocks) - 1, 0, -1) if NOTES_HEADING.match(last.blocks[i].text)), None)
    if at is None:
        return
    groups, item = [], None
    for block in last.blocks[at + 1:]:
        label = NOTES_FOR.match(block.text)
        if label and label.end() == len(block.text):
            item = label.group("item")
            continue
        note = NOTE_UNDER_HEADING.match(block.text)
        if not note:
            return
        printed = _note_mark(note)[0]
        words = note.group("text").strip()
        label = NOTES_FOR.match(words)
        if label:  # "Item 1: The telegram ...": the words say where it belongs
            words = words[label.end():].strip()
        groups.append((label.group("item") if label else item, printed, words, block.line))
    if not groups or any(g[0] is None for g in groups):
        return
    numbered = {r.number_in_source: r for r in records}
    del last.blocks[at:]
    for item, printed, words, line in reversed(groups):  # (from the end, as the marks: "[1][2]")
        owner = numbered.get(item)
        key = owner and _mark_in(owner, printed)
        if key:
            owner.footnotes[key] = Block(words, line)
            continue
        owner = owner or last
        owner.publication = replace(owner.publication, notes=[
            *owner.publication.notes, f"{printed} {words} (The source prints no mark for this note.)"])


def _mark_in(record: RawTelegram, printed: str) -> str | None:
    """The key a note printed with the mark printed is filed under in record's footnotes,
    its mark found in record's text (on a line of its own, or in the line; a note numbered
    "1" marked "¹" or "[1]" in the text); None when record prints no such mark."""
    number = printed.strip("[]()")
    forms = [printed] + ([number.translate(_TO_SUPERSCRIPT), f"[{number}]", number] if number.isdigit() else [])
    for form in dict.fromkeys(forms):
        if any(b.kind == "anchor" and b.text == form for b in record.blocks) and form not in record.footnotes:
            return form
        key = _inline_anchor([(record, len(record.blocks))], form, {}, number if number.isdigit() else form)
        if key is not None and key not in record.footnotes:
            return key
    return None


def _note_mark(match: re.Match) -> tuple[str, str]:
    """(the mark as the text prints it, the mark the note is filed and numbered under):
    "(1)" as printed; "1)" and "¹" as "1"."""
    if match.group("pn"):
        return f"({match.group('pn')})", f"({match.group('pn')})"
    if match.group("rn"):
        return f"{match.group('rn')})", match.group("rn")
    if match.group("bn"):
        return f"[{match.group('bn')}]", match.group("bn")
    return match.group("n"), match.group("n").translate(SUPERSCRIPTS)


def _notes_at_end(holder: RawTelegram, records: list[RawTelegram]) -> None:
    """The notes at the end of holder's text, read from the end, each into the one of records
    holding its mark; the first that is not a note, or whose mark is not found, ends them."""
    # the marks on lines of their own, in order; a book that numbers its notes item by item
    # ("*" in each) has the same mark in several: the notes, read from the end, take them
    # from the end
    marked = [(r, b.text) for r in records for b in r.blocks if b.kind == "anchor"]
    anchors: dict = {}
    # under a "NOTES" heading a note may be numbered with a full stop, "1. Peng Dehuai was ...",
    # its mark in the text a superscript ("Peng Dehuai,¹ our forces")
    heading = next((i for i in range(len(holder.blocks) - 1, -1, -1) if NOTES_HEADING.match(holder.blocks[i].text)), None)
    numbered = heading is not None and all(NOTE_UNDER_HEADING.match(b.text) for b in holder.blocks[heading + 1:])
    while holder.blocks:
        match = _footnote(holder.blocks[-1].text) or (numbered and NOTE_UNDER_HEADING.match(holder.blocks[-1].text))
        if not match:
            break
        printed, mark = _note_mark(match)
        owner = next((r for r, m in reversed(marked) if m == printed and mark not in r.footnotes), None)
        # (the holder's last block is the note itself)
        within = [(r, len(r.blocks) - (r is holder)) for r in records]
        key = mark if owner is not None else _inline_anchor(within, printed, anchors, mark)
        if owner is not None and mark != printed:
            # a mark on a line of its own or on a heading ("... 1950¹"): filed as the marks in the
            # line are ("¹" as "1"), so the notes of one book are numbered alike
            anchor = next(b for b in reversed(owner.blocks) if b.kind == "anchor" and b.text == printed)
            anchor.text = mark
        if key is None and owner is None and numbered and printed.isdigit():
            printed = printed.translate(_TO_SUPERSCRIPT)  # "1." marked "¹"
            key = _inline_anchor(within, printed, anchors, mark)
        if key is None:
            break
        owner = owner or anchors[printed]
        note = holder.blocks.pop()
        owner.footnotes[key] = Block(match.group("text").strip(), note.line)


def _page_foot_notes(records: list[RawTelegram]) -> None:
    """Notes printed at the foot of a page amid an item's text, under their rule
    ("______________" / "¹ The Nanking government's note ..." / "² Li Tsung-jen ..."): out
    of the text, the rule too (it is not a break in the telegram); each into the telegram
    holding its mark on that page or before it (a note may be an earlier item's)."""
    for k, record in enumerate(records):
        i = 0
        while i < len(record.blocks):
            if not (record.blocks[i].kind == "text" and RULE.match(record.blocks[i].text)):
                i += 1
                continue
            j = i + 1
            while j < len(record.blocks) and _footnote(record.blocks[j].text):
                j += 1
            notes = record.blocks[i + 1:j]
            if not notes:
                i += 1
                continue
            del record.blocks[i:j]
            anchors: dict = {}
            for note in notes:
                match = _footnote(note.text)
                printed, mark = _note_mark(match)
                size = len(record.blocks)
                key = _inline_anchor([*((r, len(r.blocks)) for r in records[:k]), (record, i)], printed, anchors, mark)
                if key is None:  # its mark not found: kept as printed
                    record.blocks.insert(i, note)
                    i += 1
                    continue
                i += len(record.blocks) - size  # (an anchor block inserted above)
                anchors[printed].footnotes[key] = Block(match.group("text").strip(), note.line)


def _unplaced_notes(records: list[RawTelegram]) -> None:
    """Notes under a "NOTES" heading after the last telegram whose marks are not in the text:
    the book's, not the telegram's words.  Each goes to the header of the telegram that names
    what it begins with ("1 Vyshinskii, Andrei ...": the telegram naming Vyshinskii; else the
    last, and the note says so), said to be unplaced."""
    last = records[-1]
    at = next((i for i in range(len(last.blocks) - 1, -1, -1) if NOTES_HEADING.match(last.blocks[i].text)), None)
    if at is None or at == len(last.blocks) - 1 or at == 0:
        return
    # (numbered with a full stop too: "1. Vladimír Clementis, Minister of ...")
    found = [_footnote(b.text) or NOTE_UNDER_HEADING.match(b.text) for b in last.blocks[at + 1:]]
    if not all(found):
        return
    del last.blocks[at:]
    for note in found:
        lemma = re.split(r",|\s(?:was|is|were|are|had|has)\s", note.group("text"), maxsplit=1)[0].strip()
        named = [r for r in records if lemma and any(lemma in b.text for b in r.blocks) or lemma in r.heading]
        family = lemma.split()[-1] if lemma and len(lemma.split()) in (2, 3) and lemma.istitle() else ""
        if not named and len(family) > 3:  # the text names him by his family name alone: "the case of Clementis"
            named = [r for r in records if any(re.search(rf"\b{re.escape(family)}\b", b.text) for b in r.blocks)]
        owner = named[-1] if named else last
        mark = note.group("n") or note.group("pn") or note.group("bn") or note.group("rn")
        where = ("" if named else "; it is given with the last telegram, whose it may not be")
        owner.publication = replace(owner.publication, notes=[
            *owner.publication.notes, f"{mark}. {note.group('text').strip()} (The source prints no mark for this note{where}.)"])


def _inline_anchor(within: list[tuple[RawTelegram, int]], mark: str, anchors: dict, key: str = "") -> str | None:
    """A footnote mark printed in the line, not on a line of its own: at the end of a block
    ("the treaty.*", "FILLIPOV1"), it becomes an anchor block after it; inside one ("the
    pseudonym Fillipov1 for reasons"), the bracketed mark "[1]" the brackets pass turns into
    the note at its place.  The last such mark is taken, in the records within and so many of
    their first blocks; a digit only right after a letter or punctuation, never ending a number
    or after "No."; a superscript "¹" after anything.  The note is filed under key (the mark
    as printed, else: "1)" and "¹" as "1").  Returns the key the note is filed under in the
    record's footnotes (None: no such mark), the record holding it in anchors[mark]."""
    key = key or mark
    after = r"(?<=[^\s\d*])" if mark[:1].isdigit() else r"(?<=\S)" if mark[:1] in "¹²³⁴⁵⁶⁷⁸⁹⁰" else r"(?<=[^\s*])"
    at_end = re.compile(after + re.escape(mark) + "$")
    # not a part of a number or a date ("7.2.50", "1,200"): no digit before the punctuation
    # before it, none after the punctuation after it; a closing quotation mark may follow it
    # ("assistance.1)\"")
    inside = re.compile(r"(?<!No\.)(?<!No)" + (r"(?<!\d[.,/])" if mark[:1].isdigit() else "") + after + re.escape(mark)
                        + r"(?=[\s,;:.!?)\"”’»]|$)(?![.,/]\d)")
    for record, end in reversed(within):
        blocks = record.blocks[:end]
        for i in range(len(blocks) - 1, -1, -1):
            block = blocks[i]
            if block.kind != "text":
                continue
            if at_end.search(block.text):
                block.text = block.text[:-len(mark)].rstrip()
                record.blocks.insert(i + 1, Block(key, block.line, kind="anchor"))
                anchors[mark] = record
                return key
            found = list(inside.finditer(block.text))
            if found:
                m = found[-1]
                block.text = f"{block.text[:m.start()]}[{key}]{block.text[m.end():]}"
                anchors[mark] = record
                return f"[{key}]"
            if mark[:1].isdigit() and f"[{mark}]" in block.text:  # printed in brackets: "events in Korea.[1]"
                if key != mark:
                    block.text = block.text.replace(f"[{mark}]", f"[{key}]")
                anchors[mark] = record
                return f"[{key}]"
    return None
