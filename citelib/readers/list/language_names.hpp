#pragma once
// Language names beyond the reader's own tables: CS1 prints `|language=` as the language's
// name in the wiki's language ("(in Tagalog)", "(in Simplified Chinese)", "(en tagalo)"),
// and those names are CLDR's, which ICU carries for every language.

#include <optional>
#include <string_view>

namespace citelib::list {

/// The BCP-47 tag of the language (or language variant) whose CLDR display name, in the
/// language `display` ("en", "es", ...), is `name`, ignoring case: "Tagalog" -> "tl",
/// "Chinese (Taiwan)" -> "zh-TW", "Simplified Chinese" -> "zh-Hans", "Brazilian
/// Portuguese" -> "pt-BR". The names of a display language are gathered from ICU the first
/// time it is asked for (a few milliseconds), once per process; safe from any thread.
std::optional<std::string_view> language_tag_by_name(std::string_view name, std::string_view display);

}  // namespace citelib::list
