// The conversion facade shared with the CLI: the same records for the same input, which is
// what the Dask recipe relies on.
#include "module.hpp"

#include <citelib/convert.hpp>

#include <pybind11/stl.h>

namespace py = pybind11;

namespace citelib::python {

void bind_convert(py::module_& m) {
  py::class_<Converter>(m, "Converter")
      .def(py::init([](const std::string& to, const std::string& from, const std::string& style,
                       const std::string& locale, const std::string& language, bool repair_encoding) {
             ConvertOptions o;
             o.to = to;
             if (!from.empty()) {
               o.from = parse_input_kind(from);
               if (!o.from) throw py::value_error("unknown input kind: " + from);
             }
             o.style = style;
             o.locale = locale;
             o.list.language = language;
             o.list.repair_encoding = repair_encoding;
             o.compact = true;
             std::string error;
             std::unique_ptr<Converter> c = Converter::create(o, error);
             if (!c) throw py::value_error(error);
             return c;
           }),
           py::arg("to"), py::arg("from_"), py::arg("style"), py::arg("locale"), py::arg("language"),
           py::arg("repair_encoding"))
      .def_property_readonly("extension", [](const Converter& c) { return std::string(c.format().extension); })
      .def("convert", [](Converter& c, std::string name, std::string text) {
        Conversion r = c.convert(std::move(name), std::move(text));
        return py::make_tuple(r.output, r.diagnostics, r.references, r.failure);
      }, py::arg("name"), py::arg("text"))
      .def("jsonl_records", [](Converter& c, const std::vector<std::string>& lines, const std::string& source) {
        std::vector<std::string> out;
        {
          py::gil_scoped_release release;
          out.reserve(lines.size());
          // Blank lines are skipped but counted, as `citelib convert` does, so record names
          // ("shard.jsonl:12") agree with the CLI.
          for (std::size_t i = 0; i < lines.size(); ++i) {
            if (lines[i].find_first_not_of(" \t\r\n") == std::string::npos) continue;
            out.push_back(c.convert_jsonl_record(lines[i], source + ":" + std::to_string(i + 1)));
          }
        }
        return out;
      }, py::arg("lines"), py::arg("source"));
}

}  // namespace citelib::python
