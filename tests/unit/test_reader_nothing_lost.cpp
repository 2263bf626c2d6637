// Nothing the reader reads is lost silently. For every reference of the seed, of every
// dev-corpus list and of the test lists, every word of the printed text (letters and digits;
// punctuation is layout) must be
//   * inside the text of a field the reader filled, found at its place in the reference
//     (titles, names, container, publisher, identifiers, comment, note, ...),
//   * inside a date the reader kept (the written date must scan to one of the reference's
//     dates, or is the text a date keeps: "Christmas 2015", "1st pub. 1851"),
//   * one of the fixed words the reader reads as structure ("Retrieved", "pp.", "ISBN",
//     "(in Spanish)", month names ...), taken from the language tables themselves, or
//   * inside the span of a diagnostic that carries the text: `reference-unparsed-text`,
//     `language-unknown` for a language tag no table names, or `list-line-skipped` for text
//     that is no reference (a style sheet the copy took along).
// A word that is none of these was dropped: the test names it with its reference.
#include <citelib/readers/reference_list.hpp>

#include "readers/list/item_text.hpp"
#include "readers/list/lang/reader_language.hpp"
#include "model/date_scan.hpp"
#include "model/date_words.hpp"
#include "core/text.hpp"

#include "paths.hpp"

#include <catch2/catch.hpp>
#include <unicode/locdspnm.h>
#include <unicode/uloc.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <memory>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace citelib;
namespace fs = std::filesystem;

namespace {

std::string fold(std::string_view s) {
  std::string out;
  for (std::size_t i = 0; i < s.size();) {
    const text::CodePoint c = text::decode(s, i);
    i += c.len;
    const char32_t f = text::fold_cp(c.cp);
    if (f < 0x80) {
      out += static_cast<char>(f);
    } else if (f < 0x800) {
      out += static_cast<char>(0xC0 | (f >> 6));
      out += static_cast<char>(0x80 | (f & 0x3F));
    } else if (f < 0x10000) {
      out += static_cast<char>(0xE0 | (f >> 12));
      out += static_cast<char>(0x80 | ((f >> 6) & 0x3F));
      out += static_cast<char>(0x80 | (f & 0x3F));
    } else {
      out += std::string(s.substr(i - c.len, c.len));
    }
  }
  return out;
}

bool is_word_cp(char32_t c) { return text::is_letter_cp(c) || text::is_digit_cp(c); }

struct Word {
  std::size_t begin, end;
};

std::vector<Word> words_of(std::string_view s) {
  std::vector<Word> out;
  for (std::size_t i = 0; i < s.size();) {
    text::CodePoint c = text::decode(s, i);
    if (!is_word_cp(c.cp)) {
      i += c.len;
      continue;
    }
    const std::size_t b = i;
    while (i < s.size() && is_word_cp((c = text::decode(s, i)).cp)) i += c.len;
    out.push_back({b, i});
  }
  return out;
}

// Every word of the fixed wording the reader reads as structure, from the tables themselves.
const std::set<std::string>& structure_words() {
  static const std::set<std::string> words = [] {
    std::set<std::string> w;
    auto add = [&](std::string_view phrase) {
      for (const Word& x : words_of(phrase)) w.insert(fold(phrase.substr(x.begin, x.end - x.begin)));
    };
    auto add_all = [&](std::span<const std::string_view> list) {
      for (std::string_view s : list) add(s);
    };
    for (const list::ReaderLanguage* l : list::all_reader_languages()) {
      add_all(l->headings), add_all(l->jump_up), add_all(l->language_tag_words), add_all(l->list_labels);
      add_all(l->editor_in), add_all(l->editor_marks), add_all(l->page_labels), add_all(l->volume_labels);
      add_all(l->issue_labels), add_all(l->section_labels), add_all(l->page_count_labels), add_all(l->page_suffixes), add_all(l->volume_count_labels);
      add_all(l->edition_suffixes), add_all(l->site_markers), add_all(l->cs1_markers), add_all(l->untitled_words);
      add_all(l->access_notes), add_all(l->link_labels), add_all(l->name_joiners), add_all(l->et_al);
      add_all(l->see_prefixes), add_all(l->minutes_suffixes), add_all(l->ditto_words), add_all(l->translator_marks), add_all(l->contributor_marks);
      add_all(l->series_markers), add_all(l->season_labels), add_all(l->note_labels), add_all(l->cs1_lead_ins), add_all(l->patent_words), add_all(l->cited_words);
      add_all(l->version_labels), add_all(l->print_run_words);
      for (const list::Phrase& p : l->phrases) add(p.pattern);
      for (const list::LanguageName& n : l->language_names) add(n.name);
      for (const list::NameRole& r : l->name_roles) add(r.label);
      for (const list::MessageSpan& m : l->cs1_spans) add(m.open), add(m.close);
      if (const list::BracketedDescription* b = l->bracketed) {
        add(b->ordinal_prefix);
        add_all(b->volume_units), add_all(b->issue_units), add_all(b->page_units), add_all(b->edition_units);
        for (const list::NameRole& r : b->role_marks) add(r.label);
      }
    }
    add_all(list::common_tables().formats);
    for (const date_words::DateLanguage* l : date_words::all_date_languages()) {
      for (const date_words::DateMessage& m : l->messages) add(m.pattern);
      for (const date_words::MonthWord& m : l->months) add(m.word);
      for (const date_words::SeasonWord& s : l->seasons) add(s.word);
      add_all(l->links), add_all(l->range_words), add_all(l->year_tails), add_all(l->circa);
      add_all(l->undated), add_all(l->ordinals), add_all(l->quarters);
    }
    for (int i = 0; i <= static_cast<int>(Identifier::JFM); ++i) add(to_string(static_cast<Identifier>(i)));
    // Printed labels of identifiers whose custom key differs ("Usenet: <id>", USENETID).
    for (std::string_view id : {"ISBN", "ISSN", "DOI", "PMID", "PMC", "PMCID", "URL", "RFC", "I-D", "Usenet"}) add(id);
    return w;
  }();
  return words;
}

// True when `run` is structure words written one after the other ("巻第").
bool made_of_structure_words(std::string_view run) {
  if (run.empty()) return true;
  for (std::size_t n = text::decode(run, 0).len; n <= run.size(); n += n < run.size() ? text::decode(run, n).len : 1)
    if (structure_words().count(fold(run.substr(0, n))) && made_of_structure_words(run.substr(n))) return true;
  return false;
}

bool same_point(const DatePoint& a, const DatePoint& b) {
  return a.year == b.year && a.month == b.month && a.day == b.day && a.season == b.season;
}

// True when byte `i` of `s` does not split a run of digits or a run of letters.
bool class_boundary(std::string_view s, std::size_t i) {
  if (i == 0 || i >= s.size()) return true;
  const char32_t a = text::decode(s, text::prev_start(s, i)).cp, b = text::decode(s, i).cp;
  return !((text::is_digit_cp(a) && text::is_digit_cp(b)) || (text::is_letter_cp(a) && text::is_letter_cp(b)));
}

// Marks every place of `item` where `value` is written; when it is written nowhere whole (a
// value the reader normalised), its words, each at its first place not yet covered.
void mark_value(std::string_view item, std::string_view value, std::vector<char>& covered) {
  value = text::trim(value);
  if (value.empty()) return;
  bool found = false;
  for (std::size_t p = item.find(value); p != std::string_view::npos; p = item.find(value, p + 1)) {
    // Whole words only: the issue "2" is not the 2 of "2001" (but is the 4 of "no4").
    if (!class_boundary(item, p) || !class_boundary(item, p + value.size())) continue;
    std::fill(covered.begin() + static_cast<std::ptrdiff_t>(p),
              covered.begin() + static_cast<std::ptrdiff_t>(p + value.size()), 1);
    found = true;
  }
  if (found) return;
  for (const Word& w : words_of(value)) {
    const std::string_view word = value.substr(w.begin, w.end - w.begin);
    for (std::size_t p = item.find(word); p != std::string_view::npos; p = item.find(word, p + 1)) {
      if (!text::at_word_start(item, p) || !text::at_word_end(item, p + word.size()) || covered[p]) continue;
      std::fill(covered.begin() + static_cast<std::ptrdiff_t>(p),
                covered.begin() + static_cast<std::ptrdiff_t>(p + word.size()), 1);
      break;
    }
  }
}

// The names of language `tag` in the editions' languages ("zh-TW": "Chinese (Taiwan)",
// "chino (Taiwán)", ...), standard and dialect forms.
const std::vector<std::string>& language_display_names(std::string_view tag) {
  // Asked once per tag: every reference of a list in one language has the same.
  static std::map<std::string, std::vector<std::string>, std::less<>> cache;
  if (auto it = cache.find(tag); it != cache.end()) return it->second;
  std::vector<std::string>& out = cache[std::string(tag)];
  if (tag.empty()) return out;
  UErrorCode err = U_ZERO_ERROR;
  char id[ULOC_FULLNAME_CAPACITY];
  uloc_forLanguageTag(std::string(tag).c_str(), id, sizeof id, nullptr, &err);
  if (U_FAILURE(err)) return out;
  for (const char* display : {"en", "es", "pt", "it", "ru", "de", "fr"})
    for (const UDialectHandling h : {ULDN_STANDARD_NAMES, ULDN_DIALECT_NAMES}) {
      const std::unique_ptr<icu::LocaleDisplayNames> names(icu::LocaleDisplayNames::createInstance(icu::Locale(display), h));
      icu::UnicodeString shown;
      names->localeDisplayName(id, shown);
      std::string utf8;
      out.push_back(shown.toUTF8String(utf8));
    }
  return out;
}

// A mojibake list's punctuation is no word: "â\u0080\u0093" (an en dash, UTF-8 read as Latin-1)
// before "via". The characters of U+0080-U+00FF from `b` on, taken as bytes, are valid UTF-8
// without a letter or digit.
bool mojibake_punctuation(std::string_view t, std::size_t b) {
  std::string bytes;
  for (std::size_t i = b; i < t.size() && bytes.size() < 8;) {
    const text::CodePoint c = text::decode(t, i);
    if (c.cp < 0x80 || c.cp > 0xFF) break;
    bytes.push_back(static_cast<char>(c.cp));
    i += c.len;
  }
  if (bytes.empty()) return false;
  for (std::size_t i = 0; i < bytes.size();) {
    const text::CodePoint c = text::decode(bytes, i);
    if (c.cp == 0xFFFD || c.cp < 0x80 || is_word_cp(c.cp)) return false;
    i += c.len;
  }
  return true;
}

// The words of one reference that are in no field, no kept date, no structure and no
// diagnostic span; empty when nothing is lost.
std::vector<std::string> lost_words(const Reference& r, const list::ItemText& item,
                                    const std::vector<SourceSpan>& kept_spans) {
  const std::string_view t = item.text;
  std::vector<char> covered(t.size(), 0);
  for (const auto& [v, value] : r.text_fields()) mark_value(t, value, covered);
  for (const auto& [v, names] : r.name_fields())
    for (const Name& n : names)
      for (const std::string* part : {&n.family, &n.given, &n.dropping_particle, &n.non_dropping_particle,
                                      &n.suffix, &n.literal})
        mark_value(t, *part, covered);
  for (const auto& [id, value] : r.identifiers) mark_value(t, value, covered);
  for (const std::string* s : {&r.archive_url, &r.title_translated, &r.via, &r.comment, &r.locator_text})
    mark_value(t, *s, covered);
  for (const std::string& m : r.cs1_messages) mark_value(t, m, covered);
  // Kept fields beyond the model ("arXiv-class"): JSON text, a string in quotes.
  for (const auto& [key, json] : r.extra) {
    std::string_view v = json;
    if (v.size() >= 2 && v.front() == '"' && v.back() == '"') v = v.substr(1, v.size() - 2);
    mark_value(t, v, covered);
  }
  // A language the tables do not name is kept as its tag: its CLDR names are what was printed.
  for (const std::string& name : language_display_names(r.get(Variable::language))) mark_value(t, name, covered);
  // it prints the languages' codes in capitals before the title, "(KO) Titolo, su Sito",
  // "(DE, EN) Titolo": the reader took the first as the item's language, the tag holds them all.
  if (r.has(Variable::language) && !t.empty() && t.front() == '(')
    if (const std::size_t close = t.find(')'); close != std::string_view::npos && close <= 24)
      for (std::size_t b = 1; b < close;) {
        std::size_t e = b;
        while (e < close && t[e] >= 'A' && t[e] <= 'Z') ++e;
        if (e - b >= 2 && e - b <= 3) std::fill(covered.begin() + static_cast<std::ptrdiff_t>(b), covered.begin() + static_cast<std::ptrdiff_t>(e), 1);
        b = std::max(e, b + 1);
      }
  for (const ShortCite& s : r.short_cites)
    for (const std::string* part : {&s.names, &s.year, &s.title, &s.page, &s.locator, &s.prefix}) mark_value(t, *part, covered);
  // Dates: a written date counts when it scans to one the reference kept.
  std::vector<Date> dates;
  for (const auto& [v, d] : r.date_fields()) dates.push_back(d);
  if (r.archive_date) dates.push_back(*r.archive_date);
  // A date's text is kept with it: alone ("Retrieved sometime") or beside its parts
  // ("Christmas 2015", "1st pub. 1851").
  for (const Date& d : dates)
    if (!d.literal.empty()) mark_value(t, d.literal, covered);
  // Dates start a word, or, in the scripts written without spaces, a run of digits inside one
  // (ja "オリジナルの2019-03-02時点", zh "存档于2019-01-01").
  auto cover_date_at = [&](std::size_t at) {
    const DateScan s = scan_date(t.substr(at));
    if (!s.length || !s.date.has_parts()) return;
    for (const Date& d : dates) {
      const bool start = same_point(d.start, s.date.start) || (d.end && same_point(*d.end, s.date.start));
      if (start || (d.has_parts() && s.date.start.year == d.start.year && !s.date.start.month && !s.date.end)) {
        std::fill(covered.begin() + static_cast<std::ptrdiff_t>(at),
                  covered.begin() + static_cast<std::ptrdiff_t>(at + s.length), 1);
        break;
      }
    }
  };
  for (const Word& w : words_of(t)) {
    cover_date_at(w.begin);
    for (std::size_t i = w.begin + 1; i < w.end; ++i)
      if (text::is_ascii_digit(t[i]) && !text::is_ascii_digit(t[i - 1]) && static_cast<unsigned char>(t[i - 1]) >= 0x80)
        cover_date_at(i);
  }
  // A bare link label ("[1]") whose target the reader kept is the link, not text.
  for (const list::ItemLink& l : item.links) {
    const std::string_view label = t.substr(l.begin, l.end - l.begin);
    const std::string_view target = l.target;
    const bool kept = r.get(Variable::URL) == target || r.archive_url == target;
    if (kept && std::all_of(label.begin(), label.end(), [](char c) { return text::is_ascii_digit(c) || c == '[' || c == ']'; }))
      std::fill(covered.begin() + l.begin, covered.begin() + l.end, 1);
  }
  std::vector<std::string> lost;
  for (const Word& w : words_of(t)) {
    // The part of the word no field holds; a label glued to its value ("no4") is structure,
    // and so are units glued around values ("第60巻第3号": "第", "巻第", "号").
    std::size_t ub = w.end, ue = w.begin;
    for (std::size_t i = w.begin; i < w.end; ++i)
      if (!covered[i]) ub = std::min(ub, i), ue = i + 1;
    if (ub >= ue) continue;
    if (structure_words().count(fold(t.substr(ub, ue - ub)))) continue;
    bool runs_are_structure = true;
    for (std::size_t i = ub; i < ue && runs_are_structure;) {
      if (covered[i]) {
        ++i;
        continue;
      }
      std::size_t e = i;
      while (e < ue && !covered[e]) ++e;
      runs_are_structure = made_of_structure_words(t.substr(i, e - i));
      i = e;
    }
    if (runs_are_structure) continue;
    const std::uint32_t src = item.source_begin(w.begin);
    if (std::any_of(kept_spans.begin(), kept_spans.end(),
                    [&](const SourceSpan& s) { return src >= s.begin && src < s.end; }))
      continue;
    const std::string word(t.substr(w.begin, w.end - w.begin));
    if (structure_words().count(fold(word)) || mojibake_punctuation(t, w.begin)) continue;
    lost.push_back(word);
  }
  return lost;
}

// Reads `path` and returns one line per reference that lost words.
std::vector<std::string> losses_in(const fs::path& path) {
  const SourceText source(path.filename().string(), test::read_file(path));
  Diagnostics diags;
  const std::vector<Reference> refs = read_reference_list(source, {}, diags);
  std::vector<std::string> out;
  std::size_t from = 0;
  list::ItemText item;
  for (const Reference& r : refs) {
    const std::size_t at = source.text().find(r.raw, from);
    REQUIRE(at != std::string_view::npos);
    from = at;
    list::build_item_text(r.raw, at, list::looks_like_markdown(r.raw), item);
    std::vector<SourceSpan> kept;
    for (const Diagnostic& d : diags)
      if ((d.code == DiagCode::reference_unparsed_text || d.code == DiagCode::language_unknown ||
           d.code == DiagCode::list_line_skipped || d.code == DiagCode::list_section_skipped) &&
          !d.references.empty() && d.references[0] == r.id)
        kept.push_back(d.span);
    const std::vector<std::string> lost = lost_words(r, item, kept);
    if (lost.empty()) continue;
    std::ostringstream line;
    line << path.filename().string() << " " << r.id << ": lost";
    for (const std::string& w : lost) line << " \"" << w << '"';
    line << "  in: " << r.raw;
    out.push_back(line.str());
  }
  return out;
}

void require_nothing_lost(const std::vector<fs::path>& lists) {
  std::vector<std::string> all;
  for (const fs::path& p : lists)
    for (std::string& line : losses_in(p)) all.push_back(std::move(line));
  // Messages go with the next assertion: report them all right before it.
  for (const std::string& line : all) UNSCOPED_INFO(line);
  CHECK(all.size() == 0);
}

std::vector<fs::path> lists_in(const fs::path& dir) {
  std::vector<fs::path> out;
  for (const auto& e : fs::directory_iterator(dir)) {
    const std::string name = e.path().filename().string();
    if (e.path().extension() == ".txt" && !name.ends_with(".body.txt")) out.push_back(e.path());
  }
  std::sort(out.begin(), out.end());
  return out;
}

}  // namespace

TEST_CASE("nothing lost: the seed", "[reader][lossless]") {
  require_nothing_lost({test::examples_dir() / "north-korea-peru" / "north-korea-peru.txt"});
}

TEST_CASE("nothing lost: the test lists", "[reader][lossless]") {
  std::vector<fs::path> lists = lists_in(test::data_dir() / "checks");
  for (const fs::path& p : lists_in(test::data_dir() / "reader")) lists.push_back(p);
  REQUIRE(lists.size() >= 3);
  require_nothing_lost(lists);
}

TEST_CASE("nothing lost: the dev corpus", "[corpus][lossless]") {
  const auto shared = test::shared_dir();
  if (!shared) {
    WARN("../shared is absent: corpus test skipped");
    return;
  }
  const std::vector<fs::path> lists = lists_in(*shared / "corpus" / "wikipedia");
  REQUIRE(lists.size() >= 15);
  require_nothing_lost(lists);
}

TEST_CASE("the lossless check itself sees a dropped word", "[reader][lossless]") {
  // A reference whose words are all kept, then the same with a word the fields do not hold.
  const std::string_view text = "Smith, John (2001). \"A title\". Journal of Things. 5 (2): 4–5.";
  list::ItemText item;
  list::build_item_text(text, 0, false, item);
  Diagnostics d;
  Reference r = parse_reference(text, {}, d);
  CHECK(lost_words(r, item, {}).empty());
  r.set(Variable::container_title, "Journal of");
  CHECK(lost_words(r, item, {}) == std::vector<std::string>{"Things"});
  r.erase(Variable::issued);
  CHECK(lost_words(r, item, {}) == std::vector<std::string>{"2001", "Things"});
}
