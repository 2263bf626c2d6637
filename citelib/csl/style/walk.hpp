#pragma once
// Depth-first search over a style tree, following macro calls, substitutes and branches.

#include <citelib/csl/style.hpp>

namespace citelib::csl {

/// True when `pred` holds for some element in `els` or below it.
template <class Pred>
bool any_element(const Elements& els, const Pred& pred) {
  for (const Element& e : els) {
    if (pred(e)) return true;
    switch (e.kind) {
      case Element::Kind::text:
        if (e.text->macro && any_element(*e.text->macro, pred)) return true;
        break;
      case Element::Kind::group:
        if (any_element(e.group->children, pred)) return true;
        break;
      case Element::Kind::choose:
        for (const Branch& b : e.choose->branches)
          if (any_element(b.children, pred)) return true;
        break;
      case Element::Kind::names:
        if (e.names->substitute && any_element(*e.names->substitute, pred)) return true;
        break;
      default: break;
    }
  }
  return false;
}

}  // namespace citelib::csl
