#pragma once
// The placer of the elements after the title (place_elements() in elements.cpp): the state
// it carries from one element to the next and its rules, one file per kind of element.
// Library-internal.

#include "readers/list/locators.hpp"
#include "readers/list/parse_context.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace citelib::list {

/// A place as an imprint prints it ("São Paulo", "Rio de Janeiro"): capitalised words and
/// short lowercase particles, no digit (imprint.cpp).
bool place_name(std::string_view s);
/// "MA: CRC Press": a state's two or three capitals and the imprint's colon, the element CS2's
/// comma leaves after a town (imprint.cpp).
bool state_then_colon(std::string_view s);

struct Placer {
  static constexpr std::size_t npos = std::string_view::npos;

  ParseContext& c;
  Reference& r;
  bool late = false;           // past the dates, locators and identifiers: only trailing text follows
  bool expect_book = false;    // after "In Editor (ed.)": the next element is the book
  bool last_was_locator = false;
  bool prev_locator = false;   // the element before this one was a locator
  bool bare_volume = false;    // the volume is a bare number read after the container
  std::size_t plain = 0;       // plain elements placed so far
  std::size_t publisher_end = npos;  // end of the publisher element in the text
  // Index of the last segment that is a date alone, found once per reference (asking every
  // segment for the dates after it was quadratic on a long line of short elements).
  mutable std::size_t last_date_segment = npos - 1;

  bool set_if_empty(Variable v, std::string_view value) { return c.put(v, value); }

  void apply(const Locators& loc) {
    // CS1's journal series before the volume, "Proceedings of the London Mathematical
    // Society. 2. Vol. 42.": the bare number read as the volume was the series' number.
    if (bare_volume && !loc.volume.empty() && r.has(Variable::volume) && !r.has(Variable::collection_number)) {
      r.set(Variable::collection_number, std::string(r.get(Variable::volume)));
      r.set(Variable::volume, std::string(loc.volume));
    }
    bare_volume = false;
    if (set_if_empty(Variable::volume, loc.volume)) {}
    set_if_empty(Variable::issue, loc.issue);
    if (set_if_empty(Variable::page, loc.page)) c.pages = true;
    set_if_empty(Variable::section, loc.section);
    if (!loc.date.empty()) issued(loc.date);
  }

  void issued(std::string_view s) {
    const Date d = journal_date(s);
    if (d.has_parts()) c.put_date(Variable::issued, d, s);
  }

  // A rule that reads segment k together with the current one: its text is placed and the
  // loop of place_elements() skips it.
  void consume(std::vector<Segment>& segs, std::size_t k) {
    c.mark(segs[k].begin, segs[k].end);
    segs[k].begin = segs[k].end;
  }

  // Each element in turn, and where an element no rule claims lands (elements.cpp).
  void trailing(std::string_view s);
  void place_plain(std::string_view s, bool after_dash = false);
  bool last_element(std::string_view s) const;
  bool apa_dated_part() const;
  void place(std::size_t index, std::vector<Segment>& segs);
  bool plain_from(std::size_t from, std::size_t k, const std::vector<Segment>& segs) const;
  // Some segment after `index` is a date alone (anywhere later; found once per reference).
  bool date_element_after(std::size_t index, const std::vector<Segment>& segs) const;

  // Parenthesised tags on an element (element_tags.cpp).
  std::string_view strip_end_tags(std::string_view s);
  bool split_inner_label(std::string_view s);
  bool abnt_thesis(std::string_view s);
  bool bare_thesis_label(std::string_view s, std::size_t index, std::vector<Segment>& segs);

  // Publisher and place (imprint.cpp).
  static bool name_like_start(std::string_view s);
  bool particle_or_camel_start(std::string_view s) const;
  bool has_publisher_word(std::string_view s) const;
  bool standalone_title() const;
  bool has_organisation_word(std::string_view s) const;
  static bool place_then_year(std::string_view place, std::string_view year);
  bool publisher_place_year(std::string_view s);
  bool publisher_then_place(std::string_view s);
  void place_pair(std::string_view a, std::string_view b);
  bool comma_place_pair(std::string_view s, std::size_t index, std::vector<Segment>& segs);
  bool proceedings_place(std::string_view s, std::size_t index, std::vector<Segment>& segs);
  bool place_over_commas(std::string_view s, std::size_t index, std::vector<Segment>& segs);
  bool dash_imprint(std::string_view s);
  bool journal_imprint(std::string_view content);
  bool place_publisher(std::string_view s);
  bool series_then_publisher(std::string_view s);
  // The element right after `s` is a short date.
  bool date_element_next(std::string_view s) const;
  bool news_place_and_agency(std::string_view s, std::size_t index, std::vector<Segment>& segs);
  bool network_after_date(std::string_view s, std::size_t index, const std::vector<Segment>& segs);

  // Editors and authors among the elements (element_names.cpp).
  bool editors_over_elements(std::string_view rest, std::size_t seg_index, std::vector<Segment>& segs);
  bool editor_in(std::string_view s, std::size_t seg_index, std::vector<Segment>& segs);
  bool in_container(std::string_view rest, std::size_t seg_index, std::vector<Segment>& segs);
  bool roleless_editors(std::string_view rest, std::size_t seg_index, const std::vector<Segment>& segs);
  bool author_before_last_date(std::string_view s, std::size_t index, const std::vector<Segment>& segs);

  // Containers over several elements or with a colon (containers.cpp).
  bool container_run(std::size_t index, std::vector<Segment>& segs);
  bool pubmed_journal_name(std::size_t index, std::vector<Segment>& segs);
  bool container_with_colon(std::string_view s, std::size_t index, const std::vector<Segment>& segs);
  bool classical_after_title(std::string_view s, std::size_t index, const std::vector<Segment>& segs);
  bool books_of_work(std::string_view s, std::size_t index, const std::vector<Segment>& segs);

  // Series and volumes (series_volume.cpp).
  bool volume_with_title(std::string_view s, std::size_t index, std::vector<Segment>& segs);
  bool extend_title_to(std::size_t end);
  bool book_series_volume(std::string_view s, std::string_view nx, Locators& loc) const;
  bool series_then_volume(std::string_view s, std::size_t index, std::vector<Segment>& segs);
  bool roman_volume_after_title(std::string_view s, std::size_t index, std::vector<Segment>& segs);

  // Conferences and speeches (events.cpp).
  bool conference_event(std::string_view s, std::size_t index, std::vector<Segment>& segs);
  bool conference_place(std::string_view s, std::size_t index, const std::vector<Segment>& segs);
  bool speech_event(std::string_view s, std::size_t index, const std::vector<Segment>& segs);

  // Scales, times, page counts and free locators (element_locators.cpp).
  bool time_in_work(std::string_view s);
  bool page_count(std::string_view s);
  bool volume_count(std::string_view s);
  bool map_scale(std::string_view s);
  bool free_locator(std::string_view s);
  bool season_before_episode(std::string_view s, std::size_t index, const std::vector<Segment>& segs);
};

}  // namespace citelib::list
