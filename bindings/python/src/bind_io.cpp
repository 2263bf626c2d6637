// Readers and writers. Each call releases the GIL for the C++ work so that Python threads
// parse in parallel; results are converted to Python objects after the GIL is re-acquired.
#include "module.hpp"

#include <citelib/readers/csl_json.hpp>
#include <citelib/readers/reference_list.hpp>
#include <citelib/result.hpp>
#include <citelib/writers/csl_json.hpp>

#include <pybind11/stl.h>

namespace py = pybind11;

namespace citelib::python {

namespace {

// (references, diagnostics, fatal message or None): the Python layer raises on a fatal
// message, with the diagnostics attached.
using ReadResult = std::tuple<std::vector<Reference>, std::vector<Diagnostic>, std::optional<std::string>>;

template <class ReadFn>
ReadResult read_with(std::string&& text, std::string&& name, ReadFn&& read) {
  Result<SourceText> src = SourceText::from_bytes(std::move(name), std::move(text));
  if (!src) return {{}, src.error().diagnostics, src.error().message};
  Diagnostics diags;
  std::vector<Reference> refs = read(*src, diags);
  return {std::move(refs), std::move(diags.items()), std::nullopt};
}

}  // namespace

void bind_io(py::module_& m) {
  m.def("parse", [](std::string text, std::string source_name, std::string language, bool repair_encoding) {
    return read_with(std::move(text), std::move(source_name), [&](const SourceText& s, Diagnostics& d) {
      ReferenceListOptions opt;
      opt.language = language;
      opt.repair_encoding = repair_encoding;
      return read_reference_list(s, opt, d);
    });
  }, py::arg("text"), py::arg("source_name"), py::arg("language"), py::arg("repair_encoding"), py::call_guard<py::gil_scoped_release>());

  m.def("read_csl_json", [](std::string text, std::string source_name) {
    return read_with(std::move(text), std::move(source_name),
                     [](const SourceText& s, Diagnostics& d) { return read_csl_json(s, d); });
  }, py::arg("text"), py::arg("source_name"), py::call_guard<py::gil_scoped_release>());

  m.def("to_csl_json", [](const std::vector<Reference>& refs, int indent, bool include_raw) {
    CslJsonOptions opt;
    opt.indent = indent;
    opt.include_raw = include_raw;
    return write_csl_json(refs, opt);
  }, py::arg("references"), py::arg("indent"), py::arg("include_raw"), py::call_guard<py::gil_scoped_release>());
}

}  // namespace citelib::python
