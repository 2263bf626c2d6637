#include "paths.hpp"

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <stdexcept>

namespace citelib::test {

std::filesystem::path data_dir() { return CITELIB_TEST_DATA_DIR; }
std::filesystem::path examples_dir() { return CITELIB_EXAMPLES_DIR; }
std::filesystem::path source_dir() { return CITELIB_SOURCE_DIR; }
std::filesystem::path binary_dir() { return CITELIB_BINARY_DIR; }

std::optional<std::filesystem::path> shared_dir() {
  std::filesystem::path p = CITELIB_SHARED_DIR;
  if (const char* env = std::getenv("CITELIB_SHARED_DIR")) p = env;
  std::error_code ec;
  if (std::filesystem::is_directory(p / "corpus", ec)) return std::filesystem::canonical(p, ec);
  return std::nullopt;
}

std::string read_file(const std::filesystem::path& p) {
  std::ifstream in(p, std::ios::binary);
  if (!in) throw std::runtime_error("cannot read test file " + p.string());
  std::ostringstream ss;
  ss << in.rdbuf();
  return std::move(ss).str();
}

}  // namespace citelib::test
