// The checks on whole lists read by the reference-list reader: the seed article (exactly its
// "Must find" findings), the deliberately broken list (every defect at its span, nothing
// else), the clean list (nothing at all), and the dev corpus (no error-severity finding
// outside the reviewed list).
#include <citelib/checks/checks.hpp>
#include <citelib/readers/reference_list.hpp>

#include "paths.hpp"

#include <catch2/catch.hpp>

#include <algorithm>
#include <filesystem>
#include <iostream>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace citelib;
namespace fs = std::filesystem;

namespace {

struct Checked {
  SourceText list;
  std::optional<SourceText> body;
  std::vector<Reference> refs;
  Diagnostics read;    // what the reader reported
  Diagnostics checks;  // what the checks reported

  std::string_view text_of(const Diagnostic& d) const {
    const SourceText& src = body && d.file == body->name() ? *body : list;
    return src.text().substr(d.span.begin, d.span.end - d.span.begin);
  }
};

CheckOptions at(int y, int m, int d) {
  CheckOptions o;
  o.reference_date = make_date(y, static_cast<unsigned>(m), static_cast<unsigned>(d)).start;
  return o;
}

Checked read_and_check(const fs::path& list, const std::optional<fs::path>& body, const CheckOptions& options) {
  Checked c{SourceText(list.filename().string(), test::read_file(list)), std::nullopt, {}, {}, {}};
  if (body) c.body.emplace(body->filename().string(), test::read_file(*body));
  c.refs = read_reference_list(c.list, {}, c.read);
  check_references(c.refs, &c.list, options, c.checks);
  if (c.body) check_body(c.refs, &c.list, *c.body, options, c.checks);
  return c;
}

std::string join(const std::vector<std::string>& v, std::size_t from = 0) {
  std::string out;
  for (std::size_t i = from; i < v.size(); ++i) out += (out.empty() ? "" : ",") + v[i];
  return out;
}

// Invisible C1 controls (mojibake) as \u escapes, as the expectation files write them.
std::string escaped(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    const auto c = static_cast<unsigned char>(s[i]);
    if (c == 0xC2 && i + 1 < s.size() && static_cast<unsigned char>(s[i + 1]) < 0xA0) {
      static constexpr char kHex[] = "0123456789ABCDEF";
      const auto b = static_cast<unsigned char>(s[++i]);
      out += "\\u00";
      out += kHex[b >> 4];
      out += kHex[b & 15];
    } else if (c == '\n') {
      out += "\\n";
    } else {
      out += static_cast<char>(c);
    }
  }
  return out;
}

std::vector<std::vector<std::string>> read_tsv(const fs::path& p) {
  std::vector<std::vector<std::string>> rows;
  std::istringstream in(test::read_file(p));
  for (std::string line; std::getline(in, line);) {
    if (line.empty() || line[0] == '#') continue;
    std::vector<std::string> row;
    std::istringstream fields(line);
    for (std::string f; std::getline(fields, f, '\t');) row.push_back(f);
    while (row.size() < 4) row.emplace_back();
    rows.push_back(std::move(row));
  }
  return rows;
}

}  // namespace

TEST_CASE("seed: exactly reference 27 unused and references 29 and 5 the same source, and five notes", "[golden][checks]") {
  const fs::path dir = test::examples_dir() / "north-korea-peru";
  const Checked c = read_and_check(dir / "north-korea-peru.txt", dir / "north-korea-peru.body.txt", at(2026, 1, 1));
  REQUIRE(c.refs.size() == 34);
  // The "Must find" findings of the seed's expected-diagnostics.md, and nothing else above a note.
  std::vector<std::string> found, notes;
  for (const Diagnostic& d : c.checks)
    (d.severity == Severity::info ? notes : found).push_back(std::string(d.id()) + " " + join(d.references));
  std::sort(found.begin(), found.end());
  std::sort(notes.begin(), notes.end());
  CHECK(found == std::vector<std::string>{"duplicate-reference 29,5", "reference-unused 27"});
  // Its "Should find" notes 4 (no access dates anywhere), 5 (Spanish and Korean titles without
  // "(in Spanish)"/"(in Korean)"), 6 (a section in the title of 7) and 7 (the quotation after
  // reference 9 without quotation marks).
  CHECK(notes == std::vector<std::string>{"access-date-missing 1,2,3,4,5,8,10,13,14,15",
                                          "language-note-missing 2,4,5,10,13,17,18,19,20,21",
                                          "language-note-missing 3,33", "quote-undelimited 9", "title-section-mark 7"});
  for (const Diagnostic& d : c.checks) {
    if (d.id() == "duplicate-reference") {
      CHECK(c.text_of(d) == "Relaciones Bilaterales Per\u00fa - Rep\u00fablica Popular Democr\u00e1tica de Corea");
      CHECK(d.position.line == 31);
    } else if (d.id() == "reference-unused") {
      CHECK(c.text_of(d) == c.refs[26].raw);  // the whole printed text of reference 27
      CHECK(d.severity == Severity::warning);
    } else if (d.id() == "access-date-missing") {
      CHECK(d.message == "online references without an access date: 28 of 28 (references 1, 2, 3, 4, 5, 8, 10, 13, 14, 15 and 18 more)");
      CHECK(c.text_of(d) == c.refs[0].raw);
    } else if (d.id() == "language-note-missing") {
      // Of the about 28 Spanish titles, those the guess is sure of; none of the five tagged
      // ones (6, 9, 11, 12, 27). Both Korean titles.
      const bool korean = d.references.front() == "3";
      CHECK(d.message == (korean ? "Korean titles without a language note in a list worded in English: 2 (references 3, 33)"
                                 : "Spanish titles without a language note in a list worded in English: 21 (references "
                                   "2, 4, 5, 10, 13, 17, 18, 19, 20, 21 and 11 more)"));
      CHECK(c.text_of(d) == c.refs[korean ? 2 : 1].raw);
    } else if (d.id() == "title-section-mark") {
      CHECK(c.text_of(d) == "\u00A7 Partial Incident Chronology");
    } else {
      CHECK(c.text_of(d) == c.refs[8].get(Variable::note));
      CHECK(d.position.line == 11);
    }
  }
}

TEST_CASE("every defect of the broken list is found at its span, and nothing else", "[golden][checks]") {
  const fs::path dir = test::data_dir() / "checks";
  const Checked c = read_and_check(dir / "broken-references.txt", dir / "broken-references.body.txt", at(2024, 6, 1));
  REQUIRE(c.refs.size() == 47);
  std::multiset<std::vector<std::string>> found, expected;
  // The reader, not the checks, reports a language it cannot tag (it keeps no such language).
  std::vector<Diagnostic> all = c.checks.items();
  for (const Diagnostic& d : c.read)
    if (d.id() == "language-unknown") all.push_back(d);
  for (const Diagnostic& d : all) {
    const std::string where = d.file == "broken-references.body.txt" ? "body" : (d.references.empty() ? "" : d.references[0]);
    const std::string others = where == "body" ? "" : join(d.references, 1);
    found.insert({where, std::string(d.id()), others, escaped(c.text_of(d))});
  }
  for (auto& row : read_tsv(dir / "broken-references.expected.tsv")) expected.insert(row);
  std::vector<std::vector<std::string>> unexpected, missing;
  std::set_difference(found.begin(), found.end(), expected.begin(), expected.end(), std::back_inserter(unexpected));
  std::set_difference(expected.begin(), expected.end(), found.begin(), found.end(), std::back_inserter(missing));
  for (const auto& f : unexpected) std::cerr << "unexpected:\t" << f[0] << '\t' << f[1] << '\t' << f[2] << '\t' << f[3] << '\n';
  for (const auto& f : missing) std::cerr << "missing:\t" << f[0] << '\t' << f[1] << '\t' << f[2] << '\t' << f[3] << '\n';
  CHECK(unexpected.empty());
  CHECK(missing.empty());
  // At least 30 kinds of defect, one reference each.
  std::set<std::string> kinds;
  for (const auto& row : expected) kinds.insert(row[1] + ":" + row[3]);
  CHECK(kinds.size() >= 30);
}

TEST_CASE("the clean list gets no finding at all", "[golden][checks]") {
  const fs::path dir = test::data_dir() / "checks";
  const Checked c = read_and_check(dir / "clean-references.txt", dir / "clean-references.body.txt", at(2024, 6, 1));
  REQUIRE(c.refs.size() == 14);
  for (const Diagnostic& d : c.read) UNSCOPED_INFO("reader: " << format_diagnostic(d));
  for (const Diagnostic& d : c.checks) UNSCOPED_INFO("checks: " << format_diagnostic(d));
  CHECK(c.read.empty());
  CHECK(c.checks.empty());
}

TEST_CASE("dev corpus: every error-severity finding is one reviewed as true", "[corpus][checks]") {
  const auto shared = test::shared_dir();
  if (!shared) {
    WARN("../shared is absent: corpus test skipped");
    return;
  }
  std::set<std::vector<std::string>> reviewed;
  for (auto& row : read_tsv(test::data_dir() / "checks" / "corpus-errors.tsv")) reviewed.insert(row);
  std::set<std::vector<std::string>> seen;
  std::vector<fs::path> lists;
  for (const auto& e : fs::directory_iterator(*shared / "corpus" / "wikipedia"))
    if (e.path().extension() == ".txt" && !e.path().string().ends_with(".body.txt")) lists.push_back(e.path());
  std::sort(lists.begin(), lists.end());
  REQUIRE(lists.size() >= 15);
  for (const fs::path& list : lists) {
    const std::string name = list.stem().string();
    fs::path body = list.parent_path() / (name + ".body.txt");
    const Checked c = read_and_check(list, fs::exists(body) ? std::optional<fs::path>(body) : std::nullopt, at(2026, 1, 1));
    for (const Diagnostic& d : c.checks) {
      if (d.severity != Severity::error) continue;
      std::vector<std::string> row{name, std::string(d.id()), join(d.references), escaped(c.text_of(d))};
      seen.insert(row);
      if (!reviewed.count(row))
        std::cerr << "unreviewed error:\t" << row[0] << '\t' << row[1] << '\t' << row[2] << '\t' << row[3] << '\n';
      CHECK(reviewed.count(row) == 1);
    }
  }
  // A reviewed finding that is gone is not a false alarm, but it is worth knowing.
  for (const auto& row : reviewed)
    if (!seen.count(row)) WARN("reviewed error no longer reported: " << row[0] << ' ' << row[1] << ' ' << row[2]);
}
