// The item type as the corpus README defines it: a class of the rendered shape, not a guess
// at the real-world genre. First match wins:
//   explicit label -> its type; quoted title + "In" editors -> chapter;
//   free text: journal + volume/pages -> article-journal, book evidence -> book;
//   quoted title: + book title + Place: Publisher -> chapter; + volume/issue/pages ->
//   article-journal; otherwise webpage; it "Title, su Site" -> webpage;
//   unquoted title: journal notation -> article-journal; book evidence -> book; else document;
//   no title: an ISBN -> book, otherwise document.
// Book evidence: a place, a publisher with pages or a page count, an ISBN, an edition.
#include "readers/list/lexicon.hpp"
#include "readers/list/parse_context.hpp"

namespace citelib::list {

namespace {

// "(Speech)" after the title: cite speech, whose title is quoted and whose elements after the
// tag are the event, no website; typed as the same speech with its quotes lost is.
bool speech_tag(const ParseContext& c) {
  if (!c.ref.has(Variable::genre) || c.ref.has(Variable::container_title)) return false;
  const TypeLabel* label = c.lex.type_label(c.ref.get(Variable::genre));
  return label && label->event_after;
}

}  // namespace

void decide_type(ParseContext& c) {
  Reference& r = c.ref;
  if (r.no_citation || !r.short_cites.empty()) {
    r.type = ItemType::document;
    return;
  }
  if (c.type_label) return;
  const bool quoted = c.title_kind == TitleKind::quoted;
  const bool container = r.has(Variable::container_title);
  const bool vol_issue = r.has(Variable::volume) || r.has(Variable::issue);
  const bool page = r.has(Variable::page);
  // A publisher with a page count is a book's too: fr Ouvrage without its place, "Donald E.
  // Knuth, The Art of Computer Programming, Addison-Wesley, 1997, 672 p." (only a book
  // prints its extent).
  const bool book = c.place || (r.has(Variable::publisher) && (page || r.has(Variable::number_of_pages))) || r.has(Variable::ISBN) ||
                    r.has(Variable::edition);
  // A container with its place and publisher is a book ("in Luigi Bianchi (a cura di), Fauna
  // d'Italia, vol. 2, Roma, Carocci, 2008, pp. 100-120"); a journal prints neither together.
  // GOST prints no place for a journal either: "// Большая российская энциклопедия. — М.,
  // 2006. — Т. 4. — С. 123—124." is a book's volume and pages.
  // Nor a journal's editors with its publisher: it "in Serge Vaudenay (a cura di), Advances in
  // Cryptology, Lecture Notes in Computer Science, vol. 4004, Springer, 2006, pp. 409–426" is
  // a book's volume and pages without its place.
  const bool journal = container && page && (vol_issue || c.journal_pages) &&
                       !(c.place && (r.has(Variable::publisher) || c.area_place)) &&
                       !(r.has(Variable::editor) && r.has(Variable::publisher));
  const bool free_text = !c.cs1_shape;
  if (!r.has(Variable::title)) {
    r.type = r.has(Variable::ISBN) ? ItemType::book : ItemType::document;
    return;
  }
  // A chapter's title, quoted (CS1, Chicago) or plain before "In" and its book (APA: "The
  // chapter. In J. Brown (Ed.), The book (pp. 10–20).").
  if (c.chapter && (quoted || (container && !journal))) {
    r.type = ItemType::chapter;
    return;
  }
  if (free_text) {
    if (journal) {
      r.type = ItemType::article_journal;
      return;
    }
    // Chicago's chapter, "\"Chapter.\" In The Book, edited by …, 10–20. Oxford: OUP, 2005.":
    // a quoted title in a book named after "In", or in a book with its imprint.
    if (quoted && container && (c.container_marker || (c.place && r.has(Variable::publisher)))) {
      r.type = ItemType::chapter;
      return;
    }
    if (book) {
      r.type = ItemType::book;
      return;
    }
  }
  if (quoted) {
    if (container && c.place && r.has(Variable::publisher)) r.type = ItemType::chapter;
    // "\"Git Internals\". Pro Git (2nd ed.). Apress. ISBN …": a book's numbered edition or
    // ISBN with a publisher and no place is a chapter too (a web page has neither; "(online
    // ed.)" of a dictionary is a web page's).
    else if (container && r.has(Variable::publisher) && !vol_issue && !page &&
             (r.has(Variable::ISBN) || r.get(Variable::edition).find_first_of("0123456789") != std::string_view::npos))
      r.type = ItemType::chapter;
    else if (vol_issue || page) r.type = ItemType::article_journal;
    else if (speech_tag(c)) r.type = ItemType::document;  // cite speech quotes its title
    else r.type = ItemType::webpage;
    return;
  }
  // it/fr "Titolo, su Sito": the site after its marker in a comma list is a web page's. ru
  // "Title (англ.) на сайте Site." stays a ru web citation, a document as ru's others are.
  if (c.site_marker && c.mode == SepMode::comma) {
    r.type = ItemType::webpage;
    return;
  }
  if (journal) r.type = ItemType::article_journal;
  else if (book) r.type = ItemType::book;
  else if (c.apa_part) r.type = ItemType::webpage;  // a newspaper's or a site's page, as CS1's are
  else r.type = ItemType::document;
}

}  // namespace citelib::list
