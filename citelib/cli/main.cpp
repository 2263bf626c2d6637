// The citelib command: parse, check, convert and render reference lists.
#include "commands.hpp"

#include <citelib/version.hpp>

#include <fmt/format.h>

#include <vector>

int main(int argc, char** argv) {
  using namespace citelib::cli;
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
    if (int status = run(); status >= 0) return status;
  }
  return Exit::usage;
}
