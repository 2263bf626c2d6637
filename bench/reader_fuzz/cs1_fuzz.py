#!/usr/bin/env python3
"""Differential fuzzing of the reference-list reader against a model of English CS1.

Draws random citation-template parameters (cite web, news, journal, magazine, book, chapter,
report, thesis, press release), renders them as a copied Wikipedia reference list prints them
(../shared/docs/cs1-rendered-grammar.md, sections 1-5), writes the gold the corpus conventions
ask for (../shared/corpus/README.md: shape-class types, values as printed), reads the list
with citelib and scores it field by field with citelib-score-corpus.

    bench/reader_fuzz/cs1_fuzz.py [--seed S] [--n N] [--out DIR] [--show K]
                                  [--citelib-score build/tests/citelib-score-corpus]

The renderer covers only shapes whose printed form the grammar states; what it does not know
(journal pages without a volume, seasons' gold, conference events) it does not draw, so a
mismatch is the reader's, or a gap in this model to be fixed here. Same seed, same list."""

import argparse
import json
import random
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
NBSP = "\u00a0"

FAMILIES = ["Smith", "Jones", "García Márquez", "O'Brien", "Müller", "Nakamura", "Dubois", "Kowalski",
            "Lévi-Strauss", "Chen", "Okafor", "Johansson", "Rossi", "Ivanov", "Nguyen", "MacLeod",
            "van der Berg", "de la Cruz", "Al-Sayed", "Thompson", "Hughes", "Papadopoulos", "Kim", "Park"]
GIVENS = ["John", "Mary Ann", "J. R.", "Anne-Marie", "Wei", "David", "Sarah", "Carlos", "Yuki",
          "Peter J.", "Elena", "T.", "Ahmed", "Laura", "Michael", "Chinedu", "Ingrid", "Raj"]
ORGS = ["World Health Organization", "Associated Press", "Python Software Foundation",
        "European Commission", "Mozilla Foundation", "Internet Engineering Task Force"]
ADJ = ["Quiet", "Hidden", "Modern", "Early", "Global", "Secure", "Distributed", "Open", "Lost",
       "Numerical", "Practical", "New", "Unusual", "Brief"]
NOUN = ["Engine", "History", "Networks", "Compilers", "Cities", "Methods", "Protocols", "River",
        "Revolution", "Algorithms", "Languages", "Markets", "Proteins", "Bridges", "Storage"]
TOPIC = ["Cryptography", "Version Control", "Chemistry", "Peru", "Korea", "Python", "Git",
         "Finite Elements", "HTTP", "Climate", "Open Source", "Databases"]
WEBSITES = ["BBC News", "The Guardian", "GitHub", "Ars Technica", "nytimes.com", "Python.org",
            "Stack Overflow", "The Verge", "Microsoft Docs", "MDN Web Docs", "TechCrunch", "ZDNet"]
NEWSPAPERS = ["The New York Times", "The Times", "Los Angeles Times", "The Washington Post",
              "El País", "Le Monde", "The Hindu", "The Irish Times", "Financial Times"]
JOURNALS = ["Nature", "Science", "Physical Review Letters", "Journal of the ACM",
            "IEEE Transactions on Information Theory", "Communications of the ACM", "The Lancet",
            "Journal of Chemical Information and Modeling", "SIAM Journal on Numerical Analysis",
            "Nucleic Acids Research", "Journal of Structural Engineering"]
MAGAZINES = ["Wired", "Byte", "Time", "The Economist", "PC Magazine", "Popular Science", "Linux Journal"]
PUBLISHERS = ["Springer", "Oxford University Press", "Cambridge University Press", "O'Reilly Media",
              "Addison-Wesley", "MIT Press", "Penguin", "Wiley", "Elsevier", "Prentice Hall",
              "No Starch Press", "Pearson", "Routledge", "CRC Press"]
PLACES = ["London", "New York", "Cambridge", "Berlin", "Boston", "Sebastopol, CA",
          "Upper Saddle River, NJ", "Cambridge, MA", "Oxford", "Heidelberg", "Amsterdam"]
UNIVERSITIES = ["University of Cambridge", "Massachusetts Institute of Technology",
                "Stanford University", "University of Washington", "ETH Zurich"]
LANGUAGES = {"Spanish": "es", "French": "fr", "German": "de", "Japanese": "ja", "Korean": "ko",
             "Italian": "it", "Portuguese": "pt", "Russian": "ru", "Chinese": "zh"}
SERIES = ["Lecture Notes in Computer Science", "Springer Series in Computational Mathematics",
          "Graduate Texts in Mathematics", "Texts in Applied Mathematics"]
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
          "October", "November", "December"]
VIAS = ["Google Books", "JSTOR", "ProQuest", "Internet Archive", "Newspapers.com"]
EDITIONS = ["2nd", "3rd", "4th", "Revised", "Second"]


class Date:
    """A drawn date: its parts and how CS1 prints it."""

    def __init__(self, rng, lo, hi, forms):
        self.y = rng.randint(lo, hi)
        self.m = rng.randint(1, 12)
        self.d = rng.randint(1, 28)
        self.form = rng.choice(forms)

    def parts(self):
        return {"ymd": [self.y, self.m, self.d], "ym": [self.y, self.m], "y": [self.y]}[self.precision()]

    def precision(self):
        return {"iso": "ymd", "dmy": "ymd", "mdy": "ymd", "my": "ym", "y": "y"}[self.form]

    def text(self):
        month = MONTHS[self.m - 1]
        return {
            "iso": f"{self.y:04d}-{self.m:02d}-{self.d:02d}",
            "dmy": f"{self.d} {month} {self.y}",
            "mdy": f"{month} {self.d}, {self.y}",
            "my": f"{month} {self.y}",
            "y": f"{self.y}",
        }[self.form]

    def gold(self):
        return {"date-parts": [self.parts()]}


def title(rng, kind):
    shapes = [
        lambda: f"The {rng.choice(ADJ)} {rng.choice(NOUN)} of {rng.choice(TOPIC)}",
        lambda: f"{rng.choice(TOPIC)}: {rng.choice(ADJ)} {rng.choice(NOUN)}",
        lambda: f"{rng.choice(ADJ)} {rng.choice(NOUN).lower()} in {rng.choice(TOPIC).lower()}",
        lambda: f"Why {rng.choice(TOPIC)} {rng.choice(['matters', 'failed', 'won'])}?",
        lambda: f"{rng.choice(NOUN)} and {rng.choice(NOUN).lower()}, {rng.randint(1950, 2020)}–{rng.randint(2021, 2024)}",
        lambda: f"{rng.choice(TOPIC)} {rng.randint(2, 12)}.{rng.randint(0, 9)} released",
        lambda: f"A {rng.choice(ADJ).lower()} look at {rng.choice(TOPIC)} for {rng.choice(NOUN).lower()}",
    ]
    return rng.choice(shapes)()


def person(rng):
    return {"family": rng.choice(FAMILIES), "given": rng.choice(GIVENS)}


def people(rng, max_n=4):
    """(rendered list, gold list, et-al flag)."""
    style = rng.random()
    if style < 0.12:
        org = rng.choice(ORGS)
        return org, [{"literal": org}], False
    n = rng.choice([1, 1, 1, 2, 2, 3, max_n])
    ps = [person(rng) for _ in range(n)]
    if style < 0.22:  # Vancouver: family and initials without periods
        ps = [{"family": p["family"], "given": "".join(w[0] for w in p["given"].replace("-", " ").split())} for p in ps]
        text = ", ".join(f"{p['family']} {p['given']}" for p in ps)
    else:
        text = "; ".join(f"{p['family']}, {p['given']}" for p in ps)
    et_al = rng.random() < 0.1
    if et_al:
        text += ", et al." if style < 0.22 else "; et al."
    return text, ps, et_al


def page_text(rng, single):
    sp = rng.choice([" ", NBSP])
    if single:
        p = str(rng.randint(1, 900))
        return f"p.{sp}{p}", p
    a = rng.randint(1, 800)
    p = f"{a}–{a + rng.randint(1, 40)}"
    return f"pp.{sp}{p}", p


def identifiers(rng, item, parts, allow_isbn):
    sp = rng.choice([" ", NBSP])
    if allow_isbn and rng.random() < 0.5:
        isbn = rng.choice(["978-0-14-043912-0", "978-3-540-20210-9", "0-262-03384-4", "9780131103627"])
        parts.append(f"ISBN{sp}{isbn}")
        item["ISBN"] = isbn
    if rng.random() < 0.35:
        doi = f"10.{rng.randint(1000, 9999)}/{rng.choice(['jcim', 'nar', 'tit'])}.{rng.randint(1990, 2024)}.{rng.randint(100, 99999)}"
        parts.append(f"doi:{doi}")
        item["DOI"] = doi
    if rng.random() < 0.15:
        parts.append(f"PMID{sp}{rng.randint(1000000, 39999999)}")
    if rng.random() < 0.1:
        parts.append(f"OCLC{sp}{rng.randint(10000, 999999999)}")
    if rng.random() < 0.1:
        parts.append(f"S2CID{sp}{rng.randint(1000, 99999999)}")


def tail(rng, item, parts, issued_year, web):
    """Archive, access date, via and quote: the end every template shares."""
    if web and rng.random() < 0.35:
        arch = Date(rng, max(issued_year or 2005, 2005), 2025, ["iso", "dmy", "mdy"])
        fmt = item.get("medium")
        shape = rng.random()
        if shape < 0.6:
            parts.append(f"Archived from the original{' (' + fmt + ')' if fmt else ''} on {arch.text()}")
        elif shape < 0.8:
            parts.append(f"Archived{' (' + fmt + ')' if fmt else ''} from the original on {arch.text()}")
        else:
            parts.append(f"Archived {arch.text()} at the Wayback Machine")
        item["archive-date"] = arch.gold()
    if web and rng.random() < 0.6:
        acc = Date(rng, max(issued_year or 2008, 2008), 2025, ["iso", "dmy", "mdy"])
        parts.append(f"Retrieved {acc.text()}")
        item["accessed"] = acc.gold()
    # CS1 does not double the separator after an element that ends in a period (`T.`, `et al.`).
    # Nor after an unquoted title ending in "?" or "!" (a quoted one keeps it: `"Why?".`).
    text = "".join(p + ("" if p[-1] in ".?!" else ".") + " " for p in parts).rstrip()
    if rng.random() < 0.08:
        via = rng.choice(VIAS)
        text = text[:-1] + f" – via {via}."
    return text


def lang_and_format(rng, item, head, web):
    if web and rng.random() < 0.2:
        item["medium"] = "PDF"
        head += " (PDF)"
    if rng.random() < 0.15:
        name, tag = rng.choice(list(LANGUAGES.items()))
        item["language"] = tag
        head += f" (in {name})"
    return head


def trans(rng, item, head):
    if rng.random() < 0.12:
        t = title(rng, "trans")
        item["title-translated"] = t
        head += f" [{t}]"
    return head


def lead(rng, item, parts, date, can_have_people=True):
    """Authors with the date in brackets, or None (the date then comes late)."""
    if can_have_people and rng.random() < 0.7:
        text, ps, et_al = people(rng)
        item["author"] = ps
        if et_al:
            item["et-al"] = True
        if not date and len(ps) == 1 and "literal" not in ps[0] and text == f"{ps[0]['family']} {ps[0]['given']}":
            # "Smith A. \"Title\"": one Vancouver name before the separator is ambiguous (ru
            # prints "Schmidt J." with its period), so the model does not draw it.
            item.pop("author")
            return False
        parts.append(f"{text} ({date.text()})" if date else text)
        return True
    return False


def cite_web(rng, item, news=False):
    parts = []
    date = Date(rng, 1995, 2024, ["iso", "dmy", "mdy", "my", "y"]) if rng.random() < 0.85 else None
    has_people = lead(rng, item, parts, date)
    t = title(rng, "web")
    item["title"] = t
    head = lang_and_format(rng, item, trans(rng, item, f'"{t}"'), True)
    parts.append(head)
    work = rng.choice(NEWSPAPERS if news else WEBSITES) if (news or rng.random() < 0.8) else None
    if work:
        parts.append(work)
        item["container-title"] = work
    if not news and rng.random() < 0.3:
        # The segment right after a quoted title is its container in the corpus conventions,
        # whether the template had it as |website= or |publisher=.
        pub = rng.choice(PUBLISHERS[:6] + ORGS)
        parts.append(pub)
        item["publisher" if work else "container-title"] = pub
    if date and not has_people:
        parts.append(date.text())
    if news and rng.random() < 0.3:
        txt, p = page_text(rng, rng.random() < 0.7)
        parts.append(txt)
        item["page"] = p
    if date:
        item["issued"] = date.gold()
    # Corpus type rule: a quoted title with volume, issue or pages is an article-journal.
    item["type"] = "article-journal" if "page" in item else "webpage"
    return tail(rng, item, parts, date.y if date else None, True)


def cite_journal(rng, item):
    parts = []
    date = Date(rng, 1950, 2024, ["y", "y", "my", "iso", "dmy", "mdy"])
    lead(rng, item, parts, date, True) or parts.append(None)
    no_people = parts[-1] is None
    if no_people:
        parts.pop()
    t = title(rng, "article")
    item["title"] = t
    parts.append(lang_and_format(rng, item, trans(rng, item, f'"{t}"'), True))
    j = rng.choice(JOURNALS)
    item["container-title"] = j
    vol = str(rng.randint(1, 120))
    item["volume"] = vol
    vi = vol
    if rng.random() < 0.75:
        iss = str(rng.randint(1, 12))
        item["issue"] = iss
        vi += f" ({iss})"
    if rng.random() < 0.9:
        txt, p = page_text(rng, rng.random() < 0.2)
        item["page"] = p
        vi += f": {p}"
    parts.append(f"{j}. {vi}")
    if no_people:
        parts.append(date.text())
    item["issued"] = date.gold()
    identifiers(rng, item, parts, False)
    item["type"] = "article-journal"
    return tail(rng, item, parts, date.y, rng.random() < 0.5)


def cite_magazine(rng, item):
    parts = []
    date = Date(rng, 1975, 2024, ["my", "dmy", "mdy", "iso"])
    has_people = lead(rng, item, parts, date)
    t = title(rng, "article")
    item["title"] = t
    parts.append(lang_and_format(rng, item, f'"{t}"', True))
    m = rng.choice(MAGAZINES)
    parts.append(m)
    item["container-title"] = m
    vol, no = str(rng.randint(1, 60)), str(rng.randint(1, 12))
    item["volume"], item["issue"] = vol, no
    parts.append(f"Vol.{rng.choice([' ', NBSP])}{vol}, no.{rng.choice([' ', NBSP])}{no}")
    if not has_people:
        parts.append(date.text())
    txt, p = page_text(rng, rng.random() < 0.4)
    parts.append(txt)
    item["page"] = p
    item["issued"] = date.gold()
    item["type"] = "article-journal"
    return tail(rng, item, parts, date.y, rng.random() < 0.4)


def imprint(rng, item, parts, place_p=0.6):
    pub = rng.choice(PUBLISHERS)
    item["publisher"] = pub
    if rng.random() < place_p:
        place = rng.choice(PLACES)
        item["publisher-place"] = place
        parts.append(f"{place}: {pub}")
    else:
        parts.append(pub)


def cite_book(rng, item):
    parts = []
    date = Date(rng, 1900, 2024, ["y", "y", "y", "my", "iso"])
    has_people = False
    if rng.random() < 0.12:  # editors in the author slot
        text, ps, _ = people(rng, 2)
        if "literal" not in ps[0]:
            item["editor"] = ps
            parts.append(f"{text}, {'eds.' if len(ps) > 1 else 'ed.'} ({date.text()})")
            has_people = True
    if not has_people:
        has_people = lead(rng, item, parts, date)
    chapter = rng.random() < 0.25
    t = title(rng, "book")
    if chapter:
        ch = title(rng, "chapter")
        item["title"], item["container-title"] = ch, t
        parts.append(f'"{ch}"')
        ed = ""
        if rng.random() < 0.6:
            text, ps, _ = people(rng, 2)
            if "literal" not in ps[0]:
                item["editor"] = ps
                ed = f"In {text} ({'eds.' if len(ps) > 1 else 'ed.'}). "
        parts.append(f"{ed}{t}" if ed else t)
        if not ed:
            parts[-1] = f"{t}"
    else:
        item["title"] = t
        head = lang_and_format(rng, item, trans(rng, item, t), True)
        parts.append(head)
    if rng.random() < 0.15:
        s = rng.choice(SERIES)
        item["collection-title"] = s
        parts.append(s)
    if rng.random() < 0.15:
        v = str(rng.randint(1, 12))
        item["volume"] = v
        parts.append(f"Vol.{rng.choice([' ', NBSP])}{v}")
    if rng.random() < 0.2:
        e = rng.choice(EDITIONS)
        item["edition"] = e
        parts[-1] += f" ({e} ed.)"
    imprint(rng, item, parts, 0.8 if chapter else 0.6)
    if not has_people:
        parts.append(date.text())
    if rng.random() < 0.4 or chapter:
        txt, p = page_text(rng, rng.random() < 0.5)
        parts.append(txt)
        item["page"] = p
    identifiers(rng, item, parts, True)
    item["issued"] = date.gold()
    book_evidence = "publisher-place" in item or "ISBN" in item or "edition" in item or "page" in item
    if chapter:
        item["type"] = "chapter" if ("editor" in item and ed) or "publisher-place" in item else "webpage"
        if item["type"] == "webpage":
            return None
    else:
        item["type"] = "book" if book_evidence else "document"
    return tail(rng, item, parts, date.y, rng.random() < 0.3)


def cite_labelled(rng, item):
    """cite report, thesis, press release: a title-type label after the title."""
    kind = rng.choice(["report", "thesis", "press"])
    parts = []
    date = Date(rng, 1960, 2024, ["y", "my", "iso", "dmy", "mdy"])
    has_people = kind != "press" and lead(rng, item, parts, date)
    t = title(rng, kind)
    item["title"] = t
    head = t if kind != "press" else f'"{t}"'
    if rng.random() < 0.2:
        item["medium"] = "PDF"
        head += " (PDF)"
    label = {"report": rng.choice(["Report", "Technical report"]), "thesis": rng.choice(["PhD thesis", "MSc thesis", "Thesis"]),
             "press": "Press release"}[kind]
    head += f" ({label})"
    if rng.random() < 0.15:
        name, tag = rng.choice(list(LANGUAGES.items()))
        item["language"] = tag
        head += f" (in {name})"
    parts.append(head)
    pub = rng.choice(UNIVERSITIES if kind == "thesis" else PUBLISHERS[:4] + ORGS)
    parts.append(pub)
    item["container-title" if kind == "press" else "publisher"] = pub  # after a quoted title
    if not has_people:
        parts.append(date.text())
    if kind == "report" and rng.random() < 0.4:
        txt, p = page_text(rng, rng.random() < 0.5)
        parts.append(txt)
        item["page"] = p
    item["issued"] = date.gold()
    item["type"] = {"report": "report", "thesis": "thesis", "press": "document"}[kind]
    if kind != "report":
        item["genre"] = label
    return tail(rng, item, parts, date.y, True)


TEMPLATES = [(cite_web, 30), (lambda r, i: cite_web(r, i, news=True), 15), (cite_journal, 20),
             (cite_magazine, 6), (cite_book, 22), (cite_labelled, 7)]


def generate(seed, n):
    rng = random.Random(seed)
    lines, gold = ["References", ""], []
    funcs = [f for f, w in TEMPLATES for _ in range(w)]
    number = 0
    while number < n:
        item = {}
        text = rng.choice(funcs)(rng, item)
        if text is None:
            continue
        number += 1
        item = {"id": str(number), **item}
        letters = rng.choice([0, 0, 0, 2, 3])
        caret = "^" + ("" if not letters else " " + " ".join("abcdefg"[:letters]))
        item["backlinks"] = letters or 1
        lines.append(f"  {number}. {caret} {text}")
        gold.append(item)
    return "\n".join(lines) + "\n", gold


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=300)
    ap.add_argument("--out", default="/tmp/cs1-fuzz")
    ap.add_argument("--show", type=int, default=40, help="mismatches to print")
    ap.add_argument("--citelib-score", default=str(ROOT / "build" / "tests" / "citelib-score-corpus"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    text, gold = generate(args.seed, args.n)
    stem = out / f"cs1-{args.seed}"
    stem.with_suffix(".txt").write_text(text, encoding="utf-8")
    Path(str(stem) + ".gold.json").write_text(json.dumps(gold, ensure_ascii=False, indent=1), encoding="utf-8")
    res = subprocess.run([args.citelib_score, "--mismatches", str(stem.with_suffix(".txt"))],
                         capture_output=True, text=True)
    lines = res.stdout.splitlines()
    mism = [l for l in lines if l.startswith(stem.name + " ")]
    for l in mism[: args.show]:
        print(l)
    print("\n".join(l for l in lines if not l.startswith(stem.name + " ")))
    print(f"{len(mism)} mismatching fields in {args.n} references")
    return 0


if __name__ == "__main__":
    sys.exit(main())
