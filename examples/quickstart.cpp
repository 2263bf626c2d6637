// Parse a pasted reference list and print it as CSL-JSON, with every diagnostic.
#include <citelib/citelib.hpp>

#include <cstdio>

int main(int argc, char** argv) {
  if (argc != 2) return 2;
  citelib::Result<citelib::SourceText> src = citelib::SourceText::from_file(argv[1]);
  if (!src) {
    std::fprintf(stderr, "%s\n", src.error().message.c_str());
    return 2;
  }
  citelib::Diagnostics diags;
  std::vector<citelib::Reference> refs = citelib::read_reference_list(*src, {}, diags);
  for (const citelib::Diagnostic& d : diags)
    std::fprintf(stderr, "%s\n", citelib::format_diagnostic(d).c_str());
  std::puts(citelib::write_csl_json(refs).c_str());
}
