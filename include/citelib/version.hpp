#pragma once
// citelib version numbers; kept in step with project(VERSION) in CMakeLists.txt.

#define CITELIB_VERSION_MAJOR 0
#define CITELIB_VERSION_MINOR 1
#define CITELIB_VERSION_PATCH 0
#define CITELIB_VERSION_STRING "0.1.0"

namespace citelib {
/// The library version as "major.minor.patch".
inline constexpr const char* version_string = CITELIB_VERSION_STRING;
}  // namespace citelib
