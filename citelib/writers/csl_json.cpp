#include <citelib/writers/csl_json.hpp>

#include "writers/csl_json_items.hpp"
#include "writers/csl_json_keys.hpp"
#include "writers/csl_json_values.hpp"
#include "writers/json_writer.hpp"

#include <nlohmann/json.hpp>
#include <simdjson.h>

namespace citelib {

using nlohmann::ordered_json;

namespace detail {

ordered_json name_to_json(const Name& n) {
  ordered_json j = ordered_json::object();
  if (n.is_literal()) {
    j["literal"] = n.literal;
    return j;
  }
  if (!n.family.empty()) j["family"] = n.family;
  if (!n.given.empty()) j["given"] = n.given;
  if (!n.dropping_particle.empty()) j["dropping-particle"] = n.dropping_particle;
  if (!n.non_dropping_particle.empty()) j["non-dropping-particle"] = n.non_dropping_particle;
  if (!n.suffix.empty()) j["suffix"] = n.suffix;
  if (n.comma_suffix) j["comma-suffix"] = true;
  if (n.static_ordering) j["static-ordering"] = true;
  return j;
}

namespace {
ordered_json point_to_json(const DatePoint& p) {
  ordered_json a = ordered_json::array();
  a.push_back(p.year);
  if (p.month) a.push_back(p.month);
  if (p.month && p.day) a.push_back(p.day);
  return a;
}
}  // namespace

ordered_json date_to_json(const Date& d) {
  ordered_json j = ordered_json::object();
  if (d.has_parts()) {
    ordered_json parts = ordered_json::array();
    parts.push_back(point_to_json(d.start));
    if (d.end) parts.push_back(point_to_json(*d.end));
    j["date-parts"] = std::move(parts);
    if (d.start.season != Season::none) j["season"] = static_cast<int>(d.start.season);
    if (d.circa) j["circa"] = true;
  }
  if (!d.literal.empty()) {
    // A literal next to parts is the original text; alone it is the whole value.
    j[d.has_parts() ? "raw" : "literal"] = d.literal;
  } else if (d.undated && !d.has_parts()) {
    j["literal"] = "n.d.";
  }
  return j;
}

ordered_json short_cites_to_json(std::span<const ShortCite> cites) {
  ordered_json arr = ordered_json::array();
  for (const ShortCite& s : cites) {
    ordered_json o = ordered_json::object();
    if (!s.prefix.empty()) o["prefix"] = s.prefix;
    o["names"] = s.names;
    o["year"] = s.year;
    if (!s.page.empty()) o["page"] = s.page;
    if (!s.locator.empty()) o["locator"] = s.locator;
    arr.push_back(std::move(o));
  }
  return arr;
}

}  // namespace detail

namespace {

std::vector<std::string_view>& thread_local_keys() {
  thread_local std::vector<std::string_view> keys;
  return keys;
}

ordered_json reference_to_json(const Reference& r, const CslJsonOptions& opt) {
  using namespace detail;
  ordered_json item = ordered_json::object();
  ordered_json custom = ordered_json::object();
  item["id"] = r.id;
  item["type"] = to_string(r.type);

  for (const auto& [var, names] : r.name_fields()) {
    ordered_json arr = ordered_json::array();
    for (const Name& n : names) arr.push_back(name_to_json(n));
    (variable_outside_schema(var) ? custom : item)[std::string(to_string(var))] = std::move(arr);
  }
  for (const auto& [var, date] : r.date_fields())
    item[std::string(to_string(var))] = date_to_json(date);
  for (const auto& [var, text] : r.text_fields())
    (variable_outside_schema(var) ? custom : item)[std::string(to_string(var))] = text;

  if (!r.title_translated.empty()) custom[custom_key::title_translated] = r.title_translated;
  if (r.archive_date) custom[custom_key::archive_date] = date_to_json(*r.archive_date);
  if (!r.archive_url.empty()) custom[custom_key::archive_url] = r.archive_url;
  if (!r.via.empty()) custom[custom_key::via] = r.via;
  if (!r.locator_text.empty()) custom[custom_key::locator] = r.locator_text;
  if (!r.comment.empty()) custom[custom_key::comment] = r.comment;
  if (!r.list_name.empty()) custom[custom_key::list] = r.list_name;
  for (const auto& [id, value] : r.identifiers) custom[std::string(to_string(id))] = value;
  if (r.et_al) custom[custom_key::et_al] = true;
  if (r.no_citation) custom[custom_key::no_citation] = true;
  if (!r.cs1_messages.empty()) custom[custom_key::cs1_messages] = r.cs1_messages;
  if (!r.short_cites.empty()) custom[custom_key::short_cites] = short_cites_to_json(r.short_cites);
  if (r.backlinks) custom[custom_key::backlinks] = *r.backlinks;
  for (const auto& [key, json_text] : r.extra) {
    // Fields kept from an input format: JSON text when it parses, else the plain string.
    ordered_json v = ordered_json::parse(json_text, nullptr, false);
    custom[key] = v.is_discarded() ? ordered_json(json_text) : std::move(v);
  }
  if (opt.include_raw && !r.raw.empty()) custom[custom_key::raw] = r.raw;
  if (!custom.empty()) item["custom"] = std::move(custom);
  return item;
}

}  // namespace

namespace {

// ---- the direct writer: same text as reference_to_json(...).dump(), without the tree --------

void write_name(detail::JsonWriter& w, const Name& n) {
  w.begin_object();
  if (n.is_literal()) {
    w.key("literal");
    w.value(n.literal);
    w.end_object();
    return;
  }
  auto text = [&](std::string_view k, const std::string& v) {
    if (v.empty()) return;
    w.key(k);
    w.value(v);
  };
  text("family", n.family);
  text("given", n.given);
  text("dropping-particle", n.dropping_particle);
  text("non-dropping-particle", n.non_dropping_particle);
  text("suffix", n.suffix);
  if (n.comma_suffix) {
    w.key("comma-suffix");
    w.value(true);
  }
  if (n.static_ordering) {
    w.key("static-ordering");
    w.value(true);
  }
  w.end_object();
}

void write_names(detail::JsonWriter& w, std::span<const Name> names) {
  w.begin_array();
  for (const Name& n : names) write_name(w, n);
  w.end_array();
}

void write_point(detail::JsonWriter& w, const DatePoint& p) {
  w.begin_array();
  w.value(static_cast<long long>(p.year));
  if (p.month) w.value(static_cast<long long>(p.month));
  if (p.month && p.day) w.value(static_cast<long long>(p.day));
  w.end_array();
}

void write_date(detail::JsonWriter& w, const Date& d) {
  w.begin_object();
  if (d.has_parts()) {
    w.key("date-parts");
    w.begin_array();
    write_point(w, d.start);
    if (d.end) write_point(w, *d.end);
    w.end_array();
    if (d.start.season != Season::none) {
      w.key("season");
      w.value(static_cast<long long>(d.start.season));
    }
    if (d.circa) {
      w.key("circa");
      w.value(true);
    }
  }
  if (!d.literal.empty()) {
    // A literal next to parts is the original text; alone it is the whole value.
    w.key(d.has_parts() ? "raw" : "literal");
    w.value(d.literal);
  } else if (d.undated && !d.has_parts()) {
    w.key("literal");
    w.value("n.d.");
  }
  w.end_object();
}

// The members of `custom`, in the order reference_to_json() sets them: `member(key, write)`
// where write(JsonWriter&) writes the value.
template <class Member>
void custom_members(const Reference& r, const CslJsonOptions& opt, Member&& member) {
  using namespace detail;
  for (const auto& [var, names] : r.name_fields())
    if (variable_outside_schema(var))
      member(to_string(var), [&](JsonWriter& w) { write_names(w, names); });
  for (const auto& [var, text] : r.text_fields())
    if (variable_outside_schema(var)) member(to_string(var), [&](JsonWriter& w) { w.value(text); });
  auto text = [&](std::string_view key, const std::string& v) {
    if (!v.empty()) member(key, [&](JsonWriter& w) { w.value(v); });
  };
  text(custom_key::title_translated, r.title_translated);
  if (r.archive_date) member(custom_key::archive_date, [&](JsonWriter& w) { write_date(w, *r.archive_date); });
  text(custom_key::archive_url, r.archive_url);
  text(custom_key::via, r.via);
  text(custom_key::locator, r.locator_text);
  text(custom_key::comment, r.comment);
  text(custom_key::list, r.list_name);
  for (const auto& [id, value] : r.identifiers) member(to_string(id), [&](JsonWriter& w) { w.value(value); });
  if (r.et_al) member(custom_key::et_al, [&](JsonWriter& w) { w.value(true); });
  if (r.no_citation) member(custom_key::no_citation, [&](JsonWriter& w) { w.value(true); });
  if (!r.cs1_messages.empty())
    member(custom_key::cs1_messages, [&](JsonWriter& w) {
      w.begin_array();
      for (const std::string& m : r.cs1_messages) w.value(m);
      w.end_array();
    });
  if (!r.short_cites.empty())
    member(custom_key::short_cites, [&](JsonWriter& w) {
      w.begin_array();
      for (const ShortCite& sc : r.short_cites) {
        w.begin_object();
        if (!sc.prefix.empty()) {
          w.key("prefix");
          w.value(sc.prefix);
        }
        w.key("names");
        w.value(sc.names);
        w.key("year");
        w.value(sc.year);
        if (!sc.page.empty()) {
          w.key("page");
          w.value(sc.page);
        }
        if (!sc.locator.empty()) {
          w.key("locator");
          w.value(sc.locator);
        }
        w.end_object();
      }
      w.end_array();
    });
  if (r.backlinks) member(custom_key::backlinks, [&](JsonWriter& w) { w.value(static_cast<long long>(*r.backlinks)); });
  // Fields kept from an input format: JSON text (re-laid out), or a plain string.
  for (const auto& [key, json_text] : r.extra) member(key, [&](JsonWriter& w) { w.raw(json_text); });
  if (opt.include_raw && !r.raw.empty()) text(custom_key::raw, r.raw);
}

// Writes the item; false (having written nothing) when a key of `custom` repeats, which only
// the tree's overwrite-in-place handles (a .bib field named like a citelib key).
bool write_item(const Reference& r, const CslJsonOptions& opt, std::string& out) {
  using namespace detail;
  std::vector<std::string_view>& keys = thread_local_keys();
  keys.clear();
  custom_members(r, opt, [&](std::string_view key, auto&&) { keys.push_back(key); });
  for (std::size_t i = 1; i < keys.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (keys[i] == keys[j]) return false;

  const bool pretty = opt.indent >= 0;
  JsonWriter w(out, opt.indent, pretty ? 1 : 0);
  w.begin_object();
  w.key("id");
  w.value(r.id);
  w.key("type");
  w.value(to_string(r.type));
  for (const auto& [var, names] : r.name_fields()) {
    if (variable_outside_schema(var)) continue;
    w.key(to_string(var));
    write_names(w, names);
  }
  for (const auto& [var, date] : r.date_fields()) {
    w.key(to_string(var));
    write_date(w, date);
  }
  for (const auto& [var, text] : r.text_fields()) {
    if (variable_outside_schema(var)) continue;
    w.key(to_string(var));
    w.value(text);
  }
  if (!keys.empty()) {
    w.key("custom");
    w.begin_object();
    custom_members(r, opt, [&](std::string_view key, auto&& write) {
      w.key(key);
      write(w);
    });
    w.end_object();
  }
  w.end_object();
  return true;
}

}  // namespace

namespace detail {

void append_csl_json_items(std::span<const Reference> refs, const CslJsonOptions& options, bool first,
                           std::string& out) {
  const bool pretty = options.indent >= 0;
  const std::string pad(pretty ? static_cast<std::size_t>(options.indent) : 0, ' ');
  for (const Reference& r : refs) {
    if (first) out += pretty ? "[\n" : "[";
    else out += pretty ? ",\n" : ",";
    first = false;
    out += pad;
    const std::size_t start = out.size();
    // Text that is not UTF-8 cannot come from the readers, but a library caller can set any
    // bytes: the tree's dump replaces them (U+FFFD) rather than write invalid JSON.
    if (write_item(r, options, out) &&
        simdjson::validate_utf8(out.data() + start, out.size() - start))
      continue;
    out.resize(start);
    const std::string item =
        reference_to_json(r, options).dump(options.indent, ' ', false, ordered_json::error_handler_t::replace);
    if (!pretty) {
      out += item;
      continue;
    }
    // The item's own lines, one level in.
    for (std::size_t from = 0;;) {
      const std::size_t nl = item.find('\n', from);
      out.append(item, from, nl == std::string::npos ? std::string::npos : nl + 1 - from);
      if (nl == std::string::npos) break;
      out += pad;
      from = nl + 1;
    }
  }
}

void close_csl_json(bool any, const CslJsonOptions& options, std::string& out) {
  if (!any) out += "[]";
  else out += options.indent >= 0 ? "\n]" : "]";
}

}  // namespace detail

std::string write_csl_json(std::span<const Reference> refs, const CslJsonOptions& options) {
  std::string out;
  detail::append_csl_json_items(refs, options, true, out);
  detail::close_csl_json(!refs.empty(), options, out);
  return out;
}

}  // namespace citelib
