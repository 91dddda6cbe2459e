"""The teiCorpus file: valid TEI, unique ids, every pointer resolved, the whole authority file."""

from __future__ import annotations

import subprocess
from collections import Counter

import pytest

from conftest import require
from tei.authority import Authority
from tei.deposit.corpus import build_corpus, dangling_pointers
from tei.deposit.documents import read_documents

T = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"


@pytest.fixture(scope="module")
def corpus(built_tei):
    docs, _ = read_documents(built_tei)
    return build_corpus(docs, Authority.load())


@pytest.fixture(scope="module")
def corpus_file(corpus, tmp_path_factory):
    path = tmp_path_factory.mktemp("corpus") / "corpus.xml"
    corpus.write(str(path), encoding="UTF-8", xml_declaration=True)
    return path


def test_valid_against_tei_all_with_jing(corpus_file, tei_all_rng):
    jing = require("jing", "the corpus file is checked against tei_all.rng with jing")
    run = subprocess.run([jing, str(tei_all_rng), str(corpus_file)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


def test_every_telegram_is_included_whole(built_tei, corpus):
    members = corpus.getroot().findall(f"{T}TEI")
    assert sorted(m.get(XML_ID) for m in members) == sorted(p.stem for p in built_tei.glob("*.xml"))
    assert all(m.find(f"{T}text/{T}body") is not None and m.find(f"{T}teiHeader") is not None for m in members)
    assert all(m.find(f"{T}standOff") is None for m in members)


def test_ids_unique_and_pointers_resolve(corpus):
    ids = Counter(el.get(XML_ID) for el in corpus.iter() if isinstance(el.tag, str) and el.get(XML_ID))
    assert [i for i, n in ids.items() if n > 1] == []
    assert dangling_pointers(corpus) == []
    # a document's own respStmt ids are prefixed with its id, and its pointers follow
    doc_id = "tg-1949-01-06-stalin-mao-wilson-center"
    member = next(m for m in corpus.getroot().iterfind(f"{T}TEI") if m.get(XML_ID) == doc_id)
    own = sorted(el.get(XML_ID) for el in member.iter() if el.get(XML_ID) and el is not member)
    assert own == [f"{doc_id}-encoder", f"{doc_id}-source-editor"]
    assert member.find(f".//{T}change").get("who") == f"#{doc_id}-encoder"


def test_links_between_files_become_links_inside_the_corpus(corpus):
    targets = [t for el in corpus.iter(f"{T}ref", f"{T}relatedItem") for t in (el.get("target") or "").split()]
    assert targets and not [t for t in targets if t.endswith(".xml")]
    assert "#tg-1949-01-10-stalin-mao-stalin-works-18" in targets


def test_header_holds_the_complete_authority_lists(corpus):
    header = corpus.getroot().find(f"{T}teiHeader")
    in_header = {el.get(XML_ID) for el in header.iter(f"{T}person", f"{T}place", f"{T}org")}
    assert set(Authority.load().entities) <= in_header
    assert header.find(f".//{T}licence").get("target") == "https://creativecommons.org/licenses/by/4.0/"
    assert header.find(f".//{T}encodingDesc/{T}editorialDecl") is not None
    sources = [" ".join(t.text.split()) for t in header.iterfind(f".//{T}sourceDesc//{T}bibl/{T}title")]
    assert "Sino-Soviet Relations, 1911-57" in sources and "Works" in sources


def test_members_of_unchanged_files_come_from_the_cache_and_give_the_same_corpus(built_tei, tmp_path, monkeypatch):
    """After an edit, a removed file, or a file that lost the sibling it linked to, the corpus
    made with the kept headers and members is the corpus made from scratch, byte for byte."""
    import shutil
    import sqlite3

    import tei.deposit.corpus as corpus_module
    from tei.deposit.corpus import remember_corpus, write_corpus
    from tei.deposit.documents import DocumentCache

    made = []
    real = corpus_module._make_member
    monkeypatch.setattr(corpus_module, "_make_member", lambda doc, *a: made.append(doc.path.name) or real(doc, *a))

    tei = tmp_path / "tei"
    shutil.copytree(built_tei, tei)
    cache_file = tmp_path / "documents.sqlite"

    def both(name: str) -> tuple[bytes, list[str]]:
        """The corpus made with the cache (checked against one from scratch), and the files
        whose members were made again."""
        made.clear()
        cached = DocumentCache(cache_file)
        docs, _ = read_documents(tei, validate=False, cache=cached)
        write_corpus(docs, Authority.load(), tmp_path / f"{name}-cached.xml", cached)
        remember_corpus(cached, tmp_path / f"{name}-cached.xml")
        cached.save()
        remade = sorted(made)
        docs, _ = read_documents(tei, validate=False)
        write_corpus(docs, Authority.load(), tmp_path / f"{name}-scratch.xml")
        corpus = (tmp_path / f"{name}-cached.xml").read_bytes()
        assert corpus == (tmp_path / f"{name}-scratch.xml").read_bytes(), name
        return corpus, remade

    count = len(list(tei.glob("*.xml")))
    assert len(both("first")[1]) == count
    assert both("again")[1] == []  # nothing changed: every member read from the last corpus file

    kept = sqlite3.connect(cache_file).execute("SELECT name, kind FROM files").fetchall()
    assert sorted(kept) == sorted((p.name, kind) for p in tei.glob("*.xml") for kind in ("header", "member", "sources"))
    # an edit (a new file in its place, as tei convert writes it)
    path = next(tei.glob("tg-1949-01-13-mao-stalin-wilson-center-*.xml"))
    text = path.read_text(encoding="utf-8").replace("<p>", "<p>Edited. ", 1)
    path.unlink()
    path.write_text(text, encoding="utf-8")
    corpus, remade = both("edited")
    assert b"Edited. " in corpus and remade == [path.name]
    # a file the others link to (its witness, its exchange) is removed: their links are no
    # longer pointers into the corpus
    linked = [p for p in tei.glob("*.xml") if path.name in p.read_text(encoding="utf-8") and p != path]
    assert linked
    path.unlink()
    corpus, remade = both("removed")
    assert f'"#{path.stem}"'.encode() not in corpus and set(remade) == {p.name for p in linked}
    assert (path.name,) not in sqlite3.connect(cache_file).execute("SELECT name FROM files").fetchall()
