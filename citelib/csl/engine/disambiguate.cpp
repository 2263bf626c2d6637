// Disambiguation (specification, "Disambiguation"): over every registered reference,
// cites rendered at first position without locator are compared; ambiguous groups get, in
// order, expanded given names of the names shown (when that sets them all apart), more names,
// expanded given names, the `disambiguate` condition (without year suffixes) and year suffixes.
#include "csl/engine/impl.hpp"
#include "csl/style/walk.hpp"

#include <algorithm>
#include <array>
#include <functional>
#include <unordered_map>
#include <unordered_set>

namespace citelib::csl {

std::string Engine::Impl::disambiguation_text(std::size_t item, ShownNames* shown_names, bool first_form) {
  static const CitationItem empty_item;
  CiteInfo info;
  info.item = &empty_item;
  // A style that tests `disambiguate` beside `position` (short notes that add the title when
  // needed: "Doe, His Book, supra note 1") is ambiguous in its subsequent form.
  if (disambiguate_subsequent_form && !first_form) {
    info.position = Position::subsequent;
    info.near_note = true;
  }
  RenderMode mode;
  mode.disambiguation = true;
  return ir::render(render_cite_ir(item, info, mode, nullptr, nullptr, shown_names), ir::Format::text, quotes);
}

namespace {

// Partitions items by their rendering; returns groups with more than one item, in the
// order of their first item.
template <class F>
std::vector<std::vector<std::size_t>> ambiguous_groups(const std::vector<std::size_t>& items, F&& render) {
  std::unordered_map<std::string_view, std::size_t> group_of;
  group_of.reserve(items.size());
  std::vector<std::vector<std::size_t>> groups;
  for (std::size_t i : items) {
    auto [it, fresh] = group_of.try_emplace(render(i), groups.size());
    if (fresh) groups.emplace_back();
    groups[it->second].push_back(i);
  }
  std::vector<std::vector<std::size_t>> out;
  for (auto& g : groups)
    if (g.size() > 1) out.push_back(std::move(g));
  return out;
}

}  // namespace

bool contains_disambiguate_condition(const Elements& els) {
  return any_element(els, [](const Element& e) {
    if (e.kind != Element::Kind::choose) return false;
    for (const Branch& b : e.choose->branches)
      for (const Condition& c : b.conditions)
        if (c.kind == CondKind::disambiguate) return true;
    return false;
  });
}

namespace {

// Initials of a given name as a key: first letter of each word or hyphenated part.
// The initials of a given name as a key; with `hyphen` (initialize-with-hyphen, the default)
// a hyphenated name keeps its hyphen ("Anne-Marie" "A.-M.", apart from "A. M.": they print
// "A-M" and "AM", citeproc-js).
std::string initials_of(std::string_view given, bool hyphen) {
  std::string out;
  bool at_start = true;
  for (std::size_t i = 0; i < given.size();) {
    const char c = given[i];
    if (c == ' ' || c == '-' || c == '.') {
      if (c == '-' && hyphen && !out.empty() && out.back() != '-') out.push_back('-');
      at_start = true;
      ++i;
      continue;
    }
    std::size_t len = 1;
    const auto b = static_cast<unsigned char>(c);
    if (b >= 0xF0) len = 4;
    else if (b >= 0xE0) len = 3;
    else if (b >= 0xC0) len = 2;
    if (at_start) {
      out.append(given.substr(i, len));
      out.push_back('.');
    }
    at_start = false;
    i += len;
  }
  return out;
}

}  // namespace

void Engine::Impl::disambiguate_names_globally(std::vector<std::string>& text, std::vector<bool>& fresh) {
  const Style& st = *style;
  const GivennameRule rule = st.givenname_rule;
  const bool primary = rule == GivennameRule::primary_name || rule == GivennameRule::primary_name_with_initials;
  const bool initials_only =
      rule == GivennameRule::all_names_with_initials || rule == GivennameRule::primary_name_with_initials;
  // Each cite's names are compared as that cite shows them: which cs:names renders them (and
  // so their form and initialize-with) may depend on the item's type or variables.
  std::vector<ShownNames> shown(refs.size());
  for (std::size_t i = 0; i < refs.size(); ++i) {
    text[i] = disambiguation_text(i, &shown[i]);
    fresh[i] = true;
  }
  // A style whose cites change with their position (short subsequent notes) renders names
  // in its first form too: those are rendered names as well ("Jean-Pierre Brown (ed.)" in a
  // first cite whose subsequent form shows authors only), their lists after the first
  // taken in from that form, all of them when the subsequent form shows no names.
  if (disambiguate_subsequent_form)
    for (std::size_t i = 0; i < refs.size(); ++i) {
      ShownNames first;
      disambiguation_text(i, &first, true);
      if (shown[i].names.empty() && shown[i].more.empty())
        shown[i] = std::move(first);  // (the subsequent form shows no names: editors substituting)
      else if (shown[i].more.empty() && !first.more.empty() && first.names.data() == shown[i].names.data())
        shown[i].more = std::move(first.more);
    }
  // A name as rendered at an expansion level: 0 as the cite shows it, 1 with initials (when
  // the cite's name sets initialize-with), 2 with the full given name.
  const bool hyphen = st.initialize_with_hyphen;
  auto key = [hyphen](const Name& n, const ShownList& how, int level) {
    std::string k = n.non_dropping_particle;
    k += '|';
    k += n.family;
    k += '|';
    if (level == 0 && how.form == NameForm::short_) return k;
    if (level <= 1 && how.initials) return k + initials_of(n.given, hyphen);
    // Full given names compare without spacing and periods ("J. J." is "J.J.").
    for (char c : n.given)
      if (c != ' ' && c != '.') k.push_back(c);
    return k;
  };
  struct Use {
    std::size_t item, list, index;  ///< list 0 the first of the cs:names, then its `more` lists
    const Name* name;
    bool expand;  ///< a name the cite shows (and the rule expands); the others only clash
  };
  auto list_of = [&](const Use& u) -> const ShownList& {
    return u.list == 0 ? static_cast<const ShownList&>(shown[u.item]) : shown[u.item].more[u.list - 1];
  };
  // The names et-al hides are persons too: a shown "J. Doe" is ambiguous beside a John Doe
  // hidden in another cite's list (citeproc-js registers every name of the list before it
  // truncates it), and they are only compared, never expanded.
  std::unordered_map<std::string, std::vector<Use>> by_shown;
  // "All rendered ambiguous names" (specification, all-names) are those of every list of the
  // cite's names, editors beside authors ("J. Roe and R. Roe (eds.)"); the primary-name rules
  // take only the first list's first name.
  for (std::size_t i = 0; i < refs.size(); ++i) {
    const std::size_t lists = primary ? 1 : 1 + shown[i].more.size();
    for (std::size_t L = 0; L < lists; ++L) {
      const ShownList& how = L == 0 ? static_cast<const ShownList&>(shown[i]) : shown[i].more[L - 1];
      // "No disambiguation attempt is made when initialize-with is not set" (specification).
      if (initials_only && !how.initials) continue;
      if (how.form == NameForm::count) continue;
      // The names any of the cite's forms renders are rendered names: a first cite may show
      // more than the subsequent et-al form the ambiguity test compares.
      const std::size_t count = primary ? std::min<std::size_t>(how.shown_most, 1) : how.shown_most;
      // (The primary-name rules register only the first name of each list.)
      const std::size_t listed = primary ? std::min<std::size_t>(how.names.size(), 1) : how.names.size();
      for (std::size_t j = 0; j < listed; ++j) {
        const Name& n = how.names[j];
        if (!n.is_literal() && !n.given.empty()) by_shown[key(n, how, 0)].push_back({i, L, j, &n, j < count});
      }
    }
  }
  const int top = initials_only ? 1 : 2;
  for (const auto& [shown_as, uses] : by_shown) {
    if (uses.size() < 2 || std::none_of(uses.begin(), uses.end(), [](const Use& u) { return u.expand; })) continue;
    // Keys of each use at each level; per level, how many persons each key stands for.
    std::vector<std::array<std::string, 3>> keys(uses.size());
    std::unordered_set<std::string_view> persons;
    for (std::size_t x = 0; x < uses.size(); ++x) {
      for (int l = 0; l <= 2; ++l) keys[x][l] = key(*uses[x].name, list_of(uses[x]), l);
      persons.insert(keys[x][2]);
    }
    if (persons.size() < 2) continue;
    std::array<std::unordered_map<std::string_view, std::size_t>, 3> persons_at;
    for (int l = 0; l <= top; ++l) {
      std::unordered_set<std::string> seen;  // one count per (level key, person)
      for (std::size_t x = 0; x < uses.size(); ++x)
        if (seen.insert(keys[x][l] + '\x1F' + keys[x][2]).second) ++persons_at[l][keys[x][l]];
    }
    // Each name is expanded step by step while a step sets it apart from more of the other
    // persons shown the same way ("K. Roy" beside "P. Roy" even when a "Kim Roy" is also
    // "K. Roy", as citeproc-js); a step that parts it from none is not taken.
    for (std::size_t x = 0; x < uses.size(); ++x) {
      const Use& u = uses[x];
      if (!u.expand) continue;
      const ShownList& how = list_of(u);
      auto clashes = [&](int l) { return persons_at[l][keys[x][l]] - 1; };
      std::uint8_t level = 0;
      std::size_t fewest = clashes(0);
      for (int l = 1; l <= top && fewest > 0; ++l) {
        if (l == 1 && how.form != NameForm::short_ && how.initials) continue;  // initials already shown
        if (const std::size_t c = clashes(l); c < fewest) {
          fewest = c;
          level = static_cast<std::uint8_t>(l);
        }
      }
      if (level == 0) continue;
      auto& more = states[u.item].more_given_level;
      if (u.list > 0 && more.size() < u.list) more.resize(u.list);
      auto& gl = u.list == 0 ? states[u.item].given_level : more[u.list - 1];
      if (gl.size() <= u.index) gl.resize(u.index + 1, 0);
      if (gl[u.index] < level) {
        gl[u.index] = level;
        fresh[u.item] = false;
      }
    }
  }
}

void Engine::Impl::disambiguate() {
  const Style& st = *style;
  // Each cite's text is rendered again only after its state changed (`changed(i)`): the
  // steps below compare the same cites many times.
  std::vector<std::string> text(refs.size());
  std::vector<bool> fresh(refs.size(), false);
  // The condition is a state of the item: a bibliography that tests it shows it as well
  // (citations that stay identical make it true there too; citeproc-js).
  const bool has_condition = contains_disambiguate_condition(st.citation.children) ||
                             contains_disambiguate_condition(st.bibliography.children);
  disambiguate_subsequent_form = any_element(st.citation.children, [](const Element& e) {
    if (e.kind != Element::Kind::choose) return false;
    for (const Branch& b : e.choose->branches)
      for (const Condition& c : b.conditions)
        if (c.kind == CondKind::position) return true;
    return false;
  });
  const bool global_names = st.disambiguate_add_givenname && st.givenname_rule != GivennameRule::by_cite;
  if (global_names) disambiguate_names_globally(text, fresh);
  if (!st.disambiguate_add_names && !st.disambiguate_add_givenname && !st.disambiguate_add_year_suffix && !has_condition)
    return;
  std::vector<std::size_t> all(refs.size());
  for (std::size_t i = 0; i < all.size(); ++i) all[i] = i;
  // Under a global given-name rule without add-names, the names the global pass expanded do
  // not split a group of cites that were ambiguous as the style shows them: when some of the
  // group stay ambiguous, every cite of it takes a year suffix ("Martin Fowler 1999a; Martin
  // Fowler 1999b; Mdam Fowler 1999c"), as citeproc-js disambiguates such a cluster; a group the
  // names set fully apart takes none. (With add-names, names and given names part cites one by
  // one: disambiguate_AndreaEg3.) `text` still holds the cites as shown before the expansion.
  if (global_names && !st.disambiguate_add_names && st.disambiguate_add_year_suffix) {
    std::vector<std::vector<std::size_t>> shown_groups =
        ambiguous_groups(all, [&](std::size_t i) -> std::string_view { return text[i]; });
    auto render = [&](std::size_t i) -> std::string_view {
      if (!fresh[i]) {
        text[i] = disambiguation_text(i);
        fresh[i] = true;
      }
      return text[i];
    };
    std::vector<std::vector<std::size_t>> remaining;
    for (auto& g : shown_groups) {
      std::unordered_set<std::string_view> seen;
      for (std::size_t i : g) seen.insert(render(i));
      if (seen.size() < g.size()) remaining.push_back(std::move(g));
    }
    assign_year_suffixes(remaining);
    return;
  }
  auto render = [&](std::size_t i) -> std::string_view {
    if (!fresh[i]) {
      text[i] = disambiguation_text(i);
      fresh[i] = true;
    }
    return text[i];
  };
  auto changed = [&](std::size_t i) { fresh[i] = false; };
  std::vector<std::vector<std::size_t>> groups = ambiguous_groups(all, render);
  if (groups.empty()) return;

  auto max_names = [&](std::size_t i) {
    std::size_t n = 0;
    for (const auto& [v, names] : refs[i].name_fields()) n = std::max(n, names.size());
    return n;
  };
  auto distinct = [&](const std::vector<std::size_t>& g) {
    std::unordered_set<std::string_view> seen;
    for (std::size_t i : g) seen.insert(render(i));
    return seen.size();
  };

  // Expands the given names of a group's cites name by name, initials then full names, while
  // a step sets more of the cites apart.
  const bool primary_only = st.givenname_rule == GivennameRule::primary_name ||
                            st.givenname_rule == GivennameRule::primary_name_with_initials;
  const bool initials_only = st.givenname_rule == GivennameRule::all_names_with_initials ||
                             st.givenname_rule == GivennameRule::primary_name_with_initials;
  // Under the with-initials rules "no disambiguation attempt is made when initialize-with is
  // not set or when initialize is set to \"false\"" (specification, givenname-disambiguation-
  // rule): such a cite keeps its names as shown (citeproc-js expands them to bare initials).
  auto may_expand = [&](std::size_t i) {
    if (!initials_only) return true;
    ShownNames how;
    disambiguation_text(i, &how);
    return how.initials;
  };
  // A name is "progressively transformed until it is disambiguated" (specification,
  // givenname-disambiguation-rule): when initials set only some of the cites apart, the cites
  // still alike go on to full given names of the same name before the next name is tried
  // ("Doe, John", "Doe, J A", "Doe, J." for John, John Albert and J.), and only those cites:
  // "only ambiguous names in ambiguous cites are affected".
  const std::uint8_t top_level = initials_only ? 1 : 2;
  std::function<void(const std::vector<std::size_t>&, std::size_t, std::uint8_t)> expand_from =
      [&](const std::vector<std::size_t>& sub, std::size_t first, std::uint8_t first_level) {
        std::size_t most = 0;
        for (std::size_t i : sub) most = std::max(most, max_names(i));
        if (primary_only) most = std::min<std::size_t>(most, 1);
        std::size_t current = distinct(sub);
        for (std::size_t j = first; j < most && current < sub.size(); ++j) {
          for (std::uint8_t level = j == first ? first_level : 1; level <= top_level; ++level) {
            std::vector<std::vector<std::uint8_t>> saved;
            for (std::size_t i : sub) {
              saved.push_back(states[i].given_level);
              auto& gl = states[i].given_level;
              if (gl.size() <= j) gl.resize(j + 1, 0);
              gl[j] = std::max(gl[j], level);
              changed(i);
            }
            const std::size_t d = distinct(sub);
            if (d > current) {
              if (d < sub.size() && level < top_level) {
                for (auto& rest : ambiguous_groups(sub, render)) expand_from(rest, j, level + 1);
                return;
              }
              current = d;
              break;
            }
            std::size_t k = 0;
            for (std::size_t i : sub) {
              states[i].given_level = saved[k++];
              changed(i);
            }
          }
        }
      };
  auto expand_given_names = [&](const std::vector<std::size_t>& group) {
    std::vector<std::size_t> sub;
    for (std::size_t i : group)
      if (may_expand(i)) sub.push_back(i);
    expand_from(sub, 0, 1);
  };

  std::vector<std::vector<std::size_t>> remaining;
  for (auto& g : groups) {
    std::vector<std::vector<std::size_t>> work{g};
    // With both methods on, "given name expansion is applied to rendered names first"
    // (specification, Disambiguation): names are added only when expanding the names shown
    // leaves some of the group ambiguous, and then only to the cites still alike, which keep
    // the given names that set the others apart ("JA Doe et al." beside "J Doe, Roe, and
    // Evans" and "J Doe, Roe, and Dijk"): "If cites cannot be (fully) disambiguated by
    // expanding the rendered names, then the names still hidden ... are added".
    if (st.disambiguate_add_names && st.disambiguate_add_givenname) {
      expand_given_names(g);
      if (distinct(g) == g.size()) continue;
      work = ambiguous_groups(g, render);
    }
    // 1. Add names, one at a time, while that separates the cites.
    if (st.disambiguate_add_names) {
      std::size_t most = 0;
      for (std::size_t i : g) most = std::max(most, max_names(i));
      std::vector<std::vector<std::size_t>> next;
      for (auto& sub : work) {
        const std::size_t before = distinct(sub);
        int best = 0;
        std::size_t best_distinct = before;
        // With given-name expansion also allowed, a name counts as distinguishing when its
        // expanded form differs ("added names are expanded if doing so would disambiguate",
        // specification, Disambiguation), so names are added with given names expanded
        // hypothetically, as far as the rule lets them be: the first name only under the
        // primary-name rules ("disambiguation is limited to the first name of each cite"),
        // initials only under the with-initials rules, none where those make no attempt.
        std::vector<std::vector<std::uint8_t>> saved_levels;
        if (st.disambiguate_add_givenname)
          for (std::size_t i : sub) {
            saved_levels.push_back(states[i].given_level);
            if (may_expand(i)) {
              const std::size_t n = primary_only ? std::min<std::size_t>(max_names(i), 1) : max_names(i);
              auto& gl = states[i].given_level;
              if (gl.size() < n) gl.resize(n, 0);
              for (std::size_t j = 0; j < n; ++j) gl[j] = std::max(gl[j], top_level);
            }
            changed(i);
          }
        // Each cite takes the fewest names that set it apart from the others of its group
        // shown with as many names ("Smith, Benson, et al." beside "Smith, Brown & Jones");
        // cites that never come apart take the count that separated the most.
        std::vector<int> own(sub.size(), 0);
        std::unordered_map<std::string_view, int> count;
        for (int k = 1; k <= static_cast<int>(most); ++k) {
          for (std::size_t i : sub) {
            states[i].extra_names = k;
            changed(i);
          }
          count.clear();
          for (std::size_t i : sub) ++count[render(i)];
          for (std::size_t x = 0; x < sub.size(); ++x)
            if (own[x] == 0 && count[render(sub[x])] == 1) own[x] = k;
          const std::size_t d = count.size();
          if (d > best_distinct) {
            best_distinct = d;
            best = k;
          }
          if (d == sub.size()) break;
        }
        if (!saved_levels.empty()) {
          std::size_t k = 0;
          for (std::size_t i : sub) {
            states[i].given_level = saved_levels[k++];
            changed(i);
          }
        }
        for (std::size_t x = 0; x < sub.size(); ++x) {
          const std::size_t i = sub[x];
          const int names = own[x] > 0 ? own[x] : best;
          if (states[i].extra_names != names) changed(i);
          states[i].extra_names = names;
        }
        for (auto& s : ambiguous_groups(sub, render)) next.push_back(std::move(s));
      }
      work.swap(next);
    }
    // 2. Expand given names (initials, then full), name by name.
    if (st.disambiguate_add_givenname) {
      std::vector<std::vector<std::size_t>> next;
      for (auto& sub : work) {
        expand_given_names(sub);
        for (auto& s : ambiguous_groups(sub, render)) next.push_back(std::move(s));
      }
      work.swap(next);
    }
    // 3. The disambiguate condition, when no year suffix is to come: "this attempt at
    // disambiguation is only made when all other disambiguation methods have failed"
    // (specification, Choose), and year suffixes always succeed, as citeproc-js assigns them.
    if (has_condition && !st.disambiguate_add_year_suffix) {
      std::vector<std::vector<std::size_t>> next;
      for (auto& sub : work) {
        for (std::size_t i : sub) {
          states[i].disambiguate = true;
          changed(i);
        }
        for (auto& s : ambiguous_groups(sub, render)) next.push_back(std::move(s));
      }
      work.swap(next);
    }
    for (auto& sub : work) remaining.push_back(std::move(sub));
  }
  // 4. Year suffixes.
  if (st.disambiguate_add_year_suffix) assign_year_suffixes(remaining);
}

void Engine::Impl::assign_year_suffixes(std::vector<std::vector<std::size_t>>& groups) {
  // In bibliography order within each group.
  std::vector<std::size_t> rank(refs.size());
  for (std::size_t p = 0; p < bib_order.size(); ++p) rank[bib_order[p]] = p;
  for (auto& g : groups) {
    std::sort(g.begin(), g.end(), [&](std::size_t a, std::size_t b) { return rank[a] < rank[b]; });
    int n = 0;
    for (std::size_t i : g) states[i].year_suffix = n++;
  }
}

}  // namespace citelib::csl
