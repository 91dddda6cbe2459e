"""What a line of a telegram is, by its words alone: a point's number, a cable's marking or
routing line, an address, a salutation, a dateline, a signature, an office, a closing formula."""

from __future__ import annotations

import re

from ...dates import find_dates
from ...dates.finder import without_year_word
from ...memo import per_source
from ...regexes import led
from ...sources.base import ANNOTATION_LABELS, BALANCED, CARDINALS, roman_number
from ...sources.model import Block
from .. import E
from ..names.patterns import LETTER_SPACED  # ("S H T Y K O V": a name set letter-spaced)
from ... import vocab
from ...vocab import (CABLE_KIND, CABLE_KIND_TITLE, CIPHERING, CLERK_TITLE, CLERK_VERB, RECEIVED_VERB, RECEIVED_VERB_TITLE,
                      ROUTING_VERB, SENT_VERB)


GAP_ONLY = re.compile(r"^\[\s*(?:\.{3,}|…)\s*\]$")


# a page marker alone on its line, "[p. 213]" (sources.base.PAGE_LINE): a page break between
# paragraphs (the brackets pass numbers the page markers)
# (the stop of "Mr." within it: "Dear Mr. Chairman:")
# (and of the abbreviated comrade: "Respected Com. Dimitrov!")
# (a letter's greeting word before the name: "Hello, Com. Molotov,", Stalin's letters)
SALUTE = re.compile(r"^(?:Hello,?\s+(?=Com|Cde|Comrade|Dear))?(?:Comrades?|Cde\.?|Com\.|Dear|Respected|Esteemed|My dear|Mr\.?|Mrs\.?)\s(?:[^.]|(?<=\bMr)\.|(?<=\bMrs)\.|(?<=\bDr)\."
                    r"|(?<=\bCom)\.|(?<=\bComr)\.|(?<=\bCde)\.){0,80}?[,:!.]?$")


# "To Comrade Kovalev.", or with where it goes first: "Pyongyang. To Comrade Shtykov.",
# or as a cable's form gives it, "To: Moscow, General Staff",
# "Moscow, Kremlin, to Comrade Filippov.", or as the cable's heading: "Telegram to Ambassador
# Wang Jiaxiang, Moscow"
# (the record's copy may write it in small letters: "to Cde. I. V. STALIN" over the text)
ADDRESS = re.compile(r"^(?:[A-Z][\w\-’']+(?: [A-Z][\w\-’']+)?[.,]\s+){0,2}(?:To:?|TO:?|(?:(?<=,\s)|^)to(?=\s+(?:Comrades?|Cde\.?|Ambassador|Chairman|Marshal|Mr\.?)\s)"
                     r"|(?:Ciphered\s+)?" + CABLE_KIND_TITLE + r"\s+to(?=\s+[A-Z]))\s+[^.;]{1,80}?[:.]?$")


# the party's Central Committee, to the comrade it is for: "CC VKP(b) to Comrade Stalin", "CC VKPB to Cde. Stalin"
PARTY_CC_ADDRESS = re.compile(r"^(?:CC|TsK)\s+[A-Z][A-Za-z]{1,6}(?:\([a-z]\))?\s+to\s+(?:Comrades?|Cdes?\.?)\s+"
                              r"[A-Z][\w\-’'.]*(?:\s+[A-Z][\w\-’'.]*){0,3}[.:]?$")

# "Personally convey to Comrade Kim Ir Sen.", "Please transmit to Comrade Vyshinsky.", "For
# transmission to Comrade Filippov.": whom the addressee hands it to, a name only
CONVEY_ADDRESS = re.compile(r"^(?:(?:Please\s+|Kindly\s+)?(?:[Pp]ersonally\s+)?(?:[Cc]onvey|[Tt]ransmit|[Dd]eliver|[Hh]and|[Pp]ass)\s+(?:personally\s+)?"
                            # ("Pass the following to Mao Zedong:", "Transmit the following answer to ...")
                            r"(?:the\s+following(?:\s+(?:answer|reply|message|letter|telegram|text))?\s+)?to"
                            # ("For immediate report to comrade Filippov [Stalin].": the Russian "for immediate report")
                            r"|(?:For|FOR)\s+(?:(?:immediate|urgent|personal)\s+)?(?:transmission|transmittal|delivery|report"
                            r"|TRANSMISSION|DELIVERY)\s+(?:to|TO))\s+"
                            r"(?:[Cc]omrades?\s+|Cde\.?\s+|(?P<the>the\s+))?(?P<name>[A-Z][^.;:]{1,60}?)[.:]?$")
# an office of a body, its name's words capitalised: "Chairman of the CC CCP", "Chairman of the Central People's Government"
OFFICE_OF_BODY = re.compile(rf"(?:{vocab.OFFICE_GRADE}[\s-]+)?{vocab.OFFICE}\s+of\s+(?:the\s+)?[A-Z][\w'’\-().]*"
                            r"(?:\s+(?:of|the|and|[A-Z][\w'’\-().]*))*")


# "To the Central Committee of the Mongolian People's Revolutionary Party, Comrade Tsedenbal:": a
# body and a person, names only (capitalised words, "of", "the", "and"), however long; where it
# goes before it too ("Peking. To the Chairman of the Central People's Government ..., Comrade Mao Tse-tung.")
NAMES_ADDRESS = re.compile(r"^(?:[A-Z][\w\-’']+(?: [A-Z][\w\-’']+)?[.,]\s+)?(?:To|TO)\s+(?:the\s+)?[A-Z][\w'’\-]*(?:,?\s+(?:of|the|and|[A-Z][\w'’\-.]*))*\s*[:.]?$")


# the address of a Chinese cable with those it is copied to: "Chairman Mao, and copied to Comrade Gao Gang:"
COPIED_ADDRESS = re.compile(r"^[A-Z][^.;:!?]{1,80}?,?\s+(?:and\s+)?(?:copied|copy|cc)\s+to\s+[^.;:!?]{1,100}:$")


# "For Mao Zedong.", "FOR COMRADE TEREBIN": the addressee, a name only
# (in small letters before a comrade: "for Comrade ZHOU ENLAI" under the address line)
FOR_ADDRESS = re.compile(r"^(?:For|FOR|for(?=\s+(?:Comrades?|Cdes?\.|Comr\.)\s))\s+(?P<name>[^.;:]{1,60}?)[:.]?$")


# "T. Stalin.", "Com. Kovalev.": the Russian dative address ("Tov. Stalinu") without its "To"
COMRADE_ADDRESS = re.compile(r"^(?:[Tt]|Tov|tov|Com|Comr|Cde)\.\s+(?P<name>[A-Z][^.;:!,]{1,60}?)\.$")


# "Beijing, Soviet Ambassador.", "Pyongyang, Shtykov": where and to whom a cable goes, in capitalised words
PLACE_ADDRESS = re.compile(r"^(?!(?:Mr|Mrs|Ms|Dr|Messrs|Gen|Col|Cde|Com|Comr|Tov)\.)"  # (a title's stop: "Mr. President:" a greeting)
                           r"[A-Z][\w\-’']+(?: [A-Z][\w\-’']+)?(?:[,.]|\s+[-–—])\s+(?:(?:to|the|of)\s+)*[A-Z][\w\-’'.]*"
                           r"(?:\s+(?:(?:to|the|of|for)\s+)*[A-Z][\w\-’'.]*){0,4}[.:]?$")


# The markings a cable carries above its text (the words of Soviet and Chinese cables in
# translation): secrecy and handling, priority, the copy; the form's name; its number; where and
# when it was sent and received.  Each a short line of its own.
_ORDINAL_WORD = r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|\d{1,2}(?:st|nd|rd|th))"
MARKING = re.compile(r"^(?:(?:(?:top|strictly|most)\s+)?(?:secret|confidential)(?:\s+and\s+(?:personal|urgent))?"
                     r"|(?:top\s+|highest\s+|extremely\s+|extra\s+|most\s+|operational\s+)?(?:priority|urgent|immediate)(?:\s+priority)?"
                     # (the Chinese form's haste, "Extra Urgent Advance", "Extremely Urgent, Advance Dispatch")
                     r"(?:,?\s+advance(?:\s+dispatch)?)?"
                     # (the Russian cable's highest priority, transliterated: "MOLNIYA", "Molniya" = lightning)
                     r"|molniya"
                     # (the Chinese form's, as the archive translates it: "Priority Level: Extra special rush")
                     r"|(?:(?:priority|urgency)\s+)?level\s*:\s*\S.{0,40}"
                     # (or its "Status: Extremely Urgent, Advance Dispatch")
                     r"|status\s*:\s*(?:extra|extremely|special|urgent|top|most|ordinary|routine)\b.{0,40}"
                     # (a Romanian cable's form's field: "Classification: Secret")
                     r"|classification\s*:\s*(?:top\s+)?(?:secret|confidential|strictly\s+secret|unclassified)"
                     # (the cipher's series, its letter quoted, the office's after it: 'Series "G" T')
                     r"|series\s+[\"“]?[A-Z]{1,2}[\"”]?(?:\s+[A-Z]{1,2})?"
                     # (the State Department's: "restricted", "niact", FRUS's pages printing them in lower case)
                     r"|restricted|unclassified|niact|limited\s+official\s+use|official\s+use\s+only"
                     r"|(?:(?:strictly|most|top)\s+)?personal(?:ly)?(?:\s+(?:to|for)\s+[A-Z][\w .\-]{0,40})?|special(?:\s+(?:folder|file|dossier))?|for your eyes only"
                     # how it goes: "BY CIPHER", "by telegraph", "By direct line"
                     r"|by\s+(?:cipher|telegraph|telegram|wire|radio|courier|special\s+courier|direct\s+(?:line|wire))"
                     r"|(?:making\s+copies|copying)\s+(?:is\s+)?(?:prohibited|forbidden)"
                     # (or "Copy" alone: the copy kept, unnumbered)
                     r"|copy(?:\s+(?:(?:no\.?|nº|n°|№|#)\s*)?\d+(?:\s+of\s+\d+)?)?"
                     # the form's letterhead, the office that issued it: "MID USSR", "Tenth Department",
                     # "SECOND MAIN ADMINISTRATION OF THE GENERAL STAFF OF THE SOVIET ARMY", the cipher office's "3RD UNIT"
                     r"|(?:MID|MFA|NKID)\s+(?:USSR|SSSR)|" + _ORDINAL_WORD + r"\s+(?:main\s+)?(?:department|directorate|administration|unit|section)"
                     r"(?:\s+of\s+the\s+[\w\s]{3,60})?)[.:!]?$", re.I)


# The form's name, the kind of document it is (TEI's "form"; no marking of its secrecy): "COPY OF AN
# OUTGOING TELEGRAM", "Ciphered Telegram.", "Cipher telegram", "Coded telegram", "Enciphered telegram",
# "Cable", "Radiogram"
FORM = re.compile(r"^(?:(?:copy\s+of\s+(?:an?\s+)?)?(?:outgoing|incoming)\s+(?:(?:en)?ciphered\s+)?" + CABLE_KIND +
                  r"|" + CIPHERING + r"\s+(?:" + CABLE_KIND + r"|message)"
                  # (a message telephoned over the government's line: "Telephone message via VCh", "Telephonogram")
                  r"|telephone\s+message(?:\s+(?:via|by|over)\s+[\w\-]{2,12})?|telephonogram"
                  # (the Chinese form's name, as the archive translates it: "Telegraph file", "Ministry of Foreign
                  # Affairs Cable", "Cable Received by the Ministry of Foreign Affairs", "Received by the [Chinese]
                  # Foreign Ministry")
                  r"|telegraph\s+file|(?:ministry\s+of\s+foreign\s+affairs|foreign\s+ministry)\s+(?:cable|telegram)"
                  r"|(?:(?:cable|telegram)\s+)?received\s+by\s+(?:the\s+)?(?:\[[\w ]{2,20}\]\s+)?(?:(?-i:[A-Z])[\w\-]*\s+){0,3}"
                  r"(?:ministry|committee|department|bureau|office|council)(?:\s+of(?:\s+(?-i:[A-Z])[\w\-]*){1,3})?"
                  r"|" + CABLE_KIND +
                  # (the Chinese form's heading, as the archive translates it: "Telegram received by the Central Committee")
                  r"|telegram\s+received\s+by\s+(?:the\s+)?[\w\[\] ]{2,60})[.:!]?$", re.I)


# (a registry's letters after the number: "No. 405889/sh")
NUMBER_LINE = re.compile(r"^(?:[A-Za-z]+\.?\s+){0,3}(?:No|NO|no|Nr|NR|Nº|N°|№|N|#|Number|NUMBER)\.?\s*\d[\d/\-]*(?:/[A-Za-z]{1,4})?"
                         r"(?:\s*(?:,|and|AND)\s*\d[\d/\-]*)*$")


# (not a sentence of the text that begins so: "Received your telegram of 26th February. I am very happy.")
# (or when it reached the office that deciphered it: "Came to the Decoding Department at 05.29.1962 at
# 23:00", a Polish ciphergram's form)
TRANSMISSION = re.compile(r"^(?:from\s+[A-Z][\w\- ]{1,40}?(?:[.,]\s*|\s+)|" + _ORDINAL_WORD + r"\s+(?:main\s+)?department\s+)?"
                          rf"(?:{ROUTING_VERB}|arrived|"
                          r"came\s+to\s+the\s+(?:[\w\-]+\s+){0,3}?(?:department|section|office|bureau|unit)\b|"
                          rf"incoming|outgoing|distributed|{CLERK_VERB}\s+(?:by|on|at))\b(?!\s+(?:your|our|my|his|their)\b)", re.I)


# the time a clerk's line under the text gives on the line under it: "Typed by Plyvkina" / "at 0230 2
# September" (the time, then the date or nothing)
CLERK_TIME = re.compile(r"^at\s+\d{1,2}[:.]?\d{2}(?:\s*(?:hours|hrs\.?|h\.?))?"
                        r"(?:,?\s+\d{1,2}(?:\s+[A-Z][a-z]+\.?|[./][\dIVX]{1,4})(?:\s+\d{4}|[./]\d{2,4})?)?\.?$")


# a routing line that says where the cable came from before its number or time: "From Pyongyang
# Incoming No. 3318", "From Beijing, received 3.55 13.5.1950"
FROM_ROUTING = re.compile(r"^(?i:from)\s+[A-Z][\w\-’']+(?:[ -][A-Z][\w\-’']+)?(?:[.,]\s*|\s+)"
                          rf"(?:(?i:{ROUTING_VERB}|incoming|outgoing)\b|(?:No|NO|Nº|№)\.?\s*\d)")

# where from and from whom, the form's two columns run together: "From BEIJING From Kuznetsov"
FROM_AND_FROM = re.compile(r"^(?i:from)\s+[A-Z][\w\-’']+(?:[ -][A-Z][\w\-’']+)?\s+(?i:from)\s+(?:(?:Comrade|Cde\.)\s+)?"
                           r"(?:[A-Z]\.\s?){0,2}[A-Z][\w\-’']+\.?$")


# the cipher office's registry of the copies it made, under the text: "sent in one copy from an original",
# "by Mokrov Nº 1644" (the clerk and the registry number), "Two copies printed. Nº 2 to file."
_COUNT = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})"
# the Chinese form's lines of where the cable came from and the number it came in under, as the archive
# translates them: "From the Moscow Desk", "Received from the Vietnam Desk", "From the Station in Vietnam";
# "Received (65) No. 284", "Foreign Ministry Incoming (64) You (1052)"
DESK_LINE = re.compile(r"^(?:received\s+)?from\s+the\s+(?:[\w\[\] ]{2,30}\s+desk|station\s+in\s+[\w\[\] ]{2,30})$", re.I)
# the cable's kind and its number with no "No." between ("TELEGRAM 066.808", a Romanian cable's form), or the
# form's "No.:" field ("No.: 059.156")
KIND_NUMBER = re.compile(r"^(?:(?i:telegram|cable|ciphergram|cryptogram)\s+|(?:No|Nr)\.?\s*:\s*)\d{2,}[\d./]*\d$")
# the form's field of the post that sent it: "Sender: Pyongyang"
SENDER_FIELD = re.compile(r"^Sender\s*:\s*[A-Z][\w’' ]{1,40}$")
INCOMING_NUMBER = re.compile(r"^(?:[A-Z][\w ]{2,40}\s+)?(?i:incoming|outgoing|received)\s+\(\d\d\)\s+(?:No\.\s*\d+|[A-Z]\w*\s*\(\d+\))$")


REGISTRY = re.compile(rf"^(?:(?:sent|printed|typed|made|copied|issued)\s+in\s+{_COUNT}\s+cop(?:y|ies)\b.{{0,60}}"
                      rf"|{_COUNT}\s+cop(?:y|ies)\s+(?:printed|typed|made|sent)\b.{{0,40}}"
                      r"|by\s+[A-Z][\w\-’']+\s+(?:No|Nº|N°|№)\.?\s*\d[\w/\-]*\.?)$", re.I)


# The cipher office's clerks under a cable, by name or rank, with the copies made or not, a date
# or not: "Typed by Captain Belousov, 3 copies", "Deciphered by Lt. Orlova"; and the copies alone,
# "3 copies", "Printed in 2 copies" (not "Printed by the Foreign Languages Press": a name follows "by")
# (who checked and issued it too, "Verified by Shift Chief Sadov[in] 0350", "Issued by Nekipelov  Authenticated
# by: [illegible signature]", two clerks on one line set apart by spaces; the copies with the typist's
# initials, "17 copies. vg")
_CLERK = (rf"{CLERK_VERB}"
          # (or with a colon alone, the name in parentheses: "Authenticated: (Khokhlov)")
          rf"(?:\s+by:?|:)\s+(?:\[[^\[\]]{{1,40}}\]|\([A-Z][\w’'\-]+\)|(?:{CLERK_TITLE}\s+)*"
          r"(?:[A-Z]\.\s?){0,2}[A-Z][\w’'\-]+(?:\[[a-z]{1,4}\])?(?:\s+[A-Z][\w’'\-]+){0,2}"
          r"(?:[,;]?\s+(?:\d{1,2}\s+cop(?:y|ies)|[\d.:/\s]{4,20}))*)\.?")
# (the day the clerk did it before him: "11 November 1945 Authenticated: (Khokhlov)"; the pages or
# copies with the clerk's signature, "1p [signature]")
CLERK_LINE = re.compile(rf"^(?:\d{{1,2}}\s+[A-Z][a-z]+\s+\d{{4}}\s+|\d{{1,2}}[./]\d{{1,2}}[./]\d{{2,4}}\s+)?{_CLERK}(?:\s{{2,}}{_CLERK})*$"
                        r"|^(?:(?:typed|printed|made)\s+in\s+)?\d{1,2}\s+cop(?:y|ies)(?:\s+(?:typed|printed|made))?\.?"
                        r"(?:\s+(?-i:[a-z]{1,3})\.?)?$"
                        r"|^\d{1,2}\s?(?:p|pp|ex|ekz)\.?\s+\[(?:illegible\s+)?signature\]$", re.I)


def registry_line(text: str) -> bool:
    """A line of the cipher office's registry or of its clerks under the text ("Two copies printed.",
    "Typed by Captain Belousov", "5 copies"): a date on the line under it is theirs, not the telegram's."""
    return bool(REGISTRY.match(text) or CLERK_LINE.match(text) or SENT_BY.match(text.strip()))


# the clerks who sent and took a message telephoned or wired, each on a line of his own under the
# text: "sent by Yerofeyev" / "received by Novoselova" (not a clerk's verb anywhere else: "received by
# Stalin" in a sentence is the addressee)
SENT_BY = re.compile(rf"^(?:sent|received|transmitted|accepted|taken)\s+by:?\s+(?:{CLERK_TITLE}\s+)*(?:[A-Z]\.\s?){{0,2}}"
                     r"[A-Z][\w’'\-]+\.?$")


# the routing line's words before its date of receipt and of sending ("Received in Moscow 7
# February 1950 at 2340", "Sent 4.2.49 at 23:00", "Dispatched from Peking 6.2.1950")
RECEIVED_WORDS = rf"\b{RECEIVED_VERB}\b[^.;]{{0,20}}$"
SENT_WORDS = rf"\b{SENT_VERB}\b[^.;]{{0,30}}$"


# who else receives a copy: "Copies: Stalin, Molotov, Malenkov", "Copy to: Gromyko", "Distribution: ..."
# "Transmitted through Krasovsky", "Sent via Comrade Shtykov": whose hands the cable passed through
# (or, without the verb, after where it was sent from: "Pyongyang, via Razuvaev", "Via Comrade Shtykov")
TRANSMITTED_THROUGH = re.compile(r"^(?:(?:transmitted|sent|passed|relayed|forwarded|delivered)\s+(?:through|via|by)"
                                 r"|(?:[A-Z][\w\-’']+,\s+)?(?:via|through))\s+"
                                 r"(?:(?:Comrade|Cde\.|Ambassador|General|Marshal)\s+)?(?P<name>(?:[A-Z]\.\s?){0,3}"
                                 r"[A-Z][\w’'\-]+(?:\s[A-Z][\w’'\-]+)?)\.?$", re.I)


# the form's copy list run into one line by a copy of the PDF's text: "Copy Nº 1 to Cde. Stalin Copy Nº 2 to
# Cde. Stalin Copy Nº 3 to Cde. Molotov ..." (the list, with what the form printed among it)
RUN_COPIES = re.compile(r"^Copy\s+(?:No\.?|Nº|N°|№)\s*\d+\s+to\s+\S.{0,60}?\s+Copy\s+(?:No\.?|Nº|N°|№)\s*\d+\s+to\s", re.I)


DISTRIBUTION = re.compile(r"^(?i:copy)\s+(?!N[oº°]|to\b)(?:\[[^\[\]]{1,30}\]\s*)?[A-Z][\w ]{1,60}:$"  # (the Chinese form's "Copy [Chinese] Central Committee:")
                          # (and the Chinese form's "Already forwarded to: Chairman, Liu [Shaoqi], ...")
                          r"|^(?:copies|copy|distribution(?:\s+list)?(?:\s*[-–—]\s*\d+\s+copies)?|distributed|sent|cc"
                          r"|(?:already\s+)?forwarded)(?:\s+to)?\s*:\s*[A-Z].{0,150}$"
                          # without the colon, a list of names: "Sent to Stalin, Molotov, Malenkov."
                          r"|^(?:copies|copy|distributed|sent)\s+to\s+(?:Comrades?\s+)?(?:[A-Z][\w.’'\- ]{1,30},\s*)+"
                          r"(?:and\s+)?[A-Z][\w.’'\- ]{1,30}\.?$"
                          # the form's list, a copy a line: "Copy Nº 1 Distribution list", "Copy Nº 8 to Kaganovich",
                          # "Copy Nº 17 to file", "Copy Nº 15 copy"
                          # (several copies to one, the sign doubled, "copies NºNº 1-2 to Cde. Poskrebyshev", "copy Nº 3 – to ...")
                          r"|^cop(?:y|ies)\s+(?:(?:no\.?|nº|n°|№)\s*)+\d+(?:\s*[-–]\s*\d+)?\s+(?:[-–]\s+)?"
                          r"(?:to\s+\S.{0,40}|distribution\s+list|copy)$"
                          # a numbered list of whom, a copy a line: "1. Comr. Stalin", "4. Comr. 10th department"
                          r"|^\d{1,2}\.\s+(?:Comr?\.|Cde\.|Comrades?|t\.)\s+[A-Z\d][\w\-’']*"
                          r"(?:\s+(?-i:[A-Z][\w\-’']*|department|section|directorate|file))*$", re.I)


# "Enclosure: the list of the cases, 4 pages.", "Encl.: 2", "Attachments: ...": what the document
# says is sent with it, under its closing lines (the editor's "[Attachment: ...]" is an ANNOTATION)
ENCLOSURE = re.compile(r"^(?:enclosures?|encl\.|attachments?|appendix|appendices)(?:\s+(?:no\.\s*)?\d+)?\s*[:.\-–]\s*\S.{0,200}$", re.I)


DIGITS = re.compile(r"\d")

# the routing FRUS prints above the signature, the cable's numbers at each post: "Sent Hanoi 36.
# Repeated Paris 1234, Saigon 56.", "Department pass London, Paris. Repeated information London 88,
# Paris 71.", "Sent Department 123, repeated Paris 45."
_POST = r"(?:the\s+)?[A-Z][\w.'’\-]*(?:\s+[A-Z][\w.'’\-]*){0,2}(?:\s+(?:as\s+)?(?:No\.\s*)?\d+)?"
_ROUTE = (r"(?:[Ss]ent|[Rr]epeated|[Rr]ptd|[Pp]assed|(?:(?:Department|Dept)\s+)?[Pp]ass)\s+(?:to\s+)?(?:info(?:rmation)?\s+)?"
          rf"{_POST}(?:,?\s+(?:and\s+)?{_POST})*")
ROUTING = re.compile(rf"^{_ROUTE}(?:[.;,]?\s+{_ROUTE})*\.?$")


# 1. 1) (1), and lettered points (a) a) (the letter after "(" or before ")" only: "a." may be a word)
NUMBERED = re.compile(r"^(?:(?P<n>\d{1,2})[.)]|\((?P<pn>\d{1,2}|[a-z])\)|(?P<ln>[a-z])\))\s+(?P<text>\S.*)$", re.S)


# the editor's note in brackets a paragraph begins with, a point's number after it
LEADING_NOTE = re.compile(r"^(?P<note>\[[A-Z][^\[\]\n]{2,300}\])\s+(?=\S)")


# "[Handwritten: ...]", "[Marginal note by Stalin: ...]", "[Stamp: ...]": the source editor's
# description of what is written or stamped on the document, a paragraph of its own
ANNOTATION = re.compile(rf"^\[(?P<label>(?:{'|'.join(ANNOTATION_LABELS)})"
                        # (the editor's own brackets inside it: "... with inventory [opis’] Nº 31 ...")
                        # (its words left out, "[handwritten:]": the editor says only that something is written)
                        r"\b[^:\[\]]{0,60}?)(?:\s*:\s*(?P<text>(?:[^\[\]]|\[[^\[\]]*\])+?)?)?\s*\]\.?$", re.I | re.S)


# "Central Committee:", "Comrades Mao and Zhou!": whom the letter addresses, without "Comrade" or "Dear"
ADDRESSEE = re.compile(r"^[A-Z][\w'’\-]*(?:\s+(?:and|of|the|[A-Z][\w'’\-.]*)){0,8}[:,!]$")
# the addressees named one after another on a line of their own, "Manner, Sirola, Kuusinen, Valpas and
# Viiku" (over the greeting "Dear Comrades,": Lenin's letter to the Finnish comrades)
# ("Höglund, Ström and Åström"; "Wilhelm, Jakob, Sofia, Tomas": three names at least without "and");
# each word a capital and a small letter, in any alphabet (checked in names_line: re has no class for them)
_LISTED_NAME = r"(?:[^\W\d_]\.\s?){0,2}[^\W\d_]{2}[\w'’\-]*(?:\s[^\W\d_]{2}[\w'’\-]*){0,2}"
_NAMES_LINE = re.compile(rf"^{_LISTED_NAME}(?:,\s+{_LISTED_NAME})*(?P<last>,?\s+and\s+{_LISTED_NAME})?[.,:]?$")


def names_line(text: str) -> bool:
    """A line that names addressees one after another, and nothing else."""
    listed = _NAMES_LINE.match(text.strip())
    if listed is None:
        return False
    names = re.split(r",?\s+and\s+|,\s+", text.strip().rstrip(".,:"))
    words = [w for name in names for w in name.split() if not w.endswith(".")]  # (initials apart)
    return len(names) >= (2 if listed.group("last") else 3) and all(w[0].isupper() and (w[1].islower() or w[1] in "'’") for w in words)


# an address line of names and titles alone, its comma or none: "Chairman Stalin,", "The Council of
# Ministers,", "The Government of the Soviet Union" (lines of their own above the salutation)
ADDRESS_WORDS = re.compile(r"^[A-Z][\w'’\-]*(?:\s+(?:and|of|the|[A-Z][\w'’\-.]*)){0,10},?$")
# the editor's note standing for the signature, in round brackets: "(Signed and dated in Beijing)",
# "(Signed as Chairman of CPG of PRC and dated)"
SIGNING_NOTE = re.compile(r"^\((?P<label>signed|unsigned)\b(?P<text>[^()]{0,150})\)\.?$", re.I)


# a time after a dateline's date: "3 January, 11 p.m.", "10.1.49, 23.30", with the clock it is
# read by ("10.00 hours Beijing time"), or the time of day in words ("3 April 1950, night")
# (the date's own reading may have taken the hour: " Beijing time" is then what is left)
# (after a dash too, as FRUS prints it: "January 14, 1950—6 p.m.")
TIME_AFTER = re.compile(r"^(?:,|[—–-])?\s*(?:(?:at\s+)?\d{1,2}(?:[.:]\d\d)?\s*(?:[ap]\.\s?m\.?|hours|hrs\.?|h\.?)?\s*)?"
                        r"(?:(?:by\s+)?(?-i:[A-Z][a-z]+)\s+time|(?:at\s+|in\s+the\s+)?(?:night|evening|morning|afternoon"
                        r"|midnight|noon))?\.?$", re.I)


ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
            "eleventh", "twelfth"]


# "I. On 14 July ...", "II. We discussed ...": points numbered in roman (not initials, "I. V. Stalin")
ROMAN_POINT = re.compile(r"^(?P<n>[IVX]{1,4})\.\s+(?![A-Z]\.)(?P<text>\S.*)$", re.S)


ORDINAL = re.compile(r"^(?P<word>%s)[.:,]\s+\S" % "|".join(ORDINALS), re.I)


# the mark a point's style is kept in while the body is built (see _nest_points); never written out
STYLE = "_point-style"


def numbered_point(text: str, roman: bool = False):
    """(number, style, text after the number) of a numbered point, else None: "1. " ("1", "1."),
    "2) " ("2", "1)"), "(b) " ("b", "(a)"), "c) " ("c", "a)"), "II. " ("II", "I.") where the text
    numbers its points in roman, "Second, " ("2", "first"); after the editor's note the paragraph
    begins with ("[Translator's note: ...] 3. There were ..."), the note kept before the text."""
    note = LEADING_NOTE.match(text)
    if note:
        point = numbered_point(text[note.end():], roman)
        return point and (point[0], point[1], note.group("note") + " " + point[2])
    m = NUMBERED.match(text)
    if m and m.group("n"):
        return m.group("n"), "1" + text[len(m.group("n"))], m.group("text")
    if m:
        n = m.group("pn") or m.group("ln")
        style = ("(%s)" if m.group("pn") else "%s)") % ("1" if n.isdigit() else "a")
        return n, style, m.group("text")
    m = ROMAN_POINT.match(text) if roman else None
    if m:
        return m.group("n"), "I.", m.group("text")
    m = ORDINAL.match(text)
    if m:
        return str(ORDINALS.index(m.group("word").lower()) + 1), "first", text
    return None


TABLE_ROW = re.compile(r"^\|.*\|$")


# the line a telegram sent in parts sets where one begins: "Part two.", "Part 2 of 3", "PART II",
# "Continuation.", "(Continuation of telegram No. 54)"; a milestone and its words (see part_line)
_PART_CARDINALS = list(CARDINALS[:10])
_PART_ORDINALS = ORDINALS[:6]
_PART_NUMBER = r"\d{1,2}|[IVX]{1,4}|" + "|".join(_PART_CARDINALS + _PART_ORDINALS)
PART_LINE = re.compile(rf"^\(?(?:part\s+(?P<n>{_PART_NUMBER})(?:\s+of\s+(?:{_PART_NUMBER}))?(?:\s*[(,:\-–—]?\s*continu(?:ation|ed)\)?)?"
                       r"|continu(?:ation|ed)(?:\s+of\s+(?:the\s+)?(?:telegram|cable|message|text)(?:\s+(?:No\.|Nº|N|#)\s*[\w/\-]+)?)?)"
                       r"\s*[.:]?\)?$", re.I)


# the line that closes a part: "End of part one", "END OF PART 1.", "(End of the first part)"
END_OF_PART = re.compile(rf"^\(?end\s+of\s+(?:the\s+)?(?:part\s+(?P<n>{_PART_NUMBER})|(?P<ordinal>{'|'.join(_PART_ORDINALS)})\s+part)"
                         r"\s*[.:]?\)?$", re.I)


def part_line(text: str) -> tuple[bool, str | None]:
    """Whether the line marks where a part of the telegram begins, and the part's number as a
    figure where it gives one ("Part two." 2, "Part II" 2, "Continuation." none)."""
    match = PART_LINE.match(text.strip())
    if not match:
        return False, None
    return True, _part_number(match.group("n"))


def end_of_part_line(text: str) -> tuple[bool, str | None]:
    """Whether the line marks where a part of the telegram ends ("End of part one"), and that
    part's number as a figure where it gives one."""
    match = END_OF_PART.match(text.strip())
    if not match:
        return False, None
    return True, _part_number(match.group("n") or match.group("ordinal"))


def _part_number(n: str | None) -> str | None:
    if n is None or n.isdigit():
        return n
    word = n.lower()
    if word in _PART_CARDINALS:
        return str(_PART_CARDINALS.index(word) + 1)
    if word in _PART_ORDINALS:
        return str(_PART_ORDINALS.index(word) + 1)
    return str(roman_number(n))


BULLET = re.compile(r"^[•·▪●◦\-–*]\s+(?P<text>\S.*)$", re.S)


OPEN_QUOTES = "\"“„«‘"


CLOSE_QUOTES = "\"”“»’"


# the courtesy a diplomatic note ends with: "I beg you, Mr. Ambassador, to accept the assurances of my
# highest consideration.", "Accept, Sir, ...", "I avail myself of this opportunity ..."; or its first
# words, the rest the editor's "[etc.]" (not a request ending in another bracket: "I ask you to tell Mao [Zedong].")
COURTESY = (r"(?:I\s+(?:beg|ask|wish|request)\s+you|(?:please\s+)?accept|I\s+avail\s+myself)"
            r"(?:[^.\[\]]|(?<=Mr)\.|(?<=Mrs)\.){0,160}?(?:\b(?:consideration|esteem|respect)|(?=\s*\[(?:etc|\.{3}|…)))")


# The formula a telegram ends with, waiting for the answer or greeting: "Waiting for an answer.",
# "Awaiting your reply.", "We await your instructions", "Greetings.", "With communist greetings,",
# "Regards" (a closing line of its own, even where no signature follows: a collected works' text
# that ends with it before the edition's notes)
ENDING_FORMULA = re.compile(r"^(?:(?:(?:I|we)\s+(?:am|are)\s+|I\s+|we\s+)?(?:awaiting|waiting\s+for|await|expecting"
                            r"|looking\s+forward\s+to)\s+(?:your|an?|the)\s+(?:(?:early|speedy|prompt|urgent|quick)\s+)?"
                            r"(?:answer|reply|response|decision|instructions|news)"
                            # the courtesy a diplomatic note ends with, whole or as the editor shortens it:
                            # "I beg you [etc.]", "Accept, Mr. Ambassador, the assurances of my highest consideration."
                            rf"|{COURTESY}"
                            r"|(?:with\s+)?(?:(?:my|our|best|warm|warmest|fraternal|comradely|communist|cordial|heartfelt"
                            r"|kind|kindest|sincere|bolshevik)\s+){0,2}(?:greetings|regards|salutes?)"
                            r"(?:\s+to\s+(?:the\s+|all\s+(?:the\s+)?|our\s+|your\s+)?(?:friends|comrades))?"  # "Greetings to the friends!"
                            # what the addressee is to do on receipt, the cable's last lines: "Confirm receipt.",
                            # "Telegraph the fulfillment.", "Report on the execution."
                            r"|(?:please\s+)?(?:confirm|acknowledge)\s+(?:the\s+)?receipt"
                            # ("Immediately telegraph the fulfillment.", "Telegraph when this is done.", the editor's
                            # original words after it, "Telegraph the fulfillment [ispolneniie telegraf’te].")
                            r"|(?:please\s+)?(?:(?:immediately|urgently|promptly)\s+)?(?:telegraph|report|cable|wire)\s+"
                            r"(?:(?:on\s+)?(?:the\s+)?(?:fulfil?l?ment|execution|implementation|delivery|results?)(?:\s+of\s+(?:this|the)\s+\w+)?"
                            r"|(?:when|once)\s+(?:this|it)\s+(?:is|has\s+been)\s+(?:done|fulfilled|carried\s+out|executed|delivered)))"
                            r"(?:\s*\[[^\[\]]{1,60}\])?[.!,]?$", re.I)


# "Awaiting your reply,", "With deep respect,"; or a greeting alone before the signature: "Greetings.",
# "Regards!"; or, without a stop, the letter's "Your devoted", "Yours sincerely", "Respectfully yours"
CLOSING_FORMULA = re.compile(r"^[A-Z][^.]{2,60},$|^(?:(?:[A-Z]\w*\s+){0,3}(?:greetings|regards|salutes?)|Salute)[.!]$"
                             r"|^(?:yours?|respectfully|sincerely|faithfully)(?:\s+[a-z]+){0,2}$"
                             # (the formula on its own line without its comma, as FRUS prints a translation:
                             # "With sincere respect" / "Stalin")
                             r"|^with\s+(?:[a-z]+\s+){0,3}(?:respect|esteem|regards|gratitude|friendship|greetings|wishes)[.!]?$"
                             # (the leave-taking FRUS shortens, "I am [etc.]", "Accept [etc.]")
                             r"|^(?:I\s+am|I\s+have\s+the\s+honor|Accept)\s*,?\s*\[etc\.?\]\.?$"
                             rf"|{ENDING_FORMULA.pattern}", re.I)


REPLY_ANNOUNCED = re.compile(r"\b(answer|reply|replying|respond|responding|response)\b", re.I)


FOLLOWING = re.compile(r"\b(following|like this|this way|as follows|in this manner|tentatively)\b", re.I)
# the space after a sentence (base.SENTENCE_END is a line's last character that ends one)
SENTENCE_BREAK = re.compile(r"(?<=[.!?])\s+")


POSTSCRIPT = re.compile(r"^(?:P\.\s?S\.|PS[.:]|Postscript:)\s*\S", re.I)


HEAD_LINE = re.compile(r"^\(.{5,200}\)$")


# (the series' number in brackets too, "... 6 February 1949 (50/III)")
HEAD_WORD = re.compile(r"^(?:[A-Z][\w'’\-]*\.?|(?:[A-Z]\.)+[A-Z]?\.?|to|from|for|and|of|the|\(\d+(?:/[IVX]+)?\)|\d+)$")


# the marking and the parties the message's own first line gives, as the wartime correspondence's
# cables have it: "Secret and personal from the President for Premier Stalin.", "Top Secret and
# Personal, from the President to Marshal Stalin."
_MARK = r"(?:(?:most|top|strictly)\s+)?(?:personal|secret|confidential|private)"
MARKED_PARTIES = re.compile(rf"^{_MARK}(?:\s+and\s+{_MARK})?,?\s+from\s+(?:the\s+)?[A-Z][^.;:]{{1,80}}?\s+(?:to|for)\s+"
                            r"(?:the\s+)?[A-Z][^;:]{1,80}?\.?$", re.I)


# the parties first, the marking and the number after them, as the Prime Minister's cables head their
# text: "Prime Minister to President Truman. Personal and top secret. Number 56."
PARTIES_MARKED = re.compile(rf"^(?:the\s+)?[A-Z][\w.’'\-]*(?:\s+[A-Z][\w.’'\-]*){{0,3}}\s+to\s+(?:the\s+)?[A-Z][\w.’'\-]*"
                            rf"(?:\s+[A-Z][\w.’'\-]*){{0,3}}[.,]?\s+{_MARK}(?:\s+and\s+{_MARK})?[.,]?"
                            r"(?:\s+(?:Number|No\.)\s*\d{1,5}(?:,\s+yours\s+(?:number|No\.)\s*\d{1,5})?\.?)?"
                            r"(?:\[\d{1,2}\])?$", re.I)  # (a note's mark after it: "... yours number 691.[2]")


# a cable's markings run together on its line, as a scan's text runs them: "Ciphered telegram
# Strictly secret Copying prohibited"
_MARKING_WORDS = (r"(?:" + CIPHERING + r"\s+" + CABLE_KIND + r"|(?:top\s+|strictly\s+)?secret|copying\s+(?:is\s+)?prohibited"
                  r"|making\s+copies\s+(?:is\s+)?prohibited|(?:top\s+)?priority|urgent|personal|copy\s+(?:no\.?|nº|№)\s*\d+)")
# (set apart by a dash too: "CODED TELEGRAM – TOP SECRET")
RUN_MARKINGS = re.compile(rf"^{_MARKING_WORDS}(?:(?:[\s.,;]+|\s+[–—-]\s+){_MARKING_WORDS})+\.?$", re.I)
# a cable's routing on one line, where from and to whom: "From Pyongyang To Vyshinsky"
FROM_TO = re.compile(r"^From\s+[A-Z][\w'’\-]+(?:\s[A-Z][\w'’\-]+)?[.,]?\s+(?:To|to|TO)\s+[A-Z][\w'’\-.]+(?:\s[A-Z][\w'’\-]+)?\.?$")


_SENTENCES = re.compile(r"(?<=[.!])(?<!No\.)\s+(?=[A-Z])")


@per_source.remember
def cable_line(text: str) -> str | None:
    """The kind of a line a cable carries above (or after) its text: "classification" (TOP
    SECRET, Making copies prohibited, Top priority, Copy No. 1, BY CIPHER), "form" (the form's
    name: CIPHERED TELEGRAM, COPY OF AN OUTGOING TELEGRAM), "number" (CIPHERED TELEGRAM
    No. 25512, Special No. 8444), "transmission" (From Beijing, dispatched 3.40, received 3.55
    13.5.1950), "distribution" (Copies: Stalin, Molotov), "enclosure" (Enclosure: the list of
    the cases, 4 pages), or None."""
    text = text.strip()
    if DISTRIBUTION.match(text) or RUN_COPIES.match(text):
        return "distribution"
    if ENCLOSURE.match(text):
        return "enclosure"
    if ROUTING.match(text) and DIGITS.search(text):
        return "transmission"
    if RECEIVED_LINE.match(text) and DIGITS.search(text):  # "[Received: 5.II.1951]": the editor's note of receipt
        return "transmission"
    if PARTIES_MARKED.match(text):  # (long with its numbers: "... Personal and Top Secret Number 876, yours number 691.")
        return "classification"
    if len(text) > 90:
        return None
    # a marking with the original's word the editor gives after it, "URGENT [vne ocheredi]"
    original_word = re.match(r"(?P<marking>[A-Z][A-Za-z ]{2,30}?)\s*\[[a-z][a-z' ]{2,30}\]$", text)
    if original_word and MARKING.match(original_word.group("marking")):
        return "classification"
    words = text.rstrip(".:").split()
    if FORM.match(text):
        return "form"
    if MARKING.match(text) and (len(words) <= 6 or LETTERHEAD.match(text) and len(words) <= 14) \
            or MARKED_PARTIES.match(text) or RUN_MARKINGS.match(text) and len(words) <= 10:
        return "classification"
    parts = _SENTENCES.split(text)  # "Top Secret. Priority.": markings on one line
    if len(parts) > 1 and len(words) <= 8 and all(MARKING.match(p) or FORM.match(p) for p in parts):
        return "classification" if any(MARKING.match(p) for p in parts) else "form"
    if INCOMING_NUMBER.match(text) or KIND_NUMBER.match(text):
        return "number"
    if SENDER_FIELD.match(text):
        return "transmission"
    if DESK_LINE.match(text):
        return "transmission"
    slashed = re.split(r"\s+/\s+", text)  # "Level: Special / From the Moscow Desk / Received (65) No. 780": the form's lines run on
    kinds = [cable_line(p) for p in slashed] if len(slashed) > 1 else []
    if kinds and all(kinds):
        return "classification" if "classification" in kinds else kinds[0]
    if REGISTRY.match(text):
        return "transmission"  # (the registry's lines: how the cable was copied and filed, a line of its routing)
    if PRC_FORM_LINE.match(text):
        return "transmission" if text[:8].lower() == "telegram" else "number"
    if FROM_ROUTING.match(text) and DIGITS.search(text):
        return "transmission"  # "From Pyongyang   Incoming No. 3318": where from, with the number it came in under
    if FROM_AND_FROM.match(text):
        return "transmission"
    if NUMBER_LINE.match(text.rstrip(".:,")):  # (",": "Number 178, Top Secret and Personal, ...")
        return "number"
    ministry = MINISTRY_FIRST.match(text)
    if ministry and NUMBER_LINE.match(text[ministry.end():].strip().rstrip(".:,")):
        return "number"  # the ministry's registry stamp, "MFA USSR Special N1475": its name, then the number
    # the number the editor read from the hand that wrote it, the clerk's signature after it: "Nº [handwritten:
    # 328/ag] [signature]"
    if NUMBER_LINE.match(re.sub(r"\s*\[(?:illegible\s+)?signature\]", "", HANDWRITTEN_WORDS.sub(r"\1", text)).rstrip(".:,")):
        return "number"
    if CLERK_TIME.match(text):
        return "transmission"
    if TRANSMISSION.match(text) and DIGITS.search(text) and (len(words) <= 14 or len(words) <= 20 and TIME_AT_END.search(text)) \
            or TRANSMITTED_THROUGH.match(text) or CLERK_LINE.match(text) or SENT_BY.match(text):
        return "transmission"  # ("Sent to the 8th Department of the General Staff of the Armed Forces 31.8 17:35")
    columns = re.split(r"\s{3,}", text)
    marking_after = MARKING_AT_END.search(text)
    if len(columns) == 1 and marking_after and len(words) <= 8 and cable_line(text[:marking_after.start()]) == "number":
        # the columns' spaces lost in a copy of the PDF's text: "CABLE Nº 58458 TOP SECRET"
        return "number"
    if OFFICE_MARKED.match(text):
        return "classification"
    if len(columns) > 1:
        # the form's columns on one line, set apart by spaces: "COPY OF AN OUTGOING TELEGRAM      TOP
        # SECRET", "CABLE Nº 58986      TOP SECRET", "Cable      Strictly Secret": each a line of its own
        # (the line a marking where one column is: "COPY OF AN OUTGOING TELEGRAM      TOP SECRET")
        kinds = [cable_line(c) for c in columns]
        if all(kinds):
            return next((k for k in kinds if k not in ("classification", "form")),
                        "classification" if "classification" in kinds else "form")
    return None


# a foreign ministry's name its registry stamps before the number: "MFA USSR", "MID SSSR", "USSR MFA",
# "Ministry of Foreign Affairs of the USSR", "NKID"
MINISTRY_FIRST = re.compile(r"^(?:(?:USSR|SSSR|PRC|DPRK)\s+)?(?:MID|MFA|NKID)\b(?:\s+(?:of\s+the\s+)?(?:USSR|SSSR|PRC|DPRK)\b)?"
                            r"|^(?:the\s+)?(?:Ministry|People['’]s\s+Commissariat)\s+(?:of|for)\s+Foreign\s+Affairs"
                            r"(?:\s+of\s+the\s+(?:USSR|SSSR|PRC|DPRK|[A-Z][a-z]+(?:\s+[A-Z][a-z]+){0,3}))?\b[.,]?", re.I)


# the Chinese telegram form's lines, as the archive translates them: where it came from, "Telegram From: the
# Soviet Union"; its numbers, "No. (61) 561" (the year in brackets), "Ministry of Foreign Affairs 4th department No. 42"
PRC_FORM_LINE = re.compile(r"^(?:Telegram\s+(?:From|To)\s*:\s*\S.{0,60}|No\.\s*\(\d{2}\)\s*\d+"
                           r"|[A-Z][\w ]{2,60}\b(?i:department|office|bureau|section)\s+No\.\s*\d+)$")

TIME_AT_END = re.compile(r"\b\d{1,2}[:.]\d{2}$")

# the form's letterhead, the office that issued it, at any length: "SECOND DIRECTORATE OF THE USSR ARMED FORCES GENERAL STAFF"
LETTERHEAD = re.compile(_ORDINAL_WORD + r"\s+(?:main\s+)?(?:department|directorate|administration)\s+of\s+the\s", re.I)

# a secrecy marking ending a line of the form: "... TOP SECRET", "... Strictly Secret"
MARKING_AT_END = re.compile(r"\s(?:(?:top|strictly|most)\s+)?secret$", re.I)
# the registry's stamp of the office that filed it, its columns run together, a table's stray quotation
# mark after them: "General Secretariat Secret\"", "3 European Section Secret"
OFFICE_MARKED = re.compile(r"^(?:\d{1,2}\.?\s+)?(?:[A-Z][a-z]+\s+){0,3}(?:Secretariat|Section|Department|Directorate|Chancellery)"
                           r"\s+(?i:(?:top|strictly|most)\s+)?(?i:secret)[\"”]?$")

# the words of the editor's "[handwritten: 328/ag]", for reading what the hand wrote
HANDWRITTEN_WORDS = re.compile(r"\[(?:handwritten|typed|stamped)\s*:\s*([^\[\]]{1,30})\]", re.I)


# "Beijing, to Soviet Ambassador Roshchin for transmission to Mao Zedong.": to whom, for whom
# (the handling a word before it: "for immediate transmission to")
RELAY_ADDRESS = re.compile(r"^(?:[A-Z][\w\-’']+,\s+)?(?:To|TO|to)\s+[^.;]{1,80}?\s+(?:for|FOR)\s+(?:[A-Za-z]+\s+)?(?:transmission|delivery"
                           r"|TRANSMISSION|DELIVERY)\s+(?:to|TO)\s+[^;]{1,80}?[.:]?$")


# the cable form's address in its own words: "to TEREBIN" (the name in capitals), "Destination: PEKING",
# "To Whom: SovAmbassador"
# (and the sender's line of such a form, "From: [Ambassador Boleslaw] JELEN", read as the form's heading
# line, not whom it goes to)
FORM_ADDRESS = re.compile(r"^(?:to\s+[A-Z][A-Z\-’']+(?:\s+[A-Z][A-Z\-’']+)?\.?|(?:Destination|To\s+[Ww]hom|Addressee)\s*:\s*\S.{0,50}"
                          r"|(?:From|FROM)\s*:\s*\S.{0,60}"
                          # (the form's "To:" field at any length, its persons in brackets after the body: "To: the Romanian
                          # Ministry of Foreign Affairs (to comrade Deputy Foreign Minister Constantin Oancea; to comrade ...)")
                          r"|(?:To|TO)\s*:\s*(?:the\s+)?[A-Z\[][^()]{0,80}\([^()]{1,120}\))$")


# the addressee with the handling the cable asks for in brackets, as the Comintern's cables head
# their text: "Mao Zedong (personally only)", "Zhou Enlai (personally)", "Dimitrov (personal)."
PERSONAL_ADDRESS = re.compile(r"^(?:[Tt]o\s+)?(?P<name>[A-Z][^()\n]{1,60}?)\s*\((?:strictly\s+)?(?:personally|personal|in\s+person)"
                              r"(?:\s+only)?\)[.:]?$")


# (the patterns of the lines' tests compiled here, not looked up in re's cache at each of thousands of lines)
_NOTE_MARK_AFTER = re.compile(r"(?<=[:.,])\[(?:\d{1,2}|\*{1,3}|x/)\]$")
_GREETING = re.compile(r"(?:My\s+)?[Dd]ear\s|(?:(?:Most|Deeply|Highly)\s+)?(?:[Ee]steemed|[Rr]espected)\s")
_WIDE_GAP = re.compile(r"\s{2,}")


@per_source.remember
def is_address(text: str) -> bool:
    """An address line: "To Terebin", "For Mao Zedong.", "Beijing, Soviet Ambassador."."""
    text = _NOTE_MARK_AFTER.sub("", text.strip())  # (the archive's note mark after it: "... Su Yu:[1]")
    # the editor's "to" supplied before the body it goes to: "[to the] CPSU CC", as "To the CPSU CC"
    supplied_to = re.match(r"\[(?:to|TO|To)(?:\s+the)?\]\s+(?=[A-Z])", text)
    if supplied_to:
        return is_address("To the " + text[supplied_to.end():])
    # a greeting ("Dear Mr. President:", "Esteemed Mr. Henderson:"), not where it goes
    if _GREETING.match(strip_quotes(text)):
        return False
    if FORM_ADDRESS.match(text.strip()) or FROM_TO.match(text.strip()):
        return True
    if len(text) < 120 and TO_FROM_HEADING.match(text.strip().rstrip(":.")) and not re.search(r"[a-z]{3}[.;!?]\s", text):
        return True  # "For Prime Minister Churchill from Stalin:" over a message's text: whom it is for, and from whom
    columns = _WIDE_GAP.split(text.strip())
    if len(columns) > 1 and all(FORM_ADDRESS.match(c) for c in columns):
        return True  # "Destination: PEKING  To Whom: SovAmbassador"
    if len(text) < 180 and RELAY_ADDRESS.match(re.sub(r"\b([A-Z])\.", r"\1", text)):
        return True
    # (the editor's completions of the names in it: "To the Chairman [Mao Zedong] and Comrades Liu [Shaoqi], ...:")
    if len(text) < 180 and NAMES_ADDRESS.match(re.sub(r"\[([^\[\]]{1,40})\]", r"\1", text)):
        return True
    if COPIED_ADDRESS.match(text.strip()):
        return True
    if len(text) >= 90:
        return False
    # initials too: "To Comrade Stalin I.V.", "To Cde. Kovalev."
    if PARTY_CC_ADDRESS.match(text.strip()):
        return True
    if _completed_names(text.strip()):
        return True
    # (the initials of a Russian name in two letters too: "to Comrade A. Ya. Vyshinskii")
    if ADDRESS.match(re.sub(r"\b([A-Z]|Ya|Yu|Ye|Yo|Zh|Ch|Sh|Kh|Ts)\.|\b(Cde|Com|Comr|Tov|tov|t|Mr|Mrs)\.",
                            lambda m: m.group(1) or m.group(2), text)):
        return True
    named = CONVEY_ADDRESS.match(text) or FOR_ADDRESS.match(text) or COMRADE_ADDRESS.match(text) \
        or PERSONAL_ADDRESS.match(text)
    if named:
        # ("Transmit to the Chairman of the CC CCP:", as "Transmit to Comrade Mao Zedong:"; not "Pass to the CC the following")
        if "the" in named.re.groupindex and named.group("the"):
            return named.re is CONVEY_ADDRESS and bool(OFFICE_OF_BODY.fullmatch(named.group("name")))
        return is_signature(named.group("name")) or named.re is CONVEY_ADDRESS and bool(OFFICE_OF_BODY.fullmatch(named.group("name")))
    return bool(PLACE_ADDRESS.match(text)) and len(text.split()) <= 6


_ALSO_INFORM = re.compile(r"[;,]?\s+(?:and\s+)?(?:also\s+)?(?:inform|notify|copy\s+to|report\s+to)\s+(?=[A-Z])")


_TITLE_WORDS = vocab.RANK_AND_OFFICE_WORDS | {"comrade"}  # (a title alone before a name the editor gives)


def _completed_names(text: str) -> bool:
    """The addressees' names and titles alone before a colon, the editor completing them in brackets,
    as the archive's translations of Chinese cables head them: "Huang (Kecheng) and Su (Yu):",
    "Chairman [Mao], Comrade [Liu] Shaoqi and the Central Committee:"."""
    # (a greeting's form, "Comrades [Liu] Shaoqi, Zhu [De] ...:", stays the salutation)
    if not text.endswith(":") or len(text) > 120 or is_salutation(text) or not re.search(r"\([A-Z][^()]{0,30}\)|\[[A-Z][^\[\]]{0,30}\]", text):
        return False
    # (another told to read it after them: "Gao [Gang], He [Jinnian]; also inform Ambassador Ni [Zhiliang]:")
    text = _ALSO_INFORM.sub(",", text)
    words = re.sub(r"\([^()]*\)|\[[^\[\]]*\]", "", text[:-1]).replace(",", " ").split()
    # (a title alone before the name the editor gives: "Chairman [Mao]:")
    titled = re.fullmatch(r"[A-Z][a-z]+\s*\[[A-Z][^\[\]]{0,30}\]:", text) is not None and words[0].lower() in _TITLE_WORDS
    return (1 < len(words) <= 12 or titled) and words[0][:1].isupper() \
        and all(NAME_WORD.match(w) or SALUTE_WORD.match(w.lower()) for w in words)


# a precedence marking in capitals after the address on its line, "To MID USSR URGENT", "To: ... KOWAL,
# URGENT" (not a word of the address: the form prints it there, as on a line of its own)
ADDRESS_MARKED = re.compile(r"^(?P<address>.*?[\w\])][,;]?)\s+(?P<marking>(?:(?:TOP|HIGHEST|EXTREMELY|MOST|VERY|EXTRA|OPERATIONAL)\s+)?"
                            r"(?:URGENT|PRIORITY|IMMEDIATE)|MOLNIYA|NIACT|FLASH)\.?$")


def address_and_marking(text: str) -> tuple[str, str] | None:
    """An address line and the precedence marking after it: (the address with its comma if any,
    the marking), or None."""
    m = ADDRESS_MARKED.match(text.strip())
    return m.group("address", "marking") if m and re.search(r"[a-z]|[A-Z]{2}\s+[A-Z]", m.group("address")) else None


def dated_columns(text: str) -> tuple[str, str] | None:
    """The form's date and a line of the form beside it, set apart by spaces, "15 September 1956
    Copy Nº 1": (the date, the other), or None."""
    columns = re.split(r"\s{3,}", text.strip())
    if len(columns) == 2 and is_dateline(columns[0]) and cable_line(columns[1]) in ("classification", "number"):
        return columns[0], columns[1]
    return None


def is_heading(text: str) -> bool:
    """A descriptive line before the letter: "(Answers to ...)" or "I.V. STALIN to A.I. MIKOYAN (0830)"."""
    if HEAD_LINE.match(text):
        return True
    words = text.split()
    return (2 < len(words) <= 14 and " to " in f" {text.lower()} " and not text.endswith((".", ":", ","))
            and all(HEAD_WORD.match(w) for w in words))


# (letters with diacritics too: "Gomułka", "RÁKOSI", "Gerő")
NAME_WORD = re.compile(r"^(?:[A-ZÀ-ÖØ-ÞĀ-Ž](?:[^\W\d_]|['‘’\-])*\.?|[A-Z]\.(?:[A-Z]\.)*|\[.*\]|[A-Z][a-z]+-[a-z]+)$")


# the words a salutation has besides names and titles: "Dear comrades,", "My dear Comrade Chairman!",
# "Comrades Mao and Zhou!", "Comrade Chairman of the Central Committee,"
SALUTE_WORD = re.compile(r"^(?:and|of|the|dear|my|comrades?|sir|madam|[Hh]ello|Com\.)$")


# a despatch's or an official letter's greeting with no name: "Sir:", "Gentlemen:", "Excellency,"
BARE_SALUTE = re.compile(r"^(?:Sir|Sirs|Gentlemen|Madam|Excellency)\s?[:,!]$")
# the despatch's or the letter's subject on its line under the number and date: "Subject: Removal of ..."
# (or a Chinese cable's "Contents: Intention and Plan for Visiting India", as the archive translates its form)
SUBJECT_LINE = re.compile(r"^(?:Subject|SUBJECT|Contents)\s?:\s*\S.{0,250}$")


@per_source.remember
def is_salutation(text: str) -> bool:
    """"Comrade Stalin!", "Dear Comrade Filippov [Stalin],": whom the letter greets, names and
    titles only; not a sentence that begins with them ("Comrades Gao Gang and Kim Il Sung asked
    me to transmit to Comrade Filippov the following:")."""
    if BARE_SALUTE.match(text.strip()):
        return True
    if "[" in text:  # the editor's letters inside a word: "Com[rade] Filippov"
        text = re.sub(r"(?<=[a-z])\[([a-z]+)\]", r"\1", text)
    if not SALUTE.match(text):
        return False
    # (a bracket the page left without its pair is no word: "Comrade [Liu] Shaoqi]:")
    words = re.sub(r"\[[^\]]*\]|\]", "", text).strip().rstrip(",:!").replace(",", " ").split()
    return all(NAME_WORD.match(w) or SALUTE_WORD.match(w) for w in words)


# a salutation the first paragraph runs on from, on the same line: "Comrade Mao Zedong! The Soviet
# government ...", "Dear Comrade Stalin, I have received ...", "To Comrade Kovalev. Your telegram ...";
# only these clear forms ("Comrade X," may begin a sentence), the name capitalised words, initials
# or a bracketed identification, and a sentence after it
RUN_IN_SALUTE = re.compile(r"^(?P<salute>(?P<mark>[\"“„«]?)(?:(?:My\s+)?Dear\s+(?:Comrades?|Cde\.)\s+(?P<dear>(?:[A-Z]\.\s?){0,3}[A-Z][^,!:;.]{0,60}?(?:\s\[[^\]]{1,40}\])?)[,!]"
                           r"|(?:Comrades?|Cde\.)\s+(?P<comrade>(?:[A-Z]\.\s?){0,3}[A-Z][^,!:;.]{0,60}?(?:\s\[[^\]]{1,40}\])?)!"
                           r"|To\s+(?:Comrades?|Cdes?\.)\s+(?P<to>(?:[A-Z]\.\s?){0,3}[A-Z][^,!:;.]{0,40}?)\."
                           # a diplomat's letter: "Dear Mr. Matwin:", "My dear Mr. Ambassador,", "Dear Sir :" (FRUS's
                           # pages set a space before the colon)
                           # (or as a Soviet note greets a foreign diplomat: "Esteemed Mr. Henderson: I inform you ...",
                           # "Respected Mr. Ambassador,")
                           r"|(?:(?:My\s+)?(?:[Dd]ear|DEAR)|(?:(?:Most|Deeply|Highly)\s+)?(?:[Ee]steemed|[Rr]espected|ESTEEMED|RESPECTED))"
                           r"\s+(?:(?:Mr|Mrs|Miss|Dr|MR|MRS|DR)\.?\s+)?(?P<mr>[A-Z][^,!:;.]{0,50}?)\s?[:,]))"
                           r"\s+(?P<rest>(?:[A-Z\"“]|\d{1,2}\.\s+[A-Z]).{20,})$", re.S)


def run_in_salutation(text: str, quoted: bool = False) -> tuple[str, str] | None:
    """(salutation, the paragraph after it) where the first paragraph begins with a salutation
    set on its line ("Comrade Mao Zedong! The Soviet government has received ..."), else None.
    quoted: after the quotation mark that opens the message too ('“To Cde. MAO ZEDONG. 1. ...')."""
    m = RUN_IN_SALUTE.match(text)
    if not m or m.group("mark") and not quoted:
        return None
    name = re.sub(r"\[[^\]]*\]", "", m.group("dear") or m.group("comrade") or m.group("to") or m.group("mr")).split()
    if not name or not all(NAME_WORD.match(w) or w in ("and", "of", "the") for w in name) or not name[-1][:1].isupper():
        return None
    return m.group("salute"), m.group("rest")


def strip_quotes(text: str) -> str:
    return text.strip().strip(OPEN_QUOTES + CLOSE_QUOTES).strip()


# a closing formula of one word or two, "Sincerely,", "RESPECTFULLY", "Very truly yours": capitalised
# as a name is, but no signer's
FORMULA_WORDS = re.compile(r"(?i:(?:very\s+)?(?:yours\s+)?(?:respectfully|sincerely|faithfully|cordially|truly)(?:\s+yours)?)[.,]?")


_BRACKETED = re.compile(r"\[\s*([^\[\]]+?)\s*\]")
# a character of a subject a title quotes: any but a closing quote, or an apostrophe inside a word
# ("..., 'Reactions to China's Testing of an Atomic Bomb (6)'")
QUOTED_CHARACTER = r"(?:[^'’\"”]|(?<=\w)['’](?=[\s\w]))"


# the copy's mark that the original is signed, before the name: "/-/ Nowak" (a Polish cable's "podpisano")
# (or the word, "Signed: Nicolae Gavrilescu", "Signed" on the line over the name)
SIGNED_MARK = re.compile(r"^(?:/-/|Signed\b:?)\s*")
# the word alone on the line over the signature ("Signed" / "Dumitru Popa")
SIGNED_WORD = re.compile(r"Signed:?")
_NO_NAME = re.compile(r"(?i)signature|signed|illegible.*|\w+ signature")
_BESIDE_NAME = re.compile(r"\[[^\]]*\]|(?<=\w)\s*\((?:[A-Z][\w'’\-]*\.?\s?){1,3}\)$")  # (what is no part of it)


@per_source.remember
def is_signature(text: str) -> bool:
    """A name alone on its line: capitalised words, initials, a bracketed identification (or a
    name in parentheses after it: "Andreev (Mikoyan)", "W. Gomułka (Wiesław)"); or the name the
    editor supplies for a copy nobody signed, in brackets, "[George F. Kennan]"."""
    text = SIGNED_MARK.sub("", text.strip())
    stripped = strip_quotes(text)
    if "[" not in stripped and "(" not in stripped and len(stripped) - stripped.count(" ") > 50:
        return False  # (a paragraph: more than 50 characters whatever is taken out below, the spaces of "S H T Y K O V")
    whole = _BRACKETED.fullmatch(stripped)
    if whole and not _NO_NAME.fullmatch(whole.group(1)):
        text = whole.group(1)
    text = strip_quotes(text)
    if "[" in text or "(" in text:  # (what it takes out is in brackets: a pattern tried at every position)
        text = _BESIDE_NAME.sub("", text)
    text = text.strip()
    text = LETTER_SPACED.sub(lambda m: m.group(0).replace(" ", ""), text)  # "S H T Y K O V": one word
    words = text.split()
    if FORMULA_WORDS.fullmatch(text):
        return False
    if not 1 <= len(words) <= 5 or len(text) > 50 or text.endswith((",", ":", ";")):
        return False
    if text.endswith(".") and not re.search(r"\b[A-Z]\.$", text):
        return False
    return all(NAME_WORD.match(w) for w in words)


@per_source.remember
def split_date(text: str):
    """(before, date text, after) when the line holds exactly one date, else None.  A date
    without its year counts ("3 January, 11 p.m."): the year is supplied later, by the date
    pass, from the telegram's date (here only the shape of the line matters)."""
    found = find_dates(text, context="1900-06-15")  # (a day of the month too: "Peking, the 14th")
    year = re.search(r"\b(?:19|20)\d\d\s+$", text[:found[0].start]) if len(found) == 1 else None
    if year:  # the year first, "Sofia, 1947 February 5": not a cable's number before the date (see find_dates)
        found = find_dates(text, context=f"{year.group(0).strip()}-06-15")
    if len(found) != 1:
        return None
    f = found[0]
    return text[:f.start], text[f.start:f.end], text[f.end:]


# when the cable was received, in parentheses after the date of sending: "3 March 1952 (received 4 March)"
# a cable's markings run into its dateline on one line, as FRUS prints them: "SECRET  NIACT  MOSCOW,
# January 14, 1950—6 p.m." (classification, precedence; then the place, date and time)
_DATELINE_MARK = (r"(?:TOP\s+)?SECRET|CONFIDENTIAL|RESTRICTED|UNCLASSIFIED|NIACT|PRIORITY|URGENT|(?:OPERATIONAL\s+)?IMMEDIATE"
                  r"|FLASH|NODIS|EXDIS|LIMDIS|PERSONAL")


MARKED_DATELINE = re.compile(rf"^(?P<marks>(?:(?:{_DATELINE_MARK})\s+)+)(?P<dateline>[A-Z].*)$")


# the editor's note of when the cable was received, in brackets on its own line: "[Received January 15—3:12 a.m.]"
# (or the printing's, in round brackets: "(Received in Moscow on 21.4.1949)")
RECEIVED_LINE = re.compile(rf"^(?:\[{RECEIVED_VERB_TITLE}\b[^\[\]]{{3,60}}\]|\({RECEIVED_VERB_TITLE}\b[^()]{{3,60}}\))\.?$")


RECEIVED_AFTER = re.compile(rf"\s*\({RECEIVED_VERB}\s+"
                            r"[^()]{3,40}\)\.?$", re.I)


def _dateline(text: str, block: Block) -> list:
    """A dateline; the note of receipt after its date, "3 March 1952 (received 4 March)", a
    routing line of its own beside it (a dateline holds one date, the sending's)."""
    blank = BLANK_DAY.match(text)
    if blank:  # "[date left blank] October 1948": the editor's word on the document's blank, before the dateline
        note = _at(E("note", E("label", blank.group(0).strip().strip("[]")), type="annotation", resp="#source-editor"), block)
        note.tail = " "
        return [note, *_dateline(text[blank.end():], block)]
    received = RECEIVED_AFTER.search(text)
    if received is None:
        return [_at(E("dateline", text), block)]
    dateline = _at(E("dateline", text[:received.start()]), block)
    dateline.tail = text[received.start():received.start() + len(received.group(0)) - len(received.group(0).lstrip())] or " "
    return [dateline, _at(E("seg", received.group(0).strip(), type="transmission"), block)]


_SUPPLIED_YEAR = re.compile(r"^\s*\[\d{4}\]")
# the day in the editor's brackets before the month and year the copy gives, perhaps queried: "[5?] February 1949"
EDITORS_DAY = re.compile(r"\[\d{1,2}\s?\??\]\s*$")
# (the place with its country, or with the building: "Moscow, the Kremlin, 3 May 1950")
# (or a dash after the place, as a typed copy sets it apart: "Moscow -- 5th of February, 1950", "Moscow — 5 February")
# (the day of the week abbreviated, "Sun., 5 Feb. 1950", "Moscow, Sun., ...")
# (the form's "from" before the place and "on" before the date: "from Beijing, on Sept 9th, 1973")
_BEFORE_DATE = re.compile(r"^(?:from\s+(?=[A-Z]))?(?:[A-Z][\w\- ]{1,30}?(?:,|\s+(?:--|[—–])))?(?:\s*(?:the\s+)?[A-Z][\w\- ]{1,30},"
                          r"|\s*(?:Mon|Tues?|Wed|Thu(?:rs?)?|Fri|Sat|Sun)\.,?)?(?:(?<=,)\s+on)?\s*$|^Date(?:d)?:\s*$")


@per_source.remember  # (the passes ask these of a line again and again: 17,934 calls, 5,012 lines in 1,000 telegrams)
def is_dateline(text: str) -> bool:
    # (the day the form left blank, as the editor says: "[date left blank] October 1948")
    text = strip_quotes(text)
    # (the editor's date in square brackets, the whole line: "[Feb. 5, 1949]", "[Moscow, 5 February 1949]")
    text = text.strip()
    if text.startswith("["):
        text = re.sub(r"^\[([^\[\]]+)\]\.?$", r"\1", text)
    if "(" in text:  # (a line without a bracket has no note of receipt: the pattern is tried at every position)
        text = RECEIVED_AFTER.sub("", text)
    parts = split_date(BLANK_DAY.sub("", text))
    if not parts:
        return False
    before, _, after = parts
    after = _SUPPLIED_YEAR.sub("", after)  # the year the editor supplies: "25 January [1950]"
    if parts[1][:1].isalpha():  # the day the editor reads before the month, perhaps queried: "[5?] February 1949"
        before = EDITORS_DAY.sub("", before)
    # A place may stand before the date ("Moscow, 10 January 1949"), a time after it, or the
    # place after it ("18 July 1949, Moscow", "8 January 1951, 18:00, at Kunsan-ni").
    # (or the label of a cable's form: "Date: 3 March 1952")
    # (the place with its country, as a despatch heads it: "Mukden, China, March 4, 1946.")
    place_ok = not before.strip() or _BEFORE_DATE.match(before)
    # the word for "year" the printings of Eastern Europe set after it: "10.9.1946 г.", "2.11.1949 r."
    after = without_year_word(parts[1], after)
    return bool(place_ok) and (not after.strip(" .,") or bool(TIME_AFTER.match(after.strip()))
                               or bool(PLACE_AFTER.match(after.strip())) or bool(PART_OF_DAY.match(after)))


# the part of the day after a dateline's date, for the hour: "February 5 (evening)", "5 February, night"
PART_OF_DAY = re.compile(r"^,?\s*\(?(?:in\s+the\s+|at\s+)?(?:morning|afternoon|evening|night|noon|midnight)\)?\.?\s*$", re.I)


BLANK_DAY = re.compile(r"^\s*\[(?:date|day|number)\s+(?:left\s+)?(?:blank|not\s+filled\s+in)\]\s*(?=[A-Z])", re.I)


# the place after a dateline's date, a time between them: ", Moscow", ", 18:00, at Kunsan-ni*"
PLACE_AFTER = re.compile(r"^,\s*(?:(?:at\s+)?\d{1,2}[.:]\d\d(?:\s*(?:hours|hrs))?,?\s*)?(?:at\s+|in\s+)?"
                         r"[A-Z][\w'’]+(?:[ -][A-Z]?[\w'’]+)?\.?(?:[*¹²³]|\[(?:\*{1,3}|\d{1,2})\])?$")


COLUMNS = re.compile(r"\s{2,}|\t")


FIGURE = re.compile(r"^[-–+]?(?:\d[\d,.\s]*\d|\d)\s*(?:%|per\s?cent)?$")


# "[1] Ivan Kovalev, Stalin's representative in China.": a note printed after the text, its
# mark "[1]" in the text (the archive's translations number their notes so)
ENDNOTE = re.compile(r"^\[(?P<n>\d{1,3})\]\s*(?P<text>\S.*)$", re.S)


# "* CPV headquarters was then at Kunsan-ni." under the text, its mark glued to a word above ("Kunsan-ni*");
# short too, a compilation's cross-reference: "* See No. 9."
# (or "x/", the typist's mark of a Russian copy: "comrade Filippov [Stalin].x/" / "x/ Pseudonym I.V. Stalin.")
STAR_NOTE = re.compile(r"^(?P<n>\*{1,3}|x/)\s*(?P<text>[A-Z\[(\"“].{4,})$", re.S)


# where each style of numbering begins
FIRST_POINT = {"1.": "1", "1)": "1", "(1)": "1", "a)": "a", "(a)": "a", "I.": "I", "first": "1"}


# what a paragraph that announces a message names: "the following letter:", "the text of his reply:"
# a message's heading inside a telegram's text, as the wartime correspondence heads the earlier
# messages a message encloses: "Personal and Secret from Premier J. V. Stalin to the President, Mr F.
# Roosevelt", "Message from Premier Stalin to President Roosevelt" (the parties named, no stop)
ENCLOSURE_HEADING = re.compile(rf"^(?:{vocab.SECRECY_MARKING}(?:\s+{vocab.MESSAGE_KIND_TITLE})?|{vocab.MESSAGE_KIND_TITLE})"
                               r"\s+from\s+(?:the\s+)?"
                               r"[A-Z][^\n]{0,130}?\sto\s(?:the\s+)?[A-Z][^\n]{0,100}[^.;:,!?\s]$")


# the wartime correspondence's heading with the addressee first: "To President Roosevelt from Premier
# Stalin:" (the Russian "Президенту Рузвельту от премьера Сталина"), "For Prime Minister Churchill from
# Stalin:", both parties named
TO_FROM_HEADING = re.compile(r"^(?:To|For)\s+(?:the\s+)?[A-Z][^\n]{0,100}?\sfrom\s+(?:the\s+)?[A-Z][^\n]{0,100}[^.;:,!?\s]$")


def message_heading(text: str) -> bool:
    """A message's heading naming its parties, with its stop or without: "Personal and Secret
    Message from Premier Stalin to President Roosevelt." (the first line of a message a note quotes);
    so "To President Roosevelt from Premier Stalin:", its colon before the salutation."""
    text = text.strip()
    text = text[:-1] if text.endswith(".") else text
    return bool(ENCLOSURE_HEADING.match(text) or TO_FROM_HEADING.match(text[:-1] if text.endswith(":") else text))


# the words of a note or letter that forwards a message, in its writer's voice: "I send you a Russian
# translation of a telegram I received from ...", "We forward to you the text of ..."
FORWARDS = led(re.compile(r"\b(?:I|[Ww]e)\s+(?:(?:am|are|hereby|herewith|also)\s+)*(?:send|sending|forward|forwarding|transmit"
                      r"|transmitting|convey|conveying|enclose|enclosing)\b[^.;:]{0,80}?\b(?:telegram|message|letter|cable"
                      r"|translation|text|reply|answer)s?\b"
                      # (or shown to him: "Here is an internal party telegram I have just drafted.")
                      r"|\b(?:Here|Below)\s+(?:is|are)\s+(?:an?|the|my|our)\b[^.;:]{0,60}?\b(?:telegram|message|letter|cable"
                      r"|notice|statement|draft|reply|answer)s?\b"))


# a label alone over the message a note forwards under its own closing lines: "Cable:", "Telegram:"
FORWARDED_LABEL = re.compile(r"^(?:(?:the\s+)?(?:attached|enclosed|following)\s+)?(?:telegram|cable|message|letter)s?:$", re.I)


# the telegram's words that say it encloses other messages: "I enclose ...", "attached are ..."
ENCLOSES = re.compile(r"\b(?:enclos(?:e|es|ed|ing)|attach(?:ed|ing)?|appended)\b", re.I)


MESSAGE_WORD = re.compile(r"\b(?:letter|message|" + CABLE_KIND + r"|text|reply|answer|appeal|statement|greetings)s?\b", re.I)


def _at(el, block: Block):
    el.sourceline = block.line
    return el


# "SOVIET AMBASSADOR", "To the Soviet Ambassador": the office a cable goes to, on a line of its own
OFFICE_LINE = re.compile(r"^(?:to\s+(?:the\s+)?)?(?:[A-Z][\w\-]+\s+){0,2}(?:ambassador|consul(?:-general)?|envoy|"
                         r"representative|military\s+adviser|chief\s+military\s+adviser|embassy|mission)[.:]?$", re.I)


# "Mao Tse-tung, Chairman of the Central Committee of the CCP": a signature with the signer's office;
# no sentence in it, a full stop only after an initial letter ("Minister of Foreign Affairs of the U.S.S.R.")
# (a marshal's rank too, where the line says what he is: "Marshal of Yugoslavia")
OFFICE = re.compile(rf"^(?:{vocab.OFFICE_GRADE}[\s-])?(?:{vocab.OFFICE}|Marshal)\b(?:[^.;:!?]|(?<=\b[A-Z])\.){{0,100}}$")


# "Colonel General", "Marshal of the Soviet Union", "General of the Army": a military rank alone,
# on the line under the signer's name as an office is
RANK_LINE = re.compile(rf"^{vocab.RANK}(?:\s+of\s+(?:the\s+)?(?:Soviet\s+Union|Army|Aviation|Artillery"
                       r"|Armou?red\s+(?:Troops|Forces)|Tank\s+Troops|Engineer(?:ing)?\s+Troops|Signal\s+Troops|Fleet))?$", re.I)


def office_line(text: str) -> bool:
    """The signer's office or rank on a line of its own: "Minister of Foreign Affairs of the
    USSR", "Colonel General"."""
    text = text.strip().rstrip(".")
    return bool(OFFICE.match(text) or RANK_LINE.match(text) or SIGNED_FOR.match(text))


# on whose behalf the signer signs, on the line under his name: "at the instruction of the Political
# Council of the CC of the Korean Worker's Party", "on behalf of the Government of ..."
SIGNED_FOR = re.compile(r"^(?:at|on|by)\s+(?:the\s+)?(?:instructions?|orders?|behalf|authority|direction)\s+of\s+\S.{0,110}$", re.I)


# "Marshal of the Soviet Union A. Vasilevsky", "General of the Army S. Shtemenko": a rank or
# office before the name
RANK_BEFORE = re.compile(rf"^(?:{vocab.RANK}|(?:{vocab.OFFICE_GRADE}[\s-]){{0,2}}{vocab.OFFICE})(?:\s+(?:of|the|[A-Z][\w\-]*))*?\s+"
                         r"(?P<name>(?:[A-Z]\.\s?){1,3}[A-Z][\w\-’']+)$")


# or before a surname alone: "Secretary of the Tsekapart of Azerbaijan Bagirov" (a signature only where
# the surname is a known person's or the title's: see structure.known._signs); two grades, "First Deputy Minister"
OFFICE_BEFORE_SURNAME = re.compile(rf"^(?:{vocab.RANK}|(?:{vocab.OFFICE_GRADE}[\s-]){{0,2}}{vocab.OFFICE})"
                                   # (where the office is, "Ambassador of the USSR in the GDR M. Pervukhin"; the
                                   # translator's note among its words, "Secretary of the Tsekapart [Translator's note: ...]")
                                   r"(?:\s+(?:of|the|in|at|\[[^\[\]]{1,80}\]|[A-Z][\w\-]*(?:\([a-z]\))?))*?"
                                   # (a surname never comes straight after "the": "... in the GDR" no
                                   # surname, "Ambassador YUDIN" one)
                                   r"\s+(?:[A-Z]\.\s?){0,2}(?<!\bthe\s)(?P<name>[A-Z][\w\-’']+)$")  # ("CP(b)")


FROM_PLACE = re.compile(r"^(?:From|FROM):?\s+(?P<place>[A-Z][\w\-’']+(?:[ -][A-Z][\w\-’']+)?)[.:]?$")


# the cable's number and the signature on one line, as the cipher office typed them: "Nº 1297/sh STALIN"
NUMBER_THEN_NAME = re.compile(r"^(?P<number>(?:No|NO|Nº|N°|№)\.?\s*\d[\d/\-]*(?:/[A-Za-z]{1,4})?)\s+(?P<name>\S.*)$")


def number_and_name(text: str) -> tuple[str, str] | None:
    """(the number, the name) of a closing line that gives both, "Nº 1297/sh STALIN"; else None."""
    m = NUMBER_THEN_NAME.match(text.strip())
    return (m.group("number"), m.group("name")) if m and is_signature(m.group("name")) else None


def _date_and_name(text: str):
    """A closing line with both a date and a name, in either order: 6.1.1949 Filippov [Stalin]."""
    parts = split_date(strip_quotes(text))
    if not parts:
        return None
    before, date, after = parts
    if before.strip() and after.strip():
        return None
    if not before.strip() and re.match(r"\.\s+\S", after):  # the date's full stop before the name: "13/5-50. Roshchin"
        parts = before, date + ".", after[1:]
        after = after[1:]
    name = (before or after).strip()
    return parts if name and is_signature(name) else None


# "[stamp: Incoming Nº 1397/shs" / "4 May 1950]": the editor's annotation the page broke over lines
# (narrower than sources.base.annotation_open: no colon asked, no bracket inside)
ANNOTATION_OPENS = re.compile(rf"^\[(?:{'|'.join(ANNOTATION_LABELS)})\b[^\[\]]*$", re.I)


def join_split_annotations(blocks: list[Block]) -> list[Block]:
    """One block for an annotation whose bracket closes a line or two below where it opened."""
    out = []
    i = 0
    while i < len(blocks):
        block, end = blocks[i], None
        if block.kind == "text" and ANNOTATION_OPENS.match(block.text):
            for j in range(i + 1, min(i + 3, len(blocks))):
                # (a bracket of the editor's closed on the line inside it: "[opis’]")
                if blocks[j].kind != "text" or "[" in BALANCED.sub("", blocks[j].text):
                    break
                if blocks[j].text.rstrip().rstrip(".").endswith("]"):
                    end = j
                    break
        joined = " ".join(b.text.strip() for b in blocks[i:end + 1]) if end else ""
        if end and ANNOTATION.match(joined):
            out.append(Block(joined, block.line))
            i = end + 1
        else:
            out.append(block)
            i += 1
    return out


# the names a copy list the page broke goes on with: "Bulganin, Mikoyan, Khrushchev, File of 8th"
# (each name's count of copies in brackets, "Stalin (2)", or after a dash, "Molotov - 1")
_COPIES_COUNT = r"(?:\s+\(\d{1,2}\)|\s*[-–]\s*\d{1,2})?"
NAMES_RUN = re.compile(rf"^[A-Z][\w’'.]*(?:-[A-Za-z][\w’'.]*)*{_COPIES_COUNT}(?:,?\s+(?:of|the|[A-Z\d][\w’'.]*(?:-[A-Za-z][\w’'.]*)*{_COPIES_COUNT}))*\.?$")


# the list's label alone, its names on the line under it: "Distribution list - 12 copies:"
DISTRIBUTION_LABEL = re.compile(r"^(?:copies|distribution(?:\s+list)?(?:\s*[-–—]\s*\d+\s+copies)?|copies\s+to)\s*:$", re.I)


def join_split_distribution(blocks: list[Block]) -> list[Block]:
    """One line for a copy list the page broke after a comma: "Copies: Stalin (2), Malenkov, Beria," /
    "Bulganin, Mikoyan, Khrushchev, File of 8th", or after its label: "Distribution list - 12 copies:" /
    "Stalin - 2, Molotov - 1, ..."."""
    out: list[Block] = []
    for block in blocks:
        prev = out[-1] if out else None
        if prev is not None and prev.kind == block.kind == "text" and (
                prev.text.rstrip().endswith(",") and DISTRIBUTION.match(prev.text.strip())
                or DISTRIBUTION_LABEL.match(prev.text.strip())) and NAMES_RUN.match(block.text.strip()):
            out[-1] = Block(f"{prev.text.rstrip()} {block.text.strip()}", prev.line, prev.kind)
        else:
            out.append(block)
    return out


# "Spravka: no. 48 (from no. 837) of Jan 13 1950. ...": the archive's reference note (Russian
# "spravka") on the cable it is filed with, under its text: a note, not the telegram's words
REFERENCE_NOTE = re.compile(r"^(?P<label>Spravka|Reference|Archival\s+note|Note\s+of\s+the\s+archive)\s*[:.\-–]\s*(?P<text>\S.*)$", re.S)

# a reader's resolution written on the telegram, under its closing lines: "Agreed. J. St.", "To the
# archive. V.M." (a short sentence and the writer's initials), or so labelled, "Resolution: To the
# archive. V.M."; not the telegram's words (see resolution_after)
RESOLUTION = re.compile(r"^(?:(?P<label>Resolution|Handwritten\s+resolution)(?:\s+of\s+[A-Z][\w.\s]{1,30}?)?\s*:\s*(?P<text>\S.{1,80})"
                        r"|(?P<plain>[A-Z][^.!?]{1,40}[.!]\s+(?:[A-Z][a-z]?\.\s?){0,2}[A-Z][a-z]{0,2}\.))$", re.S)


# "for Cde. ROSHCHIN: please familiarize ARKHIPOV with ...": after the signature, an instruction to
# the one who relays the cable, with its own signature under it (a postscript)
RELAY_INSTRUCTION = re.compile(r"^(?:for|to|For|To|FOR|TO)\s+(?:Comrades?|Cde\.?|Com\.|t\.|[Aa]mbassador)\s+"
                               r"(?:[A-Z]\.\s?){0,2}[A-Z][\w\-’']+(?:\s+[A-Z][\w\-’']+)?\s*:\s+\S.{10,}$", re.S)


def formula_and_name(text: str):
    """(formula, name) of a closing line that greets and signs: "With greetings. FILIPPOV [Stalin].", else None."""
    # (the formula to its first stop or comma, or to its last: "Sincerely yours, John F. Kennedy.")
    for formula in (r"[^.!]{3,60}?[.!,]", r"[^.!]{3,60}[.!,]"):
        m = re.match(rf"^(?P<formula>{formula})\s+(?P<name>\S.{{1,60}})$", strip_quotes(text))
        # (not two signers: "Mao Zedong, Zhou Enlai"; a greeting is no signer, though "Greetings" alone
        # looks like a name: "Greetings. J. Stalin.")
        if not m or not (ENDING_FORMULA.match(m.group("formula")) or CLOSING_FORMULA.match(m.group("formula"))
                         and not is_signature(m.group("formula").rstrip(",.!"))):
            continue
        name = m.group("name")
        if is_signature(name.rstrip(".")) or is_signature(name):
            return m.group("formula"), name
    return None
