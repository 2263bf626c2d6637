// Citations as one document: positions, cite sorting, cite rendering and collapsing.
#include "csl/engine/impl.hpp"

#include <algorithm>
#include <map>
#include <numeric>

#include <unicode/utf8.h>

namespace citelib::csl {

std::string Engine::Impl::render_cite_ir(std::size_t item, const CiteInfo& cite, RenderMode mode, std::string* first_names,
                                        std::string* opening_term, ShownNames* shown_names, NestedBraces* braces,
                                        bool* text_variables) {
  Evaluator ev(*style, *locale, style->citation, refs[item], states[item], &cite, mode, punct_in_quote,
               options.guess_title_language);
  ev.braces = braces;
  ev.implicit_year_suffix = implicit_year_suffix;
  std::string s = ev.render_layout();
  if (first_names) *first_names = ev.first_names_ir();
  if (opening_term) {
    if (ev.starts_with_term) *opening_term = std::move(ev.opening_term);
    else opening_term->clear();
  }
  if (shown_names) *shown_names = ev.shown_names();
  if (text_variables) *text_variables = ev.text_variable_evaluated;
  if (mode.only_first_names) return ev.first_names_ir();
  return s;
}

namespace {

// A cite prefix without the closing quotes, spaces and tags that end it: what its last
// character is decides how it joins the cite (citeproc-js looks at the same).
std::string_view prefix_text_end(std::string_view t) {
  for (bool trimmed = true; trimmed && !t.empty();) {
    trimmed = false;
    if (t.back() == '>') {
      const std::size_t open = t.rfind('<');
      if (open != std::string_view::npos) {
        t = t.substr(0, open);
        trimmed = true;
        continue;
      }
    }
    for (std::string_view q : {"\"", "'", " ", "\u201D", "\u2019", "\u00BB", "\u202F", "\u00A0"})
      if (t.ends_with(q)) {
        t.remove_suffix(q.size());
        trimmed = true;
        break;
      }
  }
  return t;
}

// A letter of the scripts written with spaces between words (Latin, Greek, Cyrillic, Hebrew,
// Arabic, Thai), as citeproc-js tells them apart; CJK text joins without spaces.
bool is_spaced_script_letter(UChar32 c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= 0xC0 && c <= 0x17F) || (c >= 0x218 && c <= 0x21B) ||
         (c >= 0x370 && c <= 0x52F) || (c >= 0x590 && c <= 0x6FF) || (c >= 0xE01 && c <= 0xE5B) || (c >= 0x1F00 && c <= 0x1FFF);
}

// A cite prefix from the citation data that ends in a word, a number, closing punctuation or
// a closing bracket ("see", "cf.", "e.g.,") is followed by a space, and a suffix that begins
// with a word or an opening bracket is preceded by one ("see Doe 2000 for details"), as
// citeproc-js joins them; quotes, spaces and tags at the prefix's end are looked through.
// Other affixes ("(", "-") join as written.
std::string spaced_cite_prefix(std::string_view prefix) {
  const std::string_view t = prefix_text_end(prefix);
  std::string out(prefix);
  if (t.empty() || (!prefix.empty() && prefix.back() == ' ')) return out;
  int32_t i = static_cast<int32_t>(t.size());
  UChar32 c = 0;
  U8_PREV(reinterpret_cast<const uint8_t*>(t.data()), 0, i, c);
  if (is_spaced_script_letter(c) || (c >= '0' && c <= '9') || (c < 0x80 && std::string_view(".;:&!?)],").find(static_cast<char>(c)) != std::string_view::npos))
    out += ' ';
  return out;
}

std::string spaced_cite_suffix(std::string_view suffix) {
  std::string out;
  if (suffix.empty()) return out;
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(suffix.data()), i, static_cast<int32_t>(suffix.size()), c);
  if (is_spaced_script_letter(c) || c == '&' || c == '[' || c == '(') out += ' ';
  out += suffix;
  return out;
}

// Affixes of a cite from the citation data (they may carry rich text).
// Cite affixes and the delimiters between cites keep doubled spaces where they meet the
// cite's own ("see  2020", citeproc-js joins cites as they are; the specification is silent).
// `prefix` and `suffix` are the cite's, through the note-style brace counter.
void add_cite_affixes(std::string& s, const CitationItem& ci, const std::string& prefix, const std::string& suffix,
                      bool piq) {
  if (!prefix.empty()) {
    std::string out = ir::from_rich_text(spaced_cite_prefix(prefix));
    ir::append(out, s, piq, false);
    s.swap(out);
  }
  // Of a cite suffix's punctuation only a period that goes on into more text (". And so")
  // moves inside closing quotes; a comma (", and passim") or a lone period stays outside,
  // as citeproc-js places them (affix_MovingPunctuation).
  const bool suffix_piq = piq && ci.suffix.size() > 1 && ci.suffix.front() == '.';
  // Otherwise the suffix is a text of its own after the cite: its punctuation does not merge
  // with the cite's ("Ibid." + "." -> "Ibid..", "1999:" + "." -> "1999:."; citeproc-js).
  if (suffix.empty()) return;
  if (suffix_piq) ir::append(s, ir::from_rich_text(spaced_cite_suffix(suffix)), suffix_piq, false);
  else ir::append_rich_text(s, spaced_cite_suffix(suffix));
}

// The delimiter put before a cite (citeproc-js's splice delimiter; the specification is
// silent on cite affixes): after a cite whose suffix ends in ";", "." or "," only the part of
// the delimiter from its first space ("; " -> " "), nothing when it has none; before a cite
// whose prefix starts with one of them, after a cite without a suffix, nothing.
std::string_view splice_delimiter(std::string_view delim, const CitationItem& prev, const CitationItem& cur) {
  auto splice_punct = [](char c) { return c == ';' || c == '.' || c == ','; };
  const bool prev_ends = !prev.suffix.empty() && splice_punct(prev.suffix.back());
  const bool cur_starts = prev.suffix.empty() && !cur.prefix.empty() && splice_punct(cur.prefix.front());
  if (!prev_ends && !cur_starts) return delim;
  const std::size_t space = delim.find(' ');
  if (space != std::string_view::npos && !cur_starts) return delim.substr(space);
  return {};
}

// Appends the delimiter between two cites of a cite group (the cite-group, after-collapse or
// layout delimiter), spliced as between groups: citeproc-js joins every two cites so ("Doe
// 2000, 2001" for a cite prefixed ", ", "Doe 2000 ff. 2001" after a suffix " ff."); a delimiter
// the cites leave whole is merged with the text before as any other.
void append_group_delimiter(std::string& s, std::string_view delim, const CitationItem& prev, const CitationItem& cur,
                            bool piq) {
  const std::string_view spliced = splice_delimiter(delim, prev, cur);
  if (spliced.size() == delim.size()) ir::append(s, delim, piq);
  else s.append(spliced);
}


}  // namespace

std::string Engine::Impl::render_cluster(const Citation& c, const std::vector<CiteInfo>& infos_in) {
  const Layout& lay = style->citation;
  // The note-style brace counter runs over the citation in render order: the layout prefix,
  // each cite's prefix, elements and suffix, the layout suffix.
  NestedBraces brace_counter;
  NestedBraces* braces = style->style_class == StyleClass::note ? &brace_counter : nullptr;
  auto through_braces = [&](const std::string& affix) { return braces ? braces->flipped(affix) : affix; };
  const std::string lay_prefix = through_braces(lay.fmt.prefix);
  // Known cites only, sorted by the citation sort.
  std::vector<std::pair<std::size_t, CiteInfo>> cites;
  for (std::size_t i = 0; i < c.items.size(); ++i) {
    auto it = index.find(c.items[i].id);
    if (it == index.end()) continue;
    cites.emplace_back(it->second, infos_in[i]);
  }
  if (!lay.sort.empty() && cites.size() > 1) {
    std::vector<std::size_t> items, order(cites.size());
    std::vector<const CiteInfo*> infos;
    for (std::size_t i = 0; i < cites.size(); ++i) {
      items.push_back(cites[i].first);
      infos.push_back(&cites[i].second);
      order[i] = i;
    }
    sort_entries(order, lay, items, infos);
    std::vector<std::pair<std::size_t, CiteInfo>> sorted;
    for (std::size_t i : order) sorted.push_back(cites[i]);
    cites.swap(sorted);
  }
  // An author-only cite is the author's name for the running text ("Kerievsky (2004)
  // shows"): the citation ends with it and takes no layout affixes, as citeproc-js renders
  // it; one that has no author to print shows [NO_PRINTED_FORM].
  bool author_only = false;
  for (std::size_t k = 0; k < cites.size(); ++k)
    if (cites[k].second.item->author_only) {
      cites.resize(k + 1);
      author_only = true;
      break;
    }
  struct Rendered {
    std::size_t item;
    std::string ir;
    std::string names;
    const CitationItem* ci;
    const CiteInfo* info;
    std::string prefix, suffix;  ///< the cite's affixes through the brace counter
    bool text_variables = false;  ///< it evaluated a cs:text variable other than the locator
    bool shows_names = false;     ///< its first cs:names printed names, not a substituted text or term
  };
  std::vector<Rendered> parts;
  const bool last_suppresses_author = !cites.empty() && cites.back().second.item->suppress_author;
  // Whether a cite before printed something: the error shown for a cite that prints nothing
  // is not text the next cite's opening term continues (citeproc-js: "[CSL STYLE ERROR:
  // ...]; Ibid.").
  bool printed_before = false;
  // Whether the citation's last cite printed nothing and was left out: the layout suffix
  // then follows an empty cite and is not merged with the punctuation of the cite before
  // ("B vol.."; citeproc-js).
  bool last_left_out = false;
  for (auto& [item, info] : cites) {
    last_left_out = false;
    RenderMode mode;
    mode.suppress_first_names = info.item->suppress_author;
    mode.only_first_names = info.item->author_only;
    std::string names;
    std::string prefix = through_braces(info.item->prefix);
    bool text_variables = false;
    ShownNames shown;
    // A cite that opens with a term ("ibid.") is capitalized at the start of a note's
    // citation, or after a prefix of more than one word that ends a sentence ("See also. ");
    // in-text citations leave terms as they are (citeproc-js). The term itself is
    // capitalized where it is rendered, not an affix or markup before it ("p. Ibid.",
    // "<sup>Volume</sup>", "in Inp." for a group with prefix "in " around the term "in"), as
    // citeproc-js capitalizes the term as it renders it.
    if (style->style_class == StyleClass::note) {
      const std::string& pre = info.item->prefix;
      if (pre.empty()) {
        mode.capitalize_opening_term = !printed_before;
      } else {
        const std::string_view t = prefix_text_end(pre);
        const bool terminal = !t.empty() && std::string_view(":.;!?").find(t.back()) != std::string_view::npos;
        mode.capitalize_opening_term = terminal && t.find(' ') != std::string_view::npos;
      }
    }
    std::string s = render_cite_ir(item, info, mode, &names, nullptr, &shown, braces, &text_variables);
    std::string suffix = through_braces(info.item->suffix);
    if (ir::is_blank(s) && !last_suppresses_author && !mode.only_first_names && info.item->prefix.empty() &&
        info.item->suffix.empty()) {
      // A cite that prints nothing shows an error when it opens the citation; after another
      // cite it is left out, with its delimiter. An empty cite with a prefix or suffix prints
      // them. No error is shown when the citation's last cite suppresses its author
      // (citeproc-js tests the last cite's flag for all; the specification is silent).
      if (!parts.empty()) {
        last_left_out = true;
        continue;
      }
      s = "[CSL STYLE ERROR: reference with no printed form.]";
    } else {
      printed_before = true;
    }
    if (mode.suppress_first_names) {
      // names of the full render decide grouping
      RenderMode full;
      render_cite_ir(item, info, full, &names);
    }
    parts.push_back(
        {item, std::move(s), std::move(names), info.item, &info, std::move(prefix), std::move(suffix), text_variables,
         !shown.names.empty()});
  }

  std::string out;
  const std::string& delim = lay.delimiter;
  const Collapse col = style->collapse;
  // A cite that starts a new group follows the after-collapse delimiter when the style sets
  // one and the cite before has a locator, or closed a collapsed group, or, unless the
  // collapse is "year-suffix", in any case (citeproc-js; collapse_ChicagoAfterCollapse and
  // collapse_TrailingDelimiter both follow this); otherwise the layout delimiter. Collapsed
  // citation numbers keep the layout delimiter.
  auto after_collapse_follows = [&](bool prev_collapsed, bool prev_without_locator) {
    if (!style->after_collapse_delimiter) return prev_collapsed;
    return prev_collapsed || !prev_without_locator || col != Collapse::year_suffix;
  };
  const std::string after = style->after_collapse_delimiter.value_or(delim);
  // Groups of cites go where their first cite stands in the sorted citation (specification,
  // "Cite Grouping"); groups whose first cites tie on the first sort key follow the order of
  // their names, as citeproc-js places them (it sorts by names first, then gives each group
  // its first cite's key with the group's rank): "(Fowler 1999a, b; Fowler et al. 1999)"
  // whichever of the two was cited first. Cites whose names a title or term stands in for
  // have no names there: they follow the others, in their order ("Sokolov n.d.; Refactoring
  // in Qt Creator n.d.").
  auto order_tied_groups = [&](std::vector<std::vector<std::size_t>>& groups, std::vector<std::size_t>& group_index) {
    if (groups.size() < 2) return;
    std::vector<std::string> first_key(groups.size());
    for (std::size_t g = 0; g < groups.size(); ++g) {
      const Rendered& p = parts[groups[g][0]];
      first_key[g] = sort_text(p.item, lay, lay.sort[0], p.info);
    }
    bool reordered = false;
    for (std::size_t g = 0; g < groups.size();) {
      std::size_t h = g + 1;
      while (h < groups.size() && first_key[h] == first_key[g]) ++h;
      if (h - g > 1) {
        // The names compare as citeproc-js's collator compares its strings there, spaces
        // ignored with the punctuation ("Hassan A. E. & Xie" before "Hassan A. & Xie").
        std::vector<std::pair<SortValue, std::size_t>> by_names;
        std::string unspaced;
        for (std::size_t x = g; x < h; ++x) {
          const Rendered& p = parts[groups[x][0]];
          unspaced.clear();
          for (char ch : p.names)
            if (ch != ' ') unspaced.push_back(ch);
          by_names.emplace_back(p.shows_names ? collation_value(unspaced) : SortValue{}, x);
        }
        std::stable_sort(by_names.begin(), by_names.end(), [](const auto& a, const auto& b) {
          if (a.first.empty != b.first.empty) return b.first.empty;
          return a.first.bytes < b.first.bytes;
        });
        std::vector<std::vector<std::size_t>> run;
        for (auto& [v, x] : by_names) {
          if (x != g + run.size()) reordered = true;
          run.push_back(std::move(groups[x]));
        }
        for (std::size_t x = g; x < h; ++x) groups[x] = std::move(run[x - g]);
      }
      g = h;
    }
    if (reordered)
      for (std::size_t g = 0; g < groups.size(); ++g)
        for (std::size_t i : groups[g]) group_index[i] = g;
  };
  if (col == Collapse::citation_number && parts.size() > 1) {
    // Runs of three or more consecutive numbers collapse to "first–last".
    std::size_t i = 0;
    bool first = true;
    while (i < parts.size()) {
      std::size_t j = i;
      // A cite joins a range when nothing but its number shows: no affixes, and no locator
      // or one the layout does not print ("[2–4]" though the middle cite has a page; "[1],
      // [2, p. 23],[3]" where it prints), as citeproc-js collapses them.
      // A prefix may stand before a range the cite opens ("see 1–3"; a cite with a prefix
      // inside a range, or a suffix anywhere, keeps the cites apart: "1, see 2–4", "1, 2, 3
      // etc"), as citeproc-js collapses them; the specification does not say.
      auto plain = [&](std::size_t k, bool opens = false) {
        const CitationItem& ci = *parts[k].ci;
        if ((!opens && !ci.prefix.empty()) || !ci.suffix.empty()) return false;
        if (ci.locator.empty()) return true;
        CitationItem bare = ci;
        bare.locator.clear();
        bare.label.clear();
        CiteInfo info = *parts[k].info;
        info.item = &bare;
        RenderMode mode;
        mode.suppress_first_names = ci.suppress_author;
        return render_cite_ir(parts[k].item, info, mode) == parts[k].ir;
      };
      while (j + 1 < parts.size() && plain(j, j == i) && plain(j + 1) &&
             states[parts[j + 1].item].citation_number == states[parts[j].item].citation_number + 1)
        ++j;
      std::string piece;
      if (j - i >= 2) {
        piece = parts[i].ir;
        piece += "\u2013";
        piece += parts[j].ir;
        if (!parts[i].ci->prefix.empty())
          add_cite_affixes(piece, *parts[i].ci, parts[i].prefix, parts[i].suffix, punct_in_quote);
      } else {
        j = i;
        piece = parts[i].ir;
        add_cite_affixes(piece, *parts[i].ci, parts[i].prefix, parts[i].suffix, punct_in_quote);
      }
      // After a cite that prints its locator ("4 col. iv") the after-collapse delimiter
      // follows, when the style sets one, as after a locator in a group of names ("[1–3, 4
      // col. iv; see 5]", "[1 p. 9; 3, 4, 7]"), except before the bare number or range that
      // ends the citation, which keeps the layout delimiter ("[2, 3 pp. 3–5, 4]", "[1, 3 p. 9,
      // 5–7]"), as citeproc-js fixes its last join of numbers; the specification is silent.
      const bool after_locator = !first && style->after_collapse_delimiter && !parts[i - 1].ci->locator.empty() &&
                                 !plain(i - 1) && !(plain(i) && j + 1 == parts.size());
      if (!first) out.append(splice_delimiter(after_locator ? after : delim, *parts[i - 1].ci, *parts[i].ci));
      if (!first) out.append(piece);  // what follows a delimiter is not merged with it
      else ir::append(out, piece, punct_in_quote, false);
      first = false;
      i = j + 1;
    }
  } else if ((col == Collapse::year || col == Collapse::year_suffix || col == Collapse::year_suffix_ranged) && parts.size() > 1) {
    // Group cites by their rendered names, then collapse repeats. With a citation sort the
    // cites of the same names come together (first occurrence order); without one the cites
    // keep their order and only neighbours group (specification, "Cite Grouping"; suite).
    std::vector<std::vector<std::size_t>> groups;
    std::map<std::string, std::size_t> group_of;
    // (A note style's cites are not moved together: only neighbours collapse, citeproc-js.)
    const bool regroup = !lay.sort.empty() && style->style_class == StyleClass::in_text;
    // A cite that renders no names and no text variable (a date, a locator) joins the group
    // of the cite before it, and the names before it still decide for the cite after it
    // (citeproc-js counts such a cite as collapsed: a layout of dates collapses "1965a,b",
    // a title keeps its cite apart).
    std::vector<std::size_t> group_index(parts.size());
    std::string_view last_key;
    auto join = [&](std::size_t g, std::size_t i) {
      groups[g].push_back(i);
      group_index[i] = g;
    };
    auto open_group = [&](std::size_t i) {
      group_index[i] = groups.size();
      groups.push_back({i});
    };
    for (std::size_t i = 0; i < parts.size(); ++i) {
      const std::string& key = parts[i].names;
      if (key.empty()) {
        if (i > 0 && !parts[i].text_variables) join(group_index[i - 1], i);
        else open_group(i);
        continue;
      }
      if (!regroup) {
        if (i > 0 && last_key == key) join(group_index[i - 1], i);
        else open_group(i);
        last_key = key;
        continue;
      }
      auto [it, inserted] = group_of.emplace(key, groups.size());
      if (inserted) open_group(i);
      else join(it->second, i);
    }
    // (A citation whose cites carry forced positions is rendered on its own, as citeproc-js's
    // makeCitationCluster renders one, which keeps ties in citation order.)
    const bool standalone = std::any_of(c.items.begin(), c.items.end(), [](const CitationItem& ci) { return ci.position.has_value(); });
    if (regroup && !standalone) order_tied_groups(groups, group_index);
    // Cite grouping is a feature of in-text citations (specification, "Cite Grouping"): there
    // the cite-group delimiter defaults to ", "; a note style's groups keep the layout
    // delimiter unless the style sets one, or an after-collapse delimiter (citeproc-js then
    // joins a cite that prints a title with the latter; collapse_TrailingDelimiter,
    // collapse_YearSuffixCollapseNoYearSuffixDelimiter).
    const bool note_groups = style->style_class != StyleClass::in_text && !style->after_collapse_delimiter;
    const std::string group_delim = style->cite_group_delimiter.value_or(note_groups ? delim : std::string(", "));
    // A cite without names in a group follows the cite before with ", " in an in-text style
    // without an after-collapse delimiter, else with the layout delimiter (citeproc-js's
    // splice delimiter for a collapsed cite; the cite-group delimiter is for names).
    const std::string nameless_delim =
        style->style_class == StyleClass::in_text && !style->after_collapse_delimiter ? std::string(", ") : delim;
    auto nameless = [](const Rendered& p) { return p.names.empty(); };
    // Without its own delimiter a year suffix takes the cite-group delimiter when the style
    // sets one, else the layout delimiter (specification; citeproc-js).
    const std::string suffix_delim = style->year_suffix_delimiter.value_or(style->cite_group_delimiter.value_or(delim));
    constexpr int kNoYear = -100000;
    auto year_of = [&](std::size_t item) {
      const Date* d = refs[item].date(Variable::issued);
      return d && d->has_parts() ? d->start.year : kNoYear;
    };
    bool first = true;
    bool prev_collapsed = false;
    std::size_t prev_last = 0;  // the last cite of the group before
    for (const auto& g : groups) {
      std::string piece = parts[g[0]].ir;
      add_cite_affixes(piece, *parts[g[0]].ci, parts[g[0]].prefix, parts[g[0]].suffix, punct_in_quote);
      int prev_year = year_of(parts[g[0]].item);
      // The year suffixes of the current run of cites that share a year ("a", "b", ...):
      // printed when the run ends, ranged ("a–e") for year-suffix-ranged.
      std::vector<int> run;
      std::vector<const CitationItem*> run_cites;  // whose letters they are, for the splice
      if (const int ys = states[parts[g[0]].item].year_suffix; ys >= 0 && col != Collapse::year) {
        run.push_back(ys);
        run_cites.push_back(parts[g[0]].ci);
      }
      auto flush_run = [&]() {
        // The first suffix is printed with its cite; consecutive suffixes, three or more,
        // make a range for year-suffix-ranged ("a–e"; two stay a list: "a,b").
        for (std::size_t i = 0; i < run.size();) {
          std::size_t j = i;
          while (j + 1 < run.size() && run[j + 1] == run[j] + 1) ++j;
          if (col == Collapse::year_suffix_ranged && j - i >= 2) {
            if (i > 0) {
              append_group_delimiter(piece, suffix_delim, *run_cites[i - 1], *run_cites[i], punct_in_quote);
              Evaluator::append_year_suffix(piece, run[i]);
            }
            piece += "\u2013";
            Evaluator::append_year_suffix(piece, run[j]);
          } else {
            for (std::size_t k = std::max<std::size_t>(i, 1); k <= j; ++k) {
              append_group_delimiter(piece, suffix_delim, *run_cites[k - 1], *run_cites[k], punct_in_quote);
              Evaluator::append_year_suffix(piece, run[k]);
            }
          }
          i = j + 1;
        }
        run.clear();
        run_cites.clear();
      };
      for (std::size_t k = 1; k < g.size(); ++k) {
        const Rendered& p = parts[g[k]];
        const int year = year_of(p.item);
        const ItemState& st = states[p.item];
        // With year-suffix collapsing a cite of the same year as the one before drops the
        // year: a bare year suffix joins the run of letters ("2000a, b"), anything else prints
        // after the delimiter without the year ("2020a, and passim, see also b", "b 12",
        // "2020 One, Two"), as citeproc-js drops the repeated year as it renders (the
        // specification shows only the bare letters).
        if (col != Collapse::year && year == prev_year && year != kNoYear) {
          RenderMode mode;
          mode.suppress_first_names = true;
          mode.drop_first_year = true;
          std::string rest = render_cite_ir(p.item, *p.info, mode);
          std::string letters;
          Evaluator::append_year_suffix(letters, st.year_suffix);
          // Only its letters show, maybe in a formatting of their own (font-style="normal").
          bool letters_only = st.year_suffix >= 0 && p.ci->prefix.empty() && p.ci->suffix.empty();
          if (letters_only && rest != letters) {
            std::string visible = rest;
            ir::strip_marks(visible);
            letters_only = visible == letters;
          }
          if (!run.empty() && letters_only && rest == letters) {
            run.push_back(st.year_suffix);
            run_cites.push_back(p.ci);
            continue;
          }
          const bool joins_letters = letters_only && !run.empty();
          flush_run();
          add_cite_affixes(rest, *p.ci, p.prefix, p.suffix, punct_in_quote);
          if (ir::is_blank(rest)) continue;  // nothing left to print: no delimiter either
          // A cite that prints more than its letters ("b, 5"), and the letters after it, leave
          // the run: they follow as a cite of the group does, with the after-collapse delimiter
          // after a locator, else the layout delimiter when the style sets an after-collapse
          // delimiter, else the cite-group delimiter ("2000a; b, 5; c", "2000a, b, 5, c");
          // letters after those join them again ("c, 7; d,e"; citeproc-js, the specification
          // is silent).
          const bool after_locator = !parts[g[k - 1]].ci->locator.empty() && style->after_collapse_delimiter.has_value();
          append_group_delimiter(piece,
                                 joins_letters                      ? suffix_delim
                                 : after_locator                    ? after
                                 : style->after_collapse_delimiter  ? delim
                                 : nameless(p)                      ? nameless_delim
                                                                    : group_delim,
                                 *parts[g[k - 1]].ci, *p.ci, punct_in_quote);
          ir::append(piece, rest, punct_in_quote, false);
          if (letters_only) {
            run.assign(1, st.year_suffix);
            run_cites.assign(1, p.ci);
          }
          continue;
        }
        flush_run();
        RenderMode mode;
        mode.suppress_first_names = true;
        std::string rest = render_cite_ir(p.item, *p.info, mode);
        add_cite_affixes(rest, *p.ci, p.prefix, p.suffix, punct_in_quote);
        // A cite that prints nothing without its names (suppress-author, a layout of names
        // and a missing date) leaves the group without a delimiter (citeproc-js).
        if (ir::is_blank(rest)) {
          prev_year = year;
          continue;
        }
        // After a cite with a locator ("1999, 328") the group continues with the
        // after-collapse delimiter when the style sets one, as its comma would be ambiguous;
        // after any other cite such a style joins the cites of a group with the layout
        // delimiter ("[Doe 2017b; 2017a; 2020]" for a layout delimiter "; "), as citeproc-js
        // does, which uses no cite-group delimiter then. Without one the group continues with
        // the cite-group delimiter like any other cite of the group ("Doe 2005d, pp. 12-15,
        // 2006f"; citeproc-js), also after a run of collapsed year suffixes ("Doe 2000a,b,c,
        // 2007" in an in-text style; a note style's groups join with the layout delimiter,
        // "Doe 2000a,b;2001", date_YearSuffixDelimiter; specification: the cite-group
        // delimiter is for the cites within a cite group).
        const bool after_locator = !parts[g[k - 1]].ci->locator.empty() && style->after_collapse_delimiter.has_value();
        append_group_delimiter(piece,
                               after_locator                      ? after
                               : style->after_collapse_delimiter  ? delim
                               : nameless(p)                      ? nameless_delim
                                                                  : group_delim,
                               *parts[g[k - 1]].ci, *p.ci, punct_in_quote);
        ir::append(piece, rest, punct_in_quote, false);  // as after the layout delimiter
        if (st.year_suffix >= 0 && col != Collapse::year) {
          run.push_back(st.year_suffix);
          run_cites.push_back(p.ci);
        }
        prev_year = year;
      }
      flush_run();
      // A group of one cite that prints nothing (its author suppressed) takes no delimiter.
      if (ir::is_blank(piece)) continue;
      if (!first)
        out.append(splice_delimiter(
            after_collapse_follows(prev_collapsed, parts[prev_last].ci->locator.empty()) ? after : delim,
            *parts[prev_last].ci, *parts[g[0]].ci));
      if (!first) out.append(piece);  // what follows a delimiter is not merged with it
      else ir::append(out, piece, punct_in_quote, false);
      prev_collapsed = g.size() > 1;
      prev_last = g.back();
      first = false;
    }
  } else {
    // A cite-group-delimiter without collapsing still groups the cites of the same names
    // (in the order of their first cite) and joins a group's cites with it (specification,
    // "Cite grouping"): "Banda 1999; Aalto 2000, Aalto 2001".
    std::vector<std::size_t> order(parts.size());
    std::vector<bool> in_group(parts.size(), false);
    if (style->cite_group_delimiter && parts.size() > 1) {
      std::size_t at = 0;
      std::vector<bool> placed(parts.size(), false);
      for (std::size_t i = 0; i < parts.size(); ++i) {
        if (placed[i]) continue;
        order[at++] = i;
        placed[i] = true;
        if (parts[i].names.empty()) continue;
        for (std::size_t j = i + 1; j < parts.size(); ++j)
          if (!placed[j] && parts[j].names == parts[i].names) {
            order[at++] = j;
            placed[j] = true;
            in_group[j] = true;
          }
      }
    } else {
      for (std::size_t i = 0; i < parts.size(); ++i) order[i] = i;
    }
    bool first = true;
    const CitationItem* prev = nullptr;
    for (std::size_t i : order) {
      Rendered& p = parts[i];
      if (ir::is_blank(p.ir) && p.ci->prefix.empty() && p.ci->suffix.empty()) continue;
      add_cite_affixes(p.ir, *p.ci, p.prefix, p.suffix, punct_in_quote);
      if (in_group[i] && !first) {
        append_group_delimiter(out, *style->cite_group_delimiter, *prev, *p.ci, punct_in_quote);
        ir::append(out, p.ir, punct_in_quote);
        prev = p.ci;
        continue;
      }
      if (!first) {
        // A cite after the delimiter is not merged with it (", ," stays; citeproc-js), nor
        // is one whose prefix replaced the delimiter: its punctuation stays outside the
        // quotes the cite before ends in and is not merged with its own ("“One”, “Two”",
        // "“Two.”. see"; citeproc-js).
        out.append(splice_delimiter(delim, *prev, *p.ci));
        out.append(p.ir);
      } else {
        ir::append(out, p.ir, punct_in_quote, false);
      }
      prev = p.ci;
      first = false;
    }
  }
  if (author_only) {
    if (ir::is_blank(out)) out = "[NO_PRINTED_FORM]";
    ir::wrap_font(out, lay.fmt);
    return out;
  }
  // A citation of known cites that prints nothing at all shows it (citeproc-js).
  if (ir::is_blank(out)) return cites.empty() ? std::string() : std::string("[NO_PRINTED_FORM]");
  // Layout affixes sit inside the layout's font formatting (as citeproc-js renders them).
  std::string wrapped = lay_prefix;
  ir::append(wrapped, out, punct_in_quote);
  if (last_left_out)
    wrapped += through_braces(lay.fmt.suffix);
  else
    ir::append(wrapped, through_braces(lay.fmt.suffix), punct_in_quote);
  ir::wrap_font(wrapped, lay.fmt);
  return wrapped;
}

namespace {

// A locator that opens with a label abbreviation and a space ("fig. 3", "vol. 1, fol. 186")
// takes that label when the cite gives none or "page", and the rest is the locator, when the
// locale has the term; legal types keep theirs. The label then prints in the style's form
// ("figure 3" with a long label). A cite with another label keeps it (for conditions and
// labels always or never plural) and the abbreviation is returned in `inner`: a label of
// contextual plural prints it (citeproc-js reads the locator so; the specification is silent).
bool split_locator_label(CitationItem& ci, const Locale& locale, ItemType type, std::string_view& inner) {
  if (ci.locator.empty()) return false;
  if (type == ItemType::bill || type == ItemType::legislation || type == ItemType::regulation ||
      type == ItemType::treaty)
    return false;
  const std::size_t dot = ci.locator.find('.');
  if (dot == std::string::npos || dot == 0 || dot + 1 >= ci.locator.size()) return false;
  std::size_t rest = dot + 1;
  while (rest < ci.locator.size() && (ci.locator[rest] == ' ' || ci.locator[rest] == '\t')) ++rest;
  if (rest == dot + 1) return false;
  const std::string_view term = locator_label_term(std::string_view(ci.locator).substr(0, dot));
  if (term.empty() || locale.term_text(term).empty()) return false;
  if (ci.label.empty() || ci.label == "page") ci.label = term;
  else inner = term;
  ci.locator.erase(0, rest);
  return true;
}

}  // namespace

std::vector<std::string> Engine::render_citations(const std::vector<Citation>& citations_in) {
  Impl& m = *impl_;
  // Cites whose locator opens with its label are read once into label and locator.
  std::vector<Citation> parsed;
  std::map<std::pair<std::size_t, std::size_t>, std::string_view> inner_labels;
  auto type_of = [&](const CitationItem& ci) {
    auto it = m.index.find(ci.id);
    return it == m.index.end() ? ItemType::document : m.refs[it->second].type;
  };
  for (std::size_t i = 0; i < citations_in.size(); ++i)
    for (std::size_t k = 0; k < citations_in[i].items.size(); ++k) {
      if (citations_in[i].items[k].locator.find('.') == std::string::npos) continue;
      CitationItem probe = citations_in[i].items[k];
      std::string_view inner;
      if (!split_locator_label(probe, *m.locale, type_of(probe), inner)) continue;
      if (!inner.empty()) inner_labels[{i, k}] = inner;
      if (parsed.empty()) parsed = citations_in;
      parsed[i].items[k] = std::move(probe);
    }
  const std::vector<Citation>& citations = parsed.empty() ? citations_in : parsed;
  m.ensure_disambiguated();
  // Positions over the document, in order.
  struct Seen {
    int first_note = 0;
    int last_note = 0;
    std::size_t last_citation = 0;
  };
  std::unordered_map<std::size_t, Seen> seen;
  std::vector<std::vector<CiteInfo>> infos(citations.size());
  // Ibid looks back within a stream: in a note style, citations in the text (note index 0)
  // and citations in footnotes are separate streams. The cite before must precede in the
  // same citation, be the only cite of the citation before in the same note, or be the only
  // cite of the note before.
  struct Stream {
    const CitationItem* prev_item = nullptr;  // the last cite
    int note = 0;                             // the note of the last citation (0: none)
    std::size_t note_cites = 0;               // cites in that note so far
    std::size_t citation_cites = 0;           // cites of the last citation
  };
  Stream streams[2];
  for (std::size_t ci = 0; ci < citations.size(); ++ci) {
    const Citation& c = citations[ci];
    const int note = c.note_index > 0 ? c.note_index : static_cast<int>(ci + 1);
    Stream& stream = streams[m.style->style_class == StyleClass::note && c.note_index <= 0 ? 0 : 1];
    if (c.note_index <= 0 || c.note_index != stream.note) {
      // A new note: the previous note's cites decide the first cite's ibid, when that note
      // is the one just before (citeproc-js: "the note numbers must be the same or
      // consecutive"; the specification's ibid "may" apply after the previous citation).
      if (c.note_index > 0 && stream.note > 0 && stream.note < c.note_index - 1) stream.prev_item = nullptr;
      stream.note = c.note_index > 0 ? c.note_index : 0;
      if (stream.note_cites != 1) stream.prev_item = nullptr;
      stream.note_cites = 0;
    } else if (stream.citation_cites != 1) {
      // The same note: the citation before must be a single cite.
      stream.prev_item = nullptr;
    }
    const CitationItem*& prev_item = stream.prev_item;
    // Positions follow the cites in the order the citation prints them, after its sort
    // ("Ibidem, pp. 3–5; Doe, cit." when the sort puts the cite of the note before first),
    // as citeproc-js assigns them.
    std::vector<std::size_t> order(c.items.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    const Layout& lay = m.style->citation;
    if (!lay.sort.empty() && c.items.size() > 1) {
      std::vector<std::size_t> items;
      std::vector<CiteInfo> provisional(c.items.size());
      std::vector<const CiteInfo*> provisional_ptrs;
      for (std::size_t k = 0; k < c.items.size(); ++k) {
        auto found = m.index.find(c.items[k].id);
        if (found == m.index.end()) break;
        items.push_back(found->second);
        provisional[k].item = &c.items[k];
        provisional_ptrs.push_back(&provisional[k]);
      }
      if (items.size() == c.items.size()) m.sort_entries(order, lay, items, provisional_ptrs);
    }
    infos[ci].resize(c.items.size());
    for (std::size_t k : order) {
      const CitationItem& it = c.items[k];
      CiteInfo& info = infos[ci][k];
      info.item = &it;
      if (!inner_labels.empty())
        if (auto il = inner_labels.find({ci, k}); il != inner_labels.end()) info.inner_label = il->second;
      auto found = m.index.find(it.id);
      if (found == m.index.end()) continue;
      const std::size_t item = found->second;
      auto s = seen.find(item);
      if (it.position) {
        info.position = *it.position;
        info.near_note = it.near_note;
        if (s != seen.end()) info.first_reference_note_number = s->second.first_note;
      } else if (s == seen.end()) {
        info.position = Position::first;
      } else {
        // The number of a *preceding* note with the first reference (specification): none
        // for a cite in the note of the first reference itself (citeproc-js alike).
        if (s->second.first_note != note) info.first_reference_note_number = s->second.first_note;
        info.near_note = note - s->second.last_note <= m.style->near_note_distance;
        // Ibid: the previous cite of the stream is to the same item.
        const bool same_as_prev = prev_item && prev_item->id == it.id;
        if (same_as_prev) {
          if (it.locator.empty()) info.position = prev_item->locator.empty() ? Position::ibid : Position::subsequent;
          else if (prev_item->locator.empty() || prev_item->locator != it.locator || prev_item->label != it.label)
            info.position = Position::ibid_with_locator;
          else info.position = Position::ibid;
        } else {
          info.position = Position::subsequent;
        }
      }
      if (s == seen.end()) seen.emplace(item, Seen{note, note, ci});
      else {
        s->second.last_note = note;
        s->second.last_citation = ci;
      }
      prev_item = &it;
    }
    stream.note_cites += c.items.size();
    stream.citation_cites = c.items.size();
    if (c.items.empty()) prev_item = nullptr;
  }
  std::vector<std::string> out;
  out.reserve(citations.size());
  for (std::size_t ci = 0; ci < citations.size(); ++ci) out.push_back(m.to_output(m.render_cluster(citations[ci], infos[ci])));
  return out;
}

}  // namespace citelib::csl
