// _citelib: the compiled half of the citelib Python package. The Pythonic surface (keyword
// defaults, exceptions) lives in citelib/__init__.py; this module stays thin.
#include "module.hpp"

#include <citelib/version.hpp>

PYBIND11_MODULE(_citelib, m) {
  m.doc() = "citelib C++ core (use the citelib package, not this module directly)";
  m.attr("__version__") = citelib::version_string;
  citelib::python::bind_model(m);
  citelib::python::bind_io(m);
  citelib::python::bind_convert(m);
  citelib::python::bind_features(m);
}
