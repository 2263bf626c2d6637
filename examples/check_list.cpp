// Checks a reference list (and the article body citing it) and prints what is wrong, the way
// `citelib check` does: the library calls behind docs/diagnostics.md.
//   check_list LIST [BODY]
#include <citelib/checks/checks.hpp>
#include <citelib/checks/report.hpp>
#include <citelib/readers/reference_list.hpp>
#include <citelib/result.hpp>

#include <array>
#include <cstdio>
#include <optional>

int main(int argc, char** argv) {
  if (argc < 2) {
    std::fprintf(stderr, "usage: %s LIST [BODY]\n", argv[0]);
    return 2;
  }
  citelib::Result<citelib::SourceText> list = citelib::SourceText::from_file(argv[1]);
  if (!list) {
    std::fprintf(stderr, "%s\n", list.error().message.c_str());
    return 2;
  }
  std::optional<citelib::SourceText> body;
  if (argc > 2) {
    citelib::Result<citelib::SourceText> b = citelib::SourceText::from_file(argv[2]);
    if (!b) {
      std::fprintf(stderr, "%s\n", b.error().message.c_str());
      return 2;
    }
    body = std::move(*b);
  }

  citelib::Diagnostics diags;  // the reader and the checks report into one caller-owned list
  const std::vector<citelib::Reference> refs = citelib::read_reference_list(*list, {}, diags);
  citelib::CheckOptions options;  // options.reference_date: the day "the future" starts (default today)
  citelib::check_references(refs, &*list, options, diags);
  if (body) citelib::check_body(refs, &*list, *body, options, diags);

  const std::array<const citelib::SourceText*, 2> sources = {&*list, body ? &*body : nullptr};
  citelib::sort_diagnostics(diags, sources);
  std::fputs(citelib::write_diagnostics_text(diags).c_str(), stdout);
  return diags.has_errors() ? 1 : 0;
}
