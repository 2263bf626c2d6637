// Finding styles on the search path and resolving dependent styles to their parents.
#include <citelib/csl/locale.hpp>
#include <citelib/csl/style.hpp>

namespace citelib::csl {

Result<std::shared_ptr<const Style>> load_style(std::string_view name_or_path, Diagnostics& diagnostics) {
  auto path = find_style(name_or_path);
  if (!path) {
    Diagnostic d = make_diagnostic(DiagCode::csl_style_not_found, {name_or_path});
    diagnostics.add(d);
    return Error{"style not found", {d}};
  }
  auto src = SourceText::from_file(*path);
  if (!src) return src.error();
  auto style = parse_style(*src, diagnostics);
  if (!style) return style;
  const Style& s = **style;
  if (s.parent_link.empty()) return style;
  // A dependent style renders with its parent; its own default-locale still applies.
  auto parent_path = find_style(s.parent_link);
  if (!parent_path) {
    Diagnostic d = make_diagnostic(DiagCode::csl_parent_not_found, {s.parent_link});
    d.file = std::string(src->name());
    diagnostics.add(d);
    return Error{"parent style not found", {d}};
  }
  auto parent_src = SourceText::from_file(*parent_path);
  if (!parent_src) return parent_src.error();
  auto parent = parse_style(*parent_src, diagnostics);
  if (!parent) return parent;
  if (!s.default_locale.empty()) {
    auto merged = std::const_pointer_cast<Style>(*parent);
    // parse_style returns a fresh object: adjusting it before sharing it is safe.
    merged->default_locale = s.default_locale;
    merged->title = s.title;
    merged->id = s.id;
  }
  return parent;
}

}  // namespace citelib::csl
