// Markdown exports carry link targets: the link on the title is the URL (or the archive copy
// when it points into a web archive), "Archived" links to the archive copy, "the original" to
// the URL, and a bare "[1]" label is an external link (corpus README, value conventions).
#include "readers/list/lexicon.hpp"
#include "readers/list/parse_context.hpp"

#include "core/text.hpp"

namespace citelib::list {

void assign_links(ParseContext& c) {
  Reference& r = c.ref;
  const auto set_url = [&](std::string_view target) {
    if (target.empty()) return;
    if (c.lex.is_archive_url(target)) {
      if (r.archive_url.empty()) r.archive_url = std::string(target);
    } else if (!r.has(Variable::URL)) {
      r.set(Variable::URL, std::string(target));
    }
  };
  // The title link first: it wins over the others.
  int title_link = c.title_link;
  if (title_link < 0 && c.title_kind != TitleKind::none) {
    for (std::size_t k = 0; k < c.item.links.size(); ++k) {
      const ItemLink& l = c.item.links[k];
      if (l.begin <= c.title_begin && l.end >= c.title_end) title_link = static_cast<int>(k);
    }
  }
  if (title_link >= 0) set_url(c.item.links[static_cast<std::size_t>(title_link)].target);
  for (std::size_t k = 0; k < c.item.links.size(); ++k) {
    if (static_cast<int>(k) == title_link) continue;
    const ItemLink& l = c.item.links[k];
    const std::string_view txt = c.view(l.begin, l.end);
    if (text::equals_fold(txt, "Archived")) {
      if (r.archive_url.empty()) r.archive_url = std::string(l.target);
    } else if (text::equals_fold(txt, "the original")) {
      if (!r.has(Variable::URL)) r.set(Variable::URL, std::string(l.target));
    } else if (txt.size() >= 3 && txt.front() == '[' && txt.back() == ']' && text::all_digits(txt.substr(1, txt.size() - 2))) {
      set_url(l.target);
      c.mark(l.begin, l.end);
    }
  }
}

}  // namespace citelib::list
