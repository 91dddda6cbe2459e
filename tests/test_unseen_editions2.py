"""What the editions' second review asked of the converter: a compilation's item titles printed
in capitals are cited in title case (the TEI keeps the title as printed in the titleStmt)."""

from __future__ import annotations

from source_helpers import T, convert

CAPITALS = "compilation-1961-headings-in-capitals-cited-in-title-case.txt"


def test_a_title_printed_in_capitals_is_cited_in_title_case(tmp_path):
    """"1. TELEGRAM FROM MAO TSE-TUNG TO J. V. STALIN ON THE AIR DIVISIONS OF TENG YU-LIN, 12 MARCH
    1951" was cited so in both editions ("“TELEGRAM FROM ...”, in ..."). The witness's title
    (sourceDesc/bibl) is in title case: the names as the authority file writes them ("Mao
    Tse-tung", not "Tse-Tung"), or as the text does (Teng Yu-lin, whom the file lacks), a party's
    abbreviation as it is written ("VKP(b)"), "the", "of", "on" in lower case; the titleStmt keeps
    the title as printed."""
    docs = convert(tmp_path, CAPITALS)
    cited = {k: r.findtext(f".//{T}sourceDesc/{T}bibl/{T}title[@level='a']") for k, r in docs.items()}
    printed = {k: r.findtext(f".//{T}titleStmt/{T}title[@type='source']") for k, r in docs.items()}
    # (without the book's number, the heading's and the biblScope's: tests/test_unseen_leftovers9.py)
    assert cited == {
        "tg-1951-03-12-mao-stalin-soviet-union-korean-war-1961":
            "Telegram from Mao Tse-tung to J. V. Stalin on the Air Divisions of Teng Yu-lin, 12 March 1951",
        "tg-1951-03-15-stalin-mao-soviet-union-korean-war-1961":
            "Telegram from J. V. Stalin to Mao Tse-tung on the Decision of the CC VKP(b), 15 March 1951"}
    assert printed["tg-1951-03-15-stalin-mao-soviet-union-korean-war-1961"] == \
        "2. TELEGRAM FROM J. V. STALIN TO MAO TSE-TUNG ON THE DECISION OF THE CC VKP(B), 15 MARCH 1951"
    # the editorial declaration says so
    decl = " ".join(next(iter(docs.values())).find(f".//{T}editorialDecl/{T}normalization").itertext())
    assert "cited in title case" in decl


def test_title_case_keeps_what_a_catalogue_keeps():
    """The helper the readers and the header share: ordinals, roman numbers, initials, acronyms,
    a word after its apostrophe, letters with diacritics; a romanized name's given name with its
    second syllable in lower case ("Tse-tung", "Shao-ch'i"; test_unseen_editions)."""
    from tei.sources.base import in_capitals, title_case

    assert title_case("2. REPLY OF J. V. STALIN TO MAO TSE-TUNG'S TELEGRAM, DATED THE 3RD OF JANUARY") == \
        "2. Reply of J. V. Stalin to Mao Tse-tung's Telegram, Dated the 3rd of January"
    assert title_case("3. LETTER FROM M. RÁKOSI TO THE CC CPSU, 14.III.50") == "3. Letter from M. Rákosi to the CC CPSU, 14.III.50"
    assert title_case("DOCUMENTS: THE ALLIANCE, VOLUME II") == "Documents: The Alliance, Volume II"
    assert title_case("No. 8 THE TELEGRAM FROM LYU SHAO-TSI") == "No. 8 The Telegram from Lyu Shao-tsi"  # (after its number)
    assert title_case("TELEGRAM FROM LIU SHAO-CH'I TO MR. KAO KANG", ["Kao Kang"]) == \
        "Telegram from Liu Shao-ch'i to Mr. Kao Kang"
    assert in_capitals("No. 41 TELEGRAM FROM MAO TSE-TUNG TO J. V. STALIN")
    assert not in_capitals("Telegram from the CC VKP(b) to the CC CCP")
