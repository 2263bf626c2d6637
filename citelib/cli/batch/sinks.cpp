#include "batch/sinks.hpp"

#include <atomic>
#include <cerrno>
#include <cstring>
#include <fstream>
#include <unistd.h>

namespace citelib::cli {

namespace fs = std::filesystem;

fs::path temporary_beside(const fs::path& path) {
  static std::atomic<unsigned> counter{0};
  fs::path tmp = path;
  tmp += ".tmp." + std::to_string(::getpid()) + "." + std::to_string(counter++);
  return tmp;
}

std::string write_file_atomically(const fs::path& path, std::string_view content) {
  std::error_code ec;
  if (path.has_parent_path()) fs::create_directories(path.parent_path(), ec);
  if (ec) return "cannot create " + path.parent_path().string() + ": " + ec.message();
  const fs::path tmp = temporary_beside(path);
  {
    std::ofstream out(tmp, std::ios::binary | std::ios::trunc);
    if (!out) return "cannot write " + tmp.string() + ": " + std::strerror(errno);
    out.write(content.data(), static_cast<std::streamsize>(content.size()));
    out.flush();
    if (!out) {
      fs::remove(tmp, ec);
      return "cannot write " + tmp.string() + ": " + std::strerror(errno);
    }
  }
  fs::rename(tmp, path, ec);
  if (ec) {
    fs::remove(tmp, ec);
    return "cannot rename to " + path.string() + ": " + ec.message();
  }
  return {};
}

std::string write_to_directory(const fs::path& dir, const ArticleResult& r, const OutputFormatInfo& format) {
  // Ids from JSON Lines are user data: keep them inside the output directory.
  std::string stem = r.out_stem.empty() ? "article-" + std::to_string(r.index + 1) : r.out_stem;
  fs::path rel(stem);
  for (const auto& part : rel)
    if (part == ".." || part.is_absolute()) return "output name escapes the directory: " + stem;
  fs::path target = dir / rel;
  target += format.extension;
  return write_file_atomically(target, r.conversion.output + "\n");
}

}  // namespace citelib::cli
