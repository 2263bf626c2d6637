// Lists saved as UTF-8 after being read as Latin-1 are read from their repaired text and
// keep their values as printed.
#include <citelib/readers/reference_list.hpp>

#include "readers/list/mojibake.hpp"

#include <catch2/catch.hpp>

#include <algorithm>

using namespace citelib;

namespace {

// What a UTF-8 text becomes when read as Latin-1 and saved as UTF-8 again.
std::string mojibake(std::string_view s) { return list::as_mojibake(s); }

std::vector<Reference> read(const std::string& text, Diagnostics& d) {
  return read_reference_list(SourceText("list.txt", text), {}, d);
}

bool reported(const Diagnostics& d, DiagCode code) {
  return std::any_of(d.items().begin(), d.items().end(), [&](const Diagnostic& x) { return x.code == code; });
}

}  // namespace

TEST_CASE("mojibake is undone for reading and its offsets kept", "[reader][mojibake]") {
  const std::string printed = mojibake("a \u00abT\u00edtulo\u00bb \u2013 \u00e9") + "\u00a0x";  // a lone NBSP stays
  const auto repaired = list::repair_mojibake(printed);
  REQUIRE(repaired);
  CHECK(repaired->text == "a \u00abT\u00edtulo\u00bb \u2013 \u00e9\u00a0x");
  REQUIRE(repaired->origin.size() == repaired->text.size() + 1);
  CHECK(repaired->origin.back() == printed.size());
  // Every repaired byte points at the start of the characters it came from.
  const std::size_t dash = repaired->text.find("\u2013");
  CHECK(printed.compare(repaired->origin[dash], mojibake("\u2013").size(), mojibake("\u2013")) == 0);
  CHECK(list::as_mojibake("Per\u00fa \u2013 \ubd81") == mojibake("Per\u00fa \u2013 \ubd81"));
  CHECK(list::as_mojibake("plain") == "plain");
}

TEST_CASE("text that is no mojibake is left alone", "[reader][mojibake]") {
  CHECK_FALSE(list::repair_mojibake("plain ASCII text"));
  CHECK_FALSE(list::repair_mojibake("Caf\u00e9 noir, S\u00e3o Paulo, Per\u00fa, Stra\u00dfe"));  // Latin-1 letters
  CHECK_FALSE(list::repair_mojibake(mojibake("Per\u00fa \u2013 Lima") + " \u0416"));      // a character beyond Latin-1
  CHECK_FALSE(list::repair_mojibake(mojibake("Per\u00fa") + " caf\u00e9 cr\u00e8me br\u00fbl\u00e9e \u00e0 la"));  // more orphans than repairs
  CHECK_FALSE(list::repair_mojibake(mojibake("\u00e9")));  // one character is no evidence
}

TEST_CASE("a mojibake list reads as its repaired text, values as printed", "[reader][mojibake]") {
  const std::string list =
      "Referencias\n"
      "1. ^ P\u00e9rez, Juan (12 de marzo de 2019). \u00abLa econom\u00eda peruana\u00bb. El Comercio (en ingl\u00e9s). p\u00e1g. 49\u201352. "
      "Consultado el 3 de abril de 2020.\n"
      "2. ^ Garc\u00eda M\u00e1rquez, Gabriel (1967). Cien a\u00f1os de soledad. Buenos Aires: Sudamericana. ISBN 978-84-376-0494-7.\n";
  Diagnostics clean_d, moji_d;
  const auto clean = read(list, clean_d);
  const auto moji = read(mojibake(list), moji_d);
  REQUIRE(clean.size() == 2);
  REQUIRE(moji.size() == 2);
  CHECK(reported(moji_d, DiagCode::list_mojibake_read));
  CHECK_FALSE(reported(clean_d, DiagCode::list_mojibake_read));
  for (std::size_t i = 0; i < 2; ++i) {
    CHECK(moji[i].type == clean[i].type);
    CHECK(moji[i].raw == mojibake(clean[i].raw));
    for (const auto& [v, value] : clean[i].text_fields()) CHECK(moji[i].get(v) == mojibake(value));
    for (const auto& [v, names] : clean[i].name_fields()) {
      REQUIRE(moji[i].names(v).size() == names.size());
      for (std::size_t k = 0; k < names.size(); ++k) CHECK(moji[i].names(v)[k].family == mojibake(names[k].family));
    }
    for (const auto& [v, d] : clean[i].date_fields()) {
      REQUIRE(moji[i].date(v) != nullptr);
      CHECK(moji[i].date(v)->start == d.start);
    }
    CHECK(moji[i].position.line == clean[i].position.line);
  }
  CHECK(moji[0].get(Variable::title) == mojibake("La econom\u00eda peruana"));
  CHECK(moji[0].get(Variable::language) == "en");
  CHECK(moji[0].get(Variable::page) == mojibake("49\u201352"));
  // The span is the item's in the printed text.
  const std::string printed = mojibake(list);
  CHECK(printed.substr(moji[1].span.begin, 9) == "2. ^ Garc");
  // What the reader reports points into the printed text.
  for (const Diagnostic& d : moji_d.items())
    if (d.position.line > 0) CHECK(d.span.end <= printed.size());
}

TEST_CASE("mojibake of Windows-1252 is undone too and given back as printed", "[reader][mojibake]") {
  // "–" is E2 80 93: Windows-1252 reads 0x80 as "€" and 0x93 as "“".
  const std::string dash = list::as_mojibake("\u2013", true);
  CHECK(dash == "\u00e2\u20ac\u201c");
  const std::string list = "1. ^ P\u00e9rez, Juan (2019). \"La econom\u00eda\". El Comercio. pp. 49\u201352.\n"
                           "2. ^ \u201cQuoted\u201d \u2013 Caf\u00e9. Site.\n";
  const std::string printed = list::as_mojibake(list, true);
  const auto repaired = list::repair_mojibake(printed);
  REQUIRE(repaired);
  CHECK(repaired->windows1252);
  CHECK(repaired->text == list);
  Diagnostics d;
  const auto refs = read(printed, d);
  REQUIRE(refs.size() == 2);
  CHECK(refs[0].names(Variable::author)[0].family == list::as_mojibake("P\u00e9rez", true));
  CHECK(refs[0].get(Variable::page) == list::as_mojibake("49\u201352", true));
  CHECK(refs[0].raw == printed.substr(refs[0].raw.empty() ? 0 : printed.find("P\u00c3"), refs[0].raw.size()));
  // Text with Windows-1252's own characters as themselves ("–", "“") is no mojibake.
  CHECK_FALSE(list::repair_mojibake("\u201cQuoted\u201d \u2013 a \u2014 b \u2122"));
}

TEST_CASE("repair_encoding gives a mojibake list's values repaired, raw text as printed", "[reader][mojibake]") {
  const std::string list =
      "1. ^ N\u00f8rsett, Syvert P. (1993). \u00abLa econom\u00eda\u00bb. El Comercio (en ingl\u00e9s). p\u00e1g. 49\u201352. "
      "Consultado el 3 de abril de 2020.\n"
      "2. ^ Garc\u00eda M\u00e1rquez, Gabriel (1967). Cien a\u00f1os de soledad. Buenos Aires: Sudamericana.\n";
  for (const bool windows1252 : {false, true}) {
    const std::string printed = list::as_mojibake(list, windows1252);
    Diagnostics clean_d, d;
    const auto clean = read(list, clean_d);
    ReferenceListOptions options;
    options.repair_encoding = true;
    const auto refs = read_reference_list(SourceText("list.txt", printed), options, d);
    REQUIRE(refs.size() == clean.size());
    CHECK(reported(d, DiagCode::list_mojibake_repaired));
    CHECK_FALSE(reported(d, DiagCode::list_mojibake_read));
    for (std::size_t i = 0; i < refs.size(); ++i) {
      // Every value as the clean list reads it...
      CHECK(refs[i].text_fields().size() == clean[i].text_fields().size());
      for (const auto& [v, value] : clean[i].text_fields()) CHECK(refs[i].get(v) == value);
      for (const auto& [v, names] : clean[i].name_fields()) {
        REQUIRE(refs[i].names(v).size() == names.size());
        for (std::size_t k = 0; k < names.size(); ++k) {
          CHECK(refs[i].names(v)[k].family == names[k].family);
          CHECK(refs[i].names(v)[k].given == names[k].given);
        }
      }
      // ...and the raw text, span and position of the printed one.
      CHECK(refs[i].raw == list::as_mojibake(clean[i].raw, windows1252));
      CHECK(printed.compare(refs[i].span.begin, refs[i].span.end - refs[i].span.begin,
                            list::as_mojibake(list.substr(clean[i].span.begin, clean[i].span.end - clean[i].span.begin),
                                              windows1252)) == 0);
      CHECK(refs[i].position.line == clean[i].position.line);
    }
    CHECK(refs[0].names(Variable::author)[0].family == "N\u00f8rsett");
    CHECK(refs[0].get(Variable::page) == "49\u201352");
  }
  // A list that is no mojibake reads the same with the option.
  Diagnostics a, b;
  ReferenceListOptions options;
  options.repair_encoding = true;
  const auto plain = read_reference_list(SourceText("list.txt", list), options, b);
  const auto dflt = read(list, a);
  REQUIRE(plain.size() == dflt.size());
  for (std::size_t i = 0; i < plain.size(); ++i) CHECK(plain[i].get(Variable::title) == dflt[i].get(Variable::title));
  CHECK_FALSE(reported(b, DiagCode::list_mojibake_repaired));
}
