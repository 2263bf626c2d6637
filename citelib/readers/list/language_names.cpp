#include "readers/list/language_names.hpp"

#include <unicode/locdspnm.h>
#include <unicode/uloc.h>
#include <unicode/unistr.h>

#include <array>
#include <memory>
#include <mutex>
#include <string>
#include <unordered_map>

namespace citelib::list {

namespace {

std::string folded_utf8(icu::UnicodeString s) {
  std::string out;
  s.foldCase().toUTF8String(out);
  return out;
}

// Folded display name -> tag, for one display language.
using NameTable = std::unordered_map<std::string, std::string>;

NameTable build_table(const char* display) {
  NameTable table;
  const icu::Locale in(display);
  const std::unique_ptr<icu::LocaleDisplayNames> standard(icu::LocaleDisplayNames::createInstance(in, ULDN_STANDARD_NAMES));
  const std::unique_ptr<icu::LocaleDisplayNames> dialect(icu::LocaleDisplayNames::createInstance(in, ULDN_DIALECT_NAMES));
  const auto add = [&](const char* id) {
    char tag[ULOC_FULLNAME_CAPACITY];
    UErrorCode err = U_ZERO_ERROR;
    uloc_toLanguageTag(id, tag, sizeof tag, false, &err);
    if (U_FAILURE(err) || std::string_view(tag) == "und") return;
    for (const auto* names : {standard.get(), dialect.get()}) {
      if (!names) continue;
      icu::UnicodeString shown;
      names->localeDisplayName(id, shown);
      // ICU echoes the code back when it has no name for it.
      if (shown.isEmpty() || shown == icu::UnicodeString(id, -1, US_INV)) continue;
      table.emplace(folded_utf8(shown), tag);  // the first (plainest) id keeps a name
    }
  };
  // Languages first ("zh" before "zh_Hans_CN" for "Chinese"), then every two-letter code ICU
  // still names though its list leaves it out as deprecated (MediaWiki's "tl", Tagalog), then
  // the variants ICU has data for, with and without their script ("zh_Hans", "zh_Hant_TW" and
  // "zh_TW", "pt_BR", "sr_Latn").
  for (const char* const* lang = uloc_getISOLanguages(); *lang; ++lang) add(*lang);
  for (char a = 'a'; a <= 'z'; ++a)
    for (char b = 'a'; b <= 'z'; ++b) add(std::string{a, b}.c_str());
  for (int32_t i = 0, n = uloc_countAvailable(); i < n; ++i) {
    const char* id = uloc_getAvailable(i);
    add(id);
    char lang[ULOC_LANG_CAPACITY], region[ULOC_COUNTRY_CAPACITY];
    UErrorCode err = U_ZERO_ERROR;
    uloc_getLanguage(id, lang, sizeof lang, &err);
    uloc_getCountry(id, region, sizeof region, &err);
    if (U_SUCCESS(err) && *lang && *region) add((std::string(lang) + "_" + region).c_str());
  }
  return table;
}

struct DisplayLanguage {
  const char* code;
  std::once_flag built;
  NameTable table;
};

// The editions the reader knows; a display language outside them is not looked up.
std::array<DisplayLanguage, 7>& display_languages() {
  static std::array<DisplayLanguage, 7> langs = {{{"en", {}, {}}, {"es", {}, {}}, {"pt", {}, {}}, {"it", {}, {}},
                                                  {"ru", {}, {}}, {"de", {}, {}}, {"fr", {}, {}}}};
  return langs;
}

}  // namespace

std::optional<std::string_view> language_tag_by_name(std::string_view name, std::string_view display) {
  if (name.empty() || name.size() > 64) return std::nullopt;
  for (DisplayLanguage& d : display_languages()) {
    if (display != d.code) continue;
    std::call_once(d.built, [&d] { d.table = build_table(d.code); });
    const auto it = d.table.find(folded_utf8(icu::UnicodeString::fromUTF8(
        icu::StringPiece(name.data(), static_cast<int32_t>(name.size())))));
    if (it == d.table.end()) return std::nullopt;
    return std::string_view(it->second);
  }
  return std::nullopt;
}

}  // namespace citelib::list
