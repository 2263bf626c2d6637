#include <citelib/csl/locale.hpp>

#include "csl/style/parse_util.hpp"

#include <pugixml.hpp>

#include <fmt/format.h>

#include <algorithm>
#include <map>
#include <mutex>

namespace citelib::csl {

namespace detail {
extern const char* const builtin_en_us_locale;
}

namespace {

// Primary dialects (CSL locale fallback: "de" and "de-AT" fall back to "de-DE").
std::string primary_dialect(std::string_view lang) {
  static const std::map<std::string, std::string, std::less<>> table = {
      {"af", "af-ZA"}, {"ar", "ar"},    {"bg", "bg-BG"}, {"ca", "ca-AD"}, {"cs", "cs-CZ"}, {"cy", "cy-GB"},
      {"da", "da-DK"}, {"de", "de-DE"}, {"el", "el-GR"}, {"en", "en-US"}, {"es", "es-ES"}, {"et", "et-EE"},
      {"eu", "eu"},    {"fa", "fa-IR"}, {"fi", "fi-FI"}, {"fr", "fr-FR"}, {"he", "he-IL"}, {"hr", "hr-HR"},
      {"hu", "hu-HU"}, {"id", "id-ID"}, {"is", "is-IS"}, {"it", "it-IT"}, {"ja", "ja-JP"}, {"km", "km-KH"},
      {"ko", "ko-KR"}, {"la", "la"},    {"lt", "lt-LT"}, {"lv", "lv-LV"}, {"mn", "mn-MN"}, {"nb", "nb-NO"},
      {"nl", "nl-NL"}, {"nn", "nn-NO"}, {"pl", "pl-PL"}, {"pt", "pt-PT"}, {"ro", "ro-RO"}, {"ru", "ru-RU"},
      {"sk", "sk-SK"}, {"sl", "sl-SI"}, {"sr", "sr-RS"}, {"sv", "sv-SE"}, {"th", "th-TH"}, {"tr", "tr-TR"},
      {"uk", "uk-UA"}, {"vi", "vi-VN"}, {"zh", "zh-CN"},
  };
  const std::string base(lang.substr(0, lang.find('-')));
  if (auto it = table.find(base); it != table.end()) return it->second;
  return base;
}

struct LocaleCache {
  std::mutex mutex;
  std::map<std::string, std::shared_ptr<const LocaleData>> files;  // by language
  bool builtin_warned = false;
};
LocaleCache& cache() {
  static LocaleCache c;
  return c;
}

std::shared_ptr<const LocaleData> parse_locale_text(const SourceText& src, Diagnostics& diags) {
  pugi::xml_document doc;
  const auto pr = doc.load_buffer(src.text().data(), src.size());
  if (!pr) {
    const std::size_t at = std::min(static_cast<std::size_t>(std::max<std::ptrdiff_t>(0, pr.offset)), src.size());
    diags.report(DiagCode::csl_xml_malformed, &src, {at, std::min(at + 1, src.size())}, {src.name(), pr.description()});
    return nullptr;
  }
  auto root = doc.document_element();
  if (std::string_view(root.name()) != "locale") {
    detail::report_at(diags, src, root, DiagCode::csl_not_style, {root.name(), "locale"});
    return nullptr;
  }
  auto d = std::make_shared<LocaleData>();
  detail::read_locale(root, *d, diags, src);
  return d;
}

// Loads locales-LANG.xml once per process; nullptr when there is no such file.
std::shared_ptr<const LocaleData> load_locale_file(const std::string& lang, Diagnostics& diags) {
  LocaleCache& c = cache();
  std::lock_guard lock(c.mutex);
  if (auto it = c.files.find(lang); it != c.files.end()) return it->second;
  std::shared_ptr<const LocaleData> data;
  if (auto path = find_locale_file(lang)) {
    if (auto src = SourceText::from_file(*path)) data = parse_locale_text(*src, diags);
  }
  c.files.emplace(lang, data);
  return data;
}

std::shared_ptr<const LocaleData> builtin_en_us(Diagnostics& diags) {
  static const std::shared_ptr<const LocaleData> d = [&] {
    SourceText src("<built-in en-US locale>", detail::builtin_en_us_locale);
    return parse_locale_text(src, diags);
  }();
  return d;
}

}  // namespace

void Locale::overlay(const LocaleData& d) {
  if (d.defines_ordinals) {
    // CSL 1.0.1: a locale that defines ordinals replaces every inherited ordinal term.
    for (auto it = terms_.begin(); it != terms_.end();) {
      if (it->first.rfind("ordinal", 0) == 0) it = terms_.erase(it);
      else ++it;
    }
  }
  for (const auto& [k, t] : d.terms) terms_[k] = t;
  if (d.date_text.present) date_text_ = d.date_text;
  if (d.date_numeric.present) date_numeric_ = d.date_numeric;
  if (d.punctuation_in_quote) punctuation_in_quote_ = *d.punctuation_in_quote;
  if (d.limit_day_ordinals_to_day_1) limit_day_ordinals_ = *d.limit_day_ordinals_to_day_1;
}

std::shared_ptr<const Locale> Locale::resolve(const Style& style, std::string_view requested, Diagnostics& diags) {
  auto loc = std::make_shared<Locale>();
  std::string lang(requested.empty() ? std::string_view(style.default_locale) : requested);
  if (lang.empty()) lang = "en-US";
  loc->lang_ = lang;
  const std::string base = lang.substr(0, lang.find('-'));
  const std::string primary = primary_dialect(lang);

  auto en = load_locale_file("en-US", diags);
  if (!en) {
    LocaleCache& c = cache();
    bool warn = false;
    {
      std::lock_guard lock(c.mutex);
      warn = !c.builtin_warned;
      c.builtin_warned = true;
    }
    if (warn) diags.add(make_diagnostic(DiagCode::csl_builtin_locale));
    en = builtin_en_us(diags);
  }
  if (en) loc->overlay(*en);
  if (lang != "en-US") {
    std::shared_ptr<const LocaleData> exact = load_locale_file(lang, diags);
    if (primary != lang && primary != "en-US") {
      if (auto p = load_locale_file(primary, diags)) loc->overlay(*p);
    }
    if (exact) loc->overlay(*exact);
    else if (primary == lang || !load_locale_file(primary, diags))
      diags.add(make_diagnostic(DiagCode::csl_locale_not_found, {lang, "en-US"}));
  }
  // Style overrides: unlabelled, then the language, then the exact dialect. Of several
  // cs:locale elements for the same language only the first counts, as in citeproc-js (the
  // specification does not expect two): a later one repeating a term or date format does
  // not replace it.
  auto overlay_first = [&](std::string_view tag) {
    for (const LocaleData& d : style.locales)
      if (d.lang == tag) {
        loc->overlay(d);
        return;
      }
  };
  overlay_first("");
  if (base != lang) overlay_first(base);
  overlay_first(lang);
  loc->index_terms();
  return loc;
}

void Locale::index_terms() {
  by_name_.clear();
  constexpr TermForm forms[] = {TermForm::long_, TermForm::short_, TermForm::verb, TermForm::verb_short, TermForm::symbol};
  for (const auto& [key, t] : terms_) {
    // Keys are "name\x1fform" (ungendered) or "name\x1fform\x1fgender".
    const std::size_t sep = key.find('\x1f');
    if (sep == std::string::npos) continue;
    const std::string_view form_name = std::string_view(key).substr(sep + 1);
    for (TermForm f : forms)
      if (detail::to_string(f) == form_name) {
        auto& slots = by_name_.try_emplace(key.substr(0, sep)).first->second;
        slots[static_cast<std::size_t>(f)] = &t;
      }
  }
}

const Term* Locale::find(std::string_view name, TermForm form, std::string_view gender_form) const {
  // The key as detail::term_key() builds it, on the stack for the usual short names.
  const std::string_view form_name = detail::to_string(form);
  const std::size_t len = name.size() + 1 + form_name.size() + (gender_form.empty() ? 0 : 1 + gender_form.size());
  char buf[96];
  std::string heap;
  char* k = buf;
  if (len > sizeof buf) {
    heap.resize(len);
    k = heap.data();
  }
  char* p = std::copy(name.begin(), name.end(), k);
  *p++ = '\x1f';
  p = std::copy(form_name.begin(), form_name.end(), p);
  if (!gender_form.empty()) {
    *p++ = '\x1f';
    p = std::copy(gender_form.begin(), gender_form.end(), p);
  }
  auto it = terms_.find(std::string_view(k, len));
  return it == terms_.end() ? nullptr : &it->second;
}

const Term* Locale::term(std::string_view name, TermForm form) const {
  const auto it = by_name_.find(name);
  if (it == by_name_.end()) return nullptr;
  const std::array<const Term*, 5>& slots = it->second;
  for (;;) {
    if (const Term* t = slots[static_cast<std::size_t>(form)]) return t;
    switch (form) {
      case TermForm::verb_short: form = TermForm::verb; break;
      case TermForm::symbol: form = TermForm::short_; break;
      case TermForm::verb:
      case TermForm::short_: form = TermForm::long_; break;
      case TermForm::long_: return nullptr;
    }
  }
}

std::string_view Locale::term_text(std::string_view name, TermForm form, bool plural) const {
  const Term* t = term(name, form);
  if (!t) return {};
  return plural && t->has_multiple ? std::string_view(t->multiple) : std::string_view(t->single);
}

std::string Locale::ordinal_suffix(long n, std::string_view gender) const {
  if (n < 0) n = -n;
  auto lookup = [&](const std::string& name) -> const Term* {
    if (!gender.empty())
      if (const Term* t = find(name, TermForm::long_, gender)) return t;
    return find(name, TermForm::long_, {});
  };
  const int two = static_cast<int>(n % 100), one = static_cast<int>(n % 10);
  // Two-digit terms (ordinal-10..99; ordinal-0X with match="last-two-digits"; whole-number).
  if (const Term* t = lookup(fmt::format("ordinal-{:02d}", two))) {
    const bool whole = t->match == "whole-number";
    if ((two >= 10 && (!whole || n == two)) || (two < 10 && t->match == "last-two-digits") || (whole && n == two))
      return t->single;
  }
  if (const Term* t = lookup(fmt::format("ordinal-{:02d}", one))) {
    if (t->match.empty() || t->match == "last-digit" || (t->match == "whole-number" && n == one)) return t->single;
  }
  if (const Term* t = lookup("ordinal")) return t->single;
  return {};
}

std::string Locale::long_ordinal(long n, std::string_view gender) const {
  if (n >= 1 && n <= 10) {
    const std::string name = fmt::format("long-ordinal-{:02d}", n);
    const Term* t = gender.empty() ? nullptr : find(name, TermForm::long_, gender);
    if (!t) t = find(name, TermForm::long_, {});
    if (t) return t->single;
  }
  return std::to_string(n) + ordinal_suffix(n, gender);
}

}  // namespace citelib::csl
