"""The judges' fifth round's leftovers (tests/test_unseen_variants5.py): a Markdown copy's
reference links and TOML front matter, ... Our own writing in the layouts of the pages, each
misreading with a source of ours."""

from __future__ import annotations

import pytest

from source_helpers import T, convert, text

from tei.messages import SourceError
from tei.sources.wilson import WilsonMarkdownReader


def _parties(doc) -> list[tuple[str, str]]:
    return [(a.get("type"), a.find(f"{T}persName").get("ref")) for a in doc.iter(f"{T}correspAction")]


def test_the_records_address_given_by_a_reference_link(tmp_path):
    """"[Link][record]" under the citation, its definition "[RECORD]: https://.../document/990301"
    under the text: the record's address (only "Link" was kept, the address lost); the book's
    link "[Peng Dehuai junshi wenxuan][pd]" its words."""
    [doc] = convert(tmp_path, "wilson-peng-dehuai-mao-1950-12-03-markdown-link-by-reference-toml-fields.md").values()
    header = doc.find(f"{T}teiHeader")
    assert header.find(f".//{T}sourceDesc//{T}ref").get("target") == "https://digitalarchive.wilsoncenter.org/document/990301"
    assert "Peng Dehuai junshi wenxuan, pp. 101-102" in header.xpath("string(.)")
    assert "[pd]" not in header.xpath("string(.)") and "books/peng" not in header.xpath("string(.)")
    body = [text(p) for p in doc.iterfind(f".//{T}div/{T}p")]
    assert body == ["The columns reached the river this morning and crossed it without losses; the enemy's aircraft did not find "
                    "them, and the bridges we built at night are whole.",
                    "We ask for winter clothing for two armies before the snow."]


def test_a_link_named_link_alone_on_its_line_is_the_records_address():
    """"[Link](https://...)" on its own line: the address, as the page's "Link: ..." line."""
    lines, _, _ = WilsonMarkdownReader().lines("# T\n\n[Link](https://digitalarchive.wilsoncenter.org/document/5)\n"
                                               "See [the book](https://example.org/b) here.\n")
    assert [l for _, l in lines if l] == ["T", "Link: https://digitalarchive.wilsoncenter.org/document/5",
                                          "See the book here."]


def test_toml_front_matter_read_as_the_yaml_front_matters_fields(tmp_path):
    """"+++" / 'translator = "..."' / 'original_language = "Chinese"' / "+++": the record's
    fields (they were left out: the translator unknown, the date only the heading's)."""
    [doc] = convert(tmp_path, "wilson-peng-dehuai-mao-1950-12-03-markdown-link-by-reference-toml-fields.md").values()
    assert _parties(doc) == [("sent", "#peng-dehuai"), ("received", "#mao")]
    assert doc.find(f".//{T}correspAction[@type='sent']/{T}date").get("when") == "1950-12-03"
    assert "Translated by Our Own Translator" in [text(r) for r in doc.iter(f"{T}respStmt")]
    assert "Chinese" in doc.find(f"{T}teiHeader").xpath("string(.)")


def test_toml_front_matter_that_cannot_be_read(tmp_path):
    """A string not closed in the TOML block: an error naming the line, no traceback."""
    source = tmp_path / "cable.md"
    source.write_text('+++\ntitle = "Cable, Zhou Enlai to Stalin"\ndate = "1950-10-13\n+++\n\n# Cable\n\nText.\n')
    with pytest.raises(SourceError) as failure:
        WilsonMarkdownReader().read(source.read_text(), str(source))
    message = failure.value.message
    assert message.line == 3 and "TOML front matter" in message.text
