"""Who wrote to whom, through whom and when, read from the source's title or heading.

Titles name the parties in a handful of shapes, whatever the spelling of the names:
  "Ciphered Telegram No. 0100, Stalin to Terbpin"
  "Terebin to Kuznetsov, transmitting a Message from Mao Zedong to Filippov [Stalin]"
  "Cable, Joseph Stalin to Anastas Mikoyan"
  "Telegram of J.V. Stalin to Mao Zedong dated 10th January 1949"
  "1. THE TELEGRAM FROM J. V. STALIN TO MAO TSE-TUNG DATED THE 10TH OF JANUARY, 1949"
A telegram addressed to an intermediary that says "Convey to X" is received by X, and
the intermediary is recorded as transmitting it.
"""

from __future__ import annotations

import copy
import dataclasses
import datetime
import re

from lxml import etree

from ..authority import Entity, normalize
from ..dates import ROUGHLY, DateValue, day_of, display, find_dates, parse_date, part_of_month, record_date
from ..regexes import ahead_of
from ..sources.base import ENGLISH, party_letter, title_case
from . import E, T, Document, Transform
from .citation import original_publication, periodical_issue
from .names.initials import INITIALED, TITLE_WORDS, _other_initials, initialled
from .names.patterns import GIVEN_NAME_NOT, OFFICE_WORDS, WIFE_TITLE, not_his_given_name, own_name_glossed
from .names.provisional import provisional_entry, provisional_office, provisional_person
from .structure.known import _known_place
from .structure.lines import (QUOTED_CHARACTER, SIGNED_MARK, COURTESY, FORWARDS, RECEIVED_WORDS, SENT_WORDS, TRANSMITTED_THROUGH, is_dateline,
                              is_signature, office_line)
from .structure.quotes import own_closer
from ..dates.words import FULL_MONTH, MONTH, MONTH_NAMES
from ..vocab import (CABLE_KIND, CIPHERING, COLLECTIVE, COLLECTIVES, MARKED_FROM, SECRECY_MARKING, DEPUTY_GRADES, OFFICE, OFFICE_GRADE, RANK,
                     SENT_VERB_TITLE)
from ..xmltext import text_of

_MESSAGE = r"(?:message|" + CABLE_KIND + r"|letter|reply|note|answer|request)s?"
TRANSMITTING = re.compile(
    r"^(?P<via1>.+?)\s+to\s+(?P<via2>.+?),?\s+(?:transmitting|forwarding|conveying|relaying)\s+"
    r"(?:the\s+(?:full\s+)?text\s+of\s+)?(?:"  # ("transmitting the text of a telegram from Mao Zedong")
    rf"(?:an?\s+|the\s+)?{_MESSAGE}\s+(?:from|of)\s+(?P<a>.+?)(?:\s+to\s+(?P<b>.+))?"
    # "..., Conveying Mao Zedong's Reply to Filippov", "..., Conveying Mao Tse-tung's Message of 2 October 1950"
    rf"|(?P<a2>[^,]+?)['’]s\s+{_MESSAGE}(?:\s+(?:of|dated)\s+[^,]*?)?(?:\s+to\s+(?P<b2>.+))?"
    # "Molotov to Kuznetsov in Beijing, Transmitting a Message for Mao Zedong and Kim Il Sung": the
    # sender's own message, for the addressee to pass on
    rf"|(?:an?\s+|the\s+)?{_MESSAGE}\s+(?:for|to)\s+(?P<b3>.+))$",
    re.I)
# "A to B, through C"; "A to B (via C) on ..."; "A to B, Transmitted by C"
THROUGH = re.compile(r",?\s+(?:(?:transmitted|sent|forwarded|relayed|passed\s+on)\s+(?:through|via|by)|through|via|by way of)"
                     r"\s+(?P<via>.+)$|\s*\((?:through|via|by way of)\s+(?P<paren>[^()]+)\)"
                     # (in the editor's square brackets: "Terebin to Stalin [via Kuznetsov]")
                     r"|\s*\[(?:through|via|by way of)\s+(?P<bracket>[^\[\]]+)\]", re.I)
# "Filippov [Stalin] to Krasovsky, for Mao Zedong": the one it is for after the one who hands it over
# (or after where the intermediary is and his name, no comma before "for": "Stalin to Belgrad, Kiselev
# for Marshal Tito", as the cipher office's address line gives it, "BELGRAD, KISELEV for Marshal TITO")
FOR_WHOM = re.compile(r",\s+(?:for|FOR)\s+(?P<for>[A-Z].+)$"
                      r"|(?<=,\s)(?P<via>[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?)\s+(?:for|FOR)\s+(?P<for2>[A-Z].+)$")
PARTIES = re.compile(r"^(?P<a>.+?)\s+to\s+(?P<b>.+)$|^to\s+(?P<only>.+)$"  # "Telegram to Y": the sender elsewhere
                     # (a history site's heading with the verb: "Khrushchev writes Kennedy")
                     r"|^(?P<wa>[A-Z][^\s]*(?:\s+[A-Z][^\s]*){0,3})\s+(?-i:writes|wrote|cables|cabled|wires|wired|telegraphs|telegraphed)"
                     r"\s+(?:to\s+)?(?P<wb>[A-Z].*)$", re.I)
YEAR_IN = re.compile(r"\b1[89]\d\d\b")
# the addressee first, then the sender: "Telegram to the President from Generalissimo Chiang Kai-shek"
TO_FROM = re.compile(r"^to\s+(?P<b>.+?)\s+from\s+(?P<a>.+)$(?P<only>)?(?P<wa>)?(?P<wb>)?", re.I)
SENT_TO = re.compile(r"^(?P<a>.+?),?\s+(?:sent|addressed)\s+to\s+(?P<b>.+)$(?P<only>)?(?P<wa>)?(?P<wb>)?")
# (a report as the archive titles one sent by cable, the kind first: "Report, Zhou Enlai to the Chairman [Mao
# Zedong]"; not a title's other words, "... on the report of ...")
DOC_KIND = re.compile(r"\b(" + CIPHERING + r"\s+" + CABLE_KIND + r"|" + CABLE_KIND + r"|letter|message|note|memorandum|despatch|dispatch)s?\b"
                      r"|^(report)(?=,|\s+(?:from|of|by)\s)", re.I)
# "No. 0100", "Nos. 50450, 50470 and 50490", "No. 405889/sh" (a registry's letters after the number)
# (or with a stop between its figures, as Romanian cables are numbered: "No. 059.156", "No.084.504")
_NUMBER = r"\d+(?:[\-/.]\d+)*(?:/[A-Za-z]{1,4}\b)?"
# (or "No 1144" with no stop, a Polish cryptogram's: capitalised, never "no 3 divisions")
# (a list's next item no day.month.year date after a comma: "No. 1234, 15.6.50" is one number and its date)
NUMBERS = re.compile(rf"\b(?:(?:Nos?|Nr)\.\s*|(?-i:No)\s+(?=\d))(?P<list>{_NUMBER}"
                     rf"(?:\s*(?:,|and|&)\s*(?:and\s+)?(?!\d{{1,2}}\.\d{{1,2}}\.\d{{2,4}}\b){_NUMBER})*)", re.I)
# the markings a title gives after the parties (and the number taken out of them)
MARKINGS_AFTER = re.compile(rf"(?:,\s*(?:{SECRECY_MARKING}|urgent|flash|regular|immediate))+\s*,?\s*$", re.I)
# a cable's number right after its kind in a title, no "No." before it: "TELEGRAM 066.808 from ...", "Telegram
# 065241 from ..." (a number of three figures at least, before "from" or "to")
BARE_NUMBER = re.compile(r"\s+(?P<n>\d{3,}(?:[./]\d+)*)(?=,?\s+(?:from|to)\b)", re.I)
# the number a cipher office's registry gave the cable as it came in, was deciphered or went out
# ("Decipherment No. 12/34", "Incoming No. 3318", "Outgoing No. 1/0117", "Inc. No. 51"): the
# office's, not the cable's own number
REGISTRY_NUMBER = re.compile(rf"\b(?:(?:decipherment|deciphering|incoming|outgoing|registration|entry)\s+|(?:inc|out|outg|reg)\.\s*)"
                             rf"(?:Nos?|Nr)\.\s*{_NUMBER}", re.I)
# "Please convey to Comrade Filippov the following", "Please transmit the following to Comrade
# Filippov:" (not told of someone else's request: "Kim Il Sung asked me to transmit to Comrade
# Stalin his request" leaves the telegram addressed as its heading says)
# (each led by a look-ahead for its case-blind words' first letters, made from the words: the engine
# then skips to them; led leaves a case-blind group at the head alone)
_CONVEYING = "convey|transmit|transmission|pass on|pass|hand over|forward"
CONVEY = re.compile(ahead_of(_CONVEYING) + r"(?<!asked me to )(?<!asked us to )(?<!requested me to )(?<!requested us to )"
                    rf"\b(?i:{_CONVEYING})"
                    # ("Transmit the following answer to Mao Zedong.", "Pass the following to ...")
                    r"(?i:\s+(?:the\s+following(?:\s+(?:answer|reply|message|letter|telegram|text))?|this(?:\s+(?:message|telegram|cable))?|the\s+(?:message|telegram|cable)\s+below))?"
                    r"\s+to\s+(?:(?P<name>[A-Z][\w'’\-]*\.?(?:\s[A-Z][\w'’\-]*\.?){0,3})"
                    # or an office after "the", its holder at the date: "Transmit to the Chairman of the CC CCP:"
                    r"|the\s+(?P<office>[A-Z][\w'’\-]*(?:\s+(?:of|the|[A-Z][\w'’\-()]*)){0,8}?)(?=\s*:))")
# the same, told of someone else's request: read where the title says a message is conveyed
# without saying to whom ("..., conveying a message from Kim Il Sung" / "Kim Il Sung asked me to
# convey to Comrade Stalin the following:")
_ASKED = "asked|requested"
CONVEY_ASKED = re.compile(ahead_of(_ASKED) + rf"\b(?i:{_ASKED})\s+(?i:me|us)\s+to\s+(?i:convey|transmit|pass on|hand over|forward)"
                          r"(?i:\s+the\s+following)?\s+to\s+(?P<name>[A-Z][\w'’\-]*\.?(?:\s[A-Z][\w'’\-]*\.?){0,3})")
# "Visit Comrade Mao Zedong and convey to him the following": the addressee passes it on to him
# the sentence before "for transmission to ..." names another telegram and its addressee: "... a copy of
# my telegram of 14 January to Comrade Peng Dehuai"
ANOTHERS_TRANSMISSION = re.compile(r"\b(?:(?i:my|our)\s+|(?i:copy\s+of)\s+(?:the|a|my|our)\s+)(?:[\w.]+\s+){0,2}?(?i:telegram|cable|message|letter)\b"
                                   r"[^.;:]*?\bto\s+(?:(?:Comrades?|Cdes?\.|Chairman)\s+)?[A-Z][\w'’\-]*[^.;:]*$")
_VISITING = "visit|see|call on|meet"
VISIT_AND_CONVEY = re.compile(ahead_of(_VISITING) + rf"\b(?i:{_VISITING})\s+(?:(?:Comrade|Chairman|Marshal)\s+)?"
                              r"(?P<name>[A-Z][\w'’\-]*\.?(?:\s[A-Z][\w'’\-]*\.?){0,3}?)\s+and\s+"
                              r"(?i:convey|transmit|tell|hand|pass on|inform|read)\b")
APPROXIMATE = re.compile(rf"\b{ROUGHLY}[-\s]*(?:\d{{1,2}}\s+)?(?:January|February|March|April|May|June|July|August|"
                         r"September|October|November|December|1[89]\d\d)", re.I)
# a party of a heading that is a body named by its kind alone, whose party it does not say: "the
# Central Committee", "the Government" (see names.GENERIC_BODY for the short names found in a text)
BODY_KIND_ALONE = re.compile(r"^(?:central\s+committee|politburo|political\s+bureau|secretariat|government|cc)$", re.I)
# what a title naming only the senders says of the message after them: "... reporting on the situation"
SENDERS_REPORTING = re.compile(r"\s+(?:reporting|informing|describing|requesting|proposing|announcing|explaining)"
                               r"\s+(?:on|about|of|that|the|a|an)\s")
# the office several senders share, before their names: "Soviet Politburo members Mikoyan and Suslov"
POST_THEN_SUBJECT = re.compile(r"^(?P<post>(?:[A-Z][\w'’\-]*\s+){0,2}(?:Embassy|Legation|Consulate(?:\s+General)?|Mission)"
                               r"\s+(?:in|at|to)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*)?),\s+[A-Z].*$")
GROUP_BEFORE_NAMES = re.compile(r"^(?:[A-Z][\w\-]*\s+){0,4}(?:members|Members|MEMBERS)\s+(?=[A-Z][\w’'\-]+(?:,\s+[A-Z][\w’'\-]+)*,?\s+and\s+[A-Z])")
# a person's name as a title gives it: capitalised words and initials ("Shtemenko", "S. M. Shtemenko")
PERSON_NAME = re.compile(r"^(?:[A-Z]\.\s?){0,3}[A-Z][a-z’'\-]+(?:\s[A-Z][a-z’'\-]+){0,2}$")
# a number in brackets ending a heading, "I.V. STALIN to A.I. MIKOYAN (0830)": what it is the source does
# not say (a number, "(50/III)" in another heading of the series, or a time?): Correspondence.head_numbers
HEAD_NUMBER = re.compile(r"\((?P<n>\d{3,6}|\d{1,4}/[IVX]{1,4})\)\s*$")
# a compilation's item number before its heading, "1.", "No. 1." or "No. 41" (above the heading),
# "Document No. 12:" (not the telegram's number)
ITEM_NUMBER = re.compile(r"^No\.\s*\d{1,3}\.?\s+|^(?:\d{1,3}|[IVXL]{1,6}(?=\.\s+[A-Z]{2}))\.\s+"
                         r"|^(?:Document|DOCUMENT|Doc\.)\s+(?:No\.\s*)?\d{1,3}[.:]?\s+")


# what a title says the telegram is about, after the parties: "... ON THE WITHDRAWAL FROM SEOUL"
SUBJECT = re.compile(r"\s(?:on|about|regarding|concerning)\s", re.I)


# (a post abroad with its place is one name, "the U.S. Consulate in Hanoi", "the Embassy in
# Moscow": its place is not where the addressee is, as in "Kuznetsov in Beijing")
_NOT_A_POST = "".join(rf"(?<!\b{post})" for post in ("Consulate", "Embassy", "Legation", "Mission", "Delegation", "General"))


# the subject the archive quotes after the parties, "..., 'Reactions to China's Testing of an Atomic Bomb (6)'"
# (a word's apostrophe inside it no closing mark)
QUOTED_SUBJECT = rf",\s+(?=['‘\"“][A-Z]{QUOTED_CHARACTER}*['’\"”]\s*$)"


def _clean_party(text: str) -> str:
    # (what the title says after the parties: "..., Reply to Mao's Telegram of 13 October",
    # "..., on the Treaty", "..., regarding ...")
    # ("Kuznetsov in Beijing": where the addressee is)
    # (not a name in brackets after a name: "Andreev (Mikoyan)", the source's identification)
    # (the date after the parties, month first too: "..., Mr W. Churchill, January 3, 1945")
    # (a day of the week before the date: "..., J. V. Stalin, Sunday, 1 October 1950", not a party)
    # (what of the document the record gives after the parties: "... and CCP Central Committee (excerpt)")
    text = re.split(r",?\s+dated\b|\s+\((?:excerpts?|extracts?|abridged|fragments?|summary|draft)\)\s*$|,?\s+of\s+\d|,\s+(?:mon|tues|wednes|thurs|fri|satur|sun)day,?\s+(?=\d|[a-z]+\.?\s+\d)|,\s+(?=[A-Z][a-z]+\.?\s+\d{1,2},?\s+1[89]\d\d\b)|\s+\((?![A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+){0,2}\))|,\s+(?=\d)|" + _NOT_A_POST + r"\s+in\s+(?=[A-Z][\w\-]+$)"
                    r"|" + QUOTED_SUBJECT + r"|,\s+(?:in\s+)?(?:reply|answer|response)\b|,\s+in\s+connection\s+with\s+(?!the\s+occasion)|,\s+(?:on|about|regarding|concerning|re)\b"
                    # (the occasion: "... Petru Groza. On the occasion of the fourth anniversary ...")
                    r"|[.,]?\s+(?:on|in\s+connection\s+with)\s+the\s+occasion\s+of\b|[.,]?\s+on\s+the\s+occasion\s+of\b",
                    text, maxsplit=1, flags=re.I)[0]
    # a Markdown heading's mark before the title ("# Lenin to Stalin"); a party of no letter
    # ("#" of "# To J. V. Stalin") names nobody
    text = re.sub(r"^\s*#{1,6}\s+", "", text)
    return _unquoted(text.strip(" ,.;:")) if re.search(r"[^\W\d_]", text) else ""


def _unquoted(text: str) -> str:
    """A party without the quotation marks around it ('"Pravda"'), or a stray one at either end;
    a mark that closes one opened inside the name is the name's ('Insurrectionists on the
    "Hailiao"')."""
    while text[:1] in ('"', "“") and not _closes_inside(text[1:], text[0]):
        text = text[1:].lstrip()
    while text[-1:] in ('"', "”") and not _opened_inside(text[:-1], text[-1]):
        text = text[:-1].rstrip(" ,.;:")
    if len(text) > 1 and text[0] in '"“' and text[-1] in '"”' and not re.search(r'["“”]', text[1:-1]):
        text = text[1:-1].strip()  # (the whole party in quotation marks)
    return text


def _opened_inside(text: str, mark: str) -> bool:
    """Whether text opens a quotation that a closing mark after it closes."""
    return text.count('"') % 2 == 1 if mark == '"' else text.count("“") > text.count("”")


def _closes_inside(text: str, mark: str) -> bool:
    """Whether text closes the quotation an opening mark before it opens."""
    return text.count('"') % 2 == 1 if mark == '"' else text.count("”") > text.count("“")


def _editors_day(dateline, dated: DateValue | None) -> DateValue | None:
    """The day the source's editor supplies before a dateline's month and year ("[5?] February
    1949": the supplied "5?", the month after it), in that month."""
    if dateline is None or dated is None or not dated.when or len(dated.when) != 7:
        return None
    supplied = dateline.find(f"{T}supplied")
    day = re.fullmatch(r"(\d{1,2})\s?\??", text_of(supplied)) if supplied is not None else None
    # (the month after it: the date is tagged later, by the dates pass)
    if day is None or not re.match(r"\s*[A-Z][a-z]", supplied.tail or ""):
        return None
    try:
        return DateValue(when=datetime.date(int(dated.when[:4]), int(dated.when[5:7]), int(day.group(1))).isoformat())
    except ValueError:
        return None


def _passes_on(doc: Document, title: str) -> bool:
    """Whether the telegram is a cover passing on another's message ("Roshchin to Filippov,
    transmitting a telegram from Mao Zedong") and says so above the message it quotes last
    ("I am transmitting the text of ...")."""
    match = TRANSMITTING.match(_core(title))
    if not match or not (match.group("a") or match.group("a2")):
        return False
    blocks = [c for c in doc.div if c.tag in (T + "p", T + "quote")]
    return len(blocks) > 1 and blocks[-1].tag == T + "quote" and blocks[-2].tag == T + "p" \
        and bool(FORWARDS.search(text_of(blocks[-2])))


def _core(title: str) -> str:
    """The part of a title that names the parties: kind and numbers before it dropped."""
    title = ITEM_NUMBER.sub("", title.strip())
    # the message's marking before its parties: "Personal and Top Secret from the President to ..."
    title = re.sub(rf"^{MARKED_FROM}\s+", "", title)
    title = re.sub(r"^(?:the\s+)?(?:continuation\s+and\s+the\s+end\s+of\s+the\s+preceding\s+)?", "", title, flags=re.I)
    # "Reply to Prime Minister of India, Pandit Jawaharlal Nehru, ...": to him, the sender elsewhere
    # (not "Reply to Mao's telegram of ...", whose sender is the one replied to's addressee)
    if not re.search(r"['’]s\s+(?:" + CABLE_KIND + r"|letter|message)", title, re.I):
        title = re.sub(r"^(?:reply|answer|response)\s+(?=to\s)", "", title, flags=re.I)
    # "GREETINGS TO COMRADE KIM IL SUNG", "Congratulations to ...": a message of that kind to him, the
    # sender named elsewhere (the signature, the works' author), not "Greetings"
    title = re.sub(r"^(?:greetings?|congratulations?)\s+(?=to\s)", "", title, flags=re.I)
    # "Wireless message addressed to all. Special to the Peace Delegation in Brest-Litovsk": a circular, the
    # one it names apart its addressee
    title = re.sub(r"\b(?:addressed\s+)?to\s+all[.,;]\s+special(?:ly)?\s+(?=to\s)", "", title, flags=re.I)
    kind = DOC_KIND.search(title)
    if kind and kind.start() < 40:
        owner = re.match(r"^(?P<who>.+?)['’]s\s*$", title[:kind.start()])  # "Mao Zedong's Telegram to Stalin"
        title = (owner.group("who") + " " if owner else "") + title[kind.end():]
        # (its number right after it, no "No.": "TELEGRAM 066.808 from the Romanian Embassy in Pyongyang")
        bare = BARE_NUMBER.match(title)
        title = title[bare.end():] if bare else title
    title = NUMBERS.sub("", title)
    # (nor its markings after them: "Telegram from Pyongyang to Bucharest, SECRET, No. 059.156", "..., TOP SECRET,
    # No. 76.027, Urgent", "Telegram from Washington, DC, No.084.504, Urgent, SECRET")
    title = MARKINGS_AFTER.sub("", re.sub(r",\s*(?=,)", "", title))
    # (its quoted subject no part of the parties, a "to" in it none of theirs: "Cable from the Chinese Embassy in
    # Vietnam, 'Reactions to China's Testing of an Atomic Bomb (6)'")
    title = re.split(QUOTED_SUBJECT, title, maxsplit=1)[0]
    # ("Secret Telegram No. 3239/III - From Moscow to Warsaw": the dash between the number and the rest)
    title = re.sub(r"^[\s,.:\-–—]*(?:from|of|by)?\s*", "", title, flags=re.I)
    # "..., and the Reply", "... with Stalin's Answer": the answer the record prints under it, no party
    title = WITH_REPLY.sub("", title)
    return title.strip(" ,")


WITH_REPLY = re.compile(r",?\s+(?:and|with)\s+(?:the\s+|an?\s+|his\s+|[A-Z][\w\-]+['’]s\s+)?(?:reply|answer|response)$",
                        re.I)



# the number of the cable a line answers: "To No. 483/sh.", "To my No. 2967", "In reply to No. 48"
ANSWERED_NUMBER = re.compile(r"^(?:To|TO|In\s+(?:reply|answer)\s+to|Re:?|On)\s+(?:(?:my|your|our)\s+)?(?:telegram\s+)?(?:No|NO|Nº|№)\.?\s*\d")

# a letter's courtesies: "Very sincerely yours,", "Yours faithfully", "Respectfully yours,"
LETTER_CLOSING = re.compile(r"\b(?:yours|sincerely|faithfully|respectfully)\b", re.I)


def _a_letter(doc: Document) -> bool:
    """A document whose title names no kind, written as a letter: greeting its addressee "Dear
    ..." and taking leave "Very sincerely yours," (as FRUS prints a diplomat's letter under a
    heading of offices), or a diplomatic note, "Esteemed Mr. Henderson: ..." ending with the
    courtesy "I beg you [etc.]" (delivered by hand, not wired: TEI's letter, as the schema's two
    kinds go), where nothing the source says of it calls it a telegram (its file line, "...: Telegram")."""
    if doc.div is None or any(re.search(r"\btelegram\b", n, re.I) for n in doc.raw.publication.notes):
        return False
    salute = doc.div.find(f"{T}opener/{T}salute")
    leave = [_with_omissions(s) for s in doc.div.iterfind(f"{T}closer/{T}salute")]
    return salute is not None and re.match(r"(?:My\s+)?Dear\b|(?:(?:Most|Deeply|Highly)\s+)?(?:Esteemed|Respected)\b",
                                           text_of(salute), re.I) is not None and any(
        LETTER_CLOSING.search(s) or re.match(COURTESY, s, re.I) or re.match(r"I\s+am\s*,?\s*\[etc", s) for s in leave)


def _with_omissions(el) -> str:
    """The element's text with the editor's omissions in brackets again, as the source printed
    them ("I beg you [etc.]": the courtesy the editor shortened, its omission a gap by now)."""
    el = copy.deepcopy(el)
    for gap in el.iter(T + "gap"):
        for child in list(gap):
            gap.remove(child)
        gap.text = "[etc.]"
    return text_of(el)


# the words that describe a person before his name in a title: "DPRK leader Kim Il Sung", "South Korean
# Communist Leader Pak Heon-yeong"
_DESCRIBED = re.compile(rf"\b(?:[Ll]eaders?|{OFFICE})\b")


def _described_person(doc: Document, part: str) -> Entity | None:
    """The known person a title's description of him ends with, an office or "leader" among its
    words ("South Korean Communist Leader Pak Heon-yeong"); else None."""
    hits = [(s, e, ent) for s, e, ent, _ in doc.authority.find(part) if ent.kind == "person"]
    if not hits or hits[-1][1] != len(part.rstrip()) or not _DESCRIBED.search(part[:hits[-1][0]]):
        return None
    return hits[-1][2]


class CorrespondenceFromMetadata(Transform):
    def apply(self, doc: Document) -> None:
        raw, c = doc.raw, doc.corresp
        title = raw.heading or raw.title
        kind = DOC_KIND.search(title)
        c.kind = (kind.group(1) or kind.group(2)).lower() if kind else "letter" if _a_letter(doc) else "telegram"
        # a letter the source calls one is not a telegram; but a cable that carries the letter,
        # with a cable's markings above its text, is (the letter is the floatingText it quotes)
        # (a despatch, the report a post sends by the mail, is a letter)
        # (a despatch is numbered as a cable is: "No. 38" is no sign of one)
        cable_lines = "@type='classification' or @type='form' or @type='transmission'" + (
            "" if c.kind in ("despatch", "dispatch") else " or @type='number'")
        # (a diplomatic note, "Hand delivered note, Zhou Enlai to Stalin", is delivered by hand: a letter too)
        if c.kind in ("letter", "despatch", "dispatch", "note") and doc.div is not None and not doc.div.xpath(
                f"t:opener/t:seg[{cable_lines}]", namespaces={"t": T[1:-1]}):
            doc.div.set("type", "letter")
        c.numbers = self._numbers(doc)
        c.head_numbers = [m.group("n") for head in doc.div.iterchildren(T + "head")
                          if (m := HEAD_NUMBER.search(text_of(head))) and m.group("n") not in c.numbers]
        self._date(doc, title)
        # a name two entries of the authority file share ("Kuznetsov": F. F. or V. V.) is the one
        # the text names in full, else the one active at the telegram's date
        doc.authority = doc.authority.on(c.sent.start if c.sent else "",
                                         "\n".join([raw.title, raw.heading, *doc.div.itertext()]),
                                         body_at=len(raw.title) + len(raw.heading) + 2)  # (the body after them)
        core = _core(title)
        via_names: list[str] = []
        match = TRANSMITTING.match(core)
        # "..., conveying a message from X" (to whom, the text may say: "X asked me to convey to Y")
        conveyed_to_whom_unsaid = bool(match and not (match.group("b") or match.group("b2") or match.group("b3")))
        if match and match.group("b3"):  # the sender's message, passed on by the addressee
            a, via_names, b = _clean_party(match.group("via1")), [_clean_party(match.group("via2"))], _clean_party(match.group("b3"))
        elif match and not (match.group("b") or match.group("b2")) and _covers_enclosure(doc, match.group("via1")):
            # the conveyer's own covering text, signed by him, the letter under it with its own closing lines
            # ("Gromyko to Stalin, Transmitting Letter from Kim Il Sung": "I am sending by diplomatic post the
            # original of a letter ..." / "(A. Gromyko)" / the letter): his document; the letter its enclosure
            a, b = _clean_party(match.group("via1")), _clean_party(match.group("via2"))
        elif match and not (match.group("b") or match.group("b2")):  # a message to the addressee, passed on by the sender
            a, via_names, b = (_clean_party(match.group("a") or match.group("a2")), [_clean_party(match.group("via1"))],
                               _clean_party(match.group("via2")))
        elif match and normalize(_clean_party(match.group("b") or match.group("b2"))) == normalize(_clean_party(match.group("via1"))):
            # a message to the one who conveys it, forwarded by him ("Zhou Enlai to Stalin, conveying telegram
            # From Mao Zedong to Zhou Enlai"): the document his, to the one he forwards it to; none transmitted
            a, b = _clean_party(match.group("via1")), _clean_party(match.group("via2"))
        elif match:
            via_names = [_clean_party(match.group("via1")), _clean_party(match.group("via2"))]
            a, b = _clean_party(match.group("a") or match.group("a2")), _clean_party(match.group("b") or match.group("b2"))
        else:
            # ("X, sent to Y": the parties parted there, whatever "to" the sender's office holds,
            # "Soviet Ambassador to the UK, F.T. Gusev, sent to the People's Commissariat ...")
            to_from = TO_FROM.match(core)
            # (not where it was sent from: "TELEGRAM TO MAO ZEDONG ... FROM MOSCOW", read below)
            if to_from and _known_place(doc, to_from.group("a")):
                to_from = None
            match = to_from or SENT_TO.match(core) or PARTIES.match(core)
            a, b = (match.group("a") or match.group("wa") or "", match.group("b") or match.group("only") or match.group("wb")) \
                if match else ("", "")
            if not match and re.search(rf"\bfrom\s+{re.escape(core)}(?:{QUOTED_SUBJECT}.*)?$", title, re.I):
                a = core  # "Ciphered Telegram No. 32616 from Savel'yev in Urumchi": the sender alone, whom to elsewhere
                # "from Soviet Politburo members Mikoyan and Suslov reporting on the situation in ...": the
                # senders, the subject after them; the office they share before their names no name
                a = SENDERS_REPORTING.split(a, maxsplit=1)[0]
                # "Cryptogram No 1144 from Polish Embassy in Beijing, Romanian Diplomats in China": the post
                # that sent it, its subject after the comma
                a = POST_THEN_SUBJECT.sub(r"\g<post>", a)
                a = GROUP_BEFORE_NAMES.sub("", a)
            if a and b and _known_place(doc, a) and _known_place(doc, b):
                # "Secret Telegram No. 3239/III - From Moscow to Warsaw": where it went from and to, the
                # post's cable; its parties the text's address and signature ("To Szyszko:" / "/-/ Nowak")
                c.place, c.destination, a, b = doc.authority.lookup(a), doc.authority.lookup(b), "", ""
            if a and b:
                a, b = _parties_split(doc, a, b)
            # "A to B, through C" / "A to B via C and D": C and D transmitted it.
            through = THROUGH.search(b)
            handed = FOR_WHOM.search(b)
            if handed and not through and handed.group("for"):  # "A to B, for C": B passed it on to C, its addressee
                via_names, b = [b[:handed.start()]], handed.group("for")
            elif handed and not through and _known_place(doc, b[:handed.start()].rstrip(" ,")):
                # "A to Belgrad, Kiselev for C": the ambassador where he is passed it on to C
                via_names, b = [handed.group("via")], handed.group("for2")
            if through:
                via_names = [n for n in re.split(r"\s*(?:,|\band\b)\s*", through.group("via") or through.group("paren")
                                                                          or through.group("bracket"))
                             if n.strip()]
                b = b[:through.start()]
            a, b = _clean_party(a), _clean_party(b)
        # "TELEGRAM TO MAO ZEDONG AND THE CENTRAL COMMITTEE FROM MOSCOW": where it was sent from
        sent_from = re.search(r"\s+from\s+(?P<place>[A-Z][\w\-’']*(?:\s+[A-Z][\w\-’']*)?)$", b or "", re.I)
        # (not the subject's: "TELEGRAM TO CHAIRMAN MAO ZEDONG ON THE WITHDRAWAL FROM SEOUL")
        if sent_from and _known_place(doc, sent_from.group("place")) and not SUBJECT.search(b[:sent_from.start()]):
            c.place = doc.authority.lookup(sent_from.group("place"))
            b = b[:sent_from.start()]
        line = raw.title_line
        senders = self._several(doc, a, line, "sender") if a else []
        c.sender = senders[0] if senders else self._party(doc, a, line, "sender") if a else None
        c.also_from = senders[1:]
        recipients = self._several(doc, b, line, "recipient") if b else []
        c.recipient = recipients[0] if recipients else self._party(doc, b, line, "recipient") if b else None
        c.also_to = recipients[1:]
        c.via = [e for e in (self._party(doc, n, line, "intermediary") for n in via_names) if e is not None]
        if raw.reply:  # the answer printed under the telegram: from its addressee to its sender (through whom it came)
            c.sender, c.recipient, c.also_from, c.also_to = c.recipient, c.sender, c.also_to, c.also_from
            # addressed to another ("To Mao Zedong." under Roshchin's telegram of what Mao asked): to him,
            # through the one whose telegram it answers
            addressed = next((e for e in _addressed(doc) if e is not c.sender and e.kind == "person"), None)
            if addressed is not None and c.recipient is not None and addressed not in (c.recipient, *c.via):
                c.recipient, c.via = addressed, [c.recipient, *c.via]

        # "Transmitted through Krasovsky" above the text: he passed it on
        for seg in doc.div.iterfind(f"{T}opener/{T}seg[@type='transmission']"):
            through = TRANSMITTED_THROUGH.match(text_of(seg))
            if through is None:
                continue
            hand = doc.authority.lookup(through.group("name")) or _first_mention(doc, through.group("name"))
            if hand is None:
                hand = provisional_person(doc, through.group("name"), seg.sourceline or line,
                                          "named above the text as the cable's intermediary")
            if hand is not None and hand not in (c.sender, c.recipient, *c.via):
                c.via.append(hand)

        # "Convey to X the following": the addressee passes the telegram on to X.
        opening = " ".join(text_of(el) for el in [*doc.div.iterfind(f"{T}opener/{T}seg[@type='address']"),
                                                *doc.div.iterfind(f"{T}opener/{T}salute"),
                                                *list(doc.div.iter(T + "p"))[:2]])
        convey = CONVEY.search(opening) or VISIT_AND_CONVEY.search(opening) \
            or (CONVEY_ASKED.search(opening) if conveyed_to_whom_unsaid else None)
        if convey and ANOTHERS_TRANSMISSION.search(opening[:convey.start()].rsplit(". ", 1)[-1]):
            # "I send you a copy of my telegram ... to Comrade Peng Dehuai for transmission to Comrade Kim
            # Il Sung": the telegram copied was to be passed on, not this one
            convey = None
        if convey and convey.groupdict().get("office"):
            office = convey.group("office")
            final = _office_holder(doc, office) or _party_office_holder(doc, office)
            if final is not None:  # (the office in the text is he, as where a title names it)
                doc.aliases.setdefault(office, (final, "main"))
        elif convey:
            final = doc.authority.lookup(convey.group("name").strip()) or _first_mention(doc, convey.group("name"))
        if convey and final is not None:
            if final is not c.recipient:
                if c.recipient is not None and c.recipient not in c.via:
                    c.via.append(c.recipient)
                c.recipient = final
            else:  # "To Comrade Shtykov. Please transmit to Comrade Stalin ...": Shtykov passed it on
                for addressee in _addressed(doc):
                    # (not a known person the text names with other initials: "To Comrade V. V. Kuznetsov")
                    # (nor another the telegram is for: "to Mao Tse-tung or Chou En-lai")
                    if addressee not in (c.sender, c.recipient, *c.also_from, *c.also_to, *c.via) and addressee.kind == "person" \
                            and not _named_with_other_initials(doc, addressee):
                        c.via.append(addressee)
                        break
                else:  # "PEKING, TO THE SOVIET AMBASSADOR" / "Transmit to ...": the ambassador there passed it on
                    relay = _office_at_post(doc)
                    if relay is not None and relay not in (c.sender, c.recipient, *c.also_from, *c.also_to, *c.via):
                        c.via.append(relay)

        if not c.via and c.recipient is not None and c.recipient.kind == "person":
            # "Destination: PEKING  To Whom: SovAmbassador" over "For Mao Zedong.": the ambassador there passed it on
            relay = _office_at_post(doc)
            if relay is not None and relay not in (c.sender, c.recipient, *c.also_from, *c.also_to):
                c.via.append(relay)

        _relayer_under_signature(doc)
        _message_of_another_passed_on(doc)

        if raw.part and c.also_to:  # one of a record's cables: to whichever of the record's addressees it addresses
            mine = [e for e in [c.recipient, *c.also_to] if e in _addressed(doc)]
            if len(mine) == 1:
                c.recipient, c.also_to = mine[0], []

        closer = own_closer(doc.div)  # the telegram's own, not a letter's it quotes (unless it ends with it)
        signed = closer.find(f"{T}signed") if closer is not None else None
        if c.sender is None and signed is not None:
            c.sender = _first_mention(doc, _signer(signed))
            if c.sender is not None:
                # signed by several, "Sverdlov, Lenin": each a sender (one the file lacks provisional)
                c.also_from = [e for e in self._several(doc, _signer(signed), signed.sourceline or line, "sender",
                                                             "in the signature")
                               if e is not c.sender]
                # signed by each under his office, one signature under the other: each a sender
                for other in closer.findall(f"{T}signed")[1:]:
                    if len(other) and other[0].tag == T + "lb" or office_line((other.text or "").strip().rstrip(" &")):
                        who = _first_mention(doc, _signer(other))
                        if who is not None and who.kind == "person" and who not in (c.sender, *c.also_from):
                            c.also_from.append(who)
        if c.sender is None:  # the record's "Author: Kovalev, Ivan Vladimirovich, 1901-1993"
            c.sender = next((e for e in map(lambda a: _author(doc, a), raw.authors) if e is not None), None)
        if c.recipient is None:  # the record's "Recipient: Liu Shaoqi", where the title names none
            c.recipient = next((e for e in map(lambda a: _author(doc, a), raw.recipients) if e is not None and e is not c.sender),
                               None)
        headed = FORM_FROM_PLACE.match(title)
        if c.place is None and headed and _known_place(doc, headed.group("place")):
            c.place = doc.authority.lookup(headed.group("place"))  # "Cable Nº 123 from Tehran"
        if c.sender is None and signed is not None and not raw.authors:
            # a name alone in the signature that the authority file lacks, the title naming no sender
            # ("Cable Nº 123 from Tehran" signed "SADCHIKOV"): him, provisional
            name = _signer(signed).strip().rstrip(".")
            if is_signature(name) and not re.search(r"[\[\]()]", name) and not doc.authority.find(name):
                c.sender = provisional_person(doc, title_case(name) if name.isupper() else name,
                                              signed.sourceline or line, "signed the telegram, whose title names no sender")
        last = list(doc.div.iterfind(f"{T}p"))[-4:]  # closing lines the structure did not read as a closer
        if c.sender is None:  # a known person's name alone among the last lines: the signature
            c.sender = next((e for e in (_first_mention(doc, text_of(p)) for p in reversed(last) if is_signature(text_of(p)))
                             if e is not None and e.kind == "person"), None)
        if c.recipient is None:  # the person or body the opener addresses: "To Comrade Mao Tse-tung."
            c.recipient = next((e for e in _addressed(doc) if e is not c.sender), None)
            body = _body_addressed_first(doc) if c.recipient is not None and not c.also_to else None
            if body is not None:  # "To the Ministry of Foreign Affairs and Comrade [Li] Fuchun:": both, in that order
                c.recipient, c.also_to = body, [c.recipient]
        if c.recipient is None:  # the form's "To:" line, its name one the authority file lacks
            c.recipient = _form_addressee(doc)
        if c.recipient is None:  # the address to a body the authority file lacks: "To the Foreign Ministry"
            c.recipient = _body_addressed_first(doc, BODY_ALONE)
        if c.recipient is None:  # the form names no addressee: the one its copy went to ("Copy Nº 2" / "Copy Nº 2 to Stalin")
            c.recipient, number = _copy_holder(doc)
            if c.recipient is not None:  # (a reading of the form, not its words: said in the header and reported)
                c.recipient_note = (f"The cable names no addressee; the recipient is the holder of the copy it is "
                                    f"(No. {number}), as its distribution list says.")
                doc.warn(raw.line, f"no addressee named: {c.recipient.main}, who had this copy (No. {number}), taken "
                         "as the recipient; check it and name the addressee in the title if the source gives it",
                         "copy-holder")

        _form_line_names(doc)
        _signed_by_the_sending_body(doc)

        if c.sent is None:
            doc.warn(raw.line, "no date found for this telegram (in its title, heading, record or dateline): "
                     "the file name and header will say 'undated'; add the date to the source", "no-date")
        if c.sender is not None and c.recipient is None and _telegram_to_no_one(doc, title):
            # "Telegram from Kuznetsov and Fedorenko", no address, no salutation: a telegram whose
            # recipient the source does not name (unknown, as CMIF writes it), reported
            c.recipient_unknown = True
            c.recipient_note = ("The source names no recipient (its title names only the sender, and the text has "
                                "no address or salutation): the recipient is unknown.")
            doc.warn(raw.title_line or raw.line, f"no recipient named (title '{title}', no address or salutation): "
                     "the recipient encoded as unknown; name the recipient in the title ('X to Y') if another "
                     "source gives it", "unknown-recipient")
        if c.sender is None or c.recipient is None and not c.recipient_unknown:
            # (an error: the TEI needs both, so the file written is not valid until they are named)
            missing = " and ".join(w for w, e in (("sender", c.sender), ("recipient", c.recipient)) if e is None)
            doc.report.error(raw.source, raw.title_line or raw.line,
                             f"the telegram's {missing} not found (title '{title}', its address, salutation and "
                             f"signature{_what_the_title_names(doc, title, c.sender is not None)}): the TEI written lacks them and is not "
                             "valid; write the title as 'X to Y', or check that this text is a telegram or letter",
                             "no-parties")

    @staticmethod
    def _date(doc: Document, title: str) -> None:
        """When it was sent: the date the source gives it, or its dateline's (c.sent, c.dated,
        c.approximate)."""
        raw, c = doc.raw, doc.corresp
        last = list(doc.div.iterfind(f"{T}p"))[-4:]  # closing lines the structure did not read as a closer
        closer = own_closer(doc.div)  # the telegram's own, not a letter's it quotes (unless it ends with it)
        dateline = closer.find(f"{T}dateline") if closer is not None else None
        if dateline is not None and closer.getparent() is not doc.div and _passes_on(doc, title):
            # an unsigned cover over the message it passes on ("I am transmitting the text of Mao Zedong's
            # telegram to me:" / "'... Mao Zedong / 11 February 1950'"): the message's date, not the cover's
            dateline, c.closing_quoted = None, True
        if dateline is None:  # dated above the salutation instead
            dateline = doc.div.find(f"{T}opener/{T}dateline")
        if dateline is None:  # or among the last lines, a date alone on its line ("Peking, June 3, 1951")
            dateline = next((p for p in reversed(last) if is_dateline(text_of(p))), None)
        source_date = record_date(raw.date_text) if raw.date_text else None
        if source_date is None:
            source_date = _own_date(title)
        source_date = day_of(source_date)
        c.dated = day_of(parse_date(text_of(dateline), source_date.start if source_date else "")) if dateline is not None else None
        editors_day = _editors_day(dateline, c.dated)
        if editors_day is not None:  # "[5?] February 1949": the day the editor reads, in the month the copy gives
            c.dated = editors_day
        # one of several cables in a record: the record's date is the last one's, the dateline its own
        # (so the telegram a record prints its answer under: the record's date may be the answer's)
        c.sent = (c.dated or source_date) if raw.part or raw.answered or raw.reply else (source_date or c.dated)
        if c.sent is source_date and source_date is not None and source_date.when and len(source_date.when) == 10:
            # the record dated by the day its routing line says the cable came ("Received in Moscow 7
            # February 1950 ..."), the day it was sent days before it (a week at most): the one its
            # dateline gives, or with no dateline its own line of sending under its text ("Sent 4.2.49
            # at 23:00" / "Received 5.2.49 at 06:10" under a record dated the 5th): sent that day
            if c.dated is not None:
                origin, sent = "dateline", c.dated
            else:
                origin, sent = "line of sending", None
                sent_on = _sent_on(doc, source_date.start)[:10] if dateline is None else ""
                if sent_on:
                    sent = DateValue(when=sent_on)
            if (sent is not None and sent.when and len(sent.when) == 10
                    and _received_on(doc, source_date.start)[:10] == source_date.when
                    and 0 < _days_between(sent.when, source_date.when) <= 7):
                c.sent = sent
                c.sent_note = (f"The source dates the record {display(source_date.when)}, the day the telegram was "
                               f"received; its {origin} gives {display(sent.when)}, the day it was sent.")
        if (not raw.part and c.sent is source_date and source_date is not None and c.dated is not None
                and len(source_date.when or "") == len(c.dated.when or "") == 10
                and 0 < _days_between(source_date.when, c.dated.when) <= 14):
            # the telegram's own dateline days after the record's date ("6. II. 1949" under a record of
            # 4 February): not written before its date, it was sent that day; the record's is another's
            c.sent = c.dated
            c.sent_note = (f"The source dates the record {display(source_date.when)}; the telegram's own dateline "
                           f"gives {display(c.dated.when)}, a later day: the day it was sent.")
        # A record that gives only the month, a dateline that gives the day in it: the day.
        if (c.sent and c.dated and c.sent.when and c.dated.when and len(c.sent.when) < len(c.dated.when)
                and c.dated.when.startswith(c.sent.when)):
            # the year and month the record gives, the day the dateline gives ("July 8th"): both
            # read, not inferred, though the dateline alone did not say the year
            c.sent = DateValue(when=c.dated.when)
        # "c. January 1949", "mid-January 1949": the source's date is approximate (not when the
        # dateline gives the day)
        given = raw.date_text if source_date is not None and raw.date_text else title
        c.approximate = bool(c.sent is not None and c.sent is source_date and APPROXIMATE.search(given or ""))
        if c.approximate:  # "c. end of December 1950": the days of the month it may be
            c.sent = part_of_month(given, c.sent)
        if editors_day is not None and c.sent is not None and c.sent.when == editors_day.when:
            supplied = text_of(dateline.find(f"{T}supplied"))
            queried = "?" in supplied
            c.approximate = c.approximate or queried  # (the editor's query: the day uncertain, cert="low")
            as_printed = text_of(dateline).replace(supplied, f"[{supplied}]", 1)
            c.sent_note = c.sent_note or (f"The day is the source editor's {'queried ' if queried else ''}reading, "
                                          f"in his brackets in the dateline: \"{as_printed}\".")
        if raw.reply and c.dated is None and c.sent is not None and c.sent is source_date and c.sent.when:
            # an answer printed under the telegram, no date of its own: the record's is the telegram's it answers
            c.sent = DateValue(when=c.sent.when, inferred=True)
            c.sent_note = (f"The answer has no date of its own; the record's, {display(c.sent.when)}, is the "
                           "telegram's it answers: sent that day or after.")
        if c.sent is not None and c.sent is source_date and raw.date_of_receipt and c.sent.when and len(c.sent.when) == 10:
            # a diary's entry of the day the telegram came: sent that day or before, inferred by the encoder
            c.sent = DateValue(when=c.sent.when, inferred=True)
            c.sent_note = (f"The source dates the text by the diary's entry that records its receipt, "
                           f"{display(c.sent.when)}: sent that day or before.")
        if c.sent is None:  # a volume's "Sent on January 5, 1943" under the heading, the item's only date
            sent_line = next((seg for seg in doc.div.iterfind(f"{T}opener/{T}seg[@type='transmission']")
                              if re.match(rf"{SENT_VERB_TITLE}\b", text_of(seg))), None)
            if sent_line is not None and YEAR_IN.search(text_of(sent_line)):
                c.sent = day_of(parse_date(text_of(sent_line), ""))
        if c.sent is None:  # "Received on January 5, 1942" the only date: sent that day or before, as a diary's entry
            received_line = next((seg for seg in doc.div.iterfind(f"{T}opener/{T}seg[@type='transmission']")
                                  if re.match(r"Received(?:\s+on)?\s+\w", text_of(seg))), None)
            received = day_of(parse_date(text_of(received_line), "")) \
                if received_line is not None and YEAR_IN.search(text_of(received_line)) else None
            if received is not None and len(received.when or "") == 10:
                c.sent = DateValue(when=received.when, inferred=True)
                c.sent_note = (f"The source gives only the day the message was received, {display(received.when)}: "
                               "sent that day or before.")
        if c.sent is not None and c.sent.when and len(c.sent.when) < 10 and not c.sent.not_before:
            # a date coarser than the day ("1951", "February 1951") and the day its routing line or
            # stamp says it was received in it ("Received: 6.II.1951"): sent that day or before
            received = _received_on(doc, c.sent.when)[:10]
            if len(received) == 10 and received.startswith(c.sent.when + "-"):
                first = c.sent.when + "-01" * (3 - len(c.sent.when.split("-")))
                c.sent = dataclasses.replace(c.sent, not_before=first, not_after=received, received_by=True)
                c.sent_note = c.sent_note or (f"The source dates the telegram {display(c.sent.when)}; it was received "
                                              f"on {display(received)}: sent that day or before.")
        if c.sent is None and raw.file_date:
            # FRUS's decimal file number ends in the date ("711.5/7–2150"): the telegram's when
            # nothing else dates it, inferred by the encoder
            c.sent = DateValue(when=raw.file_date, inferred=True)
        if c.sent is None and raw.publication.first_published:
            # a text the source dates only by its first printing, "[Source: People's Daily, October
            # 25, 1949.]": sent that day or shortly before; the issue's day, inferred by the encoder
            issue = periodical_issue(original_publication(raw.publication.first_published, doc.authority))
            if issue is not None and issue.date is not None and len(issue.date.when or "") == 10:
                c.sent = DateValue(when=issue.date.when, inferred=True)
                c.sent_note = (f"The source gives no date; the text was first printed in {issue.title} of "
                               f"{display(issue.date.when)}, and is dated by that issue (sent that day or before).")

    def _numbers(self, doc: Document) -> list[str]:
        numbers = [doc.raw.telegram_number] if doc.raw.telegram_number else []  # "183. Needless ...": FRUS's
        if doc.raw.part and doc.raw.telegram_number:  # one of the cables the title lists by number: its own
            return numbers
        match = NUMBERS.search(ITEM_NUMBER.sub("", doc.raw.title.strip()))
        if match:
            numbers += [n for n in re.split(r"\s*(?:,|\band\b|&)\s*", match.group("list")) if n.strip() and n not in numbers]
        kind = DOC_KIND.match(ITEM_NUMBER.sub("", doc.raw.title.strip()))
        bare = BARE_NUMBER.match(kind.string, kind.end()) if kind and not match else None
        if bare and bare.group("n") not in numbers:  # ("TELEGRAM 066.808 from ...")
            numbers.append(bare.group("n"))
        # the number a cable carries above its text (CIPHERED TELEGRAM No. 25512) or in its closing lines
        # (or in its routing line: "From Beijing, No. 4412, dispatched 23.40")
        # (not the numbers of the cipher office's registry: "Incoming No. 3318")
        for line in _NUMBER_LINES(doc.div):
            if ANSWERED_NUMBER.match(text_of(line)):
                continue  # "To No. 483/sh.", "To my No. 2967": the cable it answers, not its own number
            listed = NUMBERS.search(REGISTRY_NUMBER.sub("", text_of(line)))
            for n in re.split(r"\s*(?:,|\band\b|&)\s*", listed.group("list")) if listed else ():
                # (the number again without its letters, "No. 405889" under "No. 405889/sh": once)
                if n.strip() and not any(n == k or n == k.split("/")[0] and not k.split("/")[-1].isdigit()
                                         for k in numbers):
                    numbers.append(n)
        return numbers

    def _several(self, doc: Document, names: str, line: int, role: str, where: str = "in the title") -> list[Entity]:
        """"Mao Zedong and the CCP Central Committee", "Mao, Zhou and Liu": each a known entity,
        or a person's name beside a known one ("Vasilevsky and Shtemenko": a provisional
        person); else [] and the whole is one party, as "Ministry of Foreign Affairs and
        Trade" may be."""
        if doc.authority.lookup(names) is not None:
            return []
        # (an office and its holder after a comma, "the Prime Minister, Mr W. Churchill": one person)
        if OFFICE_AND_NAME.match(re.sub(r"\s*\[[^\]]*\]", "", names).strip()):
            return []
        parts = [re.sub(r"^(?:the|comrades?)\s+", "", p.strip(), flags=re.I)
                 for p in re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", names, flags=re.I) if p.strip()]
        # (a name with the source editor's identification, "Filippov [Stalin]", by the identification)
        # (or the one person a part names with initials the file lacks: "G. Malenkov, N. Khrushchev")
        # (or completes it, "Liu [Shaoqi]", "[Li] Fuchun": the name with the editor's words in it)
        found = [next(filter(None, map(doc.authority.lookup, [*re.findall(r"\[([^\]]+)\]", p), re.sub(r"[\[\]]", "", p),
                                                              re.sub(r"\s*\[[^\]]*\]", "", p)])), None)
                 or initialled(doc.authority, p) or _described_person(doc, p) for p in parts]
        if len(parts) < 2 or not any(found):
            return []
        # "Chairman Mao and the Central Committee": a body named only by its kind is the one the
        # authority file says a person beside it belongs to ("Chairman of the CCP Central
        # Committee"); else (whose committee?) it is left out beside the persons named
        found = [e if e is not None or not BODY_KIND_ALONE.match(p) else _body_of(doc, p, found) for p, e in zip(parts, found)]
        kept = [(p, e) for p, e in zip(parts, found) if e is not None or not BODY_KIND_ALONE.match(p)]
        parts, found = [p for p, _ in kept], [e for _, e in kept]
        # an unknown name only beside known persons (not "Ministry of Foreign Affairs and Trade")
        if any(e is None for e in found) and not (all(e.kind == "person" for e in found if e is not None) and all(
                e is not None or PERSON_NAME.match(p) for p, e in zip(parts, found))):
            return []
        found = [e if e is not None else self._party(doc, p, line, role, where) for p, e in zip(parts, found)]
        return list({e.id: e for e in found if e is not None}.values())

    def _party(self, doc: Document, name: str, line: int, role: str, where: str = "in the title") -> Entity | None:
        # "Filippov [Stalin]", "Andreev (Mikoyan)": the source editor's identification names the person.
        # (not the party's letter of "VKP(B)": its name's; nor "the" before a body, "THE CC VKP(B)")
        name = party_letter(name)
        gloss = re.search(rf"\[([^\]]+)\]|\((?!{LETTER})([^)]+)\)", name)
        plain = re.sub(rf"\s*(?:\[[^\]]*\]|\((?!{LETTER})[^)]*\))", "", name).strip()
        glossed = doc.authority.lookup(gloss.group(1) or gloss.group(2)) if gloss else None
        named = doc.authority.lookup(plain) if glossed is not None else None
        if own_name_glossed(named, glossed, plain):
            # "Stalin [Kuznetsov]": a person by his own name, another's in the brackets after it, the
            # name the cable went out under (no identification of him): the person the title names
            return named
        wife = LEADING_WIFE_TITLE.match(plain)
        if wife and not gloss:
            # "Madame Chiang Kai-shek", "Mrs. Roosevelt": a woman named by her husband's name, not he (the
            # authority file's own form with the title excepted: "Madame Sun Yat-sen", Song Qingling)
            entity = doc.authority.lookup_as_written(plain)
            if entity is not None and entity.kind == "person":
                return entity
            return provisional_person(doc, plain, line, f"named as the {role} {where}, called '{wife.group('title')}' "
                                      "(a woman named by her husband's name)")
        for candidate in ([gloss.group(1) or gloss.group(2)] if gloss else []) + list(dict.fromkeys(
                [plain, re.sub(r"^the\s+", "", plain, flags=re.I)])):
            entity = doc.authority.lookup(candidate)
            if entity is not None and entity.kind == "place":
                return None  # "Mao Zedong to Moscow": a place is no party (the text's address or salutation names one)
            if entity is not None and candidate == plain and len(plain.split()) == 1:
                # "Kuznetsov" in the title, "To Comrade V. V. Kuznetsov" in the text: another
                # Kuznetsov than the one the authority file knows
                other = _named_with_other_initials(doc, entity)
                if other:
                    return provisional_person(doc, other, line, f"named as the {role} {where}, "
                                              "with initials in the text that are not those of the known person")
            if entity is not None:
                return entity
        # an office at a place and its holder's surname after it, no comma: "Soviet Ambassador to the
        # USA Dobrynin" (the person, not the one the authority file knows in that office elsewhere)
        at_place = _office_at_place(doc, plain)
        if at_place is not None:
            office, name = at_place
            entity = doc.authority.lookup(name)
            if entity is None:
                # (a surname too common to be a form of the file's, "the USSR Ambassador to the DPRK Ivanov":
                # the one of that name in that office at the date, and so in the text too)
                entity = _holder_named(doc, office, name)
                if entity is not None:
                    doc.aliases.setdefault(name, (entity, "main"))
            if entity is not None and entity.kind == "person":
                return entity
            if entity is None:
                return provisional_person(doc, name, line, f"named as the {role} {where}, {office}")
        # an office and its holder's name after it: "the Chairman of the Council of Ministers of the
        # Rumanian People's Republic, Petru Groza", "the Minister President of the Hungarian People's
        # Republic Istvan Dobi": the person so named, not the body his office is of
        # (a heading in capitals read in title case: "THE PREMIER AND FOREIGN MINISTER OF THE CENTRAL
        # PEOPLE'S GOVERNMENT ... CHOU EN-LAI", Zhou Enlai, not the body his office is of)
        holder = OFFICE_AND_NAME.match(plain) or (OFFICE_AND_NAME.match(title_case(plain)) if plain.isupper() else None)
        if holder and not BODY.search(holder.group("name")):
            name = holder.group("name")
            if plain.isupper():  # (an initial of two letters in capitals, "ZH.": title case, as "Zh.", not an acronym)
                name = re.sub(r"\b([A-Z])([A-Z])\.", lambda m: f"{m.group(1)}{m.group(2).lower()}.", name)
            # (a name of three words with no comma before it, "... Republic Mao Tse Tung": the two
            # last words are not all of it where the authority file knows the three)
            longer = re.search(rf"\b([A-Z][\w'’\-]*)\s+{re.escape(name)}$", holder.string)
            known = doc.authority.lookup(f"{longer.group(1)} {name}") if longer and " " in name else None
            if known is not None and known.kind == "person":
                return known
            entity = doc.authority.lookup(name) or next(iter(_correspondents(doc, name)), None)
            if entity is not None and entity.kind == "person":
                return entity
            if entity is None:
                office = re.sub(r"^the\s+|\s*[-–—]\s*(?:(?:Marshal|Generalissimo|General|Comrade|Mr\.?)\s*)?$|[,\s]+$", "",
                                holder.group("office"), flags=re.I)
                return provisional_person(doc, name, line, f"named as the {role} {where}, {office}")
        # the name first, its office after a comma: "Sverdlov, Chairman of the All-Russian Central Executive
        # Committee" (a volume of works' title): the person, not a body of the whole
        # (or the body he is of or at: "V. N. Andronnikov, Regional Board of Nationalised Enterprises of the Urals")
        named = NAME_AND_OFFICE.match(plain) or NAME_AND_BODY.match(plain)
        if named and not BODY.search(named.group("name")) and doc.authority.lookup(named.group("name")) is None:
            return provisional_person(doc, named.group("name"), line, f"named as the {role} {where}, {named.group('office')}")
        # an office with its holder's name in brackets, as FRUS heads its documents, the holder
        # one the authority file lacks: "The Ambassador in the Soviet Union (Kennan)": the party
        # is the holder, his office said in the entry's note (not a person called by the office)
        bracketed = re.fullmatch(rf"(?P<office>(?:the\s+)?[A-Z][^()\[\]]*?)\s*\(\s*(?P<name>{HOLDER})\s*\)", name.strip(), re.I)
        if bracketed and OFFICE_WORD.search(bracketed.group("office")) and doc.authority.lookup(bracketed.group("name")) is None:
            office = re.sub(r"^the\s+", "", bracketed.group("office").strip(), flags=re.I)
            # (a surname the file has only in a longer form, "(Smith)" for Walter Bedell Smith,
            # whose office and term fit: he, and his surname alone in the text, as he signs)
            holder = _holder_named(doc, office, bracketed.group("name"))
            if holder is not None:
                doc.aliases.setdefault(bracketed.group("name"), (holder, "main"))
                return holder
            return provisional_person(doc, bracketed.group("name"), line, f"named as the {role} {where}, {office}")
        # (a person or a body: a place the title names is where the party is or what his office
        # is of, "Soviet Ambassador to the PRC P. F. Yudin")
        # (but a body named after an office is whose office it is, not the party: "the Chairman of
        # the Council of People's Commissars", "the Secretary of the CC CPSU")
        office = re.sub(r"^the\s+", "", plain, flags=re.I)
        # (a title printed in capitals names the body in them: "MILITARY REVOLUTIONARY COMMITTEE OF ...")
        office = title_case(office) if office.isupper() and BODY.search(title_case(office)) else office
        # "President Quirino of the Republic of the Philippines": the person, the country his office
        # is of no part of his name (the whole was one provisional person, apart from the holder
        # the address names in full)
        head_of_state = _head_of_state(doc, plain, line, role, where)
        if head_of_state is not None:
            return head_of_state
        alone = OFFICE_ALONE.fullmatch(office)
        mentions = _correspondents(doc, plain)
        stranger = _another_given_name(doc, plain, mentions)
        if stranger is not None:  # "Eleanor Roosevelt": not Franklin D. Roosevelt, whose family name she has
            return provisional_person(doc, plain, line, f"named as the {role} {where}, a given name that is not "
                                      f"{stranger.main}'s")
        if mentions and not (alone and all(e.kind == "org" for e in mentions)):
            return mentions[0]
        if plain:
            body = BODY.search(office)
            # "Central Committee of the Hungarian Workers' Party": a body, not a person (but an
            # office of a body is an office: "Chairman of the Council of Ministers of ...")
            if body and not (alone and OFFICE_WORD.search(office).start() < body.start()):
                return provisional_entry(doc, "org", office, line, f"named as the {role} {where}",
                                         BODY_TYPES[body.group(0).split()[-1].lower()])
            # an office named without its holder ("the Secretary of State"): the one person the
            # authority file says held it at the telegram's date
            holder = _office_holder(doc, office) or _party_office_holder(doc, office)
            if holder is not None:
                doc.aliases.setdefault(office, (holder, "main"))
                return holder
            if alone:
                # the sender's office, its holder unknown at the date (or the telegram undated), and
                # a known person's signature under the text whose entry names that office: the signer
                signer = _signer_holding(doc, office) if role == "sender" else None
                if signer is not None:
                    doc.aliases.setdefault(office, (signer, "main"))
                    return signer
                # else the office itself, no person named by it (provisional_office)
                return provisional_office(doc, office, line, f"named as the {role} {where}")
            # a group of people addressed as one ("the Insurrectionists on the 'Hailiao'", "the
            # crew of ..."): a party that is neither a person nor a body with a name of its own
            if COLLECTIVE_PARTY.match(office):
                return provisional_entry(doc, "org", office, line, f"named as the {role} {where}", "group")
            # a title and a family name the authority file has only in full ("Generalissimo Chiang"),
            # the text naming one known person of that family name ("Chiang Kai-shek" signing): he
            titled = _titled_family_name(doc, plain)
            if titled is not None:
                return titled
            # a name the title misspells ("Vyshinskyy") where the text's address or signature
            # names a known person one letter apart ("To Vyshinsky."): that person
            meant = _misspelt(doc, plain, role)
            if meant is not None:
                doc.warn(line, f"'{plain}', the {role} {where}, is taken for '{meant.short}', whom the "
                         f"text names: the two differ by one letter", "misspelt-name")
                return meant
            # (the form of address no part of his name: "to Comrade Zhukovsky in Dalny", Zhukovsky)
            # (nor his rank: "Generalissimo Chiang Eai-shek", as an OCR'd page misspells him, Chiang Eai-shek)
            named = re.sub(r"^(?:Comrades?|Cde\.|COMRADE|Generalissimo|Marshal)\s+(?=[A-Z])", "",
                           office if office[:1].isupper() else plain)
            # (nor his office before his surname: "President Eisenhower", Eisenhower, his office said in the note)
            titled = OFFICE_BEFORE_NAME.match(named)
            if titled is not None:
                return provisional_person(doc, titled.group("name"), line,
                                          f"named as the {role} {where}, {titled.group('office')}")
            if not re.search(r"[A-Z]", named):
                return None  # no name, a word or two left of one ("Telegram, and to Liu Shaoqi", the names dropped by the copy)
            return provisional_person(doc, named, line, f"named as the {role} {where}")
        return None


# the title of a woman named by her husband's name: "Madame Chiang Kai-shek", "Mme. Sun Yat-sen", "Mrs. Roosevelt"
LEADING_WIFE_TITLE = re.compile(rf"^(?P<title>{WIFE_TITLE})\s+(?=[A-Z])")


def _another_given_name(doc: Document, name: str, mentions: list[Entity]) -> Entity | None:
    """The known person whose family name a party's name ends in, after given names none of his
    forms has ("Eleanor Roosevelt", Franklin D. Roosevelt's "Roosevelt"): another person of that
    name. Not after a title, rank or office ("Generalissimo Chiang Kai-shek", "President Roosevelt")."""
    m = re.fullmatch(r"(?P<given>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+(?P<family>[A-Z][\w'’\-]+)", name.strip())
    if m is None or GIVEN_NAME_NOT.match(m.group("given")) or OFFICE_WORD.search(m.group("given")) \
            or re.search(rf"\b{RANK}\b", m.group("given")):
        return None
    person = doc.authority.lookup(m.group("family"))
    if person is None or person.kind != "person" or person not in mentions:
        return None
    return person if not_his_given_name(person, m.group("given")) else None


# the holder's name in FRUS's brackets after his office: a surname, with initials or given names
# ("Kennan", "G. F. Kennan", "Alan G. Kirk"), never a word in lower case
HOLDER = r"(?:[A-Z]\.\s?){0,3}[A-Z][\w'’\-]+(?:\s+(?:[A-Z]\.\s?)?[A-Z][\w'’\-]+){0,2}"
# the words that make a party an office: "The Ambassador in ...", "Chargé in China", "Consul
# General at Mukden", "Secretary of State"
OFFICE_WORD = re.compile(rf"\b{OFFICE}\b")
# an office named alone, no one's name in it: "Secretary of State", "Acting Secretary of State",
# "Ambassador in the Soviet Union", "United States Representative in Bulgaria", "President", "High
# Commissioner for Germany" (the words before the office capitalised, a country's or a grade's; what
# follows it after a preposition, where the office is)
OFFICE_ALONE = re.compile(rf"(?:[A-Z][\w.'’\-]*\s+){{0,3}}?(?:{OFFICE_GRADE}[\s-]+)?{OFFICE}(?:\s+General)?"
                          rf"(?:\s+(?:of|in|at|to|for|on)\s+[^()\[\]]+)?")
# an office or rank and a name after it, nothing else: "President Eisenhower", "Prime Minister
# Attlee", "General Clay" (the name, one to three capitalised words)
OFFICE_BEFORE_NAME = re.compile(rf"(?P<office>(?:{OFFICE_GRADE}[\s-]+)?(?:{OFFICE}|{RANK}))\s+"
                                r"(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2})$")
# a group of people as one party, its collective noun first (after its adjectives, "all" or "the"):
# "Insurrectionists on the "Hailiao"", "the crew of ...", "the Korean people", "officers and men of ..."
COLLECTIVE_PARTY = re.compile(rf"(?:all\s+)?(?:the\s+)?(?:[\w'’\-]+\s+){{0,3}}?{COLLECTIVE}(?:\s+and\s+{COLLECTIVE})?"
                              r"(?:\s+(?:of|on|in|at|aboard|onboard|on\s+board|from)\b.*)?$", re.I)


# (after "(": the party's letter of "VKP(b)", no identification)
LETTER = r"(?<=[A-Z]{2}\()[a-z]\)"


# an initial of one letter or of two, the Russian letter's ("J.", "Kh.", "Yu.", "ZH." in capitals), not a title
INITIAL = r"(?:(?!(?i:mr|dr|st)\.)[A-Z][A-Za-z]?\.\s?)"


# an office with its holder's name after it, after a comma ("..., Petru Groza", "..., Comrade Mao
# Tse Tung") or a dash ("... Republic - Marshal Tshoibalsan": his rank no part of his name) or not
# (then his given name and surname alone: "... Republic Istvan Dobi")
OFFICE_AND_NAME = re.compile(rf"^(?P<office>(?:the\s+)?(?:[A-Z][\w'’\-]*\s+)?{OFFICE}\b.*?"
                             r"(?:(?:,|\s+[-–—])\s*(?:(?:Comrade|Mr\.?|Marshal|Generalissimo|General)\s+(?=[A-Z][\w'’\-]+$)"
                             rf"|(?:Comrade\s+|Mr\.?\s+|Marshal\s+)?(?=[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){{1,2}}$|{INITIAL}{{1,3}}[A-Z][\w'’\-]+$))"
                             r"|(?<!\bof)(?<!\bthe)(?<!\band)\s+(?=[A-Z][a-z\-]+\s+[A-Z][a-z\-]+$)"
                             # (initials and surname, no comma: "... of the USSR J. V. Stalin")
                             rf"|\s+(?={INITIAL}{{1,3}}[A-Z][a-z'’\-]+$)))"
                             rf"(?P<name>{INITIAL}{{0,3}}[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){{0,2}})$")


NAME_AND_OFFICE = re.compile(rf"^(?P<name>(?:[A-Z]\.\s?){{0,3}}[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){{0,2}}),\s+"
                             rf"(?P<office>(?:the\s+)?(?:[A-Z][\w'’\-]*\s+)?{OFFICE}\b.*)$")

NAME_AND_BODY = re.compile(r"^(?P<name>(?:[A-Z]\.\s?){1,3}[A-Z][\w'’\-]*),\s+"
                           r"(?P<office>(?:the\s+)?(?:[A-Z][\w'’\-]*\s+){0,3}(?:Board|Committee|Council|Commissariat|Soviet)\b.*)$", re.I)


# what names a body as a correspondent, and the kind of body it is ("Central Committee of the
# Hungarian Workers' Party": the party's organ)
BODY = re.compile(r"\b(?:Central\s+Committee|Committee|Politburo|Political\s+Bureau|Presidium|Secretariat|Party|Government"
                  r"|Ministry|Commissariat|Council|Embassy|Consulate|Legation|Mission|Delegation|Army|Command|Headquarters)\b")
BODY_TYPES = {"committee": "party-organ", "politburo": "party-organ", "bureau": "party-organ", "presidium": "party-organ",
              "secretariat": "party-organ", "party": "party", "government": "government", "ministry": "government", "commissariat": "government",
              "council": "government", "embassy": "government", "consulate": "government", "legation": "government",
              "mission": "government", "delegation": "government", "army": "army", "command": "army", "headquarters": "army"}


# (not a lesser office of the name where an identification names one: "Under Secretary of State",
# "Deputy Minister of ...", "Acting Secretary of State")
LESSER = "".join(rf"(?<!{grade}{sep})" for grade in DEPUTY_GRADES for sep in (" ", "-"))


def _office_holder(doc: Document, office: str, post: Entity | None = None) -> Entity | None:
    """The person the authority file's identifications name as holding the office ("Secretary
    of State") in the terms that include the telegram's date ("US Secretary of State from
    January 1949", "... (1947-1949)", "British Prime Minister (May 1940-July 1945 and October
    1951-April 1955)", to the month where the entry gives it); None unless exactly one.  An
    office of one word ("the President") only where it is the entry's principal office, the
    identification's first words ("President of the United States (...)"); and of several holders
    at the date, the one whose principal office it is ("the Prime Minister" in January 1945: the
    British one, not a party leader who was also his country's prime minister)."""
    when = doc.corresp.sent.start if doc.corresp.sent else ""
    if not when or not re.fullmatch(r"[A-Z][\w'’\-]*(?:\s+[\w'’\-]+){0,6}", office):
        return None
    # the office with its country before it, "the USSR First Deputy Minister of Foreign Affairs":
    # the office, held by one whose identification names that country ("... of the USSR")
    country, rest = office.split(" ", 1) if " " in office else ("", office)
    place = doc.authority.lookup(country) if country else None
    if place is None or place.kind != "place":
        country = ""
    found, principal = [], []
    for entity in doc.authority.entities.values():
        if entity.kind != "person":
            continue
        held = re.search(rf"\b{LESSER}{re.escape(office)}\b(?P<when>[^.;]*)", entity.identification, re.I)
        if held is None and country and re.search(rf"\b{re.escape(country)}\b", entity.identification):
            held = re.search(rf"\b{LESSER}{re.escape(rest)}\b(?P<when>[^.;]*)", entity.identification, re.I)
        if held is None or not any(_within(when, term) for term in _closed_terms(held.group("when"))):
            continue
        # (an office of a body the file names with its country, the title without: "Chairman of the Council
        # of Ministers of Romania" is not "the Chairman of the Council of Ministers" of a Soviet cable)
        if re.match(r"\s+of\s+(?:the\s+)?[A-Z]", held.group("when")) and not country and " of " in office:
            continue
        if not entity.active(when) or _died_before(entity, when):
            continue
        first = re.match(r"(?:[A-Z][\w'’\-]*\s+)?$", entity.identification[:held.start()]) is not None
        if first or " " in office:
            found.append((entity, held.group("when")))
        if first:
            principal.append((entity, held.group("when")))
    # (several ambassadors at the date, the title saying where: "the Soviet Ambassador in Peking"
    # is the one to the country the place's entry names, China, not the one to Korea)
    def narrowed(holders: list[tuple[Entity, str]]) -> list[tuple[Entity, str]]:
        there = _posted_at(doc, office, holders, post)  # (None: the one holder is posted elsewhere)
        return [] if there is None else there or holders

    found, principal = narrowed(found), narrowed(principal)
    return found[0][0] if len(found) == 1 else principal[0][0] if len(principal) == 1 else None


def _office_at_post(doc: Document) -> Entity | None:
    """The holder of the office the cable's address names with the place of its post, "PEKING, TO
    THE SOVIET AMBASSADOR" (the ambassador in Peking at the date), or None."""
    for seg in doc.div.iterfind(f"{T}opener/{T}seg[@type='address']"):
        m = POST_ADDRESS.fullmatch(text_of(seg).strip()) or FORM_POST_ADDRESS.fullmatch(text_of(seg).strip())
        post = doc.authority.lookup(m.group("place")) if m else None
        office = title_case(m.group("office")) if m and m.group("office").isupper() else m.group("office") if m else ""
        office = re.sub(r"^Sov\.?\s?(?=[A-Z])", "Soviet ", office)
        if post is None or post.kind != "place" or not OFFICE_WORD.search(office):
            continue
        holder = _office_holder(doc, office, post)
        if holder is not None:
            return holder
    return None


# the place of a post and the office there, as a cable's address names them: "PEKING, TO THE SOVIET
# AMBASSADOR", "Beijing - Soviet Ambassador.", and for whom ("Beijing, to Soviet Ambassador for
# immediate transmission to Mao Tse-tung or Chou En-lai.")
POST_ADDRESS = re.compile(r"(?P<place>[A-Z][\w\-’']+(?:\s[A-Z][\w\-’']+)?)\s*[,\-–—]\s*(?:(?:to|TO)\s+)?(?:(?:the|THE)\s+)?"
                          r"(?P<office>[A-Z][A-Za-z]+(?:\s[A-Za-z]+){0,3}?)"
                          r"(?:\s+(?:for|FOR)\s+(?:[A-Za-z]+\s+)?(?:transmission|delivery|TRANSMISSION|DELIVERY)\s+(?:to|TO)\s+[^;]+?)?[.:]?")


# the cipher form's columns, where and to whom: "Destination: PEKING  To Whom: SovAmbassador" ("Sov"
# the form's short "Soviet")
FORM_POST_ADDRESS = re.compile(r"Destination:\s*(?P<place>[A-Z][\w\-’']+(?:\s[A-Z][\w\-’']+)?)\s+To\s+Whom:\s*"
                               r"(?P<office>(?:Sov\.?\s?(?=[A-Z]))?[A-Z][A-Za-z]+(?:\s[A-Za-z]+){0,3}?)\.?")


def _posted_at(doc: Document, office: str, holders: list[tuple[Entity, str]],
               post: Entity | None = None) -> list[tuple[Entity, str]] | None:
    """Of several holders of the office, each with what his identification says after it (" to
    China (...)"), those posted to the country of the place the title names after the office
    ("the Soviet Ambassador in Peking": Peking's entry names China); [] where that decides nothing;
    of one, None where he is posted to another country ("the Soviet Ambassador in Beijing" in 1953
    is not the one the file knows only as "Soviet ambassador to the DPRK")."""
    title = doc.raw.title if doc.raw is not None else ""
    at = re.search(rf"\b{re.escape(office)}\s+(?:in|at)\s+(?P<place>[A-Z][\w\-’']+)", title or "", re.I)
    place = post or (doc.authority.lookup(at.group("place")) if at else None) if holders else None
    if place is None or place.kind != "place":
        return []
    names = {normalize(place.main), *place.forms}

    def posted(said: str) -> str:
        country = re.match(r"\s*(?:to|in|at)\s+(?:the\s+)?(?P<c>[A-Z][^(;,]*?)\s*(?:\(|$|,)", said)
        return country.group("c").split()[-1] if country else ""

    def posted_there(said: str) -> bool:
        word = posted(said)
        return bool(word) and (normalize(word) in names or re.search(rf"\b{re.escape(word)}\b", place.identification) is not None)

    if len(holders) == 1:
        return None if posted(holders[0][1]) and not posted_there(holders[0][1]) else []
    return [(entity, said) for entity, said in holders if posted_there(said)]


def _party_office_holder(doc: Document, office: str) -> Entity | None:
    """The holder of an office of a body the authority file names under any of its names ("the
    Chairman of the CC CCP": the entry whose identification begins "Chairman of the CCP Central
    Committee"), his principal office, stated without a term (held while he is active) or with
    one that includes the date; None unless exactly one person."""
    m = re.fullmatch(r"(?P<title>[A-Z][\w'’\-]*(?:\s+[A-Z][\w'’\-]*){0,2})\s+of\s+(?:the\s+)?(?P<body>.+)", office)
    body = doc.authority.lookup(m.group("body")) if m else None
    when = doc.corresp.sent.start if doc.corresp.sent else ""
    if body is None or body.kind != "org" or body.element is None or not when:
        return None
    names = sorted({n.text.strip() for n in body.element.iterfind(f"{T}orgName") if n.text}, key=len, reverse=True)
    held = re.compile(rf"(?:[A-Z][\w'’\-]*\s+)?{re.escape(m.group('title'))}\s+of\s+(?:the\s+)?"
                      rf"(?:{'|'.join(map(re.escape, names))})\b(?P<when>[^.;]*)", re.I)
    found = []
    for entity in doc.authority.entities.values():
        said = held.match(entity.identification) if entity.kind == "person" else None
        if said is None or not entity.active(when) or _died_before(entity, when):
            continue
        terms = _closed_terms(said.group("when"))
        if not terms or any(_within(when, term) for term in terms):
            found.append(entity)
    return found[0] if len(found) == 1 else None


def _signer_holding(doc: Document, office: str) -> Entity | None:
    """The one person who signs the document whose authority entry names the office the heading
    gives the sender alone ("The President to the Ambassador ..." signed "Roosevelt", whose entry is
    "President of the United States (...)"; "The Acting Secretary of State" signed "Acheson", "US
    Secretary of State ..."), at any date: where the date is not known, or the entry does not give
    the term.  An office of one word only where it is the entry's principal office, its first
    words."""
    held = re.sub(r"^(?:Acting|Interim)\s+", "", office, flags=re.I)
    if not re.fullmatch(r"[A-Z][\w'’\-]*(?:\s+[\w'’\-]+){0,6}", held):
        return None
    signers = {e.id: e for s in doc.div.iterfind(f"{T}closer/{T}signed") for e in _correspondents(doc, text_of(s))
               if e.kind == "person"}
    found = [e for e in signers.values() if (m := re.search(rf"\b{re.escape(held)}\b", e.identification, re.I))
             and (" " in held or re.match(r"(?:[A-Z][\w'’\-]*\s+)?$", e.identification[:m.start()]))]
    return found[0] if len(found) == 1 else None


def _holder_named(doc: Document, office: str, surname: str) -> Entity | None:
    """The person a FRUS heading names by his office and surname ("The Ambassador in the Soviet
    Union (Smith)") where the surname alone is no form of the authority file's (a common word, left
    out): the one entry with a form ending in that surname whose identification names the office
    ("Ambassador", "Consul General", "High Commissioner") where the office's place is (where both
    name one), in a term that includes the telegram's date (or gives none); else None."""
    key = normalize(surname)
    when = doc.corresp.sent.start if doc.corresp.sent else ""
    heads = {m.group(0).lower() for m in OFFICE_WORD.finditer(office)}
    places = {e.id for e in doc.authority.mentions(office) if e.kind == "place"}
    in_term, undated = {}, {}
    for entity in doc.authority.entities.values():
        if entity.kind != "person" or not entity.active(when) or \
                not any(f == key or f.endswith(" " + key) for f in entity.forms):
            continue
        for head in heads:
            for held in re.finditer(rf"\b{LESSER}{re.escape(head)}\b(?P<rest>[^;]*)", entity.identification, re.I):
                terms = _terms(held.group("rest"))
                if when and terms and not any(_within(when, term) for term in terms):
                    continue
                # (where the office is, before its term: "ambassador to the Soviet Union (1946-1949)")
                where = re.split(r"\(|\b1[89]\d\d\b", held.group("rest"), maxsplit=1)[0]
                there = {e.id for e in doc.authority.mentions(where) if e.kind == "place"}
                if places and there and not places & there:
                    continue
                (in_term if terms and when else undated)[entity.id] = entity
    found = in_term or undated
    return next(iter(found.values())) if len(found) == 1 else None



# a term of office in an identification: "(1947-1949)", "(May 1940-July 1945 and October
# 1951-April 1955)", "(May-September 1952)", "from January 1949"
TERM = re.compile(rf"(?:(?P<m1>{FULL_MONTH})\s*)?(?P<y1>1[89]\d\d)?\s*[-–]\s*(?:(?P<m2>{FULL_MONTH})\s+)?(?P<y2>1[89]\d\d)\b"
                  rf"|\bfrom\s+(?:(?P<m3>{FULL_MONTH})\s+)?(?P<y3>1[89]\d\d)")


def _terms(text: str) -> list[tuple[str, str]]:
    """The terms of office the text gives right after the office, each (first month, last month)
    as "YYYY-MM" (the first, and those joined to it, "... and ...": not the next office's, "...
    (1946-1948), then its President (1948-1953)")."""
    terms, end = [], None
    for m in TERM.finditer(text):
        if end is not None and not re.fullmatch(r"\s*(?:,|and|,\s*and)\s*", text[end:m.start()]):
            break
        end = m.end()
        if m.group("y3"):
            terms.append((f"{m.group('y3')}-{_month_of(m, 'm3', 1):02d}", "9999-12"))
        elif m.group("y1") or m.group("m1"):
            first = m.group("y1") or m.group("y2")
            terms.append((f"{first}-{_month_of(m, 'm1', 1):02d}", f"{m.group('y2')}-{_month_of(m, 'm2', 12):02d}"))
    return terms


def _closed_terms(text: str) -> list[tuple[str, str]]:
    """The terms of _terms, one it leaves open ("from 1948") closed at the last year the brackets
    it stands in name ("Soviet ambassador to China (to the Nationalist government from 1948, to the
    People's Republic 1949-1952)": to 1952, not for ever; not a later office's year outside them)."""
    bracketed = re.match(r"[^()]*\(([^()]*)\)", text)
    years = [int(y) for y in re.findall(r"\b1[89]\d\d\b", bracketed.group(1))] if bracketed else []
    return [(first, f"{max(years)}-12" if last == "9999-12" and years and max(years) > int(first[:4]) else last)
            for first, last in _terms(text)]


def _died_before(entity: Entity, when: str) -> bool:
    """Whether the authority file's entry says the person died before the year of the date."""
    death = entity.element.find(f"{T}death") if entity.element is not None else None
    year = (death.get("when") or "")[:4] if death is not None else ""
    return year.isdigit() and int(year) < int(when[:4])


def _month_of(match: re.Match, group: str, default: int) -> int:
    """The number of the month a group of TERM names, or default where it names none."""
    return MONTH_NAMES.get((match.group(group) or "").lower(), default)


def _within(when: str, term: tuple[str, str]) -> bool:
    """Whether a date (ISO, a year or more precise) falls in the term (by its month)."""
    if len(when) < 7:
        return term[0][:4] <= when[:4] <= term[1][:4]
    return term[0] <= when[:7] <= term[1]


def _misspelt(doc: Document, name: str, role: str) -> Entity | None:
    """The one person the opener's address (the recipient) or the signature (the sender) names
    whose name differs from name by one letter (inserted, left out or another), in names of six
    letters or more; a form of the authority file is never taken for another entry's."""
    key = normalize(name)
    if len(key) < 6 or " " in key or doc.authority.lookup(name) is not None:
        return None
    if role == "recipient":  # (every address line: "MOSCOW, MFA USSR" / "To Vyshinsky.")
        named = [e for line in doc.div.iterfind(f"{T}opener/*") if line.tag == T + "salute" or line.get("type") == "address"
                 for e in _correspondents(doc, text_of(line))]
    elif role == "sender":
        named = [e for s in doc.div.iter(T + "signed") for e in _correspondents(doc, text_of(s))]
    else:
        return None
    near = {e.id: e for e in named if e.kind == "person" and any(
        len(f) >= 6 and _one_letter_apart(key, f) for f in e.forms)}
    return next(iter(near.values())) if len(near) == 1 else None


def _one_letter_apart(a: str, b: str) -> bool:
    """Whether b is a with one letter inserted, left out or replaced by another."""
    if abs(len(a) - len(b)) > 1 or a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1
    short, long_ = sorted((a, b), key=len)
    i = next((i for i, (x, y) in enumerate(zip(short, long_)) if x != y), len(short))
    return short[i:] == long_[i + 1:]


def _titled_family_name(doc: Document, name: str) -> Entity | None:
    """"Generalissimo Chiang", "Marshal Tito": a rank or title and one name; the one known person
    the text names whose name begins or ends with it ("Chiang Kai-shek"), else None."""
    titled = re.fullmatch(r"(?:Generalissimo|Marshal|President|Premier|General|Chairman|Prime\s+Minister)\s+"
                          r"(?P<family>[A-Z][\w'’\-]+)", name.strip())
    if titled is None:
        return None
    family = normalize(titled.group("family"))
    known = {e.id: e for e in doc.authority.mentions(" ".join(doc.div.itertext())) if e.kind == "person"
             and any(f.split()[:1] == [family] or f.split()[-1:] == [family] for f in e.forms)}
    return next(iter(known.values())) if len(known) == 1 else None


# a title, the holder's name and the country of the office: "President Prasad of the Republic of
# India", "Premier Nehru of India", "King Farouk of Egypt"
TITLED_OF_COUNTRY = re.compile(r"(?P<title>President|Premier|Prime\s+Minister|Chairman|King|Queen|Emperor|Shah|Chancellor)\s+"
                               r"(?P<name>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+){0,2}?)\s+of\s+(?P<country>(?:the\s+)?[A-Z].*)")
# a state named by its kind: "the Republic of the Philippines", "the Union of Burma", "the Kingdom of ..."
STATE_NAMED = re.compile(r"(?:the\s+)?(?:[A-Z][\w'’\-]*\s+){0,3}(?:Republic|Kingdom|Union|Federation|Commonwealth|Empire)\s+of\s+\S")


def _head_of_state(doc: Document, party: str, line: int, role: str, where: str) -> Entity | None:
    """The person a title names by his title, name and country ("President Quirino of the Republic
    of the Philippines"): the known person of that name, else the one known person of that family
    name the text names, else the full name the text gives him ("President Elpidio Quirino" in the
    address) as a provisional person, his family name alone his too; None where the words after
    "of" name no country (a place the authority file knows, or a state by its kind)."""
    from .names import _named_in_full  # (the names package needs this module's neighbours first)

    titled = TITLED_OF_COUNTRY.fullmatch(party)
    if titled is None:
        return None
    country = re.sub(r"^the\s+", "", titled.group("country"))
    place = doc.authority.lookup(country)
    if not (place is not None and place.kind == "place" or STATE_NAMED.match(country)):
        return None
    name, title = titled.group("name"), re.sub(r"\s+", " ", titled.group("title"))
    known = doc.authority.lookup(name) or _titled_family_name(doc, f"{title} {name}")
    if known is not None:
        return known if known.kind == "person" else None
    full = _named_in_full(doc, " ".join(doc.div.itertext()), name) if " " not in name else None
    person = provisional_person(doc, full or name, line, f"named as the {role} {where}, {title} of {titled.group('country')}")
    if full and name not in doc.aliases:
        doc.aliases[name] = (person, "main")
        person.forms[normalize(name)] = "short"
    return person


def _correspondents(doc: Document, text: str) -> list[Entity]:
    """The persons and bodies text names (not its places: no place writes or receives a telegram)."""
    return [e for e in doc.authority.mentions(text) if e.kind in ("person", "org")]


def _parties_split(doc: Document, a: str, b: str) -> tuple[str, str]:
    """The sender and recipient of a title with more than one "to": at the first "to" ("A to B"),
    unless the words before it name no person or body and those before a later one do, the
    words after that one too: "Soviet Ambassador to the PRC P. F. Yudin to the CC CPSU" (an office
    "to" a country before the sender's name)."""
    if _correspondents(doc, a) or doc.authority.lookup(a) is not None:
        return a, b
    words = re.split(r"(\s+to\s+)", b, flags=re.I)
    for i in range(1, len(words), 2):
        before, after = "".join(words[:i]), "".join(words[i + 1:])
        if _correspondents(doc, f"{a} to {before}") and _correspondents(doc, after):
            return f"{a} to {before}", after
    # (the holder's surname after the place his office is at, one the authority file lacks: "Soviet
    # Ambassador to the USA Dobrynin to the USSR MFA", "Soviet Ambassador to Cuba Alekseev to ...")
    if re.fullmatch(rf"(?:the\s+)?(?:[A-Z][\w'’\-]*\s+){{0,2}}(?i:{OFFICE})", a):
        for i in range(1, len(words), 2):
            before, after = "".join(words[:i]), "".join(words[i + 1:])
            to = " TO " if a.isupper() else " to "
            if after.strip() and _office_at_place(doc, f"{a}{to}{before}") is not None:
                return f"{a}{to}{before}", after
    return a, b


# an office at a place, then its holder's surname (initials before it or not) with no comma: "Soviet
# Ambassador to the USA Dobrynin", "Soviet ambassador to the US A. Dobrynin", "Soviet Ambassador to
# Cuba Alekseev" (the place one to three capitalised words)
OFFICE_AT_PLACE = re.compile(rf"^(?P<office>(?:the\s+)?(?:[A-Z][\w'’\-]*\s+){{0,2}}?(?i:{OFFICE})\s+(?i:to|in|at)\s+"
                             r"(?:(?i:the)\s+)?(?P<place>[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2}?))"
                             r"\s+(?P<name>(?:[A-Z]\.\s?){0,3}[A-Z][a-z][\w'’\-]+)$")


def _office_at_place(doc: Document, text: str) -> tuple[str, str] | None:
    """(the office, the holder's name) of "Soviet Ambassador to the USA Dobrynin" (in capitals too),
    or None: where the last word is no place, nor with the words before it ("Ambassador to the
    Soviet Union"), and no body's or office's word."""
    plain = title_case(text) if text.isupper() else text
    m = OFFICE_AT_PLACE.match(plain.strip())
    if m is None:
        return None
    name, surname, place = m.group("name"), m.group("name").split()[-1], m.group("place")
    # (a place of more words the authority file must know: "Ambassador in Moscow Walter Smith" is
    # not Smith at "Moscow Walter")
    known = doc.authority.lookup(place)
    if " " in place and (known is None or known.kind != "place"):
        return None
    for words in (surname, f"{place} {surname}"):
        entity = doc.authority.lookup(words)
        if entity is not None and entity.kind == "place":
            return None
    if BODY.search(surname) or OFFICE_WORD.search(surname) or _known_place(doc, surname):
        return None
    return re.sub(r"^the\s+", "", m.group("office"), flags=re.I), name


def _named_with_other_initials(doc: Document, entity: Entity) -> str:
    """The name with initials ("V. V. Kuznetsov") under which the text names a person whose
    given names those initials do not begin: another person of that family name; or ""."""
    for m in INITIALED.finditer(" ".join(doc.div.itertext())):
        if doc.authority.lookup(m.group("name")) is entity and _other_initials(m.group(0), entity):
            return m.group(0)
    return ""


def _body_of(doc: Document, kind: str, beside: list[Entity | None]) -> Entity | None:
    """The body of that kind ("Central Committee") the first of the persons beside it whose
    authority entry names one belongs to (Mao Zedong: "Chairman of the CCP Central
    Committee"), or None."""
    # the body itself, not one within it: "CCP Central Committee", "Central Committee of the
    # CCP"; not "Politburo of the CCP Central Committee"
    named = re.compile(rf"(?:\S+\s+)?{re.escape(normalize(kind))}|{re.escape(normalize(kind))}\s+of\s+.+")
    for person in (e for e in beside if e is not None and e.kind == "person"):
        bodies = [e for e in doc.authority.mentions(person.identification) if e.kind == "org"
                  and any(named.fullmatch(form) for form in [normalize(e.main), *e.forms])]
        if bodies:
            return bodies[0]
    return None


def _author(doc: Document, text: str):
    """The person a catalogue's author entry names: "Kovalev, Ivan Vladimirovich, 1901-1993"."""
    name = re.sub(r",?\s*(?:\d{4}\s*[-–]\s*(?:\d{4})?|\(?\d{4}[-–]\d{4}\)?)\s*$", "", text).strip(" ,.")
    surname, _, given = name.partition(",")
    for candidate in (f"{given.strip()} {surname.strip()}".strip(), surname.strip(), name):
        entity = doc.authority.lookup(candidate)
        if entity is not None and entity.kind in ("person", "org"):
            return entity
    return _first_mention(doc, name)


# a date in a title that is another telegram's: "Reply to Mao Tse-tung's telegram of 13 January",
# "Answer to your telegram of 10 January"
OTHER_TELEGRAMS = re.compile(r"(?:['’]s|\byour|\bhis|\btheir|\bour)\s+(?:telegrams?|letters?|cables?|messages?|notes?)"
                             r"\s+(?:of|dated|from)\s+(?:the\s+)?$", re.I)
REPLY_TITLE = re.compile(r"^(?:\d{1,3}\.\s+)?(?:reply|answer|response)\s+to\b", re.I)


def _received_on(doc: Document, context: str) -> str:
    """When the cable's routing line (the telegram's own, in its opener or closer) says it was
    received ("Received in Moscow 7 February 1950 at 2340 ..."), or ""."""
    return _routing_date(doc, context, RECEIVED_WORDS)


def _sent_on(doc: Document, context: str) -> str:
    """When the cable's routing line (its own, in its opener or closer) says it was sent ("Sent
    4.2.49 at 23:00", "Dispatched from Peking 6.2.1950"), or ""."""
    return _routing_date(doc, context, SENT_WORDS)


# (compiled once: every telegram asks them, and compiling an XPath costs more than its evaluation)
_NUMBER_LINES = etree.XPath("t:opener/t:seg[@type='number' or @type='transmission'] | t:closer/t:seg[@type='number']",
                            namespaces={"t": T[1:-1]})
ROUTING_LINES_XPATH = "t:opener/t:seg[@type='transmission'] | t:closer/t:seg[@type='transmission']"
_ROUTING_LINES = etree.XPath(ROUTING_LINES_XPATH, namespaces={"t": T[1:-1]})


def _routing_date(doc: Document, context: str, words_before: str) -> str:
    """The first date of a routing line (opener or closer) that the words before it match, or ""."""
    for seg in _ROUTING_LINES(doc.div):
        line = text_of(seg)
        for found in find_dates(line, context):
            if re.search(words_before, line[:found.start], re.I):
                return found.value.when or ""
    return ""


def _days_between(earlier: str, later: str) -> int:
    return (datetime.date.fromisoformat(later[:10]) - datetime.date.fromisoformat(earlier[:10])).days


def _own_date(title: str) -> DateValue | None:
    """The date a title gives its telegram: not the date of the telegram it replies to."""
    for found in find_dates(title):
        before = title[:found.start]
        if OTHER_TELEGRAMS.search(before) or (REPLY_TITLE.match(title) and re.search(r"\b(?:of|dated)\s+(?:the\s+)?$", before, re.I)):
            continue
        return found.value
    if SHORT_YEAR_AT_END.search(title):  # "Stalin to Mikoyan, 2 Feb 49": a heading's own date, of the 1900s
        return record_date(title)
    spaced = SPACED_ROMAN_AT_END.search(title)
    if spaced:  # "..., 5 II 1950": where a heading's date stands, read as it is alone on a line
        return parse_date(spaced.group("date"))
    return None


# a day and month's name with the year in two figures, ending a title ("..., 2 Feb 49")
SHORT_YEAR_AT_END = re.compile(rf"\b\d{{1,2}}\s+{MONTH}\s+\d\d\W*$")


# a day and roman month set apart by spaces ending a heading, after the parties and a comma (a
# weekday may come between): "TELEGRAM FROM ... TO ..., 5 II 1950" (in running text no date)
SPACED_ROMAN_AT_END = re.compile(r"\s(?i:to)\s[^,]+(?:,[^,\d]+)*,\s+(?P<date>\d{1,2}\s(?:X{0,1}I{1,3}|IV|VI{0,3}|IX|X|XI|XII)"
                                 r"\s(?:1[89]\d\d|\d\d))\.?$")


def _sender_line(line) -> bool:
    """Whether an opener's address line is the form's sender line, "From: [Ambassador Boleslaw] JELEN"."""
    return line.get("type") == "address" and re.match(r"(?i:from)\s*:", text_of(line)) is not None


def _addressed(doc: Document) -> list[Entity]:
    """The persons and bodies the opener's first salutation or address line names."""
    for line in doc.div.iterfind(f"{T}opener/*"):
        if _sender_line(line):
            continue
        if line.tag == T + "salute" or line.get("type") == "address":
            named = [e for e in doc.authority.mentions(text_of(line)) if e.kind in ("person", "org")]
            if named:
                return named
    return []


# an address to a body the authority file lacks, by its kind's name, and a person: "To the Ministry of
# Foreign Affairs and Comrade [Li] Fuchun:"
def _addressed_body(most_words: int) -> str:
    """The address to a body by its kind's name, with up to most_words words of its name after the kind."""
    return (r"^(?i:to)\s+(?:the\s+)?(?P<body>(?:[A-Z][\w'’\-]*\s+){0,2}"
            r"(?:Ministry|Committee|Council|Department|Bureau|Commission|Directorate)"
            rf"(?:\s+(?:of|for|the|[A-Z][\w'’\-]*)){{0,{most_words}}}?)")


BODY_AND_PERSON = re.compile(_addressed_body(6) + r"\s+and\s+(?:Comrades?|Cde\.|Mr\.|Minister|Premier"
                             r"|Chairman|Vice\s+Premier|Vice\s+Chairman)\s+\S")
# the address to a body alone, by its kind's name: "To the Foreign Ministry", "To the Ministry of Foreign Affairs:",
# "To the Central Committee of the Communist Party of the Soviet Union:" (the line's end bounds a longer name)
BODY_ALONE = re.compile(_addressed_body(12) + r"\s*:?$")


def _body_addressed_first(doc: Document, pattern: re.Pattern = BODY_AND_PERSON) -> Entity | None:
    """The body the address names before the person it goes to as well, where the authority file
    lacks it ("the Ministry of Foreign Affairs"): a provisional body, else None.  (pattern
    BODY_ALONE: the body the address names alone, "To the Foreign Ministry".)"""
    line = next((el for el in doc.div.iterfind(f"{T}opener/*")
                 if el.tag == T + "salute" or el.get("type") == "address" and not re.match(r"(?i:from)\s*:", text_of(el))),
                None)
    m = pattern.match(text_of(line)) if line is not None else None
    if m is None or doc.authority.find(m.group("body"), "org"):
        return None  # (a known body in it; a place in its name, "... of the Democratic People's Republic of Korea", is none)
    return provisional_entry(doc, "org", m.group("body"), line.sourceline or doc.raw.line,
                             "named in the address line with the person the telegram goes to" if pattern is BODY_AND_PERSON
                             else "named in the address line, the telegram's addressee", "government")


# the form's addressee line: "To: [Director General Jerzy] MICHALOWSKI, URGENT, Eyes Only" (the editor's
# office and given name in brackets before the surname, the handling after a comma)
# (or with no colon after "To": "To [Foreign Minister Stefan] Olszowski", "To Szyszko:", "To Comrade Gierek:",
# "To Edward Gierek:", the name alone over its colon)
# (or "Comrade" before the whole name: "To: Comrade Constantin Oancea", "To: Comrade Nicolae Ghenea,")
FORM_TO = re.compile(r"^(?i:to)(?:\s*:\s*|\s+(?=\[)|\s+(?=(?:Comrade\s+)?[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?:$))"
                     r"(?:\[(?P<supplied>[^\[\]]{1,60})\]\s*)?(?:Comrade\s+(?=[A-Z]))?"
                     r"(?P<surname>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)(?:\s*[,;.:]|\s*$)")


_NO_NAME_WORDS = frozenset(ENGLISH | OFFICE_WORDS | TITLE_WORDS | set(COLLECTIVES) | {"everybody", "anybody", "nobody"})


def _no_name_word(word: str) -> bool:
    """A common word, a title or an office, or the plural of one ("Comrades", "Friends"), never a surname."""
    word = word.lower()
    return word in _NO_NAME_WORDS or word.endswith("s") and word[:-1] in _NO_NAME_WORDS


def _form_addressee(doc: Document) -> Entity | None:
    """The person the form's "To:" line names (provisional where the authority file lacks him): his
    given name the last word of the editor's brackets before the surname, what goes before it his
    office ("[Director General Jerzy] MICHALOWSKI": Jerzy Michalowski, Director General)."""
    for seg in doc.div.iterfind(f"{T}opener/{T}seg[@type='address']"):
        m = FORM_TO.match(_editors_bracketed(seg))
        if m is None:
            continue
        surname = title_case(m.group("surname")) if m.group("surname").isupper() else m.group("surname")
        if any(_no_name_word(w) for w in surname.split()):
            continue  # ("To Comrades:", "To All:": whom the cable greets, no one's surname)
        supplied = (m.group("supplied") or "").split()
        given = supplied[-1] if supplied and re.fullmatch(r"[A-Z][a-z][\w'’\-]*", supplied[-1]) \
            and not OFFICE_WORD.search(supplied[-1]) else ""
        office = " ".join(supplied[:-1] if given else supplied)
        name = f"{given} {surname}".strip()
        known = doc.authority.lookup(name) or doc.authority.lookup(surname)
        if known is not None and known.kind in ("person", "org"):
            return known
        if known is None:
            return provisional_person(doc, name, seg.sourceline or doc.raw.line,
                                      "named as the recipient on the form's 'To:' line" + (f", {office}" if office else ""))
    return None


# the form's "To:" or "From:" line, the editor's office and given name in brackets before the
# surname: "From: [Ambassador Piotr] KOWAL"
FORM_PARTY_LINE = re.compile(r"^\s*(?P<label>(?i:to|from))\s*:?\s*$")  # (or no colon: "To [Foreign Minister ...")
FORM_SURNAME = re.compile(r"^\s*(?P<surname>[A-Z][\w'’\-]+)(?![\w'’\-])")


def _form_line_names(doc: Document) -> None:
    """The person on the form's "To:" and "From:" lines, "[Ambassador Piotr] KOWAL": one persName,
    the editor's brackets in it as his supplied words (the given name was tagged alone, the surname
    not); the "From:" line's person the sender where the title names his post ("Polish Embassy in
    Havana (Kowal)"), the post his body."""
    c = doc.corresp
    for seg in doc.div.iterfind(f"{T}opener/{T}seg[@type='address']"):
        line = FORM_PARTY_LINE.match(seg.text or "")
        bracket = seg[0] if len(seg) else None
        if line is None or bracket is None or bracket.get("resp") != "#source-editor" \
                or bracket.tag not in (T + "gloss", T + "supplied"):
            continue
        surname = FORM_SURNAME.match(bracket.tail or "")
        supplied = text_of(bracket).split()
        if surname is None or not supplied or not re.fullmatch(r"[A-Z][a-z][\w'’\-]*", supplied[-1]) \
                or OFFICE_WORD.search(supplied[-1]):
            continue
        written = surname.group("surname")
        name = f"{supplied[-1]} {title_case(written) if written.isupper() else written}"
        office = " ".join(supplied[:-1])
        role = "recipient" if line.group("label").lower() == "to" else "sender"
        person = doc.authority.lookup(name)
        if person is None or person.kind != "person":
            person = provisional_person(doc, name, seg.sourceline or doc.raw.line,
                                        f"named as the {role} on the form's '{line.group('label')}:' line"
                                        + (f", {office}" if office else ""))
        name_el = E("persName", E("supplied", text_of(bracket), resp="#source-editor"), ref="#" + person.id)
        name_el[0].tail = (bracket.tail or "")[:surname.end()]
        name_el.tail = (bracket.tail or "")[surname.end():] or None
        seg.replace(bracket, name_el)
        if role == "sender" and c.sender is not None and c.sender.kind == "org" and person is not c.sender:
            c.sender_body, c.sender = c.sender, person


def _signed_by_the_sending_body(doc: Document) -> None:
    """The text's last line the name of the body the title says sent it, "[Chinese] Embassy in the
    Soviet Union" (the editor's word in brackets): its signature, the body's orgName (it was a
    paragraph), the bracketed word the editor's supplied one."""
    c = doc.corresp
    paragraphs = doc.div.findall(f"{T}p")
    if c.sender is None or c.sender.kind != "org" or not paragraphs:
        return
    last, closer = paragraphs[-1], doc.div.find(f"{T}closer")
    if last.getnext() is not closer or closer is not None and closer.getnext() is not None:
        return
    if any(child.tag not in (T + "gloss", T + "supplied") for child in last) or len(last) > 3:
        return
    # (the editor's words read, or some left out: "[Chinese] Embassy in [North] Vietnam", the title's "Chinese
    # Embassy in Vietnam")
    def said(kept: int) -> str:
        words = [last.text or ""] + [(text_of(child) if kept >> k & 1 else "") + (child.tail or "")
                                     for k, child in enumerate(last)]
        return " ".join("".join(words).split()).strip().rstrip(".")
    if not any(normalize(said(kept)) in c.sender.forms for kept in reversed(range(2 ** len(last)))):
        return
    name = E("orgName", ref="#" + c.sender.id)
    name.text = last.text
    for child in list(last):
        child.tag = T + "supplied"
        child.attrib.pop("type", None)
        name.append(child)
    signed = E("signed", name)
    signed.sourceline = last.sourceline
    if closer is None:
        closer = E("closer")
        last.addnext(closer)
    closer.insert(0, signed)
    doc.div.remove(last)


def _editors_bracketed(el) -> str:
    """The element's text with the editor's words (the brackets pass's gloss and supplied) in
    square brackets again, as the source gave them."""
    parts = [el.text or ""]
    for child in el:
        said = text_of(child)
        parts.append(f"[{said}]" if child.get("resp") == "#source-editor" and child.tag in (T + "gloss", T + "supplied")
                     else said)
        parts.append(child.tail or "")
    return " ".join("".join(parts).split())


COPY_NUMBER = re.compile(r"\bCopy\s+(?:No\.?|Nº|N°|№)\s*(?P<n>\d{1,3})\b", re.I)


def _copy_holder(doc: Document) -> tuple[Entity | None, str]:
    """The person the cable's own copy went to, and its number, where its form names no
    addressee: the copy's number on its routing line ("from URUMCHI  Nº 32616  Received at 1020
    ...  Copy Nº 2") and that copy's line in its distribution list ("Copy Nº 2 to Stalin")."""
    opener = doc.div.find(f"{T}opener")
    if opener is None:
        return None, ""
    own = {m.group("n") for seg in opener.iterfind(f"{T}seg") if seg.get("type") != "distribution"
           for m in COPY_NUMBER.finditer(text_of(seg))}
    for seg in opener.iterfind(f"{T}seg[@type='distribution']"):
        m = COPY_NUMBER.match(text_of(seg))
        if m and m.group("n") in own:
            holder = next((e for e in doc.authority.mentions(text_of(seg)[m.end():]) if e.kind == "person"), None)
            if holder is not None:
                return holder, m.group("n")
    return None, ""


def _relayer_under_signature(doc: Document) -> None:
    """A name under the sender's signature of someone who only passed the cable on ("Zhou Enlai"
    / "Roshchin" in a cable from Zhou Enlai to Vyshinsky via Roshchin): no second signer, the
    cable's note of transmission."""
    c = doc.corresp
    closer = own_closer(doc.div)
    if closer is None or not c.via:
        return
    signatures = closer.findall(f"{T}signed")
    for signed in signatures[1:]:
        hand = _first_mention(doc, _signer(signed))
        if hand is not None and hand in c.via and hand not in (c.sender, *c.also_from) and \
                any(_first_mention(doc, _signer(s)) in (c.sender, *c.also_from) for s in signatures[:signatures.index(signed)]):
            signed.tag = f"{T}seg"
            signed.set("type", "transmission")




def _message_of_another_passed_on(doc: Document) -> None:
    """A cable whose whole text, under its address lines, is one message another signed, the
    cable signed by its sender ("TO TEREBIN" / "Pass to Mao Tse-tung:" / "..." / "Filippov"" /
    "KUZNETSOV"): the message's signer its sender, the cable's passing it on (as where the title
    says "transmitting Filippov's reply")."""
    c = doc.corresp
    if c.sender is None or c.sender.kind != "person":
        return
    text_blocks = [el for el in doc.div if el.tag not in (T + "head", T + "opener", T + "closer", T + "pb",
                                                           T + "milestone", T + "note", T + "gap")]
    # (the line that says to pass it on, "Pass on to Comrade Chou En-lai:", no words of the sender's own)
    while text_blocks and text_blocks[0].tag == T + "p" and text_of(text_blocks[0]).endswith(":") \
            and CONVEY.search(text_of(text_blocks[0])):
        text_blocks.pop(0)
    closer = doc.div.find(T + "closer")
    if len(text_blocks) != 1 or text_blocks[0].tag != T + "quote" or closer is None:
        return
    signatures = closer.findall(T + "signed")
    message = text_blocks[0].findall(f"{T}floatingText/{T}body/{T}closer/{T}signed")
    if len(signatures) != 1 or len(message) != 1 or _first_mention(doc, _signer(signatures[0])) is not c.sender:
        return
    author = _first_mention(doc, _signer(message[0]))
    if author is None or author.kind != "person" or author in (c.sender, c.recipient, *c.also_from, *c.via):
        return
    c.via.insert(0, c.sender)
    c.sender = author


def _signer(signed) -> str:
    """The name a signature gives: its text above the signer's office (under an <lb/>), or under
    it where the office stands first ("Chairman of the Council of People's Commissars<lb/>V.
    Ulyanov-Lenin")."""
    lines, parts = [], [signed.text or ""]
    for child in signed:
        if child.tag == f"{T}lb":
            lines.append(" ".join("".join(parts).split()))
            parts = [child.tail or ""]
            continue
        parts.append("".join(child.itertext()) + (child.tail or ""))
    lines.append(" ".join("".join(parts).split()))
    lines = [SIGNED_MARK.sub("", line) for line in lines]
    return next((line for line in lines if line and not line.endswith("&") and not office_line(line)), lines[0])


# a title that names the cable by its form and number and where it came from: "Cable Nº 123 from Tehran"
FORM_FROM_PLACE = re.compile(r"^(?i:(?:ciphered\s+|coded\s+)?(?:cable|telegram|ciphergram|radiogram))"
                             r"(?:\s+(?:No\.?|Nº|N°|№|#)\s*[\w/\-]+)?\s+(?i:from)\s+"
                             r"(?P<place>[A-Z][\w'’\-]+(?:\s+[A-Z][\w'’\-]+)?)\.?\s*$")


# a title naming a cable and its sender alone: "Telegram from Kuznetsov and Fedorenko", "Ciphered
# Cable from Roshchin", "Top Secret Telegram from Soviet Ambassador Yudin reporting on ..." (no "to" in it)
TELEGRAM_FROM_ALONE = re.compile(rf"^(?:(?:{SECRECY_MARKING})\s+)?(?:(?:{CIPHERING})\s+)?(?:{CABLE_KIND})\b(?:\s+(?:No\.?|Nº|#)\s*[\w/\-]+)?,?\s+from\s+"
                                 r"(?!.*\bto\b).+$", re.I)


def _telegram_to_no_one(doc: Document, title: str) -> bool:
    """Whether the source plainly is a telegram that names no recipient: its title a cable's from
    its sender alone, or the cable form's lines above the text; and no address or salutation."""
    opener = doc.div.find(f"{T}opener") if doc.div is not None else None
    if opener is not None and (opener.find(f"{T}salute") is not None or any(
            not _sender_line(seg) for seg in opener.iterfind(f"{T}seg[@type='address']"))):
        return False
    form_lines = opener is not None and opener.find(f"{T}seg[@type='form']") is not None
    return bool(TELEGRAM_FROM_ALONE.match(title.strip())) or form_lines


def _what_the_title_names(doc: Document, title: str, signer_read: bool = False) -> str:
    """What a refused telegram's title names instead of its parties: "; the title names only where
    it came from, Tehran, and no one signs" (else ""); where the signature gave the sender, that
    no address or salutation names the recipient."""
    m = FORM_FROM_PLACE.match(title)
    places = [m.group("place")] if m else []
    if not places:  # (or with its markings and number, "Telegram from Pyongyang to Bucharest, SECRET, No. 059.156")
        core = re.sub(r",\s*D\.?C\.?$", "", _core(title))  # ("from Washington, DC, No.084.504, Urgent, SECRET")
        places = re.split(r"\s+to\s+", core, maxsplit=1)
    if not places or len(places) > 2 or not all(_known_place(doc, p) for p in places):
        return ""
    signs = own_closer(doc.div) is not None and own_closer(doc.div).find(f"{T}signed") is not None
    named = (f"the place it came from, {places[0]}" if len(places) == 1
             else f"the places it went from and to, {places[0]} and {places[1]}")
    missing = ("no address or salutation names the recipient" if signer_read else "the signature no person") if signs \
        else "no signature is under the text"
    return f"; the title names only {named}, and {missing}"


def _first_mention(doc: Document, text: str):
    mentions = doc.authority.mentions(text)
    return mentions[0] if mentions else None


def _covers_enclosure(doc: Document, conveyer: str) -> bool:
    """Whether the telegram is the conveyer's own covering text: its closer signed by him, and the
    message it conveys an enclosure under it that has closing lines of its own (its own signature
    and date: a document sent apart from the telegram, not its words relayed)."""
    if doc.div is None:
        return False
    closer = doc.div.find(T + "closer")
    enclosure = doc.div.find(f"{T}floatingText[@type='enclosure']/{T}body/{T}closer")
    who = doc.authority.lookup(_clean_party(conveyer))
    if closer is None or enclosure is None or who is None or enclosure.find(T + "signed") is None:
        return False
    # (the names are not tagged yet: the signatures' words looked up)
    return any(ent is who for s in closer.iterfind(T + "signed") for ent in doc.authority.mentions(text_of(s)))
