#pragma once
// Author and editor lists as rendered references print them: CS1 "Last, First; Last, First",
// Vancouver "Smith JA, Jones K", natural order "S. A. Rahman, M. Bashton and J. M. Thornton",
// mixtures of these in hand-written references, "et al.", editor marks ("(ed.)", ", ed"),
// organisations and single-field names (kept as literals), link artefacts ("Butcher,_John_C.").

#include <citelib/model/name.hpp>

#include <string_view>
#include <vector>

namespace citelib::list {

class Lexicon;

struct NameList {
  std::vector<Name> names;
  bool et_al = false;    ///< the list ends in "et al."
  bool editors = false;  ///< an editor mark ("(ed.)", ", eds.") follows the list
};

/// Parses a name list; false (and `out` empty) when `text` holds no name. `natural_order` says
/// the list's edition or its other references print people in natural order, so that two whole
/// names separated by a comma ("Mario Rossi, Luigi Bianchi") are two people rather than one
/// CS2 "Family, Given" name ("García Márquez, Gabriel José"), which has the same shape.
bool parse_name_list(std::string_view text, const Lexicon& lexicon, NameList& out, bool natural_order = false);

/// The shape of a text that may be one personal name.
enum class NameShape : unsigned char {
  none,
  natural,    ///< "Linus Torvalds", "S. A. Rahman"
  inverted,   ///< "Torvalds, Linus", "Fowler, M."
  vancouver,  ///< "Patani GA", "Schmidt J."
};

/// The shape of `text` if it reads as exactly one personal name.
NameShape name_shape(std::string_view text, const Lexicon& lexicon);

/// True when `text` splits at its first space into "Family, Given" where Given is a single
/// word: the start of a reference whose author runs into the title without a separator
/// ("Avram, Abel Docker: ..."). Returns the length of the name.
std::size_t leading_inverted_name(std::string_view text, const Lexicon& lexicon);

/// True when `text` starts with a Vancouver name followed by a space ("Schmidt J. Docker..."):
/// returns the length of the name.
std::size_t leading_vancouver_name(std::string_view text, const Lexicon& lexicon);

/// The Vancouver names separated by ", " that start `text` ("Петров П. П., Сидоров С. С.
/// Статья…", GOST's heading of up to three authors): returns the length of the list.
std::size_t leading_vancouver_names(std::string_view text, const Lexicon& lexicon);

/// ABNT names at the start of a reference, "SILVA, João; SOUZA, M. A. Título": where the
/// title starts (0 when `text` does not start so); `names_end` is set to the end of the names
/// (an initial keeps its period, a given name loses the separator's).
std::size_t leading_abnt_names(std::string_view text, const Lexicon& lexicon, std::size_t* names_end);

/// fr "Dupont (Jean), Histoire de France, …": the family, the given names in brackets and a
/// comma open the text. Returns the length up to the bracket (0 for none); `*name` the person.
std::size_t leading_family_given_in_brackets(std::string_view text, const Lexicon& lexicon, Name* name);

/// An ABNT organisation in capitals at the start of a reference, "IBGE. Censo demográfico
/// 2010. Rio de Janeiro: IBGE, 2011.": where the title starts (the author is the text before
/// its period), 0 when `text` does not start so.
std::size_t leading_abnt_organisation(std::string_view text, const Lexicon& lexicon);

/// NLM/ICMJE names at the start of a hand-written reference, "Smith J, Jones KA, et al. Title":
/// the length up to and with the period that ends the list, 0 when `text` does not start so.
std::size_t leading_nlm_names(std::string_view text, const Lexicon& lexicon);

/// An organisation as the author of an NLM/ICMJE reference, "World Health Organization. Title.
/// Geneva: WHO; 2016." or "American Thoracic Society. Title. Am J Respir Crit Care Med.
/// 2000;161:1376-95.": the length up to and with the organisation's period, 0 when `text`
/// does not start so (no organisation word, or no NLM tail after a title).
std::size_t leading_nlm_organisation(std::string_view text, const Lexicon& lexicon);

}  // namespace citelib::list
