// The BibTeX and biblatex writers: one Reference -> one entry, following docs/bibtex.md.
#include <citelib/writers/bibtex.hpp>

#include "writers/bibtex/entries.hpp"
#include "writers/bibtex/entry_type.hpp"
#include "writers/bibtex/field_values.hpp"
#include "writers/bibtex/latex_text.hpp"
#include "writers/bibtex/vocab.hpp"
#include "writers/compact_json.hpp"
#include "writers/csl_json_keys.hpp"
#include "writers/csl_json_values.hpp"
#include "writers/json_escape.hpp"
#include "writers/json_writer.hpp"

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdint>
#include <cstring>
#include <set>

namespace citelib {

namespace {

using bibtex::append_edtf;
using bibtex::append_name;
using bibtex::bib_pages;
using bibtex::classic_year;
using bibtex::date_text;
using bibtex::edtf;
using bibtex::TextStyle;
namespace seg = bibtex::segment;

// Entry types and field names are short constants, compared inline: std::string_view's ==
// called an out-of-line compare for every pair of the same length.
bool same(std::string_view a, std::string_view b) noexcept {
  return a.size() == b.size() && std::memcmp(a.data(), b.data(), b.size()) == 0;
}

// ---- the entry ----------------------------------------------------------------------------

/// The text as it will read in the file: line breaks and tabs are spaces there.
std::string one_line(std::string_view text) {
  std::string s(text);
  for (char& c : s)
    if (c == '\n' || c == '\t' || c == '\r') c = ' ';
  return s;
}

/// True when the value holds the addendum's segment separator (". ") once written.
bool has_segment_break(std::string_view v) {
  for (std::size_t i = 0; i + 1 < v.size(); ++i)
    if (v[i] == '.' && (v[i + 1] == ' ' || v[i + 1] == '\n' || v[i + 1] == '\t' || v[i + 1] == '\r')) return true;
  return false;
}

struct Field {
  std::string_view name;
  std::size_t begin = 0, end = 0;  // the value in Writer::values: TeX, without the outer braces
  bool bare = false;               // a macro (month = sep), written without braces
};

struct Writer {
  const BibOptions& opt;
  Diagnostics& diags;
  TextStyle style;
  bool bl;
  // Per-entry state, reused from one entry to the next.
  const Reference* ref = nullptr;
  std::string_view type;
  std::vector<Field> fields;
  // The values of the entry's fields, one after another: escaping writes straight into it,
  // with no string of its own per field.
  std::string values;
  std::vector<std::string> addendum;  // TeX segments
  std::vector<std::string> notes;     // TeX segments (classic BibTeX's note)
  bibtex::EscapeReport report;
  std::size_t refs_with_extras = 0;
  std::set<std::string, std::less<>> omitted_keys;
  std::vector<std::string_view> extras_keys;  // scratch of write_extras
  struct AllowedMemo {
    const char* type = nullptr;
    std::size_t type_size = 0;
    const char* name = nullptr;
    std::size_t name_size = 0;
    bool allowed = false;
  };
  mutable std::array<AllowedMemo, 256> allowed_memo{};
  std::string extras_line;                    // scratch of write_extras
  std::string_view entry_key;                 // of the entry being written
  // The entry's text variables by Variable (the first of a variable given twice, as
  // Reference::get finds it), filled once per entry: the writer asks for a few dozen, and
  // Reference::get searches the list for each.
  std::array<const std::string*, variable_count> text_of{};
  std::string_view babel;                     // babel name of the entry's language, or empty
  bool finer_language = false;                // the language tag says more than `babel`
  std::vector<Variable> others_written;       // roles whose field ends in "and others"

  Writer(const BibOptions& o, Diagnostics& d)
      : opt(o), diags(d), style{o.dialect == BibDialect::bibtex && o.ascii, o.dialect == BibDialect::biblatex},
        bl(o.dialect == BibDialect::biblatex) {}

  void index_text(const Reference& r) {
    for (const auto& [var, value] : r.text_fields()) {
      const std::string*& slot = text_of[static_cast<std::size_t>(var)];
      if (!slot) slot = &value;
    }
  }
  void clear_text_index(const Reference& r) {
    for (const auto& entry : r.text_fields()) text_of[static_cast<std::size_t>(entry.first)] = nullptr;
  }
  std::string_view get(Variable v) const {
    const std::string* s = text_of[static_cast<std::size_t>(v)];
    return s ? std::string_view(*s) : std::string_view{};
  }
  bool has_text(Variable v) const { return text_of[static_cast<std::size_t>(v)] != nullptr; }

  bool has_field(std::string_view name) const {
    return std::any_of(fields.begin(), fields.end(), [&](const Field& f) { return same(f.name, name); });
  }
  bool allowed(std::string_view name) const {
    if (!bl) return true;
    // Entry types and field names come from a few constant tables: answers are remembered by
    // the address of the two names (a miss only asks the table again).
    const auto key = reinterpret_cast<std::uintptr_t>(type.data()) * 31 + reinterpret_cast<std::uintptr_t>(name.data());
    AllowedMemo& m = allowed_memo[(key ^ (key >> 9)) % allowed_memo.size()];
    if (m.type != type.data() || m.type_size != type.size() || m.name != name.data() || m.name_size != name.size()) {
      m = AllowedMemo{type.data(), type.size(), name.data(), name.size(), bibtex::biblatex_field_allowed(type, name)};
    }
    return m.allowed;
  }
  bool free(std::string_view name) const { return allowed(name) && !has_field(name); }

  // Segments (addendum, note) of earlier entries, emptied, for the next ones: they are
  // written into buffers that already have room instead of fresh allocations.
  // Only buffers with room for a typical value are kept: a short value's string (no heap
  // buffer of its own) would only be grown again by the next long one.
  static constexpr std::size_t kBufferRoom = 64;
  std::vector<std::string> spare;
  std::string buffer() {
    if (spare.empty()) {
      std::string s;
      s.reserve(kBufferRoom);
      return s;
    }
    std::string s = std::move(spare.back());
    spare.pop_back();
    s.clear();
    return s;
  }
  void keep(std::string& s) {
    if (s.capacity() >= kBufferRoom) spare.push_back(std::move(s));
  }
  void recycle(std::vector<std::string>& v) {
    for (std::string& s : v) keep(s);
    v.clear();
  }

  std::string esc(std::string_view text) {
    std::string s = buffer();
    bibtex::append_escaped(s, text, style, &report);
    return s;
  }
  std::string_view value_of(const Field& f) const { return std::string_view(values).substr(f.begin, f.end - f.begin); }
  /// Adds field `name` whose value is what was written to `values` since `begin`. A NUL
  /// follows each value: the escaper breaks a TeX ligature with what precedes the text it
  /// writes ("-" + "-"), and the value before is not part of this one.
  void close_value(std::string_view name, std::size_t begin, bool bare = false) {
    fields.push_back(Field{name, begin, values.size(), bare});
    values += '\0';
  }
  void put(std::string_view name, std::string_view tex, bool bare = false) {
    const std::size_t begin = values.size();
    values += tex;
    close_value(name, begin, bare);
  }
  void put_escaped(std::string_view name, std::string_view text) {
    const std::size_t begin = values.size();
    bibtex::append_escaped(values, text, style, &report);
    close_value(name, begin);
  }
  void put_title(std::string_view name, std::string_view text) {
    const std::size_t begin = values.size();
    bibtex::append_title(values, text, style, opt.protect_case, &report);
    close_value(name, begin);
  }
  /// Field `name` with the value of field `from` (a copy in `values`).
  void put_copy(std::string_view name, const Field& from) {
    const std::size_t begin = values.size();
    values.append(values, from.begin, from.end - from.begin);
    close_value(name, begin);
  }

  /// A segment that goes to addendum (biblatex) or note (classic BibTeX).
  void add_segment(std::string tex) { (bl ? addendum : notes).push_back(std::move(tex)); }
  /// `label` + escaped `value`, braced when the value holds ". " (the segment separator).
  void add_segment(std::string_view label, std::string_view value, std::string_view suffix = {}) {
    std::string s(label);
    const bool brace = has_segment_break(value);
    if (brace) s += '{';
    bibtex::append_escaped(s, value, style, &report);
    if (brace) s += '}';
    s += suffix;
    add_segment(std::move(s));
  }

  /// "label: value" for a value the entry type has no field for; braced when the value
  /// holds ". " so the reader does not split it.
  void relocate(std::string_view label, std::string_view value, std::string_view wanted_field) {
    add_segment(std::string(label) + ": ", value);
    (void)wanted_field;
    diags.add(make_diagnostic(DiagCode::bib_field_relocated,
                              {ref->id, label, bl ? "biblatex" : "BibTeX", type, bl ? "addendum" : "note"}));
    diags.items().back().references.push_back(ref->id);
  }

  /// Writes `value` to `field` when the entry type has it free, else relocates it.
  void put_text(Variable v, std::string_view field, std::string_view value) {
    if (value.empty()) return;
    if (!field.empty() && free(field)) put_escaped(field, value);
    else relocate(to_string(v), value, field);
  }

  void write_names(const Reference& r);
  void write_titles(const Reference& r);
  void write_dates(const Reference& r);
  void write_fields(const Reference& r);
  void write_custom(const Reference& r);
  void write_extras(std::string& out, const Reference& r, std::string_view key);
  void emit(std::string& out, std::string_view key);
  void write(std::string& out, const Reference& r, std::string_view key);
};

// Whether a role's list goes on beyond its names: the author's "et al." has a field of the
// model, another role's "and others" (read from a .bib) the extra `<role>-et-al`.
bool is_et_al_key(std::string_view key, Variable role) {
  const std::string_view name = to_string(role);
  return key.size() == name.size() + 6 && key.starts_with(name) && key.ends_with("-et-al");
}

bool role_et_al(const Reference& r, Variable role) {
  if (role == Variable::author) return r.et_al;
  return std::any_of(r.extra.begin(), r.extra.end(), [&](const auto& e) { return e.second == "true" && is_et_al_key(e.first, role); });
}

/// Field `field` with the names: "Last, First and Other, Name".
void put_names(Writer& w, std::string_view field, std::span<const Name> names, bool et_al) {
  std::string& s = w.values;
  const std::size_t begin = s.size();
  for (std::size_t i = 0; i < names.size(); ++i) {
    if (i) s += " and ";
    append_name(s, names[i], w.style, &w.report);
  }
  if (et_al) s += names.empty() ? "others" : " and others";
  w.close_value(field, begin);
}

void Writer::write_names(const Reference& r) {
  // Roles with a field of their own; the rest go to namea/nameb/namec + name?type (biblatex)
  // or to the note (BibTeX).
  static constexpr std::array<std::string_view, 3> kNameSlots = {"namea", "nameb", "namec"};
  static constexpr std::array<std::string_view, 3> kNameTypes = {"nameatype", "namebtype", "namectype"};
  std::size_t slot = 0;
  others_written.clear();
  for (const auto& [var, names] : r.name_fields()) {
    const bool et_al = role_et_al(r, var);
    if (et_al && var != Variable::author) others_written.push_back(var);
    std::string_view field;
    switch (var) {
      case Variable::author: field = "author"; break;
      case Variable::editor: field = "editor"; break;
      case Variable::translator: field = bl ? "translator" : ""; break;
      case Variable::container_author: field = bl ? "bookauthor" : ""; break;
      default: break;
    }
    if (!field.empty() && free(field)) {
      put_names(*this, field, names, et_al);
      continue;
    }
    if (bl && var == Variable::director && free("editor") && free("editortype")) {
      put_names(*this, "editor", names, et_al);
      put("editortype", "director");
      continue;
    }
    if (bl && slot < kNameSlots.size()) {
      put_names(*this, kNameSlots[slot], names, et_al);
      put(kNameTypes[slot], to_string(var));
      ++slot;
      continue;
    }
    if (et_al) others_written.pop_back();  // a note has no "and others": the extra keeps it
    std::string s(to_string(var));
    s += ": ";
    for (std::size_t i = 0; i < names.size(); ++i) {
      if (i) s += "; ";
      const Name& n = names[i];
      if (n.is_literal()) bibtex::append_escaped(s, n.literal, style, &report);
      else {
        std::string whole = n.given;
        for (const std::string* part : {&n.dropping_particle, &n.non_dropping_particle, &n.family, &n.suffix})
          if (!part->empty()) whole += (whole.empty() ? "" : " ") + *part;
        bibtex::append_escaped(s, whole, style, &report);
      }
    }
    add_segment(std::move(s));
  }
  if (r.et_al && !r.has(Variable::author)) put("author", "others");
}

void Writer::write_titles(const Reference& r) {
  const std::string_view title = get(Variable::title);
  if (!bl && !r.title_translated.empty()) {
    // BibTeX has no titleaddon: the translation follows the title in brackets, as Wikipedia
    // prints it, protected like the title.
    std::string both(title);
    both += (both.empty() ? "[" : " [") + r.title_translated + "]";
    put_title("title", both);
  } else if (!title.empty()) {
    put_title("title", title);
  }
  if (bl && !r.title_translated.empty()) {
    // biblatex prints titleaddon after the title.
    const std::size_t begin = values.size();
    values += '[';
    bibtex::append_escaped(values, r.title_translated, style, &report);
    values += ']';
    close_value("titleaddon", begin);
  }

  const std::string_view container = get(Variable::container_title);
  if (!container.empty()) {
    std::string_view field;
    if (same(type, "article")) field = bl ? "journaltitle" : "journal";
    else if (same(type, "incollection") || same(type, "inbook") || same(type, "inproceedings") || same(type, "inreference")) field = "booktitle";
    else if (same(type, "online")) field = bl ? "organization" : "";
    else if (same(type, "misc") || same(type, "unpublished") || same(type, "software")) field = "howpublished";
    const bool is_field = !field.empty() && free(field);
    if (is_field && same(field, "booktitle")) put_title(field, container);
    else if (is_field) put_escaped(field, container);
    else relocate(to_string(Variable::container_title), container, field);
    // The site name of a web page is also written as `journaltitle`: standard styles print
    // `organization`, but pandoc, Zotero and JabRef read a web page's site only from
    // journaltitle. biber's data model reports it as a warning (not an error). The text
    // escaped for `organization` is that of `journaltitle`.
    if (bl && same(type, "online") && !has_field("journaltitle")) {
      if (is_field && field != "booktitle") put_copy("journaltitle", fields.back());
      else put_escaped("journaltitle", container);
    }
  }
  if (auto s = get(Variable::original_title); !s.empty()) {
    if (bl) put_title("origtitle", s);
    else relocate(to_string(Variable::original_title), s, {});
  }
  std::string_view event = get(Variable::event_title);
  if (event.empty()) event = get(Variable::event);
  if (!event.empty()) {
    if (bl && free("eventtitle")) put_title("eventtitle", event);
    else relocate(to_string(has_text(Variable::event_title) ? Variable::event_title : Variable::event), event, "eventtitle");
  }
}

void Writer::write_dates(const Reference& r) {
  for (const auto& [var, d] : r.date_fields()) {
    if (bl) {
      std::string_view field;
      switch (var) {
        case Variable::issued: field = "date"; break;
        case Variable::accessed: field = "urldate"; break;
        case Variable::original_date: field = "origdate"; break;
        case Variable::event_date: field = "eventdate"; break;
        default: break;
      }
      // biber ignores a day the calendar does not have (30 February), with a warning: such a
      // date goes where other unplaceable values go, as the list printed it.
      const auto real = [](const DatePoint& p) { return !p.has_year || p.year == 0 || is_valid_calendar_date(p); };
      const bool exists = !d.has_parts() || (real(d.start) && (!d.end || real(*d.end)));
      if (d.has_parts() && !field.empty() && exists && free(field)) {
        const std::size_t begin = values.size();
        append_edtf(values, d);
        close_value(field, begin);
      } else {
        relocate(to_string(var), date_text(d), field);
      }
      continue;
    }
    const std::string iso = edtf(d);
    // Classic BibTeX: year (+ month macro); a full or special date also as ISO `date`, which
    // BibTeX ignores but other readers take (nothing is lost).
    if (var == Variable::issued) {
      if (d.has_parts()) {
        std::string y = classic_year(d.start.year);
        if (d.end && d.end->year != d.start.year) y += "--" + classic_year(d.end->year);
        put("year", y);
        if (d.start.month) put("month", bibtex::month_macro(d.start.month), true);
        if (d.start.day || d.end || d.circa || d.start.season != Season::none) put("date", iso);
      } else if (!date_text(d).empty()) {
        put_escaped("year", date_text(d));
      }
    } else if (var == Variable::accessed) {
      if (!iso.empty()) put("urldate", iso);
      add_segment("Accessed " + esc(date_text(d)));
    } else {
      relocate(to_string(var), date_text(d), {});
    }
  }
}

struct SimpleField {
  Variable var;
  std::string_view bl;
  std::string_view bt;
};

// CSL variables with one field in each dialect (type-dependent ones are handled apart).
constexpr std::array<SimpleField, 22> kSimpleFields = {{
    {Variable::collection_title, "series", "series"},
    {Variable::volume, "volume", "volume"},
    {Variable::number, "number", "number"},
    {Variable::issue, "number", "number"},
    {Variable::collection_number, "number", "number"},
    {Variable::number_of_pages, "pagetotal", "pagetotal"},
    {Variable::number_of_volumes, "volumes", ""},
    {Variable::edition, "edition", "edition"},
    {Variable::chapter_number, "chapter", "chapter"},
    {Variable::version, "version", ""},
    {Variable::status, "pubstate", ""},
    {Variable::original_publisher, "origpublisher", ""},
    {Variable::original_publisher_place, "origlocation", ""},
    {Variable::title_short, "shorttitle", ""},
    {Variable::container_title_short, "shortjournal", ""},
    {Variable::event_place, "venue", ""},
    {Variable::genre, "type", "type"},
    {Variable::abstract, "abstract", "abstract"},
    {Variable::keyword, "keywords", "keywords"},
    {Variable::annote, "annotation", "annote"},
    {Variable::call_number, "library", ""},
    {Variable::ISSN, "issn", "issn"},
}};

// Variables written by dedicated code (titles, names, dates, identifiers, publisher...).
bool handled_apart(Variable v) noexcept {
  switch (v) {
    case Variable::title: case Variable::container_title: case Variable::original_title:
    case Variable::event_title: case Variable::event: case Variable::publisher:
    case Variable::publisher_place: case Variable::page: case Variable::language:
    case Variable::URL: case Variable::DOI: case Variable::ISBN: case Variable::PMID:
    case Variable::PMCID: case Variable::note: case Variable::medium: case Variable::section:
      return true;
    default: return false;
  }
}

void Writer::write_fields(const Reference& r) {
  // publisher and place: institution for reports and theses (school in BibTeX theses),
  // organization for biblatex @misc, which has no publisher field.
  if (auto p = get(Variable::publisher); !p.empty()) {
    std::string_view field = "publisher";
    if (same(type, "report") || same(type, "thesis") || same(type, "techreport")) field = "institution";
    else if (same(type, "phdthesis") || same(type, "mastersthesis")) field = "school";
    else if (bl && (same(type, "misc") || same(type, "software"))) field = "organization";
    put_text(Variable::publisher, field, p);
  }
  if (auto p = get(Variable::publisher_place); !p.empty()) put_text(Variable::publisher_place, bl ? "location" : "address", p);
  if (auto p = get(Variable::page); !p.empty()) {
    if (free("pages")) put("pages", bib_pages(esc(p), !bl));
    else relocate(to_string(Variable::page), p, "pages");
  }
  // One of number, issue and collection-number gets `number`, by what it means for the
  // entry type: a journal's issue, a report's or patent's number, a book's number in its
  // series. The others are relocated.
  const Variable number_owner = [&] {
    const bool periodical = same(type, "article") || same(type, "periodical");
    const bool numbered = same(type, "report") || same(type, "techreport") || same(type, "patent") || same(type, "manual") ||
                          same(type, "misc") || same(type, "online") || same(type, "dataset") || same(type, "software");
    const std::array<Variable, 3> order =
        periodical ? std::array{Variable::issue, Variable::number, Variable::collection_number}
        : numbered ? std::array{Variable::number, Variable::issue, Variable::collection_number}
                   : std::array{Variable::collection_number, Variable::issue, Variable::number};
    for (Variable v : order)
      if (has_text(v)) return v;
    return Variable::number;
  }();
  for (const auto& [var, value] : r.text_fields()) {
    if (handled_apart(var)) continue;
    // A citation key that became the entry's key is said by the key (and the extras line);
    // the catalogue a reference manager found the item in ("DOI.org (Crossref)") is not part
    // of the citation: both travel in the extras line, not in the printed addendum.
    if ((var == Variable::citation_key && value == entry_key) || var == Variable::source) continue;
    const SimpleField* sf = nullptr;
    for (const SimpleField& f : kSimpleFields)
      if (f.var == var) { sf = &f; break; }
    std::string_view field = sf ? (bl ? sf->bl : sf->bt) : std::string_view{};
    if (same(field, "number") && var != number_owner) field = {};
    put_text(var, field, value);
  }
  if (same(type, "report") && bl && !has_field("type")) put("type", "techreport");  // biber requires it

  if (auto lang = get(Variable::language); !lang.empty()) {
    if (bl && !babel.empty()) {
      put("langid", babel);
      if (free("language")) put("language", babel);
    } else if (bl) {
      // No babel name: the tag is kept in `language`, which biblatex prints as is.
      put_text(Variable::language, "language", lang);
    } else {
      put_escaped("language", babel.empty() ? lang : babel);
    }
  }
  if (auto u = get(Variable::URL); !u.empty()) {
    const std::size_t begin = values.size();
    bibtex::append_verbatim(values, u);
    close_value("url", begin);
  }
  if (auto d = get(Variable::DOI); !d.empty()) {
    const std::size_t begin = values.size();
    bibtex::append_verbatim(values, d);
    close_value("doi", begin);
  }
  if (auto i = get(Variable::ISBN); !i.empty()) put_text(Variable::ISBN, "isbn", i);
  // One identifier can be the entry's eprint (biblatex prints PMID/arXiv/JSTOR/HDL links);
  // the others are listed in the addendum as Wikipedia prints them ("OCLC 123").
  struct Eprint { std::string_view label; std::string_view value; std::string_view type; };
  std::vector<Eprint> ids;
  if (auto v = get(Variable::PMID); !v.empty()) ids.push_back({"PMID", v, "pubmed"});
  if (auto v = get(Variable::PMCID); !v.empty()) ids.push_back({"PMCID", v, "pmcid"});
  for (const auto& [id, value] : r.identifiers) {
    std::string_view et;
    if (id == Identifier::arXiv) et = "arxiv";
    else if (id == Identifier::JSTOR) et = "jstor";
    else if (id == Identifier::hdl) et = "hdl";
    ids.push_back({to_string(id), value, et});
  }
  bool eprint_used = false;
  for (const Eprint& e : ids) {
    if (bl && !eprint_used && !e.type.empty()) {
      put_escaped("eprint", e.value);
      put("eprinttype", e.type);
      eprint_used = true;
      continue;
    }
    add_segment(std::string(e.label) + " ", e.value);
  }
  if (auto n = get(Variable::note); !n.empty()) put_escaped("note", n);
}

void Writer::write_custom(const Reference& r) {
  // Visible parts of the citation that BibTeX has no field for, in the order Wikipedia
  // prints them; the reader parses these segments back.
  // "(PDF)" as Wikipedia prints it; a medium of several words ("Электронный ресурс") is
  // labelled, since the reader takes only a one-word "(…)" for a medium, not for a comment.
  if (auto m = get(Variable::medium); !m.empty()) {
    if (m.find(' ') == std::string_view::npos) add_segment("(", m, ")");
    else add_segment(std::string(to_string(Variable::medium)) + ": ", m);
  }
  if (auto s = get(Variable::section); !s.empty()) add_segment(seg::section, s);
  if (!r.locator_text.empty()) relocate(detail::custom_key::locator, r.locator_text, {});
  if (r.archive_date || !r.archive_url.empty()) {
    std::string s;
    if (r.archive_date && !date_text(*r.archive_date).empty()) {
      const std::string when = date_text(*r.archive_date);
      s = std::string(seg::archived);
      if (has_segment_break(when) || when.find(" at ") != std::string::npos) s += "{" + esc(when) + "}";
      else s += esc(when);
      if (!r.archive_url.empty()) s += seg::archived_url_joiner;
    } else {
      s = std::string(seg::archived_at);
    }
    if (!r.archive_url.empty()) {
      s += "\\url{";
      bibtex::append_verbatim(s, r.archive_url);
      s += "}";
    }
    add_segment(std::move(s));
  }
  if (!r.via.empty()) add_segment(seg::via, r.via);
  if (!r.comment.empty()) {
    // The free comment comes last; braced when its start would read as one of the
    // segments above, so the reader keeps it whole.
    std::string c = esc(r.comment);
    if (bibtex::reads_as_segment(one_line(r.comment))) c = "{" + c + "}";
    add_segment(std::move(c));
  }
}

// The members of the `% citelib:` object, in order: member(key, write[, literal]) where
// write(w) writes the value; `literal` (the default) when the key is one of ours, known to
// need no escape, false for a key kept from the input.
// `finer_language`: the language tag says more than its babel name (worked out once per entry).
template <class Member>
void extras_members(const Reference& r, std::string_view key, std::span<const Variable> others_written,
                    bool finer_language, Member&& member) {
  using namespace detail;
  if (key != r.id) member("id", [&](auto& w) { w.value(r.id); });
  if (const std::string_view ck = r.get(Variable::citation_key); !ck.empty() && ck == key)
    member(to_string(Variable::citation_key), [&](auto& w) { w.value(ck); });
  if (const std::string_view source = r.get(Variable::source); !source.empty())
    member(to_string(Variable::source), [&](auto& w) { w.value(source); });
  if (r.backlinks) member(custom_key::backlinks, [&](auto& w) { w.value(static_cast<long long>(*r.backlinks)); });
  if (r.no_citation) member(custom_key::no_citation, [&](auto& w) { w.value(true); });
  if (!r.list_name.empty()) member(custom_key::list, [&](auto& w) { w.value(r.list_name); });
  if (!r.cs1_messages.empty()) member(custom_key::cs1_messages, [&](auto& w) { write_strings(w, r.cs1_messages); });
  if (!r.short_cites.empty()) member(custom_key::short_cites, [&](auto& w) { write_short_cites(w, r.short_cites); });
  for (const auto& kept : r.extra) {
    // A role's "and others" that its field says already.
    if (std::any_of(others_written.begin(), others_written.end(), [&](Variable v) { return is_et_al_key(kept.first, v); }))
      continue;
    member(kept.first, [&](auto& w) { w.raw(kept.second); }, /*literal=*/false);
  }
  // What the fields say less exactly: a language tag finer than its babel name ("zh-TW" is
  // written `chinese`, read back "zh"), and the printed form of a date beside its parts.
  if (finer_language) member(to_string(Variable::language), [&](auto& w) { w.value(r.get(Variable::language)); });
  const auto& dates = r.date_fields();
  if (std::any_of(dates.begin(), dates.end(), [](const auto& d) { return d.second.has_parts() && !d.second.literal.empty(); }))
    member(custom_key::date_text, [&](auto& w) {
      w.begin_object();
      for (const auto& [var, d] : dates)
        if (d.has_parts() && !d.literal.empty()) {
          w.key(to_string(var));
          w.value(d.literal);
        }
      w.end_object();
    });
  if (!r.raw.empty()) member(custom_key::raw, [&](auto& w) { w.value(r.raw); });
}

// Each key written to `keys` as well.
template <class W>
void write_extras_object(W& w, const Reference& r, std::string_view key, std::span<const Variable> others_written,
                         bool finer_language, std::vector<std::string_view>& keys) {
  keys.clear();
  w.begin_object();
  extras_members(r, key, others_written, finer_language, [&](std::string_view k, auto&& write, bool literal = true) {
    keys.push_back(k);
    if (literal) w.plain_key(k);
    else w.key(k);
    write(w);
  });
  w.end_object();
}

bool all_different(std::span<const std::string_view> keys) noexcept {
  for (std::size_t i = 1; i < keys.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (keys[i] == keys[j]) return false;
  return true;
}

void Writer::write_extras(std::string& out, const Reference& r, std::string_view key) {
  if (!opt.keep_extras) {
    extras_keys.clear();
    extras_members(r, key, others_written, finer_language,
                   [&](std::string_view k, auto&&, bool = true) { extras_keys.push_back(k); });
    if (extras_keys.empty()) return;
    ++refs_with_extras;
    for (std::string_view k : extras_keys)
      if (omitted_keys.find(k) == omitted_keys.end()) omitted_keys.emplace(k);
    return;
  }
  // One line of JSON outside any entry: every BibTeX tool skips text up to the next "@",
  // and the JSON holds none ("@" is written as \u0040), nor a line break. Written in one
  // pass with its keys gathered, then kept if no key repeats (the usual case).
  std::string_view json;
  {
    detail::CompactJson w(extras_line);
    write_extras_object(w, r, key, others_written, finer_language, extras_keys);
    if (extras_keys.empty()) return;
    json = std::string_view(extras_line.data(), w.size());
  }
  // A repeated key, or text that is not UTF-8 (from a library caller): nlohmann's tree, which
  // overwrites in place and replaces invalid bytes.
  std::string dumped;
  if (!all_different(extras_keys) || !simdjson::validate_utf8(json.data(), json.size())) {
    detail::JsonTreeWriter tree;
    write_extras_object(tree, r, key, others_written, finer_language, extras_keys);
    dumped = tree.result().dump(-1, ' ', false, nlohmann::ordered_json::error_handler_t::replace);
    json = dumped;
  }
  out += "% citelib: ";
  for (std::size_t from = 0;;) {
    // Rare: an "@", written as \u0040.
    const std::size_t at = json.find('@', from);
    out.append(json, from, at == std::string_view::npos ? std::string_view::npos : at - from);
    if (at == std::string_view::npos) break;
    out += "\\u0040";
    from = at + 1;
  }
  out += '\n';
}

void Writer::emit(std::string& out, std::string_view key) {
  // "@type{key,\n", a line per field "  name = {value},\n", "}\n\n": the size first, then
  // the text copied in place, so that `out` grows once per entry and not once per piece.
  static constexpr std::string_view kBraced = " = {", kBare = " = ", kIndent = "  ", kLineEnd = ",\n";
  std::size_t size = 1 + type.size() + 1 + key.size() + kLineEnd.size() + 3;
  for (const Field& f : fields)
    size += kIndent.size() + f.name.size() + (f.bare ? kBare.size() : kBraced.size() + 1) + (f.end - f.begin) + kLineEnd.size();
  const std::size_t start = out.size();
  out.resize(start + size);
  char* at = out.data() + start;
  *at++ = '@';
  at = detail::copy_to(at, type);
  *at++ = '{';
  at = detail::copy_to(at, key);
  at = detail::copy_to(at, kLineEnd);
  for (const Field& f : fields) {
    at = detail::copy_to(at, kIndent);
    at = detail::copy_to(at, f.name);
    at = detail::copy_to(at, f.bare ? kBare : kBraced);
    at = detail::copy_to(at, value_of(f));
    if (!f.bare) *at++ = '}';
    at = detail::copy_to(at, kLineEnd);
  }
  detail::copy_to(at, "}\n\n");
}

void Writer::write(std::string& out, const Reference& r, std::string_view key) {
  ref = &r;
  entry_key = key;
  fields.clear();
  values.clear();
  index_text(r);
  recycle(addendum);
  recycle(notes);
  report.first_unmapped.clear();
  const std::string_view lang = get(Variable::language);
  babel = lang.empty() ? std::string_view{} : bibtex::babel_name(lang);
  finer_language = !babel.empty() && bibtex::bcp47_from_babel(babel) != lang;
  // The roles the entry type depends on, from the entry's few name lists.
  bool has_editor = false, has_book_author = false;
  for (const auto& entry : r.name_fields()) {
    has_editor |= entry.first == Variable::editor;
    has_book_author |= entry.first == Variable::container_author;
  }
  std::string_view subtype;
  if (bl) {
    const bibtex::EntryTypeChoice c = bibtex::biblatex_type(r.type, has_editor, has_book_author);
    type = c.type;
    subtype = c.subtype;
  } else {
    const std::string_view genre = get(Variable::genre);
    const bool masters = genre.find("aster") != std::string_view::npos || genre.find("M.A") != std::string_view::npos ||
                         genre.find("MSc") != std::string_view::npos;
    type = bibtex::bibtex_type(r.type, has_editor, has_book_author, masters);
  }
  write_names(r);
  write_titles(r);
  write_fields(r);
  write_dates(r);
  write_custom(r);
  if (!subtype.empty()) put("entrysubtype", subtype);
  if (!addendum.empty()) {
    const std::size_t begin = values.size();
    for (const std::string& s : addendum) {
      if (values.size() > begin) values += seg::separator;
      values += s;
    }
    close_value("addendum", begin);
  }
  if (!notes.empty()) {
    // The segments follow the note's own text, if any: the note is written again after it.
    auto it = std::find_if(fields.begin(), fields.end(), [](const Field& f) { return f.name == "note"; });
    const std::size_t begin = values.size();
    if (it != fields.end()) values.append(values, it->begin, it->end - it->begin);
    for (const std::string& s : notes) {
      if (values.size() > begin) values += seg::separator;
      values += s;
    }
    if (it == fields.end()) {
      close_value("note", begin);
    } else {
      it->begin = begin;
      it->end = values.size();
    }
  }
  if (!report.first_unmapped.empty()) {
    diags.add(make_diagnostic(DiagCode::bib_non_ascii, {r.id, report.first_unmapped}));
    diags.items().back().references.push_back(r.id);
  }
  write_extras(out, r, key);
  emit(out, key);
  clear_text_index(r);
}

}  // namespace

namespace bibtex {

void write_entries(std::span<const Reference> refs, std::span<const std::string> keys, const BibOptions& options,
                   std::string& out, Diagnostics& diagnostics, WriteTally& tally) {
  out.reserve(out.size() + refs.size() * 400);
  Writer w(options, diagnostics);
  w.fields.reserve(32);
  w.values.reserve(1024);
  for (std::size_t i = 0; i < refs.size(); ++i) w.write(out, refs[i], keys[i]);
  tally.refs_with_extras += w.refs_with_extras;
  tally.omitted_keys.merge(w.omitted_keys);
}

void report_tally(const WriteTally& tally, Diagnostics& diagnostics) {
  if (tally.refs_with_extras == 0) return;
  std::string names;
  for (const std::string& k : tally.omitted_keys) names += (names.empty() ? "" : ", ") + k;
  diagnostics.add(make_diagnostic(DiagCode::bib_extras_omitted, {std::to_string(tally.refs_with_extras), names}));
}

}  // namespace bibtex

std::string write_bibtex(std::span<const Reference> refs, const BibOptions& options, Diagnostics& diagnostics) {
  const std::vector<std::string> keys = make_citation_keys(refs, options.keys);
  std::string out;
  bibtex::WriteTally tally;
  bibtex::write_entries(refs, keys, options, out, diagnostics, tally);
  bibtex::report_tally(tally, diagnostics);
  return out;
}

}  // namespace citelib
