#pragma once
// Pieces of the _citelib extension, one file per area; module.cpp calls each.

#include <pybind11/pybind11.h>

namespace citelib::python {

void bind_model(pybind11::module_& m);
void bind_io(pybind11::module_& m);
void bind_convert(pybind11::module_& m);
void bind_features(pybind11::module_& m);

}  // namespace citelib::python
