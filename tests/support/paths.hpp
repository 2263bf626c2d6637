#pragma once
// Where test data lives. ../shared (the project's read-only corpus and suites) is optional:
// tests that need it call shared_dir() and skip when it is absent.

#include <filesystem>
#include <optional>
#include <string>

namespace citelib::test {

std::filesystem::path data_dir();       ///< tests/data
std::filesystem::path examples_dir();   ///< examples/
std::filesystem::path source_dir();     ///< the repository root
std::filesystem::path binary_dir();     ///< the build directory
/// ../shared beside the checkout (or $CITELIB_SHARED_DIR), if present.
std::optional<std::filesystem::path> shared_dir();
/// Whole file as a string; throws when unreadable (a broken test setup, not a skip).
std::string read_file(const std::filesystem::path& p);

}  // namespace citelib::test
