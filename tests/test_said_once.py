"""Words that several parts of the pipeline read, kept in one place, and what each part had
missed while it kept a list of its own.

The family names of China, Korea and Vietnam are kept in one file,
xslt/common/family-names.xml, read by the indexes (a name beginning with one is filed as it is)
and by the converter (a Korean name written without a hyphen).  The two had kept lists of their
own, which had drifted apart: the indexes did not know "Mun", "Hyon" or "Nam", which the
converter reads as Korean, and the converter did not know "Ryu" or "Jung", which the indexes
file as Korean.  The kinds of cable are tei.vocab's for the date rules and the Wilson reader's
markings too."""


from __future__ import annotations

from lxml import etree


def _file_names(region: str) -> set[str]:
    from tei.paths import XSLT_DIR

    tree = etree.parse(str(XSLT_DIR / "common" / "family-names.xml"))
    return set(tree.xpath("/family-names/region[@name = $r]", r=region)[0].text.split())


def test_the_converter_reads_a_korean_name_of_any_family_the_file_lists():
    from tei.transforms.names.patterns import korean_names

    korean = _file_names("Korea")
    assert {"ryu", "jung", "mun", "kim"} <= korean
    for family in sorted(korean):
        text = f"Comrade {family.capitalize()} Chol arrived yesterday."
        assert [m.group("name") for m in korean_names(text)] == [f"{family.capitalize()} Chol"], family
    # a family name of China alone (not of Korea) is not read as a Korean name
    assert "zhou" in _file_names("China") and "zhou" not in korean
    assert not list(korean_names("Comrade Zhou Chol arrived yesterday."))


def test_the_index_files_every_family_name_of_the_file_family_name_first(tmp_path):
    """Provisional names beginning with a family name the index did not know ("Mun Il", "Hyon
    Chun", "Nam Tok") were filed by their last word, under I, C and T."""
    from index_helpers import provisional_persons, site_filing

    names = ["Mun Il", "Hyon Chun", "Nam Tok", "Harold Gable"]
    filed = site_filing(tmp_path, provisional_persons({"unresolved-" + n.lower().replace(" ", "-"): n for n in names}))
    assert filed == ["Harold Gable", "Hyon Chun", "Mun Il", "Nam Tok"], filed


def test_a_message_of_every_kind_of_cable_the_vocabulary_knows_is_one_past():
    """The date rules' "a message of the 28th" (a day told of later, of the month before when
    it is after the telegram's day) spelled its own kinds of cable: "your ciphergram of the 28th"
    and "our radiogram of the 30th" in a telegram of 2 July were read as days to come, 28 and 30
    July, where "your telegram of the 28th" was 28 June.  They read tei.vocab's kinds now."""
    from tei.dates.finder import find_dates
    from tei.vocab import CABLE_KINDS

    for kind in CABLE_KINDS:
        [found] = find_dates(f"Your {kind} of the 28th has been received.", "1949-07-02")
        assert found.value.when == "1949-06-28", kind
    [found] = find_dates("Our radiogram of the 30th will be answered.", "1949-07-02")
    assert found.value.when == "1949-06-30"


def test_a_ciphered_cables_marking_run_on_before_its_text_is_a_marking_of_any_kind():
    """A Wilson page's text run on after its marking ("CIPHERED TELEGRAM To Comrade ...") had the
    marking parted from the text for "CIPHERED TELEGRAM" and "ENCIPHERED TELEGRAM" only; the
    vocabulary's cipherings and kinds ("CODED CIPHERGRAM", "CIPHERED RADIOGRAM") are parted too."""
    from tei.sources.wilson import RUN_ON_MARKING

    for marking in ("CIPHERED TELEGRAM", "ENCIPHERED TELEGRAM", "CODED CIPHERGRAM", "CIPHERED RADIOGRAM"):
        m = RUN_ON_MARKING.match(f"{marking} To Comrade Kovalev.")
        assert m and m.group("marking") == marking, marking
    assert not RUN_ON_MARKING.match("CIPHERED To Comrade Kovalev.")
