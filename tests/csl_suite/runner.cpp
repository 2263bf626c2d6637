// Conformance runner for the CSL processor test suite (../shared/csl-test-suite/fixtures).
//   citelib-csl-suite FIXTURE_DIR EXPECTED_FAILURES [--write-failures FILE] [--show NAME]
// Runs every fixture in-process, compares with RESULT as the suite README says, and checks
// the expected-failures ratchet: a fixture that fails but is not listed fails the run; a
// listed fixture that passes is reported so the list gets trimmed. Exit 77 (ctest: skipped)
// when the fixture folder is absent.
#include <citelib/csl/fixture.hpp>
#include <citelib/source.hpp>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <map>
#include <set>
#include <string>
#include <vector>

namespace fs = std::filesystem;

int main(int argc, char** argv) {
  if (argc < 3) {
    std::fprintf(stderr, "usage: %s FIXTURE_DIR EXPECTED_FAILURES [--write-failures FILE] [--show NAME]\n", argv[0]);
    return 2;
  }
  const fs::path dir = argv[1];
  const fs::path expected_path = argv[2];
  std::string write_failures, show;
  for (int i = 3; i + 1 < argc; i += 2) {
    const std::string a = argv[i];
    if (a == "--write-failures") write_failures = argv[i + 1];
    else if (a == "--show") show = argv[i + 1];
  }
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    std::printf("csl-suite: %s not found; skipping\n", dir.c_str());
    return 77;
  }
  std::set<std::string> expected;
  {
    std::ifstream in(expected_path);
    std::string line;
    while (std::getline(in, line)) {
      if (auto h = line.find('#'); h != std::string::npos) line.erase(h);
      while (!line.empty() && (line.back() == ' ' || line.back() == '\r')) line.pop_back();
      if (!line.empty()) expected.insert(line);
    }
  }
  std::vector<fs::path> files;
  for (const auto& e : fs::directory_iterator(dir))
    if (e.path().extension() == ".txt") files.push_back(e.path());
  std::sort(files.begin(), files.end());

  std::map<std::string, std::pair<int, int>> by_category;  // passed, total
  std::vector<std::string> failures, new_failures, unexpected_passes;
  int passed = 0;
  for (const fs::path& p : files) {
    const std::string name = p.stem().string();
    const std::string category = name.substr(0, name.find('_'));
    auto& cat = by_category[category];
    ++cat.second;
    bool ok = false;
    std::string got, want;
    auto src = citelib::SourceText::from_file(p);
    if (src) {
      auto fx = citelib::csl::parse_fixture(*src);
      if (fx) {
        citelib::Diagnostics diags;
        auto out = citelib::csl::run_fixture(*fx, diags);
        want = citelib::csl::normalize_fixture_output(fx->result);
        if (out) {
          got = citelib::csl::normalize_fixture_output(*out);
          ok = got == want;
        }
      }
    }
    if (name == show) std::printf("--- %s\nexpected:\n%s\ngot:\n%s\n", name.c_str(), want.c_str(), got.c_str());
    if (ok) {
      ++passed;
      ++cat.first;
      if (expected.count(name)) unexpected_passes.push_back(name);
    } else {
      failures.push_back(name);
      if (!expected.count(name)) new_failures.push_back(name);
    }
  }
  std::printf("CSL suite: %d of %zu fixtures pass (%.1f%%)\n", passed, files.size(),
              files.empty() ? 0.0 : 100.0 * passed / static_cast<double>(files.size()));
  for (const auto& [cat, pt] : by_category) std::printf("  %-14s %3d / %3d\n", cat.c_str(), pt.first, pt.second);
  if (!write_failures.empty()) {
    std::ofstream out(write_failures);
    out << "# Fixtures of the CSL test suite that citelib does not pass yet (see NOTES.md).\n";
    out << "# This list may only shrink: the csl-suite test fails on a failure not listed here.\n";
    for (const auto& f : failures) out << f << '\n';
  }
  for (const auto& f : unexpected_passes)
    std::printf("unexpected pass (remove from expected_failures.txt): %s\n", f.c_str());
  for (const auto& f : new_failures) std::printf("NEW FAILURE: %s\n", f.c_str());
  std::printf("%d passed, %zu failed\n", passed, failures.size());
  return new_failures.empty() ? 0 : 1;
}
