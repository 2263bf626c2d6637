// Round trips through the .bib writers and reader: hostile text cannot break the file, and
// the corpus comes back field for field.
#include <citelib/readers/bibtex.hpp>
#include <citelib/readers/csl_json.hpp>
#include <citelib/writers/bibtex.hpp>
#include <citelib/writers/csl_json.hpp>

#include "paths.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <filesystem>
#include <map>
#include <random>
#include <set>

using namespace citelib;

namespace {

// Characters that stress the .bib grammar and LaTeX escaping, plus some Unicode.
const std::vector<std::string> kHostile = {
    "{", "}", "}", "\\", "@", "@", "%", "#", "&", "$", "_", "~", "^", "\"", "'", "`", ",", "=", "(", ")",
    " and ", " AND ", "--", "-", " ", "  ", "\n", "\n@article{x,", "\t", "a", "B", "z", "Q", "1", "9", ".",
    "\u00e9", "\u00df", "\u0141", "\ud55c", "\u00a0", "\u2013", "\u00a7", "<", ">", "\\url{", "{\\'e}", "others",
};

std::string hostile(std::mt19937& rng, std::size_t max_len) {
  std::uniform_int_distribution<std::size_t> len(1, max_len);
  std::uniform_int_distribution<std::size_t> pick(0, kHostile.size() - 1);
  std::string s;
  for (std::size_t n = len(rng); n > 0; --n) s += kHostile[pick(rng)];
  return s;
}

// What the text of a field is expected to read back as: a value is one line in .bib, so
// line breaks and tabs are spaces.
std::string one_line(std::string s) {
  for (char& c : s)
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  return s;
}

// A name part as BibTeX can hold it: no blanks at either end, single inner spaces.
std::string name_part(std::string s) {
  s = one_line(std::move(s));
  std::string out;
  for (char c : s) {
    if (c == ' ' && (out.empty() || out.back() == ' ')) continue;
    out += c;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  // A no-break space at either end of a name part is a tie in BibTeX names: blank.
  for (bool changed = true; changed;) {
    changed = false;
    if (out.size() >= 2 && out.compare(out.size() - 2, 2, "\u00a0") == 0) { out.resize(out.size() - 2); changed = true; }
    if (out.size() >= 2 && out.compare(0, 2, "\u00a0") == 0) { out.erase(0, 2); changed = true; }
    if (!out.empty() && out.back() == ' ') { out.pop_back(); changed = true; }
    if (!out.empty() && out.front() == ' ') { out.erase(0, 1); changed = true; }
  }
  // "~" between words is a tie (a space) in BibTeX names, and a lone "others" means et al.
  if (out.empty() || out == "others") out = "X" + out;
  return out;
}

// The text of the i-th entry of a .bib file (for failure messages).
std::string entry_text(const std::string& bib, std::size_t i) {
  std::size_t p = bib[0] == '@' ? 0 : bib.find("\n@");
  for (std::size_t k = 0; k < i && p != std::string::npos; ++k) p = bib.find("\n@", p + 1);
  if (p == std::string::npos) return {};
  return bib.substr(p, bib.find("\n}\n", p) - p);
}

}  // namespace

TEST_CASE("hostile text survives the writers and reads back unchanged", "[bibtex][fuzz]") {
  std::mt19937 rng(20241122);
  for (int round = 0; round < 40; ++round) {
    std::vector<Reference> refs(25);
    for (std::size_t i = 0; i < refs.size(); ++i) {
      Reference& r = refs[i];
      r.id = hostile(rng, 4);
      r.type = i % 3 == 0 ? ItemType::book : (i % 3 == 1 ? ItemType::article_journal : ItemType::webpage);
      r.set(Variable::title, hostile(rng, 12));
      r.set(Variable::container_title, hostile(rng, 6));
      r.set(Variable::note, hostile(rng, 10));
      r.set(Variable::volume, hostile(rng, 3));
      r.comment = hostile(rng, 8);
      r.raw = hostile(rng, 20);
      r.add_name(Variable::author, personal_name(name_part(hostile(rng, 4)), name_part(hostile(rng, 4))));
      r.add_name(Variable::author, literal_name(name_part(hostile(rng, 5))));
    }
    for (BibDialect dialect : {BibDialect::biblatex, BibDialect::bibtex}) {
      for (bool ascii : {false, true}) {
        if (dialect == BibDialect::biblatex && ascii) continue;
        BibOptions opt;
        opt.dialect = dialect;
        opt.ascii = ascii;
        Diagnostics wd;
        const std::string bib = write_bibtex(refs, opt, wd);
        INFO("round " << round << (dialect == BibDialect::bibtex ? " bibtex" : " biblatex") << (ascii ? " ascii" : ""));
        // No line of the file starts an entry except the entries themselves.
        std::size_t headers = 0;
        for (std::size_t p = 0; p < bib.size(); p = bib.find('\n', p) + 1) {
          if (bib[p] == '@') ++headers;
          if (bib.find('\n', p) == std::string::npos) break;
        }
        CHECK(headers == refs.size());
        Diagnostics rd;
        const std::vector<Reference> back = read_bibtex(SourceText("fuzz.bib", bib), rd);
        CHECK_FALSE(rd.has_errors());
        REQUIRE(back.size() == refs.size());
        for (std::size_t i = 0; i < refs.size(); ++i) {
          INFO("reference " << i << " read back as " << back[i].id << "\n" << entry_text(bib, i));
          CHECK(back[i].get(Variable::title) == one_line(std::string(refs[i].get(Variable::title))));
          if (dialect == BibDialect::biblatex) {
            CHECK(back[i].get(Variable::container_title) == one_line(std::string(refs[i].get(Variable::container_title))));
            CHECK(back[i].get(Variable::note) == one_line(std::string(refs[i].get(Variable::note))));
            CHECK(back[i].comment == one_line(refs[i].comment));
            CHECK(back[i].raw == refs[i].raw);
            CHECK(back[i].id == refs[i].id);
          }
          auto a = refs[i].names(Variable::author);
          auto b = back[i].names(Variable::author);
          REQUIRE(b.size() == a.size());
          CHECK(b[0].family == a[0].family);
          CHECK(b[0].given == a[0].given);
          CHECK(b[1].literal == a[1].literal);
        }
      }
    }
  }
}

namespace {

// The corpus gold keeps citelib's custom keys at the top level; citelib's CSL-JSON keeps
// them under "custom".
std::string gold_as_citelib_json(const std::filesystem::path& gold) {
  nlohmann::ordered_json in = nlohmann::ordered_json::parse(test::read_file(gold));
  for (auto& item : in) {
    nlohmann::ordered_json custom = nlohmann::ordered_json::object();
    for (auto it = item.begin(); it != item.end();) {
      const std::string k = it.key();
      const auto var = parse_variable(k);
      const bool standard = k == "id" || k == "type" || (var && k != "locator");
      if (standard) { ++it; continue; }
      custom[k] = it.value();
      it = item.erase(it);
    }
    if (!custom.empty()) item["custom"] = custom;
  }
  return in.dump();
}

using Flat = std::map<std::string, nlohmann::json>;

Flat flatten(const nlohmann::json& item) {
  Flat out;
  for (const auto& [k, v] : item.items()) {
    if (k == "custom") {
      for (const auto& [ck, cv] : v.items()) out["custom." + ck] = cv;
    } else {
      out[k] = v;
    }
  }
  return out;
}

struct Agreement {
  std::size_t fields = 0;
  std::size_t same = 0;
  double ratio() const { return fields ? static_cast<double>(same) / static_cast<double>(fields) : 1.0; }
};

// Field-by-field agreement of two CSL-JSON arrays (union of keys; `skip` keys ignored).
Agreement compare(const nlohmann::json& a, const nlohmann::json& b, const std::set<std::string>& skip,
                  std::vector<std::string>& diffs) {
  Agreement g;
  for (std::size_t i = 0; i < a.size() && i < b.size(); ++i) {
    const Flat x = flatten(a[i]), y = flatten(b[i]);
    std::set<std::string> keys;
    for (const auto& [k, v] : x) keys.insert(k);
    for (const auto& [k, v] : y) keys.insert(k);
    for (const std::string& k : keys) {
      if (skip.count(k)) continue;
      ++g.fields;
      auto xi = x.find(k), yi = y.find(k);
      if (xi != x.end() && yi != y.end() && xi->second == yi->second) ++g.same;
      else diffs.push_back(a[i].value("id", "?") + " " + k);
    }
  }

  return g;
}

}  // namespace

TEST_CASE("corpus round trip: biblatex written and read back reproduces the CSL-JSON", "[bibtex][corpus]") {
  const auto shared = test::shared_dir();
  if (!shared) {
    WARN("../shared is absent: corpus round trip skipped");
    return;
  }
  std::vector<std::filesystem::path> golds{*shared / "corpus/seed/north-korea-peru.gold.json"};
  for (const auto& e : std::filesystem::directory_iterator(*shared / "corpus/wikipedia"))
    if (e.path().string().ends_with(".gold.json")) golds.push_back(e.path());
  std::sort(golds.begin() + 1, golds.end());
  // Keys only the `% citelib:` lines carry: without them, the rest must still come back.
  const std::set<std::string> extras_only = {"id", "custom.backlinks", "custom.raw", "custom.list",
                                             "custom.cs1-messages", "custom.short-cites", "custom.no-citation"};
  Agreement all, biblio;
  for (const auto& gold : golds) {
    Diagnostics d;
    const std::vector<Reference> refs = read_csl_json(SourceText(gold.filename().string(), gold_as_citelib_json(gold)), d);
    const nlohmann::json expected = nlohmann::json::parse(write_csl_json(refs));
    for (bool keep : {true, false}) {
      BibOptions opt;
      opt.keep_extras = keep;
      Diagnostics wd, rd;
      const std::string bib = write_bibtex(refs, opt, wd);
      const std::vector<Reference> back = read_bibtex(SourceText("rt.bib", bib), rd);
      CHECK_FALSE(rd.has_errors());
      REQUIRE(back.size() == refs.size());
      const nlohmann::json got = nlohmann::json::parse(write_csl_json(back));
      std::vector<std::string> diffs;
      const Agreement g = compare(expected, got, keep ? std::set<std::string>{} : extras_only, diffs);
      (keep ? all : biblio).fields += g.fields;
      (keep ? all : biblio).same += g.same;
      std::string list;
      for (const auto& s : diffs) list += "\n  " + s;
      UNSCOPED_INFO(gold.filename().string() << (keep ? " (with citelib lines): " : " (bibliographic fields): ")
                                             << g.same << "/" << g.fields << list);
    }
  }
  WARN("round trip: " << all.same << "/" << all.fields << " fields with the citelib lines, " << biblio.same << "/"
                      << biblio.fields << " bibliographic fields without them");
  CHECK(all.ratio() >= 0.99);
  CHECK(biblio.ratio() >= 0.99);
}
