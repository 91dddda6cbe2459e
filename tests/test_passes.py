"""Table-driven tests of the passes: dates, names, the source editor's brackets, unknown persons."""

from __future__ import annotations

from pathlib import Path

import pytest
from lxml import etree

from tei.authority import Authority
from tei.dates import find_dates

T = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"
CONTEXT = "1949-01-13"  # the telegram's own date, for dates written without a year


# ----------------------------------------------------------------------------- dates

DATES = [
    # text, the matched text, attributes
    ("10.01.1949", "10.01.1949", {"when": "1949-01-10"}),
    ("6.1.1949", "6.1.1949", {"when": "1949-01-06"}),
    ("6. II. 1949", "6. II. 1949", {"when": "1949-02-06"}),
    ("22.IV.1948", "22.IV.1948", {"when": "1948-04-22"}),
    ("DATED THE 14TH OF JANUARY, 1949", "THE 14TH OF JANUARY, 1949", {"when": "1949-01-14"}),
    ("dated the 14th of January, 1949.", "the 14th of January, 1949", {"when": "1949-01-14"}),
    ("On January 9th we received", "January 9th", {"when": "1949-01-09", "evidence": "internal"}),
    ("Mao Zedong 12 January 1949", "12 January 1949", {"when": "1949-01-12"}),
    ("dated 10th January 1949", "10th January 1949", {"when": "1949-01-10"}),
    ("January 06, 1949", "January 06, 1949", {"when": "1949-01-06"}),
    ("during the four years from 1918 to 1921.", "from 1918 to 1921", {"from": "1918", "to": "1921"}),
    ("on 1-3 November", "1-3 November", {"from": "1948-11-01", "to": "1948-11-03", "evidence": "internal"}),
    ("Starting from July 1946 we", "July 1946", {"when": "1946-07"}),
    ("February, 1949", "February, 1949", {"when": "1949-02"}),
    ("On the 1st of January Chiang", "the 1st of January", {"when": "1949-01-01", "evidence": "internal"}),
    ("Jan 10, 1949", "Jan 10, 1949", {"when": "1949-01-10"}),
    ("Sept. 3, 1949", "Sept. 3, 1949", {"when": "1949-09-03"}),
    ("received on 14/1/1949", "14/1/1949", {"when": "1949-01-14"}),
    ("dated 1949-01-14", "1949-01-14", {"when": "1949-01-14"}),
    ("the talks of January 14-16, 1949", "January 14-16, 1949", {"from": "1949-01-14", "to": "1949-01-16"}),
    ("Jan. 14–16", "Jan. 14–16", {"from": "1949-01-14", "to": "1949-01-16", "evidence": "internal"}),
    # A date more than two months after the telegram's is last year's.
    ("your cable of 30 December", "30 December", {"when": "1948-12-30", "evidence": "internal"}),
]


@pytest.mark.parametrize("text,matched,attrs", DATES, ids=[d[0] for d in DATES])
def test_dates(text, matched, attrs):
    found = find_dates(text, CONTEXT)
    assert [(text[f.start:f.end], f.value.attributes()) for f in found] == [(matched, attrs)]


NOT_DATES = ["43 persons", "3/5 of the seats and 2/5 of the portfolios", "a list of war criminals — 45 persons",
             "pp. 520–521", "F. 45. Op. 1. D. 330. L. 95–96", "No. 4–5. P. 133–134.", "Ciphered Telegram No. 0100",
             "Nos. 50450, 50470, and 50490", "31.02.1949", "10.13.1949", "the 20th Army", "in the 1940s",
             "Reply to No. 1.", "Vol. 5, Book 2", "1/14/1949", "ll. 0101-0102", "1949-1950", "No. 1949-12"]


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text):
    assert [text[f.start:f.end] for f in find_dates(text, CONTEXT)] == []


def test_date_without_year_and_without_context_is_not_guessed():
    assert find_dates("January 9th") == []


@pytest.mark.parametrize("text", ["the troops will march 20 kilometres a day", "they may 2 times refuse"])
def test_verbs_are_not_months(text):
    assert find_dates(text, CONTEXT) == []


def test_span_of_days_with_from_to():
    found = find_dates("from 10 to 15 January 1949", CONTEXT)
    assert [f.value.attributes() for f in found] == [{"from": "1949-01-10", "to": "1949-01-15"}]


# ----------------------------------------------------------------------------- names

NAMES = [
    ("Mao Zedong", "mao"), ("Mao Tse-tung", "mao"), ("MAO TSE-TUNG", "mao"), ("Chairman Mao", "mao"),
    ("Chairman Mao Tse-tung", "mao"),
    ("Nanjing", "nanjing"), ("Nanking", "nanjing"),
    ("Guomindang", "kmt"), ("Kuomintang", "kmt"), ("GMD", "kmt"), ("Kuomintangists", "kmt"),
    ("Yangzi", "yangtze"), ("Yangtze", "yangtze"), ("Changkiang", "yangtze"),
    ("Zhang Zhizhong", "zhang-zhizhong"), ("Chien Chi-chun", "zhang-zhizhong"),
    ("Shao Lizi", "shao-lizi"), ("Shao Li-tsi", "shao-lizi"),
    ("Chiang Kai-shek", "chiang"), ("Jiang Jieshi", "chiang"), ("Chiang Kai shek", "chiang"),
    ("Filippov", "stalin"), ("Fillipov", "stalin"), ("FILLIPOV", "stalin"), ("J. V. STALIN", "stalin"),
    ("J.V. Stalin", "stalin"),
    ("Terebin", "orlov"), ("Terbpin", "orlov"),
    ("Beiping", "beijing"), ("Canton", "guangzhou"), ("KOVALEV", "kovalev"),
    ("Anastas Ivanovich Mikoyan", "mikoyan"), ("Liu Shao-ch'i", "liu-shaoqi"), ("Chou En-lai", "zhou-enlai"),
    # the places of 1949-1950 in Wade-Giles and postal spellings
    ("Kalgan", "zhangjiakou"), ("Tatung", "datong"), ("Taiyuan", "taiyuan"), ("Manchouli", "manzhouli"),
    ("Kiangsi", "jiangxi"), ("Szechwan", "sichuan"), ("Amoy", "xiamen"), ("Sian", "xian"), ("Jehol", "rehe"),
    ("Feng Hsi", "stalin"), ("CC CCP", "ccp-cc"),
]
PSEUDONYMS = {"Filippov", "Fillipov", "FILLIPOV", "Terebin", "Feng Hsi"}


@pytest.fixture(scope="module")
def authority():
    return Authority.load()


@pytest.mark.parametrize("form,entity_id", NAMES, ids=[n[0] for n in NAMES])
def test_name_forms(authority, form, entity_id):
    text = f"We met {form}, as agreed."
    found = [(text[s:e], entity.id) for s, e, entity, _kind in authority.find(text)]
    assert found == [(form, entity_id)]
    if form in PSEUDONYMS:
        assert authority.find(text)[0][3] == "pseudonym"


def test_possessive_and_typographic_apostrophe(authority):
    text = "the Kuomintang‘s power and Mao's reply"
    assert [(text[s:e], ent.id) for s, e, ent, _ in authority.find(text)] == [("Kuomintang", "kmt"), ("Mao", "mao")]


def test_place_inside_an_organisation(authority):
    text = "the Nanking Government"
    assert [ent.id for _, _, ent, _ in authority.find(text)] == ["nationalist-government"]
    assert [ent.id for _, _, ent, _ in authority.find(text, kind="place")] == ["nanjing"]


COMMON = ("We may march on the long road in the summer. The party and the government will unite the people. "
          "A fine china cup. The general staff met the chairman. He was a comrade. We welcome the policy. "
          "The peace deal is our main task. The army will cross the river. He said yes. Our mao jacket.")


def test_common_words_are_not_names(authority):
    assert [COMMON[s:e] for s, e, _, _ in authority.find(COMMON)] == []


# ----------------------------------------------------------------------------- end to end on a tiny source

TINY = """Telegram of J.V. Stalin to Mao Zedong dated 10th January 1949
Stalin I.V. Works. - T. 18. - Tver: Information and
Soyuz Publishing Center, 2006, pp. 520–521.
Comrade Mao Zedong,
We received a note [...] from the Nanking government [Details concerning radio stations.] on January 9.
Filippov [Stalin] met Beiping [Beijing] people [?] and more [c. 520] and more.
Comrade Ivanov, Cde. Petrov and Li Hua and his friends arrived.
KOVALEV and BELOUSOV reported. The city [Tianjin] fell. A [supplied] word.
Waiting for an answer.
New and recent history. 1994. AP RF. F. 45. Op. 1. D. 330. L. 95–96
"""


def convert_text(tmp_path: Path, text: str, name: str = "tiny.txt"):
    from tei.convert import convert_sources
    from tei.messages import Report

    source = tmp_path / name
    source.write_text(text, encoding="utf-8")
    report = Report()
    convert_sources([source], tmp_path / "out", report=report)
    docs = [etree.parse(str(p)).getroot() for p in sorted((tmp_path / "out").glob("*.xml"))]
    return docs, report


@pytest.fixture(scope="module")
def tiny(tmp_path_factory):
    docs, report = convert_text(tmp_path_factory.mktemp("tiny"), TINY)
    assert len(docs) == 1, [str(m) for m in report.messages]
    return docs[0], report


def body(root):
    return root.find(f".//{T}body")


def test_bracket_gap(tiny):
    gaps = list(body(tiny[0]).iter(f"{T}gap"))
    assert len(gaps) == 2
    assert gaps[0].find(f"{T}desc") is None
    assert gaps[1].findtext(f"{T}desc") == "Details concerning radio stations."
    assert "[" not in "".join(body(tiny[0]).itertext()).replace("[c.", "")


def test_bracket_gloss_links_the_name(tiny):
    glosses = list(body(tiny[0]).iter(f"{T}gloss"))
    refs = [[n.get("ref") for n in g.iter(f"{T}persName", f"{T}placeName")] for g in glosses]
    assert ["#stalin"] in refs and ["#beijing"] in refs
    stalin = glosses[0]
    previous = stalin.getprevious()
    assert previous.tag == f"{T}persName" and previous.get("ref") == "#stalin" and previous.text == "Filippov"
    assert previous.get("type") == "pseudonym"


def test_bracket_query_is_certainty(tiny):
    certainty = list(body(tiny[0]).iter(f"{T}certainty"))
    assert len(certainty) == 1 and certainty[0].get("cert") == "low"


def test_page_marker_is_pb(tiny):
    pbs = list(body(tiny[0]).iter(f"{T}pb"))
    # the citation's first page (pp. 520-521) opens the text; "[c. 520]" ends page 520 where it stands
    assert [pb.get("n") for pb in pbs] == ["520", "521"]
    assert pbs[1].tail.startswith(" and more.")
    assert "c. 520" not in "".join(body(tiny[0]).itertext())


def test_bracket_supplied(tiny):
    supplied = [s.text for s in body(tiny[0]).iter(f"{T}supplied")]
    assert supplied == ["supplied"]


def test_bracket_illegible_is_a_gap(tmp_path):
    docs, _ = convert_text(tmp_path, TINY.replace("A [supplied] word.", "The [illegible] word."))
    gaps = [g.get("reason") for g in body(docs[0]).iter(f"{T}gap")]
    assert "illegible" in gaps
    assert [s.text for s in body(docs[0]).iter(f"{T}supplied")] == []


UNKNOWN = [("Ivanov", "unresolved-ivanov", 7), ("Petrov", "unresolved-petrov", 7),
           ("Li Hua", "unresolved-li-hua", 7), ("BELOUSOV", "unresolved-belousov", 8)]


@pytest.mark.parametrize("name,entity_id,line", UNKNOWN, ids=[u[0] for u in UNKNOWN])
def test_unknown_person_tagged_provisionally_and_reported(tiny, name, entity_id, line):
    root, report = tiny
    tagged = [p for p in body(root).iter(f"{T}persName") if p.text == name]
    assert [p.get("ref") for p in tagged] == [f"#{entity_id}"]
    entry = [p for p in root.iter(f"{T}person") if p.get(XML_ID) == entity_id]
    assert len(entry) == 1 and entry[0].get("cert") == "low"
    messages = [m for m in report.messages if m.level == "warning" and f"'{name}'" in m.text]
    assert len(messages) == 1
    assert messages[0].file.endswith("tiny.txt") and messages[0].line == line


def test_known_capital_surname_is_linked_not_reported(tiny):
    root, report = tiny
    assert [p.get("ref") for p in body(root).iter(f"{T}persName") if p.text == "KOVALEV"] == ["#kovalev"]
    assert not [m for m in report.messages if "KOVALEV" in m.text]


def test_strict_makes_unknown_names_fail(tmp_path):
    from click.testing import CliRunner
    from tei.cli import main

    source = tmp_path / "tiny.txt"
    source.write_text(TINY, encoding="utf-8")
    result = CliRunner().invoke(main, ["convert", str(source), "--out", str(tmp_path / "out"), "--strict"])
    assert result.exit_code == 1
    result = CliRunner().invoke(main, ["convert", str(source), "--out", str(tmp_path / "out2")])
    assert result.exit_code == 0


THROUGH = """

October 19, 1949

Cable No. 40623, A. I. Mikoyan to Fillipov, through Andrei Yakovlevich Orlov

Citation:

"Cable No. 40623, A. I. Mikoyan to Fillipov, through Andrei Yakovlevich Orlov," October 19, 1949, Wilson Center Digital Archive, APRF, f. 45, op. 1, d. 304. Translated by Sergey Radchenko.

Contents:

Translation - English

Comrade Fillipov,

We arrived at the headquarters.

Mikoyan
"""


def test_intermediary_named_with_through(tmp_path):
    [doc], report = convert_text(tmp_path, THROUGH)
    actions = {a.get("type"): a for a in doc.iter(f"{T}correspAction")}
    assert actions["sent"].find(f"{T}persName").get("ref") == "#mikoyan"
    assert actions["received"].find(f"{T}persName").get("ref") == "#stalin"
    assert actions["transmitted"].find(f"{T}persName").get("ref") == "#orlov"


@pytest.mark.parametrize("sentence, kind, inner", [
    ("The [Chinese Changchun] Railway will be returned.", "supplied", "Chinese Changchun"),
    ("The delegation will go to [Beijing] in May.", "supplied", "Beijing"),
    ("The delegation will go to Beiping [Beijing] in May.", "gloss", "Beijing"),
])
def test_bracketed_name_after_an_article_or_preposition_is_supplied(tmp_path, sentence, kind, inner):
    """Names in brackets after "the", "to", "of": words the source's editor supplied; after a
    name, its identification (both were glosses)."""
    docs, _ = convert_text(tmp_path, TINY.replace("A [supplied] word.", sentence))
    found = [("".join(e.itertext())) for e in body(docs[0]).iter(f"{T}{kind}")]
    assert inner in found


def test_a_translators_note_in_brackets_is_a_note_not_an_omission(tmp_path):
    """"[Translator's note: ...]" was taken for omitted text described (a gap with a desc)."""
    docs, _ = convert_text(tmp_path, TINY.replace(
        "A [supplied] word.", "A word [Translator's note: the original has 'Fillipov'.] here."))
    notes = [n for n in body(docs[0]).iter(f"{T}note") if n.get("type") == "editorial"]
    assert ["".join(n.itertext()) for n in notes] == ["Translator's note: the original has 'Fillipov'."]
    assert not [g for g in body(docs[0]).iter(f"{T}gap") if "Translator" in "".join(g.itertext())]


@pytest.mark.parametrize("line, label", [("[Signature]", "Signature"), ("[Handwritten]", "Handwritten")])
def test_an_annotation_without_its_text(tmp_path, line, label):
    """"[Signature]" alone on its line: an annotation with its label only (it was an
    identification, as if "Signature" were a name)."""
    docs, _ = convert_text(tmp_path, TINY.replace("A [supplied] word.", f"A word.\n\n{line}"))
    notes = [n for n in body(docs[0]).iter(f"{T}note") if n.get("type") == "annotation"]
    assert [("".join(n.itertext()), n.findtext(f"{T}label")) for n in notes] == [(label, label)]
    assert not list(body(docs[0]).iter(f"{T}gloss")) or label not in [g.text for g in body(docs[0]).iter(f"{T}gloss")]


def test_a_body_named_after_someone_does_not_mention_him(tmp_path):
    """"the MacArthur Foundation" names the foundation, not General MacArthur (the authority
    file knows both); "MacArthur's troops" names the general."""
    docs, _ = convert_text(tmp_path, TINY.replace(
        "A [supplied] word.", "The MacArthur Foundation paid. MacArthur's troops landed."))
    text = body(docs[0])
    assert [o.get("ref") for o in text.iter(f"{T}orgName") if "Foundation" in "".join(o.itertext())] == ["#macarthur-foundation"]
    assert [p.get("ref") for p in text.iter(f"{T}persName") if p.text == "MacArthur"] == ["#macarthur"]
