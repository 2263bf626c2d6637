#include <citelib/csl/locale.hpp>

#include <cstdlib>
#include <system_error>

namespace citelib::csl {

namespace {
std::vector<std::filesystem::path> split_path_list(const char* s) {
  std::vector<std::filesystem::path> out;
  if (!s) return out;
  std::string_view v(s);
  while (!v.empty()) {
    const auto p = v.find(':');
    const std::string_view part = v.substr(0, p);
    if (!part.empty()) out.emplace_back(std::string(part));
    if (p == std::string_view::npos) break;
    v.remove_prefix(p + 1);
  }
  return out;
}
}  // namespace

std::vector<std::filesystem::path> style_search_path() {
  std::vector<std::filesystem::path> out = split_path_list(std::getenv("CITELIB_STYLE_PATH"));
  out.emplace_back("styles");
  for (auto& p : split_path_list(CITELIB_DEFAULT_STYLE_DIRS)) {
    out.push_back(p);
    out.push_back(p / "dependent");
  }
  return out;
}

std::vector<std::filesystem::path> locale_search_path() {
  std::vector<std::filesystem::path> out = split_path_list(std::getenv("CITELIB_LOCALE_PATH"));
  for (auto& p : split_path_list(CITELIB_DEFAULT_LOCALE_DIRS)) out.push_back(p);
  return out;
}

std::optional<std::filesystem::path> find_style(std::string_view name_or_path) {
  std::error_code ec;
  const std::filesystem::path direct{std::string(name_or_path)};
  if (std::filesystem::is_regular_file(direct, ec)) return direct;
  // A style id URL ("http://www.zotero.org/styles/apa") names the file after its last segment.
  std::string name(name_or_path);
  if (auto slash = name.rfind('/'); slash != std::string::npos && name.find("://") != std::string::npos)
    name = name.substr(slash + 1);
  if (name.empty() || name.find('/') != std::string::npos) return std::nullopt;
  const std::string file = name.size() > 4 && name.ends_with(".csl") ? name : name + ".csl";
  for (const auto& dir : style_search_path()) {
    const auto p = dir / file;
    if (std::filesystem::is_regular_file(p, ec)) return p;
  }
  return std::nullopt;
}

std::optional<std::filesystem::path> find_locale_file(std::string_view lang) {
  std::error_code ec;
  const std::string file = "locales-" + std::string(lang) + ".xml";
  for (const auto& dir : locale_search_path()) {
    const auto p = dir / file;
    if (std::filesystem::is_regular_file(p, ec)) return p;
  }
  return std::nullopt;
}

}  // namespace citelib::csl
