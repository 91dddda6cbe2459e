#!/usr/bin/env python3
"""Generate a realistic corpus of telegram sources for benchmarks and stress tests.

The corpus is varied from the real seeds (``seeds/``): other dates (1948-1950, in every date
form the sources use), other correspondents and name forms drawn from the authority file
(pinyin, Wade-Giles, pseudonyms), paragraphs shuffled and recombined from the seed texts,
different lengths, and all four source layouts:

* ``wilson-text``      Wilson Center page text with its site furniture
* ``wilson-markdown``  the same record as Markdown
* ``collected-works``  a collected-works translation with citation lines and page markers
* ``compilation``      a printed compilation with several numbered telegrams per file

``--count`` is the number of *telegrams*; compilations hold 2-8 telegrams each, so there are
fewer files than telegrams.  The same ``--seed`` gives the same corpus, byte for byte.
``--witnesses 0.2`` prints a fifth of the archive records again as a collected-works
translation (other name forms and words), with a shared ``telegram`` key in the manifest, so
that the converter's witness links can be checked against the truth.
A ``manifest.json`` next to the sources lists every file, its layout and its telegram count.

    python benchmarks/make_corpus.py --count 10000 --seed 1 --out /tmp/corpus
"""

from __future__ import annotations

import argparse
import json
import random
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"
AUTHORITY = ROOT / "src" / "tei" / "data" / "authority.xml"
TEI = "{http://www.tei-c.org/ns/1.0}"
XML_ID = "{http://www.w3.org/XML/1998/namespace}id"

MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"]
LAYOUTS = ("wilson-text", "wilson-markdown", "collected-works", "compilation")

# Who writes to whom in this corpus: (sender, recipient) ids of the authority file.
PAIRS = [("stalin", "mao"), ("mao", "stalin"), ("stalin", "mikoyan"), ("mikoyan", "stalin"),
         ("stalin", "kovalev"), ("kovalev", "stalin"), ("mao", "kovalev"), ("liu-shaoqi", "stalin"),
         ("stalin", "liu-shaoqi"), ("zhou-enlai", "molotov"), ("molotov", "zhou-enlai"),
         ("vyshinsky", "zhou-enlai"), ("stalin", "gao-gang"), ("mao", "orlov"), ("orlov", "kuznetsov"),
         ("kuznetsov", "orlov"), ("stalin", "orlov")]
INTERMEDIARIES = ["orlov", "kuznetsov", "kovalev"]
# Fallback name forms when the authority file cannot be read.
FALLBACK = {"stalin": ["Stalin", "J. V. Stalin", "Filippov", "Fillipov"],
            "mao": ["Mao Zedong", "Mao Tse-tung", "Chairman Mao"], "mikoyan": ["Mikoyan", "A. I. Mikoyan"],
            "orlov": ["Terebin", "Orlov"], "kuznetsov": ["Kuznetsov"], "kovalev": ["Kovalev"],
            "liu-shaoqi": ["Liu Shaoqi", "Liu Shao-chi"], "zhou-enlai": ["Zhou Enlai", "Chou En-lai"],
            "molotov": ["Molotov", "V. M. Molotov"], "vyshinsky": ["Vyshinsky"], "gao-gang": ["Gao Gang", "Kao Kang"]}
# Name forms swapped inside recombined paragraphs, so that every spelling occurs.
SWAPS = {
    "mao": r"Mao Zedong|Mao Tse-tung|Chairman Mao",
    "nanjing": r"Nanjing|Nanking",
    "kmt": r"Guomindang|Kuomintang",
    "yangtze": r"Yangzi|Yangtze|Changkiang",
    "chiang": r"Chiang Kai-shek|Chiang Kai shek|Jiang Jieshi",
    "zhang-zhizhong": r"Zhang Zhizhong|Chien Chi-chun",
    "shao-lizi": r"Shao Lizi|Shao Li-tsi",
    "beijing": r"Beiping|Peiping|Peking",
}
SWAP_FORMS = {
    "mao": ["Mao Zedong", "Mao Tse-tung", "MAO TSE-TUNG", "Chairman Mao"],
    "nanjing": ["Nanjing", "Nanking"],
    "kmt": ["Guomindang", "Kuomintang", "GMD"],
    "yangtze": ["Yangzi", "Yangtze", "Changkiang"],
    "chiang": ["Chiang Kai-shek", "Jiang Jieshi", "Chiang Kai shek"],
    "zhang-zhizhong": ["Zhang Zhizhong", "Chien Chi-chun"],
    "shao-lizi": ["Shao Lizi", "Shao Li-tsi"],
    "beijing": ["Beiping", "Peiping", "Peking"],
}
FURNITURE_END = ("It appears your Web browser is not configured to display PDF files. No worries, just click "
                 "here to download the PDF file.\n\nClick here to view the PDF file in a new window.\n\nPDFs "
                 "cannot be printed inline in the page. To print a PDF, you must first download the file and "
                 "open it in a PDF viewer.")
TRANSLATORS = ["Sergey Radchenko", "Gary Goldberg", "Danny Rozas", "Sergey Radchenko", "David Wolff"]
BRACKETS = ["[...]", "[?]", "[Details concerning radio stations.]", "[illegible]", "[Stalin]", "[Beijing]",
            "[Jiang Jieshi]"]
UNKNOWN = ["Comrade Ivanov", "Cde. Petrov", "Li Hua and his friends", "Comrade Sidorenko"]


# --------------------------------------------------------------------------- material

def load_names(authority: Path = AUTHORITY) -> dict[str, list[str]]:
    """Name forms of each person of the authority file: main, short, pinyin, Wade-Giles, pseudonyms."""
    try:
        from lxml import etree
        tree = etree.parse(str(authority))
    except Exception:  # lxml missing or file unreadable: a smaller, fixed set
        return {k: list(v) for k, v in FALLBACK.items()}
    names: dict[str, list[str]] = {}
    for person in tree.iter(f"{TEI}person"):
        forms = [n.text.strip() for n in person.iter(f"{TEI}persName") if n.text and n.text.strip()]
        if forms:
            names[person.get(XML_ID)] = list(dict.fromkeys(forms))
    for key, forms in FALLBACK.items():
        names.setdefault(key, forms)
    return names


def load_paragraphs(seeds: Path = SEEDS) -> list[str]:
    """Prose paragraphs of the seed texts: long lines that are neither citations nor headings."""
    paragraphs: list[str] = []
    for path in sorted(seeds.glob("*")):
        if not path.is_file():
            continue
        for line in path.read_text(encoding="utf-8", errors="replace").split("\n"):
            line = line.strip().strip("•").strip()
            if len(line) < 60 or len(line) > 3000:
                continue
            if re.search(r"Digital Archive|Translated by|Citation|click here|PDF|Works\.|Publishing|"
                         r"THE TELEGRAM|In his correspond|^\"|\bF\. \d|Op\. \d", line, re.I):
                continue
            if sum(c.isupper() for c in line) > 0.5 * sum(c.isalpha() for c in line):
                continue  # a heading in capitals, not prose
            if re.match(r"^\d+\.\s", line):
                line = re.sub(r"^\d+\.\s+", "", line)
            paragraphs.append(line)
    if not paragraphs:
        paragraphs = ["We received your telegram regarding the situation in China and agree with your "
                      "assessment of the military and political situation."]
    return list(dict.fromkeys(paragraphs))


# --------------------------------------------------------------------------- dates

def random_date(rng: random.Random) -> tuple[int, int, int]:
    year = rng.choice((1948, 1949, 1949, 1949, 1950))
    month = rng.randint(1, 12)
    day = rng.randint(1, 28)
    return year, month, day


def ordinal(day: int) -> str:
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suffix}"


def date_form(rng: random.Random, y: int, m: int, d: int, numeric_only: bool = False) -> str:
    """One of the date forms the sources use."""
    numeric = [f"{d:02d}.{m:02d}.{y}", f"{d}.{m}.{y}", f"{d}. {ROMAN[m - 1]}. {y}", f"{d}.{ROMAN[m - 1]}.{y}"]
    if numeric_only:
        return rng.choice(numeric)
    words = [f"the {ordinal(d)} of {MONTHS[m - 1]}, {y}", f"{MONTHS[m - 1]} {ordinal(d)}",
             f"{d} {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1]} {d}, {y}", f"{ordinal(d)} {MONTHS[m - 1]} {y}"]
    return rng.choice(numeric + words)


# --------------------------------------------------------------------------- text

class Material:
    def __init__(self, seeds: Path = SEEDS, authority: Path = AUTHORITY):
        self.names = load_names(authority)
        self.paragraphs = load_paragraphs(seeds)

    def form(self, rng: random.Random, person: str, pseudonyms: bool = True) -> str:
        forms = self.names.get(person) or [person.title()]
        if not pseudonyms and person == "stalin":
            forms = [f for f in forms if f not in ("Filippov", "Fillipov")] or forms
        return rng.choice(forms)

    def body(self, rng: random.Random, date: tuple[int, int, int], n_min: int = 2, n_max: int = 12,
             numbered: bool | None = None) -> list[str]:
        """Paragraphs recombined from the seeds, with names, dates and brackets varied."""
        count = rng.randint(n_min, n_max)
        chosen = [rng.choice(self.paragraphs) for _ in range(count)]
        numbered = rng.random() < 0.4 if numbered is None else numbered
        out = []
        point = 0
        for text in chosen:
            text = self.vary(rng, text, date)
            if numbered and rng.random() < 0.6:
                point += 1
                text = f"{point}. {text}"
            out.append(text)
        return out

    def vary(self, rng: random.Random, text: str, date: tuple[int, int, int]) -> str:
        for key, pattern in SWAPS.items():
            text = re.sub(pattern, lambda _m, k=key: rng.choice(SWAP_FORMS[k]), text)
        y, m, d = date
        r = rng.random()
        if r < 0.25:
            dd = max(1, d - rng.randint(1, 5))
            text = text.rstrip(".") + f". We received your telegram of {date_form(rng, y, m, dd)}."
        elif r < 0.3:
            text = text + " " + rng.choice(["From 1918 to 1921 the same happened.", "See our cable of 1-3 November.",
                                            "This began in July 1946.", "Around 3/5 of the seats, 43 persons."])
        if rng.random() < 0.12:
            words = text.split(" ")
            at = rng.randint(1, max(1, len(words) - 1))
            words.insert(at, rng.choice(BRACKETS))
            text = " ".join(words)
        if rng.random() < 0.03:
            text = text + f" {rng.choice(UNKNOWN)} will report."
        return text


# --------------------------------------------------------------------------- layouts

def _title_kind(rng: random.Random) -> str:
    return rng.choice(["Ciphered Telegram", "Cable", "Telegram", "Ciphered Telegrams"])


def wilson(rng: random.Random, mat: Material, markdown: bool, meta: list | None = None,
           spec: dict | None = None) -> str:
    """A Wilson Center record; spec, when given, is filled with what another translation of
    the same telegram needs (parties, date, paragraphs, whether the date is to the day)."""
    y, m, d = random_date(rng)
    sender, recipient = rng.choice(PAIRS)
    s, r = mat.form(rng, sender), mat.form(rng, recipient)
    kind = _title_kind(rng)
    number = rng.randint(100, 99999)
    via, mid = "", None
    if rng.random() < 0.3:
        mid = rng.choice([i for i in INTERMEDIARIES if i not in (sender, recipient)])
        via = f", through {mat.form(rng, mid)}"
    title = f"{kind} No. {number}, {s} to {r}{via}"
    precise = rng.random() < 0.8
    if meta is not None:
        meta.append({"sender": sender, "recipient": recipient,
                     "date": f"{y}-{m:02d}-{d:02d}" if precise else f"{y}-{m:02d}",
                     "intermediaries": [mid] if mid else []})
    record_date = f"{MONTHS[m - 1]} {d:02d}, {y}" if precise else f"{MONTHS[m - 1]}, {y}"
    doc_id = rng.randint(100000, 130000)
    translator = rng.choice(TRANSLATORS)
    archive = rng.choice([f"APRF, F. 39, Op. 1, D. {rng.randint(1, 400)}, L. {rng.randint(1, 200)}",
                          f"RGASPI, f. 558, op. 11, d. {rng.randint(300, 340)}, ll. {rng.randint(1, 150):04d}",
                          f"APRF, f. 45, op. 1, d. {rng.randint(300, 340)}"])
    citation = (f"\"{title},\" {record_date}, History and Public Policy Program Digital Archive, {archive}. "
                f"Translated by {translator}.")
    summary = (f"{s.split()[-1]} writes to {r.split()[-1]} about " +
               rng.choice(["the coalition government", "the peace proposal of the Nanjing government",
                           "the crossing of the Yangtze", "Soviet institutions in China",
                           "mediation in the civil war"]) + ". " + rng.choice(mat.paragraphs)[:200] + ".")
    body = mat.body(rng, (y, m, d))
    if spec is not None:
        spec.update(sender=sender, recipient=recipient, date=(y, m, d), body=body, precise=precise)
    opener = rng.choice([f"To {r}", f"Comrade {r},", f"TO {r.upper()}:", ""])
    closer_date = date_form(rng, y, m, d, numeric_only=rng.random() < 0.7)
    closer = f"{closer_date} {s}" if rng.random() < 0.5 else f"{s} {closer_date}"
    text_parts = ([opener] if opener else []) + body + [closer]
    # Forms of other records, drawn from a generator of their own so that the rest of the
    # corpus stays as it was: a cable's markings above the text, the archival reference
    # spelled out, a note numbered "[1]" after the text.
    other = random.Random(doc_id * 7 + number)
    if other.random() < 0.25:
        marks = [other.choice(["TOP SECRET", "Secret", "Strictly secret"]),
                 other.choice(["Making copies prohibited", f"Copy No. {other.randint(1, 4)}"]),
                 f"CIPHERED TELEGRAM No. {number}"] + (["Top priority"] if other.random() < 0.5 else [])
        text_parts = marks + text_parts
    if other.random() < 0.2 and archive.startswith("APRF, F."):
        archive = archive.replace("F. ", "Fond ").replace("Op. ", "Opis ").replace("D. ", "Delo ").replace("L. ", "List ")
        citation = (f"\"{title},\" {record_date}, History and Public Policy Program Digital Archive, {archive}. "
                    f"Translated by {translator}.")
    if other.random() < 0.15 and len(text_parts) > 2:
        at = other.randrange(len(text_parts) - len(body) - 1 + 1, len(text_parts) - 1)  # a paragraph of the body
        text_parts[at] = text_parts[at].rstrip() + "[1]"
        text_parts.append("[1] " + other.choice(["The text of the telegram is not in the archive's file.",
                                                 "The figures were corrected in a later cable.",
                                                 "The original has a handwritten note in the margin."]))
    # and, from a third, lettered points "(a)" and the editor's "[Handwritten: ...]" after the text
    more = random.Random(doc_id * 11 + number)
    if more.random() < 0.3:
        text_parts = [re.sub(r"^(\d)\. ", lambda m: f"({'abcdefghi'[int(m.group(1)) - 1]}) ", t) for t in text_parts]
    if more.random() < 0.1:
        text_parts.append(more.choice(["[Handwritten: \"Agreed. I. St.\"]", "[Stamp: \"Received\"]",
                                       "[Marginal note: \"To Comrade Molotov.\"]"]))
    if markdown:
        url = f"<http://digitalarchive.wilsoncenter.org/document/{doc_id}>"
        lines = ["", "", f"## **{record_date}**", "", f"# **{title}**", "", "### **Citation:**", "",
                 citation + "  ", url, "", "### **Summary:**", "", summary, "", "### **Original Language:**", "",
                 "Russian", "", "### **Contents:**", "", "- English Translation", ""]
        return "\n".join(lines + [p + "\n" for p in text_parts])
    if rng.random() < 0.5:
        # The page shows only the citation, no title line.
        lines = ["Search in", "", "Digital Archive International History Declassified", "", record_date, "", "",
                 "  • Citation", "", "    get citation", "", f"    {summary}", f"    {citation}",
                 "  • share document", "", "", "English HTML", "", ""]
        return "\n".join(lines + [p + "\n" for p in text_parts]) + "\n\n" + FURNITURE_END
    citation = citation.replace("History and Public Policy Program Digital Archive", "Wilson Center Digital Archive")
    citation += f" https://digitalarchive.wilsoncenter.org/document/{doc_id}"
    lines = ["", "", record_date, "", title, "", "Citation:", "", citation, "", "Summary:", "", summary, "",
             "Original Language:", "", "Russian", "", "Contents:", "", "Translation - English", ""]
    if rng.random() < 0.3:
        lines += ["[....]", ""]
    return "\n".join(lines + [p + "\n" for p in text_parts])


# Words another translator renders otherwise.
RETRANSLATE = [("telegram", "cable"), ("We think", "We consider"), ("question", "issue"), ("necessary", "essential"),
               ("immediately", "at once"), ("government", "Government"), ("Americans", "USA"), ("consider", "believe"),
               ("proposal", "offer"), ("situation", "position")]


def retranslate(rng: random.Random, text: str) -> str:
    """The same paragraph as another translator might give it: other name forms, other words."""
    text = re.sub(r"^\d+\.\s+", "", text)
    for key, pattern in SWAPS.items():
        text = re.sub(pattern, lambda _m, k=key: rng.choice(SWAP_FORMS[k]), text)
    for old, new in RETRANSLATE:
        if rng.random() < 0.5:
            text = text.replace(old, new)
    return text


def collected_works(rng: random.Random, mat: Material, meta: list | None = None, of: dict | None = None) -> str:
    """A collected-works translation; of: the spec of a telegram this one translates again."""
    y, m, d = of["date"] if of else random_date(rng)
    sender, recipient = (of["sender"], of["recipient"]) if of else rng.choice(PAIRS)
    s = mat.form(rng, sender, pseudonyms=False)
    r = mat.form(rng, recipient, pseudonyms=False)
    volume = rng.randint(14, 18)
    page = rng.randint(100, 600)
    if meta is not None:
        meta.append({"sender": sender, "recipient": recipient, "date": f"{y}-{m:02d}-{d:02d}",
                     "intermediaries": []})
    title = f"Telegram of {s} to {r} dated {rng.choice([f'{ordinal(d)} {MONTHS[m - 1]} {y}', f'{d} {MONTHS[m - 1]} {y}'])}"
    lines = [title, f"Stalin I.V. Works. - T. {volume}. - Tver: Information and",
             f"Soyuz Publishing Center, 2006, pp. {page}–{page + 1}.", f"Comrade {r},"]
    body = [retranslate(rng, p) for p in of["body"]] if of else mat.body(rng, (y, m, d), 3, 9, numbered=False)
    marker_at = rng.randrange(len(body))
    words = body[marker_at].split(" ")
    words.insert(rng.randint(1, max(1, len(words) - 1)), f"[c. {page}]")
    body[marker_at] = " ".join(words)
    lines += body + [rng.choice(["Waiting for an answer.", "Awaiting your reply.", "Telegraph the implementation."])]
    notes = [f"New and recent history. 1994. AP RF. F. 45. Op. 1. D. {rng.randint(300, 340)}. L. {page % 100}–{page % 100 + 1}",
             f"No. {rng.randint(1, 5)}–{rng.randint(6, 9)}. P. {page - 10}–{page - 9}."]
    if rng.random() < 0.3:
        notes.append("No comments.")
    return "\n".join(lines + notes) + "\n"


def compilation(rng: random.Random, mat: Material, n: int, meta: list | None = None) -> str:
    y, m, d = random_date(rng)
    first, second = rng.choice([("stalin", "mao"), ("stalin", "liu-shaoqi"), ("mikoyan", "mao")])
    caps = lambda p: {"stalin": "J. V. STALIN", "mao": "MAO TSE-TUNG"}.get(p, mat.form(rng, p, False).upper())
    signature = lambda p: {"stalin": rng.choice(["FILLIPOV", "FILIPPOV", "J. STALIN"]),
                           "mao": "MAO TSE-TUNG"}.get(p, mat.form(rng, p, False).upper())
    collection = rng.choice(["Sino-Soviet Relations, 1911-57", "Soviet-Chinese Relations, 1945-50",
                             "Documents on Sino-Soviet Relations"])
    front = [rng.choice(["Continue Your Glorious War of Liberation", "The Correspondence of 1949"]), "",
             "Proletarians of all countries, unite!", "",
             f"THE CORRESPONDENCE OF {caps(first)} AND {caps(second)} IN {MONTHS[m - 1].upper()} {y}", "",
             collection, f"{rng.choice(['Moscow', 'Peking', 'Berlin'])} {rng.choice([1957, 1959, 1962])}",
             "Reproduced by", rng.choice(["The Red Flag", "Foreign Languages Press"]), ""]
    out = front
    footnote = rng.random() < 0.5
    number_above = random.Random(f"{collection}{y}{m}{d}{n}").random() < 0.3  # its own generator: the rest stays
    for i in range(1, n + 1):
        sender, recipient = (first, second) if i % 2 else (second, first)
        day = min(28, d + i - 1)
        if meta is not None:
            meta.append({"sender": sender, "recipient": recipient, "date": f"{y}-{m:02d}-{day:02d}",
                         "intermediaries": []})
        heading = (f"{i}. THE TELEGRAM FROM {caps(sender)} TO {caps(recipient)} DATED THE "
                   f"{ordinal(day).upper()} OF {MONTHS[m - 1].upper()}, {y}")
        if number_above:  # "No. 2" on a line of its own above the heading (another compilation's layout)
            heading = f"No. {i}\n" + heading.split(". ", 1)[1]
        out += ["", heading, "", f"Comrade {mat.form(rng, recipient, pseudonyms=(recipient == 'stalin'))},", ""]
        for p in mat.body(rng, (y, m, day), 1, 10):
            out += [p, ""]
        out += [rng.choice(["Awaiting your reply,", "With greetings,", ""]), "",
                date_form(rng, y, m, day, numeric_only=True), signature(sender)]
        if footnote and i == 1:
            out.append("1")
    if footnote:
        out += ["", "", f"1In his correspondence with {mat.form(rng, second, False)}, Comrade J. V. Stalin used the "
                        "pseudonym „Fillipov“ for reasons of security."]
    return "\n".join(out) + "\n"


# --------------------------------------------------------------------------- corpus

def make_corpus(out_dir, count: int = 10_000, seed: int = 0, seeds: Path = SEEDS,
                authority: Path = AUTHORITY, witnesses: float = 0.0) -> dict:
    """Write sources holding ``count`` telegrams in all four layouts; return the manifest.

    The same ``seed`` gives the same files.  Returns ``{"telegrams": n, "files": [...]}``
    where each file entry has ``name``, ``layout``, ``telegrams`` and ``expected``: for each
    telegram, the ``sender`` and ``recipient`` ids of the authority file, the ISO ``date`` and
    the ``intermediaries`` named in the title (ids).

    ``witnesses``: the share of Wilson Center records (dated to the day) that are also printed
    in another translation, in a collected-works volume, right after; both expected entries
    then carry the same ``telegram`` key, so that witness links can be checked against them.
    """
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    rng = random.Random(seed)
    mat = Material(seeds, authority)
    files = []
    made = 0
    index = 0
    width = max(5, len(str(count)))
    while made < count:
        layout = rng.choice(LAYOUTS)
        telegrams = 1
        meta: list[dict] = []
        spec: dict = {}
        if layout == "wilson-text":
            text, suffix = wilson(rng, mat, markdown=False, meta=meta, spec=spec), ".txt"
        elif layout == "wilson-markdown":
            text, suffix = wilson(rng, mat, markdown=True, meta=meta, spec=spec), ".md"
        elif layout == "collected-works":
            text, suffix = collected_works(rng, mat, meta), ".txt"
        else:
            telegrams = min(rng.randint(2, 8), count - made)
            if telegrams < 2:
                continue
            text, suffix = compilation(rng, mat, telegrams, meta), ".txt"
        name = f"{index:0{width}d}_{layout}{suffix}"
        (out / name).write_text(text, encoding="utf-8")
        files.append({"name": name, "layout": layout, "telegrams": telegrams, "expected": meta})
        made += telegrams
        index += 1
        if witnesses and spec.get("precise") and made < count and rng.random() < witnesses:
            meta[0]["telegram"] = name
            again: list[dict] = []
            text = collected_works(rng, mat, again, of=spec)
            again[0]["telegram"] = name
            name = f"{index:0{width}d}_collected-works.txt"
            (out / name).write_text(text, encoding="utf-8")
            files.append({"name": name, "layout": "collected-works", "telegrams": 1, "expected": again})
            made += 1
            index += 1
    manifest = {"seed": seed, "telegrams": made, "files": files}
    (out / "manifest.json").write_text(json.dumps(manifest, indent=1) + "\n", encoding="utf-8")
    return manifest


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--count", type=int, default=10_000, help="number of telegrams (default 10000)")
    parser.add_argument("--seed", type=int, default=0, help="random seed (default 0)")
    parser.add_argument("--out", required=True, type=Path, help="folder for the source files")
    parser.add_argument("--seeds", type=Path, default=SEEDS, help="folder of real seed texts to vary")
    parser.add_argument("--witnesses", type=float, default=0.0,
                        help="share of archive records also printed in another translation (default 0)")
    args = parser.parse_args(argv)
    if args.count < 1:
        parser.error("--count must be at least 1")
    if not 0 <= args.witnesses <= 1:
        parser.error("--witnesses is a share: from 0 to 1")
    manifest = make_corpus(args.out, args.count, args.seed, args.seeds, witnesses=args.witnesses)
    by_layout: dict[str, int] = {}
    for f in manifest["files"]:
        by_layout[f["layout"]] = by_layout.get(f["layout"], 0) + 1
    print(f"{manifest['telegrams']} telegrams in {len(manifest['files'])} files in {args.out} "
          f"({', '.join(f'{k}: {v}' for k, v in sorted(by_layout.items()))})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
