#include "writers/bibtex/vocab.hpp"

#include "core/text.hpp"

#include <citelib/model/reference.hpp>
#include <citelib/model/variable.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <unordered_set>
#include <utility>
#include <vector>

namespace citelib::bibtex {

namespace {

struct LangRow {
  std::string_view tag;
  std::string_view babel;
};

// BCP-47 -> babel names (babel's and polyglossia's spellings, as biblatex's langid expects).
// Region-specific rows come before the bare language so that the reverse lookup of a
// regional babel name ("british") gives the regional tag.
constexpr std::array<LangRow, 44> kLanguages = {{
    {"en-US", "american"}, {"en-GB", "british"}, {"en-CA", "canadian"}, {"en-AU", "australian"},
    {"en-NZ", "newzealand"}, {"en", "english"}, {"de-AT", "naustrian"}, {"de-CH", "nswissgerman"},
    {"de", "ngerman"}, {"fr-CA", "canadien"}, {"fr", "french"}, {"pt-BR", "brazil"},
    {"pt", "portuguese"}, {"es", "spanish"}, {"it", "italian"}, {"ru", "russian"},
    {"uk", "ukrainian"}, {"pl", "polish"}, {"nl", "dutch"}, {"sv", "swedish"}, {"da", "danish"},
    {"nb", "norsk"}, {"nn", "nynorsk"}, {"fi", "finnish"}, {"is", "icelandic"}, {"cs", "czech"},
    {"sk", "slovak"}, {"sl", "slovene"}, {"hr", "croatian"}, {"sr", "serbian"}, {"hu", "magyar"},
    {"ro", "romanian"}, {"bg", "bulgarian"}, {"el", "greek"}, {"tr", "turkish"}, {"ca", "catalan"},
    {"eu", "basque"}, {"gl", "galician"}, {"la", "latin"}, {"he", "hebrew"}, {"ar", "arabic"},
    {"ko", "korean"}, {"ja", "japanese"}, {"zh", "chinese"},
}};

bool iequals(std::string_view a, std::string_view b) noexcept {
  return a.size() == b.size() &&
         std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
         });
}

// Fields every entry type may carry in biber's default data model.
constexpr std::array<std::string_view, 39> kCommonFields = {
    "abstract", "annotation", "crossref", "doi", "entrysubtype", "eprint", "eprintclass",
    "eprinttype", "ids", "isan", "ismn", "iswc", "keywords", "label", "langid", "langidopts",
    "library", "namea", "nameb", "namec", "nameatype", "namebtype", "namectype", "options",
    "origlocation", "origpublisher", "origtitle", "shorttitle", "url", "usera", "userb",
    "userc", "xdata", "xref", "date", "urldate", "origdate", "shortjournal",
    "pagination",
};

struct TypeFields {
  std::string_view types;   // space-separated entry types
  std::string_view fields;  // space-separated fields
};

// Per-type fields of biber's default data model (Biber/biber-tool.conf, biber 2.18).
constexpr std::array<TypeFields, 18> kTypeFields = {{
    {"article", "addendum annotator author commentator editor editora editorb editorc editortype editoratype editorbtype editorctype eid issn issue issuetitle issuesubtitle issuetitleaddon journalsubtitle journaltitle journaltitleaddon language note number origlanguage pages pubstate series subtitle title titleaddon translator version volume"},
    {"book", "author addendum afterword annotator chapter commentator edition editor editora editorb editorc editortype editoratype editorbtype editorctype eid foreword introduction isbn language location maintitle maintitleaddon mainsubtitle note number origlanguage pages pagetotal part publisher pubstate series subtitle title titleaddon translator volume volumes"},
    {"mvbook", "addendum afterword annotator author commentator edition editor editora editorb editorc editortype editoratype editorbtype editorctype foreword introduction isbn language location note number origlanguage pagetotal publisher pubstate series subtitle title titleaddon translator volume volumes"},
    {"inbook bookinbook suppbook", "addendum afterword annotator author booktitle bookauthor booksubtitle booktitleaddon chapter commentator edition editor editora editorb editorc editortype editoratype editorbtype editorctype eid foreword introduction isbn language location mainsubtitle maintitle maintitleaddon note number origlanguage part publisher pages pubstate series subtitle title titleaddon translator volume volumes"},
    {"booklet", "addendum author chapter editor editortype eid howpublished language location note pages pagetotal pubstate subtitle title titleaddon type"},
    {"collection reference", "addendum afterword annotator chapter commentator edition editor editora editorb editorc editortype editoratype editorbtype editorctype eid foreword introduction isbn language location mainsubtitle maintitle maintitleaddon note number origlanguage pages pagetotal part publisher pubstate series subtitle title titleaddon translator volume volumes"},
    {"incollection suppcollection inreference", "addendum afterword annotator author booksubtitle booktitle booktitleaddon chapter commentator edition editor editora editorb editorc editortype editoratype editorbtype editorctype eid foreword introduction isbn language location mainsubtitle maintitle maintitleaddon note number origlanguage pages part publisher pubstate series subtitle title titleaddon translator volume volumes"},
    {"dataset", "addendum author edition editor editortype language location note number organization publisher pubstate series subtitle title titleaddon type version"},
    {"manual", "addendum author chapter edition editor editortype eid isbn language location note number organization pages pagetotal publisher pubstate series subtitle title titleaddon type version"},
    {"misc software", "addendum author editor editortype howpublished language location note organization pubstate subtitle title titleaddon type version"},
    {"online", "addendum author editor editortype language note organization pubstate subtitle title titleaddon version"},
    {"patent", "addendum author holder location note number pubstate subtitle title titleaddon type version"},
    {"periodical", "addendum editor editora editorb editorc editortype editoratype editorbtype editorctype issn issue issuesubtitle issuetitle issuetitleaddon language note number pubstate series subtitle title titleaddon volume"},
    {"proceedings", "addendum chapter editor editortype eid eventdate eventtitle eventtitleaddon isbn language location mainsubtitle maintitle maintitleaddon note number organization pages pagetotal part publisher pubstate series subtitle title titleaddon venue volume volumes"},
    {"inproceedings", "addendum author booksubtitle booktitle booktitleaddon chapter editor editortype eid eventdate eventtitle eventtitleaddon isbn language location mainsubtitle maintitle maintitleaddon note number organization pages part publisher pubstate series subtitle title titleaddon venue volume volumes"},
    {"report", "addendum author chapter eid institution isrn language location note number pages pagetotal pubstate subtitle title titleaddon type version"},
    {"unpublished", "addendum author eventdate eventtitle eventtitleaddon howpublished language location note pubstate subtitle title titleaddon type venue"},
    {"thesis", "addendum author chapter eid institution language location note pages pagetotal pubstate subtitle title titleaddon type"},
}};

constexpr std::array<std::string_view, 12> kMonths = {"jan", "feb", "mar", "apr", "may", "jun",
                                                      "jul", "aug", "sep", "oct", "nov", "dec"};
constexpr std::array<std::string_view, 12> kMonthNames = {
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december"};

}  // namespace

std::string_view babel_name(std::string_view tag) noexcept {
  for (const LangRow& r : kLanguages)
    if (iequals(r.tag, tag)) return r.babel;
  // "es-419" -> "es": fall back to the primary language subtag.
  if (auto dash = tag.find('-'); dash != std::string_view::npos) {
    const std::string_view primary = tag.substr(0, dash);
    for (const LangRow& r : kLanguages)
      if (iequals(r.tag, primary)) return r.babel;
  }
  return {};
}

std::optional<std::string_view> bcp47_from_babel(std::string_view babel) noexcept {
  for (const LangRow& r : kLanguages)
    if (iequals(r.babel, babel)) return r.tag;
  // Older babel spellings still common in .bib files.
  if (iequals(babel, "german")) return std::string_view("de");
  if (iequals(babel, "UKenglish")) return std::string_view("en-GB");
  if (iequals(babel, "USenglish")) return std::string_view("en-US");
  if (iequals(babel, "brazilian")) return std::string_view("pt-BR");
  if (iequals(babel, "hungarian")) return std::string_view("hu");
  if (iequals(babel, "norwegian")) return std::string_view("nb");
  if (iequals(babel, "swissgerman")) return std::string_view("de-CH");
  if (iequals(babel, "austrian")) return std::string_view("de-AT");
  return std::nullopt;
}

bool biblatex_field_allowed(std::string_view type, std::string_view field) noexcept {
  // (type, field) pairs of the table in a hash set, built once: the writer asks this for
  // every field of every entry (remembering answers per chunk), and a binary search of the
  // pairs cost ~1,300 instructions a question.
  using Pair = std::pair<std::string_view, std::string_view>;
  struct PairHash {
    std::size_t operator()(const Pair& p) const noexcept {
      const std::hash<std::string_view> h;
      return h(p.first) * 31 + h(p.second);
    }
  };
  static const std::unordered_set<Pair, PairHash> pairs = [] {
    std::unordered_set<Pair, PairHash> set;
    for (const TypeFields& row : kTypeFields) {
      text::for_each_space_separated(row.types, [&](std::string_view t) {
        text::for_each_space_separated(row.fields, [&](std::string_view f) { set.emplace(t, f); });
      });
    }
    return set;
  }();
  static const std::unordered_set<std::string_view> common(kCommonFields.begin(), kCommonFields.end());
  return common.contains(field) || pairs.contains(Pair{type, field});
}

std::string_view month_macro(unsigned month) noexcept {
  return month >= 1 && month <= 12 ? kMonths[month - 1] : std::string_view{};
}

unsigned parse_month(std::string_view text) noexcept {
  while (!text.empty() && (text.front() == ' ' || text.front() == '{')) text.remove_prefix(1);
  while (!text.empty() && (text.back() == ' ' || text.back() == '}' || text.back() == '.')) text.remove_suffix(1);
  if (text.empty()) return 0;
  if (std::all_of(text.begin(), text.end(), [](char c) { return c >= '0' && c <= '9'; })) {
    if (text.size() > 2) return 0;
    unsigned m = 0;
    for (char c : text) m = m * 10 + static_cast<unsigned>(c - '0');
    return m >= 1 && m <= 12 ? m : 0;
  }
  for (unsigned i = 0; i < 12; ++i)
    if (iequals(text, kMonths[i]) || iequals(text, kMonthNames[i])) return i + 1;
  return 0;
}

bool reads_as_segment(std::string_view t) noexcept {
  auto starts = [&](std::string_view p) { return t.size() > p.size() && t.substr(0, p.size()) == p; };
  if (starts(segment::archived) || starts(segment::archived_at) || starts(segment::via) || starts(segment::section))
    return true;
  if (t.size() > 2 && t.front() == '(' && t.find(')') != std::string_view::npos) return true;
  const std::size_t sp = t.find(' ');
  if (sp == std::string_view::npos || sp == 0) return false;
  std::string_view label = t.substr(0, sp);
  if (label == "PMID" || label == "PMCID" || parse_identifier(label)) return true;
  if (label.back() == ':') {
    label.remove_suffix(1);
    return label == "locator" || parse_variable(label).has_value();
  }
  return false;
}

}  // namespace citelib::bibtex
