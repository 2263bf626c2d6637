#!/usr/bin/env python3
"""Writes N generated references as citelib CSL-JSON (deterministic): the mix of types,
names, dates, identifiers and non-CSL data of the Wikipedia corpus, with Unicode titles.
   gen_references.py N OUT.json"""
import json
import random
import sys

FAMILIES = ["Smith", "Müller", "García Márquez", "Nguyễn", "O'Brien", "Łukasiewicz", "박", "Иванов", "Dupont",
            "Kowalski", "Rossi", "Silva", "Andersson", "Yılmaz", "Fernández"]
GIVENS = ["Anna", "José", "Jean-Luc", "Zoë", "승혁", "Пётр", "Li", "Ólafur", "M. C.", "Ana María"]
WORDS = ["analysis", "Perú", "North", "Korea", "embassy", "relaciones", "über", "système", "data", "Sendero",
         "Luminoso", "history", "política", "Bürger", "economía", "the", "of", "and", "NASA", "iPhone",
         "protocol", "東京", "Москва", "café", "naïve", "50%", "R&D", "C#", "snake_case"]
SITES = ["Europa Press", "Infobae", "Andina", "RPP Noticias", "El Comercio", "BBC News", "The Guardian"]
JOURNALS = ["Department of State Bulletin", "Journal of Chemical Information", "Nature", "Revista Química"]
PUBLISHERS = ["Pearson", "O'Reilly Media", "Springer", "Editorial Planeta", "MIT Press"]


def title(rng):
    words = [rng.choice(WORDS) for _ in range(rng.randint(3, 10))]
    t = " ".join(words)
    return t[0].upper() + t[1:]


def date(rng):
    parts = [rng.randint(1950, 2024)]
    if rng.random() < 0.8:
        parts.append(rng.randint(1, 12))
        if rng.random() < 0.8:
            parts.append(rng.randint(1, 28))
    return {"date-parts": [parts]}


def name(rng):
    if rng.random() < 0.1:
        return {"literal": rng.choice(SITES)}
    n = {"family": rng.choice(FAMILIES), "given": rng.choice(GIVENS)}
    if rng.random() < 0.05:
        n["non-dropping-particle"] = rng.choice(["van", "de la", "von"])
    return n


def reference(i, rng):
    kind = rng.choices(["webpage", "document", "article-journal", "book", "chapter", "report", "thesis"],
                       [45, 25, 12, 9, 4, 3, 2])[0]
    r = {"id": str(i + 1), "type": kind, "title": title(rng)}
    if rng.random() < 0.5:
        r["author"] = [name(rng) for _ in range(rng.randint(1, 4))]
    if rng.random() < 0.8:
        r["issued"] = date(rng)
    custom = {"backlinks": rng.randint(1, 5), "raw": r["title"] + ". " + str(i)}
    if kind == "webpage":
        r["container-title"] = rng.choice(SITES)
        if rng.random() < 0.4:
            r["accessed"] = date(rng)
        if rng.random() < 0.3:
            r["URL"] = f"https://example.org/news/{i}?q=a_b%20c#frag"
        if rng.random() < 0.2:
            custom["archive-date"] = date(rng)
    elif kind == "article-journal":
        r["container-title"] = rng.choice(JOURNALS)
        r["volume"] = str(rng.randint(1, 120))
        r["issue"] = str(rng.randint(1, 12))
        first = rng.randint(1, 900)
        r["page"] = f"{first}–{first + rng.randint(1, 30)}"
        if rng.random() < 0.5:
            r["DOI"] = f"10.{1000 + i % 9000}/abc.{i}"
    elif kind in ("book", "chapter"):
        r["publisher"] = rng.choice(PUBLISHERS)
        r["publisher-place"] = rng.choice(["New York", "Madrid", "Lima", "Berlin"])
        r["ISBN"] = "978-0-13-110362-7"
        if kind == "chapter":
            r["container-title"] = title(rng)
            r["editor"] = [name(rng)]
    else:
        r["publisher"] = rng.choice(PUBLISHERS)
    if rng.random() < 0.1:
        r["language"] = rng.choice(["es", "pt", "ko", "ru", "en"])
        custom["title-translated"] = title(rng)
    if rng.random() < 0.05:
        r["medium"] = "PDF"
    r["custom"] = custom
    return r


def main():
    n = int(sys.argv[1])
    rng = random.Random(20241122)
    with open(sys.argv[2], "w", encoding="utf-8") as f:
        json.dump([reference(i, rng) for i in range(n)], f, ensure_ascii=False)


if __name__ == "__main__":
    main()
