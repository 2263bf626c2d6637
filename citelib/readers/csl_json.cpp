#include <citelib/readers/csl_json.hpp>

#include "writers/csl_json_keys.hpp"

#include <nlohmann/json.hpp>
#include <simdjson.h>

#include <algorithm>
#include <array>
#include <cstring>
#include <limits>
#include <string>

// The items are read from simdjson's DOM (parsing a 10,000-item file takes milliseconds,
// nlohmann's DOM took over 100 ms and was most of `citelib render`'s time). nlohmann parses
// only when simdjson rejects the input: its messages say what is wrong and where.

namespace citelib {

using element = simdjson::dom::element;
using element_type = simdjson::dom::element_type;

namespace {

// Byte offsets of the elements of the top-level array, found by a string-aware scan, so
// field problems can point at their item (the DOM keeps no positions). The input is valid
// JSON here (simdjson accepted it): an element starts at the first non-blank byte after the
// array's "[" or after a "," at depth 1; strings are skipped with memchr.
std::vector<std::size_t> top_level_item_offsets(std::string_view t) {
  // Bytes that change the scanner's state; everything else is skipped in a tight loop.
  static constexpr auto structural = [] {
    std::array<bool, 256> a{};
    for (unsigned char c : std::string_view("\"[]{},")) a[c] = true;
    return a;
  }();
  std::vector<std::size_t> out;
  const char* const begin = t.data();
  const char* const end = begin + t.size();
  int depth = 0;
  for (const char* p = begin; p < end; ++p) {
    while (p < end && !structural[static_cast<unsigned char>(*p)]) ++p;
    if (p == end) break;
    const char c = *p;
    bool element_follows = false;
    switch (c) {
      case '"':
        // To the closing quote: one preceded by an even number of backslashes.
        for (;;) {
          p = static_cast<const char*>(std::memchr(p + 1, '"', static_cast<std::size_t>(end - p - 1)));
          if (!p) return out;
          std::size_t backslashes = 0;
          while (p - backslashes > begin && p[-1 - static_cast<std::ptrdiff_t>(backslashes)] == '\\') ++backslashes;
          if (backslashes % 2 == 0) break;
        }
        break;
      case '[':
      case '{':
        element_follows = ++depth == 1 && c == '[';
        break;
      case ']':
      case '}':
        --depth;
        break;
      default:  // ','
        element_follows = depth == 1;
        break;
    }
    if (element_follows) {
      // The element starts at the next non-blank byte (none: "[]").
      const char* q = p + 1;
      while (q < end && (*q == ' ' || *q == '\n' || *q == '\t' || *q == '\r')) ++q;
      if (q < end && *q != ']') out.push_back(static_cast<std::size_t>(q - begin));
    }
  }
  return out;
}

std::string_view string_of(element v) { return v.get_string().value_unsafe(); }
// Callers check the type first; the result is held in a local before iterating (iterating
// a temporary simdjson_result dangles).
simdjson::dom::object object_of(element v) { return v.get_object().value_unsafe(); }
simdjson::dom::array array_of(element v) { return v.get_array().value_unsafe(); }

std::string scalar_text(element v) {
  switch (v.type()) {
    case element_type::STRING: return std::string(string_of(v));
    case element_type::INT64: return std::to_string(v.get_int64().value_unsafe());
    case element_type::UINT64: return std::to_string(v.get_uint64().value_unsafe());
    // As nlohmann writes doubles (the form this reader always produced).
    case element_type::DOUBLE: return nlohmann::json(v.get_double().value_unsafe()).dump();
    case element_type::BOOL: return v.get_bool().value_unsafe() ? "true" : "false";
    default: return {};
  }
}

bool is_number(element v) {
  const element_type t = v.type();
  return t == element_type::INT64 || t == element_type::UINT64 || t == element_type::DOUBLE;
}

double number_of(element v) {
  switch (v.type()) {
    case element_type::INT64: return static_cast<double>(v.get_int64().value_unsafe());
    case element_type::UINT64: return static_cast<double>(v.get_uint64().value_unsafe());
    case element_type::DOUBLE: return v.get_double().value_unsafe();
    default: return 0;
  }
}

// A number as an int, saturating (date parts and seasons are small; anything else is junk).
int int_of(element v) {
  const double d = number_of(v);
  if (!(d == d)) return 0;
  return static_cast<int>(std::clamp(d, static_cast<double>(std::numeric_limits<int>::min()),
                                     static_cast<double>(std::numeric_limits<int>::max())));
}

bool truthy(element v) {
  switch (v.type()) {
    case element_type::BOOL: return v.get_bool().value_unsafe();
    case element_type::INT64:
    case element_type::UINT64:
    case element_type::DOUBLE: return number_of(v) != 0;
    case element_type::STRING: {
      const std::string_view s = string_of(v);
      return !s.empty() && s != "0" && s != "false";
    }
    default: return false;
  }
}

// The member `key` of an object element, if present.
std::optional<element> member(element obj, std::string_view key) {
  element out;
  const simdjson::dom::object o = object_of(obj);
  if (o.at_key(key).get(out) != simdjson::SUCCESS) return std::nullopt;
  return out;
}

std::string json_text(element v) { return simdjson::to_string(v); }

struct ItemReader {
  const SourceText& src;
  Diagnostics& diags;
  SourceSpan span;
  std::string item_id;
  PositionCursor* cursor = nullptr;

  void field_problem(std::string_view key) {
    diags.report(DiagCode::json_field_invalid, &src, span, {key, item_id}, item_id);
  }

  // Appends the name `v` to `names` (built in place: a Name is seven strings); a value that
  // is no name is reported and skipped.
  void read_name(element v, std::string_view key, std::vector<Name>& names) {
    if (v.is_string()) {
      names.push_back(literal_name(std::string(string_of(v))));
      return;
    }
    if (!v.is_object()) {
      field_problem(key);
      return;
    }
    Name& n = names.emplace_back();
    bool parse_names = true;
    const simdjson::dom::object fields = object_of(v);
    for (auto [k, val] : fields) {
      if (k == "family") n.family = scalar_text(val);
      else if (k == "given") n.given = scalar_text(val);
      else if (k == "literal") n.literal = scalar_text(val);
      else if (k == "dropping-particle") n.dropping_particle = scalar_text(val);
      else if (k == "non-dropping-particle") n.non_dropping_particle = scalar_text(val);
      else if (k == "suffix") n.suffix = scalar_text(val);
      else if (k == "comma-suffix") n.comma_suffix = truthy(val);
      else if (k == "static-ordering") n.static_ordering = truthy(val);
      else if (k == "parse-names") parse_names = truthy(val);
      else field_problem(std::string(key) + "." + std::string(k));
    }
    // CSL-JSON processors split particles out of family names unless told not to (only a
    // family name starting in lowercase has one).
    if (parse_names && !n.is_literal() && !n.family.empty() && n.family[0] >= 'a' && n.family[0] <= 'z')
      n = split_particles(std::move(n));
  }

  static bool read_point(element arr_el, DatePoint& p) {
    if (!arr_el.is_array()) return false;
    const simdjson::dom::array arr = array_of(arr_el);
    if (arr.size() == 0) return false;
    int parts[3] = {0, 0, 0};
    bool first_empty_string = false;
    std::size_t i = 0;
    for (element x : arr) {
      if (i == 3) break;
      if (is_number(x)) {
        parts[i] = int_of(x);
      } else if (x.is_string()) {
        const std::string s(string_of(x));
        if (s.empty()) {
          if (i == 0) first_empty_string = true;
          break;
        }
        try {
          parts[i] = std::stoi(s);
        } catch (...) {
          return false;
        }
      } else {
        return false;
      }
      ++i;
    }
    p.year = parts[0];
    p.has_year = !first_empty_string;
    if (parts[1] >= 13 && parts[1] <= 16) p.season = static_cast<Season>(parts[1] - 12);
    else if (parts[1] >= 21 && parts[1] <= 24) p.season = static_cast<Season>(parts[1] - 20);
    else if (parts[1] >= 1 && parts[1] <= 12) p.month = static_cast<std::uint8_t>(parts[1]);
    if (p.month && parts[2] >= 1 && parts[2] <= 31) p.day = static_cast<std::uint8_t>(parts[2]);
    return true;
  }

  std::optional<Date> read_date(element v, std::string_view key) {
    if (v.is_string()) return parse_date(string_of(v));
    if (!v.is_object()) {
      field_problem(key);
      return std::nullopt;
    }
    Date d;
    if (auto dp = member(v, "date-parts")) {
      if (!dp->is_array()) field_problem(key);
      else {
        const simdjson::dom::array points = array_of(*dp);
        const std::size_t count = points.size();
        if (count >= 1 && !read_point(points.at(0).value_unsafe(), d.start)) field_problem(key);
        if (count >= 2) {
          DatePoint e;
          if (read_point(points.at(1).value_unsafe(), e) && e.has_year) d.end = e;
        }
        if (d.start.has_year && d.start.year == 0 && !d.end) d.start.has_year = false;
      }
    }
    if (auto season = member(v, "season"); season && d.start.season == Season::none) {
      int s = 0;
      if (is_number(*season)) s = int_of(*season);
      else if (season->is_string()) {
        const std::string_view t = string_of(*season);
        if (t == "1" || t == "spring" || t == "Spring") s = 1;
        else if (t == "2" || t == "summer" || t == "Summer") s = 2;
        else if (t == "3" || t == "autumn" || t == "fall" || t == "Autumn" || t == "Fall") s = 3;
        else if (t == "4" || t == "winter" || t == "Winter") s = 4;
      }
      if (s >= 1 && s <= 4) d.start.season = static_cast<Season>(s);
      else if (s >= 21 && s <= 24) d.start.season = static_cast<Season>(s - 20);
    }
    if (auto c = member(v, "circa")) d.circa = truthy(*c);
    if (auto lit = member(v, "literal"); lit && lit->is_string()) {
      if (!d.has_parts()) d.literal = std::string(string_of(*lit));
    }
    if (auto raw = member(v, "raw"); raw && raw->is_string()) {
      if (!d.has_parts()) {
        Date parsed = parse_date(string_of(*raw));
        if (d.circa) parsed.circa = true;
        d = std::move(parsed);
      } else {
        d.literal = std::string(string_of(*raw));
      }
    }
    return d;
  }

  void read_custom(element c, Reference& r) {
    using namespace detail;
    if (!c.is_object()) {
      field_problem("custom");
      return;
    }
    const simdjson::dom::object fields = object_of(c);
    for (auto [k, v] : fields) {
      if (auto var = parse_variable(k); var && variable_outside_schema(*var)) {
        if (kind_of(*var) == VariableKind::name && v.is_array()) {
          std::vector<Name> names;
          const simdjson::dom::array list = array_of(v);
          for (element n : list)
            read_name(n, k, names);
          r.set_names(*var, std::move(names));
        } else {
          r.set(*var, scalar_text(v));
        }
      } else if (k == custom_key::archive_date) {
        if (auto d = read_date(v, k)) r.archive_date = std::move(*d);
      } else if (k == custom_key::archive_url) r.archive_url = scalar_text(v);
      else if (k == custom_key::title_translated) r.title_translated = scalar_text(v);
      else if (k == custom_key::via) r.via = scalar_text(v);
      else if (k == custom_key::comment) r.comment = scalar_text(v);
      else if (k == custom_key::locator) r.locator_text = scalar_text(v);
      else if (k == custom_key::list) r.list_name = scalar_text(v);
      else if (k == custom_key::raw) r.raw = scalar_text(v);
      else if (k == custom_key::backlinks) {
        if (v.type() == element_type::INT64 || v.type() == element_type::UINT64) r.backlinks = int_of(v);
      } else if (k == custom_key::et_al) r.et_al = truthy(v);
      else if (k == custom_key::no_citation) r.no_citation = truthy(v);
      else if (k == custom_key::cs1_messages && v.is_array()) {
        const simdjson::dom::array list = array_of(v);
        for (element m : list) r.cs1_messages.push_back(scalar_text(m));
      } else if (k == custom_key::short_cites && v.is_array()) {
        const simdjson::dom::array list = array_of(v);
        for (element s : list) {
          if (!s.is_object()) continue;
          auto field = [&](std::string_view name) {
            auto m = member(s, name);
            return m ? scalar_text(*m) : std::string();
          };
          ShortCite sc;
          sc.names = field("names");
          sc.year = field("year");
          sc.page = field("page");
          sc.locator = field("locator");
          sc.prefix = field("prefix");
          r.short_cites.push_back(std::move(sc));
        }
      } else if (auto id = parse_identifier(k)) {
        r.set_identifier(*id, scalar_text(v));
      } else {
        r.extra.emplace_back(std::string(k), json_text(v));
      }
    }
  }

  Reference read_item(element item, std::size_t index) {
    Reference r;
    r.source_name = std::string(src.name());
    r.span = span;
    r.position = cursor ? cursor->at(span.begin) : src.position(span.begin);
    if (auto id = member(item, "id")) r.id = scalar_text(*id);
    if (r.id.empty()) r.id = "item-" + std::to_string(index + 1);
    item_id = r.id;
    const simdjson::dom::object fields = object_of(item);
    for (auto [key, v] : fields) {
      if (key == "id") continue;
      if (key == "type") {
        if (auto t = v.is_string() ? parse_item_type(string_of(v)) : std::nullopt) r.type = *t;
        else {
          field_problem(key);
          r.extra.emplace_back("type", json_text(v));
        }
        continue;
      }
      if (key == "custom") {
        read_custom(v, r);
        continue;
      }
      std::optional<Variable> var = parse_variable(key);
      // Names used by Zotero and older CSL-JSON for variables CSL 1.0.2 renamed.
      if (!var) {
        if (key == "shortTitle") var = Variable::title_short;
        else if (key == "journalAbbreviation") var = Variable::container_title_short;
        else if (key == "part") var = Variable::part_number;
        else if (key == "printing") var = Variable::printing_number;
        else if (key == "supplement") var = Variable::supplement_number;
      }
      if (!var) {
        r.extra.emplace_back(std::string(key), json_text(v));
        continue;
      }
      switch (kind_of(*var)) {
        case VariableKind::name: {
          if (!v.is_array()) {
            field_problem(key);
            if (v.is_string()) r.add_name(*var, literal_name(std::string(string_of(v))));
            break;
          }
          std::vector<Name> names;
          const simdjson::dom::array list = array_of(v);
          names.reserve(list.size());
          for (element n : list)
            read_name(n, key, names);
          r.set_names(*var, std::move(names));
          break;
        }
        case VariableKind::date:
          if (auto d = read_date(v, key)) r.set_date(*var, std::move(*d));
          break;
        case VariableKind::text:
        case VariableKind::number:
          if (v.is_string() || is_number(v)) r.set(*var, scalar_text(v));
          else if (v.is_array() && *var == Variable::ISBN) {
            std::string joined;
            const simdjson::dom::array list = array_of(v);
            for (element x : list) joined += (joined.empty() ? "" : " ") + scalar_text(x);
            r.set(*var, joined);
          } else if (!v.is_null()) {
            field_problem(key);
            r.extra.emplace_back(std::string(key), json_text(v));
          }
          break;
      }
    }
    return r;
  }
};

// Reports why nlohmann rejects `text`; returns false when it accepts it after all.
bool report_syntax_error(const SourceText& source, Diagnostics& diagnostics, std::string* accepted) {
  using json = nlohmann::ordered_json;
  try {
    *accepted = json::parse(source.text()).dump();
    return false;
  } catch (const json::parse_error& e) {
    // At the end of the input (an unterminated array) the error byte is one past the text.
    const std::size_t at = std::min<std::size_t>(e.byte > 0 ? e.byte - 1 : 0, source.size());
    std::string what = e.what();
    // nlohmann prefixes its own position; keep the reason only.
    if (auto p = what.find(": "); p != std::string::npos) what = what.substr(p + 2);
    if (auto p = what.find("syntax error while parsing value - "); p != std::string::npos)
      what = what.substr(p + 35);
    diagnostics.report(DiagCode::json_syntax, &source, {at, std::min(at + 1, source.size())}, {what});
  } catch (const json::exception& e) {
    // Not a syntax error but a value nlohmann cannot hold (a number overflowing a double);
    // it gives no position.
    std::string what = e.what();
    if (auto p = what.find("] "); p != std::string::npos) what = what.substr(p + 2);
    diagnostics.report(DiagCode::json_syntax, &source, {0, std::min<std::size_t>(1, source.size())}, {what});
  }
  return true;
}

}  // namespace

std::vector<Reference> read_csl_json(const SourceText& source, Diagnostics& diagnostics) {
  std::vector<Reference> out;
  simdjson::dom::parser parser;
  element doc;
  const std::string_view text = source.text();
  if (auto err = parser.parse(text.data(), text.size()).get(doc); err != simdjson::SUCCESS) {
    // simdjson rejects some inputs that are valid JSON (integers beyond 64 bits, nesting
    // deeper than its limit): nlohmann, which holds such numbers as doubles, re-serializes.
    std::string accepted;
    if (report_syntax_error(source, diagnostics, &accepted)) return out;
    if (parser.parse(accepted).get(doc) != simdjson::SUCCESS) {
      diagnostics.report(DiagCode::json_syntax, &source, {0, std::min<std::size_t>(1, source.size())},
                         {simdjson::error_message(err)});
      return out;
    }
  }
  if (!doc.is_array() && !doc.is_object()) {
    diagnostics.report(DiagCode::json_not_items, &source, {0, source.size()}, {doc.is_string() ? "string" : doc.is_null() ? "null" : doc.is_bool() ? "boolean" : "number"});
    return out;
  }
  PositionCursor cursor(source);
  if (doc.is_object()) {
    ItemReader reader{source, diagnostics, {0, source.size()}, {}, &cursor};
    out.push_back(reader.read_item(doc, 0));
    return out;
  }
  const std::vector<std::size_t> offsets = top_level_item_offsets(text);
  const simdjson::dom::array items = array_of(doc);
  out.reserve(items.size());
  std::size_t i = 0;
  for (element item : items) {
    const std::size_t begin = i < offsets.size() ? offsets[i] : 0;
    const std::size_t end = i + 1 < offsets.size() ? offsets[i + 1] : source.size();
    if (!item.is_object()) {
      const char* kind = item.is_array() ? "array" : item.is_string() ? "string" : item.is_null() ? "null" : item.is_bool() ? "boolean" : "number";
      diagnostics.report(DiagCode::json_not_items, &source, {begin, end}, {kind});
      ++i;
      continue;
    }
    ItemReader reader{source, diagnostics, {begin, end}, {}, &cursor};
    out.push_back(reader.read_item(item, i));
    ++i;
  }
  return out;
}

}  // namespace citelib
