"""What real pages still showed: a routing line's day and month without the year, the date under
the signature said again, an office alone as a correspondence volume's party, a FRUS holder in
brackets the authority file lacks, a web volume's language menu over its title page in lines."""

from __future__ import annotations

from source_helpers import T, convert, convert_one, lines, text

ROUTING = "wilson-razuvaev-fengxi-1951-09-14-routing-lines-day-and-month-alone.txt"
AGAIN = "wilson-gromyko-razuvaev-1952-07-02-dateline-said-again-under-the-signature.txt"
OFFICES = "compilation-wartime-correspondence-1945-offices-alone.txt"
HOLDER = "frus-web-allen-acheson-1950-04-19-holder-in-brackets-unknown.txt"
KENNAN = "frus-web-kennan-acheson-1952-06-17-volume-in-parts.txt"
MENU = "compilation-web-volume-1946-language-menu-title-page-in-lines.txt"


def test_routing_lines_day_and_month_take_the_telegrams_year(tmp_path):
    root = convert_one(tmp_path, ROUTING)
    segs = [s for s in root.iter(f"{T}seg") if s.get("type") == "transmission"]
    dates = [(d.get("when"), d.get("evidence"), d.text) for s in segs for d in s.iter(f"{T}date")]
    assert dates == [("1951-09-14T08:20:00", None, "14.9.51 08:20"),
                     ("1951-09-14T12:05:00", "internal", "14.9 12:05"),
                     ("1951-09-14T12:40:00", "internal", "14.9 12:40")]


def test_date_said_again_under_the_signature_is_no_second_dateline(tmp_path):
    root = convert_one(tmp_path, AGAIN)
    closer = root.find(f".//{T}div/{T}closer")
    assert lines(closer) == [("salute", "Confirm receipt."), ("dateline", "2.VII.52"), ("signed", "GROMYKO"),
                             ("transmission", "2.VII.52"), ("distribution", "Copies: Stalin, Molotov")]
    assert len(closer.findall(f"{T}dateline")) == 1
    assert closer.find(f"{T}seg[@type='transmission']/{T}date").get("when") == "1952-07-02"


def test_office_alone_in_a_correspondence_volume_is_its_holder_at_the_date(tmp_path):
    docs = convert(tmp_path, OFFICES)
    senders = {d.find(f".//{T}correspAction[@type='sent']/{T}date").get("when"):
               d.find(f".//{T}correspAction[@type='sent']/{T}persName").get("ref") for d in docs.values()}
    assert senders == {"1944-12-20": "#churchill", "1945-03-05": "#roosevelt",
                       "1945-06-11": "#truman", "1945-08-18": "#attlee"}
    for d in docs.values():
        assert d.find(f".//{T}correspAction[@type='received']/{T}persName").get("ref") == "#stalin"
        assert not [p for p in d.iter(f"{T}person") if p.get("cert") == "low"]


def test_frus_holder_in_brackets_the_file_lacks_names_the_party(tmp_path):
    root = convert_one(tmp_path, HOLDER)
    assert root.get("{http://www.w3.org/XML/1998/namespace}id").startswith("tg-1950-04-19-allen-acheson")
    sent = root.find(f".//{T}correspAction[@type='sent']/{T}persName")
    assert sent.get("ref") == "#unresolved-allen"
    person = root.find(f".//{T}standOff//{T}person[@cert='low']")
    assert text(person.find(f"{T}persName")) == "Allen"
    assert "Ambassador in Yugoslavia" in text(person.find(f"{T}note"))


def test_kennan_is_in_the_authority_file_with_his_office(tmp_path):
    root = convert_one(tmp_path, KENNAN)
    assert root.find(f".//{T}correspAction[@type='sent']/{T}persName").get("ref") == "#kennan"
    person = root.find(f".//{T}standOff//{T}person[@{{http://www.w3.org/XML/1998/namespace}}id='kennan']")
    assert "Ambassador to the Soviet Union (May-September 1952)" in text(person.find(f"{T}note"))


def test_language_menu_left_out_and_title_page_in_lines_read(tmp_path):
    docs = convert(tmp_path, MENU)
    assert len(docs) == 2
    for doc in docs.values():
        bibl = doc.find(f".//{T}sourceDesc/{T}bibl")
        assert text(bibl.find(f"{T}title[@level='m']")) == "Molotov: Paris Telegrams, 1946"
        assert text(bibl.find(f"{T}note[@type='front-matter']")) == "MOLOTOV / 1946 / Paris Telegrams"
        assert "Русский" not in "".join(doc.itertext()) and "English /" not in "".join(doc.itertext())
