#include <citelib/readers/csl_json.hpp>

#include "writers/csl_json_keys.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <string>

namespace citelib {

using json = nlohmann::ordered_json;

namespace {

// Byte offsets of the elements of the top-level array, found by a string-aware scan, so
// field problems can point at their item (nlohmann keeps no positions after parsing).
std::vector<std::size_t> top_level_item_offsets(std::string_view t) {
  std::vector<std::size_t> out;
  int depth = 0;
  bool in_string = false;
  for (std::size_t i = 0; i < t.size(); ++i) {
    const char c = t[i];
    if (in_string) {
      if (c == '\\') ++i;
      else if (c == '"') in_string = false;
      continue;
    }
    if (c == '"') { in_string = true; if (depth == 1) out.push_back(i); continue; }
    if (c == '[' || c == '{') {
      if (depth == 1) out.push_back(i);
      ++depth;
    } else if (c == ']' || c == '}') {
      --depth;
    } else if (depth == 1 && c != ',' && c != ' ' && c != '\n' && c != '\r' && c != '\t') {
      // A bare scalar element: record its start once.
      if (out.empty() || (i > 0 && (t[i - 1] == ',' || t[i - 1] == '[' || t[i - 1] == ' ' || t[i - 1] == '\n')))
        out.push_back(i);
    }
  }
  return out;
}

std::string scalar_text(const json& v) {
  if (v.is_string()) return v.get<std::string>();
  if (v.is_number_integer()) return std::to_string(v.get<long long>());
  if (v.is_number_unsigned()) return std::to_string(v.get<unsigned long long>());
  if (v.is_number_float()) {
    std::string s = v.dump();
    return s;
  }
  if (v.is_boolean()) return v.get<bool>() ? "true" : "false";
  return {};
}

bool truthy(const json& v) {
  if (v.is_boolean()) return v.get<bool>();
  if (v.is_number()) return v.get<double>() != 0;
  if (v.is_string()) {
    const auto s = v.get<std::string>();
    return !s.empty() && s != "0" && s != "false";
  }
  return false;
}

struct ItemReader {
  const SourceText& src;
  Diagnostics& diags;
  SourceSpan span;
  std::string item_id;
  PositionCursor* cursor = nullptr;

  void field_problem(std::string_view key) {
    diags.report(DiagCode::json_field_invalid, &src, span, {key, item_id}, item_id);
  }

  std::optional<Name> read_name(const json& v, std::string_view key) {
    if (v.is_string()) return literal_name(v.get<std::string>());
    if (!v.is_object()) {
      field_problem(key);
      return std::nullopt;
    }
    Name n;
    for (const auto& [k, val] : v.items()) {
      const std::string s = scalar_text(val);
      if (k == "family") n.family = s;
      else if (k == "given") n.given = s;
      else if (k == "literal") n.literal = s;
      else if (k == "dropping-particle") n.dropping_particle = s;
      else if (k == "non-dropping-particle") n.non_dropping_particle = s;
      else if (k == "suffix") n.suffix = s;
      else if (k == "comma-suffix") n.comma_suffix = truthy(val);
      else if (k == "static-ordering") n.static_ordering = truthy(val);
      else if (k == "parse-names") continue;  // handled below
      else field_problem(std::string(key) + "." + k);
    }
    // CSL-JSON processors split particles out of family names unless told not to.
    const bool parse_names = !v.contains("parse-names") || truthy(v["parse-names"]);
    if (parse_names && !n.is_literal()) n = split_particles(std::move(n));
    return n;
  }

  static bool read_point(const json& arr, DatePoint& p) {
    if (!arr.is_array() || arr.empty()) return false;
    int parts[3] = {0, 0, 0};
    for (std::size_t i = 0; i < arr.size() && i < 3; ++i) {
      const json& x = arr[i];
      if (x.is_number()) parts[i] = static_cast<int>(x.get<double>());
      else if (x.is_string()) {
        const std::string s = x.get<std::string>();
        if (s.empty()) break;
        try { parts[i] = std::stoi(s); } catch (...) { return false; }
      } else return false;
    }
    if (parts[0] == 0 && arr.size() >= 1 && !(arr[0].is_number() || arr[0].is_string())) return false;
    p.year = parts[0];
    p.has_year = !(arr[0].is_string() && arr[0].get<std::string>().empty());
    if (parts[1] >= 13 && parts[1] <= 16) p.season = static_cast<Season>(parts[1] - 12);
    else if (parts[1] >= 21 && parts[1] <= 24) p.season = static_cast<Season>(parts[1] - 20);
    else if (parts[1] >= 1 && parts[1] <= 12) p.month = static_cast<std::uint8_t>(parts[1]);
    if (p.month && parts[2] >= 1 && parts[2] <= 31) p.day = static_cast<std::uint8_t>(parts[2]);
    return true;
  }

  std::optional<Date> read_date(const json& v, std::string_view key) {
    if (v.is_string()) return parse_date(v.get<std::string>());
    if (!v.is_object()) {
      field_problem(key);
      return std::nullopt;
    }
    Date d;
    if (auto it = v.find("date-parts"); it != v.end()) {
      if (!it->is_array()) field_problem(key);
      else {
        if (it->size() >= 1 && !read_point((*it)[0], d.start)) field_problem(key);
        if (it->size() >= 2) {
          DatePoint e;
          if (read_point((*it)[1], e) && e.has_year) d.end = e;
        }
        if (d.start.has_year && d.start.year == 0 && !d.end) d.start.has_year = false;
      }
    }
    if (auto it = v.find("season"); it != v.end() && d.start.season == Season::none) {
      int s = 0;
      if (it->is_number()) s = it->get<int>();
      else if (it->is_string()) {
        const std::string t = it->get<std::string>();
        if (t == "1" || t == "spring" || t == "Spring") s = 1;
        else if (t == "2" || t == "summer" || t == "Summer") s = 2;
        else if (t == "3" || t == "autumn" || t == "fall" || t == "Autumn" || t == "Fall") s = 3;
        else if (t == "4" || t == "winter" || t == "Winter") s = 4;
      }
      if (s >= 1 && s <= 4) d.start.season = static_cast<Season>(s);
      else if (s >= 21 && s <= 24) d.start.season = static_cast<Season>(s - 20);
    }
    if (auto it = v.find("circa"); it != v.end()) d.circa = truthy(*it);
    if (auto it = v.find("literal"); it != v.end() && it->is_string()) {
      if (!d.has_parts()) d.literal = it->get<std::string>();
    }
    if (auto it = v.find("raw"); it != v.end() && it->is_string()) {
      if (!d.has_parts()) {
        Date parsed = parse_date(it->get<std::string>());
        if (d.circa) parsed.circa = true;
        d = std::move(parsed);
      } else {
        d.literal = it->get<std::string>();
      }
    }
    return d;
  }

  void read_custom(const json& c, Reference& r) {
    using namespace detail;
    if (!c.is_object()) {
      field_problem("custom");
      return;
    }
    for (const auto& [k, v] : c.items()) {
      if (auto var = parse_variable(k); var && variable_outside_schema(*var)) {
        if (kind_of(*var) == VariableKind::name && v.is_array()) {
          std::vector<Name> names;
          for (const json& n : v) if (auto nm = read_name(n, k)) names.push_back(std::move(*nm));
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
        if (v.is_number_integer()) r.backlinks = v.get<int>();
      } else if (k == custom_key::et_al) r.et_al = truthy(v);
      else if (k == custom_key::no_citation) r.no_citation = truthy(v);
      else if (k == custom_key::cs1_messages && v.is_array()) {
        for (const json& m : v) r.cs1_messages.push_back(scalar_text(m));
      } else if (k == custom_key::short_cites && v.is_array()) {
        for (const json& s : v) {
          if (!s.is_object()) continue;
          ShortCite sc;
          sc.names = scalar_text(s.value("names", json("")));
          sc.year = scalar_text(s.value("year", json("")));
          sc.page = scalar_text(s.value("page", json("")));
          sc.locator = scalar_text(s.value("locator", json("")));
          sc.prefix = scalar_text(s.value("prefix", json("")));
          r.short_cites.push_back(std::move(sc));
        }
      } else if (auto id = parse_identifier(k)) {
        r.set_identifier(*id, scalar_text(v));
      } else {
        r.extra.emplace_back(k, v.dump());
      }
    }
  }

  Reference read_item(const json& item, std::size_t index) {
    Reference r;
    r.source_name = std::string(src.name());
    r.span = span;
    r.position = cursor ? cursor->at(span.begin) : src.position(span.begin);
    if (auto it = item.find("id"); it != item.end()) r.id = scalar_text(*it);
    if (r.id.empty()) r.id = "item-" + std::to_string(index + 1);
    item_id = r.id;
    for (const auto& [key, v] : item.items()) {
      if (key == "id") continue;
      if (key == "type") {
        if (auto t = v.is_string() ? parse_item_type(v.get<std::string>()) : std::nullopt) r.type = *t;
        else {
          field_problem(key);
          r.extra.emplace_back("type", v.dump());
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
        r.extra.emplace_back(key, v.dump());
        continue;
      }
      switch (kind_of(*var)) {
        case VariableKind::name: {
          if (!v.is_array()) {
            field_problem(key);
            if (v.is_string()) r.add_name(*var, literal_name(v.get<std::string>()));
            break;
          }
          std::vector<Name> names;
          for (const json& n : v)
            if (auto nm = read_name(n, key)) names.push_back(std::move(*nm));
          r.set_names(*var, std::move(names));
          break;
        }
        case VariableKind::date:
          if (auto d = read_date(v, key)) r.set_date(*var, std::move(*d));
          break;
        case VariableKind::text:
        case VariableKind::number:
          if (v.is_string() || v.is_number()) r.set(*var, scalar_text(v));
          else if (v.is_array() && *var == Variable::ISBN) {
            std::string joined;
            for (const json& x : v) joined += (joined.empty() ? "" : " ") + scalar_text(x);
            r.set(*var, joined);
          } else if (!v.is_null()) {
            field_problem(key);
            r.extra.emplace_back(key, v.dump());
          }
          break;
      }
    }
    return r;
  }
};

}  // namespace

std::vector<Reference> read_csl_json(const SourceText& source, Diagnostics& diagnostics) {
  std::vector<Reference> out;
  json doc;
  try {
    doc = json::parse(source.text());
  } catch (const json::parse_error& e) {
    // At the end of the input (an unterminated array) the error byte is one past the text.
    const std::size_t at = std::min<std::size_t>(e.byte > 0 ? e.byte - 1 : 0, source.size());
    std::string what = e.what();
    // nlohmann prefixes its own position; keep the reason only.
    if (auto p = what.find(": "); p != std::string::npos) what = what.substr(p + 2);
    if (auto p = what.find("syntax error while parsing value - "); p != std::string::npos)
      what = what.substr(p + 35);
    diagnostics.report(DiagCode::json_syntax, &source, {at, std::min(at + 1, source.size())}, {what});
    return out;
  }
  if (doc.is_object()) doc = json::array({std::move(doc)});
  if (!doc.is_array()) {
    diagnostics.report(DiagCode::json_not_items, &source, {0, source.size()}, {doc.type_name()});
    return out;
  }
  const std::vector<std::size_t> offsets = top_level_item_offsets(source.text());
  PositionCursor cursor(source);
  out.reserve(doc.size());
  for (std::size_t i = 0; i < doc.size(); ++i) {
    const std::size_t begin = i < offsets.size() ? offsets[i] : 0;
    const std::size_t end = i + 1 < offsets.size() ? offsets[i + 1] : source.size();
    ItemReader reader{source, diagnostics, {begin, end}, {}, &cursor};
    if (!doc[i].is_object()) {
      diagnostics.report(DiagCode::json_not_items, &source, {begin, end}, {doc[i].type_name()});
      continue;
    }
    out.push_back(reader.read_item(doc[i], i));
  }
  return out;
}

}  // namespace citelib
