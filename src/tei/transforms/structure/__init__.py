"""The body's structure: head, opener, paragraphs, lists, quoted replies, closer, notes.

Recognised from the shape of the blocks, never from their wording in a particular source:
salutations ("Comrade X,"), address lines ("To X"), a cable's markings (TOP SECRET, its number,
when it was sent and received), numbered points ("1. ", "First."),
bullets, a colon-ended paragraph that announces a reply followed by the reply itself, and
the closing lines (date, signature, closing formula) read from the end.

The pass is here; what it reads lines with is in lines.py (by their words) and known.py
(by what the document knows), and it makes lists (lists.py), quotations (quotes.py) and
notes (notes.py) with the rest.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import replace

from ...dates import find_dates
from ...vocab import CABLE_KIND, RANK_AND_OFFICE_WORDS, ROUTING_VERB_CAPITALS, ROUTING_VERB_TITLE

from ...sources.base import PAGE_LINE, SEPARATOR, annotation_open
from ...sources.model import Block
from .. import Document, E, T, Transform
from .known import _addressee_alone, _between, _destination, _from_place, _known_person, _known_place, _office_over, _office_under, _signed_over_name, _signs
from .lines import (ADDRESS_WORDS, QUOTED_CHARACTER, FORWARDS, FORWARDED_LABEL, ADDRESSEE, ANNOTATION, BULLET, CLOSE_QUOTES, CLOSING_FORMULA, ENDING_FORMULA,
                    DIGITS, FOLLOWING, SENTENCE_BREAK, ROUTING, SIGNING_NOTE, SUBJECT_LINE,
                    GAP_ONLY, MARKED_DATELINE, OPEN_QUOTES, POSTSCRIPT, RECEIVED_LINE, REPLY_ANNOUNCED,
                    ROMAN_POINT, STYLE, TABLE_ROW, _DATELINE_MARK, _at, _date_and_name, _dateline,
                    address_and_marking, cable_line, dated_columns, is_address, is_dateline, is_heading, is_salutation, is_signature, message_heading, names_line,
                    numbered_point, office_line, part_line, end_of_part_line, registry_line, run_in_salutation, strip_quotes, REFERENCE_NOTE, RESOLUTION,
                    RELAY_INSTRUCTION, formula_and_name, join_split_annotations, join_split_distribution,
                    number_and_name, RECEIVED_AFTER, NAME_WORD)
from .lists import _figure_rows, _nest_points
from .notes import _attach_note, _take_endnotes
from .quotes import _enclosures, _opens_quote, _quoted_block, _quoted_paragraphs, _unmarked_letter


class BodyStructure(Transform):
    """Builds the <div type="telegram"> from the reader's blocks."""

    def apply(self, doc: Document) -> None:
        raw = doc.raw
        div = E("div", type="telegram")
        doc.div = div
        blocks = list(raw.blocks)
        if raw.heading:
            head = E("head", raw.heading)
            head.sourceline = raw.title_line
            div.append(head)
            if blocks and blocks[0].kind == "anchor":  # a note on the heading (see the compilation reader): in the head
                _attach_note(doc, div, blocks.pop(0))
        if raw.part:  # "Cable No. 2" of a record holding several
            head = E("head", raw.part)
            head.sourceline = raw.line - 1
            div.append(head)

        blocks = _close_annotations(doc, join_split_distribution(join_split_annotations(_take_endnotes(doc, blocks))))
        _report_lost_words(doc, blocks)
        leading, blocks = _take_while(blocks, lambda b: _between(b.text))
        trailing = []
        # (the archive's reference note under the text, "Spravka: ...", after the closer too)
        while blocks and (_between(blocks[-1].text) or blocks[-1].kind == "text" and REFERENCE_NOTE.match(blocks[-1].text)
                          or _resolution_after(blocks)):
            trailing.insert(0, blocks.pop())
        blocks = _address_run_in(doc, _signature_run_on(doc, _columns_glued(blocks)))
        above = 0
        for block in leading:
            el = _gap_or_annotation(block)
            if el.tag == T + "pb" and block.line < raw.title_line:  # the page began above the heading
                div.insert(above, el)
                above += 1
            else:
                div.append(el)

        blocks = self._unquote_message(blocks, div)

        # Lines before the letter proper: descriptive heads, address lines, salutations.
        opener = E("opener")
        parts_after_opener = []
        while blocks:
            block = blocks[0]
            text = block.text
            # (a Markdown copy may set the markings as a block quotation: "> TOP SECRET")
            line = cable_line(text) if block.kind in ("text", "quote") else None
            while line == "transmission" and len(blocks) > 2 and blocks[1].kind == "text" \
                    and re.match(r"[a-z]+\b.{0,30}\d", blocks[1].text) and not cable_line(blocks[1].text):
                # a routing line the page cut: "From BEIJING No. 1309 20 hours 05" / "minutes, 13.1.1951"
                block = blocks[0] = Block(f"{text} {blocks.pop(1).text.strip()}", block.line, block.kind)
                text = block.text
            if line is None and block.kind == "text" and len(blocks) > 2 and blocks[1].kind == "text" \
                    and (BROKEN_AFTER.search(text) or re.match(r"of\s", blocks[1].text.strip()) and is_address(text)) \
                    and re.match(r"[a-z]", blocks[1].text.strip()) and len(text) + len(blocks[1].text) < 120:
                # a line of the form the copy broke after an article or preposition ("Corrected text of a" /
                # "telegram to Kim Il Sung", "Chairman of the Cabinet of Ministers of" / "the Democratic ..."), or
                # an address before the "of" of its office ("To the Deputy Minister" / "of Foreign Affairs ..."): one line
                blocks[0] = Block(f"{text.strip()} {blocks.pop(1).text.strip()}", block.line, block.kind)
                continue
            if line is None and block.kind == "text" and _from_place(doc, text, blocks[1:2]):
                line = "transmission"  # "From Peking" on its line, over "Dispatched 17.XI.52 at 21.40": where it was sent from
            marked = MARKED_DATELINE.match(text) if block.kind == "text" and line is None else None
            if marked and not is_dateline(marked.group("dateline")):
                marked = None
            if line:
                opener.append(_at(E("seg", text, type=line), block))
            elif marked and opener.find(T + "dateline") is None:
                for mark in re.finditer(_DATELINE_MARK, marked.group("marks")):
                    opener.append(_at(E("seg", mark.group(0), type="classification"), block))
                opener.extend(_dateline(marked.group("dateline"), block))
            elif block.kind == "text" and RECEIVED_LINE.match(text) and (len(opener) or raw.heading and len(div) == 1):
                # (first under the heading, the page printing no dateline: "[Received July 21—5:41 p. m.]")
                # (the brackets pass makes its words the editor's supplied words)
                opener.append(_at(E("seg", text, type="transmission"), block))
            elif block.kind == "text" and (is_address(text) or _destination(doc, text, blocks[1:3])
                                           # a known person's name alone under the cable's lines: "FENG XI [STALIN]"
                                           or len(opener) and len(blocks) > 2 and is_signature(text)
                                           and _known_person(doc, text)
                                           # or first, the addressee the title names, his surname and a stop: "Shtykov."
                                           or not len(opener) and (len(blocks) > 2 or len(blocks) > 1 and text.rstrip().endswith("]"))
                                           and _addressee_alone(doc, raw.title, text)
                                           # or whom and the town, "President Roosevelt Washington DC."
                                           or not len(opener) and len(blocks) > 1 and _addressee_at_town(doc, text)) \
                    or block.kind == "quote" and is_address(text):  # ("> Beijing, to Comrade Kuznetsov")
                if marked := address_and_marking(text):  # "To MID USSR URGENT": the address, then its marking
                    opener.append(_at(E("seg", marked[0], type="address"), block))
                    opener[-1].tail = " "
                    opener.append(_at(E("seg", marked[1], type="classification"), block))
                else:
                    opener.append(_at(E("seg", text, type="address"), block))
            # (the place's few words asked first: a paragraph under the block, looked up whole, is dear)
            elif block.kind == "text" and len(blocks) > 2 and blocks[1].kind == "text" and len(blocks[1].text.split()) <= 3 \
                    and _known_place(doc, blocks[1].text) and is_salutation(text) and not re.search(r"[,:;!.]$", text.strip()):
                # the addressee's name and, under it, the place he is at, no punctuation after the
                # name ("Comrade Joffe" / "Berlin", Lenin's telegrams): the address, not a greeting
                opener.append(_at(E("seg", text, type="address"), block))
            elif block.kind == "text" and not len(opener) and (lines := _name_and_post(raw.title, blocks)):
                # the addressee's name alone as the title names him, his post and place on the short lines
                # under it ("Andronnikov" / "Regional Board" / "Ekaterinburg" under "TELEGRAM TO V. N.
                # ANDRONNIKOV, ...", Lenin's telegrams): the address, however unknown the place
                for line_block in blocks[:lines]:
                    opener.append(_at(E("seg", line_block.text, type="address"), line_block))
                del blocks[1:lines]
            elif block.kind == "text" and len(blocks) > 1 and len(opener) and opener[-1].get("type") == "address" \
                    and len(text.split()) <= 3 and _known_place(doc, text) \
                    and (is_salutation(opener[-1].text or "") or _address_block(opener)) \
                    and not re.search(r"[,:;!.]$", (opener[-1].text or "").strip()):
                # (the place under the name: "Berlin"; under the address line, "to Mr. Kim Il Sung" / "Pyongyang")
                opener.append(_at(E("seg", text, type="address"), block))
            elif block.kind == "text" and len(blocks) > 1 and len(opener) and opener[-1].get("type") == "address" \
                    and re.fullmatch(r"[A-Z][\w’'\-]{2,}", text.strip()) \
                    and re.search(rf"\b{re.escape(text.strip())}\b", "".join(opener[-1].itertext())):
                # the town the address line names, alone under it, however unknown ("Ivashchenko, Commissar of
                # Orsha Station" / "Orsha", Lenin's telegrams): where the telegram went, the address's
                opener.append(_at(E("seg", text, type="address"), block))
            elif block.kind == "text" and len(opener) and opener[-1].get("type") == "form" and len(blocks) > 2 \
                    and DOCUMENT_KIND.search(text) and len(text.split()) <= 12 and not re.search(r"[.;:!?]$", text.strip()) \
                    and blocks[1].kind == "text" and is_address(blocks[1].text):
                # what the form says the message is, under its name, over the address ("Telephone message via
                # VCh" / "Corrected text of a telegram to Kim Il Sung" / "to Mr. Kim Il Sung")
                opener.append(_at(E("seg", text, type="form"), block))
            elif block.kind == "text" and len(opener) and opener[-1].get("type") == "address" and len(blocks) > 2 \
                    and office_line(text) and _address_block(opener):
                # the addressee's office under his name ("to Mr. Kim Il Sung" / "Chairman of the Cabinet of
                # Ministers of the Democratic People’s Republic of Korea" / "Pyongyang"): the address's
                opener.append(_at(E("seg", text, type="address"), block))
            elif block.kind == "text" and len(opener) and opener[-1].tag == T + "seg" and opener[-1].get("type") != "address" \
                    and len(blocks) > 2 and re.fullmatch(r"[A-Z]{2,}(?: [A-Z]{1,12}){0,2}", text.strip()) \
                    and blocks[1].kind == "text" and (cable_line(blocks[1].text) or is_address(blocks[1].text)):
                # a word of the form in capitals among its markings that no pattern knows ("MOLNIYA EH" between
                # the copy list and "to FILIPPOV"): a line of the form, not the text
                opener.append(_at(E("seg", text, type="classification"), block))
            elif block.kind == "text" and len(opener) and opener[-1].get("type") == "form" and len(blocks) > 2 \
                    and blocks[1].kind == "text" and is_address(blocks[1].text) and len(text.split()) <= 12 \
                    and not re.search(r"[.;:!?]$", text):
                # the sender's line of a telegram's form, between its name and the addressee's
                # ("TELEGRAM" / "PRESIDENT HOCHIMINH VIETNAM DEMOCRATIC REPUBLIC HANOI" / "TO THE PRESIDENT ...")
                opener.append(_at(E("seg", text, type="address"), block))
            elif block.kind == "text" and opener.find(T + "salute") is None and (run := _address_run(blocks)) and (
                    run > 1 or len(opener) and opener[-1].get("type") == "address"):
                # lines of names and titles over the salutation ("Chairman Stalin," / "The Council of
                # Ministers," / "The Government of the Soviet Union" / "Your Excellency:"): the address
                opener.append(_at(E("seg", text, type="address"), block))
            elif (block.kind == "text" and is_dateline(text) and opener.find(T + "dateline") is None
                  and (opener.find(T + "salute") is None and len(blocks) > 2
                       or any(is_salutation(b.text) or ADDRESSEE.match(b.text) for b in blocks[1:3] if b.kind == "text"))):
                # "Moscow, 20th April, 1949." above the salutation, or a date alone at the head of the
                # text ("January 8, 1950" under the title)
                opener.extend(_dateline(text, block))
            elif block.kind == "text" and not len(opener) and len(blocks) > 3 and blocks[1].kind == "text" \
                    and (is_salutation(text) or ADDRESSEE.match(text)) \
                    and _office_at_place_under_name(doc, text, blocks[1].text, blocks[2]):
                # the addressee's name, then his office and where it is, over the marking or the date
                # ("Stalin," / "Revolutionary Military Council of the ... Front, Kharkov" / "Priority. By
                # direct line", Lenin's telegrams): the address, no greeting
                opener.append(_at(E("seg", text, type="address"), block))
                opener.append(_at(E("seg", blocks[1].text, type="address"), blocks.pop(1)))
            elif block.kind == "text" and all(el.tag == T + "dateline" for el in opener) and len(blocks) > 2 \
                    and blocks[1].kind == "text" and names_line(text) and is_salutation(blocks[1].text):
                # the addressees' names alone on the line over the greeting ("Manner, Sirola, Kuusinen,
                # Valpas and Viiku" / "Dear Comrades,"), a dateline over them or none: the address
                opener.append(_at(E("seg", text, type="address"), block))
            elif block.kind == "text" and (is_salutation(text) or ADDRESSEE.match(text)) and len(blocks) > 1:
                opener.append(_at(E("salute", text), block))
            elif block.kind == "text" and len(opener) and len(blocks) > 2 and _titles_subject(raw.title, text):
                # the subject the record's title quotes after the parties, on its line among the form's
                # ("Cable from ..., 'Recommendations based on ...'" / "Recommendations based on ...")
                opener.append(_at(E("seg", text, type="subject"), block))
            elif block.kind == "text" and SUBJECT_LINE.match(text) and opener.find(T + "salute") is None and len(blocks) > 2:
                opener.append(_at(E("seg", text, type="subject"), block))  # a despatch's "Subject: ..." line
            elif block.kind == "text" and opener.find(T + "salute") is None and (run_in := run_in_salutation(text, quoted=True)) \
                    and (run_in[0][:1] not in OPEN_QUOTES or not any(c in b.text for b in blocks[1:] for c in "”»\"")):
                # (a salutation after an opening quotation mark only where no mark closes it: the
                # message runs to the end, '“To Cde. MAO ZEDONG. 1. Your request ...')
                # the salutation the first paragraph runs on from: read as a line of its own (a
                # salute, or an address, "To Comrade X."), the rest the first paragraph
                tag, kind = ("seg", "address") if is_address(strip_quotes(run_in[0])) else ("salute", None)
                opener.append(_at(E(tag, run_in[0], type=kind), block))
                blocks[0] = Block(run_in[1], block.line)
                continue
            elif block.kind == "text" and len(opener) and len(blocks) > 2 and opener.find(T + "dateline") is None \
                    and (dated := dated_columns(text)) is not None:
                # "Nº 254  Top Secret" / "15 September 1956   Copy Nº 1": the form's date and its copy's line
                opener.append(_at(E("dateline", dated[0]), block))
                opener[-1].tail = " "
                opener.append(_at(E("seg", dated[1], type=cable_line(dated[1])), block))
            elif block.kind == "text" and is_heading(text) and len(blocks) > 2 \
                    and all(seg.get("type") in ("classification", "number") for seg in opener):
                # (under the copy's markings too, "Strictly Secret" / "I.V. STALIN to A.I. MIKOYAN 6 February
                # 1949 (50/III)": the heading, set before the opener as a div's head stands)
                div.append(_at(E("head", text, type="sub" if text.startswith("(") else None), block))
            elif block.kind == "text" and len(opener) and ANNOTATION.match(text) and _opener_line_follows(doc, blocks[1:]):
                # "[handwritten: ...]" between the address lines: where it stands, in the opener
                # (it does not end it: the lines under it are the opener's too)
                opener.append(_annotation(block))
            elif block.kind == "text" and part_line(text)[0] and len(blocks) > 1:
                # "Part 1 of 2" above the address: the opener's lines under it are the address still; the
                # part begins where the line stands, before the opener, or after its lines above it
                part = [_at(E("milestone", unit="part", n=part_line(text)[1]), block), E("label", text, type="part")]
                (parts_after_opener if len(opener) else div).extend(part)
            else:
                break
            blocks.pop(0)
        if len(opener):
            div.append(opener)
        div.extend(parts_after_opener)

        # the earlier messages the telegram encloses, under its text: texts of their own, cut off
        # before its closing lines are read (their dates are not its dateline)
        enclosed = _enclosures(blocks)
        forwarded = False
        if enclosed is not None:
            blocks = blocks[:enclosed[0]]
        else:
            # (or the message a note forwards, printed under the note's closing lines, no heading over it)
            at = self._forwarded(doc, blocks)
            if at is not None:
                enclosed, forwarded = (at, [blocks[at:]]), True
                blocks = blocks[:at]

        # each letter the cable quotes without quotation marks, after the paragraph that
        # announces it: a quote of its own; the cable's closing lines (or its postscript) are
        # read after the last
        letters = []  # (the blocks above it, the letter's, whether it is a reply)
        earlier = ""  # (the text above the letters: who wrote them, "the telegrams of Peng Dehuai")
        while (letter := _unmarked_letter(doc, blocks, earlier)) is not None:
            start, end, reply = letter
            letters.append((blocks[:start], blocks[start:end], reply))
            earlier += " ".join(b.text for b in blocks[:start]) + " "
            blocks = blocks[end:]

        # "P.S. ..." after the signature: a postscript (kept as paragraphs when no closer precedes it)
        # (or the instruction to the one who relays the cable, "for Cde. ROSHCHIN: please ...", signed
        # again; the cable's own lines under it, its registry's and the editor's stamp, are looked past)
        tail = _cable_tail(blocks)
        ps_at = next((i for i in range(max(0, len(blocks) - 3 - tail), len(blocks))
                      if blocks[i].kind == "text" and (POSTSCRIPT.match(blocks[i].text) or RELAY_INSTRUCTION.match(blocks[i].text))),
                     None)
        postscript = blocks[ps_at:] if ps_at is not None else []
        closer_blocks = self._closer_blocks(doc, blocks[:ps_at] if postscript else blocks, ending=True)
        if postscript and closer_blocks:
            blocks = blocks[:ps_at]
            # "Copies to: Molotov, ..." under the postscript: the cable's distribution, not the
            # postscript's words; in the closer with the cable's other lines (there is one closer)
            n = min(_cable_tail(postscript), len(postscript) - 1)
            under = postscript[len(postscript) - n:] if n else []
            postscript = postscript[:len(postscript) - n]
        else:
            if postscript:  # "P.S. ..." above the signature: the closing lines under it
                closer_blocks = self._closer_blocks(doc, blocks, ending=True)
            postscript, under = [], []
        blocks = blocks[: len(blocks) - len(closer_blocks)]
        closer_blocks = closer_blocks + under
        # "P.S. ..." written above the closing lines ("Greetings." / "FILIPPOV"): a postscript still,
        # before the closer where the copy has it (TEI's closing elements come in any order)
        ps_above = []
        if closer_blocks and not postscript:
            at = next((i for i in range(max(1, len(blocks) - 3), len(blocks))
                       if blocks[i].kind == "text" and POSTSCRIPT.match(blocks[i].text)), None)
            if at is not None and all(b.kind == "text" for b in blocks[at:]):
                blocks, ps_above = blocks[:at], blocks[at:]

        for above, quoted, reply in letters:
            self._paragraphs(doc, above, div)
            quote = _at(E("quote", type="reply" if reply else None), quoted[0])
            self._paragraphs(doc, quoted, quote)
            div.append(quote)
            self._letter_in_quote(doc, quote)
        self._paragraphs(doc, blocks, div)
        _quoted_paragraphs(div)
        _quoted_block(div)
        for quote in div.iterfind(f"{T}quote[@rend]"):
            if "quoted" in quote.get("rend").split():  # (also "quoted single", "quoted unclosed")
                self._letter_in_quote(doc, quote)
        # a letter set as a block quotation without quotation marks ("> Dear Comrade Stalin!" ...
        # "> MAO ZEDONG"): its salutation or address says it is one (a reply the cable proposes
        # in a block may end with a name too)
        for quote in div.iterfind(f"{T}quote[@rend='block']"):
            self._letter_in_quote(doc, quote, opened=True)
        letter_at_end = _unclosed_letter_at_end(div)
        for part in enclosed[1] if enclosed else []:
            div.append(self._enclosure(doc, part, headed=not forwarded or bool(FORWARDED_LABEL.match(part[0].text.strip()))))
        if ps_above:
            ps = E("postscript")
            self._paragraphs(doc, ps_above, ps)
            div.append(ps)
        if closer_blocks:
            closer = self._closer(doc, closer_blocks)
            # a greeting alone under a quoted letter the copy never closes, that runs to the end
            # ("'Respected Com. Dimitrov! ..." / "With communist greetings."): the letter's own
            # closing, not the diary's or report's that quotes it, which does not sign off so
            if letter_at_end is not None and not enclosed and len(closer) and all(c.tag == T + "salute" for c in closer):
                letter_at_end.append(closer)
            else:
                div.append(closer)
        if postscript:
            ps = E("postscript")
            # (signed under it: "for Cde. ROSHCHIN: please ..." / "FILIPPOV", a closer of its own)
            signed = self._closer_blocks(doc, postscript[1:]) if len(postscript) > 1 else []
            self._paragraphs(doc, postscript[:len(postscript) - len(signed)], ps)
            if signed:
                ps.append(self._closer(doc, signed))
            div.append(ps)
        for container in [div, *div.iter(T + "quote", T + "body", T + "postscript")]:
            _nest_points(container)
        for p in div.iter(T + "p"):
            p.attrib.pop(STYLE, None)
        for block in trailing:
            div.append(_gap_or_annotation(block))
        body = E("body", div)
        doc.root.append(E("text", body))
        doc.root[-1].set("{http://www.w3.org/XML/1998/namespace}lang", "en")

    @staticmethod
    def _unquote_message(blocks: list[Block], div) -> list[Block]:
        """A cable that transmits a message in quotation marks: keep the marks as @rend."""
        texts = [b for b in blocks if b.kind == "text"]
        if len(texts) < 2:
            return blocks
        first, last = texts[0], texts[-1]
        if first.text[:1] in OPEN_QUOTES and last.text[-1:] in CLOSE_QUOTES:
            inner = " ".join(b.text for b in texts)[1:-1]
            if sum(inner.count(q) for q in "\"") % 2 == 0:
                first.text = first.text[1:].lstrip()
                last.text = last.text[:-1].rstrip()
                div.set("rend", "quoted")
        return blocks

    @staticmethod
    def _closer_blocks(doc: Document, blocks: list[Block], ending: bool = False) -> list[Block]:
        """The closing lines, read from the end: dates, signatures, anchors, a formula.  ending:
        the telegram's own, which may end with its formula alone ("Waiting for an answer.")."""
        taken = 0
        seen_closing = False
        if ending:
            # (no signature, no date under it: the closer is the formula, or the formulas, "Confirm
            # receipt." / "Telegraph the fulfillment.", with the cable's number under them, "No. 72/III")
            # (the cipher office's lines under them too: "Three copies made" / "Typed by ..." / "Nº 5369")
            last = len(blocks) - 1
            while last > 0 and (blocks[last].kind == "anchor" or _tail_line(blocks, last)):
                last -= 1
            first = last
            while first > 0 and blocks[first].kind == "text" and ENDING_FORMULA.match(blocks[first].text):
                first -= 1
            if first < last and first >= 0:
                return blocks[first + 1:]
        for i in range(len(blocks) - 1, -1, -1):
            block = blocks[i]
            text = block.text
            closed = text.rstrip().rstrip(".,;")  # (the cable's stop after the mark: 'Mao Zedong".')
            if block.kind == "text" and closed[-1:] in CLOSE_QUOTES and text.lstrip()[:1] not in OPEN_QUOTES \
                    and _opens_quote(closed[::-1]):
                break  # the end of a message quoted above ('MAO ZEDONG"'): the message's, not the closer's
            if block.kind == "anchor" and taken == 0:
                pass
            elif block.kind == "text" and is_dateline(text) and i > 0 and registry_line(blocks[i - 1].text):
                pass  # "by Mokrov Nº 1644" / "4 May 1950": the registry's date, not the cable's
            elif block.kind == "text" and (is_dateline(text) or _signs(doc, text) or _date_and_name(text)
                                           or formula_and_name(text) or number_and_name(text)):
                seen_closing = True
            elif block.kind == "text" and SIGNING_NOTE.match(text):
                seen_closing = True  # "(Signed and dated in Beijing)": the editor's note for the signature
            elif block.kind == "text" and seen_closing and _signed_over_name(doc, blocks, i):
                pass  # "Signed" on the line over the name: the copy's word that the original is signed
            elif block.kind == "text" and _office_under(doc, blocks, i):
                seen_closing = True  # "Minister of Foreign Affairs of ..." under the signature
            elif block.kind == "text" and seen_closing and _office_over(doc, blocks, i):
                pass  # "Chairman of the Council of People's Commissars" over "V. Ulyanov-Lenin"
            elif block.kind == "text" and i + 1 < len(blocks) and blocks[i + 1].kind == "text" and is_dateline(blocks[i + 1].text) \
                    and len(text.split()) <= 3 and _known_place(doc, text) and not _known_person(doc, text):
                seen_closing = True  # "Pyongyang" / "31 August 1950": the dateline's place on the line above it
            elif block.kind == "text" and seen_closing and ANNOTATION.match(text) and i > 0 and _signs(doc, blocks[i - 1].text):
                pass  # "KIM IL SUNG" / "[signature]" / "Chairman of ...": the editor's note of the signature
            elif block.kind == "text" and not seen_closing and cable_line(text) == "transmission":
                pass  # "Transmitted 14 May 1950, 03:35 Moscow time." after the signature
            elif block.kind == "text" and not seen_closing and _bare_number(blocks, i):
                pass  # "received by Novoselova" / "12 October 1948" / "1955": the number the message was filed under
            elif block.kind == "text" and seen_closing and ROUTING.match(text) and DIGITS.search(text):
                pass  # "Sent Hanoi 36. Repeated Paris 1234, Saigon 56." above the signature, as FRUS prints it
            elif block.kind == "text" and not seen_closing and taken and ANNOTATION.match(text):
                pass  # "[Handwritten: ...]" between the date and the lines of sending and receipt under it
            elif block.kind == "text" and cable_line(text) in ("number", "distribution", "enclosure"):
                pass  # the cable's number among the closing lines: "KOVALEV / No. 32 / 24.12.49"; "Copy to: ..."
            elif block.kind == "text" and seen_closing and ENDING_FORMULA.match(text):
                pass  # "Confirm receipt." / "Immediately telegraph the fulfillment." above the signature: each a formula
            elif block.kind == "text" and seen_closing and CLOSING_FORMULA.match(text):
                taken += 1
                break
            else:
                break
            taken += 1
        closing = blocks[len(blocks) - taken:] if taken else []
        # A closer must hold a date or a signature, not only an anchor or a transmission note;
        # but the cipher office's lines under a telegram it does not sign ("Typed by Captain ...")
        # and copy lists ("Three copies made", "Typed by Captain ...", "Copies: Stalin, ...") are its
        # closing lines, not its text
        if not seen_closing:
            return closing if ending and closing and any(b.kind == "text" and (registry_line(b.text) or cable_line(b.text)
                                                                               == "distribution") for b in closing) \
                and len(closing) < len(blocks) else []
        return closing

    @staticmethod
    def _closer(doc: Document, blocks: list[Block]):
        closer = E("closer")
        placed_above = None  # the date whose place stood on the line above it, in that dateline already
        office_first = None  # a signature begun with the signer's office over his name, its name to come
        for k, block in enumerate(blocks):
            text = block.text
            if k == placed_above:
                continue
            if block.kind == "text" and (office_first is not None or _office_over(doc, blocks, k)) \
                    and not _signs(doc, text) or office_first is not None and office_line(text):
                if office_first is None:  # (its office first, as printed; the name after an <lb/>)
                    office_first = _at(E("signed", text.strip()), block)
                    closer.append(office_first)
                else:  # ("People's Commissar &" / "Chairman of ...": the office over two lines)
                    office_first.append(E("lb"))
                    office_first[-1].tail = text.strip()
                continue
            if office_first is not None:  # the name under the office
                office_first.append(E("lb"))
                office_first[-1].tail = text.strip()
                office_first = None
                continue
            if block.kind == "anchor":
                _attach_note(doc, closer, block)
                continue
            if _signed_over_name(doc, blocks, k):
                # "Signed" / "Dumitru Popa": one signature, the word over the name
                closer.append(_at(E("signed", text.strip()), block))
                closer[-1].append(E("lb"))
                closer[-1][-1].tail = blocks[k + 1].text.strip()
                placed_above = k + 1
                continue
            if SIGNING_NOTE.match(text):  # "(Signed ...)": the source's note where the signature stands
                note = SIGNING_NOTE.match(text)
                label = E("label", note.group("label"))
                label.tail = note.group("text").rstrip() or None
                closer.append(_at(E("note", label, type="annotation", resp="#source-editor"), block))
                continue
            if ANNOTATION.match(text):  # "[signature]" under the name: in the signature, where it stands
                if len(closer) and closer[-1].tag == T + "signed" and not len(closer[-1]) \
                        and re.match(r"\[\s*(?:illegible\s+)?signature", text, re.I):
                    closer[-1].text = (closer[-1].text or "").rstrip() + " "
                    closer[-1].append(_annotation(block))
                else:
                    closer.append(_annotation(block))
                continue
            if not is_dateline(text) and cable_line(text) in ("transmission", "number", "distribution", "enclosure"):
                closer.append(_at(E("seg", text, type=cable_line(text)), block))
            elif k and _bare_number(blocks, k):
                closer.append(_at(E("seg", text, type="number"), block))
            elif k and registry_line(blocks[k - 1].text) and is_dateline(text):
                closer.append(_at(E("seg", text, type="transmission"), block))  # the registry's date: its line's
            elif (numbered := number_and_name(text)) is not None:
                # "Nº 1297/sh STALIN": the cable's number and the signature on one line
                closer.append(_at(E("seg", numbered[0], type="number"), block))
                closer[-1].tail = " "
                closer.append(_at(E("signed", numbered[1]), block))
            elif (both := formula_and_name(text)) is not None:
                # "With greetings. FILIPPOV [Stalin].": the formula and the signature on one line
                closer.append(_at(E("salute", both[0]), block))
                closer[-1].tail = " "
                closer.append(_at(E("signed", both[1]), block))
            elif ENDING_FORMULA.match(text) or CLOSING_FORMULA.match(text) and not is_signature(text):  # ("Regards")
                closer.append(_at(E("salute", text), block))
            elif len(closer) and closer[-1].tag == T + "signed" and office_line(text) and not is_dateline(text):
                closer[-1].append(E("lb"))  # the signer's office on the line under the name
                closer[-1][-1].tail = text
            elif k + 1 < len(blocks) and is_dateline(blocks[k + 1].text) and not is_dateline(text) \
                    and RECEIVED_AFTER.search(blocks[k + 1].text) is None \
                    and len(text.split()) <= 3 and _known_place(doc, text) and not _known_person(doc, text):
                # "Pyongyang" over "31 August 1950": one dateline, the place and the date (the schema's
                # dateline holds no line break between them)
                closer.append(_at(E("dateline", f"{text.strip()} {blocks[k + 1].text.strip()}"), block))
                placed_above = k + 1
            elif is_dateline(text) and _said_again(closer, text):
                # "21.XI.51 GROMYKO" / "21.XI.51": the date under the signature said again, a line
                # of the form (the cable holds one dateline), not a second dateline
                closer.append(_at(E("seg", text, type="transmission"), block))
            elif is_dateline(text):
                closer.extend(_dateline(text, block))
            elif (len(closer) and closer[-1].tag == T + "dateline" and len(closer[-1]) == 0 and _known_place(doc, text)
                  and not _known_person(doc, text)):
                closer[-1].append(E("lb"))  # "10 April 1950" / "Pyongyang": the dateline's place, on its line
                closer[-1][-1].tail = text.strip()
            elif _signs(doc, text):
                # two signers on one line, set apart by a run of spaces: "LIU SHAOQI      GAO GANG"
                names = re.split(r"\s{3,}|\t+", text.strip())
                for name in names if len(names) > 1 and all(is_signature(n) for n in names) else [text]:
                    closer.append(_at(E("signed", name), block))
            elif _known_place(doc, _date_and_name(text)[2]) and not _date_and_name(text)[0].strip():
                closer.append(_at(E("dateline", text), block))  # "9/XI/49 Peking": the place after the date
            else:
                before, date, after = _date_and_name(text)
                if before.strip():
                    closer.append(_at(E("signed", before.strip()), block))
                    closer[-1].tail = " "
                closer.append(_at(E("dateline", date), block))
                if after.strip():
                    closer[-1].tail = " "
                    closer.append(_at(E("signed", after.strip()), block))
        return closer

    def _forwarded(self, doc: Document, blocks: list[Block]) -> int | None:
        """Where the message a note or letter forwards begins, printed under the note's own closing
        lines with no heading: the writer says he sends it ("I send you a Russian translation of a
        telegram I received from comrade Mao Zedong."), signs ("With communist greetings." / "Zhou
        Enlai." / "16 September 1952."), and the message follows ("1. According to our information,
        ..."): its text is not the note's (it ran on as the note's paragraphs under its signature)."""
        if _unmarked_letter(doc, blocks) is not None:
            return None  # (a letter quoted after the paragraph announcing it, signed: not forwarded)
        labelled = any(b.kind == "text" and FORWARDED_LABEL.match(b.text.strip()) for b in blocks[2:-1])
        if not labelled and not any(b.kind == "text" and FORWARDS.search(b.text) for b in blocks):
            return None  # (nothing says a message is sent with it: the closing lines are not looked for)
        for k in range(2, len(blocks)):
            last, rest = blocks[k - 1], blocks[k:]
            if last.kind != "text" or not (is_dateline(last.text) or _signs(doc, last.text)):
                continue
            # (the note's closing lines, then "Cable:" over what it forwards, the label saying so)
            if labelled and len(rest) > 1 and rest[0].kind == "text" and FORWARDED_LABEL.match(rest[0].text.strip()):
                closing = self._closer_blocks(doc, blocks[:k])
                if any(b.kind == "text" and _signs(doc, b.text) for b in closing) and len(closing) < k:
                    return k
                continue
            # (a cable's form line, "Ciphered Telegram", begins what is forwarded: no line of the note's
            # closing; its other lines under them, "Copies: ...", are the note's)
            if cable_line(last.text) == "form":
                continue
            first_line = cable_line(rest[0].text)
            if any(b.kind != "text" for b in rest) or is_dateline(rest[0].text) \
                    or _signs(doc, rest[0].text) and first_line != "form" \
                    or POSTSCRIPT.match(rest[0].text) or RELAY_INSTRUCTION.match(rest[0].text) or first_line not in (None, "form"):
                continue
            closing = self._closer_blocks(doc, blocks[:k])
            above = blocks[:k - len(closing)]
            if not closing or not any(b.kind == "text" and _signs(doc, b.text) for b in closing) \
                    or not above or above[-1].text.rstrip().endswith(":"):
                continue
            if _opens_quote(" ".join(b.text for b in blocks[:k])):
                return None  # (the closing lines of a letter quoted in quotation marks, '"To the Chairman ...')
            if any(b.kind == "text" and FORWARDS.search(b.text) for b in above):
                return k
            return None  # (the first closing lines are the writer's: a signature in a text forwarding nothing)
        return None

    def _enclosure(self, doc: Document, blocks: list[Block], headed: bool = True):
        """A message the telegram encloses (see quotes._enclosures): a floatingText of type
        "enclosure", its heading the head, its date above the heading the opener's dateline, its
        paragraphs, and its closing lines, where it has them, its closer.  A message a note
        forwards under its signature (not headed): no head."""
        body = E("body")
        dateline = blocks[0] if headed and is_dateline(blocks[0].text) else None
        heading = blocks[1 if dateline else 0]
        if headed:
            body.append(_at(E("head", heading.text.strip()), heading))
        if dateline:
            body.append(E("opener", *_dateline(dateline.text, dateline)))
        rest = blocks[2 if dateline else 1:] if headed else blocks
        opener = E("opener") if dateline is None else body[-1]
        rest = _enclosure_opening(doc, rest, opener)
        if len(opener) and opener.getparent() is None:
            body.append(opener)
        closing = self._closer_blocks(doc, rest, ending=True)
        if len(closing) >= len(rest):
            closing = []  # (a text of one line is its paragraph)
        self._paragraphs(doc, rest[:len(rest) - len(closing)], body)
        if closing:
            body.append(self._closer(doc, closing))
        return _at(E("floatingText", body, type="enclosure"), heading)

    @staticmethod
    def _letter_in_quote(doc: Document, quote, opened: bool = False) -> None:
        """A letter quoted whole in a covering cable, with its own address, salutation and
        signature ("To the Chairman ..." / "Dear Comrade Stalin!" / ... / "With deep respect," /
        "KIM IL SUNG" / "[signature]" / "Chairman of ..." / "8 July 1950"): a floatingText of
        type "letter" inside the quote, its opener and closer as the telegram's are read."""
        children = list(quote)
        if any(c.tag not in (T + "p", T + "note") or len(c) and c.tag == T + "p" for c in children):
            return  # (only plain paragraphs and the editor's annotations, as _quoted_paragraphs makes them)
        blocks = [Block(c.text or "", c.sourceline or 0) if c.tag == T + "p" else
                  Block("[" + "".join(c.itertext()) + "]", c.sourceline or 0) for c in children]
        # the message's own heading over it, naming its parties, "Personal and Secret Message from
        # Premier Stalin to President Roosevelt.": its head, as an enclosed message's is (the
        # message is then one whether or not it is signed)
        head = None
        if len(blocks) > 1 and children[0].tag == T + "p" and message_heading(blocks[0].text):
            head = _at(E("head", blocks[0].text.strip()), blocks[0])
            blocks = blocks[1:]
        opening = 0
        while opening < min(2, len(blocks) - 1) and (is_address(blocks[opening].text) or is_salutation(blocks[opening].text)
                                                     or ADDRESSEE.match(blocks[opening].text)):
            opening += 1
        # the letter's salutation its first paragraph runs on from ("Dear Comrade Stalin! On behalf
        # of ..."): a line of its own, as at the head of a telegram
        run_in = None if any(is_salutation(b.text) or ADDRESSEE.match(b.text) for b in blocks[:opening]) \
            or opening >= len(blocks) else run_in_salutation(blocks[opening].text)
        if opened and not opening and run_in is None and head is None:
            return  # (no address or salutation to open the letter)
        closing = BodyStructure._closer_blocks(doc, blocks[opening:])
        if not closing or len(closing) >= len(blocks) - opening:
            # (a letter has its signature and date, and text above them; unless the quotation runs to
            # the end of the text, the copy cut inside the letter, which its salutation opens)
            cut = quote.getparent() is not None and quote.getparent()[-1] is quote \
                and any(is_salutation(b.text) for b in blocks[:opening])
            if head is None and not cut:
                return
            closing = []
        body = E("body")
        shift = 1 if head is not None else 0  # (children still holds the heading's paragraph)
        if head is not None:
            body.append(head)
        if opening or run_in:
            opener = E("opener")
            for block in blocks[:opening] + ([Block(run_in[0], blocks[opening].line)] if run_in else []):
                tag, kind = ("seg", "address") if is_address(block.text) else ("salute", None)
                opener.append(_at(E(tag, block.text, type=kind), block))
            body.append(opener)
            if run_in:
                children[shift + opening].text = run_in[1]
        for child in children[shift + opening:len(children) - len(closing)]:
            body.append(child)
        if closing:
            body.append(BodyStructure._closer(doc, closing))
        for child in children:
            if child.getparent() is quote:
                quote.remove(child)
        quote.append(E("floatingText", body, type="letter"))

    def _paragraphs(self, doc: Document, blocks: list[Block], div) -> None:
        current_list = current_table = None
        pending_reply = False
        # roman points where the text has at least "I." and "II." (a lone "I. ..." may be an initial)
        romans = {m.group("n") for b in blocks if b.kind == "text" for m in [ROMAN_POINT.match(b.text)] if m}
        roman = {"I", "II"} <= romans
        figures = _figure_rows(blocks)
        for i, block in enumerate(blocks):
            text = block.text
            if i in figures:  # a table of figures set in columns: "Rifles            80,000"
                if current_table is None:
                    current_table = E("table")
                    div.append(current_table)
                cells, heading = figures[i]
                current_table.append(_at(E("row", *[E("cell", c) for c in cells], role="label" if heading else None), block))
                current_list, pending_reply = None, False
                continue
            if block.kind == "anchor" and SEPARATOR.match(text) and text not in doc.raw.footnotes:
                div.append(_at(E("milestone", unit="section"), block))  # "***" that marks no note: a break
                continue
            if block.kind == "anchor":
                _attach_note(doc, div, block)
                continue
            if block.kind == "quote":  # a block quotation of the source (Markdown's "> ")
                last = div[-1] if len(div) else None
                if last is None or last.tag != T + "quote" or last.get("rend") != "block":
                    last = E("quote", type="reply" if pending_reply else None, rend="block")
                    div.append(last)
                point = numbered_point(text)  # "> a) to agree to ...": the quotation's points keep their number
                last.append(_at(E("p", point[2] if point else text, n=point and point[0]), block))
                if point:
                    last[-1].set(STYLE, point[1])
                current_list, pending_reply = None, False
                continue
            if _between(text):
                div.append(_gap_or_annotation(block))
                current_list = None
                continue
            if SEPARATOR.match(text):  # "- - - -", "* * *": a break between parts of the text
                div.append(_at(E("milestone", unit="section"), block))
                current_list = current_table = None
                continue
            is_part, part_n = part_line(text)
            if is_part:  # "Part 2 of 3", "Continuation.": where the next part of a telegram sent in parts begins
                div.append(_at(E("milestone", unit="part", n=part_n), block))
                div.append(E("label", text, type="part"))
                current_list = current_table = None
                pending_reply = False
                continue
            is_end, part_n = end_of_part_line(text)
            if is_end:  # "End of part one": the copy's words; the next part begins under it, unless its own line says so
                div.append(_at(E("label", text, type="part"), block))
                following = next((b for b in blocks[i + 1:] if b.kind == "text"), None)
                if following is not None and not part_line(following.text)[0]:
                    div.append(E("milestone", unit="part", n=str(int(part_n) + 1) if part_n else None))
                current_list = current_table = None
                pending_reply = False
                continue
            if TABLE_ROW.match(text):  # a Markdown table: "| Rails | 40,000 tons | Harbin |"
                if current_table is None:
                    current_table = E("table")
                    div.append(current_table)
                cells = [c.strip() for c in text.strip().strip("|").split("|")]
                if all(re.fullmatch(r":?-{3,}:?", c) for c in cells):  # the rule under the heading row
                    if len(current_table):
                        current_table[-1].set("role", "label")
                    continue
                current_table.append(_at(E("row", *[E("cell", c) for c in cells]), block))
                current_list, pending_reply = None, False
                continue
            current_table = None
            bullet = BULLET.match(text)
            if bullet:
                if current_list is None:
                    current_list = E("list", rend="bulleted")
                    div.append(current_list)
                current_list.append(_at(E("item", bullet.group("text")), block))
                pending_reply = False
                continue
            current_list = None
            n = style = None
            # (FRUS's text begins with the telegram's own number, "183. Needless ...": no point)
            own = doc.raw.telegram_number and not div.findall(T + "p") and text.startswith(doc.raw.telegram_number + ".")
            point = None if own else numbered_point(text, roman)
            if point:
                n, style, text = point
            if pending_reply and not n and text[-1:] in CLOSE_QUOTES + ".":
                # The reply a colon-ended paragraph announced: a quotation.
                quoted = text.lstrip(OPEN_QUOTES)
                if quoted[-1:] in "”“\"»" and quoted.count(quoted[-1]) % 2 == 1 or quoted[-1:] in "“":
                    quoted = quoted[:-1]
                div.append(E("quote", _at(E("p", quoted), block), type="reply"))
                pending_reply = False
                continue
            p = _at(E("p", text, n=n), block)
            if style:
                p.set(STYLE, style)
            div.append(p)
            # (the last sentence, of a paragraph that ends with a colon only)
            last_sentence = SENTENCE_BREAK.split(text)[-1] if text.endswith(":") else ""
            pending_reply = bool(last_sentence and REPLY_ANNOUNCED.search(last_sentence) and FOLLOWING.search(last_sentence))


def _cable_tail(blocks: list[Block]) -> int:
    """How many of the last blocks are the cable's own lines under its text: its number, routing,
    distribution, the registry's lines ("sent in one copy from an original" / "by Mokrov Nº 1644" /
    "4 May 1950", the date theirs) and the editor's stamps among them."""
    n = 0
    for i in range(len(blocks) - 1, -1, -1):
        b = blocks[i]
        if b.kind != "text":
            break
        if ANNOTATION.match(b.text) and not n or not _tail_line(blocks, i):
            break
        n += 1
    return n


def _tail_line(blocks: list[Block], i: int) -> bool:
    """Whether blocks[i] is one of the cable's own lines under its text: its number, routing,
    distribution, the registry's and clerks' lines and a date under them, the editor's stamps."""
    b = blocks[i]
    if b.kind != "text":
        return False
    return bool(cable_line(b.text) in ("distribution", "transmission", "number", "enclosure") or ANNOTATION.match(b.text)
                or is_dateline(b.text) and i > 0 and blocks[i - 1].kind == "text" and registry_line(blocks[i - 1].text))


# a line that stops at an article or preposition: the copy broke it, its words go on on the next line
BROKEN_AFTER = re.compile(r"\s(?:a|an|the|of|to|for|and|in)$")

# what a form calls the message it carries
DOCUMENT_KIND = re.compile(r"\b(?:" + CABLE_KIND + r"|message|letter)\b", re.I)


def _name_and_post(title: str, blocks: list[Block]) -> int:
    """How many of the first blocks are the address of a telegram printed as Lenin's are: the
    addressee's surname alone as the title names him, no punctuation, and the short lines under it
    (his post, his place: "Andronnikov" / "Regional Board" / "Ekaterinburg"), text under them; 0 if
    they are not."""
    first = blocks[0].text.strip() if blocks and blocks[0].kind == "text" else ""
    if not re.fullmatch(r"[A-Z][\w’'\-]{2,}", first) or not re.search(rf"\b{re.escape(first)}\b", title or "", re.I):
        return 0
    k = 1
    while k < len(blocks) - 1 and blocks[k].kind == "text" and len(blocks[k].text.split()) <= 4 \
            and not re.search(r"[.,:;!?\d]", blocks[k].text) and blocks[k].text.strip()[:1].isupper():
        k += 1
    return k if k > 1 else 0


# an office and, after a comma, the town it sits in: "Revolutionary Military Council of the South-Western Front, Kharkov"
_OFFICE_AT_PLACE = re.compile(r"^[A-Z][\w'’\-]*(?:\s+[\w'’\-]+){1,12},\s+[A-Z][a-z]+(?:[- ][A-Z][a-z]+)?$")


def _office_at_place_under_name(doc: Document, salute: str, text: str, below: Block) -> bool:
    """Whether text is the addressee's office and place under his name alone ("Stalin,"), the
    telegram's marking or date under them: the address's lines."""
    name = salute.strip().rstrip(",")
    return (salute.strip().endswith(",") and len(name.split()) <= 3 and _known_person(doc, name)
            and bool(_OFFICE_AT_PLACE.match(text.strip())) and below.kind == "text"
            and bool(cable_line(below.text) or is_dateline(below.text)))


def _address_block(opener) -> bool:
    """Whether the address lines last in the opener begin with an address ("to Mr. Kim Il Sung"),
    the lines under it (his office) going with it."""
    for seg in reversed(opener):
        if seg.tag != T + "seg" or seg.get("type") != "address":
            return False
        if is_address("".join(seg.itertext())):
            return True
    return False


# a salutation the copy broke after the form of address, the name on the next line: "Dear Cde." / "I. V. Stalin"
SALUTE_BROKEN = re.compile(r"(?:^|\s)(?:Cde\.|Comrades?|Com\.|Mr\.|Dear)$")


# a cable's lines over its address, in a message a note forwards ("Ciphered Telegram", "Top Secret", "No. 75")
_FORM_LINES = ("form", "classification", "number")


def _opening_line(block: Block):
    """A line over an enclosure's address or salutation: the editor's annotation, or the cable's
    line of its kind (a seg of that type, as the telegram's opener has them)."""
    kind = cable_line(block.text)
    return _at(E("seg", block.text, type=kind), block) if kind in _FORM_LINES else _annotation(block)


def _enclosure_opening(doc: Document, blocks: list[Block], opener) -> list[Block]:
    """The editor's annotations and the salutation that open a message a note encloses or forwards
    ("[handwritten:]" / "Dear Cde." / "I. V. Stalin" / "We are deeply touched ..."): put in its
    opener (the salutation one line); the blocks after them returned."""
    # (the break the copy sets between the note and what it forwards, "* * * * *": the enclosure's
    # beginning, which its floatingText marks)
    while len(blocks) > 1 and blocks[0].kind in ("text", "anchor") and SEPARATOR.match(blocks[0].text.strip()):
        blocks = blocks[1:]
    i = 0
    while i < len(blocks) - 2 and blocks[i].kind == "text" and (ANNOTATION.match(blocks[i].text)
                                                                or cable_line(blocks[i].text) in _FORM_LINES):
        i += 1
    if i < len(blocks) - 1 and blocks[i].kind == "text" and is_address(blocks[i].text):
        # ("To All Central Committee Bureaus and Sub-Bureaus:" over a draft a covering note forwards;
        # "Ciphered Telegram" / "To Comrade Vyshinsky." over a cable: its form's lines, then its address)
        opener.extend(_opening_line(b) for b in blocks[:i])
        opener.append(_at(E("seg", blocks[i].text, type="address"), blocks[i]))
        return blocks[i + 1:]
    if i >= len(blocks) - 1 or blocks[i].kind != "text" or not is_salutation(blocks[i].text):
        return blocks
    salute, end = blocks[i], i + 1
    if SALUTE_BROKEN.search(salute.text.strip()) and end < len(blocks) - 1 and blocks[end].kind == "text" \
            and is_signature(blocks[end].text) and _known_person(doc, blocks[end].text):
        salute = Block(f"{salute.text.strip()} {blocks[end].text.strip()}", salute.line, salute.kind)
        end += 1
    opener.extend(_opening_line(b) for b in blocks[:i])
    opener.append(_at(E("salute", salute.text), salute))
    return blocks[end:]


def _bare_number(blocks: list[Block], i: int) -> bool:
    """Whether blocks[i] is a number alone ("1955") under the lines of sending and receipt and
    their date: the number the message was registered under, no year of the text."""
    b = blocks[i]
    if b.kind != "text" or not re.fullmatch(r"\d{2,6}(?:/[A-Za-z]{1,4})?", b.text.strip()) or i < 2:
        return False
    above, higher = blocks[i - 1], blocks[i - 2]
    return above.kind == "text" and higher.kind == "text" and (registry_line(above.text) or is_dateline(above.text)
                                                               and registry_line(higher.text))


def _address_run(blocks: list[Block]) -> int:
    """How many lines of names and titles alone stand over a salutation ending with a colon or
    an exclamation mark ("Your Excellency:", "Dear Comrade J. V. Stalin:"), the text under it:
    the address lines; 0 if none."""
    run = 0
    # (a despatch's, the place under the office: "The Honorable" / "The Secretary of State" / "Washington, D. C.")
    while run < len(blocks) - 2 and blocks[run].kind == "text" and (ADDRESS_WORDS.match(blocks[run].text.strip())
                                                                    or run and is_address(blocks[run].text)):
        run += 1
    salute = blocks[run].text.strip() if run < len(blocks) - 1 and blocks[run].kind == "text" else ""
    if run and salute[-1:] in ":!" and (is_salutation(salute) or ADDRESSEE.match(salute)):
        return run
    return 0


def _titles_subject(title: str, text: str) -> bool:
    """Whether text is the subject a title quotes at its end: "..., 'Recommendations based on ...'"."""
    # (a word's apostrophe inside it: "..., 'Reactions to China's Testing of an Atomic Bomb (6)'")
    quoted = re.search(rf",\s+['‘\"“](?P<subject>{QUOTED_CHARACTER}{{3,}})['’\"”]\s*$", title or "")
    return bool(quoted) and quoted.group("subject").strip().lower() == text.strip().rstrip(".").lower()


def _take_while(blocks, predicate):
    i = 0
    while i < len(blocks) and predicate(blocks[i]):
        i += 1
    return blocks[:i], blocks[i:]


def _gap(block: Block):
    return _at(E("gap", reason="omitted-in-source", resp="#source-editor"), block)


def _opener_line_follows(doc: Document, blocks: list[Block]) -> bool:
    """Whether, after the editor's annotations, the next block is a line of an opener (an
    address, a cable's marking or routing, a salutation) with the text still to come."""
    rest = list(itertools.dropwhile(lambda b: b.kind == "text" and ANNOTATION.match(b.text), blocks))
    if len(rest) < 2 or rest[0].kind != "text":
        return False
    text = rest[0].text
    return bool(cable_line(text) or is_address(text) or _destination(doc, text, rest[1:3]) or _from_place(doc, text, rest[1:2])
                or is_salutation(text) or ADDRESSEE.match(text))


def _annotation(block: Block):
    """[Handwritten: "Agreed. I. St."] -> <note type="annotation"><label>Handwritten</label>:
    "Agreed. I. St."</note>: the editor's words kept, the brackets its rendering."""
    m = ANNOTATION.match(block.text)
    label = E("label", " ".join(m.group("label").split()))
    if m.group("text"):  # "[Signature]" alone: the label only
        label.tail = ": " + " ".join(m.group("text").split())
    return _at(E("note", label, type="annotation", resp="#source-editor"), block)


def _gap_or_annotation(block: Block):
    page = PAGE_LINE.match(block.text)
    if page:
        return _at(E("pb", n=page.group("n"), type="marker"), block)
    resolution = RESOLUTION.match(block.text.strip())
    if resolution and resolution.group("label"):  # "Resolution: To the archive. V.M.": labelled as the page labels it
        label = E("label", resolution.group("label"))
        label.tail = block.text.strip()[resolution.end("label"):]
        return _at(E("note", label, type="annotation", resp="#source-editor"), block)
    if resolution:  # "Agreed. J. St.": a reader's words on the document, not the telegram's (all of them its label, as "[Signature]" alone)
        return _at(E("note", E("label", " ".join(block.text.split())), type="annotation", resp="#source-editor"), block)
    ref = REFERENCE_NOTE.match(block.text)
    if ref:  # "Spravka: no. 48 ...": the archive's note, labelled as the page labels it
        label = E("label", ref.group("label"))
        label.tail = block.text[ref.end("label"):ref.start("text")] + ref.group("text")
        return _at(E("note", label, type="annotation", resp="#source-editor"), block)
    return _gap(block) if GAP_ONLY.match(block.text) else _annotation(block)


def _resolution_after(blocks: list[Block]) -> bool:
    """The last block a reader's resolution written under the telegram's closing lines ("STALIN" /
    "10.7.1947" / "Agreed. J. St."): only under a signature or dateline, where the text has ended."""
    if len(blocks) < 2 or blocks[-1].kind != "text" or not RESOLUTION.match(blocks[-1].text.strip()):
        return False
    above = blocks[-2].text.strip().splitlines()[-1].strip() if blocks[-2].text.strip() else ""
    return is_dateline(above) or is_signature(above)


def _said_again(closer, text: str) -> bool:
    """Whether the dateline text repeats, under the signature, the date of the closer's dateline
    above it (the same day, however written)."""
    datelines = closer.findall(T + "dateline")
    if not datelines or closer.find(T + "signed") is None or closer[-1].tag == T + "dateline":
        return False
    signed_after = any(c.tag == T + "signed" for c in itertools.dropwhile(lambda c: c is not datelines[-1], closer))
    first = find_dates(" ".join("".join(datelines[-1].itertext()).split()))
    again = find_dates(text.strip())
    return signed_after and bool(first) and bool(again) and first[0].value.when[:10] == again[0].value.when[:10] != ""


def _close_annotations(doc: Document, blocks: list[Block]) -> list[Block]:
    """An editor's annotation bracket a paragraph opens and nothing closes ("[handwritten: to Cde.
    Molotov", the page or the copy lost the closing bracket): closed at the paragraph's end (the
    lines under it were not joined to it: sources.base.lines_to_blocks), reported."""
    out = []
    for block in blocks:
        opened = annotation_open(block.text) if block.kind == "text" else None
        if opened is not None:
            block = Block(block.text.rstrip() + "]", block.line, block.kind)
            doc.warn(block.line, f"the editor's bracket '{opened.group(0)[:40].strip()}' is not closed: closed at the "
                     "paragraph's end; add the closing ']' where the annotation ends in the source", "unclosed-bracket")
        out.append(block)
    return out


# where the copy lost a word, its neighbours left around the gap: a possessive with no word before it, only a
# function word ("for 's national"; not "Stalin 's", a PDF's space before the apostrophe, nor "'s-Gravenhage"),
# "the" before a preposition, a conjunction or another "the" ("the of the"; not "the by-election", a
# compound; "a" and "an" are letters too: "Point a of Article 3", "paragraphs a and b")
_FUNCTION_WORDS = r"(?:of|to|for|by|with|from|at|in|on|the|and)"
LOST_WORD = re.compile(rf"\b(?:{_FUNCTION_WORDS}|a|an)\s+['’]s(?![\w\-’'])|\b[Tt]he\s+{_FUNCTION_WORDS}(?![\w\-’'])")


def _report_lost_words(doc: Document, blocks: list[Block]) -> None:
    """Words a page lost in copying (see LOST_WORD) reported where they are, the text kept as it is:
    the edition cannot tell what was there."""
    source: list = []  # the source's lines, read at the first gap only (None: unreadable)
    for block in blocks:
        if block.kind != "text":
            continue
        for m in LOST_WORD.finditer(block.text):
            if not source:
                source.append(_source_lines(doc))
            before = re.search(r"(?:\S+\s+){0,2}$", block.text[:m.start()]).group(0)
            after = re.match(r"(?:\s*[^\s.,;:!?]+){0,2}", block.text[m.end():]).group(0)
            quoted = " ".join(f"{before}{m.group(0)}{after}".split())
            doc.warn(_source_line(source[0], block, m), f"a word seems lost in copying ('{quoted}'): the text is kept as it "
                     "is; check the line against the source and add the word", "lost-word")


def _source_lines(doc: Document) -> list[str] | None:
    """The lines of the document's source file, None where it cannot be read."""
    try:
        with open(doc.raw.source, encoding="utf-8", errors="replace") as source:
            return source.read().splitlines()
    except OSError:
        return None


def _source_line(lines: list[str] | None, block: Block, gap: re.Match) -> int:
    """The line of the source (its lines, _source_lines) the gap stands on: the line its words are on,
    counted from the block's first (a PDF's copy joins a paragraph's lines with spaces: no line break in
    the block to count); the block's line and its line breaks where the source's text is no plain copy
    of the block's (a web page), or the source cannot be read."""
    counted = block.line + block.text.count("\n", 0, gap.start())
    words = re.compile(r"\s+".join(map(re.escape, gap.group(0).split())))
    nth = len(words.findall(block.text, 0, gap.start()))  # (the same words earlier in the block)
    if lines is None:
        return counted
    for number in range(block.line, min(len(lines), block.line + len(block.text)) + 1):
        for _ in words.finditer(lines[number - 1]):
            if nth == 0:
                return number
            nth -= 1
    return counted


# a name closing the text after a sentence's end, "... Greetings. Roshchin" (a copy of a PDF's text runs the
# signature on to the last paragraph)
FINAL_NAME = re.compile(r"(?<=[a-z\d][.!?])\s+(?P<name>(?:[A-Z]\.\s?){0,2}[A-Z][\w’'\-]+(?:\s+[A-Z][\w’'\-]+){0,2})\.?$")


def _signature_run_on(doc: Document, blocks: list[Block]) -> list[Block]:
    """The text's last paragraph (a date under it aside) ending, after a sentence, with the name of a
    person the authority file knows: that name the signature, a line of its own under the paragraph."""
    last = len(blocks) - 1
    while last > 0 and blocks[last].kind == "text" and is_dateline(blocks[last].text):
        last -= 1
    block = blocks[last] if blocks else None
    if block is None or block.kind != "text":
        return blocks
    text, date = _date_run_on(block.text)
    final = FINAL_NAME.search(text)
    # (a sentence before it, not a signature's line: "J. Stalin", "Moscow. Kremlin. Stalin")
    if final is None or len(text[:final.start()].split()) < 4 or not _known_person(doc, final.group("name")):
        return blocks
    return [*blocks[:last], Block(text[:final.start()], block.line), Block(final.group("name"), block.line),
            *([Block(date, block.line)] if date else []), *blocks[last + 1:]]


# a cable form's columns glued by a copy of its text, a routing word in title case right after a
# word in capitals: "PYONGYANG, SOVIET AMBASSADORSent 03:15", "MOSCOW, MIDReceived 28.VIII.50"
COLUMNS_GLUED = re.compile(rf"(?<=[A-Z]{{2}})(?=(?:{ROUTING_VERB_TITLE}|Copy|Copies)\b)")
# or all in capitals, where no change of case shows the seam: "SOVIET AMBASSADORSENT 03:15", "MOSCOW,
# MIDRECEIVED 28.VIII.50" (the routing word then needs what its column holds after it, a time or a date in
# figures, or a copy's number; and the capitals it ends are no word of their own, "PRESENT 03:15", "MISSENT
# 12.1.49", "PHOTOCOPY 2": see _ONE_WORD)
_ROUTING_CAPITALS = (rf"(?P<word>{ROUTING_VERB_CAPITALS})"
                     r"(?=\s+(?:AT\s+)?(?:\d{1,2}[:.]\d\d|\d{1,2}[./-]\s?(?:\d|[IVX])|\d{4}\s*(?:HRS|HOURS|hrs|hours)?\b))"
                     r"|(?P<copy>COPY|COPIES)(?=\s+(?:NO\b|No\b|N[º°Oo]\b|№|\d))")
COLUMNS_GLUED_CAPITALS = re.compile(rf"(?<=[A-Z]{{2}})(?=(?:{_ROUTING_CAPITALS}))")
# the capitals before a routing word that make one English word with it, never two columns: English
# prefixes ("UN", "NON", "MIS", "RE", "PRE", "FORE", "PHOTO", "MICRO": "UNDELIVERED", "NONDELIVERED",
# "MISSENT", "REDELIVERED", "PHOTOCOPY"), and before "SENT" the heads of its words ("ABSENT", "ASSENT",
# "CONSENT", "DISSENT", "PRESENT", "REPRESENT", "OMNIPRESENT") -- a rule on the head, not a list of words
_PREFIXES = r"(?:UN|NON|MIS|RE|PRE|FORE|PHOTO|MICRO|OMNI)"
_ONE_WORD = re.compile(rf"{_PREFIXES}+")
_ONE_WORD_WITH_SENT = re.compile(rf"{_PREFIXES}*(?:AB|AS|CON|DIS)")
# a figure glued to "AT" before a time, the form's space lost: "RECEIVED 12.1.49AT 14:30"
_AT_GLUED = re.compile(r"(?<=\d)(?=(?:AT|At|at)\s+\d{1,2}[:.]\d\d(?!\d))")
# (the cable's opening lines, where the form's columns stand: not a sentence of its text)
_OPENING_LINES = 8


def _glued_column(text: str) -> int | None:
    """Where the routing column starts in a line it is run into, or None."""
    glued = COLUMNS_GLUED.search(text)
    if glued is not None:
        return glued.start()
    for m in COLUMNS_GLUED_CAPITALS.finditer(text):
        head = re.search(r"[A-Z]+$", text[:m.start()])
        # (a word in capitals, not the end of one in small letters; its head no English prefix)
        if head.start() and text[head.start() - 1].isalpha() or _ONE_WORD.fullmatch(head.group(0)) \
                or m.group("word") == "SENT" and _ONE_WORD_WITH_SENT.fullmatch(head.group(0)):
            continue
        return m.start()
    return None


def _columns_glued(blocks: list[Block]) -> list[Block]:
    """The cable's opening lines with a column run into the next ("SOVIET AMBASSADORSent 03:15",
    "SOVIET AMBASSADORSENT 03:15"): each column a line of its own ("SOVIET AMBASSADOR" / "Sent
    03:15"), as the form prints them; a figure run into the "AT" of a time, "12.1.49AT 14:30", set apart."""
    out = []
    for i, block in enumerate(blocks):
        opening = i < _OPENING_LINES and block.kind == "text"
        if opening and _AT_GLUED.search(block.text):
            block = replace(block, text=_AT_GLUED.sub(" ", block.text))
        at = _glued_column(block.text) if opening else None
        if at is None:
            out.append(block)
            continue
        out += [replace(block, text=block.text[:at].rstrip()), replace(block, text=block.text[at:])]
    return out


# a telegram's address, whom and the town, run on with its first sentence: "President Roosevelt
# Washington DC. Your telegram of ..." (the words up to the first stop, "D.C." a part of the town's)
_DISTRICT = r",?\s+(?:D\.\s?C|DC)"  # after the town: ", D.C", " D. C", " DC" (its stop not with it)
_ADDRESS_RUN_IN = re.compile(rf"^(?P<address>[A-Z][^.!?:;,\[\]]{{2,60}}?(?:{_DISTRICT})?\.)\s+(?P<text>[A-Z].*)$", re.S)
_TOWN_DISTRICT = re.compile(_DISTRICT + "$")  # (in the address its stops taken off)


def _address_run_in(doc: Document, blocks: list[Block]) -> list[Block]:
    """The first paragraph beginning with the address a telegram bears, then a sentence: the
    address a line of its own."""
    first = next((i for i, b in enumerate(blocks) if b.kind == "text"), None)
    run = _ADDRESS_RUN_IN.match(blocks[first].text.strip()) if first is not None else None
    if run is None or len(run.group("text").split()) < 4 or not _addressee_at_town(doc, run.group("address")):
        return blocks
    block = blocks[first]
    return [*blocks[:first], Block(run.group("address"), block.line), Block(run.group("text"), block.line), *blocks[first + 1:]]


def _addressee_at_town(doc: Document, text: str) -> bool:
    """"President Roosevelt Washington DC.": a person the authority file knows (his title before
    him) and the place he is at, a stop after them, as a telegram is addressed."""
    if not text.strip().endswith("."):
        return False
    words = _TOWN_DISTRICT.sub("", text.strip().rstrip(".")).split()
    if not 2 <= len(words) <= 6 or not all(NAME_WORD.match(w) for w in words):
        return False
    for size in (1, 2):
        who, town = words[:-size], " ".join(words[-size:])
        while len(who) > 1 and who[0].lower() in RANK_AND_OFFICE_WORDS:  # ("President" before the name)
            who = who[1:]
        if who and _known_place(doc, town) and _known_person(doc, " ".join(who)):
            return True
    return False


def _date_run_on(text: str) -> tuple[str, str]:
    """A text whose last words after a name are a date, "... Greetings. Roshchin 5.X.50" (the
    signature's date run on with it): (the text before the date, the date), else (text, "").
    The fewest words that are a dateline and leave a name before them."""
    words = text.split()
    for n in range(1, min(4, len(words) - 1) + 1):
        date = " ".join(words[-n:])
        if date[:1].isalnum() and is_dateline(date):
            before = text.rstrip()[:-len(date)].rstrip()
            if FINAL_NAME.search(before):
                return before, date
    return text, ""


def _unclosed_letter_at_end(div):
    """The body of a letter quoted last in the text (after its salutation, without closing lines)
    in a quotation the copy never closes (rend "quoted unclosed"), or None."""
    last = div[-1] if len(div) else None
    if last is None or last.tag != T + "quote" or "unclosed" not in (last.get("rend") or "").split():
        return None
    body = last.find(f"{T}floatingText/{T}body")
    if body is None or body.find(f"{T}opener/{T}salute") is None or body.find(f"{T}closer") is not None:
        return None
    return body
