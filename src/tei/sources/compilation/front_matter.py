"""A compilation's front matter: its title page (title, imprint, edition, editors and
translators, series, a journal's issue, the article the documents are printed in) and the
parts it is divided into."""

from __future__ import annotations

import re

from ...dates.words import FULL_MONTH
from ..base import CARDINALS, TITLE_SMALL_WORDS, person_names, title_case
from ..model import Publication

# the place's other name in brackets after it: "Peking (Beijing)"
_OTHER_NAME = r"(?:\s+\([A-Z][a-z]+(?:[ -][A-Z][a-z]+)?\))?"


# the place and year of the imprint: "Moscow 1959", "PEKING 1960", "Peking (Beijing) 1958",
# "Washington: 1976" (FRUS)
# (not "First Edition 1960"; nor a word dating or numbering a journal's issue, "(Fall 1993)", "Spring
# 1996", "Part 1995": a closed list of words, where places are not, so they are refused, not places asked for)
_PLACE_YEAR = (rf"(?!(?:{FULL_MONTH}|First|Second|Third|New Edition|Edition"
               r"|(?i:Spring|Summer|Fall|Autumn|Winter|Part|Issues?|Nos?|Numbers?|Vol|Volume|Tome|Book|Series)"
               # (what a volume holds, with its year: "Documents 1945", no place)
               r"|Documents|Materials|Papers|Telegrams|Letters|Correspondence)\b)"
               rf"(?P<place>(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?|[A-Z]{{3,}}(?:[ -][A-Z]{{3,}})?){_OTHER_NAME})[,:]?\s+"
               r"(?P<year>1[89]\d\d|20\d\d)")
PLACE_YEAR = re.compile(rf"^{_PLACE_YEAR}$")
# ... as a part of a citation after its title, between its commas or stops: "Sino-Soviet Relations,
# 1911-57, Moscow 1959;" (not its first part, the title: "Pravda, 1949, no. 5")
PLACE_YEAR_CITED = re.compile(rf"(?:(?<=[,;.(]\s)|(?<=[,;(])){_PLACE_YEAR}(?=\s*(?:[,;.)]|$))")


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
# (a part named after its label, the number spelled too, may be in title case: "Part Two: Korea",
# "Part III. The Korean War"; a roman number alone only before capitals, as a numbered point
# "II. We agree ..." is the text's)
_PART_LABEL = r"(?:PART|Part|SECTION|Section|CHAPTER|Chapter)\s+"
_PART_NUMBER = r"(?P<n>[IVXL]{1,6}|\d{1,2}|(?i:" + "|".join(CARDINALS) + r"))[.:]?"
_SMALL = r"(?:of|the|and|in|on|to|for|with|from|at|a|an)"
PART_HEADING = re.compile(rf"^(?:{_PART_LABEL}{_PART_NUMBER}\s+[A-Z][\w'’\-]*(?:(?:[ ,&]+|:\s+|\s+[-–—]\s+)(?:[A-Z][\w'’\-]*|{_SMALL})){{0,10}}"
                          r"|(?P<roman>[IVXL]{1,6})\.\s+[A-Z][A-Z'’\-]*(?:[ ,&]+[A-Z][A-Z'’\-]*){0,8})$")


def part_number(part: str) -> str | None:
    """The number of a part of the book as a number ("Part Two: Korea": "2"; "PART III. KOREA": "III")."""
    match = re.match(rf"^(?:{_PART_LABEL})?{_PART_NUMBER}", part.strip())
    if match is None:
        return None
    return spelled_number(match.group("n"))


def spelled_number(number: str) -> str:
    """A volume's or part's number spelled ("Two", "FOUR") in digits; roman or arabic as printed."""
    return str(CARDINALS.index(number.lower()) + 1) if number.lower() in CARDINALS else number


# the book's volume on its title page, a line of its own: "VOLUME IV", "Vol. 4", "Volume IV,
# 1950-1951" (the volume the citation's; the years or words after it stay the title's)
# (not the first line's: a series' volume above the book's own title, see _series)
_VOLUME = r"(?:VOLUME|Volume|VOL\.|Vol\.)\s*(?P<vol>\d{1,3}|[IVXL]{1,6}|(?i:" + "|".join(CARDINALS) + r"))\b"
VOLUME_LINE = re.compile(rf"^{_VOLUME}[.,:;]?\s*(?P<rest>.*)$")
# ... or at the end of a subtitle: "Documents, Vol. 2", "Documents, Volume Three"
VOLUME_AFTER = re.compile(rf"^(?P<rest>.+?)[,.;]\s+{_VOLUME}\.?$")


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
                         # ("Selected and edited, with notes, by ...": the article too may be left out)
                         r"(?:with\s+(?:an?\s+)?[\w\s]{1,50}?,?\s+)?by\s+(?P<who>[A-Z].{1,80}?)\.?$", re.I)


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


# the word before an issue's number: "Issue 8-9", "Issues 6-7", "No. 2", "Nos. 6-7", "Number 4"
ISSUE_LABEL = r"(?:Issues?|Nos?\.|Numbers?)"
ISSUE = re.compile(r"^(?:(?P<title>(?!Vol(?:ume)?\b)[A-Z].+?)[,.:]?\s+)?(?:Vol(?:ume)?\.?\s*(?P<vol>\d{1,3}|[IVXL]{1,6})[,.]?\s+)?"
                   rf"(?P<label>{ISSUE_LABEL})\s*(?P<issue>\d{{1,4}}(?:\s*[-–/&]\s*\d{{1,4}}|\s+and\s+\d{{1,4}})?)"
                   rf"(?:[,.]?\s*\(?(?P<date>{_SEASON}?(?:\d{{1,2}}\s+)?{_YEAR_OR_YEARS})\)?)?"
                   r"(?:[,.]?\s*pp?\.\s*(?P<pages>\d+(?:\s*[-–]\s*\d+)?))?\.?$")


# a periodical's head noun, the last word of its title ("... Bulletin", "Far Eastern Affairs"); in Russian the
# first ("Vestnik ...", "Voprosy istorii", "Istochnik"); and the words a book's title may end with as well
SERIAL_HEADS = r"Bulletin|Journal|Review|Quarterly|Newsletter|Magazine|Digest|Gazette|Herald|Affairs|Yearbook|Annals|Proceedings"
SERIAL_HEADS_FIRST = r"Vestnik|Istochnik|Voprosy|Problemy"
SERIAL_OR_BOOK_ENDS = r"Survey|Problems|Studies"
# what a periodical calls itself ("... Bulletin", "Far Eastern Affairs", "Voprosy istorii")
PERIODICAL = re.compile(rf"\b(?:{SERIAL_HEADS}|{SERIAL_HEADS_FIRST}|{SERIAL_OR_BOOK_ENDS})\b", re.I)


# A publisher's line on a title page: "Foreign Languages Press", "Gospolitizdat".
# (or a ministry publishing its own: "MINISTRY OF FOREIGN AFFAIRS OF THE FEDERATIVE PEOPLE'S REPUBLIC OF YUGOSLAVIA")
# ("United States Government Printing Office", "Her Majesty's Stationery Office")
PUBLISHER = re.compile(r"\b(Press|Publishers?|Publishing|Verlag|[EÉ]ditions|Izdatel\w*|\w*izdat|Ministry|"
                       r"Printing\s+Office|Stationery\s+Office)\b", re.I)


_YEARS_AFTER = r",?\s+1[89]\d\d\s*[-–]\s*(?:1[89])?\d\d$"


def _is_main_title(line: str) -> bool:
    """A title printed in capitals, of a few words (not a date or a number; the years it
    covers after it may be: "SINO-SOVIET RELATIONS, 1946-1952")."""
    words = re.findall(r"[A-Za-z]+", line)
    # (years a word as "in" leads to are the heading's words, not the span a title covers: "THE
    # CORRESPONDENCE OF ... IN 1950-1951", a part's heading over the book's title, as "... IN JANUARY 1949" is)
    return line.isupper() and len(words) >= 2 and not re.search(r"\d", re.sub(_YEARS_AFTER, "", line)) \
        and not re.search(r"\b(?:IN|DURING|SINCE|BETWEEN)\s+1[89]\d\d\s*[-–]", line)


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
    """The part a line of credits gives its names in the book (a TEI editor's role): "editor"
    for "Edited", "eds.", "Editors", also "Compiled and edited", "Selected and edited";
    "compiler" for "Compiled", "Selected", "comp." alone; "" for a translator only (the
    header's translator)."""
    # (who selected or compiled and edited the texts, "SELECTED AND EDITED BY", is their editor)
    if re.search(r"\bed(?:ited|itors?|iting|s?\.)", what, re.I):
        return "editor"
    if re.search(r"compil|select|\bcomps?\.", what, re.I):
        return "compiler"
    return ""


def _series(front: list[str], pub: Publication) -> list[str]:
    """The title page without the series the book is a volume of, which goes to pub.series
    and pub.series_volume: a line in parentheses, a line naming a series, or a title with a
    volume above the book's own title in capitals."""
    for i, line in enumerate(front):
        match = SERIES.match(line)
        named = next((g for g in match.groups() if g), "") if match else ""
        if match and match.group("inside") and re.fullmatch(rf"(?:(?:{FULL_MONTH})\s+)?(?:1[89]|20)\d\d\s*[-–]\s*"
                                                            rf"(?:(?:{FULL_MONTH})\s+)?(?:1[89]|20)\d\d", named):
            continue  # (the months the volume covers in brackets, "(August 1941-December 1945)": no series)
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
        named, above = match.group("title"), front[:i]
        if named and PERIODICAL.search(named) and 1 <= len(above) <= 2 \
                and not any(PERIODICAL.search(line) or re.search(r"\d", line) for line in above):
            # the article's title over the periodical's name and issue on one line ("DOCUMENTS ON THE
            # MISSION OF ..." / "Bulletin of the Archive, No. 2, 1995"): the article's, not the journal's
            pub.article = _title(above)
            return [named] + front[i + 1:]
        rest = above + ([named] if named else []) + front[i + 1:]
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


# a web page's language menu above a volume's title page, each language named in itself:
# "English" / "Русский" (the site's, not the book's)
LANGUAGE_MENU = re.compile(r"^(?:English|Русский|Russian|中文|简体中文|繁體中文|Chinese|Deutsch|Français|Español|Italiano|Polski"
                           r"|Česky|Čeština|Magyar|Română|Български|Українська|한국어|日本語|Tiếng Việt|Shqip|Монгол)$")


def without_menu(front: list[str]) -> list[str]:
    """The title page's lines without the site's language menu at their head ("English" /
    "Русский"), where a title follows it."""
    menu = 0
    while menu < len(front) - 1 and LANGUAGE_MENU.match(front[menu]):
        menu += 1
    return front[menu:]


def title_page_in_lines(front: list[str]) -> str:
    """A title page of a few short lines and no imprint, its year on a line of its own ("STALIN"
    / "1945" / "War Telegrams"): the title from its lines, the year after it ("Stalin: War
    Telegrams, 1945"); else ""."""
    years = [line for line in front if re.fullmatch(r"(?:1[89]|20)\d\d(?:\s*[-–]\s*\d{2,4})?", line)]
    words = [line for line in front if line not in years]
    if len(years) != 1 or not 1 <= len(words) <= 3 or any(len(l.split()) > 12 or l.endswith((".", ",", ";", ":"))
                                                         or re.search(r"\d", l) for l in words):
        return ""
    return f"{_title(words)}, {years[0]}"


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
    alone too: "Documents on Sino-Soviet Relations, 1949-1950")."""
    merged: list[str] = []
    for line in lines:  # a title the page wraps over lines: one line again
        if merged and _wraps(merged[-1], line):
            merged[-1] = f"{merged[-1]} {line}"
        else:
            merged.append(line)
    main, *subtitles = [title_case(line) if line.isupper() else line for line in merged]
    # (the years on a line of their own after a comma, under the main title too: "Documents on
    # International Affairs, 1951", as the imprint's years are and as a catalogue cites them; on the
    # title's own line they stay as printed, "...: 1949-1950")
    joined, subtitled = main, False
    for line in subtitles:
        if re.fullmatch(r"\d{4}(?:\s*[-–]\s*\d{2,4})?", line):
            joined += f", {line}"
        else:
            joined += (". " if subtitled else ": ") + line
            subtitled = True
    return joined


def _repeats(title: str, line: str) -> bool:
    """The line is the title again, its words but the small ones the same whatever their case (the
    cover's title over the title page's: "DOCUMENTS ON THE KOREAN WAR" / "Documents of the Korean War")."""
    def words(text: str) -> list[str]:
        return [w for w in re.findall(r"[\w’'\-]+", text.lower()) if w not in TITLE_SMALL_WORDS]
    return words(title) == words(line)


def _wraps(line: str, following: str) -> bool:
    """A title page's line goes on in the next (a title wrapped over lines): both in capitals
    or neither, the first not ending a sentence, ending in a comma or a small word ("... with
    the Government of the" / "Democratic Republic ..."), or the next beginning with one ("WHITE
    BOOK" / "ON AGGRESSIVE ACTIVITIES ...", "... HUNGARY," / "RUMANIA ...")."""
    small = TITLE_SMALL_WORDS
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
