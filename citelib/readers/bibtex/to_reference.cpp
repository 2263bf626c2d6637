// biblatex/BibTeX entries -> Reference: the reverse of the writers' mapping (docs/bibtex.md),
// crossref/xdata inheritance, ISO/EDTF and legacy year/month dates, and the addendum
// segments and `% citelib:` lines the writers use for what BibTeX has no field for.
#include <citelib/readers/bibtex.hpp>

#include "readers/bibtex/bib_names.hpp"
#include "readers/bibtex/parser.hpp"
#include "readers/csl_json/json_ops.hpp"
#include "readers/chunked_input.hpp"
#include "writers/bibtex/entry_type.hpp"
#include "writers/bibtex/vocab.hpp"
#include "writers/csl_json_keys.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <charconv>
#include <cstring>
#include <optional>
#include <set>
#include <unordered_map>
#include <utility>

namespace citelib {

namespace {

namespace seg = bibtex::segment;

// ---- dates --------------------------------------------------------------------------------

bool read_int(std::string_view s, int& out) {
  if (s.empty()) return false;
  auto r = std::from_chars(s.data(), s.data() + s.size(), out);
  return r.ec == std::errc() && r.ptr == s.data() + s.size();
}

/// Legacy year (+ month, day): "2017", "2017--2018", with month macros expanded to names.
/// Nothing is dropped: a year with a letter ("2015a"), a month the table does not know
/// ("Spring", "Jan.--Feb."), a day that is no day, or a year that is no number are read as a
/// printed date ("Spring 2015"); what that cannot read either stays beside the year's parts,
/// or is the literal.
Date legacy_date(std::string_view year, std::string_view month, std::string_view day) {
  Date d;
  int y = 0;
  const std::string ys = decode_latex(year), ms = decode_latex(month), ds = decode_latex(day);
  const std::size_t dash = ys.find_first_of("-\xE2");  // hyphen or the start of an en dash
  if (read_int(ys, y)) {
    d = make_date(y);
  } else if (dash != std::string::npos) {
    int y2 = 0;
    std::size_t after = ys.find_first_of("0123456789", dash);
    if (read_int(std::string_view(ys).substr(0, dash), y) && after != std::string::npos &&
        read_int(std::string_view(ys).substr(after), y2)) {
      d = make_date(y);
      d.end = make_date(y2).start;
    }
  } else if (ys.size() == 5 && std::islower(static_cast<unsigned char>(ys[4])) && read_int(std::string_view(ys).substr(0, 4), y)) {
    // "2015a": the letter a list's author-year labels add; the year is 2015.
    d = make_date(y);
    d.literal = ys;
  }
  const unsigned month_number = d.has_parts() && !d.end && !ms.empty() ? bibtex::parse_month(ms) : 0;
  int dd = 0;
  const bool day_read = ds.empty() || (read_int(ds, dd) && dd >= 1 && dd <= 31);
  if (ms.empty() && ds.empty()) {
    if (d.has_parts()) return d;
    // "44 BC", "c. 1900": a year as a printed date reads it.
    Date read = parse_date(ys);
    if (read.has_parts() && read.literal.empty()) read.literal = ys;
    return read;
  }
  std::string printed;  // "3 Jan. 2015a"
  for (const std::string* part : {&ds, &ms, &ys})
    if (!part->empty()) printed += (printed.empty() ? "" : " ") + *part;
  if (month_number != 0 && day_read) {
    d.start.month = static_cast<std::uint8_t>(month_number);
    if (dd) d.start.day = static_cast<std::uint8_t>(dd);
    if (!d.literal.empty()) d.literal = printed;
    return d;
  }
  Date read = parse_date(printed);
  if (read.has_parts()) {
    if (read.literal.empty()) read.literal = printed;
    return read;
  }
  if (!d.has_parts()) return read;  // the literal
  d.literal = printed;
  return d;
}

// ---- crossref -----------------------------------------------------------------------------

bool in_type(std::string_view t, std::initializer_list<std::string_view> list) {
  return std::find(list.begin(), list.end(), t) != list.end();
}

// Fields a child never inherits (biblatex's default inheritance rules).
bool never_inherited(std::string_view f) {
  return in_type(f, {"ids", "crossref", "xref", "xdata", "entryset", "entrysubtype", "execute", "label",
                     "options", "presort", "related", "relatedoptions", "relatedstring", "relatedtype",
                     "shorthand", "shorthandintro", "sortkey"});
}

void inherit(BibEntry& child, const BibEntry& parent) {
  const bool book_parent = in_type(parent.type, {"book", "mvbook", "collection", "mvcollection", "reference",
                                                 "mvreference", "proceedings", "mvproceedings", "periodical"});
  const bool part_child = in_type(child.type, {"inbook", "bookinbook", "suppbook", "incollection",
                                               "suppcollection", "inreference", "inproceedings", "article"});
  for (const BibField& f : parent.fields) {
    if (never_inherited(f.name)) continue;
    std::string target = f.name;
    if (book_parent && part_child) {
      // The parent's title is the child's book title (journal title for articles).
      if (f.name == "title") target = child.type == "article" ? "journaltitle" : "booktitle";
      else if (f.name == "subtitle") target = "booksubtitle";
      else if (f.name == "titleaddon") target = "booktitleaddon";
      else if (f.name == "author" && in_type(child.type, {"inbook", "bookinbook", "suppbook"})) target = "bookauthor";
      else if (in_type(f.name, {"shorttitle", "sorttitle", "indextitle", "indexsorttitle"})) continue;
    }
    if (!child.field(target)) child.fields.push_back(BibField{target, f.value, child.span});
  }
}

/// The lower-cased keys an entry's crossref or xdata field names.
std::vector<std::string> link_targets(const BibField& f) {
  std::vector<std::string> out;
  const std::string targets = decode_latex(f.value);
  std::size_t from = 0;
  while (from <= targets.size()) {
    std::size_t comma = targets.find(',', from);
    if (comma == std::string::npos) comma = targets.size();
    std::string k = targets.substr(from, comma - from);
    k.erase(0, k.find_first_not_of(' '));
    k.erase(k.find_last_not_of(' ') + 1);
    for (char& c : k) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    from = comma + 1;
    if (!k.empty()) out.push_back(std::move(k));
  }
  return out;
}

constexpr std::array<std::string_view, 2> kLinkFields = {"crossref", "xdata"};

/// Entry `i` of the index into `e` with what it inherits through crossref/xdata, parents
/// first (read again from the source), to a depth of 16; a cycle stops at the entry it
/// returns to.
void resolved_entry(const SourceText& src, const bibtex::BibIndex& index, std::size_t i, int depth,
                    std::vector<std::size_t>& in_progress, BibEntry& e) {
  bibtex::read_indexed_entry(src, index, i, e);
  if (!index.entries[i].links || depth > 16) return;
  in_progress.push_back(i);
  for (std::string_view link : kLinkFields) {
    const BibField* f = e.field(link);
    if (!f) continue;
    for (const std::string& k : link_targets(*f)) {
      const std::size_t* parent = index.by_key.find(k);
      if (!parent || *parent == i) continue;
      const bool cycle = std::find(in_progress.begin(), in_progress.end(), *parent) != in_progress.end();
      BibEntry parent_entry;
      if (cycle) bibtex::read_indexed_entry(src, index, *parent, parent_entry);
      else resolved_entry(src, index, *parent, depth + 1, in_progress, parent_entry);
      inherit(e, parent_entry);
    }
  }
  in_progress.pop_back();
}

// ---- the mapping --------------------------------------------------------------------------


// url and doi are verbatim fields, but some exporters escape them as text (Mendeley writes
// "paper{\_}1.pdf"). Braces and backslashes cannot be in a URL (RFC 3986): a backslash
// before a TeX special and the braces are dropped. A DOI may hold braces: only one with
// such an escape is repaired.
/// True when `v` holds a brace. (find_first_of("{}") searches the set for every byte.)
bool has_brace(std::string_view v) noexcept {
  return std::any_of(v.begin(), v.end(), [](char c) { return c == '{' || c == '}'; });
}

std::string repaired_address(std::string_view v, bool url) {
  constexpr std::string_view kSpecials = "_%#&$~";
  bool escaped = false;
  for (std::size_t i = v.find('\\'); i != std::string_view::npos && !escaped; i = v.find('\\', i + 1))
    escaped = i + 1 < v.size() && kSpecials.find(v[i + 1]) != std::string_view::npos;
  if (!escaped && (!url || !has_brace(v))) return std::string(v);
  std::string out;
  out.reserve(v.size());
  for (std::size_t i = 0; i < v.size(); ++i) {
    const char c = v[i];
    if (c == '{' || c == '}') continue;
    if (c == '\\' && i + 1 < v.size() && kSpecials.find(v[i + 1]) != std::string_view::npos) continue;
    out += c;
  }
  return out;
}

/// True for "??", "????" or "??--??": what some bibliographies (Beebe's) write for a value
/// not known yet. It is no value: no page "??-??", no ISBN "????".
bool is_placeholder(std::string_view v) noexcept {
  int marks = 0;
  for (const char c : v) {
    if (c == '?') ++marks;
    else if (c != '-' && c != '{' && c != '}' && c != ' ') return false;
  }
  return marks >= 2;
}

/// The date of a note that only says when a page was read: "Accessed: 2021-05-06",
/// "[Online; accessed 5-May-2021]" (citation-js, Wikipedia's BibTeX), "Last accessed on 3
/// March 2020", "Retrieved 2019-01-02": classic BibTeX has no urldate, so exporters and
/// templates write it there. nullopt for any other note.
std::optional<Date> access_note_date(std::string_view note) {
  auto lower = [](std::string_view s) {
    std::string out(s);
    for (char& c : out) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return out;
  };
  std::string_view s = note;
  auto trim = [&s] {
    while (!s.empty() && (s.front() == ' ' || s.front() == '[' || s.front() == '(')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == ']' || s.back() == ')' || s.back() == '.')) s.remove_suffix(1);
  };
  auto drop = [&s, &lower](std::string_view prefix) {
    if (s.size() < prefix.size() || lower(s.substr(0, prefix.size())) != prefix) return false;
    s.remove_prefix(prefix.size());
    return true;
  };
  trim();
  (void)(drop("online;") || drop("online,") || drop("online"));
  trim();
  (void)drop("last ");
  if (!drop("accessed") && !drop("retrieved") && !drop("visited")) return std::nullopt;
  (void)drop(":");
  trim();
  (void)drop("on ");
  trim();
  if (s.empty()) return std::nullopt;
  if (auto d = parse_edtf_date(s)) return d;
  Date d = parse_date(s);
  if (!d.has_parts()) {
    // "6-May-2021" (citation-js): the words of a date joined by hyphens.
    std::string spaced(s);
    std::replace(spaced.begin(), spaced.end(), '-', ' ');
    d = parse_date(spaced);
  }
  if (!d.has_parts()) return std::nullopt;
  return d;
}

/// `name` is `field`: the length first, then the bytes, inline (the mapping tries some
/// seventy field names on each field).
template <std::size_t N>
bool is(std::string_view name, const char (&field)[N]) noexcept {
  return name.size() == N - 1 && std::memcmp(name.data(), field, N - 1) == 0;
}

struct Mapper {
  const SourceText& src;
  Diagnostics& diags;
  std::set<std::string> unmapped_reported;
  bool placeholder_reported = false;
  std::string unbraced;  // a date's text without its braces (room kept from date to date)

  // An extra is given once: a later value replaces the earlier one.
  static void set_extra(Reference& r, std::string key, std::string json) {
    for (auto& e : r.extra)
      if (e.first == key) {
        e.second = std::move(json);
        return;
      }
    r.extra.emplace_back(std::move(key), std::move(json));
  }

  std::optional<Variable> name_role(std::string_view role) {
    if (auto v = parse_variable(role); v && kind_of(*v) == VariableKind::name) return v;
    return std::nullopt;
  }

  void set_names(Reference& r, Variable v, std::string_view tex) {
    bibtex::NameList list = bibtex::parse_name_list(tex);
    if (v == Variable::author && list.others) r.et_al = true;
    // Another role's "and others" has no field in the model: an extra, which CSL-JSON keeps
    // under `custom` and the .bib writers turn back into "and others".
    if (v != Variable::author && list.others) set_extra(r, std::string(to_string(v)) + "-et-al", "true");
    if (!list.names.empty()) r.set_names(v, std::move(list.names));
  }

  void set_date(Reference& r, Variable v, const BibField& f, const BibEntry& e) {
    // EDTF is not TeX ("1950~" is circa, not a tie): only braces are dropped (most dates
    // have none and are read where they are).
    std::string_view text = f.value;
    if (has_brace(text)) {
      unbraced.clear();
      for (char c : f.value)
        if (c != '{' && c != '}') unbraced += c;
      text = unbraced;
    }
    if (auto d = parse_edtf_date(text)) {
      r.set_date(v, std::move(*d));
      return;
    }
    diags.report(DiagCode::bib_date_invalid, &src, f.span, {f.name, text}, e.key);
    Date lit;
    lit.literal.assign(text);
    r.set_date(v, std::move(lit));
  }

  /// Splits an addendum (or a BibTeX note written by citelib) into the segments the writer
  /// composes: archive, via, medium, section, identifiers and "variable: value" pairs; the
  /// first segment that is none of these starts the free comment.
  void read_segments(Reference& r, std::string_view tex, std::string& rest) {
    std::vector<std::string_view> parts;
    int depth = 0;
    std::size_t from = 0;
    for (std::size_t i = 0; i + 1 < tex.size(); ++i) {
      if (tex[i] == '{') ++depth;
      else if (tex[i] == '}') { if (depth > 0) --depth; }
      else if (depth == 0 && tex[i] == '.' && tex[i + 1] == ' ') {
        parts.push_back(tex.substr(from, i - from));
        from = i + 2;
        ++i;
      }
    }
    parts.push_back(tex.substr(from));
    std::size_t k = 0;
    for (; k < parts.size(); ++k)
      if (!read_segment(r, parts[k])) break;
    if (k < parts.size()) {
      std::string raw;
      for (std::size_t j = k; j < parts.size(); ++j) {
        if (j > k) raw += seg::separator;
        raw += parts[j];
      }
      rest = decode_latex(raw);
    }
  }

  bool read_segment(Reference& r, std::string_view tex) {
    // A braced segment is text the writer protected from being read as a label.
    if (!tex.empty() && tex.front() == '{') return false;
    const std::string s = decode_latex(tex);
    auto starts = [&](std::string_view p) { return s.size() > p.size() && s.compare(0, p.size(), p) == 0; };
    if (starts(seg::archived)) {
      std::string_view rest = std::string_view(s).substr(seg::archived.size());
      std::string_view date = rest;
      if (auto at = rest.find(seg::archived_url_joiner); at != std::string_view::npos) {
        date = rest.substr(0, at);
        r.archive_url = std::string(rest.substr(at + seg::archived_url_joiner.size()));
      }
      if (auto d = parse_edtf_date(date)) r.archive_date = std::move(*d);
      else {
        Date lit;
        lit.literal = std::string(date);
        r.archive_date = std::move(lit);
      }
      return true;
    }
    if (starts(seg::archived_at)) {
      r.archive_url = s.substr(seg::archived_at.size());
      return true;
    }
    if (starts(seg::via) && r.via.empty()) {
      r.via = s.substr(seg::via.size());
      return true;
    }
    if (starts(seg::section) && !r.has(Variable::section)) {
      r.set(Variable::section, s.substr(seg::section.size()));
      return true;
    }
    if (s.size() > 2 && s.front() == '(' && s.back() == ')' && s.find(' ') == std::string::npos &&
        !r.has(Variable::medium)) {
      r.set(Variable::medium, s.substr(1, s.size() - 2));
      return true;
    }
    const std::size_t sp = s.find(' ');
    if (sp != std::string::npos && sp > 0) {
      const std::string_view label = std::string_view(s).substr(0, sp);
      const std::string value = s.substr(sp + 1);
      if (label == "PMID" && !r.has(Variable::PMID)) { r.set(Variable::PMID, value); return true; }
      if (label == "PMCID" && !r.has(Variable::PMCID)) { r.set(Variable::PMCID, value); return true; }
      if (auto id = parse_identifier(label); id && r.identifier(*id).empty()) {
        r.set_identifier(*id, value);
        return true;
      }
      if (label.back() == ':') {
        const std::string_view name = label.substr(0, label.size() - 1);
        if (name == detail::custom_key::locator) { r.locator_text = value; return true; }
        if (auto v = parse_variable(name)) {
          switch (kind_of(*v)) {
            case VariableKind::text:
            case VariableKind::number:
              // A second value for a variable a field set is kept under its name, as a
              // second field is (set_or_keep), and the segments after it are still read.
              if (r.has(*v) && r.get(*v) != value)
                r.extra.emplace_back(std::string(name), nlohmann::json(value).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
              else r.set(*v, value);
              return true;
            case VariableKind::date:
              if (r.has(*v)) return false;
              if (auto d = parse_edtf_date(value)) r.set_date(*v, std::move(*d));
              else { Date lit; lit.literal = value; r.set_date(*v, std::move(lit)); }
              return true;
            case VariableKind::name: {
              if (r.has(*v)) return false;
              std::vector<Name> names;
              std::size_t b = 0;
              while (b <= value.size()) {
                std::size_t e = value.find("; ", b);
                if (e == std::string::npos) e = value.size();
                names.push_back(literal_name(value.substr(b, e - b)));
                b = e + 2;
              }
              r.set_names(*v, std::move(names));
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  // The `% citelib:` line is parsed by simdjson, as CSL-JSON items are: nlohmann's tree cost
  // more than the rest of the entry (14,000 instructions for a 60-byte object). What simdjson
  // refuses but JSON allows goes to nlohmann, whose reading both follow (csl_json/json_ops.hpp).
  void apply_extras(Reference& r, const BibEntry& e) {
    thread_local simdjson::dom::parser parser;
    thread_local std::string padded;
    padded.assign(e.extras_json);
    padded.append(simdjson::SIMDJSON_PADDING, ' ');
    simdjson::dom::element root;
    if (!parser.parse(padded.data(), e.extras_json.size(), false).get(root) && root.type() == simdjson::dom::element_type::OBJECT) {
      apply_extras_from<csl_json::SimdjsonOps>(r, root);
      return;
    }
    const csl_json::ordered_json j = csl_json::ordered_json::parse(e.extras_json, nullptr, false);
    if (j.is_discarded() || !j.is_object()) {
      diags.report(DiagCode::bib_extras_invalid, &src, {e.span.begin, e.span.begin + 1}, {e.key}, e.key);
      return;
    }
    apply_extras_from<csl_json::NlohmannOps>(r, &j);
  }

  template <class Ops>
  void apply_extras_from(Reference& r, typename Ops::Value object) {
    using namespace detail;
    const auto text = [](typename Ops::Value v) { return std::string(Ops::string(v)); };
    Ops::for_each_member(object, [&](std::string_view k, typename Ops::Value v) {
      if (k == "id" && Ops::is_string(v)) r.id = text(v);
      else if ((k == to_string(Variable::citation_key) || k == to_string(Variable::source)) && Ops::is_string(v))
        r.set(*parse_variable(k), text(v));
      else if (k == custom_key::backlinks && Ops::is_number_integer(v)) r.backlinks = Ops::to_int(v);
      else if (k == custom_key::raw && Ops::is_string(v)) r.raw = text(v);
      else if (k == custom_key::list && Ops::is_string(v)) r.list_name = text(v);
      else if (k == custom_key::no_citation && Ops::is_boolean(v)) r.no_citation = Ops::boolean(v);
      else if (k == custom_key::et_al && Ops::is_boolean(v)) r.et_al = Ops::boolean(v);
      else if (k == to_string(Variable::language) && Ops::is_string(v)) r.set(Variable::language, text(v));
      else if (k == custom_key::date_text && Ops::is_object(v)) {
        // The printed forms go back beside the parts the fields gave.
        Ops::for_each_member(v, [&](std::string_view var, typename Ops::Value printed) {
          const std::optional<Variable> dv = parse_variable(var);
          const Date* d = dv ? r.date(*dv) : nullptr;
          if (!d || !d->has_parts() || !Ops::is_string(printed)) {
            r.extra.emplace_back(std::string(custom_key::date_text) + "." + std::string(var), Ops::dump(printed));
            return;
          }
          Date with_text = *d;
          with_text.literal = text(printed);
          r.set_date(*dv, std::move(with_text));
        });
      } else if (k == custom_key::cs1_messages && Ops::is_array(v)) {
        Ops::for_each_element(v, [&](typename Ops::Value m) {
          if (Ops::is_string(m)) r.cs1_messages.push_back(text(m));
        });
      } else if (k == custom_key::short_cites && Ops::is_array(v)) {
        Ops::for_each_element(v, [&](typename Ops::Value s) {
          if (!Ops::is_object(s)) return;
          const auto member = [&](std::string_view name) {
            typename Ops::Value x{};
            return Ops::find(s, name, x) && Ops::is_string(x) ? text(x) : std::string();
          };
          ShortCite sc;
          sc.names = member("names");
          sc.year = member("year");
          sc.title = member("title");
          sc.page = member("page");
          sc.locator = member("locator");
          sc.prefix = member("prefix");
          r.short_cites.push_back(std::move(sc));
        });
      } else {
        set_extra(r, std::string(k), Ops::dump(v));
      }
    });
  }

  /// Reads `e` into `r`, a Reference just made in its place in the chunk's list (not one
  /// returned and moved there: a move and a destruction fewer per entry).
  void map(const BibEntry& e, Reference& r);
};

void Mapper::map(const BibEntry& e, Reference& r) {
  r.id = e.key;
  r.source_name.assign(src.name());  // into the memory of a reused reference
  r.span = e.span;
  r.position = src.position(e.span.begin);
  const BibField* subtype_f = e.field("entrysubtype");
  const std::string subtype = subtype_f ? decode_latex(subtype_f->value) : std::string();
  if (auto t = bibtex::csl_type(e.type, subtype)) {
    r.type = *t;
  } else {
    r.type = ItemType::document;
    diags.report(DiagCode::bib_unknown_entry_type, &src, {e.span.begin, e.span.begin + 1 + e.type.size()}, {e.type}, e.key);
  }
  const std::string_view type = e.type;
  const bool article = in_type(type, {"article", "periodical"});

  auto text = [](const BibField& f) { return decode_latex(f.value); };
  // A second field for a variable already set (number and issue, institution and publisher,
  // location and address) keeps its value under its own name: nothing read is dropped.
  auto set_or_keep = [&r](Variable v, const BibField& f, std::string value) {
    if (!r.has(v)) r.set(v, std::move(value));
    else if (r.get(v) != value)
      r.extra.emplace_back(f.name, nlohmann::json(value).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  };
  std::string title, subtitle, titleaddon, addendum_rest, booktitle;
  std::string editortype, langid, language;
  std::string eprint, eprinttype, year, month, day;
  std::array<std::pair<const BibField*, std::string>, 6> extra_names{};  // namea..c, editora..c + types

  for (const BibField& f : e.fields) {
    const std::string_view n = f.name;
    if (is_placeholder(f.value)) {
      if (!placeholder_reported) diags.report(DiagCode::bib_placeholder_value, &src, f.span, {f.name, f.value}, e.key);
      placeholder_reported = true;
      continue;
    }
    // A field goes down this chain until its name matches (a length test each): the dates,
    // in most entries, are tested first.
    if (is(n, "date")) set_date(r, Variable::issued, f, e);
    else if (is(n, "urldate")) set_date(r, Variable::accessed, f, e);
    else if (is(n, "author")) set_names(r, Variable::author, f.value);
    else if (is(n, "editor")) set_names(r, Variable::editor, f.value);
    else if (is(n, "translator")) set_names(r, Variable::translator, f.value);
    else if (is(n, "bookauthor")) set_names(r, Variable::container_author, f.value);
    else if (is(n, "namea") || is(n, "nameb") || is(n, "namec")) extra_names[static_cast<std::size_t>(n[4] - 'a')].first = &f;
    else if (is(n, "nameatype") || is(n, "namebtype") || is(n, "namectype")) extra_names[static_cast<std::size_t>(n[4] - 'a')].second = text(f);
    else if (is(n, "editora") || is(n, "editorb") || is(n, "editorc")) extra_names[3 + static_cast<std::size_t>(n[6] - 'a')].first = &f;
    else if (is(n, "editoratype") || is(n, "editorbtype") || is(n, "editorctype")) extra_names[3 + static_cast<std::size_t>(n[6] - 'a')].second = text(f);
    else if (is(n, "editortype")) editortype = text(f);
    else if (is(n, "title")) title = text(f);
    else if (is(n, "subtitle")) subtitle = text(f);
    else if (is(n, "titleaddon")) titleaddon = text(f);
    else if (is(n, "journaltitle") || is(n, "journal")) {
      std::string j = text(f);
      // An organization read before it (web pages) was the same site, not a publisher.
      if (type == "online" && r.get(Variable::container_title) != j && r.has(Variable::container_title) && !r.has(Variable::publisher))
        r.set(Variable::publisher, std::string(r.get(Variable::container_title)));
      r.set(Variable::container_title, std::move(j));
    }
    else if (is(n, "booktitle")) booktitle = text(f);
    else if (is(n, "organization")) {
      std::string org = text(f);  // moved into the variable it sets (each branch its last use)
      if (type == "online") {
        // The site name (citelib writes it as journaltitle too).
        if (!r.has(Variable::container_title)) r.set(Variable::container_title, std::move(org));
        else if (r.get(Variable::container_title) != org && !r.has(Variable::publisher)) r.set(Variable::publisher, std::move(org));
      } else if (!r.has(Variable::publisher)) r.set(Variable::publisher, std::move(org));
      else r.extra.emplace_back("organization", nlohmann::json(text(f)).dump());
    } else if (is(n, "howpublished")) {
      std::string h = text(f);
      if (h.rfind("http", 0) == 0 && !e.field("url")) r.set(Variable::URL, std::move(h));
      else r.set(Variable::container_title, std::move(h));
    } else if (is(n, "institution") || is(n, "school") || is(n, "publisher")) {
      set_or_keep(Variable::publisher, f, text(f));
    } else if (is(n, "location") || is(n, "address")) set_or_keep(Variable::publisher_place, f, text(f));
    else if (is(n, "series")) r.set(Variable::collection_title, text(f));
    else if (is(n, "volume")) r.set(Variable::volume, text(f));
    else if (is(n, "number")) {
      if (article) r.set(Variable::issue, text(f));
      else if (e.field("series") && in_type(type, {"book", "mvbook", "inbook", "bookinbook", "suppbook", "incollection", "collection",
                                                         "mvcollection", "suppcollection", "proceedings", "mvproceedings",
                                                         "inproceedings", "reference", "mvreference", "inreference"}))
        r.set(Variable::collection_number, text(f));
      else r.set(Variable::number, text(f));
    } else if (is(n, "issue")) {
      set_or_keep(Variable::issue, f, text(f));
    } else if (is(n, "pages")) {
      // "--" is the range dash; CSL writes a hyphen ("49-52").
      // (The dashes tested byte by byte: compare(i, 2, "--") was a call for every byte.)
      const std::string_view v = f.value;
      const auto dash_at = [&v](std::size_t i) { return i < v.size() && v[i] == '-'; };
      std::string p;
      for (std::size_t i = 0; i < v.size(); ++i) {
        if (dash_at(i) && dash_at(i + 1) && !dash_at(i + 2)) { p += '-'; ++i; }
        else p += v[i];
      }
      r.set(Variable::page, decode_latex(p));
    } else if (is(n, "pagetotal") || is(n, "numpages")) set_or_keep(Variable::number_of_pages, f, text(f));  // numpages: ACM
    else if (is(n, "volumes")) r.set(Variable::number_of_volumes, text(f));
    else if (is(n, "edition")) r.set(Variable::edition, text(f));
    else if (is(n, "chapter")) r.set(Variable::chapter_number, text(f));
    else if (is(n, "version")) r.set(Variable::version, text(f));
    else if (is(n, "pubstate")) r.set(Variable::status, text(f));
    else if (is(n, "origtitle")) r.set(Variable::original_title, text(f));
    else if (is(n, "origpublisher")) r.set(Variable::original_publisher, text(f));
    else if (is(n, "origlocation")) r.set(Variable::original_publisher_place, text(f));
    else if (is(n, "shorttitle")) r.set(Variable::title_short, text(f));
    else if (is(n, "shortjournal")) r.set(Variable::container_title_short, text(f));
    else if (is(n, "eventtitle")) r.set(Variable::event_title, text(f));
    else if (is(n, "venue")) r.set(Variable::event_place, text(f));
    else if (is(n, "type")) {
      const std::string g = text(f);
      // biblatex's localisation keys for the default kinds.
      if (g == "techreport" || g == "report") continue;
      if (g == "phdthesis") r.set(Variable::genre, "PhD thesis");
      else if (g == "mathesis" || g == "mastersthesis") r.set(Variable::genre, "Master's thesis");
      else if (g == "resreport") r.set(Variable::genre, "Research report");
      else r.set(Variable::genre, g);
    } else if (is(n, "abstract")) r.set(Variable::abstract, text(f));
    else if (is(n, "keywords")) r.set(Variable::keyword, text(f));
    else if (is(n, "annotation") || is(n, "annote")) r.set(Variable::annote, text(f));
    else if (is(n, "library")) r.set(Variable::call_number, text(f));
    else if (is(n, "langid")) langid = text(f);
    // biblatex before 1.0 named langid `hyphenation`; files of that time still carry it.
    else if (is(n, "hyphenation") && bibtex::bcp47_from_babel(text(f)) && langid.empty()) langid = text(f);
    else if (is(n, "language")) language = text(f);
    else if (is(n, "url")) r.set(Variable::URL, repaired_address(f.value, true));  // verbatim
    else if (is(n, "doi")) r.set(Variable::DOI, repaired_address(f.value, false));
    else if (is(n, "pmid")) set_or_keep(Variable::PMID, f, text(f));    // JabRef, Mendeley
    else if (is(n, "pmcid")) set_or_keep(Variable::PMCID, f, text(f));
    else if (is(n, "isbn")) r.set(Variable::ISBN, text(f));
    else if (is(n, "issn")) r.set(Variable::ISSN, text(f));
    else if (is(n, "eprint")) eprint = text(f);
    else if (is(n, "eprinttype") || is(n, "archiveprefix")) eprinttype = text(f);
    else if (is(n, "origdate")) set_date(r, Variable::original_date, f, e);
    else if (is(n, "eventdate")) set_date(r, Variable::event_date, f, e);
    else if (is(n, "year")) year = f.value;
    else if (is(n, "month")) month = f.value;
    else if (is(n, "day")) day = f.value;
    else if (is(n, "note")) r.set(Variable::note, text(f));
    else if (is(n, "addendum")) read_segments(r, f.value, addendum_rest);
    else if (is(n, "entrysubtype") || is(n, "crossref") || is(n, "xdata") || is(n, "ids") || is(n, "key")) continue;
    else {
      if (unmapped_reported.insert(f.name).second)
        diags.report(DiagCode::bib_field_unmapped, &src, f.span, {f.name}, e.key);
      r.extra.emplace_back(f.name, nlohmann::json(text(f)).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
    }
  }

  if (!title.empty() || !subtitle.empty()) {
    if (!subtitle.empty()) title += (title.empty() ? "" : ": ") + subtitle;
    r.set(Variable::title, std::move(title));  // not read again
  }
  if (!titleaddon.empty()) {
    // "[...]" is a translated title (as citelib writes it); anything else follows the title.
    if (titleaddon.size() >= 2 && titleaddon.front() == '[' && titleaddon.back() == ']')
      r.title_translated = titleaddon.substr(1, titleaddon.size() - 2);
    else
      r.set(Variable::title, std::string(r.get(Variable::title)) + ". " + titleaddon);
  }
  if (!booktitle.empty()) {
    if (!r.has(Variable::container_title)) r.set(Variable::container_title, std::move(booktitle));
    else if (r.get(Variable::container_title) != booktitle)
      r.extra.emplace_back("booktitle", nlohmann::json(booktitle).dump(-1, ' ', false, nlohmann::json::error_handler_t::replace));
  }
  if (!editortype.empty()) {
    // editortype = {director}: the editors are really in that role.
    if (auto v = name_role(editortype); v && *v != Variable::editor && r.has(Variable::editor)) {
      std::vector<Name> names(r.names(Variable::editor).begin(), r.names(Variable::editor).end());
      r.erase(Variable::editor);
      r.set_names(*v, std::move(names));
    }
  }
  for (const auto& [field, role] : extra_names) {
    if (!field) continue;
    const std::optional<Variable> v = name_role(role.empty() ? "contributor" : role);
    if (v && !r.has(*v)) set_names(r, *v, field->value);
    else r.extra.emplace_back(field->name, nlohmann::json(text(*field)).dump());
  }
  if (!langid.empty()) {
    if (auto tag = bibtex::bcp47_from_babel(langid)) r.set(Variable::language, std::string(*tag));
    else r.set(Variable::language, langid);
  } else if (!language.empty()) {
    if (auto tag = bibtex::bcp47_from_babel(language)) r.set(Variable::language, std::string(*tag));
    else r.set(Variable::language, language);
  }
  if (!eprint.empty()) {
    std::string et = eprinttype;
    for (char& c : et) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (et == "pubmed" || et == "pmid") r.set(Variable::PMID, eprint);
    else if (et == "pmcid" || et == "pmc") r.set(Variable::PMCID, eprint);
    else if (et == "arxiv") {
      r.set_identifier(Identifier::arXiv, eprint);
      // As Zotero reads an arXiv preprint: its number and its abstract page. Not for an entry
      // citelib wrote (its `% citelib:` line): that entry carries every field its item had,
      // and a round trip must not add what the item lacked.
      if (e.extras_json.empty()) {
        if (!r.has(Variable::number) && !r.has(Variable::container_title)) r.set(Variable::number, "arXiv:" + eprint);
        if (!r.has(Variable::URL)) r.set(Variable::URL, "https://arxiv.org/abs/" + eprint);
      }
    }
    else if (et == "jstor") r.set_identifier(Identifier::JSTOR, eprint);
    else if (et == "hdl") r.set_identifier(Identifier::hdl, eprint);
    else if (auto id = parse_identifier(eprinttype)) r.set_identifier(*id, eprint);
    else {
      r.extra.emplace_back("eprint", nlohmann::json(eprint).dump());
      if (!eprinttype.empty()) r.extra.emplace_back("eprinttype", nlohmann::json(eprinttype).dump());
    }
  }
  // An arXiv preprint exported as @misc (arXiv's own BibTeX, Google Scholar): CSL's type
  // for preprints is article.
  if (r.type == ItemType::document && type == "misc" && e.extras_json.empty() && !r.identifier(Identifier::arXiv).empty() &&
      !r.has(Variable::container_title))
    r.type = ItemType::article;
  if (!r.has(Variable::issued) && !year.empty()) r.set_date(Variable::issued, legacy_date(year, month, day));
  if (!addendum_rest.empty()) r.comment = addendum_rest;
  if (!r.has(Variable::accessed) && r.has(Variable::note)) {
    if (std::optional<Date> read_on = access_note_date(r.get(Variable::note))) {
      r.set_date(Variable::accessed, std::move(*read_on));
      r.erase(Variable::note);
    }
  }
  if (r.type == ItemType::thesis && !r.has(Variable::genre)) {
    if (type == "phdthesis") r.set(Variable::genre, "PhD thesis");
    else if (type == "mastersthesis") r.set(Variable::genre, "Master's thesis");
  }
  if (!e.extras_json.empty()) apply_extras(r, e);
}


class BibInput final : public detail::ChunkedInput {
 public:
  BibInput(const SourceText& src, bibtex::BibIndex index) : src_(src), index_(std::move(index)) {
    items_.reserve(index_.entries.size());
    for (std::size_t i = 0; i < index_.entries.size(); ++i)
      if (index_.entries[i].reference) items_.push_back(i);
  }

  std::size_t size() const noexcept override { return items_.size(); }

  void read_into(std::size_t begin, std::size_t end, detail::ReferenceSlots& out, Diagnostics& diagnostics) const override {
    Mapper m{src_, diagnostics, {}};
    std::vector<std::size_t> in_progress;
    BibEntry entry;  // one for the chunk: each entry is read into the strings of the one before
    out.reserve(std::min(end, items_.size()) - std::min(begin, end));
    for (std::size_t k = begin; k < end && k < items_.size(); ++k) {
      resolved_entry(src_, index_, items_[k], 0, in_progress, entry);
      m.map(entry, out.next());  // within the room reserved above
    }
  }

  // An unmapped field is reported once per file (the message names the field).
  void settle(Diagnostics& diagnostics, std::size_t from) override {
    std::vector<Diagnostic>& items = diagnostics.items();
    auto repeated = [&](const Diagnostic& d) {
      if (d.code == DiagCode::bib_placeholder_value) return std::exchange(placeholder_reported_, true);
      return d.code == DiagCode::bib_field_unmapped && !unmapped_reported_.insert(d.message).second;
    };
    items.erase(std::remove_if(items.begin() + static_cast<std::ptrdiff_t>(from), items.end(), repeated), items.end());
  }

  /// Reports links to entries that are not in the file, and links that lead back to their
  /// entry (which inheritance cuts there), entry by entry.
  void report_link_problems(Diagnostics& diagnostics) const {
    // Most files have no link: no table of them either (two per entry, written and freed
    // while every thread waits for the opening).
    if (std::none_of(index_.entries.begin(), index_.entries.end(), [](const bibtex::EntryLocation& e) { return e.links; }))
      return;
    struct Link {
      std::size_t to;
      SourceSpan at;
    };
    std::vector<std::vector<Link>> links(index_.entries.size());
    std::vector<std::string> keys(index_.entries.size());
    for (std::size_t i = 0; i < index_.entries.size(); ++i) {
      if (!index_.entries[i].links) continue;
      const BibEntry e = bibtex::read_indexed_entry(src_, index_, i);
      keys[i] = e.key;
      for (std::string_view link : kLinkFields) {
        const BibField* f = e.field(link);
        if (!f) continue;
        for (const std::string& k : link_targets(*f)) {
          if (const std::size_t* to = index_.by_key.find(k)) links[i].push_back({*to, f->span});
          else diagnostics.report(DiagCode::bib_crossref_missing, &src_, f->span, {e.key, k}, e.key);
        }
      }
    }
    // Depth-first, each entry once: a link to an entry still on the path closes a cycle.
    enum : char { unseen, on_path, done };
    std::vector<char> state(links.size(), unseen);
    std::vector<std::pair<std::size_t, std::size_t>> path;  // entry, next link to follow
    for (std::size_t root = 0; root < links.size(); ++root) {
      if (state[root] != unseen || links[root].empty()) continue;
      path.push_back({root, 0});
      state[root] = on_path;
      while (!path.empty()) {
        auto& [at, next] = path.back();
        if (next == links[at].size()) {
          state[at] = done;
          path.pop_back();
          continue;
        }
        const Link& l = links[at][next++];
        if (state[l.to] == on_path) {
          // Written from the entry whose link closes it: "B → A → B".
          std::string cycle = keys[at];
          const auto from = std::find_if(path.begin(), path.end(), [&](const auto& p) { return p.first == l.to; });
          for (auto p = from; p != path.end(); ++p) cycle += " → " + keys[p->first];
          diagnostics.report(DiagCode::bib_crossref_cycle, &src_, l.at, {keys[at], cycle}, keys[at]);
        } else if (state[l.to] == unseen) {
          state[l.to] = on_path;
          path.push_back({l.to, 0});
        }
      }
    }
  }

 private:
  const SourceText& src_;
  bibtex::BibIndex index_;
  std::vector<std::size_t> items_;  // entries that are references
  std::set<std::string> unmapped_reported_;
  bool placeholder_reported_ = false;
};

}  // namespace

namespace detail {

std::unique_ptr<ChunkedInput> open_bibtex(const SourceText& source, Diagnostics& diagnostics, unsigned threads,
                                          const BibStrings* strings, bool valid_utf8) {
  auto input = std::make_unique<BibInput>(source, bibtex::index_bib(source, diagnostics, threads, strings, valid_utf8));
  input->report_link_problems(diagnostics);
  if (input->size() == 0) diagnostics.report(DiagCode::input_empty, &source, {0, 0});
  return input;
}

}  // namespace detail

std::vector<Reference> read_bibtex(const SourceText& source, Diagnostics& diagnostics, const BibStrings* strings) {
  std::unique_ptr<detail::ChunkedInput> input = detail::open_bibtex(source, diagnostics, 1, strings);
  std::vector<Reference> out;
  out.reserve(input->size());
  const std::size_t from = diagnostics.size();
  input->read(0, input->size(), out, diagnostics);
  input->settle(diagnostics, from);
  return out;
}

}  // namespace citelib
