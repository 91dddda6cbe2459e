"""The source editor's square brackets, encoded instead of left as raw brackets.

- ``[...]``, ``[....]``                      omission      -> <gap/>
- ``[Details concerning radio stations.]``   omitted text described -> <gap><desc>
  (a sentence, words saying so, or some words standing between sentences)
- ``[?]``                                    doubt         -> <certainty cert="low">
- ``[c. 520]``, ``[p. 520]``                 page marker   -> <pb n="..."/>
- ``[Stalin]`` after a name, ``[Beijing]``   identification -> <gloss type="identification">
  (so the name in its own script, ``Molotov [Молотов]``, ``Mao Zedong [毛泽东]``)
- ``Kim Il Sung [the Chairman of the Cabinet]``  identification -> <gloss type="identification">
- ``[of]``, ``[the]``, ``the [Chinese Changchun] Railway``, ``the decisions [on the Beiping question]``
                                             supplied words -> <supplied>
- ``[illegible]``, ``[unclear]``             -> <gap reason="illegible"/>
- ``[sic]``, ``[sic: 30 September]``, ``[Translator's note: ...]`` -> a note of the editor
- ``[signature]``, ``[handwritten: "and the Presidium"]``, ``[word crossed out]`` within a line -> <note type="annotation">
  with its label, as such a line alone is (the editor's description of the document)
- ``[1]`` when the text is followed by "[1] ..." -> that note, <note place="foot" n="1">
"""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache

from ..dates.words import FULL_MONTH
from ..vocab import IRREGULAR_PAST, RANK_AND_OFFICE_WORDS, RECEIVED_VERB_TITLE
from ..sources.base import ENGLISH, IN_A_LINE, PAGE_MARK
from . import E, T, Document, Transform
from .inline import markup
from .correspondence import BODY as CORRESPONDENT_BODY
from .names.family import EAST_ASIAN_FAMILY_NAMES
from .names.initials import BODY_WORDS, INITIAL, _family_name_of
from .names.provisional import line_of, provisional_person
from .names.patterns import pinyin_names

BRACKET = re.compile(r"\[([^\[\]\n]{0,300})\]")
PARENTHESES = re.compile(r"\(([^()\n]{1,40})\)")
PAGE = re.compile(rf"^{PAGE_MARK}$")  # "[c. 520]", "[p. 213]": inside the brackets
ELLIPSIS = re.compile(r"^\s*(?:\.{2,}|…)\s*$")
NAME_LIKE = re.compile(r"^(?:[A-Z][\w'’\-]*\.?|[A-Z]\.|of|de|von|van|der|and|the|-)(?:\s+(?:[A-Z][\w'’\-]*\.?|[A-Z]\.|of|de|von|van|der|and|the))*$")
ILLEGIBLE = re.compile(r"^(illegible|unclear|indecipherable|undecipherable|damaged|torn|text missing)\b", re.I)
SKIP = {T + "gap", T + "pb"}
# "[signature]", "[handwritten: ...]", "[stamp: ...]" within a line (see structure.ANNOTATION for one alone)
ANNOTATION = re.compile(rf"^(?P<label>(?:{'|'.join(IN_A_LINE)})"
                        r"\b[^:]{0,40}?)"
                        r"(?:\s*:\s*(?P<text>.+))?$", re.I | re.S)
# what the copy has crossed out, said by what it is: "[word crossed out]", "[two lines struck through]"
CROSSED_OUT = re.compile(r"^(?:(?:a|an|one|two|three|four|five|several|some|\d{1,2})\s+)?(?:illegible\s+)?"
                         r"(?:words?|lines?|letters?|figures?|passages?|phrases?|sentences?|names?)\s+"
                         r"(?:crossed|struck)\s+(?:out|through)\.?$", re.I)
# words of another script than the Latin alone (Cyrillic, Chinese, Korean, ...): "[Молотов]", "[毛泽东]"
_OTHER_SCRIPT = "\u0370-\u03ff\u0400-\u052f\u1100-\u11ff\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af"
ORIGINAL_SCRIPT = re.compile(rf"(?=.*[{_OTHER_SCRIPT}])[{_OTHER_SCRIPT}.\-’'· ]{{1,40}}")
SIC = re.compile(r"^sic\s*[!:,]?\s*(?P<text>\S.*)$", re.I)  # "[sic: 30 September]": the editor's correction
EDITORS_NOTE = re.compile(r"^(?:(?:translator|editor|editorial|ed|trans|compiler)(?:['’]s|s['’])?\.?\s+)?note\s*[:.]\s*\S", re.I)
# a bracket right after a word that cannot be named ("the", "of", "a"): what it holds is supplied
AFTER_WORD = re.compile(r"(?:^|\s)(?:the|a|an|of|to|in|on|at|by|for|with|from|and|or|this|that|these|those|its|his|her|"
                        r"their|our|your)\s*$", re.I)


# the note of when a cable was received that FRUS's editors print under its dateline
# (or its hour alone, the day the telegram's: "[Received 3 p.m.]", "[Received noon]")
RECEIVED = re.compile(rf"^{RECEIVED_VERB_TITLE}\s+"
                      r"(?:[A-Z][a-z]+\.?\s+\d{1,2}|\d{1,2}\s+[A-Z][a-z]+"
                      r"|\d{1,2}(?::\d\d)?\s*[ap]\.\s?m\.|noon|midnight)(?:\W|$)")


class EditorialBrackets(Transform):
    def apply(self, doc: Document) -> None:

        # the persons the text names in full, found when a bracket asks
        named = cache(lambda: {e.id: e for e in doc.authority.mentions(" ".join(doc.div.itertext()))
                               if e.kind == "person"})

        def find(text, context):
            for m in BRACKET.finditer(text):
                part = _name_part(doc, text, m) or _body_part(doc, text, m) or _titled_name(doc, text, m, named) \
                    or _party_completed(doc, text, m, line_of(context))
                if part is not None:
                    yield part
                else:
                    yield m.start(), m.end(), (m.group(1), bool(AFTER_WORD.search(text, 0, m.start())),
                                               text[:m.start()], text[m.end():])
            for m in PARENTHESES.finditer(text):
                # "Huang (Kecheng)": the editor's completion in parentheses, as the archive's translations
                # of Chinese cables print it, read as "Zhu [De]" is where the whole is a person's name
                part = _name_part(doc, text, m, kinds=("person",))
                if part is not None:  # (the parentheses kept: the supplied's rend)
                    start, end, (name, _) = part
                    yield start, end, (name, "parentheses")

        def make(payload, matched, context):
            if isinstance(payload[0], tuple):  # a name with a part the editor supplied
                (entity, before, supplied, after), rend = payload
                name = E(entity.name_tag, before or None, ref="#" + entity.id)
                name.append(E("supplied", supplied, resp="#source-editor", **({"rend": rend} if rend else {})))
                name[-1].tail = after or None
                return name
            inner, after_word, before, after = payload
            inner_stripped = inner.strip()
            endnote = doc.raw.footnotes.get(f"[{inner_stripped}]")  # filed under "[1]", "[*]" by a reader
            if endnote is not None:  # the mark of a note printed after the text: the note, here
                # (a page's note filed under its mark and line, "1@62": its mark the n)
                note = E("note", endnote.text, place="foot", n=inner_stripped.split("@")[0], type="source")
                note.sourceline = endnote.line
                return note
            if RECEIVED.match(inner_stripped):  # "[Received January 15—3:12 a.m.]": the editor's note of receipt
                return E("supplied", inner_stripped, resp="#source-editor")
            if ELLIPSIS.match(inner_stripped) or not inner_stripped:
                return E("gap", reason="omitted-in-source", resp="#source-editor")
            if inner_stripped == "?":
                return E("certainty", E("desc", "The source's editor queries the preceding passage."),
                         cert="low", locus="value", resp="#source-editor")
            illegible = ILLEGIBLE.match(inner_stripped)
            if illegible:
                gap = E("gap", reason="illegible", resp="#source-editor")
                if inner_stripped.lower().rstrip(".") != illegible.group(1).lower():
                    gap.append(E("desc", inner_stripped))
                return gap
            if inner_stripped.lower() in ("sic", "sic!"):
                return E("note", "sic", type="editorial", resp="#source-editor")
            if EDITORS_NOTE.match(inner_stripped) or SIC.match(inner_stripped):  # "[Translator's note: ...]": a note, not an omission
                return E("note", inner_stripped, type="editorial", resp="#source-editor")
            if CROSSED_OUT.match(inner_stripped):  # "[word crossed out]": the editor's description of the copy
                return E("note", E("label", " ".join(inner_stripped.split())), type="annotation", resp="#source-editor")
            annotation = ANNOTATION.match(inner_stripped)
            if annotation:  # "Ho Chi Minh [signature]", "[handwritten: \"and the Presidium\"]"
                label = E("label", " ".join(annotation.group("label").split()))
                if annotation.group("text"):
                    label.tail = ": " + " ".join(annotation.group("text").split())
                return E("note", label, type="annotation", resp="#source-editor")
            page = PAGE.match(inner_stripped)
            if page:
                return E("pb", n=page.group(1), type="marker")  # numbered below
            if not after_word and _known_names(doc, inner_stripped):
                # "the Korean comrades [Kim Il Sung, Pak Hon Yong]": the people meant, each a name the
                # authority file knows, identified (as "Filippov [Stalin]" is), no words supplied
                return E("gloss", inner_stripped, type="identification", resp="#source-editor")
            if NAME_LIKE.match(inner_stripped) and len(inner_stripped.split()) <= 6 and re.search(r"[A-Z]", inner_stripped):
                # (or a signature wholly in brackets, "[George F. Kennan]": the name of the unsigned copy's
                # writer the editor supplies, nothing there for it to identify)
                if after_word or SUPPLIED_WORD.match(inner_stripped) or _sentence_word(doc, inner_stripped, before, after) \
                        or _titles_name_part(doc, inner_stripped, before, after) \
                        or context.tag == T + "signed" and not before.strip() and not after.strip() and len(context) == 0:
                    # "the [Chinese Changchun] Railway": words the editor supplied, not a name identified;
                    # so a pronoun or a month the translation lacks, "[I] will tell", "on 20 [January]"  # "the [Chinese Changchun] Railway": words the editor supplied, not a name identified
                    return E("supplied", inner_stripped, resp="#source-editor")
                return E("gloss", inner_stripped, type="identification", resp="#source-editor")
            if inner_stripped.endswith(":") and len(inner_stripped.split()) > 3 and not OMITTED.search(inner_stripped):
                # the editor's words that introduce the text, "[Moscow domestic service ... broadcasts a
                # Khrushchev message to Kennedy. He declares:]": a note, nothing left out
                return E("note", inner_stripped, type="editorial", resp="#source-editor")
            if context.tag == T + "dateline" and not before.strip(" .") and not after.strip(" ."):
                # "[Moscow, 5 February 1949]": the place and date the editor supplies, nothing left out
                return E("supplied", inner_stripped, resp="#source-editor")
            if _omission(inner_stripped, before, after):
                return E("gap", E("desc", inner_stripped), reason="omitted-in-source", resp="#source-editor")
            if ORIGINAL_SCRIPT.fullmatch(inner_stripped) and re.search(r"\w\s*$", before):
                # "Molotov [Молотов]", "Mao Zedong [毛泽东]": the name as its own language writes it, no words supplied
                return E("gloss", inner_stripped, type="identification", resp="#source-editor")
            if AFTER_NAME.search(before) and IDENTIFYING.match(inner_stripped) and not _clause(doc, inner_stripped):
                # "Kim Il Sung [the Chairman of the Cabinet of Ministers]", "Wonsan [Wonsan harbour]"
                return E("gloss", inner_stripped, type="identification", resp="#source-editor")
            return E("supplied", inner_stripped, resp="#source-editor")  # "the decisions [on the Beiping question]"

        markup(doc.div, find, make, skip=lambda el: el.tag in SKIP)
        # with those alone on their lines, made by the body's structure
        self._number_pages(doc, [pb for pb in doc.div.iter(T + "pb") if pb.get("type") == "marker"])

    @staticmethod
    def _number_pages(doc: Document, markers) -> None:
        """Page markers either end or begin a page; the citation's page range tells which.

        Collected works translations print "[c. 520]" where page 520 ends: when the first
        marker is the first page of the cited range, each marker ends its page, so the page
        beginning there is the next one, and the first page begins with the text.
        """
        if not markers:
            return
        pages = doc.raw.publication.pages
        first_page = re.match(r"\d+", pages)
        first_marker = int(markers[0].get("n"))
        # (a compilation's reader has read where its markers begin pages: they are as printed)
        if first_page and int(first_page.group(0)) == first_marker and doc.raw.publication.kind != "compilation":
            for pb in markers:
                pb.set("n", str(int(pb.get("n")) + 1))
            doc.div.insert(0, E("pb", n=str(first_marker)))
        for pb in markers:
            pb.attrib.pop("type", None)


# a person's initials: "N.V.", "A.Ya."
INITIALS = re.compile(rf"(?:{INITIAL}\s?){{1,3}}")


# capitalised words that name nobody: a pronoun the translation supplies at a sentence's start, a month
SUPPLIED_WORD = re.compile(rf"^(?:I|We|He|She|It|They|You|{FULL_MONTH})$")


# what describes matter left out: "[Details of the location of units omitted.]", "[Text not
# reproduced]", "[List of weapons]"
OMITTED = re.compile(r"\b(?:omitted|omission|deleted|excised|details?|excerpts?|remainder|rest of|list of|table of"
                     r"|not\s+(?:reproduced|translated|printed|published|included|declassified))\b", re.I)
SENTENCE_END = re.compile(r"(?:^|[.!?:;]['’\"”»]?)\s*$")
# a name just before the bracket, not a sentence's first word: "Kim Il Sung [", "Wonsan ["
AFTER_NAME = re.compile(r"[^\s.!?:]\s+[A-Z][\w'’\-]*\s$")
# an identification begins as a name or a title does: "[Chairman of ...]", "[the Chairman of ...]"
IDENTIFYING = re.compile(r"^(?:the\s+)?[A-Z]")
# words the editor supplies that make a clause, not an identification: "to Moscow [Kim and Pak can
# travel] by train" (its verb after a name, not the name of one the word before is): an auxiliary or a
# modal, negated too ("[Kim can't travel]", "[Pak cannot]"), and "ought" (see _clause for a bare verb)
_AUXILIARY = r"(?:can|could|will|would|shall|should|must|may|might|ought|is|are|was|were|has|have|had|do|does|did)"
_NEGATED = r"(?:cannot|can['’]t|won['’]t|shan['’]t|(?:could|would|should|must|is|are|was|were|has|have|had|do|does|did)n['’]t)"
CLAUSE = re.compile(rf"\s(?:(?P<auxiliary>{_AUXILIARY})\s+(?P<next>[a-z]+)|{_NEGATED}(?:\s+[a-z]|\W*$))")
# the modals that are nouns too, as one after a determiner or before "of": "[the will of the people]",
# "[the might of the army]", "[a must]"
MODAL_NOUNS = {"will", "may", "must", "can", "might"}
DETERMINER_BEFORE = re.compile(r"(?:\b(?:the|a|an|his|her|its|their|our|your|my|whose)|\w['’]s)\s+$", re.I)
# a clause's subject and its bare verb: a pronoun ("[they agree]"), or persons' names ("[Kim and Pak
# travel]", the names the authority file's persons' or East Asian family names: "[Soviet and Chinese forces]", "[Wonsan harbour]" name
# no subject) and a word that is no preposition, no noun of bodies ("[Kim Il Sung government]") nor one that
# goes with a name ("[Stalin himself]", "[Li Fuchun etc.]")
PRONOUN_SUBJECT = re.compile(r"^(?:I|[Ww]e|[Tt]hey|[Hh]e|[Ss]he|[Yy]ou)\s+(?!(?:all|both|two|three|themselves|ourselves"
                             r"|himself|herself|yourselves|alone|only|comrades|people|men|side)\b)[a-z]")
NAMES_SUBJECT = re.compile(r"^(?P<names>[A-Z][\w'’\-]*(?:(?:\s+and\s+|,\s*|\s+)[A-Z][\w'’\-]*)*)\s+(?P<verb>[a-z]+)\b")
NOT_VERBS = {"of", "in", "at", "on", "for", "from", "with", "to", "by", "and", "or", "the", "side", "forces", "troops",
             "regime", "clique", "group", "government", "family", "comrades", "party", "command", "headquarters",
             "himself", "herself", "themselves", "personally", "alone", "only", "also", "too", "both", "all", "etc", "et",
             "together"}
# a verb's form after one person's name: its past ("[Kim agreed]", "[Pak said ...]") or its -s form before
# what it takes ("[Kim agrees to go]"; a plural noun ends so too: "[Chiang Kai-shek bandits]", "[Tito renegades]")
_PAST = re.compile(rf"[a-z]+ed|{IRREGULAR_PAST}|thought|knew")
_S_FORM = re.compile(r"[a-z]+[^s]s")
# "of" after a modal that is a noun, what the noun is of: "[the will of the people]", not "[they may of course ...]"
_OF_WHAT = re.compile(r"\s+of\s+(?:the|a|an|his|her|its|their|our|your|my|this|that|these|those|[A-Z])\b")


def _clause(doc: Document, inner: str) -> bool:
    """Whether a bracket after a name is a clause the editor supplies, not what identifies the name:
    an auxiliary or a modal before a verb (not a modal that is a noun there, "[the will of the
    people]"), or a subject and its bare verb ("[they agree]", "[Kim and Pak travel]")."""
    for m in CLAUSE.finditer(inner):
        if not (m.group("auxiliary") in MODAL_NOUNS
                and (DETERMINER_BEFORE.search(inner, 0, m.start() + 1) or _OF_WHAT.match(inner, m.start("next") - 1))):
            return True
    if PRONOUN_SUBJECT.match(inner):
        return True
    subject = NAMES_SUBJECT.match(inner)
    if subject is None or subject.group("verb") in NOT_VERBS | BODY_WORDS:
        return False
    names = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", subject.group("names"))
    verb, taken = subject.group("verb"), inner[subject.end():].strip()
    # (a word after a name is its verb in a verb's form: bare after persons ("[Kim and Pak travel]"; not
    # "[Kim and Pak delegations]"), else past, or an -s form before its object ("[Stalin telegram]",
    # "[Syngman Rhee puppets]", "[Kovalev mission]" nouns))
    if not (_PAST.fullmatch(verb) or _S_FORM.fullmatch(verb) and taken
            or len(names) > 1 and not _S_FORM.fullmatch(verb)):
        return False
    return all(name in EAST_ASIAN_FAMILY_NAMES or (entity := doc.authority.lookup(name)) is not None and entity.kind == "person"
               for name in names)


def _sentence_word(doc: Document, inner: str, before: str, after: str) -> bool:
    """A word or two the editor supplies to begin a sentence, the sentence going on in small letters:
    "telegram. [Regarding] the issue of ..." (nothing before it it could identify; no name the
    authority file knows)."""
    return len(inner.split()) <= 2 and bool(SENTENCE_END.search(before)) and bool(re.match(r"\s+[a-z]", after)) \
        and not doc.authority.find(inner)


def _titles_name_part(doc: Document, inner: str, before: str, after: str) -> bool:
    """A part of a name the record's title gives whole, the word beside the bracket the rest of it,
    the name one the authority file lacks: "Deng [Zihui]" to "Lin Biao, Deng Zihui, ..." (words
    supplied, nothing identified: it was taken for an identification)."""
    previous, following = PREVIOUS_WORD.search(before), NEXT_WORD.match(after)
    title = " " + re.sub(r"[^\w\s]", " ", doc.raw.title) + " "
    return any(name and f" {name} " in title for name in (
        previous and f"{previous.group(1)} {inner}", following and f"{inner} {following.group(1)}"))


# a party the record's title names, between its parties' separators: "... to Lin Biao, An Ziwen and Kuo Weiyan"
_TITLE_PARTY = r"(?:^|\b(?:to|from|and)\s+|,\s*){name}(?=\s*(?:,|\band\b|\bto\b|$))"


def _party_completed(doc: Document, text: str, m: re.Match, line: int):
    """"An [Ziwen]" to "Cable, ... to Lin Biao, An Ziwen and Kuo Weiyan": the word before the bracket
    and the bracket a party the record's title names, a person the authority file lacks: one
    persName with the bracket supplied in it (its provisional entry), whatever word the surname
    is ("He", "An"; never "He said", no bracket the title completes); or, the title naming him or
    not, a name in pinyin, "Xi [Zhongxun]".  (A name the file knows, _name_part's.)  The span and
    payload as _name_part's, else None."""
    inner = m.group(1).strip()
    previous = PREVIOUS_WORD.search(text, 0, m.start())
    if len(inner.split()) != 1 or not NAME_LIKE.match(inner) or previous is None or previous.end() != m.start():
        return None
    # (a body's name completed, "Southwest [Bureau]", "Military [Committee]", is no person's)
    if inner.lower() in BODY_WORDS or CORRESPONDENT_BODY.fullmatch(inner):
        return None
    name = f"{previous.group(1)} {inner}"
    if doc.authority.lookup(name) is not None:
        return None
    in_title = re.search(_TITLE_PARTY.format(name=re.escape(name)), doc.raw.title.strip().rstrip("."))
    # (or a name in pinyin the bracket completes, "Xi [Zhongxun]" among "Liu [Shaoqi], Zhou [Enlai], ...":
    # a surname and a given name, never a name identified by another)
    if not in_title and not any(p.group(0) == name for p in pinyin_names(name)):
        return None
    entity = provisional_person(doc, name, line, "named in the title, completed by the editor in the text" if in_title
                                else "named by a surname the editor completes in the text with a given name in pinyin")
    return previous.start(), m.end(), ((entity, previous.group(0), inner, ""), None)


def _omission(inner: str, before: str, after: str) -> bool:
    """Whether a bracket describes what the editor left out: a sentence of its own ("[Details
    concerning radio stations.]"), words that say so ("omitted", "not reproduced"), or a
    bracket of some words standing between sentences ("... in April. [Text of the order]");
    not words that go on with the sentence ("the decisions [on the Beiping question].")."""
    if inner.endswith(".") or OMITTED.search(inner):
        return True
    alone = SENTENCE_END.search(before) and (not after.strip() or re.match(r"\s+[A-Z\[]", after))
    return bool(alone) and len(inner.split()) > 3


def _known_names(doc: Document, inner: str) -> bool:
    """Whether the bracket lists names, two or more, each one the authority file knows:
    "Kim Il Sung, Pak Hon Yong", "Mao Zedong, Zhou Enlai and Zhu De"."""
    names = re.split(r"\s*,\s*(?:and\s+)?|\s+and\s+", inner)
    return len(names) > 1 and all(NAME_LIKE.match(n) and doc.authority.lookup(n) is not None for n in names)


NEXT_WORD = re.compile(r" ([A-Z][\w'’\-]*)")
PREVIOUS_WORD = re.compile(r"([A-Z][\w'’\-]*) $")


def _name_part(doc: Document, text: str, m: re.Match, kinds=("person", "place")):
    """A part of a name the editor supplied: "[Liu] Shaoqi", "Zhu [De]", "[Zhou] Enlai", where
    the bracket and the word beside it make a name the authority file knows (not "Filippov
    [Stalin]", an identification).  (start, end, ((entity, text before, supplied, text
    after), None)) for the whole name, else None."""
    inner = m.group(1).strip()
    if not inner or len(inner.split()) > 2 or not (NAME_LIKE.match(inner) or INITIALS.fullmatch(inner)):
        return None  # (NAME_LIKE takes "N. V." but not "N.V.")
    following = NEXT_WORD.match(text, m.end())
    if following:
        entity = doc.authority.form(f"{inner} {following.group(1)}")
        if entity is not None and entity.kind in kinds and _completed_name_meant(doc, entity, following.group(1)):
            return m.start(), following.end(), ((entity, "", inner, following.group(0)), None)
    previous = PREVIOUS_WORD.search(text, 0, m.start())
    if previous and previous.end() == m.start():
        entity = doc.authority.form(f"{previous.group(1)} {inner}")
        if entity is not None and entity.kind in kinds and _completed_name_meant(doc, entity, previous.group(1)):
            return previous.start(), m.end(), ((entity, previous.group(0), inner, ""), None)
    return None


def _completed_name_meant(doc: Document, entity, outside: str) -> bool:
    """Whether the name a bracket completes with the word beside it is the one meant: where that word
    is one of English too ("He [Long]": He Long, or "he", the pronoun, identified as one Long), only
    if the record's title or heading or the text elsewhere names him in full."""
    if outside.lower() not in ENGLISH:
        return True
    elsewhere = "\n".join([doc.raw.title, doc.raw.heading, *doc.div.itertext()])
    return any(e is entity for e in doc.authority.mentions(elsewhere))


# the words of a body's name after the editor's bracket: "[Chinese Communist Party] Central Committee"
BODY_WORDS_AFTER = re.compile(r"(?: [A-Z][\w'’()\-]*){1,4}")


def _body_part(doc: Document, text: str, m: re.Match):
    """A body's name the editor's bracket begins: "[Chinese Communist Party] Central Committee"
    (the bracket and the words after it a form of one body the authority file knows), one
    orgName with the bracket's words supplied in it, as _name_part's persons; else None."""
    inner = m.group(1).strip()
    after = BODY_WORDS_AFTER.match(text, m.end())
    if after is None or not inner or len(inner.split()) > 4 or not NAME_LIKE.match(inner):
        return None
    # a name right before the bracket is what it identifies ("Xiangong [Korean Workers' Party] Central
    # Committee"); a sentence's first word is no name ("The [...]", "To [...]", "Our [...] Central Committee")
    previous = PREVIOUS_WORD.search(text, 0, m.start())
    if previous and previous.end() == m.start() and previous.group(1).lower() not in ENGLISH:
        return None
    words = after.group(0).split(" ")[1:]
    for n in range(len(words), 0, -1):  # (the longest name first: "Central Committee", not "Central")
        entity = doc.authority.form(f"{inner} {' '.join(words[:n])}")
        if entity is not None and entity.kind == "org":
            rest = " " + " ".join(words[:n])
            return m.start(), m.end() + len(rest), ((entity, "", inner, rest), None)
    return None


# words of a title the editor completes a name with, before an office or rank: a country's or a
# party's ("U.S.", "Soviet", "CCP"), what an office is of ("in", "of")
TITLE_QUALIFIER = re.compile(r"^(?:[A-Z][A-Za-z]*\.?(?:[A-Z]\.)*|of|in|the|and)$")


def _titled_name(doc: Document, text: str, m: re.Match, named: Callable[[], dict]):
    """A name the editor's bracket completes with its title, and its given name, before the
    surname: "[U.S. General Mark] Clark" (the bracket's last words and the surname a form the
    authority file knows), "[Marshal] Peng" (the bracket a title alone, the surname the family
    name of the one person the text names in full with it, named() those persons by id).  As _name_part's: the whole name
    with the bracket supplied in it, else None."""
    words = m.group(1).split()
    following = NEXT_WORD.match(text, m.end())
    if not words or len(words) > 6 or following is None:
        return None
    # (vocab's office and rank words alone: names.patterns.OFFICE_WORDS adds words that are no titles)
    if not any(w.lower() in RANK_AND_OFFICE_WORDS for w in words[-3:]):
        return None  # (the title's last word, the loop's words[-3:], an office's: the cheap test before the authority's)
    whole = doc.authority.find_at(text, following.start(1))
    if whole and following.start(1) + whole[0][1] > following.end():
        return None  # ("[Marshal] Peng Dehuai": the name whole after the bracket, its title supplied beside it)
    for given in (2, 1, 0):
        title, name = words[:len(words) - given], [*words[len(words) - given:], following.group(1)]
        if not title or title[-1].lower() not in RANK_AND_OFFICE_WORDS or not all(TITLE_QUALIFIER.match(w) for w in title):
            continue
        if given:
            entity = doc.authority.form(" ".join(name))
        else:
            entity = _family_name_of(following.group(1), named().values())
        if entity is not None and entity.kind == "person":
            return m.start(), following.end(), ((entity, "", m.group(1), following.group(0)), None)
    return None

