"""The words of offices, ranks and the cipher office's clerks, said once for every pattern that
reads them (each pattern adds only what is its own): a signer's office under his name ("Minister of
Foreign Affairs of the USSR"), an office and its holder in a title ("the Chairman of ..., Petru
Groza"), FRUS's office with its holder in brackets ("The Ambassador in the Soviet Union (Kennan)"),
a title before an office that names no one ("Comrade Prime Minister"); a rank under a name
("Colonel General") or before it ("Marshal of the Soviet Union A. Vasilevsky"); a clerk's line
under a cable ("Deciphered by Captain Orlov", "Verified by Shift Chief Sadovin")."""

from __future__ import annotations


def _either(words) -> str:
    """A group of alternatives, the longest first ("Commander-in-Chief" before "Commander"), a
    space inside a word group any space ("Prime  Minister")."""
    return "(?:" + "|".join(w.replace(".", r"\.").replace(" ", r"\s+")
                            for w in sorted(words, key=len, reverse=True)) + ")"


# The words for a telegram, as cipher offices, archives and editors name one ("Ciphergram No. 8123", "Cryptogram No 1144",
# "Cablegram", "Radiogram"), and for its ciphering ("Coded telegram"): said once for every pattern
# that reads a cable's kind; each pattern adds the other kinds of message that are its own
# (letter, note, message, memorandum)
CABLE_KINDS = ("telegram", "cable", "cablegram", "radiogram", "ciphergram", "cryptogram", "telegramme")
# The words for a document's kind and its parts, which a text cites capitalised after "in", "to",
# "under" ("as laid down in Protocol No. 2", "in Annex B", "in Memorandum 14"): no place
DOCUMENT_KINDS = (*CABLE_KINDS, "letter", "note", "message", "memorandum", "memo", "aide-memoire", "protocol",
                  "annex", "appendix", "enclosure", "attachment", "addendum", "supplement", "minutes", "record",
                  "transcript", "report", "directive", "resolution", "decree", "instruction", "instructions",
                  "communique", "communiqué", "declaration", "statement", "agreement", "treaty", "convention", "draft",
                  "article", "paragraph", "section", "clause", "chapter", "volume", "page", "item", "point", "part")
CIPHERINGS = ("ciphered", "enciphered", "cipher", "coded", "encoded", "encrypted")
CABLE_KIND = _either(CABLE_KINDS)  # (for patterns read without regard to case)
CABLE_KIND_TITLE = _either(w.capitalize() for w in CABLE_KINDS)  # "Telegram", "Ciphergram"
CABLE_KIND_UPPER = _either(w.upper() for w in CABLE_KINDS)  # "TELEGRAM", "CIPHERGRAM"
CIPHERING = _either(CIPHERINGS)
CIPHERING_UPPER = _either(w.upper() for w in CIPHERINGS)  # "CIPHERED", "CODED"
# the past of irregular verbs a telegram tells with (the dates' "a verb in the past", brackets' clause after a name)
IRREGULAR_PAST = "said|went|came|left|sent|told|met|gave|took|made|wrote|saw|got|held|kept|spoke"

# A message's secrecy marking as the wartime correspondence's headings print it: "Personal and
# Secret", "Most Secret and Personal", "Top Secret"; and with its kind before the sender, "Personal
# and Most Secret Message from", "Secret from" (a compilation's heading, a message a telegram encloses)
_SECRECY = r"(?:(?:Most|Top|Strictly)\s+)?(?:Personal|Secret|Confidential|Private)"
SECRECY_MARKING = rf"{_SECRECY}(?:\s+and\s+{_SECRECY})?"
MESSAGE_KIND_TITLE = "(?:Message|" + CABLE_KIND_TITLE + ")"
MARKED_FROM = rf"{SECRECY_MARKING}(?:\s+{MESSAGE_KIND_TITLE})?\s+from"

# The Russian archives as citations abbreviate them ("AP RF", "APRF", "AVP RF", "RGASPI"): said once for
# every pattern that takes one for an archive named (for patterns read with or without regard to case)
RUSSIAN_ARCHIVES = (r"AP\s?RF", r"AVP\s?RF", "RGASPI", "RGANI", "RGVA", "GARF", "TsAMO")
RUSSIAN_ARCHIVE = "(?:" + "|".join(RUSSIAN_ARCHIVES) + ")"

# The offices a person holds, as titles and signatures print them (capitalised)
OFFICES = ("Chairman", "President", "Premier", "Prime Minister", "Minister", "Secretary", "General Secretary",
           "Ambassador", "Chargé", "Charge", "Consul", "Counselor", "Counsellor", "Attaché", "Envoy",
           "Plenipotentiary", "Representative", "Delegate", "Commissioner", "Commander", "Commander-in-Chief",
           "Chief", "Head", "Director", "Officer", "Member")
# before an office: "Vice Chairman", "Deputy Minister", "Under Secretary", "First Secretary", "Acting
# Secretary"; all but "First" make it a lesser office ("Under Secretary of State" is not "Secretary of
# State", nor is the one acting for him)
DEPUTY_GRADES = ("Vice", "Deputy", "Under", "Assistant", "Acting")
OFFICE_GRADES = ("First", *DEPUTY_GRADES)
OFFICE = _either(OFFICES)
OFFICE_GRADE = _either(OFFICE_GRADES)

# The words that name a group of people as one party, a telegram's collective addressee ("the
# insurrectionists on the 'Hailiao'", "the crew of ...", "the workers of the Anshan steel works",
# "the comrades of the ... division"): no person, and no body with a name of its own
COLLECTIVES = ("insurrectionists", "insurgents", "rebels", "crew", "crews", "comrades", "workers", "soldiers", "sailors",
               "officers", "men", "fighters", "commanders", "partisans", "guerrillas", "volunteers", "defenders", "heroes",
               "participants", "delegates", "members", "staff", "personnel", "employees", "students", "teachers",
               "peasants", "miners", "builders", "railwaymen", "veterans", "troops", "garrison", "people", "youth",
               "women", "working people", "compatriots", "countrymen", "servicemen")
COLLECTIVE = _either(COLLECTIVES)

# The military ranks officers sign with and are named by
RANKS = ("Marshal", "General", "Admiral", "Commissar", "Colonel", "Major", "Captain", "Lieutenant", "Sergeant", "Ensign")
# a rank's grade before it: "Colonel General", "Lieutenant Colonel", "Rear Admiral", "Senior Lieutenant"
RANK_GRADES = ("Junior", "Senior", "Chief", "Colonel", "Lieutenant", "Major", "Army", "Rear", "Vice", "Fleet")
# the ranks of a cipher office's officers and clerks (below a general's: "General Zakharov" in a
# cable's routing line is no clerk)
OFFICER_RANKS = ("Colonel", "Major", "Captain", "Lieutenant", "Sergeant", "Ensign")
RANK_ABBREVIATIONS = ("Lt.", "Capt.", "Maj.", "Col.", "Sgt.")
_GRADE = _either(RANK_GRADES)
# a general's or admiral's rank abbreviated, with its grade so too: "Col. Gen.", "Lt. Gen.", "Gen.", "Rear Adm."
# ("Col. Gen. Sergey Semenovich Biryuzov": a colonel general, no colonel named "Gen")
GENERAL_ABBREVIATION = r"(?:(?:Lt|Lieut|Col|Maj|Brig|Rear|Vice)\.?[\s-]?)?(?:Gen|Adm)\."
RANK = rf"(?:{GENERAL_ABBREVIATION}|(?:{_GRADE}[\s-])?{_either(RANKS)}|{_either(RANK_ABBREVIATIONS)})"
OFFICER_RANK = rf"(?:(?:{_GRADE}[\s-])?{_either(OFFICER_RANKS)}|{_either(RANK_ABBREVIATIONS)})"

# What the cipher office's clerks did to the cable, "<verb> by <clerk>": "Deciphered by", "Typed by",
# "Verified by", "Issued by", "Authenticated by"
CLERK_VERBS = ("ciphered", "deciphered", "decoded", "encoded", "typed", "copied", "printed", "checked", "transcribed",
               "registered", "verified", "issued", "authenticated")
CLERK_VERB = _either(CLERK_VERBS)
# the words before a clerk's name: his rank, his post in the office ("Shift Chief", "Duty Officer"), "Comrade"
CLERK_TITLE = rf"(?:{OFFICER_RANK}|(?:Shift|Duty)\s+(?:Chief|Officer)|Chief|[Cc]omrade|[Cc]de\.)"

# What became of the cable and when, as its form and the editors' notes route it: sent ("Sent 4.2.49 at
# 23:00", "Dispatched from Peking"), received ("Received in Moscow", "Deciphered 28.VIII.50"), passed on
# ("Transmitted", "Delivered"); each pattern takes the group it reads (SENT_VERB, RECEIVED_VERB,
# ROUTING_VERB, or one of them in title case), and spells no verb of these itself
SENDING_VERBS = ("sent", "dispatched", "despatched")
RECEIVING_VERBS = ("received", "deciphered")
ROUTING_VERBS = (*SENDING_VERBS, *RECEIVING_VERBS, "transmitted", "delivered")
SENT_VERB = _either(SENDING_VERBS)  # (for patterns read without regard to case)
SENT_VERB_TITLE = _either(w.capitalize() for w in SENDING_VERBS)  # "Sent", "Dispatched"
RECEIVED_VERB = _either(RECEIVING_VERBS)
RECEIVED_VERB_TITLE = _either(w.capitalize() for w in RECEIVING_VERBS)  # "Received", "Deciphered"
ROUTING_VERB = _either(ROUTING_VERBS)  # (for patterns read without regard to case)
ROUTING_VERB_TITLE = _either(w.capitalize() for w in ROUTING_VERBS)
ROUTING_VERB_CAPITALS = _either(w.upper() for w in ROUTING_VERBS)  # a form's columns in capitals


# The words of the offices and ranks, in small letters ("prime", "minister", "colonel"): a name
# all of whose words are these is an office, not a person's
RANK_AND_OFFICE_WORDS = frozenset(w.lower() for phrase in (*OFFICES, *OFFICE_GRADES, *RANKS, *RANK_GRADES)
                                  for w in phrase.split())


# Women's given names of the period's correspondents and the people their texts name (English and
# the Slavic languages'): "Mrs. Roosevelt" in a text whose party is "Eleanor Roosevelt" is she
WOMENS_GIVEN_NAMES = frozenset((
    "Eleanor", "Anna", "Ana", "Anne", "Ann", "Mary", "Margaret", "Elizabeth", "Helen", "Dorothy", "Ruth", "Frances",
    "Edith", "Alice", "Florence", "Clementine", "Catherine", "Katherine", "Jane", "Sarah", "Martha", "Louise", "Marie",
    "Maria", "Elena", "Yelena", "Yekaterina", "Ekaterina", "Nina", "Olga", "Tatiana", "Tatyana", "Natalia", "Natalya",
    "Svetlana", "Nadezhda", "Lyudmila", "Valentina", "Galina", "Zinaida", "Irina", "Vera", "Lidia", "Lydia", "Polina",
    "Alexandra", "Aleksandra", "Klavdia", "Evdokia", "Wanda", "Zofia", "Jadwiga", "Milena", "Dolores"))


# The name of a party the source does not name (a telegram's unknown recipient), as CMIF writes it:
# the converter's header and the CMIF file write it (html/entry.py reads it, and TEI from elsewhere's "[unknown]")
UNKNOWN_PARTY = "Unknown"
