#pragma once
// JSON forms of names, dates and short notes, shared by the CSL-JSON writer and the .bib
// writer (its `% citelib:` lines), written through either JSON writer of json_writer.hpp.

#include <citelib/model/date.hpp>
#include <citelib/model/name.hpp>
#include <citelib/model/reference.hpp>

#include <span>
#include <string>
#include <string_view>

namespace citelib::detail {

template <class W>
void write_name(W& w, const Name& n) {
  w.begin_object();
  if (n.is_literal()) {
    w.plain_member("literal", n.literal);
    w.end_object();
    return;
  }
  auto text = [&](std::string_view k, const std::string& v) {
    if (!v.empty()) w.plain_member(k, v);
  };
  text("family", n.family);
  text("given", n.given);
  text("dropping-particle", n.dropping_particle);
  text("non-dropping-particle", n.non_dropping_particle);
  text("suffix", n.suffix);
  if (n.comma_suffix) {
    w.plain_key("comma-suffix");
    w.value(true);
  }
  if (n.static_ordering) {
    w.plain_key("static-ordering");
    w.value(true);
  }
  // Only a name that came marked whole says so again: a family name the reference-list
  // reader took as printed ("van Gurp") is written plainly, as CSL-JSON gold files and other
  // processors write it (read back, its particle is split off as citeproc-js does).
  if (n.keep_whole && n.non_dropping_particle.empty() && !n.family.empty() && split_particles(n).family != n.family) {
    w.plain_key("parse-names");
    w.value(false);
  }
  w.end_object();
}

template <class W>
void write_names(W& w, std::span<const Name> names) {
  w.begin_array();
  for (const Name& n : names) write_name(w, n);
  w.end_array();
}

/// The same as the member `key` of an object.
template <class W>
void write_names(W& w, std::string_view key, std::span<const Name> names) {
  w.begin_array(key);
  for (const Name& n : names) write_name(w, n);
  w.end_array();
}

template <class W>
void write_date_point(W& w, const DatePoint& p) {
  const long long parts[3] = {p.year, p.month, p.day};
  w.int_array(parts, !p.month ? 1 : !p.day ? 2 : 3);
}

// The members of a date's object.
template <class W>
void write_date_members(W& w, const Date& d) {
  if (d.has_parts()) {
    w.begin_array("date-parts");
    write_date_point(w, d.start);
    if (d.end) write_date_point(w, *d.end);
    w.end_array();
    if (d.start.season != Season::none) {
      w.plain_key("season");
      w.value(static_cast<long long>(d.start.season));
    }
    if (d.circa) {
      w.plain_key("circa");
      w.value(true);
    }
  }
  if (!d.literal.empty()) {
    // A literal next to parts is the original text; alone it is the whole value.
    w.plain_member(d.has_parts() ? "raw" : "literal", d.literal);
  } else if (d.undated && !d.has_parts()) {
    w.plain_member("literal", "n.d.");
  }
}

template <class W>
void write_date(W& w, const Date& d) {
  w.begin_object();
  write_date_members(w, d);
  w.end_object();
}

/// The same as the member `key` of an object.
template <class W>
void write_date(W& w, std::string_view key, const Date& d) {
  w.begin_object(key);
  write_date_members(w, d);
  w.end_object();
}

template <class W>
void write_short_cites(W& w, std::span<const ShortCite> cites) {
  w.begin_array();
  for (const ShortCite& sc : cites) {
    w.begin_object();
    if (!sc.prefix.empty()) {
      w.plain_key("prefix");
      w.value(sc.prefix);
    }
    w.plain_key("names");
    w.value(sc.names);
    w.plain_key("year");
    w.value(sc.year);
    if (!sc.title.empty()) {
      w.plain_key("title");
      w.value(sc.title);
    }
    if (!sc.page.empty()) {
      w.plain_key("page");
      w.value(sc.page);
    }
    if (!sc.locator.empty()) {
      w.plain_key("locator");
      w.value(sc.locator);
    }
    w.end_object();
  }
  w.end_array();
}

template <class W>
void write_strings(W& w, std::span<const std::string> strings) {
  w.begin_array();
  for (const std::string& s : strings) w.value(s);
  w.end_array();
}

/// Calls member(key, write) for each member, in order, then checks them: true when no key
/// repeats (the direct writer can write them; otherwise the tree must, which overwrites a
/// repeated key in place).
template <class Members>
bool keys_unique(Members&& members, std::vector<std::string_view>& scratch) {
  scratch.clear();
  members([&](std::string_view key, auto&&) { scratch.push_back(key); });
  for (std::size_t i = 1; i < scratch.size(); ++i)
    for (std::size_t j = 0; j < i; ++j)
      if (scratch[i] == scratch[j]) return false;
  return true;
}

}  // namespace citelib::detail
