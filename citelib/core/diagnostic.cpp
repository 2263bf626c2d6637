#include <citelib/diagnostic.hpp>

#include <fmt/args.h>
#include <fmt/format.h>

#include <algorithm>
#include <array>
#include <iterator>

namespace citelib {

namespace {

constexpr std::array kCatalogue = {
#define CITELIB_DIAG(e, id, sev, msg, hint) DiagInfo{id, Severity::sev, msg, hint},
#include <citelib/diagnostic_codes.def>
#undef CITELIB_DIAG
};

}  // namespace

const DiagInfo& diag_info(DiagCode code) noexcept {
  return kCatalogue[static_cast<std::size_t>(code)];
}

std::optional<DiagCode> parse_diag_code(std::string_view id) noexcept {
  for (std::size_t i = 0; i < kCatalogue.size(); ++i)
    if (kCatalogue[i].id == id) return static_cast<DiagCode>(i);
  return std::nullopt;
}

std::vector<DiagCode> all_diag_codes() {
  std::vector<DiagCode> out;
  for (std::size_t i = 0; i < kCatalogue.size(); ++i) out.push_back(static_cast<DiagCode>(i));
  return out;
}

std::string_view to_string(Severity s) noexcept {
  switch (s) {
    case Severity::info: return "info";
    case Severity::warning: return "warning";
    case Severity::error: return "error";
  }
  return "error";
}

namespace {

// `message` filled with `args`. The catalogue's templates take at most five: those go through
// an argument store on the stack (a dynamic store allocated for every diagnostic).
std::string format_message(std::string_view message, std::initializer_list<std::string_view> args) {
  const std::string_view* a = args.begin();
  switch (args.size()) {
    case 0: return fmt::vformat(message, fmt::make_format_args());
    case 1: return fmt::vformat(message, fmt::make_format_args(a[0]));
    case 2: return fmt::vformat(message, fmt::make_format_args(a[0], a[1]));
    case 3: return fmt::vformat(message, fmt::make_format_args(a[0], a[1], a[2]));
    case 4: return fmt::vformat(message, fmt::make_format_args(a[0], a[1], a[2], a[3]));
    case 5: return fmt::vformat(message, fmt::make_format_args(a[0], a[1], a[2], a[3], a[4]));
    default: {
      fmt::dynamic_format_arg_store<fmt::format_context> store;
      for (std::string_view x : args) store.push_back(x);
      return fmt::vformat(message, store);
    }
  }
}

}  // namespace

Diagnostic make_diagnostic(DiagCode code, std::initializer_list<std::string_view> args) {
  const DiagInfo& info = diag_info(code);
  Diagnostic d;
  d.code = code;
  d.severity = info.severity;
  try {
    d.message = format_message(info.message, args);
  } catch (const fmt::format_error&) {
    // A template asking for more arguments than given is a catalogue bug; keep the template
    // rather than lose the diagnostic.
    d.message = std::string(info.message);
  }
  return d;
}

Diagnostic& Diagnostics::report(DiagCode code, const SourceText* source, SourceSpan span,
                                std::initializer_list<std::string_view> args, std::string_view ref) {
  Diagnostic d = make_diagnostic(code, args);
  if (source) {
    d.file = std::string(source->name());
    d.position = source->position(span.begin);
  }
  d.span = span;
  if (!ref.empty()) d.references.emplace_back(ref);
  items_.push_back(std::move(d));
  return items_.back();
}

bool Diagnostics::has_errors() const noexcept { return count(Severity::error) > 0; }

std::size_t Diagnostics::count(Severity s) const noexcept {
  return static_cast<std::size_t>(
      std::count_if(items_.begin(), items_.end(), [s](const Diagnostic& d) { return d.severity == s; }));
}

void append_diagnostic(std::string& out, const Diagnostic& d) {
  // Straight into `out`: a long file's thousands of findings are formatted one after another.
  out += d.file.empty() ? std::string_view("<input>") : std::string_view(d.file);
  if (d.position.line > 0) fmt::format_to(std::back_inserter(out), ":{}:{}", d.position.line, d.position.column);
  fmt::format_to(std::back_inserter(out), ": {}[{}]: {}", to_string(d.severity), d.id(), d.message);
}

std::string format_diagnostic(const Diagnostic& d) {
  std::string out;
  append_diagnostic(out, d);
  return out;
}

}  // namespace citelib
