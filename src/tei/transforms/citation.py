"""Archival references in citations: repository plus fond, opis, delo, list.

"APRF, F. 39, Op. 1, D. 31, L. 53", "RGASPI, f. 558, op. 11, d. 330, ll. 0100, 0101-0102,
and 0103", "AP RF. F. 45. Op. 1. D. 330. L. 95–96", and spelled out, "APRF, Fond 45, Opis 1,
Delo 331, Listy 54-55"; the foreign ministry's archive adds a papka (folder) before the delo,
"AVP RF, f. 07, op. 22, p. 36, d. 235, ll. 12-14" (spelled out, the papka may follow the delo:
"Fond 059a, Opis 5a, Delo 4, Papka 11, Listy 136-140").  The repository is the archive named just before the shelfmark,
recognised through the authority file's archives.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from ..dates import DateValue, find_dates, record_date
from ..vocab import CABLE_KIND, CIPHERING

SEP = r"[.,]?\s*"
NUM = r"\d+[a-zA-Z]?"
# each designation abbreviated or spelled out (Russian archives' fond, opis', delo, list/listy)
# (in capitals too, as a page set in capitals copies them: "FOND 45, OPIS 1, DELO 348, LIST 60")
FOND, OPIS, DELO = r"(?:[Ff]\.|(?i:fond)\b)\s*", r"(?:[Oo]p\.|OP\.|(?i:opis)\b['’]?)\s*", r"(?:[Dd]\.|(?i:delo)\b)\s*"
LIST = r"(?:[Ll]{1,2}\.|(?i:list(?:y|s)?)\b)\s*"
PAPKA = r"(?:[Pp]\.|(?i:papka)\b)\s*"  # between opis and delo "p." is a papka, never a page
# the foreign ministry's "poriadkovyi nomer" before the papka: "f. 0100, op. 43, por. 12, p. 302, d. 10"
POR = r"(?:[Pp]or\.|[Pp]oriadkovyi\s+nomer\b)\s*"
# a fond with its letter: "GARF, f. R-5446"
FOND_NUM = rf"(?:[A-Z]-)?{NUM}"
# a leaf, its back too ("ll. 97-99 ob.", "ll. 5ob.-6": the oborot)
LEAF = r"\d+(?:\s?ob\b\.?)?"
SHELFMARK = re.compile(
    # (after the delo "p." is the papka only where the leaf follows: "d. 3, p. 11, l. 92")
    rf"(?<![\w]){FOND}{FOND_NUM}{SEP}{OPIS}{NUM}{SEP}(?:{POR}{NUM}{SEP})?(?:{PAPKA}{NUM}{SEP})?{DELO}{NUM}"
    rf"(?:{SEP}(?:(?i:papka)\s*|[Pp]\.\s*(?={NUM}{SEP}{LIST})){NUM})?"
    rf"(?:{SEP}{LIST}{LEAF}(?:\s*[-–]\s*{LEAF})?(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+){LEAF}(?:\s*[-–]\s*{LEAF})?)*)?")
# the Chinese archives' file numbers: "109-00027-01" (the foreign ministry's), read only after
# an archive the authority file knows
# (with the pages after it, as printed, as a Russian file's leaves are: "109-00022-03, 5-6",
# "109-00022-03, pp. 5-6"; not a date after it, "..., 5 May 1950")
CHINESE_FILE = re.compile(r"(?<![\w\-])(?:No\.\s*)?\d{3}-\d{5}-\d{2}(?:\(\d+\))?"
                          r"(?:,\s*(?:pp?\.\s*)?\d{1,4}(?:\s*[-–]\s*\d{1,4})?(?![\w\-])(?!\s+[A-Z][a-z]+\s+\d))?(?![\w\-])")
# the telegram's own number in an edition's archival note: "... L. 97-98. Ciphered telegram No. 4581."
TELEGRAM_NUMBER = re.compile(r"\b(?:" + CIPHERING + r"\s+)?" + CABLE_KIND + r"\s+No\.?\s*(\d[\d/\-]*)\.?",
                             re.I)
# (an archive's name with its small words: "Archive of New Records")
REPO_BEFORE = re.compile(r"([A-Z][A-Z ]{1,10}[A-Z]|[A-Z][\w]+(?: (?:(?:of|the|for|and|de|du|des)\s)*[A-Z][\w]+){0,6})[.,]?\s*$")


@dataclass
class ArchivalRef:
    repository_text: str
    ref: str | None
    shelfmark: str


def archival_references(text: str, authority) -> list[ArchivalRef]:
    refs = []
    russian = list(SHELFMARK.finditer(text))
    chinese = [m for m in CHINESE_FILE.finditer(text) if not any(r.start() <= m.start() < r.end() for r in russian)]
    for match in sorted(russian + chinese, key=lambda m: m.start()):
        before = text[max(0, match.start() - 60):match.start()]
        repo_text, ref = "", None
        mentions = [(s, e, ent) for s, e, ent, _ in authority.find(before)
                    if ent.kind == "org" and ent.element.get("type") == "archive"]
        if mentions:
            s, e, ent = mentions[-1]
            repo_text, ref = before[s:e], "#" + ent.id
        elif match.re is CHINESE_FILE:
            continue  # a number of that shape, but after no archive: not a file number
        else:
            guess = REPO_BEFORE.search(before)
            repo_text = guess.group(1) if guess else "unnamed archive"
        shelfmark = match.group(0).rstrip(" ,")  # (the full stop that ends it; not "ob.")
        refs.append(ArchivalRef(repo_text, ref, shelfmark if re.search(r"\bob\.$", shelfmark) else shelfmark.rstrip(" .,")))
    return refs


def original_publication(text: str, authority) -> str:
    """What is left of a note on first printing once the archival references are taken out."""
    # (not the telegram's number the note gives: "Ciphered telegram No. 4581", an idno of the header)
    rest = TELEGRAM_NUMBER.sub("", SHELFMARK.sub("", text))
    for ref in archival_references(text, authority):  # the Chinese file numbers that follow an archive
        if CHINESE_FILE.fullmatch(ref.shelfmark):
            rest = rest.replace(ref.shelfmark, "")
    for start, end, entity, _ in reversed(list(authority.find(rest))):
        if entity.kind == "org" and entity.element.get("type") == "archive":
            rest = rest[:start] + rest[end:]
    rest = re.sub(r"(?:\s*\.\s*){2,}", ". ", " ".join(rest.split())).strip(" .,")
    # the label is the element's: "First published: Far Eastern Affairs ..." -> "Far Eastern Affairs ..."
    rest = re.sub(r"^(?:first published|published for the first time|first printed|sources?|printed in|published in)"
                  r"\s*(?:in\b)?\s*[:.]?\s*", "", rest, flags=re.I)
    return rest + "." if rest else ""


@dataclass
class PeriodicalIssue:
    """A first printing in a periodical's issue, read: its title, the issue's number, its date."""
    title: str
    issue: str
    date_text: str
    date: DateValue | None


# "1918 in the newspaper Soldier of the Revolution No. 12", "the journal Bolshevik, No. 5, 1945":
# what kind of periodical it is names it, its number after it, the date before or after
_KIND = r"(?:newspaper|journal|magazine|periodical|weekly|daily|bulletin)"
_IN_PERIODICAL = re.compile(rf"^(?P<before>[^,]*?)\s*\b(?:in\s+)?the\s+{_KIND}\s+[\"“]?(?P<title>[A-Z][^,\"“”]*?)[\"”]?,?"
                            r"\s+No\.\s*(?P<issue>\d{1,5}(?:\s*[-–]\s*\d{1,5})?)(?:,?\s+(?P<after>.+?))?$")
# "Pravda, 27 August 1950", "People's Daily, September 10, 1952", "Izvestiya, No. 61, 14 March 1951":
# a title, its number perhaps, and a day's date, nothing else (a book is not dated to the day)
_TITLE_AND_DAY = re.compile(r"^[\"“]?(?P<title>[A-Z][^,\d\"“”()]{1,60}?)[\"”]?,\s+(?:No\.\s*(?P<issue>\d{1,5}),\s+)?(?P<after>.+)$")


def periodical_issue(text: str) -> PeriodicalIssue | None:
    """A first printing's note read as a periodical's issue, where it is one and nothing else;
    None where it says more or other (an edition, a place, pages): it is then kept as written."""
    text = " ".join(text.split()).rstrip(" .")
    if (m := _IN_PERIODICAL.match(text)) is not None:
        dated = [d for d in (m.group("before"), m.group("after")) if d]
        if len(dated) != 1:
            return None
        value = record_date(dated[0])
        if value is None or not _whole_date(dated[0], value):
            return None
        return PeriodicalIssue(m.group("title").strip(), " ".join(m.group("issue").split()), dated[0].strip(), value)
    if (m := _TITLE_AND_DAY.match(text)) is not None:
        value = record_date(m.group("after"))
        if value is None or len(value.when) != 10 or not _whole_date(m.group("after"), value):
            return None
        return PeriodicalIssue(m.group("title").strip(), m.group("issue") or "", m.group("after").strip(), value)
    return None


def _whole_date(text: str, value: DateValue) -> bool:
    """Whether the text is the date and nothing else ("1918", "14 March 1951"; not "1918 Tsaritsyn")."""
    if re.fullmatch(r"\s*1[89]\d\d\s*", text):
        return True
    found = find_dates(text)
    return len(found) == 1 and not text[:found[0].start].strip(" ,") and not text[found[0].end:].strip(" .,")
