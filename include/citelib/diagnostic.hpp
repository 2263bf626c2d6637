#pragma once
// Diagnostics are data: a stable code from one catalogue (diagnostic_codes.def), a severity,
// where it happened (file, byte span, line/column) and which references it concerns.
// Readers, checks, writers and the CSL engine all report through this type.

#include <citelib/source.hpp>

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace citelib {

enum class Severity : std::uint8_t { info, warning, error };

/// Every diagnostic code citelib can emit.
enum class DiagCode : std::uint16_t {
#define CITELIB_DIAG(e, id, sev, msg, hint) e,
#include <citelib/diagnostic_codes.def>
#undef CITELIB_DIAG
};

/// One row of the catalogue.
struct DiagInfo {
  std::string_view id;        ///< stable code, e.g. "date-invalid"
  Severity severity;          ///< default severity
  std::string_view message;   ///< fmt template with {0}, {1}, ...
  std::string_view hint;      ///< one-line suggestion
};

/// The catalogue row of a code.
const DiagInfo& diag_info(DiagCode code) noexcept;
/// The code whose stable id is `id` ("date-invalid"), if any.
std::optional<DiagCode> parse_diag_code(std::string_view id) noexcept;
/// All codes, in catalogue order (for documentation and tests).
std::vector<DiagCode> all_diag_codes();
/// "error", "warning" or "info".
std::string_view to_string(Severity s) noexcept;

/// One finding.
struct Diagnostic {
  DiagCode code{};
  Severity severity = Severity::warning;
  std::string message;                  ///< catalogue template with its arguments filled in
  std::string file;                     ///< source name ("-" for stdin); empty if none
  SourceSpan span;                      ///< bytes in that source
  SourcePosition position;              ///< line/column of span.begin (0 = unknown)
  std::vector<std::string> references;  ///< reference numbers involved, as printed

  std::string_view id() const noexcept { return diag_info(code).id; }
  std::string_view hint() const noexcept { return diag_info(code).hint; }
};

/// Builds a diagnostic from the catalogue: message formatted with `args`.
Diagnostic make_diagnostic(DiagCode code, std::initializer_list<std::string_view> args = {});

/// Compiler-style one-line form: "file:line:col: severity[code]: message".
std::string format_diagnostic(const Diagnostic& d);
/// format_diagnostic() appended to `out` (no line break).
void append_diagnostic(std::string& out, const Diagnostic& d);

/// A caller-owned list that readers, checks and writers append to.
class Diagnostics {
 public:
  /// Reports `code` at `span` of `source` (line/column resolved here) for reference `ref`.
  Diagnostic& report(DiagCode code, const SourceText* source, SourceSpan span,
                     std::initializer_list<std::string_view> args = {}, std::string_view ref = {});
  /// Appends a diagnostic built elsewhere.
  void add(Diagnostic d) { items_.push_back(std::move(d)); }
  void append(const Diagnostics& other) { items_.insert(items_.end(), other.items_.begin(), other.items_.end()); }

  bool has_errors() const noexcept;
  std::size_t count(Severity s) const noexcept;
  bool empty() const noexcept { return items_.empty(); }
  std::size_t size() const noexcept { return items_.size(); }
  void clear() noexcept { items_.clear(); }

  const std::vector<Diagnostic>& items() const noexcept { return items_; }
  std::vector<Diagnostic>& items() noexcept { return items_; }
  auto begin() const noexcept { return items_.begin(); }
  auto end() const noexcept { return items_.end(); }

 private:
  std::vector<Diagnostic> items_;
};

}  // namespace citelib
