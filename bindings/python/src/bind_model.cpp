// Python classes for the model: Name, Date, Reference, Diagnostic.
#include "module.hpp"

#include <citelib/diagnostic.hpp>
#include <citelib/model/reference.hpp>

#include <fmt/format.h>
#include <pybind11/stl.h>

#include <algorithm>
#include <string>

namespace py = pybind11;

namespace citelib::python {

namespace {

std::string season_name(Season s) {
  switch (s) {
    case Season::spring: return "spring";
    case Season::summer: return "summer";
    case Season::autumn: return "autumn";
    case Season::winter: return "winter";
    case Season::none: break;
  }
  return {};
}

std::string date_repr(const Date& d) {
  if (d.undated) return "Date(undated)";
  if (!d.has_parts()) return fmt::format("Date(literal={})", py::repr(py::str(d.literal)).cast<std::string>());
  std::string s = to_iso(d.start);
  if (d.end) s += "/" + to_iso(*d.end);
  if (d.start.season != Season::none) s += " " + season_name(d.start.season);
  if (d.circa) s = "c. " + s;
  return fmt::format("Date('{}')", s);
}

std::string name_repr(const Name& n) {
  if (n.is_literal()) return fmt::format("Name(literal={})", py::repr(py::str(n.literal)).cast<std::string>());
  std::string out = "Name(";
  auto add = [&](const char* key, const std::string& v) {
    if (v.empty()) return;
    if (out.size() > 5) out += ", ";
    out += fmt::format("{}={}", key, py::repr(py::str(v)).cast<std::string>());
  };
  add("family", n.family);
  add("given", n.given);
  add("dropping_particle", n.dropping_particle);
  add("non_dropping_particle", n.non_dropping_particle);
  add("suffix", n.suffix);
  return out + ")";
}

// Python attribute names use underscores; CSL names use hyphens and some capitals
// ("container_title" -> container-title, "doi" -> DOI, "url" -> URL).
std::optional<Variable> variable_from_python(std::string name) {
  if (auto v = parse_variable(name)) return v;
  std::replace(name.begin(), name.end(), '_', '-');
  if (auto v = parse_variable(name)) return v;
  std::string upper = name;
  std::transform(upper.begin(), upper.end(), upper.begin(), [](unsigned char c) { return std::toupper(c); });
  if (auto v = parse_variable(upper)) return v;
  if (upper == "PMCID") return Variable::PMCID;
  return std::nullopt;
}

Variable require_variable(const std::string& name) {
  if (auto v = variable_from_python(name)) return *v;
  throw py::key_error("unknown CSL variable: " + name);
}

py::object variable_value(const Reference& r, Variable v) {
  if (!r.has(v)) return py::none();
  switch (kind_of(v)) {
    case VariableKind::text:
    case VariableKind::number: return py::str(std::string(r.get(v)));
    case VariableKind::date: return py::cast(*r.date(v));
    case VariableKind::name: {
      auto names = r.names(v);
      return py::cast(std::vector<Name>(names.begin(), names.end()));
    }
  }
  return py::none();
}

void set_variable(Reference& r, Variable v, const py::object& value) {
  if (value.is_none()) {
    r.erase(v);
    return;
  }
  switch (kind_of(v)) {
    case VariableKind::text:
    case VariableKind::number: r.set(v, py::str(value).cast<std::string>()); break;
    case VariableKind::date:
      if (py::isinstance<py::str>(value)) r.set_date(v, parse_date(value.cast<std::string>()));
      else r.set_date(v, value.cast<Date>());
      break;
    case VariableKind::name: r.set_names(v, value.cast<std::vector<Name>>()); break;
  }
}

}  // namespace

void bind_model(py::module_& m) {
  py::class_<Name>(m, "Name", "A personal name (family, given, particles, suffix) or a literal.")
      .def(py::init([](std::string family, std::string given, std::string literal, std::string suffix,
                       std::string dropping_particle, std::string non_dropping_particle) {
             Name n;
             n.family = std::move(family);
             n.given = std::move(given);
             n.literal = std::move(literal);
             n.suffix = std::move(suffix);
             n.dropping_particle = std::move(dropping_particle);
             n.non_dropping_particle = std::move(non_dropping_particle);
             return n;
           }),
           py::kw_only(), py::arg("family") = "", py::arg("given") = "", py::arg("literal") = "",
           py::arg("suffix") = "", py::arg("dropping_particle") = "", py::arg("non_dropping_particle") = "")
      .def_readwrite("family", &Name::family)
      .def_readwrite("given", &Name::given)
      .def_readwrite("literal", &Name::literal)
      .def_readwrite("suffix", &Name::suffix)
      .def_readwrite("dropping_particle", &Name::dropping_particle)
      .def_readwrite("non_dropping_particle", &Name::non_dropping_particle)
      .def_property_readonly("is_literal", &Name::is_literal)
      .def("__eq__", [](const Name& a, const Name& b) { return a == b; })
      .def("__repr__", &name_repr);

  py::class_<Date>(m, "Date", "A date: partial (year, year-month), a range, a season, c., n.d., or a literal.")
      .def(py::init([](int year, unsigned month, unsigned day) { return make_date(year, month, day); }),
           py::arg("year"), py::arg("month") = 0, py::arg("day") = 0)
      .def_static("parse", &parse_date, py::arg("text"), "Parse a date as reference lists print it.")
      .def_property_readonly("year", [](const Date& d) -> std::optional<int> { if (d.has_parts()) return d.start.year; return std::nullopt; })
      .def_property_readonly("month", [](const Date& d) -> std::optional<int> { if (d.start.month) return d.start.month; return std::nullopt; })
      .def_property_readonly("day", [](const Date& d) -> std::optional<int> { if (d.start.day) return d.start.day; return std::nullopt; })
      .def_property_readonly("season", [](const Date& d) -> std::optional<std::string> {
        if (d.start.season == Season::none) return std::nullopt;
        return season_name(d.start.season);
      })
      .def_property_readonly("end", [](const Date& d) -> py::object {
        if (!d.end) return py::none();
        Date e;
        e.start = *d.end;
        return py::cast(e);
      })
      .def_readonly("circa", &Date::circa)
      .def_readonly("undated", &Date::undated)
      .def_readonly("literal", &Date::literal)
      .def_property_readonly("is_range", &Date::is_range)
      .def_property_readonly("is_partial", &Date::is_partial)
      .def_property_readonly("is_literal", &Date::is_literal)
      .def_property_readonly("iso", [](const Date& d) { return to_iso(d.start); })
      .def_property_readonly("is_valid", [](const Date& d) { return d.has_parts() && is_valid_calendar_date(d.start); })
      .def("__eq__", [](const Date& a, const Date& b) { return a == b; })
      .def("__repr__", &date_repr);

  py::class_<Reference>(m, "Reference",
                        "One bibliographic item. CSL variables by name: ref['container-title'], "
                        "ref.container_title; beyond-CSL fields as attributes.")
      .def(py::init([](std::string id, const std::string& type, const py::kwargs& fields) {
             Reference r;
             r.id = std::move(id);
             if (auto t = parse_item_type(type)) r.type = *t;
             else throw py::value_error("unknown CSL item type: " + type);
             for (auto [k, v] : fields) set_variable(r, require_variable(py::str(k)), py::reinterpret_borrow<py::object>(v));
             return r;
           }),
           py::arg("id") = "", py::arg("type") = "document")
      .def_readwrite("id", &Reference::id)
      .def_property("type", [](const Reference& r) { return std::string(to_string(r.type)); },
                    [](Reference& r, const std::string& t) {
                      if (auto parsed = parse_item_type(t)) r.type = *parsed;
                      else throw py::value_error("unknown CSL item type: " + t);
                    })
      .def("__getitem__", [](const Reference& r, const std::string& k) {
        const Variable v = require_variable(k);
        if (!r.has(v)) throw py::key_error(k);
        return variable_value(r, v);
      })
      .def("__setitem__", [](Reference& r, const std::string& k, const py::object& v) { set_variable(r, require_variable(k), v); })
      .def("__delitem__", [](Reference& r, const std::string& k) { r.erase(require_variable(k)); })
      .def("__contains__", [](const Reference& r, const std::string& k) {
        auto v = variable_from_python(k);
        return v && r.has(*v);
      })
      .def("get", [](const Reference& r, const std::string& k, py::object def) {
        auto v = variable_from_python(k);
        if (!v || !r.has(*v)) return def;
        return variable_value(r, *v);
      }, py::arg("variable"), py::arg("default") = py::none())
      .def("keys", [](const Reference& r) {
        std::vector<std::string> keys;
        for (Variable v : all_variables())
          if (r.has(v)) keys.emplace_back(to_string(v));
        return keys;
      }, "Names of the CSL variables that are set.")
      .def("__getattr__", [](const Reference& r, const std::string& name) {
        auto v = variable_from_python(name);
        if (!v) throw py::attribute_error("'Reference' object has no attribute '" + name + "'");
        return variable_value(r, *v);
      })
      .def_property_readonly("authors", [](const Reference& r) {
        auto n = r.names(Variable::author);
        return std::vector<Name>(n.begin(), n.end());
      })
      .def_property_readonly("editors", [](const Reference& r) {
        auto n = r.names(Variable::editor);
        return std::vector<Name>(n.begin(), n.end());
      })
      .def_readwrite("archive_date", &Reference::archive_date)
      .def_readwrite("archive_url", &Reference::archive_url)
      .def_readwrite("title_translated", &Reference::title_translated)
      .def_readwrite("via", &Reference::via)
      .def_readwrite("comment", &Reference::comment)
      .def_readwrite("backlinks", &Reference::backlinks)
      .def_readwrite("et_al", &Reference::et_al)
      .def_readwrite("no_citation", &Reference::no_citation)
      .def_readwrite("cs1_messages", &Reference::cs1_messages)
      .def_property("identifiers", [](const Reference& r) {
        py::dict d;
        for (const auto& [id, value] : r.identifiers) d[py::str(std::string(to_string(id)))] = value;
        return d;
      }, [](Reference& r, const py::dict& d) {
        r.identifiers.clear();
        for (auto [k, v] : d) {
          auto id = parse_identifier(py::str(k).cast<std::string>());
          if (!id) throw py::key_error("unknown identifier: " + py::str(k).cast<std::string>());
          r.set_identifier(*id, py::str(v).cast<std::string>());
        }
      })
      .def_readwrite("raw", &Reference::raw)
      .def_readonly("source_name", &Reference::source_name)
      .def_property_readonly("line", [](const Reference& r) { return r.position.line; })
      .def_property_readonly("column", [](const Reference& r) { return r.position.column; })
      .def_property_readonly("span", [](const Reference& r) { return py::make_tuple(r.span.begin, r.span.end); })
      .def("__repr__", [](const Reference& r) {
        std::string title(r.get(Variable::title));
        if (title.size() > 60) {
          std::size_t cut = 57;
          while (cut > 0 && (static_cast<unsigned char>(title[cut]) & 0xC0) == 0x80) --cut;
          title = title.substr(0, cut) + "...";
        }
        return fmt::format("<Reference {} {} {}>", r.id, to_string(r.type), py::repr(py::str(title)).cast<std::string>());
      });

  py::class_<Diagnostic>(m, "Diagnostic", "A finding: stable code, severity, message, hint and place.")
      .def_property_readonly("code", [](const Diagnostic& d) { return std::string(d.id()); })
      .def_property_readonly("severity", [](const Diagnostic& d) { return std::string(to_string(d.severity)); })
      .def_readonly("message", &Diagnostic::message)
      .def_property_readonly("hint", [](const Diagnostic& d) { return std::string(d.hint()); })
      .def_readonly("file", &Diagnostic::file)
      .def_property_readonly("line", [](const Diagnostic& d) { return d.position.line; })
      .def_property_readonly("column", [](const Diagnostic& d) { return d.position.column; })
      .def_property_readonly("span", [](const Diagnostic& d) { return py::make_tuple(d.span.begin, d.span.end); })
      .def_readonly("references", &Diagnostic::references)
      .def("__str__", &format_diagnostic)
      .def("__repr__", [](const Diagnostic& d) {
        return fmt::format("<Diagnostic {}[{}] {}:{}:{}>", to_string(d.severity), d.id(), d.file,
                           d.position.line, d.position.column);
      });
}

}  // namespace citelib::python
