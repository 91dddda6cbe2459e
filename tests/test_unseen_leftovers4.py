"""What the fourth round of leftovers fixed: a telegram typed in capitals as its cable form prints it,
a letter a FRUS telegram quotes with its own salutation and signature, a text dated only by its
first printing, and initials read as "comrade"."""

from __future__ import annotations

from source_helpers import SOURCES, T, convert, convert_one, lines, text
from tei.messages import Report

RAILWAYMEN = "works-mao-railwaymen-1949-11-03-dated-only-by-its-first-printing.txt"


# --- a date only in the source line -----------------------------------------------------------------

def test_a_text_dated_only_by_its_first_printing_takes_that_issues_day_inferred(tmp_path):
    """"[Source: People's Daily, November 3, 1949.]" and no other date: the telegram was sent that
    day or before; the day is the sent date, marked as the encoder's inference, and said so."""
    report = Report()
    [root] = convert(tmp_path, RAILWAYMEN, report=report).values()
    assert root.get(f"{{http://www.w3.org/XML/1998/namespace}}id").startswith("tg-1949-11-03-mao-")
    sent = root.find(f".//{T}correspAction[@type='sent']")
    date = sent.find(f"{T}date")
    assert (date.get("when"), date.get("evidence"), date.get("resp")) == ("1949-11-03", "internal", "#encoder")
    assert "first printed in People's Daily" in text(sent.find(f"{T}note[@type='date']"))
    assert not [m for m in report.messages if m.code == "no-date"]


# --- "T." an initial before another ---------------------------------------------------------------

def test_t_before_another_initial_is_an_initial_not_comrade(tmp_path):
    """"T." is the Russian t. (comrade) only before a surname: "T. Vyshinsky" is Vyshinsky, but
    "T. F. Tsiang" and "T. V. Soong" are the authority file's forms, initials and all."""
    from tei.authority import Authority

    authority = Authority.load()
    found = {n: getattr(authority.lookup(n), "id", None) for n in (
        "T. F. Tsiang", "T. V. Soong", "T. Vyshinsky", "t. Stalin", "V. M. Molotov", "A. Ya. Vyshinsky",
        "Comrade V. M. Molotov", "Chairman T. F. Tsiang")}
    assert found == {"T. F. Tsiang": "tsiang-tingfu", "T. V. Soong": "song-ziwen", "T. Vyshinsky": "vyshinsky",
                     "t. Stalin": "stalin", "V. M. Molotov": "molotov", "A. Ya. Vyshinsky": "vyshinsky",
                     "Comrade V. M. Molotov": "molotov", "Chairman T. F. Tsiang": "tsiang-tingfu"}
