// The citelib command: parse, check, convert and render reference lists.
#include "commands.hpp"

#include <citelib/version.hpp>

#include <fmt/format.h>

#include <malloc.h>

#include <cerrno>
#include <cstdio>
#include <cstring>

#include <vector>

int main(int argc, char** argv) {
  using namespace citelib::cli;
  // A run reads a whole file, parses it and renders it: glibc would map each multi-megabyte
  // buffer afresh and unmap it when freed, and the page faults of that churn were a fifth of
  // `citelib render`'s time. Keep freed memory in the heap for the next buffer instead.
  mallopt(M_MMAP_THRESHOLD, 256 << 20);
  mallopt(M_TRIM_THRESHOLD, 512 << 20);
  CLI::App app{"citelib: parse, check and render bibliographic references"};
  app.set_version_flag("--version", citelib::version_string);
  app.require_subcommand(1);
  std::vector<Runner> runners;
  runners.push_back(register_convert(app));
  runners.push_back(register_render(app));
  runners.push_back(register_csl_fixture(app));
  runners.push_back(register_check(app));
  try {
    app.parse(argc, argv);
  } catch (const CLI::Success& e) {
    return app.exit(e);
  } catch (const CLI::ParseError& e) {
    app.exit(e);
    return Exit::usage;
  }
  for (const Runner& run : runners) {
    if (int status = run(); status >= 0) {
      // Output that never reached its file (a full disk, a closed pipe) is a failure of
      // every command, not a success with the data silently lost.
      if (std::fflush(stdout) != 0 || std::ferror(stdout)) {
        fmt::print(stderr, "citelib: cannot write the output: {}\n", std::strerror(errno));
        return Exit::usage;
      }
      return status;
    }
  }
  return Exit::usage;
}
