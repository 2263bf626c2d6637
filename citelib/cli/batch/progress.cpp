#include "batch/progress.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <unistd.h>

namespace citelib::cli {

Progress::Progress(bool enabled)
    : enabled_(enabled && ::isatty(STDERR_FILENO)), start_(std::chrono::steady_clock::now()), last_(start_) {}

Progress::~Progress() { finish(); }

double Progress::seconds() const {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - start_).count();
}

void Progress::update(const BatchTotals& t, std::uint64_t bytes_read, std::uint64_t bytes_total) {
  if (!enabled_) return;
  const auto now = std::chrono::steady_clock::now();
  if (now - last_ < std::chrono::milliseconds(100)) return;
  last_ = now;
  const double s = seconds();
  const double rate = s > 0 ? static_cast<double>(t.references) / s : 0;
  std::string eta = "--:--";
  if (bytes_total > 0 && bytes_read > 0 && bytes_read <= bytes_total) {
    const double left = s * static_cast<double>(bytes_total - bytes_read) / static_cast<double>(bytes_read);
    const auto secs = static_cast<long>(left);
    eta = fmt::format("{}:{:02}", secs / 60, secs % 60);
  }
  fmt::print(stderr, "\r\033[K{} articles, {} references, {:.0f} refs/s, {} failed, ETA {}", t.articles,
             t.references, rate, t.failed, eta);
  std::fflush(stderr);
  drawn_ = true;
}

void Progress::finish() {
  if (drawn_) {
    fmt::print(stderr, "\r\033[K");
    std::fflush(stderr);
    drawn_ = false;
  }
}

}  // namespace citelib::cli
