// CSL-JSON writer. Items are written straight into the output by JsonWriter (the layout of
// nlohmann's dump, without building a tree); an item whose `custom` object repeats a key or
// whose text is not UTF-8 is built as nlohmann's tree instead, which overwrites a repeated
// key in place and replaces invalid bytes, as the writer always did.
#include <citelib/writers/csl_json.hpp>

#include "writers/csl_json_items.hpp"
#include "writers/csl_json_keys.hpp"
#include "writers/csl_json_values.hpp"
#include "writers/json_writer.hpp"

#include <simdjson.h>

#include <vector>

namespace citelib {

namespace {

// The members of `custom`, in order: member(key, write) where write(w) writes the value.
template <class Member>
void custom_members(const Reference& r, const CslJsonOptions& opt, Member&& member) {
  using namespace detail;
  // (Loop variables, not structured bindings: clang 14 cannot capture those in lambdas.)
  for (const auto& field : r.name_fields())
    if (variable_outside_schema(field.first)) member(to_string(field.first), [&](auto& w) { write_names(w, field.second); });
  for (const auto& field : r.text_fields())
    if (variable_outside_schema(field.first)) member(to_string(field.first), [&](auto& w) { w.value(field.second); });
  auto text = [&](std::string_view key, const std::string& v) {
    if (!v.empty()) member(key, [&](auto& w) { w.value(v); });
  };
  text(custom_key::title_translated, r.title_translated);
  if (r.archive_date) member(custom_key::archive_date, [&](auto& w) { write_date(w, *r.archive_date); });
  text(custom_key::archive_url, r.archive_url);
  text(custom_key::via, r.via);
  text(custom_key::locator, r.locator_text);
  text(custom_key::comment, r.comment);
  text(custom_key::list, r.list_name);
  for (const auto& ident : r.identifiers) member(to_string(ident.first), [&](auto& w) { w.value(ident.second); });
  if (r.et_al) member(custom_key::et_al, [&](auto& w) { w.value(true); });
  if (r.no_citation) member(custom_key::no_citation, [&](auto& w) { w.value(true); });
  if (!r.cs1_messages.empty()) member(custom_key::cs1_messages, [&](auto& w) { write_strings(w, r.cs1_messages); });
  if (!r.short_cites.empty()) member(custom_key::short_cites, [&](auto& w) { write_short_cites(w, r.short_cites); });
  if (r.backlinks) member(custom_key::backlinks, [&](auto& w) { w.value(static_cast<long long>(*r.backlinks)); });
  // Fields kept from an input format: JSON text when it parses, else the plain string.
  for (const auto& kept : r.extra) member(kept.first, [&](auto& w) { w.raw(kept.second); });
  if (opt.include_raw) text(custom_key::raw, r.raw);
}

template <class W>
void write_item(W& w, const Reference& r, const CslJsonOptions& opt, bool has_custom) {
  using namespace detail;
  w.begin_object();
  w.plain_member("id", r.id);
  w.plain_member("type", to_string(r.type));
  for (const auto& [var, names] : r.name_fields()) {
    if (variable_outside_schema(var)) continue;
    write_names(w, to_string(var), names);
  }
  for (const auto& [var, date] : r.date_fields()) {
    write_date(w, to_string(var), date);
  }
  for (const auto& [var, text] : r.text_fields()) {
    if (variable_outside_schema(var)) continue;
    w.plain_member(to_string(var), text);
  }
  if (has_custom) {
    w.begin_object("custom");
    custom_members(r, opt, [&](std::string_view key, auto&& write) {
      w.key(key);
      write(w);
    });
    w.end_object();
  }
  w.end_object();
}

}  // namespace

namespace detail {

namespace {

// Appends the items; with `check_utf8`, each item is checked and one that is not UTF-8 is
// written by nlohmann's tree instead. False when an unchecked item may not be UTF-8.
void append_items(std::span<const Reference> refs, const CslJsonOptions& options, bool first, std::string& out,
                  bool check_utf8) {
  const bool pretty = options.indent >= 0;
  thread_local std::vector<std::string_view> keys;
  const std::string pad(pretty ? static_cast<std::size_t>(options.indent) : 0, ' ');
  // What goes before an item ("[" or ",", then the line break and indentation), built once:
  // one append per item.
  const std::string lead_first = (pretty ? "[\n" : "[") + pad;
  const std::string lead = (pretty ? ",\n" : ",") + pad;
  for (const Reference& r : refs) {
    out += first ? lead_first : lead;
    first = false;
    const auto members = [&](auto&& member) { custom_members(r, options, member); };
    const bool unique = keys_unique(members, keys);
    const std::size_t start = out.size();
    if (unique) {
      {
        JsonWriter w(out, options.indent, 1);
        write_item(w, r, options, !keys.empty());
      }
      // Text that is not UTF-8 cannot come from the readers, but a library caller can set
      // any bytes: the tree's dump replaces them (U+FFFD) rather than write invalid JSON.
      if (!check_utf8 || simdjson::validate_utf8(out.data() + start, out.size() - start)) continue;
      out.resize(start);
    }
    JsonTreeWriter tree;
    write_item(tree, r, options, !keys.empty());
    append_indented(out, tree.result().dump(options.indent, ' ', false, nlohmann::ordered_json::error_handler_t::replace),
                    pad);
  }
}

}  // namespace

void append_csl_json_items(std::span<const Reference> refs, const CslJsonOptions& options, bool first,
                           std::string& out) {
  const std::size_t start = out.size();
  // Pretty items run to ~400 bytes: room for them up front spares the copies of a string
  // that doubles as it grows (it still grows past this for longer items).
  out.reserve(start + refs.size() * 512);
  // The UTF-8 check once over all the items (one call, not one per item); in the rare case
  // it fails, the items are written again, each checked.
  append_items(refs, options, first, out, false);
  if (simdjson::validate_utf8(out.data() + start, out.size() - start)) return;
  out.resize(start);
  append_items(refs, options, first, out, true);
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
