#include "batch/inputs.hpp"

#include <fnmatch.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <iostream>
#include <iterator>
#include <sstream>

namespace citelib::cli {

namespace fs = std::filesystem;

bool is_jsonl_name(const fs::path& p) {
  const std::string ext = p.extension().string();
  return ext == ".jsonl" || ext == ".ndjson";
}

ArticleSource::ArticleSource(InputSpec spec) : spec_(std::move(spec)) {
  if (spec_.paths.empty()) spec_.paths.push_back("-");
  for (const std::string& arg : spec_.paths) expand(arg);
  // One argument naming a file (or stdin, or nothing that exists): a single document, whose
  // problems are the command's own (exit 2), not a batch failure.
  single_ = spec_.paths.size() == 1 && pending_.size() == 1 && !pending_.front().jsonl &&
            !fs::is_directory(spec_.paths.front());
}

void ArticleSource::expand(const std::string& arg) {
  if (arg == "-") {
    pending_.push_back({"-", "stdin", spec_.jsonl, {}});
    return;
  }
  const fs::path p(arg);
  std::error_code ec;
  if (fs::is_directory(p, ec)) {
    // Sorted so that the batch (and its output order) is the same on every run.
    std::vector<fs::path> files;
    for (auto it = fs::recursive_directory_iterator(p, fs::directory_options::skip_permission_denied, ec);
         !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
      if (!it->is_regular_file(ec)) continue;
      const std::string fname = it->path().filename().string();
      if (fnmatch(spec_.glob.c_str(), fname.c_str(), 0) == 0) files.push_back(it->path());
    }
    std::sort(files.begin(), files.end());
    for (const fs::path& f : files) {
      fs::path rel = fs::relative(f, p, ec);
      if (ec) rel = f.filename();
      bytes_total_ += fs::file_size(f, ec);
      pending_.push_back({f, rel.replace_extension().string(), spec_.jsonl || is_jsonl_name(f), {}});
    }
    return;
  }
  if (!fs::exists(p, ec)) {
    pending_.push_back({p, fs::path(p.filename()).replace_extension().string(), false,
                        "no such file or directory"});
    return;
  }
  bytes_total_ += fs::file_size(p, ec);
  pending_.push_back({p, fs::path(p.filename()).replace_extension().string(), spec_.jsonl || is_jsonl_name(p), {}});
}

bool ArticleSource::open_jsonl(const Pending& p, Article& failure) {
  jsonl_name_ = p.path.string();
  jsonl_line_ = 0;
  if (p.path == "-") {
    jsonl_file_.reset();
    jsonl_ = &std::cin;
    return true;
  }
  jsonl_file_ = std::make_unique<std::ifstream>(p.path, std::ios::binary);
  if (!*jsonl_file_) {
    failure.name = jsonl_name_;
    failure.read_error = std::strerror(errno);
    jsonl_file_.reset();
    return false;
  }
  jsonl_ = jsonl_file_.get();
  return true;
}

std::optional<Article> ArticleSource::next() {
  for (;;) {
    if (jsonl_) {
      std::string line;
      while (std::getline(*jsonl_, line)) {
        ++jsonl_line_;
        bytes_read_ += line.size() + 1;
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        Article a;
        a.index = index_++;
        a.name = jsonl_name_ + ":" + std::to_string(jsonl_line_);
        a.text = std::move(line);
        a.is_jsonl_record = true;
        a.jsonl_line = jsonl_line_;
        return a;
      }
      jsonl_ = nullptr;
      jsonl_file_.reset();
    }
    if (pending_.empty()) return std::nullopt;
    Pending p = std::move(pending_.front());
    pending_.pop_front();
    Article a;
    a.index = index_;
    a.name = p.path.string();
    a.out_stem = p.out_stem;
    if (!p.error.empty()) {
      a.read_error = p.error;
      ++index_;
      return a;
    }
    if (p.jsonl) {
      if (open_jsonl(p, a)) continue;
      ++index_;
      return a;
    }
    ++index_;
    if (p.path == "-") {
      a.text.assign(std::istreambuf_iterator<char>(std::cin), std::istreambuf_iterator<char>());
    } else {
      std::ifstream in(p.path, std::ios::binary);
      if (!in) {
        a.read_error = std::strerror(errno);
        return a;
      }
      std::ostringstream ss;
      ss << in.rdbuf();
      a.text = std::move(ss).str();
      if (in.bad()) a.read_error = "read error";
    }
    bytes_read_ += a.text.size();
    return a;
  }
}

}  // namespace citelib::cli
