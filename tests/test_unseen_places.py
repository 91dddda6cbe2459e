"""Places and persons the real telegrams of 1945-1956 name often and the authority file lacked
(reported as unknown places or provisional persons): Kanggye, the Chongchon and Han rivers, the
Ongjin peninsula, Haeju, Urumchi (Tihwa), Kashgar, Alma-Ata, Sochi; Kosygin, Pervukhin, Kennan,
Warren R. Austin.  A place the file still lacks, named with its kind in lower case, stays
provisional and reported."""

from tei.messages import Report

from source_helpers import T, convert, text

NEW = "cable-roshchin-filippov-1950-12-11-places-of-the-front-and-the-north-west.txt"


def _tagged(root, tag):
    return [(text(p), p.get("ref")) for p in root.find(f".//{T}body").iter(T + tag)]


def test_places_and_persons_of_the_period_link_to_their_entries(tmp_path):
    report = Report()
    [root] = convert(tmp_path, NEW, report=report).values()
    places = _tagged(root, "placeName")
    for name, ref in [("Kanggye", "#kanggye"), ("Chongchon River", "#chongchon"), ("Han River", "#han-river"),
                      ("Ongjin peninsula", "#ongjin"), ("Haeju", "#haeju"), ("Urumchi", "#urumqi"),
                      ("Tihwa", "#urumqi"), ("Alma-Ata", "#alma-ata"), ("Kashgar", "#kashgar"), ("Sochi", "#sochi")]:
        assert (name, ref) in places, name
    persons = _tagged(root, "persName")
    assert ("Kosygin", "#kosygin") in persons and ("Pervukhin", "#pervukhin") in persons
    # a place the file lacks, named with its kind in lower case: provisional and reported, as before
    assert ("Kimpo peninsula", "#unresolved-kimpo-peninsula") in places and ("Yonan", "#unresolved-yonan") in places
    unknown = sorted(m.text.split("'")[1] for m in report.messages if m.code in ("unknown-place", "unresolved-name"))
    assert unknown == ["Kimpo peninsula", "Yonan"]
    # the entries' copies in the standOff say who and what they are
    ids = {e.get("{http://www.w3.org/XML/1998/namespace}id") for e in root.find(f"{T}standOff").iter(T + "place", T + "person")}
    assert {"kanggye", "chongchon", "ongjin", "haeju", "kashgar", "alma-ata", "sochi", "kosygin", "pervukhin"} <= ids


def test_a_known_person_with_his_middle_initial_is_not_unknown(tmp_path):
    """"Mr. Warren R. Austin": the R. is his middle initial, not an initial his given name does
    not begin with (which tells namesakes apart): linked, not reported, no provisional entry."""
    report = Report()
    [root] = convert(tmp_path, "frus-web-kirk-acheson-1951-03-13-spaced-mark-middle-initial.txt", report=report).values()
    assert ("Warren R. Austin", "#austin") in _tagged(root, "persName")
    assert not [m for m in report.messages if m.code == "unresolved-name"]
    assert not [p for p in root.iter(T + "person") if "unresolved" in p.get("{http://www.w3.org/XML/1998/namespace}id", "")]


def test_an_office_with_its_holder_in_brackets_is_that_person(tmp_path):
    """"The Ambassador in the Soviet Union (Kennan) to the Secretary of State": Kennan, not a
    provisional person named by his office."""
    [root] = convert(tmp_path, "frus-web-kennan-acheson-1952-06-17-volume-in-parts.txt").values()
    sent = root.find(f".//{T}correspAction[@type='sent']")
    assert [c.get("ref") for c in sent if c.tag == T + "persName"] == ["#kennan"]


def test_peoples_directions_and_offices_after_a_preposition_are_no_unknown_places(tmp_path):
    """"no evidence to show Soviets intend", "still retained in Emb files", "in Chief of Staff's
    hands", "moved to Northeast", "in Cabinet": a people in the plural, a direction, an
    office's abbreviation, a body are not places the file lacks (real FRUS pages reported them)."""
    from tei.convert import convert_sources

    source = tmp_path / "kirk.txt"
    source.write_text(
        "611.61/3-1551: Telegram\n\nThe Ambassador in the Soviet Union (Kirk) to the Secretary of State\n\n"
        "secret\n\n1507. There is no evidence available here to show Soviets intend to move. Copy still retained "
        "in Emb files. Matter now in Chief of Staff's hands and in Cabinet. Two armies moved to Northeast last week; Americans "
        "and Russians both watch the roads near Yonchon.\n\nKirk\n", encoding="utf-8")
    report = Report()
    convert_sources([source], tmp_path / "out", report=report)
    assert [m.text.split("'")[1] for m in report.messages if m.code == "unknown-place"] == ["Yonchon"]
