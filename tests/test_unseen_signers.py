"""Bodies as signers and the names of bodies: a body's name alone under the text signs it ("CC
VKP(b)", "THE CENTRAL COMMITTEE OF THE COMMUNIST PARTY OF CHINA"); the cipher clerk's surname
in a cable's office lines ("Deciphered by Captain Orlov") is not a known man's of that surname;
"Politburo of the Central Committee" and "Central Committee of the Workers' Party of Korea" are
tagged whole as the bodies they name."""

from __future__ import annotations

from source_helpers import T, convert, text


def one(tmp_path, name):
    [root] = convert(tmp_path, name).values()
    return root


def refs(el, tag="orgName") -> list[str]:
    return [n.get("ref") for n in el.iter(T + tag)]


# --- 1. a body signs ----------------------------------------------------------------------------

def test_a_body_under_the_text_is_the_closers_signer(tmp_path):
    """"CC VKP(b)" over the date was a paragraph: the letters in brackets are no name's words."""
    root = one(tmp_path, "compilation-cc-vkpb-cc-ccp-1951-03-19-heading-from-a-body.txt")
    signed = root.find(f".//{T}closer/{T}signed")
    # (the party inside the body's name nested in it)
    assert signed is not None and refs(signed) == ["#vkpb-cc", "#vkpb"] and text(signed) == "CC VKP(b)"
    assert not [p for p in root.iter(T + "p") if text(p) == "CC VKP(b)"]


def test_a_body_in_capitals_signs_and_is_the_sender(tmp_path):
    """The heading names only the recipient: the body signing in capitals is the sender."""
    root = one(tmp_path, "compilation-ccp-cc-vkpb-cc-1952-03-27-a-body-signs-in-capitals.txt")
    signed = root.find(f".//{T}closer/{T}signed")
    assert signed is not None and refs(signed) == ["#ccp-cc", "#ccp"]
    assert text(signed) == "THE CENTRAL COMMITTEE OF THE COMMUNIST PARTY OF CHINA"
    sent = root.find(f".//{T}correspAction[@type='sent']")
    assert refs(sent) == ["#ccp-cc"]


def test_a_sentence_about_a_body_does_not_sign(tmp_path):
    """Only the body's name alone on its line signs, not a paragraph that begins with it."""
    root = one(tmp_path, "compilation-ccp-cc-vkpb-cc-1952-03-27-a-body-signs-in-capitals.txt")
    assert len(root.findall(f".//{T}closer/{T}signed")) == 1
    assert len(root.findall(f".//{T}div/{T}p")) == 2


# --- 2. the cipher clerk ------------------------------------------------------------------------

def test_a_clerk_by_rank_is_not_the_known_man_of_his_surname(tmp_path):
    """"Deciphered by Captain Orlov", "Typed by Lieutenant Orlov": not Andrei Orlov (whose entry
    gives no such rank or role), and left untagged; the lines stay the closer's office lines."""
    root = one(tmp_path, "cable-razuvaev-shtemenko-1951-10-17-clerk-named-like-a-known-man.txt")
    assert "#orlov" not in refs(root, "persName")
    segs = [s for s in root.iterfind(f".//{T}closer/{T}seg") if text(s).startswith(("Deciphered", "Typed"))]
    assert [s.get("type") for s in segs] == ["transmission", "transmission"]
    assert all(s.find(T + "persName") is None for s in segs)
    assert refs(root.find(f".//{T}closer/{T}signed"), "persName") == ["#razuvaev"]


def test_a_clerk_whose_rank_the_entry_gives_is_linked():
    """The rule keeps a man the file knows by that rank: its identification says so."""
    from tei.authority import Entity
    from tei.transforms.names.patterns import _clerk

    captain = Entity("x", "person", "Ivan Petrov", "Petrov", identification="Captain of the cipher service.")
    doctor = Entity("y", "person", "Andrei Orlov", "Orlov", identification="Physician at Mao's headquarters.")
    assert not _clerk("Deciphered by Captain Petrov", 22, captain, None)
    assert _clerk("Deciphered by Captain Orlov", 22, doctor, None)
    assert not _clerk("Comrade Orlov reports", 8, doctor, None)


# --- 3. bodies of bodies ------------------------------------------------------------------------

def test_politburo_of_the_central_committee_is_whose_the_text_says(tmp_path):
    """In the CCP's cable "the Politburo of the Central Committee" is the CCP's Politburo, tagged
    whole (it was "Politburo", the Soviet one, and "Central Committee" apart)."""
    root = one(tmp_path, "compilation-ccp-cc-vkpb-cc-1952-03-27-a-body-signs-in-capitals.txt")
    tagged = {text(o): o.get("ref") for p in root.iterfind(f".//{T}div/{T}p") for o in p.iter(T + "orgName")}
    assert tagged.get("Politburo of the Central Committee") == "#ccp-politburo"
    assert "Politburo" not in tagged


def test_the_central_committee_of_the_workers_party_of_korea_whole(tmp_path):
    root = one(tmp_path, "compilation-ccp-cc-vkpb-cc-1952-03-27-a-body-signs-in-capitals.txt")
    tagged = {text(o): o.get("ref") for p in root.iterfind(f".//{T}div/{T}p") for o in p.iter(T + "orgName")}
    assert tagged.get("Central Committee of the Workers' Party of Korea") == "#wpk-cc"
