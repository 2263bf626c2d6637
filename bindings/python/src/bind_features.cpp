// Checks, BibTeX in and out, and CSL rendering. Like the readers, each call does its C++
// work without the GIL.
#include "module.hpp"

#include <citelib/checks/checks.hpp>
#include <citelib/csl/engine.hpp>
#include <citelib/readers/bibtex.hpp>
#include <citelib/result.hpp>
#include <citelib/writers/bibtex.hpp>

#include <pybind11/stl.h>

#include <map>
#include <mutex>

namespace py = pybind11;

namespace citelib::python {

namespace {

// Parsed styles, shared by every render() call of the process: parsing is the costly part and
// a Style is immutable once built.
Result<std::shared_ptr<const csl::Style>> cached_style(const std::string& name) {
  static std::mutex mu;
  static std::map<std::string, std::shared_ptr<const csl::Style>> cache;
  {
    std::lock_guard lock(mu);
    if (auto it = cache.find(name); it != cache.end()) return it->second;
  }
  Diagnostics d;
  auto style = csl::load_style(name, d);
  if (!style) return style.error();
  std::lock_guard lock(mu);
  cache.emplace(name, *style);
  return *style;
}

}  // namespace

void bind_features(py::module_& m) {
  m.def("check", [](const std::vector<Reference>& refs, std::optional<std::string> body,
                    std::optional<std::string> text, std::string source_name, std::string reference_date) {
    Diagnostics diags;
    CheckOptions options;
    if (!reference_date.empty()) {
      const Date d = parse_date(reference_date);
      if (d.precision() != DatePrecision::day || d.is_range() || !is_valid_calendar_date(d.start))
        throw py::value_error("reference_date wants a day such as 2024-06-01, not '" + reference_date + "'");
      options.reference_date = d.start;
    }
    py::gil_scoped_release release;
    std::optional<SourceText> list;
    if (text) list.emplace(source_name, std::move(*text));
    check_references(refs, list ? &*list : nullptr, options, diags);
    if (body) check_body(refs, list ? &*list : nullptr, SourceText(source_name + ".body", std::move(*body)), options, diags);
    return std::move(diags.items());
  }, py::arg("references"), py::arg("body"), py::arg("text"), py::arg("source_name"), py::arg("reference_date"));

  m.def("to_bibtex", [](const std::vector<Reference>& refs, const std::string& dialect, bool ascii,
                        bool keep_extras, bool generate_keys) {
    BibOptions o;
    if (dialect == "bibtex") o.dialect = BibDialect::bibtex;
    else if (dialect == "biblatex") o.dialect = BibDialect::biblatex;
    else throw py::value_error("dialect must be 'bibtex' or 'biblatex', not '" + dialect + "'");
    o.ascii = ascii;
    o.keep_extras = keep_extras;
    o.keys = generate_keys ? BibKeyPolicy::generate : BibKeyPolicy::id_if_safe;
    Diagnostics diags;
    std::string out;
    {
      py::gil_scoped_release release;
      out = write_bibtex(refs, o, diags);
    }
    return py::make_tuple(out, diags.items());
  }, py::arg("references"), py::arg("dialect"), py::arg("ascii"), py::arg("keep_extras"), py::arg("generate_keys"));

  m.def("read_bibtex", [](std::string text, std::string source_name) {
    py::gil_scoped_release release;
    Diagnostics diags;
    // The .bib reader copes with invalid UTF-8 itself (entry by entry), so no pre-check here.
    SourceText src(std::move(source_name), std::move(text));
    std::vector<Reference> refs = read_bibtex(src, diags);
    return std::make_tuple(std::move(refs), std::move(diags.items()), std::optional<std::string>{});
  }, py::arg("text"), py::arg("source_name"));

  m.def("render", [](const std::vector<Reference>& refs, const std::string& style, const std::string& format,
                     const std::string& locale, bool guess_title_language) {
    if (format != "text" && format != "html") throw py::value_error("format must be 'text' or 'html', not '" + format + "'");
    std::vector<std::string> out;
    Diagnostics diags;
    std::optional<Error> failure;
    {
      py::gil_scoped_release release;
      auto s = cached_style(style);
      if (!s) {
        failure = s.error();
      } else {
        csl::EngineOptions eo{locale, format == "html" ? csl::OutputFormat::html : csl::OutputFormat::text};
        eo.guess_title_language = guess_title_language;
        csl::Engine engine(*s, eo, diags);
        engine.set_references(refs);
        for (csl::BibEntry& e : engine.bibliography()) out.push_back(std::move(e.text));
      }
    }
    if (failure) return py::make_tuple(py::none(), failure->diagnostics, failure->message);
    return py::make_tuple(out, diags.items(), py::none());
  }, py::arg("references"), py::arg("style"), py::arg("format"), py::arg("locale"), py::arg("guess_title_language"));
}

}  // namespace citelib::python
