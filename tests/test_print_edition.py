"""The print edition of a corpus: volumes for a large one, only changed volumes typeset again."""

from __future__ import annotations

import shutil
from pathlib import Path

from tei.messages import Report
from tei.pdf import print_edition
from tei.pdf.edition import volumes


def test_volumes_split_in_order_and_about_equal():
    paths = [Path(f"tg-{i:04d}.xml") for i in range(700)]
    plan = volumes(list(reversed(paths)), size=300)
    assert [name for name, _ in plan] == ["edition-01.pdf", "edition-02.pdf", "edition-03.pdf"]
    assert [p for _, docs in plan for p in docs] == paths  # name order, each once
    assert all(len(docs) <= 300 for _, docs in plan) and max(len(d) for _, d in plan) - min(len(d) for _, d in plan) <= 2
    assert volumes(paths[:300], size=300) == [("edition.pdf", paths[:300])]


def test_large_edition_in_volumes_each_printed_again_only_when_changed(built_tei, tmp_path):
    tei = tmp_path / "tei"
    shutil.copytree(built_tei, tei)
    out, state = tmp_path / "print", tmp_path / "print.json"
    files = sorted(tei.glob("*.xml"))
    ok, pdfs = print_edition(files, out, Report(), volume_size=4, state_path=state)
    assert ok and [p.name for p in pdfs] == ["edition-01.pdf", "edition-02.pdf", "edition-03.pdf"]
    typ = (out / "edition-02.typ").read_text(encoding="utf-8")
    assert 'volume: "Volume 2 of 3"' in typ
    inodes = {p.name: p.stat().st_ino for p in pdfs}
    # nothing changed: nothing typeset
    assert print_edition(files, out, Report(), volume_size=4, state_path=state)[0]
    assert {p.name: p.stat().st_ino for p in out.glob("*.pdf")} == inodes
    # one document edited (replaced, as tei convert writes): only its volume
    victim = files[-1]
    text = victim.read_text(encoding="utf-8")
    victim.unlink()
    victim.write_text(text.replace("</body>", "<p>An added paragraph.</p></body>", 1), encoding="utf-8")
    assert print_edition(files, out, Report(), volume_size=4, state_path=state)[0]
    after = {p.name: p.stat().st_ino for p in out.glob("*.pdf")}
    assert [n for n in after if after[n] != inodes[n]] == ["edition-03.pdf"]
    # the corpus fits one volume again: the volumes give way to edition.pdf
    ok, pdfs = print_edition(files, out, Report(), state_path=state)
    assert ok and sorted(p.name for p in out.glob("*.pdf")) == ["edition.pdf"]
    assert not list(out.glob("edition-*.typ"))
    # and so do the telegrams' texts kept for them
    assert sorted(p.name for p in (tmp_path / "print-telegrams").iterdir()) == ["edition.json"]


def test_kept_telegram_texts_give_the_volume_a_print_from_scratch_gives(built_tei, tmp_path, monkeypatch):
    """A volume printed again after an edit takes the unchanged telegrams' Typst text from its
    last printing: the source is the one made without it, when a text changes, when a telegram
    moves every number after it, and when a telegram's other translation changes (its note)."""
    import re

    from tei.pdf.render import typst_source
    from tei.pdf.volume import load

    from tei.pdf import render

    tei = tmp_path / "tei"
    shutil.copytree(built_tei, tei)
    kept = tmp_path / "kept" / "edition.json"
    renumbered = []  # the kept telegrams made again for their new numbers
    telegrams = render._telegrams
    monkeypatch.setattr(render, "_telegrams", lambda docs, *a: renumbered.append(len(docs)) or telegrams(docs, *a))

    def both():
        docs = load(sorted(tei.glob("*.xml")), Report())
        return typst_source(docs, "a5", False, kept=kept, salt="s"), typst_source(docs, "a5", False)

    first, fresh = both()
    assert first == fresh and kept.exists()
    again, fresh = both()
    assert again == fresh
    files = sorted(tei.glob("*.xml"))
    witnessed = next(f for f in files if 'type="witness"' in f.read_text(encoding="utf-8"))
    last = files[-1]
    for victim, edit in ((witnessed, lambda t: re.sub(r"(<body>.*?<p[^>]*>)", r"\1 1,234 ", t, count=1, flags=re.S)),  # a number: the notes differ
                         (last, lambda t: re.sub(r'(<correspAction type="sent">.*?<date[^>]*when=")[\d-]+',
                                                 r"\g<1>1900-01-01", t, count=1, flags=re.S))):  # first now
        text = victim.read_text(encoding="utf-8")
        assert edit(text) != text
        victim.unlink()
        victim.write_text(edit(text), encoding="utf-8")
        made, fresh = both()
        assert made == fresh and made != again
        again = made
    assert renumbered == [len(files) - 1]  # the date moved the last telegram first: all the others renumbered


def test_a_source_known_by_two_names_is_given_one_in_every_volume_and_an_edit_elsewhere_reprints_it(
        built_tei, tmp_path):
    """An archive whose records cite it under two names is named as the HTML edition names it,
    by the name the whole edition's documents give it most often, in every volume (each volume
    named it by its own documents' most frequent name); a volume whose documents are unchanged
    is printed again when an edit in another volume changes that name."""
    import re

    template = next(f for f in sorted(built_tei.glob("*.xml"))
                    if re.search(r'<title level="m" ref="#wilson-center">', f.read_text(encoding="utf-8")))
    text = template.read_text(encoding="utf-8")
    tei, out, state = tmp_path / "tei", tmp_path / "print", tmp_path / "print.json"
    tei.mkdir()
    short, long = "Wilson Center Digital Archive", "History and Public Policy Program Digital Archive"

    def write(n, name):
        path = tei / f"tg-{n}.xml"
        path.unlink(missing_ok=True)  # (replaced, as tei convert writes)
        path.write_text(re.sub(r'(<title level="m" ref="#wilson-center">)[^<]*', rf"\g<1>{name}", text, count=1),
                        encoding="utf-8")

    for n, name in enumerate([short, short, long, long, long, long], 1):  # volume 1: short twice; the edition: long
        write(n, name)
    files = sorted(tei.glob("*.xml"))

    def named():
        return {p.name: re.findall(r'#subsection\("([^"]*Archive)"', p.with_suffix(".typ").read_text(encoding="utf-8"))
                for p in sorted(out.glob("*.pdf"))}

    ok, pdfs = print_edition(files, out, Report(), volume_size=3, state_path=state)
    assert ok and named() == {"edition-01.pdf": [long], "edition-02.pdf": [long]}
    inodes = {p.name: p.stat().st_ino for p in out.glob("*.pdf")}
    write(4, short)  # volume 2's edit: the edition now names it "short" three times of six; the first in order
    assert print_edition(files, out, Report(), volume_size=3, state_path=state)[0]
    assert named() == {"edition-01.pdf": [long], "edition-02.pdf": [long]}  # (3 and 3: "History ..." < "Wilson ...")
    assert {p.name: p.stat().st_ino for p in out.glob("*.pdf")}["edition-01.pdf"] == inodes["edition-01.pdf"]
    write(5, short)  # now four of six: volume 1, unchanged, is printed again with the new name
    assert print_edition(files, out, Report(), volume_size=3, state_path=state)[0]
    assert named() == {"edition-01.pdf": [short], "edition-02.pdf": [short]}
    assert {p.name: p.stat().st_ino for p in out.glob("*.pdf")}["edition-01.pdf"] != inodes["edition-01.pdf"]
