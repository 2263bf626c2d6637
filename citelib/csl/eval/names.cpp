// cs:names, cs:name, cs:name-part, cs:et-al, cs:substitute (specification, "Names").
#include "csl/eval/evaluator.hpp"

#include <algorithm>
#include <boost/container/small_vector.hpp>

#include <unicode/uchar.h>
#include <unicode/utf8.h>

namespace citelib::csl {

namespace {

UChar32 first_cp(std::string_view s, std::size_t& len) {
  int32_t i = 0;
  UChar32 c = 0;
  U8_NEXT(reinterpret_cast<const uint8_t*>(s.data()), i, static_cast<int32_t>(s.size()), c);
  len = static_cast<std::size_t>(i);
  return c;
}

bool ends_with_no_space(std::string_view particle) {
  return !particle.empty() && (particle.back() == '\'' || particle.back() == '-' || particle.ends_with("\u2019"));
}

// Trailing spaces, no-break ones included: an initialize-with of ".&#160;" leaves none after
// the last initial ("Doe, J.&#160;R./Roe", "J.-P."), as an ordinary space would not (citeproc-js).
void trim_right(std::string& s) {
  for (;;) {
    if (!s.empty() && s.back() == ' ') s.pop_back();
    else if (s.ends_with("\u00A0") || s.ends_with("\u202F")) s.resize(s.size() - (s.ends_with("\u00A0") ? 2 : 3));
    else break;
  }
}

// Whether an "and" or et-al term stands between names with spaces around it: "&" and terms of the
// alphabetic scripts written with spaces between words (Latin, Greek, Cyrillic, Arabic,
// Hebrew...). Terms of CJK scripts ("と", "和") and the Hebrew prefix conjunction "ו" are
// joined to the names directly, as citeproc-js does.
bool is_spaced_term(std::string_view term) {
  std::size_t len = 0;
  const UChar32 c = first_cp(term, len);
  if (c < 0x80) return c == '&' || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z');
  if (c == 0x05D5) return false;  // vav, written as a prefix of the next word
  return (c >= 0x00C0 && c <= 0x052F) || (c >= 0x0590 && c <= 0x06FF) || (c >= 0x0E01 && c <= 0x0E5B) ||
         (c >= 0x1F00 && c <= 0x1FFF);
}

// The inline tags ("<b>", "</i>") that open or close `s`.
std::string_view leading_tags(std::string_view s) {
  std::size_t i = 0;
  while (i < s.size() && s[i] == '<') {
    const std::size_t e = s.find('>', i);
    if (e == std::string_view::npos) break;
    i = e + 1;
  }
  return s.substr(0, i);
}
std::string_view trailing_tags(std::string_view s) {
  std::size_t i = s.size();
  while (i > 0 && s[i - 1] == '>') {
    const std::size_t b = s.rfind('<', i - 1);
    if (b == std::string_view::npos) break;
    i = b;
  }
  return s.substr(i);
}

// A given name that opens with several capitals and goes on in lowercase ("TSerendorjiin",
// a transliterated digraph) keeps them all in its initial, lowercased after the first
// ("Ts."); appends those after the first to `out`. An all-capital name ("JOHN") has none.
void append_digraph_rest(std::string& out, std::string_view rest) {
  // Most given names go on in lowercase ASCII: nothing to add, no decoding.
  if (rest.empty() || (rest[0] >= 'a' && rest[0] <= 'z')) return;
  const auto* p = reinterpret_cast<const uint8_t*>(rest.data());
  const auto n = static_cast<int32_t>(rest.size());
  int32_t i = 0;
  int32_t run_end = 0;
  while (i < n) {
    UChar32 c = 0;
    U8_NEXT(p, i, n, c);
    if (c < 0 || !(u_isupper(c) || u_istitle(c))) break;
    run_end = i;
  }
  if (run_end == 0 || run_end == n) return;  // no capitals after the first, or only capitals
  for (int32_t k = 0; k < run_end;) {
    UChar32 c = 0;
    U8_NEXT(p, k, run_end, c);
    char buf[4];
    int32_t len = 0;
    U8_APPEND_UNSAFE(reinterpret_cast<uint8_t*>(buf), len, u_tolower(c));
    out.append(buf, static_cast<std::size_t>(len));
  }
}

// "John Robert" -> "J. R.", "Jean-Paul" -> "J.-P.", "J.R." -> "J. R."; with initialize=false
// full words are kept and only existing initials are normalised.
std::string initialize_given(std::string_view given_in, std::string_view with, bool hyphen, bool initialize) {
  // Without initialize-with-hyphen the parts of a compound given name are initialized as
  // separate names ("Jean-Luc" -> "J.L."), so a lowercase part is kept whole as a word between
  // names is ("Anne-marie" -> "A. marie", "Jean-le Rond" -> "J. le R."), as citeproc-js does;
  // with the hyphen a lowercase part still joins its name ("Ji-woo" -> "J.").
  std::string spaced;
  if (!hyphen && initialize && given_in.find('-') != std::string_view::npos) {
    spaced.assign(given_in);
    for (char& ch : spaced)
      if (ch == '-') ch = ' ';
  }
  const std::string_view given = spaced.empty() ? given_in : std::string_view(spaced);
  std::string out;
  std::size_t i = 0;
  while (i < given.size()) {
    while (i < given.size() && given[i] == ' ') ++i;
    std::size_t j = i;
    while (j < given.size() && given[j] != ' ') ++j;
    std::string_view word = given.substr(i, j - i);
    i = j;
    if (word.empty()) continue;
    // Split the word at hyphens and at periods after a single letter ("J.R."); each part
    // knows the separator before it.
    bool first_part = true;
    bool prev_initial = false;
    char before = 0;
    for (std::size_t k = 0; k < word.size();) {
      std::size_t m = k;
      // A hyphen before a lowercase letter joins one name ("Ji-woo" initializes to "J.", as
      // citeproc-js); before a capital it joins two ("Jean-Paul": "J.-P.").
      while (m < word.size() && word[m] != '.' &&
             !(word[m] == '-' && !(m + 1 < word.size() && word[m + 1] >= 'a' && word[m + 1] <= 'z')))
        ++m;
      const char next_sep = m < word.size() ? word[m] : 0;
      if (m > k) {
        std::string_view part = word.substr(k, m - k);
        // Inline markup around a part ("<b>J</b>") stays around its initial ("<b>J.</b>").
        std::string_view open_tags, close_tags;
        if (part.front() == '<' || part.back() == '>') {
          open_tags = leading_tags(part);
          part.remove_prefix(open_tags.size());
          close_tags = trailing_tags(part);
          part.remove_suffix(close_tags.size());
          out.append(open_tags);
          if (part.empty()) {
            out.append(close_tags);
            k = m + 1;
            before = next_sep;
            continue;
          }
        }
        // The terminator goes inside the markup, the space after it outside.
        auto append_with = [&] {
          if (close_tags.empty()) {
            out.append(with);
            return;
          }
          const std::size_t body = with.find_last_not_of(' ') + 1;
          out.append(with.substr(0, body));
          out.append(close_tags);
          out.append(with.substr(body));
        };
        std::size_t len = 0;
        const UChar32 c = first_cp(part, len);
        const bool is_initial = len == part.size();
        const bool upper = c < 0x80 ? (c >= 'A' && c <= 'Z') : (u_isupper(c) || u_istitle(c));
        // Without the hyphen the initials keep the terminator between them ("J P" with
        // initialize-with=" ", as citeproc-js joins them). With initialize="false" nothing is
        // initialized and initials written in the name only take the terminator, so initials
        // written with a hyphen ("J.-P.", "H-J") are not joined by one either ("J. P.", as
        // citeproc-js); whole names keep theirs ("Jean-Paul").
        const bool cur_initial = next_sep == '.' || (upper && is_initial);
        if (!first_part && before == '-' && hyphen && (initialize || !(prev_initial && cur_initial))) {
          trim_right(out);
          out += '-';
        }
        if (next_sep == '.') {
          // Written abbreviated ("Ph.", "Me."): already an initial, kept whole.
          out.append(part);
          append_with();
        } else if (upper && (initialize || is_initial)) {
          out.append(part.substr(0, len));
          append_digraph_rest(out, part.substr(len));
          append_with();
        } else {
          if (!first_part && before == '.') out.pop_back();
          // A word kept whole ("le" in "Jean le Rond") stands apart from the initial before
          // it also when the terminator has no space ("J le R", "J. le R."), except after
          // a hyphen ("J.-le R.-" with initialize-with=".-"), as citeproc-js joins them.
          if (first_part && !out.empty() && out.back() != ' ' && out.back() != '-') out += ' ';
          out.append(part);
          if (!close_tags.empty()) out.append(close_tags);
          out += ' ';
        }
        first_part = false;
        prev_initial = cur_initial;
      }
      before = next_sep;
      k = m + 1;
    }
    // A hyphen that ends the word stays after its initials ("Tim Berners-" -> "T.B.-"), as
    // citeproc-js keeps it.
    if (before == '-' && !first_part && hyphen) {
      trim_right(out);
      out += "- ";
    }
  }
  trim_right(out);
  return out;
}

bool is_cjk(const Name& n) {
  return (n.family.empty() || is_cjk_name_text(n.family)) && (n.given.empty() || is_cjk_name_text(n.given)) &&
         !(n.family.empty() && n.given.empty());
}

}  // namespace

namespace {

struct NameRenderOptions {
  NameForm form = NameForm::long_;
  bool inverted = false;
  bool initialize = true;
  const std::string* initialize_with = nullptr;
  std::string_view sort_separator = ", ";
  bool demote = true;
  std::uint8_t given_level = 0;
};

}  // namespace

// A name suffix's abbreviations take the initialize-with terminator in place of their
// periods ("Jr." -> "Jr" with initialize-with=" ", "Ph.D." -> "Ph. D." with ". "), as
// citeproc-js normalizes suffixes like initials; words without a period stay as written.
static std::string initialize_suffix(std::string_view suffix, std::string_view with) {
  std::string out;
  out.reserve(suffix.size() + 4);
  for (std::size_t i = 0; i < suffix.size(); ++i) {
    if (suffix[i] != '.') {
      out += suffix[i];
      continue;
    }
    out += with;
    while (i + 1 < suffix.size() && suffix[i + 1] == ' ') ++i;
  }
  while (!out.empty() && out.back() == ' ') out.pop_back();
  return out;
}

static std::string render_one_name(Evaluator& ev, const NamesEl& n, const Name& name, const NameRenderOptions& o) {
  if (name.is_literal() || (name.given.empty() && name.family.empty())) {
    std::string s = ir::from_rich_text(name.is_literal() ? name.literal : name.family);
    if (n.family_fmt.present) ev.finish(s, n.family_fmt.fmt);
    return s;
  }
  NameForm form = o.form;
  bool use_initials = o.initialize_with != nullptr;
  std::string suffix_buf;
  std::string_view suffix = name.suffix;
  if (o.initialize_with && suffix.find('.') != std::string_view::npos) {
    suffix_buf = initialize_suffix(suffix, *o.initialize_with);
    suffix = suffix_buf;
  }
  if (o.given_level >= 1 && form == NameForm::short_) {
    form = NameForm::long_;
    if (o.given_level >= 2) use_initials = false;
  } else if (o.given_level >= 2) {
    use_initials = false;
  }

  // Name-part formatting (specification, "Name-part Formatting"): the family name-part's
  // font and text-case apply to the family name and the non-dropping particle, the given
  // name-part's to the given name and the dropping particle, each part on its own. Affixes
  // of the family name-part enclose the particles before it (and the suffix of a name in
  // display order); those of the given name-part enclose particles demoted after it.
  // A name in a CJK script (family name first, no space) takes the formatting of both
  // name-parts but neither's affixes, and no font style: CJK text is not set in italics
  // ("<b>毛</b><sup>泽东</sup>" where the family part is bold and italic and the given part
  // italic and superscript; citeproc-js, the specification silent on CJK names).
  const bool cjk = is_cjk(name);
  const Formatting* family_fmt = n.family_fmt.present ? &n.family_fmt.fmt : nullptr;
  const Formatting* given_fmt = n.given_fmt.present ? &n.given_fmt.fmt : nullptr;
  const Formatting* family_affixes = cjk ? nullptr : family_fmt;
  Formatting cjk_family, cjk_given;
  if (cjk) {
    if (family_fmt) {
      cjk_family = *family_fmt;
      cjk_family.font_style = FontStyle::unset;
      family_fmt = &cjk_family;
    }
    if (given_fmt) {
      cjk_given = *given_fmt;
      cjk_given.font_style = FontStyle::unset;
      cjk_given.prefix.clear();
      cjk_given.suffix.clear();
      given_fmt = &cjk_given;
    }
  }
  // French, Russian and Czech typography keep particles on the family name's line: in
  // those locales the particles and the family name they precede are joined by a no-break
  // space (citeproc-js; the specification is silent). Particles after a given name are not.
  const std::string_view lang = ev.locale.lang();
  const bool nbsp_particles = lang.starts_with("fr") || lang.starts_with("ru") || lang.starts_with("cs");
  const std::string_view family_join = nbsp_particles ? std::string_view("\u00a0") : std::string_view(" ");
  // A particle ending in an apostrophe or hyphen ("d'", "al-") joins what follows without
  // a space; a given name or its initials ending in a hyphen ("J.-") do not: the particle
  // after them keeps its space ("Humboldt, A.- von", citeproc-js).
  auto add_part_joined = [&](std::string& block, std::string_view text, const Formatting* f, std::string_view join,
                             bool after_particle = true) {
    if (text.empty()) return;
    // (A formatted particle is looked at inside its marks: "<sc>D’</sc>Alembert".)
    std::string_view shown = block;
    while (shown.size() >= 3 && ir::is_mark(shown.data() + shown.size() - 3, shown.data() + shown.size()))
      shown.remove_suffix(3);
    if (!block.empty() && !ir::is_blank(block) && !(after_particle && ends_with_no_space(shown))) block += join;
    if (!f) {
      ir::append_rich_text(block, text);
      return;
    }
    std::string part = ir::from_rich_text(text);
    ev.format_part(part, *f);
    block += part;
  };
  auto add_part = [&](std::string& block, std::string_view text, const Formatting* f) {
    add_part_joined(block, text, f, " ");
  };
  auto add_affixes = [&](std::string& block, const Formatting* f) {
    if (!f || ir::is_blank(block)) return;
    if (!f->prefix.empty()) block.insert(0, f->prefix);
    if (!f->suffix.empty()) ir::append(block, f->suffix, ev.punct_in_quote);
  };
  const bool demoted = o.inverted && o.demote;
  const bool long_form = form == NameForm::long_;
  std::string fam_ir;
  if (long_form && !o.inverted) add_part_joined(fam_ir, name.dropping_particle, given_fmt, family_join);
  // A short name's sort key drops a demoted particle too ("Gogh" for "van Gogh" between
  // "Doe" and "Humboldt"), as citeproc-js keys it; the display keeps it.
  if (!demoted || (!long_form && !ev.mode.sort_key)) add_part_joined(fam_ir, name.non_dropping_particle, family_fmt, family_join);
  add_part_joined(fam_ir, name.family, family_fmt, family_join);
  if (!long_form || name.given.empty()) {
    if (long_form && !suffix.empty()) {
      if (o.inverted) {
        add_affixes(fam_ir, family_affixes);
        fam_ir += o.sort_separator;
      } else {
        fam_ir += name.comma_suffix ? ", " : " ";
      }
      ir::append_rich_text(fam_ir, suffix);
      if (!o.inverted) add_affixes(fam_ir, family_affixes);
      return fam_ir;
    }
    // The demoted particle is the key's next field: "Dijk" before "Dijk van" (specification,
    // sorting order of names: family, then dropping and non-dropping particle, then given).
    if (!long_form && demoted && ev.mode.sort_key && !name.non_dropping_particle.empty()) {
      fam_ir += o.sort_separator;
      fam_ir += name.non_dropping_particle;
    }
    add_affixes(fam_ir, family_affixes);
    return fam_ir;
  }
  std::string given_ir;
  // A name with only a given name ("Plato") is not initialized: the given name is all
  // there is to show (citeproc-js).
  if (use_initials && !cjk && !name.family.empty())
    add_part(given_ir, initialize_given(name.given, *o.initialize_with, ev.style.initialize_with_hyphen, o.initialize), given_fmt);
  else
    add_part(given_ir, name.given, given_fmt);
  if (o.inverted) add_part_joined(given_ir, name.dropping_particle, given_fmt, " ", false);
  if (demoted)
    add_part_joined(given_ir, name.non_dropping_particle, family_fmt, " ", o.inverted && !name.dropping_particle.empty());
  add_affixes(given_ir, given_fmt);
  std::string out;
  if (ir::is_blank(fam_ir)) {
    // A given name alone ("I Test J R"): no sort separator or space before a missing family.
    out = std::move(given_ir);
    if (!suffix.empty()) {
      out += o.inverted ? std::string(o.sort_separator) : std::string(name.comma_suffix ? ", " : " ");
      ir::append_rich_text(out, suffix);
    }
    return out;
  }
  if (cjk) {
    out = std::move(fam_ir);
    out += given_ir;
    return out;
  }
  // A name-part affix that is or ends in a space ("Jean-Marie " before "de La Fontaine")
  // stands for the space between the parts: one space, as citeproc-js prints it.
  auto edge_space = [](std::string_view s, bool at_end) {
    while (s.size() >= 3) {
      const char* p = at_end ? s.data() + s.size() - 3 : s.data();
      if (!ir::is_mark(p, p + 3)) break;
      if (at_end) s.remove_suffix(3);
      else s.remove_prefix(3);
    }
    return !s.empty() && (at_end ? s.back() : s.front()) == ' ';
  };
  if (o.inverted) {
    add_affixes(fam_ir, family_affixes);
    out = std::move(fam_ir);
    // (The same for a given part opening with a space after the sort separator: "Fontaine, "
    // and " Jean-Marie" make one space; a family part ending in one keeps both, "King , M. L.",
    // as citeproc-js prints them.)
    std::string_view sep = o.sort_separator;
    if (sep.ends_with(' ') && edge_space(given_ir, false)) sep.remove_suffix(1);
    out += sep;
    out += given_ir;
    if (!suffix.empty()) {
      out += o.sort_separator;
      ir::append_rich_text(out, suffix);
    }
    return out;
  }
  if (!suffix.empty()) {
    fam_ir += name.comma_suffix ? ", " : " ";
    ir::append_rich_text(fam_ir, suffix);
  }
  add_affixes(fam_ir, family_affixes);
  std::string& first_ir = name.static_ordering ? fam_ir : given_ir;
  std::string& second_ir = name.static_ordering ? given_ir : fam_ir;
  out = std::move(first_ir);
  if (!edge_space(out, true) && !edge_space(second_ir, false)) out += ' ';
  out += second_ir;
  return out;
}

std::string Evaluator::render_names(const Element& e, const NamesEl& n_in) {
  if (in_substitute) ++substitute_names_seen_;
  // cs:names inside cs:substitute without its own cs:name inherits the parent's.
  const NamesEl& n = (in_substitute && substitute_parent && !n_in.has_name) ? *substitute_parent : n_in;
  // The name options with inherited ones filled in (as NameOptions::inherit), read in place.
  const NameOptions& own = n.name;
  const NameOptions& inherited = layout.name_options;
  auto opt = [&](auto member) -> const auto& { return (own.*member) ? own.*member : inherited.*member; };

  struct List {
    Variable var;
    std::span<const Name> names;
    std::string_view term;
  };
  boost::container::small_vector<List, 4> lists;
  for (Variable v : n_in.variables) {
    ++vars_called;
    if (suppressed.test(static_cast<std::size_t>(v))) continue;
    auto names = ref.names(v);
    if (names.empty()) continue;
    lists.push_back({v, names, to_string(v)});
  }
  // Identical editor and translator lists render once with the editortranslator term, when
  // the selection consists of those two variables (specification; citeproc-js): with a third
  // ("author editor translator") each list renders with its own term.
  if (n_in.variables.size() == 2) {
    int ed = -1, tr = -1;
    for (std::size_t i = 0; i < lists.size(); ++i) {
      if (lists[i].var == Variable::editor) ed = static_cast<int>(i);
      if (lists[i].var == Variable::translator) tr = static_cast<int>(i);
    }
    const bool counting = n.name.form == NameForm::count || (!n.name.form && layout.name_options.form == NameForm::count);
    if (!counting && ed >= 0 && tr >= 0 && std::equal(lists[ed].names.begin(), lists[ed].names.end(), lists[tr].names.begin(),
                                         lists[tr].names.end())) {
      lists[static_cast<std::size_t>(ed)].term = "editortranslator";
      lists.erase(lists.begin() + tr);
    }
  }

  const bool is_first_names = !first_names_done_ && !mode.sort_key;
  // Only a bibliography with subsequent-author-substitute compares the first names.
  const bool keys_first_names = is_first_names && mode.bibliography && style.subsequent_author_substitute;
  // A name count in a sort key is the number of names, 0 for none (citeproc-js sorts an item
  // without names first, by the specification's "number of names"), not an empty key that
  // would go last; printed, a count of no names is nothing.
  const bool zero_count_key = mode.sort_key && opt(&NameOptions::form) == NameForm::count;
  if (lists.empty()) {
    // A cs:names inside a substitute (a macro's) runs its own cs:substitute too, as citeproc-js
    // does (psychological-medicine: author, else a macro whose author names substitute the
    // title); the specification is silent. Macros cannot recurse (the style loader rejects
    // cycles); the depth bound only keeps substitutes from nesting without end.
    if (zero_count_key && (!n_in.substitute || substitute_depth_ >= 2)) {
      ++vars_rendered;
      return "0";
    }
    if (!n_in.substitute || substitute_depth_ >= 2) return {};
    struct Depth {
      int& d;
      explicit Depth(int& x) : d(++x) {}
      ~Depth() { --d; }
    } substitute_level(substitute_depth_);
    // Substitute: the first child that renders anything wins; its variables are then
    // suppressed for the rest of the reference.
    std::string out;
    bool printed_variable = false, by_names_element = false, by_shorthand_names = false;
    const bool saved_in = in_substitute;
    const NamesEl* saved_parent = substitute_parent;
    in_substitute = true;
    substitute_parent = &n_in;
    // cs:choose is transparent here as everywhere (spec, Choose): its matching branch's
    // children are alternatives like the substitute's own children (citeproc-js).
    // Under subsequent-author-substitute, a variable a cs:text substitute prints is replaced
    // inside that element's quotes, formatting and affixes ("“———.” n.d."), as citeproc-js
    // replaces it. A cs:names inside a macro the substitute calls is a cs:names element of
    // its own: once it was evaluated (printing nothing), it was the first names element and
    // what a later alternative prints is not replaced (specification: "Substitution is
    // limited to the first cs:names element rendered"; chicago-note-bibliography's
    // container-title after its editor and translator macros repeats, as in citeproc-js).
    const std::string* saved_sas = sas_value_;
    bool names_evaluated = false;
    auto first_rendered = [&](auto& self, const Elements& alternatives) -> bool {
      for (const Element& c : alternatives) {
        if (c.kind == Element::Kind::choose) {
          for (const Branch& b : c.choose->branches)
            if (evaluate(b)) {
              if (self(self, b.children)) return true;
              break;
            }
          continue;
        }
        touched.reset();
        const int names_seen = substitute_names_seen_;
        sas_value_ = is_first_names && !names_evaluated && mode.author_substitute && c.kind != Element::Kind::names
                         ? mode.author_substitute
                         : nullptr;
        // An author-only cite prints a substituted cs:text without the font formatting and
        // quotes of its elements, their affixes kept ("[Alpha]"), and without the markup and
        // quotes of the field's own text ("We will all be slaves to MNCs, says"), as
        // citeproc-js does.
        const bool saved_undecorated = undecorated_;
        const bool plain = mode.only_first_names && c.kind != Element::Kind::names;
        undecorated_ = undecorated_ || plain;
        out = render(c);
        if (plain) ir::strip_marks(out);
        undecorated_ = saved_undecorated;
        sas_value_ = saved_sas;
        if (!ir::is_blank(out)) {
          suppressed |= touched;
          printed_variable = touched.any();
          by_names_element = c.kind == Element::Kind::names;
          by_shorthand_names = by_names_element && c.names && !c.names->has_name;
          return true;
        }
        if (c.kind != Element::Kind::names && substitute_names_seen_ != names_seen) names_evaluated = true;
      }
      return false;
    };
    first_rendered(first_rendered, *n_in.substitute);
    in_substitute = saved_in;
    substitute_parent = saved_parent;
    if (ir::is_blank(out) && zero_count_key) {
      ++vars_rendered;
      return "0";
    }
    if (ir::is_blank(out)) return {};
    if (is_first_names) {
      // A substituted cs:names has recorded (and substituted) its own name lists already.
      const bool by_names = first_names_done_;
      first_names_done_ = true;
      // Only names, or a variable standing in for them, are replaced by
      // subsequent-author-substitute (specification: it "replaces names"; the suite's
      // magic_SubsequentAuthorSubstituteOfTitleField a title substitute); a substitute that
      // prints only terms ("Anon.") is no author and repeats as it is, and so does a variable
      // printed after a cs:names of a called macro (above), as in citeproc-js.
      if (keys_first_names && !by_names && printed_variable && !names_evaluated) first_names_key_ = out;
      first_names_ir_ = out;
      // An author-only cite keeps the affixes around substituted names ("[J. Roe],"), not
      // around a substituted text, as below.
      if (mode.only_first_names && by_shorthand_names) {
        Formatting affixes;
        affixes.prefix = e.fmt.prefix;
        affixes.suffix = e.fmt.suffix;
        finish(first_names_ir_, affixes);
      }
      if (mode.suppress_first_names) {
        ++vars_rendered;
        return {};
      }
    }
    // The element's affixes and formatting go around names, its own or those of a shorthand
    // cs:names substitute (no cs:name child: it inherits the element's options, specification,
    // Substitute); a cs:names substitute with a cs:name of its own is an element of its own,
    // dressed by its own attributes only ("Dusseault, Lisa ed., ‘HTTP…" where the outer
    // suffix ", " doubled the inner one), and what another substitute prints (a title, an
    // "Anon." term) stands alone, as citeproc-js renders them. The specification is silent.
    static const Formatting unformatted;
    finish(out, by_shorthand_names ? e.fmt : unformatted);
    return out;
  }
  vars_rendered += static_cast<int>(lists.size());
  for (const List& l : lists) touched.set(static_cast<std::size_t>(l.var));

  const NameForm form = opt(&NameOptions::form).value_or(NameForm::long_);
  std::optional<int> et_al_min = opt(&NameOptions::et_al_min), use_first = opt(&NameOptions::et_al_use_first);
  // Added names are counted in the form the ambiguity test compares (below): a cite shows that
  // many names, or more when its own form shows more, not its own count plus the added ones.
  const std::optional<int> compared_use_first =
      cite && !mode.bibliography && opt(&NameOptions::et_al_subsequent_use_first)
          ? opt(&NameOptions::et_al_subsequent_use_first)
          : use_first;
  // With et-al-subsequent-* set, a cite's first and subsequent forms differ; the ambiguity
  // test compares each list in the shorter of them (a two-name list under et-al-min="2" and
  // et-al-subsequent-min="3" is "Adams et al." at first), so cites alike in either form are
  // told apart (specification, Disambiguation: a cite is ambiguous when its rendering matches
  // another's).
  const std::optional<int> first_min = et_al_min, first_use_first = use_first;
  const std::optional<int> sub_min = opt(&NameOptions::et_al_subsequent_min)
                                         ? opt(&NameOptions::et_al_subsequent_min)
                                         : et_al_min;
  const std::optional<int> sub_use_first = opt(&NameOptions::et_al_subsequent_use_first)
                                               ? opt(&NameOptions::et_al_subsequent_use_first)
                                               : use_first;
  const bool two_forms = cite && !mode.bibliography && !mode.sort_key &&
                         (opt(&NameOptions::et_al_subsequent_min) || opt(&NameOptions::et_al_subsequent_use_first)) &&
                         first_min.value_or(1) >= 1 && first_use_first.value_or(1) >= 1 && sub_min.value_or(1) >= 1 &&
                         sub_use_first.value_or(1) >= 1;
  // (A sort key takes the first form's et-al whatever the cite's position: an item sorts
  // alike wherever it is cited, as citeproc-js keys it.)
  if (cite && !mode.bibliography && !mode.sort_key && (cite->position != Position::first || mode.disambiguation)) {
    // The ambiguity test compares cites in their subsequent (shortest) et-al form: cites
    // that read alike there need telling apart everywhere (citeproc-js).
    if (opt(&NameOptions::et_al_subsequent_min)) et_al_min = opt(&NameOptions::et_al_subsequent_min);
    if (opt(&NameOptions::et_al_subsequent_use_first)) use_first = opt(&NameOptions::et_al_subsequent_use_first);
  }
  bool use_last = opt(&NameOptions::et_al_use_last).value_or(false);
  if (mode.sort_key) {
    if (mode.sort_names_min) et_al_min = mode.sort_names_min;
    if (mode.sort_names_use_first) use_first = mode.sort_names_use_first;
    if (mode.sort_names_use_last) use_last = *mode.sort_names_use_last;
  }
  const auto& delimiter_opt = opt(&NameOptions::delimiter);
  static constexpr char sort_field[] = {kSortFieldSeparator, '\0'};
  // A sort key joins the names with the style's delimiter, as the macro prints them ("the
  // string value the macro would ordinarily generate", specification, Sorting): its spaces
  // count as gaps and its punctuation is ignored, so " / " puts two gaps between names where
  // ", " puts one (citeproc-js keys the names so, joined without "and").
  const std::string_view delimiter = delimiter_opt ? std::string_view(*delimiter_opt) : std::string_view(", ");
  const std::string_view names_delim = n.delimiter ? std::string_view(*n.delimiter)
                                       : layout.names_delimiter ? std::string_view(*layout.names_delimiter)
                                                                : std::string_view{};

  std::string out;
  bool first_list = true;
  std::size_t list_no = 0;  // the lists appended before this one
  std::size_t counted = 0;  // form="count": the names of every variable, added up
  for (const List& l : lists) {
    const std::size_t total = l.names.size();
    std::size_t shown = total;
    bool et_al = false;
    if (et_al_min && use_first && static_cast<int>(total) >= *et_al_min) {
      int uf = *use_first;
      if (mode.bibliography && is_first_names)
        uf += state.extra_names;
      // (A sort key shows the list as the et-al settings do, without the names
      // disambiguation added: citeproc-js sorts so; the specification does not say.)
      else if (!mode.bibliography && !mode.sort_key && state.extra_names > 0)
        uf = std::max(uf, compared_use_first.value_or(uf) + state.extra_names);
      // et-al-use-first="0" renders no name of a list that long: nor its et-al term and
      // label, and the list counts as a variable that printed nothing (a group around it
      // falls away) though it is no empty variable to substitute, as citeproc-js renders it
      // (rassegna-degli-archivi-di-stato: the full author list only below four names).
      if (uf < 1 && !mode.sort_key && form != NameForm::count) {
        --vars_rendered;
        continue;
      }
      if (uf < 1) uf = 1;
      if (static_cast<std::size_t>(uf) < total) {
        shown = static_cast<std::size_t>(uf);
        et_al = true;
      }
    }
    std::size_t shown_most = shown;
    if (two_forms) {
      auto shown_by = [total](std::optional<int> mn, std::optional<int> uf) {
        return mn && uf && static_cast<int>(total) >= *mn ? std::min<std::size_t>(total, static_cast<std::size_t>(*uf))
                                                          : total;
      };
      const std::size_t compared =
          std::min(shown_by(first_min, first_use_first), shown_by(sub_min, sub_use_first));
      const std::size_t wanted = std::min(total, compared + static_cast<std::size_t>(std::max(0, state.extra_names)));
      shown_most = std::max({shown_by(first_min, first_use_first), shown_by(sub_min, sub_use_first), wanted});
      if (mode.disambiguation)
        shown = wanted;
      else if (state.extra_names > 0)
        shown = std::max(shown, wanted);
      et_al = shown < total;
    }
    std::string list;
    if (form == NameForm::count) {
      // The count is of the names printed: under et-al-use-last also the last name after the
      // ellipsis (specification, form "count": "the total number of names that would
      // otherwise be rendered"; the ellipsis needs two names more than are shown).
      counted += shown + (et_al && use_last && shown + 2 <= total ? 1 : 0);
      continue;
    } else {
      NameRenderOptions o;
      o.form = form;
      o.initialize = opt(&NameOptions::initialize).value_or(true);
      const auto& initialize_with = opt(&NameOptions::initialize_with);
      o.initialize_with = initialize_with ? &*initialize_with : nullptr;
      const auto& sort_separator = opt(&NameOptions::sort_separator);
      o.sort_separator = mode.sort_key  ? std::string_view(sort_field)
                         : sort_separator ? std::string_view(*sort_separator)
                                          : std::string_view(", ");
      o.demote = mode.sort_key ? style.demote_non_dropping_particle != DemoteParticle::never
                               : style.demote_non_dropping_particle == DemoteParticle::display_and_sort;
      const NameAsSortOrder nso = mode.sort_key ? NameAsSortOrder::all : opt(&NameOptions::name_as_sort_order).value_or(NameAsSortOrder::none);
      boost::container::small_vector<std::string, 8> rendered;
      boost::container::small_vector<bool, 8> inverted;
      // cs:name's formatting and affixes dress each name, not the list ("Leiserson CE.,
      // Thompson NC., et al." for suffix="."), as citeproc-js renders them; the specification
      // does not say. A literal name takes the formatting but not the affixes (citeproc-js
      // renders it like an institution).
      const Formatting& nf = n.name_fmt;
      const bool dressed = nf.has_font() || nf.quotes || nf.strip_periods || nf.text_case != TextCase::none ||
                           !nf.prefix.empty() || !nf.suffix.empty();
      auto dress = [&](std::string& name, bool literal) {
        if (ir::is_blank(name)) return;
        format_part(name, nf);
        if (literal) return;
        if (!nf.prefix.empty()) {
          std::string with_prefix = nf.prefix;
          ir::append(with_prefix, name, punct_in_quote);
          name.swap(with_prefix);
        }
        if (!nf.suffix.empty()) ir::append(name, nf.suffix, punct_in_quote);
      };
      for (std::size_t i = 0; i < shown; ++i) {
        o.inverted = nso == NameAsSortOrder::all || (nso == NameAsSortOrder::first && i == 0);
        // A sort key takes "the string value the macro would ordinarily generate"
        // (specification, Sorting): the given names that by-cite disambiguation expanded to
        // set a cite apart are left out, as the names disambiguate-add-names added are; the
        // global rules expand a name "in all cites", so it keys as expanded (citeproc-js
        // keys both ways alike).
        const bool cite_expansion = mode.sort_key && style.givenname_rule == GivennameRule::by_cite;
        o.given_level = (first_list && !cite_expansion && i < state.given_level.size()) ? state.given_level[i] : 0;
        if (!first_list && is_first_names && list_no - 1 < state.more_given_level.size() &&
            i < state.more_given_level[list_no - 1].size())
          o.given_level = state.more_given_level[list_no - 1][i];
        rendered.push_back(render_one_name(*this, n, l.names[i], o));
        // A name that prints nothing (a given name alone in the short form) leaves the list,
        // delimiter and all, as citeproc-js purges empty names before joining them.
        if (ir::is_blank(rendered.back())) {
          rendered.pop_back();
          continue;
        }
        // A macro call's strip-periods reaches the names' text, literal names too, but not
        // the affixes around them ("M Keating, x.J Q Doe.y"), as citeproc-js strips them.
        strip_inherited_periods(rendered.back());
        if (dressed) dress(rendered.back(), l.names[i].is_literal());
        inverted.push_back(o.inverted && !l.names[i].is_literal());
        // subsequent-author-substitute compares the persons a list shows, by all their name
        // parts ("J. Doe" for John is not "J. Doe" for Jane), not the et-al term or the
        // "and" joining them (the specification's "all rendered names"; citeproc-js keys
        // each rendered name by its parts).
        if (keys_first_names) {
          // (A literal name keys as a family name: "Beijing Zoo" either way.)
          const Name& nm = l.names[i];
          const std::string_view parts[] = {nm.non_dropping_particle, nm.is_literal() ? nm.literal : nm.family, nm.given,
                                            nm.dropping_particle, nm.suffix};
          std::size_t size = first_names_key_.size() + 6;
          for (std::string_view part : parts) size += part.size();
          if (first_names_key_.capacity() < size) first_names_key_.reserve(std::max<std::size_t>(size, 128));
          for (std::string_view part : parts) {
            first_names_key_.append(part);
            first_names_key_.push_back('\x1D');
          }
          first_names_key_.push_back('\x1F');
        }
      }
      // A list whose names all printed nothing is left out with its label and the names
      // delimiter after it ("Roe, Doe eds." for authors "Plato" in the short form and
      // editors Roe and Doe), as citeproc-js drops the empty list.
      if (rendered.empty()) continue;
      if (is_first_names) {
        ShownList sl{l.names, shown, form, o.initialize_with != nullptr && o.initialize, std::max(shown, shown_most)};
        if (first_list) {
          static_cast<ShownList&>(shown_names_) = sl;
          shown_names_.more.clear();
        } else {
          shown_names_.more.resize(list_no - 1);
          shown_names_.more.push_back(sl);
        }
      }
      if (is_first_names) {
        // The -each and partial-first rules replace names one by one, keeping the
        // delimiters, "and" and et-al term ("---, ---, and ---"), and the cs:name affixes and
        // formatting that dress each name ("in ---, in ---"), as citeproc-js replaces them.
        if (first_list && mode.author_substitute && mode.author_substitute_names > 0)
          for (std::size_t i = 0; i < rendered.size() && i < mode.author_substitute_names; ++i) {
            rendered[i] = *mode.author_substitute;
            if (dressed) dress(rendered[i], false);
          }
      }
      const AndStyle and_style = opt(&NameOptions::and_).value_or(AndStyle::none);
      std::string_view and_word;
      if (and_style == AndStyle::text) and_word = locale.term_text("and");
      else if (and_style == AndStyle::symbol) and_word = "&";
      if (mode.sort_key) and_word = {};
      auto precedes = [&](DelimiterPrecedes p, std::size_t count, bool prev_inverted) {
        switch (p) {
          case DelimiterPrecedes::contextual: return count >= 3;
          case DelimiterPrecedes::after_inverted_name: return prev_inverted;
          case DelimiterPrecedes::always: return true;
          case DelimiterPrecedes::never: return false;
        }
        return false;
      };
      const bool ellipsis = et_al && use_last && shown + 2 <= total;
      const bool spaced_and = and_word.empty() || is_spaced_term(and_word);
      // A name that ends in a space (a name-part suffix " ") and a joiner that opens with one
      // (" and ", a delimiter " ; ") make one space ("Doe, John and Roe", "John ; Roe"), as
      // citeproc-js joins them, like the space a part's affix makes between given and family
      // parts; the specification does not say.
      auto join_piece = [&](std::string_view piece) {
        if (!piece.empty() && piece.front() == ' ' && !list.empty() && list.back() == ' ') piece.remove_prefix(1);
        list += piece;
      };
      for (std::size_t i = 0; i < rendered.size(); ++i) {
        const bool last = i + 1 == rendered.size() && !et_al;
        // A name an empty subsequent-author-substitute replaced leaves the list with its
        // delimiter, but the last name keeps what joins it, delimiter or "and" (", Al Doe",
        // ", and Al Doe", ", " for a list of empty names), as citeproc-js purges the empty
        // names before the last and then joins it.
        const bool joined_last = i > 0 && last;
        if (rendered[i].empty() && !joined_last) continue;
        if (i > 0 && (joined_last || !list.empty())) {
          if (last && !and_word.empty() && !ellipsis && !spaced_and) {
            // Joined without spaces; only delimiter-precedes-last="always" adds the delimiter.
            if (opt(&NameOptions::delimiter_precedes_last) == DelimiterPrecedes::always) join_piece(delimiter);
            list += and_word;
          } else if (last && !and_word.empty() && !ellipsis) {
            if (precedes(opt(&NameOptions::delimiter_precedes_last).value_or(DelimiterPrecedes::contextual), rendered.size(), inverted[i - 1]))
              join_piece(delimiter);
            else
              join_piece(" ");
            list += and_word;
            list += ' ';
          } else {
            join_piece(delimiter);
          }
        }
        list += rendered[i];
      }
      if (ellipsis) {
        NameRenderOptions lo = o;
        lo.inverted = nso == NameAsSortOrder::all;
        lo.given_level = 0;
        list += delimiter;
        list += "\u2026 ";
        std::string last_name = render_one_name(*this, n, l.names[total - 1], lo);
        strip_inherited_periods(last_name);
        if (dressed) dress(last_name, l.names[total - 1].is_literal());
        list += last_name;
      } else if (et_al && !mode.sort_key) {
        std::string term(locale.term_text(n.et_al_term));
        if (!term.empty()) {
          // Spacing follows the term's script, read before its formatting wraps it in markup.
          const bool spaced = is_spaced_term(term);
          strip_inherited_periods(term);
          if (n.has_et_al) finish(term, n.et_al_fmt);
          if (precedes(opt(&NameOptions::delimiter_precedes_et_al).value_or(DelimiterPrecedes::contextual), shown + 1,
                       !inverted.empty() && inverted.back()))
            list += delimiter;
          else if (spaced)
            list += ' ';
          list += term;
          // The cs:name affixes that dress each name also dress the list the et-al term
          // ends ("in W Zhang: and others:"), as citeproc-js prints them (the
          // specification is silent).
          if (dressed && !nf.prefix.empty()) list.insert(0, nf.prefix);
          if (dressed && !nf.suffix.empty()) ir::append(list, nf.suffix, punct_in_quote);
        }
      }
      // A name's suffix " " next to the " and " or delimiter's space makes one space, as
      // citeproc-js prints it ("Doe and Roe eds", plural_NameLabelContextualPlural).
      if (dressed) list.erase(std::unique(list.begin(), list.end(), [](char a, char b) { return a == ' ' && b == ' '; }), list.end());
      static const Formatting undressed;
      finish(list, undressed);
    }
    if (is_first_names) {
      // subsequent-author-substitute compares and replaces the name lists, not their labels:
      // "Doe, John ed." is followed by "---." for John Doe as author, "--- ed." by John Doe
      // as editor.
      if (keys_first_names) first_names_key_ += '\x1E';  // one list ends
      if (mode.author_substitute && mode.author_substitute_names == 0)
        list = first_list ? *mode.author_substitute : std::string();
    }
    // Label.
    if (n.label.present && form != NameForm::count && !mode.sort_key) {
      const bool plural = n.label.plural == Plural::always || (n.label.plural == Plural::contextual && total > 1);
      std::string label(locale.term_text(l.term, n.label.form, plural));
      // A macro call's strip-periods reaches the label of its names as it reaches a cs:label
      // ("(ed)", citeproc-js).
      strip_inherited_periods(label);
      term_case_ = true;
      finish(label, n.label.fmt);
      term_case_ = false;
      if (!label.empty()) {
        if (n.label.after_name) list += label;
        else list = label + list;
      }
    }
    if (!first_list && !names_delim.empty()) ir::append(out, names_delim, punct_in_quote);
    ir::append(out, list, punct_in_quote);
    first_list = false;
    ++list_no;
  }
  if (form == NameForm::count) out = std::to_string(counted);
  if (is_first_names) {
    first_names_done_ = true;
    first_names_ir_ = out;
    // An author-only cite keeps the affixes of its cs:names, not its formatting ("J. Doe,"
    // for suffix=", "; citeproc-js; the specification is silent).
    if (mode.only_first_names && form != NameForm::count && !ir::is_blank(out)) {
      Formatting affixes;
      affixes.prefix = e.fmt.prefix;
      affixes.suffix = e.fmt.suffix;
      finish(first_names_ir_, affixes);
    }
    if (mode.suppress_first_names) return {};
  }
  // A count is a bare number: cs:names' affixes and formatting dress names, not their count
  // (citeproc-js prints "2" for a count in prefix="[" font-weight="bold"; the specification
  // is silent).
  if (form != NameForm::count) finish(out, e.fmt);
  return out;
}

}  // namespace citelib::csl
