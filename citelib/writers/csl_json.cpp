#include <citelib/writers/csl_json.hpp>

#include "writers/csl_json_items.hpp"
#include "writers/csl_json_keys.hpp"
#include "writers/csl_json_values.hpp"

#include <nlohmann/json.hpp>

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

namespace detail {

void append_csl_json_items(std::span<const Reference> refs, const CslJsonOptions& options, bool first,
                           std::string& out) {
  // Each item is dumped by the JSON library and indented one level, so that no
  // document-sized JSON tree is built; the text is the same as dumping the whole array.
  const bool pretty = options.indent >= 0;
  const std::string pad(pretty ? static_cast<std::size_t>(options.indent) : 0, ' ');
  for (const Reference& r : refs) {
    // Invalid UTF-8 cannot reach here through the readers, but a library caller can set any
    // bytes; replace rather than throw so output is always produced.
    const std::string item =
        reference_to_json(r, options).dump(options.indent, ' ', false, ordered_json::error_handler_t::replace);
    if (first) out += pretty ? "[\n" : "[";
    else out += pretty ? ",\n" : ",";
    first = false;
    if (!pretty) {
      out += item;
      continue;
    }
    out += pad;
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
