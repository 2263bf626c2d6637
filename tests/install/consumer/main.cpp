// Reads CSL-JSON from a string and writes it back: proves headers, library and transitive
// dependencies of the installed package are usable.
#include <citelib/citelib.hpp>

#include <cstdio>

int main() {
  citelib::Diagnostics diags;
  auto refs = citelib::read_csl_json(
      citelib::SourceText("inline.json", R"([{"id":"1","type":"book","title":"T","issued":{"date-parts":[[2017,9,11]]}}])"),
      diags);
  if (refs.size() != 1 || !diags.empty()) return 1;
  const std::string out = citelib::write_csl_json(refs);
  std::puts(out.c_str());
  return out.find("\"2017\"") == std::string::npos && out.find("2017") != std::string::npos ? 0 : 1;
}
