// The `citation-label` variable when the data has none: a trigraph label such as "Doe65",
// "RoNo78" or "DEFG26" (specification, Appendix IV: "may be assigned by the CSL processor
// based on item metadata"), built the way citeproc-js builds it so that label styles render
// the same labels: letters of the first creators' family names, then the last two digits of
// the year.
#include "csl/eval/evaluator.hpp"
#include "csl/output/markup.hpp"

#include <unicode/uchar.h>
#include <unicode/utf8.h>

#include <array>

namespace citelib::csl {

namespace {

// Letters taken from each family name, by number of names: one name "Aaaa", two "AaAa",
// three "AaAA", four or more "AAAA" (citeproc-js's default trigraph "Aaaa00:AaAa00:AaAA00:AAAA00").
constexpr std::array<std::array<int, 4>, 4> kLetters = {{{4, 0, 0, 0}, {2, 2, 0, 0}, {2, 1, 1, 0}, {1, 1, 1, 1}}};
constexpr int kYearDigits = 2;

// The name variables searched for creators, in order.
constexpr std::array kCreators = {Variable::author,       Variable::editor,          Variable::contributor,
                                  Variable::translator,   Variable::recipient,       Variable::interviewer,
                                  Variable::composer,     Variable::original_author, Variable::container_author,
                                  Variable::collection_editor};

// Letters of Latin, Greek and Cyrillic scripts: what a label keeps of a name.
bool is_label_letter(UChar32 c) {
  return ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') || (c >= 0x80 && c <= 0x17F) || (c >= 0x400 && c <= 0x52F) ||
         (c >= 0x386 && c <= 0x3FC) || (c >= 0x1F00 && c <= 0x1FFE);
}

// Appends the first `count` code points of `text` that `keep` accepts, the first uppercased,
// the rest lowercased.
template <class Keep>
void append_first(std::string& out, std::string_view text, int count, Keep&& keep) {
  int taken = 0;
  int32_t i = 0;
  const auto* p = reinterpret_cast<const uint8_t*>(text.data());
  const auto n = static_cast<int32_t>(text.size());
  while (i < n && taken < count) {
    UChar32 c = 0;
    U8_NEXT(p, i, n, c);
    if (c < 0 || !keep(c)) continue;
    c = taken == 0 ? u_toupper(c) : u_tolower(c);
    char buf[4];
    int32_t len = 0;
    U8_APPEND_UNSAFE(buf, len, c);
    out.append(buf, static_cast<std::size_t>(len));
    ++taken;
  }
}

// A family name without a leading lowercase particle ("von Dipheria") or article ("The").
std::string_view label_family(const Name& name) {
  std::string_view s = name.is_literal() ? std::string_view(name.literal) : std::string_view(name.family);
  while (true) {
    const std::size_t sp = s.find(' ');
    if (sp == std::string_view::npos) break;
    const std::string_view word = s.substr(0, sp);
    const bool lowercase_particle = !word.empty() && word.find_first_not_of("abcdefghijklmnopqrstuvwxyz'\u2019") == std::string_view::npos;
    std::string lower(word);
    for (char& ch : lower) ch = static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch + 32 : ch);
    if (!lowercase_particle && lower != "a" && lower != "an" && lower != "the") break;
    s.remove_prefix(sp + 1);
  }
  return s;
}

}  // namespace

std::string generated_citation_label(const Reference& ref) {
  std::string label;
  for (const Variable v : kCreators) {
    const std::span<const Name> names = ref.names(v);
    if (names.empty()) continue;
    const auto& letters = kLetters[std::min<std::size_t>(names.size(), kLetters.size()) - 1];
    for (std::size_t j = 0; j < names.size() && j < letters.size() && letters[j] > 0; ++j) {
      const std::size_t before = label.size();
      append_first(label, label_family(names[j]), letters[j], is_label_letter);
      if (label.size() == before) break;
    }
    break;
  }
  if (label.empty()) {
    // No creator: the first four characters of the title, spaces removed, whatever they are
    // ("1. Whetting ..." -> "1.wh", "A Brief ..." -> "Abri"), as citeproc-js takes them,
    // after it drops the words of its title-case stop-word list written as listed, in
    // lowercase ("the iPhone revolution" -> "Ipho", "a tale of two cities" -> "Tale").
    std::string kept;
    const std::string_view title = ref.get(Variable::title);
    for (std::size_t i = 0; i < title.size();) {
      const std::size_t b = title.find_first_not_of(" \t\n", i);
      if (b == std::string_view::npos) break;
      std::size_t e = title.find_first_of(" \t\n", b);
      if (e == std::string_view::npos) e = title.size();
      const std::string_view word = title.substr(b, e - b);
      if (!ir::is_stop_word(word) && word != "de" && word != "d'" && word != "von" && word != "van" && word != "c" &&
          word != "ca") {
        if (!kept.empty()) kept.push_back(' ');
        kept.append(word);
      }
      i = e;
    }
    append_first(label, kept, kLetters[0][0], [](UChar32 c) { return !u_isUWhiteSpace(c); });
  }
  const Date* issued = ref.date(Variable::issued);
  std::string year = issued && issued->has_parts() ? std::to_string(issued->start.year < 0 ? -issued->start.year : issued->start.year) : "0000";
  if (year.size() < kYearDigits) year.insert(0, kYearDigits - year.size(), '0');
  label += std::string_view(year).substr(year.size() - kYearDigits);
  return label;
}

}  // namespace citelib::csl
