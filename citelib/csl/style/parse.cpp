// Style parser: pugixml DOM -> typed style tree. Macros are compiled on first use, with a
// stack of macros being compiled so that recursion is an error instead of a hang.
#include <citelib/csl/style.hpp>

#include "csl/style/parse_util.hpp"

#include <citelib/model/item_type.hpp>

#include <pugixml.hpp>
#include <unicode/utf8.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <cstdint>
#include <set>

namespace citelib::csl {

using namespace detail;

void NameOptions::inherit(const NameOptions& p) {
  if (!and_) and_ = p.and_;
  if (!delimiter) delimiter = p.delimiter;
  if (!delimiter_precedes_et_al) delimiter_precedes_et_al = p.delimiter_precedes_et_al;
  if (!delimiter_precedes_last) delimiter_precedes_last = p.delimiter_precedes_last;
  if (!et_al_min) et_al_min = p.et_al_min;
  if (!et_al_use_first) et_al_use_first = p.et_al_use_first;
  if (!et_al_subsequent_min) et_al_subsequent_min = p.et_al_subsequent_min;
  if (!et_al_subsequent_use_first) et_al_subsequent_use_first = p.et_al_subsequent_use_first;
  if (!et_al_use_last) et_al_use_last = p.et_al_use_last;
  if (!form) form = p.form;
  if (!initialize) initialize = p.initialize;
  if (!initialize_with) initialize_with = p.initialize_with;
  if (!name_as_sort_order) name_as_sort_order = p.name_as_sort_order;
  if (!sort_separator) sort_separator = p.sort_separator;
}

namespace {

std::vector<std::string> split_ws(std::string_view s) {
  std::vector<std::string> out;
  std::size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && (s[i] == ' ' || s[i] == '\t' || s[i] == '\n' || s[i] == '\r')) ++i;
    std::size_t j = i;
    while (j < s.size() && !(s[j] == ' ' || s[j] == '\t' || s[j] == '\n' || s[j] == '\r')) ++j;
    if (j > i) out.emplace_back(s.substr(i, j - i));
    i = j;
  }
  return out;
}

std::optional<int> parse_int(std::string_view v) {
  // The schema types these attributes xsd:integer, whose whitespace facet is "collapse":
  // et-al-use-first="3 " is a valid 3 (citeproc-js reads it so too).
  constexpr std::string_view xml_space = " \t\n\r";
  const auto first = v.find_first_not_of(xml_space);
  if (first == std::string_view::npos) return std::nullopt;
  v = v.substr(first, v.find_last_not_of(xml_space) - first + 1);
  int x = 0;
  auto r = std::from_chars(v.data(), v.data() + v.size(), x);
  if (r.ec != std::errc() || r.ptr != v.data() + v.size()) return std::nullopt;
  return x;
}

class Parser {
 public:
  Parser(const SourceText& src, Diagnostics& d, Style& st, const pugi::xml_node& root)
      : src_(src), diags_(d), style_(st), root_(root) {}

  void report(const pugi::xml_node& n, DiagCode code, std::initializer_list<std::string_view> args) {
    report_at(diags_, src_, n, code, args);
    if (diag_info(code).severity == Severity::error) failed_ = true;
  }
  bool failed() const { return failed_; }

  std::optional<Variable> variable(const pugi::xml_node& n, std::string_view name) {
    if (auto v = parse_variable(name)) return v;
    // Aliases seen in styles written for older CSL versions.
    if (name == "shortTitle") return Variable::title_short;
    if (name == "journalAbbreviation") return Variable::container_title_short;
    report(n, DiagCode::csl_unknown_variable, {name});
    return std::nullopt;
  }

  void read_name_options(const pugi::xml_node& n, NameOptions& o, bool on_name) {
    for (const pugi::xml_attribute& a : n.attributes()) {
      const std::string_view k = a.name(), v = a.value();
      auto precedes = [&](std::optional<DelimiterPrecedes>& out) {
        if (v == "contextual") out = DelimiterPrecedes::contextual;
        else if (v == "after-inverted-name") out = DelimiterPrecedes::after_inverted_name;
        else if (v == "always") out = DelimiterPrecedes::always;
        else if (v == "never") out = DelimiterPrecedes::never;
        else report(n, DiagCode::csl_invalid_value, {k, v});
      };
      auto integer = [&](std::optional<int>& out) {
        if (auto x = parse_int(v)) out = *x;
        else report(n, DiagCode::csl_invalid_value, {k, v});
      };
      if (k == "and") {
        if (v == "text") o.and_ = AndStyle::text;
        else if (v == "symbol") o.and_ = AndStyle::symbol;
        else if (v == "none" || v.empty()) o.and_ = AndStyle::none;
        else report(n, DiagCode::csl_invalid_value, {k, v});
      } else if (k == "delimiter-precedes-et-al") precedes(o.delimiter_precedes_et_al);
      else if (k == "delimiter-precedes-last") precedes(o.delimiter_precedes_last);
      else if (k == "et-al-min") integer(o.et_al_min);
      else if (k == "et-al-use-first") integer(o.et_al_use_first);
      else if (k == "et-al-subsequent-min") integer(o.et_al_subsequent_min);
      else if (k == "et-al-subsequent-use-first") integer(o.et_al_subsequent_use_first);
      else if (k == "et-al-use-last") o.et_al_use_last = v == "true";
      else if (k == "initialize") o.initialize = v != "false";
      else if (k == "initialize-with") o.initialize_with = std::string(v);
      else if (k == "name-as-sort-order") {
        if (v == "first") o.name_as_sort_order = NameAsSortOrder::first;
        else if (v == "all") o.name_as_sort_order = NameAsSortOrder::all;
        else report(n, DiagCode::csl_invalid_value, {k, v});
      } else if (k == "sort-separator") o.sort_separator = std::string(v);
      else if ((on_name && k == "form") || (!on_name && k == "name-form")) {
        if (v == "long") o.form = NameForm::long_;
        else if (v == "short") o.form = NameForm::short_;
        else if (v == "count") o.form = NameForm::count;
        else report(n, DiagCode::csl_invalid_value, {k, v});
      } else if ((on_name && k == "delimiter") || (!on_name && k == "name-delimiter")) {
        o.delimiter = std::string(v);
      }
    }
  }

  void read_label(const pugi::xml_node& n, LabelEl& l) {
    l.present = true;
    if (auto f = n.attribute("form")) {
      if (auto tf = parse_term_form(f.value())) {
        l.form = *tf;
        l.form_set = true;
      } else {
        report(n, DiagCode::csl_invalid_value, {"form", f.value()});
      }
    }
    const std::string_view p = n.attribute("plural").value();
    if (p == "always") l.plural = Plural::always;
    else if (p == "never") l.plural = Plural::never;
    read_formatting(n, l.fmt, diags_, src_);
  }

  const Elements* macro(const pugi::xml_node& at, const std::string& name) {
    if (auto it = style_.macros.find(name); it != style_.macros.end()) {
      if (in_progress_.count(name)) {
        report(at, DiagCode::csl_macro_recursive, {name});
        return nullptr;
      }
      return it->second.get();
    }
    pugi::xml_node def = root_.find_child_by_attribute("macro", "name", name.c_str());
    if (!def) {
      report(at, DiagCode::csl_macro_missing, {name});
      return nullptr;
    }
    auto body = std::make_unique<Elements>();
    Elements* raw = body.get();
    style_.macros.emplace(name, std::move(body));
    in_progress_.insert(name);
    read_children(def, *raw);
    in_progress_.erase(name);
    return raw;
  }

  void read_children(const pugi::xml_node& parent, Elements& out) {
    for (const pugi::xml_node& c : parent.children()) {
      if (c.type() != pugi::node_element) continue;
      if (auto e = element(c, parent)) out.push_back(std::move(*e));
    }
  }

  std::optional<Element> element(const pugi::xml_node& n, const pugi::xml_node& parent) {
    Element e;
    e.offset = static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, n.offset_debug()));
    const std::string_view name = n.name();
    read_formatting(n, e.fmt, diags_, src_);
    if (name == "text") {
      e.kind = Element::Kind::text;
      e.text = std::make_unique<TextEl>();
      TextEl& t = *e.text;
      if (auto a = n.attribute("variable")) {
        t.source = TextEl::Source::variable;
        auto v = variable(n, a.value());
        if (!v) return std::nullopt;
        t.variable = *v;
        t.short_form = std::string_view(n.attribute("form").value()) == "short";
      } else if (auto m = n.attribute("macro")) {
        t.source = TextEl::Source::macro;
        t.macro_name = m.value();
        t.macro = macro(n, t.macro_name);
        if (!t.macro) return std::nullopt;
      } else if (auto term = n.attribute("term")) {
        t.source = TextEl::Source::term;
        t.term = term.value();
        if (auto f = n.attribute("form")) t.term_form = parse_term_form(f.value()).value_or(TermForm::long_);
        t.plural = std::string_view(n.attribute("plural").value()) == "true";
      } else if (auto val = n.attribute("value")) {
        t.source = TextEl::Source::value;
        t.term = val.value();
      } else {
        report(n, DiagCode::csl_missing_attribute, {"text", "variable, macro, term or value"});
        return std::nullopt;
      }
    } else if (name == "number") {
      e.kind = Element::Kind::number;
      e.number = std::make_unique<NumberEl>();
      auto v = variable(n, n.attribute("variable").value());
      if (!v) return std::nullopt;
      e.number->variable = *v;
      const std::string_view f = n.attribute("form").value();
      if (f == "ordinal") e.number->form = NumberForm::ordinal;
      else if (f == "long-ordinal") e.number->form = NumberForm::long_ordinal;
      else if (f == "roman") e.number->form = NumberForm::roman;
    } else if (name == "label") {
      e.kind = Element::Kind::label;
      e.label = std::make_unique<LabelEl>();
      read_label(n, *e.label);
      auto v = variable(n, n.attribute("variable").value());
      if (!v) return std::nullopt;
      e.label->variable = *v;
    } else if (name == "names") {
      e.kind = Element::Kind::names;
      e.names = std::make_unique<NamesEl>();
      NamesEl& ns = *e.names;
      for (const std::string& v : split_ws(n.attribute("variable").value()))
        if (auto var = variable(n, v)) ns.variables.push_back(*var);
      if (auto d = n.attribute("delimiter")) ns.delimiter = d.value();
      bool seen_name = false;
      for (const pugi::xml_node& c : n.children()) {
        if (c.type() != pugi::node_element) continue;
        const std::string_view cn = c.name();
        if (cn == "name") {
          ns.has_name = true;
          seen_name = true;
          read_name_options(c, ns.name, true);
          read_formatting(c, ns.name_fmt, diags_, src_);
          for (const pugi::xml_node& p : c.children()) {
            if (p.type() != pugi::node_element) continue;
            if (std::string_view(p.name()) != "name-part") {
              report(p, DiagCode::csl_unknown_element, {p.name(), "name"});
              continue;
            }
            const std::string_view pn = p.attribute("name").value();
            NamePartFmt* np = pn == "given" ? &ns.given_fmt : pn == "family" ? &ns.family_fmt : nullptr;
            if (!np) {
              report(p, DiagCode::csl_invalid_value, {"name", pn});
              continue;
            }
            np->present = true;
            read_formatting(p, np->fmt, diags_, src_);
          }
        } else if (cn == "et-al") {
          ns.has_et_al = true;
          if (auto t = c.attribute("term")) ns.et_al_term = t.value();
          read_formatting(c, ns.et_al_fmt, diags_, src_);
        } else if (cn == "label") {
          read_label(c, ns.label);
          ns.label.after_name = seen_name;
        } else if (cn == "substitute") {
          ns.substitute.emplace();
          read_children(c, *ns.substitute);
        } else {
          report(c, DiagCode::csl_unknown_element, {cn, "names"});
        }
      }
    } else if (name == "date") {
      e.kind = Element::Kind::date;
      e.date = std::make_unique<DateEl>();
      DateEl& d = *e.date;
      auto v = variable(n, n.attribute("variable").value());
      if (!v) return std::nullopt;
      d.variable = *v;
      const std::string_view f = n.attribute("form").value();
      if (f == "text") d.form = DateForm::text;
      else if (f == "numeric") d.form = DateForm::numeric;
      else if (!f.empty()) report(n, DiagCode::csl_invalid_value, {"form", f});
      const std::string_view dp = n.attribute("date-parts").value();
      if (dp == "year-month") d.parts = DatePartsAttr::year_month;
      else if (dp == "year") d.parts = DatePartsAttr::year;
      if (auto dl = n.attribute("delimiter")) d.delimiter = dl.value();
      read_date_parts(n, d.date_parts, diags_, src_);
    } else if (name == "group") {
      e.kind = Element::Kind::group;
      e.group = std::make_unique<GroupEl>();
      e.group->delimiter = n.attribute("delimiter").value();
      read_children(n, e.group->children);
    } else if (name == "choose") {
      e.kind = Element::Kind::choose;
      e.choose = std::make_unique<ChooseEl>();
      for (const pugi::xml_node& c : n.children()) {
        if (c.type() != pugi::node_element) continue;
        const std::string_view cn = c.name();
        if (cn != "if" && cn != "else-if" && cn != "else") {
          report(c, DiagCode::csl_unknown_element, {cn, "choose"});
          continue;
        }
        Branch b;
        if (cn != "else") read_conditions(c, b);
        read_children(c, b.children);
        e.choose->branches.push_back(std::move(b));
      }
    } else {
      report(n, DiagCode::csl_unknown_element, {name, parent.name()});
      return std::nullopt;
    }
    return e;
  }

  void read_conditions(const pugi::xml_node& n, Branch& b) {
    for (const pugi::xml_attribute& a : n.attributes()) {
      const std::string_view k = a.name();
      Condition c;
      c.values = split_ws(a.value());
      if (k == "match") {
        const std::string_view v = a.value();
        if (v == "any") b.match = Match::any;
        else if (v == "none") b.match = Match::none;
        else if (v == "all") b.match = Match::all;
        else report(n, DiagCode::csl_invalid_value, {k, v});
        continue;
      }
      if (k == "type") {
        c.kind = CondKind::type;
        for (const auto& v : c.values) {
          if (auto t = parse_item_type(v)) c.codes.push_back(static_cast<int>(*t));
          else c.codes.push_back(-1);
        }
      } else if (k == "variable" || k == "is-numeric" || k == "is-uncertain-date") {
        c.kind = k == "variable" ? CondKind::variable : k == "is-numeric" ? CondKind::is_numeric : CondKind::is_uncertain_date;
        for (const auto& v : c.values) {
          auto var = parse_variable(v);
          if (!var && v == "shortTitle") var = Variable::title_short;
          if (!var && v == "journalAbbreviation") var = Variable::container_title_short;
          c.codes.push_back(var ? static_cast<int>(*var) : -1);
        }
      } else if (k == "locator") {
        c.kind = CondKind::locator;
      } else if (k == "position") {
        c.kind = CondKind::position;
        for (const auto& v : c.values) {
          int code = -1;
          if (v == "first") code = 0;
          else if (v == "subsequent") code = 1;
          else if (v == "ibid") code = 2;
          else if (v == "ibid-with-locator") code = 3;
          else if (v == "near-note") code = 4;
          else report(n, DiagCode::csl_invalid_value, {k, v});
          c.codes.push_back(code);
        }
      } else if (k == "disambiguate") {
        c.kind = CondKind::disambiguate;
        c.codes.push_back(std::string_view(a.value()) == "true" ? 1 : 0);
      } else {
        continue;
      }
      b.conditions.push_back(std::move(c));
    }
  }

  void read_sort(const pugi::xml_node& sort, Layout& l) {
    for (const pugi::xml_node& k : sort.children()) {
      if (k.type() != pugi::node_element) continue;
      if (std::string_view(k.name()) != "key") {
        report(k, DiagCode::csl_unknown_element, {k.name(), "sort"});
        continue;
      }
      SortKey key;
      if (auto v = k.attribute("variable")) {
        key.variable = variable(k, v.value());
        if (!key.variable) continue;
      } else if (auto m = k.attribute("macro")) {
        key.macro = macro(k, m.value());
        if (!key.macro) continue;
      } else {
        report(k, DiagCode::csl_missing_attribute, {"key", "variable or macro"});
        continue;
      }
      key.descending = std::string_view(k.attribute("sort").value()) == "descending";
      if (auto a = k.attribute("names-min")) key.names_min = parse_int(a.value());
      if (auto a = k.attribute("names-use-first")) key.names_use_first = parse_int(a.value());
      if (auto a = k.attribute("names-use-last")) key.names_use_last = std::string_view(a.value()) == "true";
      l.sort.push_back(std::move(key));
    }
  }

  void read_layout_parent(const pugi::xml_node& n, Layout& l, const NameOptions& style_opts,
                          const std::optional<std::string>& style_names_delim) {
    read_name_options(n, l.name_options, false);
    l.name_options.inherit(style_opts);
    if (auto a = n.attribute("names-delimiter")) l.names_delimiter = a.value();
    else l.names_delimiter = style_names_delim;
    pugi::xml_node layout;
    for (const pugi::xml_node& c : n.children()) {
      if (c.type() != pugi::node_element) continue;
      const std::string_view cn = c.name();
      if (cn == "layout") layout = c;
      else if (cn == "sort") read_sort(c, l);
      else report(c, DiagCode::csl_unknown_element, {cn, n.name()});
    }
    if (!layout) {
      report(n, DiagCode::csl_missing_layout, {n.name()});
      return;
    }
    l.present = true;
    read_formatting(layout, l.fmt, diags_, src_);
    l.delimiter = layout.attribute("delimiter").value();
    read_children(layout, l.children);
  }

  void run() {
    Style& s = style_;
    s.style_class = std::string_view(root_.attribute("class").value()) == "note" ? StyleClass::note : StyleClass::in_text;
    s.default_locale = root_.attribute("default-locale").value();
    const std::string_view demote = root_.attribute("demote-non-dropping-particle").value();
    if (demote == "never") s.demote_non_dropping_particle = DemoteParticle::never;
    else if (demote == "sort-only") s.demote_non_dropping_particle = DemoteParticle::sort_only;
    s.initialize_with_hyphen = std::string_view(root_.attribute("initialize-with-hyphen").value()) != "false";
    const std::string_view prf = root_.attribute("page-range-format").value();
    if (prf == "expanded") s.page_range_format = PageRangeFormat::expanded;
    else if (prf == "minimal") s.page_range_format = PageRangeFormat::minimal;
    else if (prf == "minimal-two") s.page_range_format = PageRangeFormat::minimal_two;
    else if (prf == "chicago" || prf == "chicago-15") s.page_range_format = PageRangeFormat::chicago;
    else if (prf == "chicago-16") s.page_range_format = PageRangeFormat::chicago16;
    NameOptions style_opts;
    read_name_options(root_, style_opts, false);
    std::optional<std::string> style_names_delim;
    if (auto a = root_.attribute("names-delimiter")) style_names_delim = a.value();

    for (const pugi::xml_node& c : root_.children()) {
      if (c.type() != pugi::node_element) continue;
      const std::string_view cn = c.name();
      if (cn == "info") {
        s.title = c.child("title").text().get();
        s.id = c.child("id").text().get();
        for (const pugi::xml_node& l : c.children("link"))
          if (std::string_view(l.attribute("rel").value()) == "independent-parent") s.parent_link = l.attribute("href").value();
      } else if (cn == "locale") {
        LocaleData d;
        read_locale(c, d, diags_, src_);
        s.locales.push_back(std::move(d));
      } else if (cn == "macro") {
        const std::string mname = c.attribute("name").value();
        if (mname.empty()) report(c, DiagCode::csl_missing_attribute, {"macro", "name"});
        else macro(c, mname);  // compile every macro, so errors in unused ones are reported too
      } else if (cn == "citation") {
        read_layout_parent(c, s.citation, style_opts, style_names_delim);
        auto flag = [&](const char* a) { return std::string_view(c.attribute(a).value()) == "true"; };
        s.disambiguate_add_names = flag("disambiguate-add-names");
        s.disambiguate_add_givenname = flag("disambiguate-add-givenname");
        s.disambiguate_add_year_suffix = flag("disambiguate-add-year-suffix");
        const std::string_view rule = c.attribute("givenname-disambiguation-rule").value();
        if (rule == "all-names") s.givenname_rule = GivennameRule::all_names;
        else if (rule == "all-names-with-initials") s.givenname_rule = GivennameRule::all_names_with_initials;
        else if (rule == "primary-name") s.givenname_rule = GivennameRule::primary_name;
        else if (rule == "primary-name-with-initials") s.givenname_rule = GivennameRule::primary_name_with_initials;
        const std::string_view col = c.attribute("collapse").value();
        if (col == "citation-number") s.collapse = Collapse::citation_number;
        else if (col == "year") s.collapse = Collapse::year;
        else if (col == "year-suffix") s.collapse = Collapse::year_suffix;
        else if (col == "year-suffix-ranged") s.collapse = Collapse::year_suffix_ranged;
        if (auto a = c.attribute("cite-group-delimiter")) s.cite_group_delimiter = a.value();
        if (auto a = c.attribute("year-suffix-delimiter")) s.year_suffix_delimiter = a.value();
        if (auto a = c.attribute("after-collapse-delimiter")) s.after_collapse_delimiter = a.value();
        if (auto a = c.attribute("near-note-distance")) s.near_note_distance = parse_int(a.value()).value_or(5);
      } else if (cn == "bibliography") {
        read_layout_parent(c, s.bibliography, style_opts, style_names_delim);
        s.hanging_indent = std::string_view(c.attribute("hanging-indent").value()) == "true";
        const std::string_view sfa = c.attribute("second-field-align").value();
        if (sfa == "flush" || sfa == "margin") {
          s.second_field_align = Display::left_margin;
          s.second_field_align_flush = sfa == "flush";
        }
        if (auto a = c.attribute("line-spacing")) s.line_spacing = parse_int(a.value()).value_or(1);
        if (auto a = c.attribute("entry-spacing")) s.entry_spacing = parse_int(a.value()).value_or(1);
        if (auto a = c.attribute("subsequent-author-substitute")) s.subsequent_author_substitute = a.value();
        const std::string_view r = c.attribute("subsequent-author-substitute-rule").value();
        if (r == "complete-each") s.subsequent_author_rule = SubsequentAuthorRule::complete_each;
        else if (r == "partial-each") s.subsequent_author_rule = SubsequentAuthorRule::partial_each;
        else if (r == "partial-first") s.subsequent_author_rule = SubsequentAuthorRule::partial_first;
      } else {
        report(c, DiagCode::csl_unknown_element, {cn, "style"});
      }
    }
    if (s.parent_link.empty() && !s.citation.present) report(root_, DiagCode::csl_missing_layout, {"citation"});
  }

 private:
  const SourceText& src_;
  Diagnostics& diags_;
  Style& style_;
  pugi::xml_node root_;
  std::set<std::string> in_progress_;
  bool failed_ = false;
};

// A numeric character reference left in the text after XML parsing ("&amp;#8211;" in the
// file reads "&#8211;") becomes its character: such styles mean it ("&amp;#160;" for a
// non-breaking space, in 15 Debian styles), and citeproc-js, whose parser decodes entities
// once more, prints it so. Anything else stays as written ("&#0;", "&#xD800;", "&#12").
void decode_leftover_character_reference(std::string& s) {
  std::size_t at = s.find("&#");
  if (at == std::string::npos) return;
  std::string out;
  out.reserve(s.size());
  std::size_t from = 0;
  for (; at != std::string::npos; at = s.find("&#", at + 1)) {
    if (at < from) continue;
    const bool hex = at + 2 < s.size() && (s[at + 2] == 'x' || s[at + 2] == 'X');
    const std::size_t digits = at + (hex ? 3 : 2);
    const std::size_t semi = s.find(';', digits);
    if (semi == std::string::npos || semi == digits || semi - digits > 6) continue;
    std::uint32_t cp = 0;
    const auto [end, ec] = std::from_chars(s.data() + digits, s.data() + semi, cp, hex ? 16 : 10);
    if (ec != std::errc() || end != s.data() + semi || cp == 0 || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
      continue;
    out.append(s, from, at - from);
    char buf[4];
    std::int32_t n = 0;
    U8_APPEND_UNSAFE(reinterpret_cast<std::uint8_t*>(buf), n, static_cast<UChar32>(cp));
    out.append(buf, static_cast<std::size_t>(n));
    from = semi + 1;
  }
  if (from == 0) return;
  out.append(s, from, std::string::npos);
  s.swap(out);
}

void decode_leftover_character_references(pugi::xml_node node) {
  std::string v;
  for (pugi::xml_attribute a : node.attributes()) {
    if (!std::strstr(a.value(), "&#")) continue;
    v = a.value();
    decode_leftover_character_reference(v);
    a.set_value(v.c_str());
  }
  for (pugi::xml_node c : node.children()) {
    if (c.type() == pugi::node_pcdata || c.type() == pugi::node_cdata) {
      if (!std::strstr(c.value(), "&#")) continue;
      v = c.value();
      decode_leftover_character_reference(v);
      c.set_value(v.c_str());
    } else if (c.type() == pugi::node_element && std::string_view(c.name()) != "info") {
      decode_leftover_character_references(c);
    }
  }
}

}  // namespace

Result<std::shared_ptr<const Style>> parse_style(const SourceText& source, Diagnostics& diagnostics) {
  pugi::xml_document doc;
  const pugi::xml_parse_result pr = doc.load_buffer(source.text().data(), source.size(), pugi::parse_default,
                                                    pugi::encoding_utf8);
  if (!pr) {
    // pugixml reports the byte where it stopped, which is the end for a truncated style.
    const std::size_t at = std::min(pr.offset > 0 ? static_cast<std::size_t>(pr.offset) : 0, source.size());
    Diagnostic& d = diagnostics.report(DiagCode::csl_xml_malformed, &source, {at, std::min(at + 1, source.size())},
                                       {source.name(), pr.description()});
    return Error{"style is not well-formed XML", {d}};
  }
  pugi::xml_node root = doc.document_element();
  if (std::string_view(root.name()) != "style") {
    report_at(diagnostics, source, root, DiagCode::csl_not_style, {root.name(), "style"});
    return Error{"not a CSL style", {diagnostics.items().back()}};
  }
  decode_leftover_character_references(root);
  auto style = std::make_shared<Style>();
  style->source_name = std::string(source.name());
  Parser p(source, diagnostics, *style, root);
  p.run();
  if (p.failed()) {
    Error e{"style has errors", {}};
    for (const Diagnostic& d : diagnostics)
      if (d.severity == Severity::error) e.diagnostics.push_back(d);
    return e;
  }
  return std::shared_ptr<const Style>(std::move(style));
}

}  // namespace citelib::csl
