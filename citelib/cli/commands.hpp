#pragma once
// Each subcommand registers itself on the app and returns the exit status it computed.

#include <CLI/CLI.hpp>

#include <functional>

namespace citelib::cli {

/// Exit statuses shared by every subcommand.
enum Exit : int { ok = 0, findings = 1, usage = 2 };

/// A registered subcommand: run() is called when it was selected on the command line.
using Runner = std::function<int()>;

Runner register_convert(CLI::App& app);
Runner register_render(CLI::App& app);
Runner register_csl_fixture(CLI::App& app);
Runner register_check(CLI::App& app);

}  // namespace citelib::cli
