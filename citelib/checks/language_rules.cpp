// Languages: CSL wants a BCP-47 tag ("es", "pt-BR"). A name ("Spanish", "español") is mapped
// to its tag through ICU's display names; a value that is neither is reported.
#include "context.hpp"

#include <unicode/uloc.h>
#include <unicode/unistr.h>

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>

namespace citelib::checks {

namespace {

std::string fold(std::string_view s) {
  icu::UnicodeString u = icu::UnicodeString::fromUTF8(icu::StringPiece(s.data(), static_cast<int32_t>(s.size())));
  u.foldCase();
  std::string out;
  u.toUTF8String(out);
  return out;
}

// Language names in the languages citelib reads, and each language's own name (autonym),
// folded, to their ISO 639 code. Built once, on the first name met.
const std::unordered_map<std::string, std::string>& names_to_codes() {
  static const std::unordered_map<std::string, std::string> table = [] {
    std::unordered_map<std::string, std::string> t;
    static constexpr const char* kDisplay[] = {"en", "es", "pt", "it", "fr", "de", "ru", "nl", "pl"};
    for (const char* const* lang = uloc_getISOLanguages(); *lang; ++lang) {
      UChar buf[128];
      auto add = [&](const char* display) {
        UErrorCode status = U_ZERO_ERROR;
        const int32_t n = uloc_getDisplayLanguage(*lang, display, buf, 128, &status);
        // ICU answers with the code itself when it has no name for it.
        if (U_FAILURE(status) || status == U_USING_DEFAULT_WARNING || n <= 0) return;
        std::string name;
        icu::UnicodeString(buf, n).foldCase().toUTF8String(name);
        if (name != *lang) t.emplace(std::move(name), *lang);
      };
      for (const char* d : kDisplay) add(d);
      add(*lang);
    }
    return t;
  }();
  return table;
}

// True when `tag` is a well-formed BCP-47 tag whose language subtag ICU knows.
bool is_known_tag(std::string_view tag) {
  if (tag.empty() || tag.size() > 64) return false;
  const std::string t(tag);
  char locale[ULOC_FULLNAME_CAPACITY];
  int32_t parsed = 0;
  UErrorCode status = U_ZERO_ERROR;
  uloc_forLanguageTag(t.c_str(), locale, ULOC_FULLNAME_CAPACITY, &parsed, &status);
  if (U_FAILURE(status) || parsed != static_cast<int32_t>(t.size())) return false;
  char lang[ULOC_LANG_CAPACITY];
  status = U_ZERO_ERROR;
  uloc_getLanguage(locale, lang, ULOC_LANG_CAPACITY, &status);
  if (U_FAILURE(status) || !*lang) return false;
  if (std::string_view(lang) == "und") return true;
  return *uloc_getISO3Language(locale) != '\0';
}

struct TagHash {
  using is_transparent = void;
  std::size_t operator()(std::string_view s) const noexcept { return std::hash<std::string_view>{}(s); }
};

// A list repeats a handful of tags: ICU parses each once per thread.
bool is_known_tag_cached(std::string_view tag) {
  thread_local std::unordered_map<std::string, bool, TagHash, std::equal_to<>> known;
  if (auto it = known.find(tag); it != known.end()) return it->second;
  if (known.size() > 4096) known.clear();
  return known.emplace(std::string(tag), is_known_tag(tag)).first->second;
}

}  // namespace

void check_language(const Reference& r, const ReferenceText& text, CheckContext& cx) {
  const std::string_view value = r.get(Variable::language);
  if (value.empty() || is_known_tag_cached(value)) return;
  std::string code;
  const auto& table = names_to_codes();
  if (auto it = table.find(fold(value)); it != table.end()) code = it->second;
  if (!code.empty()) cx.report(DiagCode::language_name_not_tag, r, text.find(value), {value, code});
  else cx.report(DiagCode::language_unknown, r, text.find(value), {value});
}

}  // namespace citelib::checks
