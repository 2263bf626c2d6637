// The checks on the dev corpus with the gold annotations standing in for the reader: what the
// checks find when every field is right. The reviewed findings (warning and error severity)
// are in tests/data/checks/gold-corpus-findings.tsv, one per line with the text their span
// covers; the test fails on any finding not listed there and on any listed one not found.
#include <citelib/checks/checks.hpp>
#include <citelib/readers/csl_json.hpp>

#include "paths.hpp"

#include <catch2/catch.hpp>
#include <nlohmann/json.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace citelib;
namespace fs = std::filesystem;

namespace {

// Gold keys that are not CSL-JSON variables (shared/corpus/README.md, "Gold format").
const std::set<std::string> kCustomKeys = {
    "title-translated", "et-al", "archive-date", "archive-url", "comment", "locator", "S2CID", "OCLC",
    "CiteSeerX", "Bibcode", "via", "short-cites", "list", "cs1-messages", "no-citation", "backlinks", "raw"};

// Reads a gold file as references whose raw text and span point into the article's list.
std::vector<Reference> gold_references(const fs::path& gold, const SourceText& list) {
  nlohmann::json items = nlohmann::json::parse(test::read_file(gold));
  for (auto& item : items) {
    nlohmann::json custom = nlohmann::json::object();
    for (const std::string& k : kCustomKeys)
      if (item.contains(k)) {
        custom[k] = item[k];
        item.erase(k);
      }
    item["custom"] = custom;
  }
  Diagnostics ignored;
  std::vector<Reference> refs = read_csl_json(SourceText("gold.json", items.dump()), ignored);
  std::size_t from = 0;
  for (Reference& r : refs) {
    const std::size_t at = list.text().find(r.raw, from);
    REQUIRE(at != std::string_view::npos);
    r.span = {at, at + r.raw.size()};
    r.position = list.position(at);
    r.source_name = std::string(list.name());
    from = at + r.raw.size();
  }
  return refs;
}

struct Finding {
  std::string article, code, refs, text;
  auto operator<=>(const Finding&) const = default;
};

std::string join(const std::vector<std::string>& v) {
  std::string out;
  for (const std::string& s : v) out += (out.empty() ? "" : ",") + s;
  return out;
}

// Line breaks, tabs and the invisible C1 controls of mojibake written as escapes.
std::string escaped(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == '\n') out += "\\n";
    else if (c == '\t') out += "\\t";
    else if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) < 0xA0) {
      static constexpr char kHex[] = "0123456789ABCDEF";
      const auto b = static_cast<unsigned char>(s[++i]);
      out += "\\u00";
      out += kHex[b >> 4];
      out += kHex[b & 15];
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

}  // namespace

TEST_CASE("checks on the gold corpus find the reviewed findings and nothing else", "[corpus][checks]") {
  const auto shared = test::shared_dir();
  if (!shared) {
    WARN("../shared is absent: corpus test skipped");
    return;
  }
  std::vector<std::pair<std::string, fs::path>> articles;
  for (const auto& e : fs::directory_iterator(*shared / "corpus" / "wikipedia"))
    if (e.path().string().ends_with(".gold.json")) {
      std::string name = e.path().filename().string();
      articles.emplace_back(name.substr(0, name.size() - 10), e.path().parent_path());
    }
  articles.emplace_back("north-korea-peru", *shared / "corpus" / "seed");
  std::sort(articles.begin(), articles.end());
  REQUIRE(articles.size() >= 16);

  std::multiset<Finding> found;
  CheckOptions options;
  options.reference_date = make_date(2026, 1, 1).start;  // after every date of the corpus
  for (const auto& [name, dir] : articles) {
    const SourceText list(name + ".txt", test::read_file(dir / (name + ".txt")));
    const std::vector<Reference> refs = gold_references(dir / (name + ".gold.json"), list);
    Diagnostics diags;
    check_references(refs, &list, options, diags);
    std::optional<SourceText> body;
    if (fs::exists(dir / (name + ".body.txt"))) {
      body.emplace(name + ".body.txt", test::read_file(dir / (name + ".body.txt")));
      check_body(refs, &list, *body, options, diags);
    }
    for (const Diagnostic& d : diags) {
      if (d.severity == Severity::info) continue;
      const SourceText& src = body && d.file == body->name() ? *body : list;
      std::string text = escaped(src.text().substr(d.span.begin, d.span.end - d.span.begin));
      if (d.id() == "reference-unused" || d.id() == "markup-leaked" || d.id() == "required-field-missing")
        text = "*";  // spans of whole references: checked in the unit tests
      found.insert({name, std::string(d.id()), join(d.references), text});
    }
  }

  std::multiset<Finding> expected;
  std::istringstream in(test::read_file(test::data_dir() / "checks" / "gold-corpus-findings.tsv"));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    Finding f;
    std::istringstream fields(line);
    std::getline(fields, f.article, '\t');
    std::getline(fields, f.code, '\t');
    std::getline(fields, f.refs, '\t');
    std::getline(fields, f.text);
    expected.insert(f);
  }
  std::vector<Finding> unexpected, missing;
  std::set_difference(found.begin(), found.end(), expected.begin(), expected.end(), std::back_inserter(unexpected));
  std::set_difference(expected.begin(), expected.end(), found.begin(), found.end(), std::back_inserter(missing));
  // Printed whole (Catch wraps long messages), ready to review and paste into the file.
  for (const Finding& f : unexpected) std::cerr << "unexpected:\t" << f.article << '\t' << f.code << '\t' << f.refs << '\t' << f.text << '\n';
  for (const Finding& f : missing) std::cerr << "missing:\t" << f.article << '\t' << f.code << '\t' << f.refs << '\t' << f.text << '\n';
  CHECK(unexpected.empty());
  CHECK(missing.empty());
}
