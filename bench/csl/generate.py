#!/usr/bin/env python3
"""Writes N generated CSL-JSON references (deterministic) for the rendering benchmark."""
import json, random, sys

def main():
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10000
    rnd = random.Random(42)
    fam = ["Smith", "García", "Kim", "van der Berg", "Müller", "O'Brien", "Nakamura", "Dubois", "Rossi", "Kowalski"]
    giv = ["John", "María José", "Ji-woo", "Anna", "Peter R.", "Lucía", "Hiroshi", "Claire", "Marco", "Ewa"]
    words = ["history", "relations", "North", "Korea", "Peru", "diplomacy", "economic", "analysis", "of", "the",
             "and", "in", "policy", "trade", "review", "southern", "cone", "asia", "pacific", "war"]
    types = ["article-journal", "book", "chapter", "webpage", "article-newspaper", "report"]
    items = []
    for i in range(n):
        t = types[i % len(types)]
        it = {"id": f"r{i}", "type": t,
              "title": " ".join(rnd.choice(words) for _ in range(rnd.randint(3, 9))).capitalize(),
              "author": [{"family": rnd.choice(fam), "given": rnd.choice(giv)} for _ in range(rnd.randint(1, 5))],
              "issued": {"date-parts": [[rnd.randint(1950, 2023), rnd.randint(1, 12), rnd.randint(1, 28)]]}}
        if t in ("article-journal", "article-newspaper"):
            it["container-title"] = "Journal of " + rnd.choice(words).capitalize()
            it["volume"] = str(rnd.randint(1, 90)); it["issue"] = str(rnd.randint(1, 12))
            a = rnd.randint(1, 400); it["page"] = f"{a}-{a + rnd.randint(1, 30)}"
            it["DOI"] = f"10.{1000 + i}/x{i}"
        elif t in ("book", "report"):
            it["publisher"] = rnd.choice(["Penguin", "Fondo Editorial", "Oxford University Press"])
            it["publisher-place"] = rnd.choice(["Lima", "Seoul", "Oxford"])
        elif t == "chapter":
            it["container-title"] = "Handbook of " + rnd.choice(words)
            it["editor"] = [{"family": rnd.choice(fam), "given": rnd.choice(giv)}]
            it["publisher"] = "Routledge"; it["page"] = "10-20"
        else:
            it["URL"] = f"https://example.org/{i}"; it["container-title"] = "BBC News"
            it["accessed"] = {"date-parts": [[2020, 1, 2]]}
        items.append(it)
    # Pretty-printed like most CSL-JSON files (one field per line).
    json.dump(items, sys.stdout, ensure_ascii=False, indent=1)

if __name__ == "__main__":
    main()
