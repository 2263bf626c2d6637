#!/usr/bin/env python3
"""Differential fuzzing of the reader's Japanese, Korean and Chinese editions.

cs1_fuzz.py's counterpart for the CJK ports of CS1 and ja's own description of Japanese
sources: draws random citations, renders them as each edition prints them, writes the gold the
corpus conventions ask for (../shared/corpus/README.md: shape-class types, values as printed),
reads the list with citelib and scores it field by field with citelib-score-corpus.

    bench/reader_fuzz/cjk_fuzz.py [--style ja|ja-washo|ko|zh] [--seed S] [--n N] [--out DIR] [--show K]

Styles (the forms docs/reference-list-reader.md, "Languages are data", describes):
  ja        ja's CS1 port: `Smith, John (2018年6月12日). “Title” (英語). Site. 2019年3月4日時点の
            オリジナルよりアーカイブ。2021年5月8日閲覧。`, books `Author (2010). Title. 東京: 出版社.
            p. 45. ISBN …`, journals `“Title”. Journal 12 (3): 45–67.`; dates with units or ISO
  ja-washo  ja's description of Japanese sources ({{Cite book|和書}}): `山田太郎 編『書名』（第2版）
            出版社、2010年、45頁。ISBN …。`, `山田太郎「論文」『雑誌』第60巻第3号、学会、2019年、10-20頁。`,
            `「記事」『新聞』2019年3月1日。2021年5月8日閲覧。`
  ko        ko's CS1 port: works in 《》, `2021년 5월 8일에 확인함.`, the archive message either way,
            pages `123–125쪽`
  zh        zh's CS1 port: unquoted titles, `2018-06-12 [2021-05-08]`, `（原始内容存档于…）`,
            `（英语）`, journals `Journal. 2014, 30 (5): 1-20.`
The renderings are this project's reading of the editions' templates (no copy of these editions
is in the corpus): a mismatch may be the model's as well as the reader's.
"""
import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))
from cs1_fuzz import write_and_score  # noqa: E402  (the scoring both models share)

LATIN_FAMILIES = ["Smith", "Merkel", "Chacon", "Tanaka", "Kim", "Wang", "Garcia", "Müller", "Novak"]
LATIN_GIVEN = ["John", "Dirk", "Scott", "Yuki", "Min-jun", "Wei", "Ana", "Jürgen", "Petra"]
JA_NAMES = ["山田太郎", "鈴木花子", "佐藤健", "高橋一郎", "田中美咲"]
KO_NAMES = ["홍길동", "김민준", "이서연", "박지훈"]
ZH_NAMES = ["张伟", "李强", "王芳", "刘洋"]
JA_TITLES = ["プログラミング入門", "コンテナ技術の現状", "Dockerとは", "分散システムの設計", "暗号理論の基礎", "データベース論"]
KO_TITLES = ["도커란 무엇인가", "프로그래밍 입문", "분산 시스템의 설계", "암호 이론의 기초"]
ZH_TITLES = ["容器技术综述", "分布式系统设计", "密码学基础", "数据库原理"]
EN_TITLES = ["Docker overview", "Pro Git", "Linux containers for consistent development", "HTTP semantics",
             "Euler's method revisited", "Git internals"]
JA_SITES = ["日経クロステック", "ITmedia", "Publickey", "窓の杜"]
KO_SITES = ["블로터", "한겨레", "ZDNet Korea", "지디넷코리아"]
ZH_SITES = ["新浪科技", "36氪", "InfoQ中文站"]
EN_SITES = ["Docker Documentation", "git-scm.com", "The Register", "GitHub Blog"]
JA_PUBLISHERS = ["技術評論社", "岩波書店", "オーム社", "翔泳社"]
KO_PUBLISHERS = ["한빛미디어", "길벗", "인사이트"]
ZH_PUBLISHERS = ["人民邮电出版社", "清华大学出版社", "机械工业出版社"]
EN_PUBLISHERS = ["Apress", "O'Reilly Media", "Springer"]
JA_PLACES, KO_PLACES, ZH_PLACES = ["東京", "大阪"], ["서울"], ["北京", "上海"]
JA_JOURNALS = ["情報処理", "電子情報通信学会論文誌", "日本経済新聞"]
EN_JOURNALS = ["Linux Journal", "Communications of the ACM", "Nature"]
LANGS = {"ja": [("英語", "en"), ("ドイツ語", "de"), ("韓国語", "ko")], "ko": [("영어", "en"), ("일본어", "ja")],
         "zh": [("英语", "en"), ("日语", "ja")]}


def date_gold(y, m=None, d=None):
    return {"date-parts": [[x for x in (y, m, d) if x is not None]]}


class Draw:
    def __init__(self, rng):
        self.r = rng

    def date(self, day=True):
        y, m, d = self.r.randint(1998, 2023), self.r.randint(1, 12), self.r.randint(1, 28)
        return (y, m, d) if day else (y, None, None)

    def isbn(self):
        # A valid ISBN-13 (the checks would otherwise report the check digit).
        digits = [9, 7, 8] + [self.r.randint(0, 9) for _ in range(9)]
        check = (10 - sum(x * (1 if i % 2 == 0 else 3) for i, x in enumerate(digits)) % 10) % 10
        s = "".join(map(str, digits + [check]))
        return f"{s[:3]}-{s[3]}-{s[4:8]}-{s[8:12]}-{s[12]}"


def ymd_ja(y, m, d, iso):
    if m is None:
        return f"{y}年"
    return f"{y:04d}-{m:02d}-{d:02d}" if iso else f"{y}年{m}月{d}日"


def ymd_ko(y, m, d, iso):
    if m is None:
        return f"{y}"
    return f"{y:04d}-{m:02d}-{d:02d}" if iso else f"{y}년 {m}월 {d}일"


def ymd_iso(y, m, d):
    return f"{y}" if m is None else f"{y:04d}-{m:02d}-{d:02d}"


def latin_author(dr):
    f, g = dr.r.choice(LATIN_FAMILIES), dr.r.choice(LATIN_GIVEN)
    return f"{f}, {g}", {"family": f, "given": g}


def author_date_head(dr, item, latin_share, names, kind, printed_date):
    """CS1's `Author (date). ` opening (drawn for 60% of citations): a Latin inverted name or
    a name of the edition's script, the date (a day for some web pages)."""
    r = dr.r
    if r.random() >= 0.6:
        return ""
    if r.random() < latin_share:
        printed, name = latin_author(dr)
    else:
        printed = r.choice(names)
        name = {"literal": printed}
    item["author"] = [name]
    y, m, d = dr.date(day=kind == "web" and r.random() < 0.5)
    item["issued"] = date_gold(y, m, d)
    return f"{printed} ({printed_date(y, m, d)}). "


def quoted_title(dr, item, titles, lang):
    """`“Title” (PDF) (英語)`: a quoted title, now and then its format and its language."""
    r = dr.r
    title = r.choice(titles)
    t = f"“{title}”"
    item["title"] = title
    if r.random() < 0.25:
        t += " (PDF)"
        item["medium"] = "PDF"
    if r.random() < 0.4:
        name, tag = r.choice(LANGS[lang])
        t += f" ({name})"
        item["language"] = tag
    return t


def journal_locators(dr, item):
    """An English journal with its volume, issue and pages (the printed parts and the gold)."""
    r = dr.r
    j = r.choice(EN_JOURNALS)
    v, i, p1 = r.randint(1, 90), r.randint(1, 12), r.randint(1, 300)
    pages = f"{p1}–{p1 + r.randint(1, 20)}"
    item.update(type="article-journal", **{"container-title": j, "volume": str(v), "issue": str(i), "page": pages})
    return j, v, i, pages


def site_and_date(dr, item, sites, marks, printed_date):
    """`. Site. 2019年3月1日.` after a web page's title: the site (in the edition's title
    marks), and its date when the opening printed none."""
    r = dr.r
    site = r.choice(sites)
    item.update(type="webpage", **{"container-title": site})
    text = f". {marks.format(site)}."
    if "issued" not in item and r.random() < 0.6:
        y, m, d = dr.date()
        text += f" {printed_date(y, m, d)}."
        item["issued"] = date_gold(y, m, d)
    return text


def cite_ja(dr):
    r = dr.r
    item, iso = {}, r.random() < 0.4
    kind = r.choice(["web", "web", "journal", "book"])
    head = author_date_head(dr, item, 0.6, JA_NAMES, kind, lambda y, m, d: ymd_ja(y, m, d, iso))
    if kind == "book":
        title = r.choice(JA_TITLES + EN_TITLES)
        item.update(type="book", title=title)
        parts = [head + title]
        if r.random() < 0.5:
            place, pub = r.choice(JA_PLACES), r.choice(JA_PUBLISHERS)
            parts.append(f"{place}: {pub}")
            item.update({"publisher-place": place, "publisher": pub})
        else:
            pub = r.choice(JA_PUBLISHERS + EN_PUBLISHERS)
            parts.append(pub)
            item["publisher"] = pub
        if r.random() < 0.5:
            p = str(r.randint(2, 400))
            parts.append(f"p. {p}")
            item["page"] = p
        isbn = dr.isbn()
        parts.append(f"ISBN {isbn}")
        item["ISBN"] = isbn
        text = ". ".join(parts)
    else:
        t = quoted_title(dr, item, JA_TITLES + EN_TITLES, "ja")
        if kind == "journal":
            j, v, i, pages = journal_locators(dr, item)
            text = f"{head}{t}. {j} {v} ({i}): {pages}."
        else:
            text = head + t + site_and_date(dr, item, JA_SITES + EN_SITES, "{}", lambda y, m, d: ymd_ja(y, m, d, iso))
    tail = ""
    if kind == "web" and r.random() < 0.5:
        y, m, d = dr.date()
        item["archive-date"] = date_gold(y, m, d)
        if r.random() < 0.5:
            tail += f" {ymd_ja(y, m, d, iso)}時点のオリジナルよりアーカイブ。"
        else:
            tail += f" オリジナルの{ymd_ja(y, m, d, iso)}時点におけるアーカイブ。"
    if kind == "web" or r.random() < 0.3:
        y, m, d = dr.date()
        item["accessed"] = date_gold(y, m, d)
        tail = (tail or " ") + f"{ymd_ja(y, m, d, iso)}閲覧。"
    return text + tail.rstrip(), item


def cite_ja_washo(dr):
    r = dr.r
    item = {}
    kind = r.choice(["book", "book", "journal", "news"])
    people = ""
    if kind != "news" or r.random() < 0.3:
        names = r.sample(JA_NAMES, r.choice([1, 1, 2]))
        people = "、".join(names)
        role = "author"
        if kind == "book" and r.random() < 0.3:
            people += r.choice([" 編", "編"])
            role = "editor"
        item[role] = [{"literal": n} for n in names]
    if kind == "book":
        title = r.choice(JA_TITLES)
        item["title"] = title
        text = f"{people}『{title}』"
        if r.random() < 0.3:
            ed = f"第{r.randint(2, 5)}版"
            text += f"（{ed}）"
            item["edition"] = ed
        pub = r.choice(JA_PUBLISHERS)
        y = r.randint(1980, 2023)
        parts = [pub, f"{y}年"]
        item.update(publisher=pub, issued=date_gold(y))
        if r.random() < 0.5:
            p = str(r.randint(2, 400))
            parts.append(f"{p}頁")
            item["page"] = p
        text += "、".join(parts) + "。"
        if r.random() < 0.6:
            isbn = dr.isbn()
            text += f"ISBN {isbn}。"
            item["ISBN"] = isbn
        book = "edition" in item or "ISBN" in item or "page" in item
        item["type"] = "book" if book else "document"
        return text, item
    if kind == "journal":
        title, journal = r.choice(JA_TITLES), r.choice(JA_JOURNALS[:2])
        v, i, p1 = r.randint(1, 90), r.randint(1, 12), r.randint(1, 300)
        pages = f"{p1}-{p1 + r.randint(1, 20)}"
        y = r.randint(1980, 2023)
        parts = [f"第{v}巻第{i}号"]
        item.update(type="article-journal", title=title, volume=str(v), issue=str(i), page=pages,
                    issued=date_gold(y), **{"container-title": journal})
        if r.random() < 0.5:
            pub = r.choice(["情報処理学会", "電子情報通信学会"])
            parts.append(pub)
            item["publisher"] = pub
        parts += [f"{y}年", f"{pages}頁"]
        return f"{people}「{title}」『{journal}』" + "、".join(parts) + "。", item
    title, paper = r.choice(JA_TITLES), "日本経済新聞"
    y, m, d = dr.date()
    item.update(type="webpage", title=title, issued=date_gold(y, m, d), **{"container-title": paper})
    text = f"{people}「{title}」『{paper}』{y}年{m}月{d}日。"
    if r.random() < 0.5:
        y, m, d = dr.date()
        text += f"{y}年{m}月{d}日閲覧。"
        item["accessed"] = date_gold(y, m, d)
    return text, item


def cite_ko(dr):
    r = dr.r
    item, iso = {}, r.random() < 0.3
    kind = r.choice(["web", "web", "journal", "book"])
    head = author_date_head(dr, item, 0.5, KO_NAMES, kind, lambda y, m, d: ymd_ko(y, m, d, iso))
    if kind == "book":
        title = r.choice(KO_TITLES)
        place, pub = r.choice(KO_PLACES), r.choice(KO_PUBLISHERS)
        isbn = dr.isbn()
        item.update(type="book", title=title, publisher=pub, ISBN=isbn, **{"publisher-place": place})
        pages = ""
        if r.random() < 0.4:
            p1 = r.randint(1, 300)
            item["page"] = str(p1) if r.random() < 0.5 else f"{p1}–{p1 + r.randint(1, 20)}"
            pages = f" {item['page']}쪽."
        return f"{head}《{title}》. {place}: {pub}.{pages} ISBN {isbn}.", item
    t = quoted_title(dr, item, KO_TITLES + EN_TITLES, "ko")
    if kind == "journal":
        j, v, i, pages = journal_locators(dr, item)
        return f"{head}{t}. 《{j}》 {v} ({i}): {pages}.", item
    text = head + t + site_and_date(dr, item, KO_SITES + EN_SITES, "《{}》", lambda y, m, d: ymd_ko(y, m, d, iso))
    if r.random() < 0.5:
        y, m, d = dr.date()
        item["archive-date"] = date_gold(y, m, d)
        text += (f" 원본 문서에서 {ymd_ko(y, m, d, iso)}에 보존된 문서." if r.random() < 0.5
                 else f" {ymd_ko(y, m, d, iso)}에 원본 문서에서 보존된 문서.")
    y, m, d = dr.date()
    item["accessed"] = date_gold(y, m, d)
    return text + f" {ymd_ko(y, m, d, iso)}에 확인함.", item


def cite_zh(dr):
    r = dr.r
    item = {}
    kind = r.choice(["web", "web", "journal"])
    head = ""
    if r.random() < 0.6:
        printed, name = latin_author(dr)
        if kind == "journal" and r.random() < 0.5:
            names = r.sample(ZH_NAMES, 2)
            printed, item["author"] = "; ".join(names), [{"literal": n} for n in names]
        else:
            item["author"] = [name]
        head = printed + ". "
    title = r.choice(ZH_TITLES + EN_TITLES)
    item["title"] = title
    if kind == "journal":
        j = r.choice(EN_JOURNALS + ["软件学报", "计算机学报"])
        v, i, p1 = r.randint(1, 90), r.randint(1, 12), r.randint(1, 300)
        pages = f"{p1}-{p1 + r.randint(1, 20)}"
        y, m, d = dr.date(day=r.random() < 0.3)
        item.update(type="article-journal", issued=date_gold(y, m, d),
                    **{"container-title": j, "volume": str(v), "issue": str(i), "page": pages})
        return f"{head}{title}. {j}. {ymd_iso(y, m, d)}, {v} ({i}): {pages}.", item
    site = r.choice(ZH_SITES + EN_SITES)
    item.update(type="document", publisher=site)
    text = f"{head}{title}. {site}."
    when = []
    if r.random() < 0.6:
        y, m, d = dr.date()
        when.append(ymd_iso(y, m, d))
        item["issued"] = date_gold(y, m, d)
    # zh's web citations carry an access date or a date: "Title. Site." alone reads as one
    # title with a subtitle as well (not drawn).
    if r.random() < 0.8 or not when:
        y, m, d = dr.date()
        when.append(f"[{ymd_iso(y, m, d)}]")
        item["accessed"] = date_gold(y, m, d)
    if when:
        text += " " + " ".join(when) + "."
    if r.random() < 0.5:
        y, m, d = dr.date()
        item["archive-date"] = date_gold(y, m, d)
        text += f" （原始内容存档于{ymd_iso(y, m, d)}）"
    if r.random() < 0.4:
        name, tag = r.choice(LANGS["zh"])
        text += f" （{name}）"
        item["language"] = tag
    return text.rstrip(".") + ".", item


STYLES = {
    "ja": ("脚注", "^", cite_ja),
    "ja-washo": ("脚注", "^", cite_ja_washo),
    "ko": ("각주", "↑", cite_ko),
    # zh's other heading, "参考文献", is ja's too: a list under it tells no edition, and a
    # bracketed date beside no Chinese text stays CS1's orig-date there (en prints "2020
    # [2019-03-01]" the same way).
    "zh": ("参考资料", "^", cite_zh),
}


def generate(style, seed, n):
    heading, caret, cite = STYLES[style]
    dr = Draw(random.Random(f"cjk-{style}-{seed}"))
    lines, gold = [heading, ""], []
    for k in range(1, n + 1):
        text, item = cite(dr)
        lines.append(f"{k}. {caret} {text}")
        gold.append({"id": str(k), **item, "backlinks": 1})
    return "\n".join(lines) + "\n", gold


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--style", default="ja", choices=sorted(STYLES))
    ap.add_argument("--seed", type=int, default=1)
    ap.add_argument("--n", type=int, default=200)
    ap.add_argument("--out", default="/tmp/cjk-fuzz")
    ap.add_argument("--show", type=int, default=30)
    ap.add_argument("--citelib-score", default=str(ROOT / "build" / "tests" / "citelib-score-corpus"))
    args = ap.parse_args()
    out = Path(args.out)
    out.mkdir(parents=True, exist_ok=True)
    text, gold = generate(args.style, args.seed, args.n)
    stem = out / f"cjk-{args.style}-{args.seed}"
    write_and_score(stem, text, gold, args.citelib_score, args.show, args.n)
    return 0


if __name__ == "__main__":
    sys.exit(main())
