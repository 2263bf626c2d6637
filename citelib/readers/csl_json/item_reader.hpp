#pragma once
// One CSL-JSON item -> Reference, over either JSON view of json_ops.hpp. Field problems are
// reported per item (json-field-invalid, naming the item); unknown fields are kept in
// Reference::extra as JSON text; Zotero's legacy names are read as their CSL variables.

#include "readers/csl_json/json_ops.hpp"
#include "writers/csl_json_keys.hpp"

#include <citelib/diagnostic.hpp>
#include <citelib/model/reference.hpp>
#include <citelib/source.hpp>

#include <cmath>
#include <limits>
#include <optional>
#include <string>

namespace citelib::csl_json {

template <class J>
struct ItemReader {
  using V = typename J::Value;

  const SourceText& src;
  Diagnostics& diags;
  SourceSpan span;
  std::string item_id;

  void field_problem(std::string_view key) {
    diags.report(DiagCode::json_field_invalid, &src, span, {key, item_id}, item_id);
  }

  static std::string scalar_text(V v) {
    if (J::is_string(v)) return std::string(J::string(v));
    // Unsigned first: a JSON library counts an integer above INT64_MAX as an integer too.
    if (J::is_number_unsigned(v)) return std::to_string(J::unsigned_integer(v));
    if (J::is_number_integer(v)) return std::to_string(J::integer(v));
    if (J::is_number_float(v)) return J::dump(v);
    if (J::is_boolean(v)) return J::boolean(v) ? "true" : "false";
    return {};
  }

  static bool truthy(V v) {
    if (J::is_boolean(v)) return J::boolean(v);
    if (J::is_number(v)) return J::number(v) != 0;
    if (J::is_string(v)) {
      const std::string_view s = J::string(v);
      return !s.empty() && s != "0" && s != "false";
    }
    return false;
  }

  /// The text of member `key` of object `o`, or "" (nlohmann's value(key, "")).
  static std::string member_text(V o, std::string_view key) {
    V x{};
    return J::find(o, key, x) ? scalar_text(x) : std::string();
  }

  // Appends the name `v` to `names` (built in place: a Name is seven strings); a value that
  // is no name is reported and skipped.
  void read_name(V v, std::string_view key, std::vector<Name>& names) {
    if (J::is_string(v)) {
      names.push_back(literal_name(std::string(J::string(v))));
      return;
    }
    if (J::is_null(v)) {
      diags.report(DiagCode::json_name_empty, &src, span, {key, item_id}, item_id);
      return;
    }
    if (!J::is_object(v)) {
      // A number or another shape where a name goes: reported, and kept as the name's text.
      field_problem(key);
      names.push_back(literal_name(scalar_text(v)));
      return;
    }
    Name& n = names.emplace_back();
    bool parse_names = true;
    J::for_each_member(v, [&](std::string_view k, V val) {
      if (key_is(k, "parse-names")) {
        parse_names = truthy(val);
        return;
      }
      if (key_is(k, "comma-suffix")) { n.comma_suffix = truthy(val); return; }
      if (key_is(k, "static-ordering")) { n.static_ordering = truthy(val); return; }
      std::string* part = key_is(k, "family")                  ? &n.family
                          : key_is(k, "given")                 ? &n.given
                          : key_is(k, "literal")               ? &n.literal
                          : key_is(k, "dropping-particle")     ? &n.dropping_particle
                          : key_is(k, "non-dropping-particle") ? &n.non_dropping_particle
                          : key_is(k, "suffix")                ? &n.suffix
                                                               : nullptr;
      if (!part) field_problem(std::string(key) + "." + std::string(k));
      else if (J::is_string(val)) part->assign(J::string(val));  // no temporary for the common case
      else *part = scalar_text(val);
    });
    if (n.family.empty() && n.given.empty() && n.literal.empty() && n.dropping_particle.empty() &&
        n.non_dropping_particle.empty() && n.suffix.empty()) {
      // {} or {"family": null}: no one to name; a writer would print an empty name.
      names.pop_back();
      diags.report(DiagCode::json_name_empty, &src, span, {key, item_id}, item_id);
      return;
    }
    // CSL-JSON processors split particles out of family names unless told not to (only a
    // family name starting in lowercase has one).
    if (!parse_names) n.keep_whole = true;
    else if (!n.is_literal() && !n.family.empty() && n.family[0] >= 'a' && n.family[0] <= 'z')
      n = split_particles(std::move(n));
  }

  static bool read_point(V arr, DatePoint& p) {
    if (!J::is_array(arr)) return false;
    V x[3];
    const std::size_t size = J::take(arr, x, 3);  // one pass over the parts
    if (size == 0) return false;
    int parts[3] = {0, 0, 0};
    for (std::size_t i = 0; i < size; ++i) {
      if (J::small_int(x[i], parts[i])) continue;  // the common case, without a double
      if (J::is_number(x[i])) {
        // 2001.5 or a year past what a date holds is no date part: not rounded or clamped.
        const double n = J::number(x[i]);
        if (n != std::floor(n) || n < std::numeric_limits<int>::min() || n > std::numeric_limits<int>::max())
          return false;
        parts[i] = static_cast<int>(n);
      }
      else if (J::is_string(x[i])) {
        const std::string s(J::string(x[i]));
        if (s.empty()) break;
        try { parts[i] = std::stoi(s); } catch (...) { return false; }
      } else return false;
    }
    // (The first part is a number or a string here: anything else returned above.)
    p.year = parts[0];
    p.has_year = !(J::is_string(x[0]) && J::string(x[0]).empty());
    if (parts[1] >= 13 && parts[1] <= 16) p.season = static_cast<Season>(parts[1] - 12);
    else if (parts[1] >= 21 && parts[1] <= 24) p.season = static_cast<Season>(parts[1] - 20);
    else if (parts[1] >= 1 && parts[1] <= 12) p.month = static_cast<std::uint8_t>(parts[1]);
    if (p.month && parts[2] >= 1 && parts[2] <= 31) p.day = static_cast<std::uint8_t>(parts[2]);
    return true;
  }

  /// The date `v` holds; nullopt (reported) when it is of a shape no date has or its
  /// date-parts cannot be read, for the caller to keep as it came.
  std::optional<Date> read_date(V v, std::string_view key) {
    if (J::is_string(v)) return parse_date(J::string(v));
    if (!J::is_object(v)) {
      field_problem(key);
      return std::nullopt;
    }
    // The members a date has, found in one pass (the last of a repeated key, as find() gives).
    V parts{}, season{}, circa{}, literal{}, raw{};
    bool has_parts = false, has_season = false, has_circa = false, has_literal = false, has_raw = false;
    J::for_each_pair(v, [&](std::string_view k, V x) {
      if (key_is(k, "date-parts")) parts = x, has_parts = true;
      else if (key_is(k, "season")) season = x, has_season = true;
      else if (key_is(k, "circa")) circa = x, has_circa = true;
      else if (key_is(k, "literal")) literal = x, has_literal = true;
      else if (key_is(k, "raw")) raw = x, has_raw = true;
    });
    Date d;
    V x{};
    if (has_parts) {
      x = parts;
      if (!J::is_array(x)) {
        field_problem(key);
        return std::nullopt;
      }
      V points[2];
      const std::size_t n = J::take(x, points, 2);  // start and end in one pass
      if (n >= 1 && !read_point(points[0], d.start)) {
        field_problem(key);
        return std::nullopt;
      }
      if (n >= 2) {
        // An empty end ([] or [""]) leaves the range open; one that cannot be read is kept.
        const V end = points[1];
        DatePoint e;
        if (read_point(end, e)) {
          if (e.has_year) d.end = e;
        } else if (!J::is_array(end) || J::size(end) != 0) {
          field_problem(key);
          return std::nullopt;
        }
      }
      if (d.start.has_year && d.start.year == 0 && !d.end) d.start.has_year = false;
    }
    if (has_season && d.start.season == Season::none) {
      x = season;
      int s = 0;
      if (J::is_number(x)) s = J::to_int(x);
      else if (J::is_string(x)) {
        const std::string_view t = J::string(x);
        if (t == "1" || t == "spring" || t == "Spring") s = 1;
        else if (t == "2" || t == "summer" || t == "Summer") s = 2;
        else if (t == "3" || t == "autumn" || t == "fall" || t == "Autumn" || t == "Fall") s = 3;
        else if (t == "4" || t == "winter" || t == "Winter") s = 4;
      }
      if (s >= 1 && s <= 4) d.start.season = static_cast<Season>(s);
      else if (s >= 21 && s <= 24) d.start.season = static_cast<Season>(s - 20);
    }
    if (has_circa) d.circa = truthy(circa);
    if (has_literal && J::is_string(literal)) {
      if (!d.has_parts()) d.literal = std::string(J::string(literal));
    }
    if (has_raw && J::is_string(raw)) {
      x = raw;
      if (!d.has_parts()) {
        // Printed forms first ("March 3, 2020", "2010-2012"), then the ISO 8601-2/EDTF forms
        // data writes ("2010/2012", "1500~", "2015-03-07T10:00:00Z").
        Date parsed = parse_date(J::string(x));
        if (parsed.is_literal())
          if (std::optional<Date> iso = parse_edtf_date(J::string(x))) parsed = std::move(*iso);
        if (d.circa) parsed.circa = true;
        d = std::move(parsed);
      } else {
        d.literal = std::string(J::string(x));
      }
    }
    return d;
  }

  void read_names(Reference& r, Variable var, V v, std::string_view key) {
    r.fill_names(var, [&](std::vector<Name>& names) {
      names.reserve(J::size(v));
      J::for_each_element(v, [&](V n) { read_name(n, key, names); });
    });
  }

  void read_custom(V c, Reference& r) {
    using namespace citelib::detail;
    if (!J::is_object(c)) {
      field_problem("custom");
      return;
    }
    J::for_each_member(c, [&](std::string_view k, V v) { read_custom_member(r, k, v); });
  }

  // Empties what the custom key `k` fills (read_custom_member()).
  static void forget_custom(Reference& r, std::string_view k) {
    using namespace citelib::detail;
    if (auto var = parse_variable(k); var && variable_outside_schema(*var)) {
      if (kind_of(*var) == VariableKind::name) r.set_names(*var, {});
      else r.erase(*var);
    } else if (k == custom_key::archive_date) r.archive_date.reset();
    else if (k == custom_key::archive_url) r.archive_url.clear();
    else if (k == custom_key::title_translated) r.title_translated.clear();
    else if (k == custom_key::via) r.via.clear();
    else if (k == custom_key::comment) r.comment.clear();
    else if (k == custom_key::locator) r.locator_text.clear();
    else if (k == custom_key::list) r.list_name.clear();
    else if (k == custom_key::raw) r.raw.clear();
    else if (k == custom_key::backlinks) r.backlinks.reset();
    else if (k == custom_key::cs1_messages) r.cs1_messages.clear();
    else if (k == custom_key::short_cites) r.short_cites.clear();
    else if (auto id = parse_identifier(k)) r.set_identifier(*id, {});
  }

  // What a key of `custom` (or a top-level key CSL does not define) names, found once per
  // member instead of by a chain of comparisons at each step.
  enum class Custom : unsigned char {
    variable,  // a CSL variable outside the schema
    archive_date, archive_url, title_translated, via, comment, locator, list, raw, backlinks, et_al,
    no_citation, cs1_messages, short_cites,
    identifier,
    other,
  };
  struct CustomKey {
    Custom kind = Custom::other;
    Variable var{};
    Identifier id{};
  };

  static CustomKey classify_custom(std::string_view k) {
    using namespace citelib::detail;
    static constexpr std::pair<std::string_view, Custom> kNamed[] = {
        {custom_key::archive_date, Custom::archive_date}, {custom_key::archive_url, Custom::archive_url},
        {custom_key::title_translated, Custom::title_translated}, {custom_key::via, Custom::via},
        {custom_key::comment, Custom::comment}, {custom_key::locator, Custom::locator},
        {custom_key::list, Custom::list}, {custom_key::raw, Custom::raw},
        {custom_key::backlinks, Custom::backlinks}, {custom_key::et_al, Custom::et_al},
        {custom_key::no_citation, Custom::no_citation}, {custom_key::cs1_messages, Custom::cs1_messages},
        {custom_key::short_cites, Custom::short_cites},
    };
    for (const auto& [name, kind] : kNamed)  // (lengths first: == calls compare() out of line)
      if (k.size() == name.size() && std::memcmp(k.data(), name.data(), k.size()) == 0) return {kind, {}, {}};
    // (After the named keys, which are the common ones: none of them is a variable outside
    // the schema.)
    if (auto var = parse_variable(k); var && variable_outside_schema(*var)) return {Custom::variable, *var, {}};
    if (auto id = parse_identifier(k)) return {Custom::identifier, {}, *id};
    return {};
  }

  // The text member a key of `custom` fills, or nullptr.
  static std::string* custom_text(Reference& r, Custom kind) {
    switch (kind) {
      case Custom::archive_url: return &r.archive_url;
      case Custom::title_translated: return &r.title_translated;
      case Custom::via: return &r.via;
      case Custom::comment: return &r.comment;
      case Custom::locator: return &r.locator_text;
      case Custom::list: return &r.list_name;
      case Custom::raw: return &r.raw;
      default: return nullptr;
    }
  }

  // One member of `custom` (or a top-level key CSL does not define, which is read the same
  // way: {"OCLC": …} at the top is the identifier, and writing it back under `custom` next to
  // the same key read from there would repeat the key).
  void read_custom_member(Reference& r, std::string_view k, V v) {
    const CustomKey key = classify_custom(k);
    // A value of a shape the key does not take (an object for "locator", a string for
    // "backlinks") is kept as it came, under its key, not read as empty and lost. A key that
    // comes twice keeps one value, the later, as a JSON library reads an object: a kept value
    // replaces what an earlier member gave, and a value read replaces an earlier kept one.
    auto keep = [&] {
      forget_custom(r, k);
      r.extra.emplace_back(std::string(k), J::dump(v));
    };
    if (!r.extra.empty()) std::erase_if(r.extra, [&](const auto& e) { return e.first == k; });
    const bool structured = J::is_object(v) || J::is_array(v);
    switch (key.kind) {
      case Custom::archive_date:
        if (!J::is_object(v) && !J::is_string(v)) return keep();
        break;
      case Custom::short_cites:
      case Custom::cs1_messages:
        if (!J::is_array(v)) return keep();
        break;
      case Custom::backlinks:
        if (!J::is_number_integer(v)) return keep();
        break;
      case Custom::archive_url: case Custom::title_translated: case Custom::via: case Custom::comment:
      case Custom::locator: case Custom::list: case Custom::raw: case Custom::identifier:
        // Text takes a string or a number. A boolean is kept as it came, as the top-level
        // reader keeps {"locator": false}: read as "false" here, it would not write back
        // as it was read.
        if (structured || J::is_boolean(v)) return keep();
        break;
      case Custom::variable:
        // {"part-number": [{…}, 3]}, {"part-number": true}, {"editor-translator": "X"}: a
        // variable CSL 1.0.2 lacks, in a shape it cannot take, is kept as it came (the
        // top-level reader keeps it so, and writes it back here).
        if (kind_of(key.var) == VariableKind::name ? !J::is_array(v) : structured || J::is_boolean(v)) return keep();
        break;
      default: break;
    }
    if (std::string* text = custom_text(r, key.kind)) {
      if (J::is_string(v)) text->assign(J::string(v));  // no temporary for the common case
      else *text = scalar_text(v);
      return;
    }
    switch (key.kind) {
      case Custom::variable:
        if (kind_of(key.var) == VariableKind::name) read_names(r, key.var, v, k);
        else r.set(key.var, scalar_text(v));
        break;
      case Custom::archive_date:
        if (auto d = read_date(v, k)) r.archive_date = std::move(*d);
        break;
      case Custom::backlinks: r.backlinks = J::to_int(v); break;
      case Custom::et_al: r.et_al = truthy(v); break;
      case Custom::no_citation: r.no_citation = truthy(v); break;
      case Custom::cs1_messages:
        J::for_each_element(v, [&](V m) { r.cs1_messages.push_back(scalar_text(m)); });
        break;
      case Custom::short_cites:
        J::for_each_element(v, [&](V s) {
          if (!J::is_object(s)) return;
          ShortCite sc;
          sc.names = member_text(s, "names");
          sc.year = member_text(s, "year");
          sc.title = member_text(s, "title");
          sc.page = member_text(s, "page");
          sc.locator = member_text(s, "locator");
          sc.prefix = member_text(s, "prefix");
          r.short_cites.push_back(std::move(sc));
        });
        break;
      case Custom::identifier: r.set_identifier(key.id, scalar_text(v)); break;
      default: r.extra.emplace_back(std::string(k), J::dump(v));
    }
  }

  /// Reads item `index` (0-based in the array) spanning `span` of the source.
  Reference read_item(V item, std::size_t index) {
    Reference r;
    read_item(item, index, r);
    return r;
  }

  /// The same into `r`, a default-constructed Reference (a slot of the output vector).
  void read_item(V item, std::size_t index, Reference& r) {
    r.source_name.assign(src.name());
    r.span = span;
    r.position = src.position(span.begin);
    // The id names the item in every diagnostic, so it is read before the other fields: as
    // the first member when it is one (as it mostly is: no search of the item for it), else
    // found first.
    if (J::first_key_is(item, "id")) {
      J::for_each_member(item, [&](std::string_view key, V v) {
        if (key_is(key, "id")) read_id(r, &v, index);  // the first member, with its last value
        else read_field(r, key, v);
      });
      return;
    }
    V idv{};
    read_id(r, J::find(item, "id", idv) ? &idv : nullptr, index);
    J::for_each_member(item, [&](std::string_view key, V v) { read_field(r, key, v); });
  }

  void read_id(Reference& r, const V* idv, std::size_t index) {
    if (idv && J::is_string(*idv)) r.id.assign(J::string(*idv));  // no temporary for the common case
    else if (idv) r.id = scalar_text(*idv);
    if (r.id.empty()) r.id = "item-" + std::to_string(index + 1);
    item_id.assign(r.id);
  }

  void read_field(Reference& r, std::string_view key, V v) {
    if (key_is(key, "id")) return;
    if (key_is(key, "type")) {
      if (auto t = J::is_string(v) ? parse_item_type(J::string(v)) : std::nullopt) r.type = *t;
      else {
        field_problem(key);
        r.extra.emplace_back("type", J::dump(v));
      }
      return;
    }
    if (key_is(key, "custom")) {
      read_custom(v, r);
      return;
    }
    std::optional<Variable> var = parse_variable(key);
    // Names used by Zotero and older CSL-JSON for variables CSL 1.0.2 renamed.
    if (!var) {
      if (key_is(key, "shortTitle")) var = Variable::title_short;
      else if (key_is(key, "journalAbbreviation")) var = Variable::container_title_short;
      else if (key_is(key, "part")) var = Variable::part_number;
      else if (key_is(key, "printing")) var = Variable::printing_number;
      else if (key_is(key, "supplement")) var = Variable::supplement_number;
    }
    if (!var) {
      read_custom_member(r, key, v);
      return;
    }
    switch (kind_of(*var)) {
      case VariableKind::name:
        if (!J::is_array(v)) {
          field_problem(key);
          if (J::is_string(v)) r.add_name(*var, literal_name(std::string(J::string(v))));
          break;
        }
        read_names(r, *var, v, key);
        break;
      case VariableKind::date:
        if (auto d = read_date(v, key)) r.set_date(*var, std::move(*d));
        else if (!J::is_null(v)) r.extra.emplace_back(std::string(key), J::dump(v));
        break;
      case VariableKind::text:
      case VariableKind::number:
        if (J::is_string(v)) r.assign(*var, J::string(v));  // into memory a cleared reference kept
        else if (J::is_number(v)) r.set(*var, scalar_text(v));
        else if (J::is_array(v) && *var == Variable::ISBN) {
          std::string joined;
          J::for_each_element(v, [&](V x) { joined += (joined.empty() ? "" : " ") + scalar_text(x); });
          r.set(*var, joined);
        } else if (!J::is_null(v)) {
          field_problem(key);
          r.extra.emplace_back(std::string(key), J::dump(v));
        }
        break;
    }
  }
};

}  // namespace citelib::csl_json
