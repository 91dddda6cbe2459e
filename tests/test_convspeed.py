"""The converter's speed work of the twenty-third session changes no output: what it does
faster gives what the slower way gave (the converter's outputs, byte for byte)."""

from __future__ import annotations

import re
import sys

from lxml import etree

import shutil
from pathlib import Path

from source_helpers import SOURCES, T
from tei.authority import _CASE_EXTRAS, Authority
from tei.convert import convert_file, convert_sources
from tei.messages import Report
from tei.links import add_links, add_links_to_xml
from tei.writer import serialize
from tei.xmltext import text_of

# links as compute_links makes them, with titles that need escaping or are not ASCII
LINKS = [
    {},
    {"witness": ["tg-1949-01-14-stalin-mao-other.xml"[:-4]]},
    {"witness": ["a", "b-2"], "next": ["n1"], "next-title": ["Mao Zedong to Stalin, 15 January 1949"]},
    {"prev": ["p1", "p2"], "prev-title": ["Stalin & Mao <draft> \"quoted\" 'single'"]},
    {"prev": ["p"], "prev-title": ["Zhou Enlai to Vyshinsky, 3 June 1951 — Chou En-lai’s reply"],
     "next": ["n"], "next-title": ["Ch'en Yün to Mikoyan, 30 January 1949\r"]},
    {"witness": ["w"], "prev": ["p"], "prev-title": [""]},
]


def _documents():
    """Documents of tests/sources as the converter's workers hand them back (serialized without links)."""
    for path in sorted(SOURCES.iterdir())[::7]:  # (a spread of the layouts; all would be slow)
        for item in convert_file(path)[2]:
            yield item.xml


def _by_tree(xml: bytes, links) -> bytes:
    root = etree.fromstring(xml)
    add_links(root, links)
    return serialize(root)


def test_links_put_in_the_text_are_the_bytes_the_tree_gives():
    documents = list(_documents())
    assert len(documents) > 20
    for xml in documents:
        for links in LINKS:
            assert add_links_to_xml(xml, links) == _by_tree(xml, links)


def test_links_in_a_header_laid_out_otherwise_are_added_to_the_tree():
    xml = next(_documents())
    root = etree.fromstring(xml)
    for el in root.iter():  # (no line breaks nor indentation)
        el.tail = None if el is not root and (el.tail or "").strip() == "" else el.tail
        if len(el) and (el.text or "").strip() == "":
            el.text = None
    flat = etree.tostring(root, xml_declaration=True, encoding="UTF-8")
    for links in LINKS[1:]:
        assert add_links_to_xml(flat, links) == _by_tree(flat, links)


# -- the authority file's matcher, factored by the forms' second characters --------------------

def test_the_case_blind_letters_match_what_python_folds_to_them():
    every = "".join(map(chr, range(0x80, 0xD800))) + "".join(map(chr, range(0xE000, sys.maxunicode + 1)))
    for letter in "abcdefghijklmnopqrstuvwxyz":
        assert "".join(re.findall(f"(?i:{letter})", every)) == _CASE_EXTRAS.get(letter, ""), letter


def _varied(form: str) -> list[str]:
    """A form as texts print it: in other cases, its spaces and hyphens otherwise, without its
    apostrophes and accents, and cut short."""
    plain = re.sub(r"[’'‘`´]", "", form)
    return [form, form.upper(), form.lower(), form.title(), form.swapcase(), plain,
            form.replace(" ", "\n"), form.replace("-", ""), form.replace("-", " "), form.replace(" ", "-"),
            form.replace(". ", "."), form[:-1], form[: len(form) // 2], form + "s", form + "-1",
            "".join(c for c in form if ord(c) < 0x300), form.replace("K", "\u212a").replace("s", "\u017f")]


# forms of one first letter whose second letters meet (a case-blind form and the capitals of
# a longer single word; a form whose second character is an apostrophe or a full stop): the
# longer must still be tried first
CONFLICTING = ["Maoistmaoism", "Mao Tsetung", "Mao", "M'ao Tsetungi", "M. Tsetung", "Ma", "Molotovgrad", "Mólotov Line",
               "Mo", "mo-lotov", "Ch'en Yi", "Chen", "CHENYI", "Cheniyi X", "C. Yi", "Cé Yi"]


def _authority_of(tmp_path, forms):
    persons = "".join(f'<person xml:id="p{i}"><persName type="main">{f}</persName></person>' for i, f in enumerate(forms))
    path = tmp_path / "authority.xml"
    path.write_text(f'<TEI xmlns="http://www.tei-c.org/ns/1.0"><standOff><listPerson>{persons}</listPerson>'
                    "</standOff></TEI>", encoding="utf-8")
    return Authority.load(path)


def test_the_factored_matcher_finds_what_the_one_alternation_finds(tmp_path):
    _matches_as_plain(Authority.load(), 1000)
    _matches_as_plain(_authority_of(tmp_path, CONFLICTING), len(CONFLICTING))


def _matches_as_plain(authority, at_least):
    entities = list(authority.entities.values())
    kinds = [entities] + [[e for e in entities if e.kind == k] for k in ("person", "place", "org")]
    pairs = [(authority._compile(group), authority._compile(group, plain=True)) for group in kinds]
    assert pairs[0][0].pattern != pairs[0][1].pattern
    forms = sorted({text_of(f) for e in entities for f in e.element.iterchildren(T + e.name_tag)})
    assert len(forms) >= at_least
    texts = []
    for i, form in enumerate(forms):
        other = forms[(i * 7919) % len(forms)]
        for variant in _varied(form):
            texts += [variant, f"Comrade {variant}, and {other}.", f"({variant}) {variant}'s", f"x{variant} {variant}x",
                      f"{variant}-{other} {other}{variant}", f"the {variant}\n{other.lower()} of {variant.upper()}"]
    for factored, plain in pairs:
        for text in texts:
            assert [m.span() for m in factored.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_the_share_of_control_bytes_is_counted_as_before():
    from tei.textio import _binary_share

    samples = [b"", b"abc", b"a\tb\nc\x0cd\re", b"\x00\x01\x1f text \x7f", bytes(range(256)) * 300, b"x\x02" * 40000]
    for data in samples:
        sample = data[:65536]
        assert _binary_share(data) == sum(1 for b in sample if b < 32 and b not in (9, 10, 12, 13)) / max(1, len(sample))


def test_a_form_found_where_it_begins_is_the_first_a_scan_from_there_finds():
    authority = Authority.load().on("1950-02-14", "V. V. Kuznetsov")  # (a view: namesakes decided by the text)
    texts = ["Central Committee of the Communist Party of the Soviet Union",
             "the Politburo of the CC CPSU and the Nanking Government of China",
             "Kuznetsov, Foreign Ministry of the USSR; Central People's Government of the PRC",
             "Molotov-1 Molotov- Stalin's MAO TSE-TUNG Tsetung x-Mao Workers' Party of Korea"]
    for text in texts:
        for start in [0] + [m.end() for m in re.finditer(r"\s+|-", text)]:
            for kind in (None, "person", "place", "org"):
                first = [f for f in authority.find(text[start:], kind)[:1] if f[0] == 0]
                assert list(authority.find_at(text, start, kind)) == first, (text[start:], kind)


SEEDS = Path(__file__).parent.parent / "seeds"


def test_the_files_the_workers_write_are_those_one_process_writes(tmp_path):
    """With -j 2 the workers write the telegrams' files, their links put in (witnesses, the
    exchange's telegrams before and after) and renamed where another has their id."""
    sources = tmp_path / "sources"
    shutil.copytree(SEEDS, sources)
    shutil.copy(next(SEEDS.glob("002_*")), sources / "009_copy.txt")  # (the same telegram twice: renamed)
    for name in sorted(p.name for p in SOURCES.iterdir())[::9]:
        shutil.copy(SOURCES / name, sources / name)
    outputs = {}
    for jobs in (1, 2):
        report = Report()
        convert_sources([sources], tmp_path / str(jobs), report=report, jobs=jobs)
        outputs[jobs] = ({p.name: p.read_bytes() for p in (tmp_path / str(jobs)).glob("*.xml")},
                         [str(m) for m in report.messages])
    files, messages = outputs[2]
    assert files == outputs[1][0] and messages == outputs[1][1]
    assert any(b"<notesStmt>" in x for x in files.values()) and any(b"<correspContext>" in x for x in files.values())
    assert any(name.startswith("tg-1949-02-stalin-mikoyan-wilson-center-121767-") for name in files)


def test_a_stored_pattern_is_the_pattern_re_compiles(tmp_path):
    from tei import regexes

    pattern = Authority.load()._pattern.pattern  # (the authority file's alternation: 86,000 characters)
    made = regexes.stored(pattern, re.I, folder=tmp_path)  # compiled, and its program kept
    kept = list(tmp_path.glob("*.marshal"))
    assert len(kept) == 1
    loaded = regexes.stored(pattern, re.I, folder=tmp_path)  # read from the file
    expected = re.compile(pattern, re.I)
    # (patterns are equal when their flags, their text and the program the engine runs are)
    assert made == expected and loaded == expected and loaded is not made
    assert loaded.groups == expected.groups and loaded.groupindex == expected.groupindex
    text = "Comrade Filippov and Mao Tse-tung, Liu Shao-chi, Kovalev in Moscow"
    assert [m.span() for m in loaded.finditer(text)] == [m.span() for m in expected.finditer(text)] != []
    # a file spoilt (cut short, another pattern's) is compiled again, and the result is the same
    kept[0].write_bytes(kept[0].read_bytes()[:1000])
    assert regexes.stored(pattern, re.I, folder=tmp_path) == expected
    named = "(?P<word>" + "|".join(f"w{i}x" for i in range(1000)) + ")"
    regexes.stored(named, folder=tmp_path)
    assert regexes.stored(named, folder=tmp_path).groupindex == {"word": 1}
    assert regexes.stored("short", folder=tmp_path / "none") == re.compile("short")
    assert not (tmp_path / "none").exists()  # (a short pattern compiles fast: not kept)


def _kept_runs(authority, text, runs):
    """The runs keep_scans_of_runs keeps, each checked against the run's own scan."""
    from tei.memo import per_source

    own = {run: authority._base._scan(run) for run in runs}
    with per_source:
        authority.keep_scans_of_runs(runs)
        kept = {run for _, run, _ in per_source._tables.get(Authority._long_forms, {}) if run != text}
        for run in runs:
            assert authority._base._forms(run) == own[run] and authority.find(run) == authority._resolve(run), run
    return kept


def test_the_runs_scans_taken_from_the_whole_texts_are_the_runs_own(tmp_path):
    """A run's names taken from the scan of the whole text it stands in (the text the
    correspondence pass reads) are those a scan of the run finds; a run a name of the whole runs
    over the end of ("Mao" / "Zedong": Mao Zedong), or that goes on from a word of the whole
    (a run split after a date), is scanned on its own; one that ends with a space before the
    date's run is kept, unless a name may end with that space ("Washington, D.C. ")."""
    filler = " met in Moscow to discuss the treaty of friendship, alliance and mutual aid between them"
    runs = ["Telegram of Comrade Stalin to Comrade Molotov and to Comrade Zhou Enlai" + filler,  # kept
            "to convey greetings from the Politburo of the CC CPSU to Comrade Mao",  # a name over its end
            "Zedong, Chairman of the Central People's Government of the PRC" + filler,  # and over its start
            "10 January 1950",
            "Vyshinsky and Gromyko" + filler,  # right after the date, no line break: goes on from "1950"
            "Stalin, Molotov, Malenkov, Beria, Mikoyan, Kaganovich and Bulganin " + filler,  # kept
            "Gromyko and Vyshinsky answered the telegram of Comrade Zhou Enlai of ",  # a space before the date: kept
            "5 January",
            " and Zhou Enlai's envoy went to the embassy of the United States in Washington, D.C. ",  # "D.C. " may end a name
            "10 January 1950",
            " and then to Moscow"]
    title, heading = "Stalin to Molotov", ""
    text = "\n".join([title, heading, *runs[:4]]) + runs[4] + "\n" + runs[5] + "\n" + "".join(runs[6:])
    body_at = len(title) + len(heading) + 2
    authority = Authority.load().on("1950-01-10", text, body_at=body_at)
    assert _kept_runs(authority, text, runs) == {runs[0], runs[5], runs[6]}
    assert any(text[s:e] == "Mao\nZedong" for s, e, _, _ in authority._base._scan(text))  # (the case is one)
    # a form that ends with a hyphen may end with the space after it: no run ending in a space is kept
    hyphened = _authority_of(tmp_path, ["Zhou Enlai", "Gromyko-"]).on("1950-01-10", text, body_at=body_at)
    kept = _kept_runs(hyphened, text, runs)
    assert runs[0] in kept and runs[6] not in kept


def test_the_bodies_a_short_name_stands_for_are_those_named_by_it_themselves():
    """Authority.bodies_themselves (made once, not a walk over every entry a telegram): the
    committees themselves, in the file's order, not a body of one ("Politburo of the CCP Central
    Committee"), and the same for the file and a text's view of it."""
    authority = Authority.load()
    key = "central committee"
    walked = tuple(e for e in authority.entities.values() if e.kind == "org" and any(
        f == key or f.startswith(key + " of ") or f.endswith(" " + key) and " of " not in f for f in e.forms))
    found = authority.bodies_themselves(key)
    assert found == walked
    assert "ccp-cc" in [e.id for e in found] and "ccp-politburo" not in [e.id for e in found]
    assert authority.on("1950-01-01", "text").bodies_themselves(key) is found


def test_the_signature_words_are_those_of_four_letters_or_more():
    """links._WORD written out finds what "[a-z]{4,}" finds: runs of four ASCII letters or more,
    not a shorter one nor the part of a word with other letters ("naïve", "Kelvin's K")."""
    from tei.links import _WORD

    text = "the cable of 12.iii.1950: naïve zhou-enlai sent ab1cdef, \u212aelvin telegrams tovarishch ſtalin"
    assert _WORD.findall(text) == re.findall(r"[a-z]{4,}", text)
    assert _WORD.findall(text) == ["cable", "zhou", "enlai", "sent", "cdef", "elvin", "telegrams", "tovarishch", "talin"]


def test_letters_folded_only_where_a_text_has_a_letter_beyond_ascii():
    """fold_letters skips str.translate for a text whose only characters beyond ASCII are no
    letters (curly quotes, dashes): the same text as the translation gives, for every character
    of the planes a translation prints; an accented letter is still folded."""
    from tei.authority import _FOLDED_LETTERS, fold_letters

    for code in range(0x80, 0x3100):
        text = f"“Comrade {chr(code)}” –"
        assert fold_letters(text) == text.translate(_FOLDED_LETTERS), hex(code)
    assert fold_letters("“Kovalëv” – Chʻen Yün") == "“Kovalev” – Chʻen Yun"
    quoted = "“Stalin” — Moscow…"
    assert fold_letters(quoted) is quoted
