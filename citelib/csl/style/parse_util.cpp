#include "csl/style/parse_util.hpp"

namespace citelib::csl::detail {

void report_at(Diagnostics& diags, const SourceText& source, const pugi::xml_node& node, DiagCode code,
               std::initializer_list<std::string_view> args) {
  const std::ptrdiff_t off = node ? node.offset_debug() : -1;
  const std::size_t at = off >= 0 ? static_cast<std::size_t>(off) : 0;
  diags.report(code, &source, {at, at + 1}, args);
}

std::optional<TermForm> parse_term_form(std::string_view v) {
  if (v == "long") return TermForm::long_;
  if (v == "short") return TermForm::short_;
  if (v == "verb") return TermForm::verb;
  if (v == "verb-short") return TermForm::verb_short;
  if (v == "symbol") return TermForm::symbol;
  return std::nullopt;
}

std::string_view to_string(TermForm f) {
  switch (f) {
    case TermForm::long_: return "long";
    case TermForm::short_: return "short";
    case TermForm::verb: return "verb";
    case TermForm::verb_short: return "verb-short";
    case TermForm::symbol: return "symbol";
  }
  return "long";
}

std::string term_key(std::string_view name, TermForm form, std::string_view gender_form) {
  std::string k;
  k.reserve(name.size() + 16);
  k.append(name);
  k.push_back('\x1f');
  k.append(to_string(form));
  if (!gender_form.empty()) {
    k.push_back('\x1f');
    k.append(gender_form);
  }
  return k;
}

namespace {
void curl_apostrophes(std::string& s) {
  for (std::size_t i = s.find('\''); i != std::string::npos; i = s.find('\'', i + 3)) s.replace(i, 1, "\u2019");
}

void invalid(Diagnostics& d, const SourceText& s, const pugi::xml_node& n, const pugi::xml_attribute& a) {
  report_at(d, s, n, DiagCode::csl_invalid_value, {a.name(), a.value()});
}
}  // namespace

void read_formatting(const pugi::xml_node& node, Formatting& fmt, Diagnostics& diags, const SourceText& source) {
  for (const pugi::xml_attribute& a : node.attributes()) {
    const std::string_view n = a.name(), v = a.value();
    if (n == "prefix") fmt.prefix = v;
    else if (n == "suffix") fmt.suffix = v;
    else if (n == "font-style") {
      if (v == "normal") fmt.font_style = FontStyle::normal;
      else if (v == "italic") fmt.font_style = FontStyle::italic;
      else if (v == "oblique") fmt.font_style = FontStyle::oblique;
      else invalid(diags, source, node, a);
    } else if (n == "font-variant") {
      if (v == "normal") fmt.font_variant = FontVariant::normal;
      else if (v == "small-caps") fmt.font_variant = FontVariant::small_caps;
      else invalid(diags, source, node, a);
    } else if (n == "font-weight") {
      if (v == "normal") fmt.font_weight = FontWeight::normal;
      else if (v == "bold") fmt.font_weight = FontWeight::bold;
      else if (v == "light") fmt.font_weight = FontWeight::light;
      else invalid(diags, source, node, a);
    } else if (n == "text-decoration") {
      if (v == "none") fmt.text_decoration = TextDecoration::none;
      else if (v == "underline") fmt.text_decoration = TextDecoration::underline;
      else invalid(diags, source, node, a);
    } else if (n == "vertical-align") {
      if (v == "baseline") fmt.vertical_align = VerticalAlign::baseline;
      else if (v == "sup") fmt.vertical_align = VerticalAlign::sup;
      else if (v == "sub") fmt.vertical_align = VerticalAlign::sub;
      else invalid(diags, source, node, a);
    } else if (n == "display") {
      if (v == "block") fmt.display = Display::block;
      else if (v == "left-margin") fmt.display = Display::left_margin;
      else if (v == "right-inline") fmt.display = Display::right_inline;
      else if (v == "indent") fmt.display = Display::indent;
      else invalid(diags, source, node, a);
    } else if (n == "text-case") {
      if (v == "lowercase") fmt.text_case = TextCase::lowercase;
      else if (v == "uppercase") fmt.text_case = TextCase::uppercase;
      else if (v == "capitalize-first") fmt.text_case = TextCase::capitalize_first;
      else if (v == "capitalize-all") fmt.text_case = TextCase::capitalize_all;
      else if (v == "sentence") fmt.text_case = TextCase::sentence;
      else if (v == "title") fmt.text_case = TextCase::title;
      else invalid(diags, source, node, a);
    } else if (n == "quotes") {
      fmt.quotes = v == "true";
    } else if (n == "strip-periods") {
      fmt.strip_periods = v == "true";
    }
  }
}

void read_date_parts(const pugi::xml_node& node, std::vector<DatePart>& parts, Diagnostics& diags,
                     const SourceText& source) {
  for (const pugi::xml_node& c : node.children()) {
    if (c.type() != pugi::node_element) continue;
    if (std::string_view(c.name()) != "date-part") {
      report_at(diags, source, c, DiagCode::csl_unknown_element, {c.name(), node.name()});
      continue;
    }
    DatePart p;
    const std::string_view name = c.attribute("name").value();
    if (name == "year") p.name = DatePartName::year;
    else if (name == "month") p.name = DatePartName::month;
    else if (name == "day") p.name = DatePartName::day;
    else {
      report_at(diags, source, c, DiagCode::csl_invalid_value, {"name", name});
      continue;
    }
    if (auto f = c.attribute("form")) {
      const std::string_view v = f.value();
      if (v == "numeric") p.form = DatePartForm::numeric;
      else if (v == "numeric-leading-zeros") p.form = DatePartForm::numeric_leading_zeros;
      else if (v == "ordinal") p.form = DatePartForm::ordinal;
      else if (v == "long") p.form = DatePartForm::long_;
      else if (v == "short") p.form = DatePartForm::short_;
      else report_at(diags, source, c, DiagCode::csl_invalid_value, {"form", v});
    }
    if (auto r = c.attribute("range-delimiter")) p.range_delimiter = r.value();
    read_formatting(c, p.fmt, diags, source);
    parts.push_back(std::move(p));
  }
}

void read_locale(const pugi::xml_node& node, LocaleData& out, Diagnostics& diags, const SourceText& source) {
  out.lang = node.attribute("xml:lang").value();
  for (const pugi::xml_node& c : node.children()) {
    if (c.type() != pugi::node_element) continue;
    const std::string_view n = c.name();
    if (n == "info") continue;
    if (n == "style-options") {
      if (auto a = c.attribute("punctuation-in-quote")) out.punctuation_in_quote = std::string_view(a.value()) == "true";
      if (auto a = c.attribute("limit-day-ordinals-to-day-1"))
        out.limit_day_ordinals_to_day_1 = std::string_view(a.value()) == "true";
    } else if (n == "date") {
      const std::string_view form = c.attribute("form").value();
      LocaleDateFormat* f = form == "text" ? &out.date_text : form == "numeric" ? &out.date_numeric : nullptr;
      if (!f) {
        report_at(diags, source, c, DiagCode::csl_invalid_value, {"form", form});
        continue;
      }
      f->present = true;
      f->parts.clear();
      Formatting dummy;
      read_date_parts(c, f->parts, diags, source);
      // Affixes on a localized cs:date are ignored by the specification; the delimiter is kept.
      f->delimiter = c.attribute("delimiter").value();
    } else if (n == "terms") {
      for (const pugi::xml_node& t : c.children("term")) {
        const std::string name = t.attribute("name").value();
        const auto form = parse_term_form(t.attribute("form").value()).value_or(TermForm::long_);
        const std::string gender_form = t.attribute("gender-form").value();
        Term term;
        term.gender = t.attribute("gender").value();
        term.gender_form = gender_form;
        term.match = t.attribute("match").value();
        if (t.child("single") || t.child("multiple")) {
          term.single = t.child("single").text().get();
          term.multiple = t.child("multiple").text().get();
          term.has_multiple = true;
        } else {
          term.single = t.text().get();
        }
        // A straight apostrophe in a term's text is typographic ("à l’adresse"), as
        // citeproc-js prints terms and as citelib prints variables and text values; quote
        // terms keep theirs (Arabic's and Greek's inner quotes are "'").
        if (name.find("quote") == std::string::npos) {
          curl_apostrophes(term.single);
          curl_apostrophes(term.multiple);
        }
        if (name.rfind("ordinal", 0) == 0) out.defines_ordinals = true;
        out.terms[term_key(name, form, gender_form)] = std::move(term);
      }
    } else {
      report_at(diags, source, c, DiagCode::csl_unknown_element, {n, "locale"});
    }
  }
}

}  // namespace citelib::csl::detail
