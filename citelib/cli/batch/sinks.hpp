#pragma once
// Where converted articles go: stdout (a single document), JSON Lines records, or files in
// an output directory mirroring the inputs (written atomically).

#include "batch/article.hpp"
#include <citelib/convert.hpp>

#include <cstdio>
#include <filesystem>
#include <string>

namespace citelib::cli {

/// A name beside `path` to write it under and rename into place when it is complete (unique
/// in this process and across processes).
std::filesystem::path temporary_beside(const std::filesystem::path& path);

/// Writes `content` to `path` through a temporary file in the same directory and a rename,
/// so readers (and an interrupted batch) never see a half-written file. Returns an error
/// message, or empty on success.
std::string write_file_atomically(const std::filesystem::path& path, std::string_view content);

/// Writes a result into `dir` as `<out_stem><extension>`; returns an error message or empty.
std::string write_to_directory(const std::filesystem::path& dir, const ArticleResult& r,
                               const OutputFormatInfo& format);

}  // namespace citelib::cli
