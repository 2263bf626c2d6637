#pragma once
// Elements of a rendered reference: the text between separators (". " in CS1, ", " in CS2
// and comma-separated free text, " — " in Russian citations). A period after an abbreviation
// ("Dr.", "J.", "Vol.", "Chem.") or a day number before a month ("12. März") separates
// nothing; quotes, parentheses and brackets protect what they enclose; text already placed
// in a field (the `used` mask) separates elements and belongs to none.

#include <cstdint>
#include <string_view>
#include <vector>

namespace citelib::list {

class Lexicon;

enum class SepMode : std::uint8_t { period, comma };

struct Segment {
  std::uint32_t begin = 0, end = 0;  ///< trimmed, without the separator
  bool after_dash = false;           ///< introduced by " — "
};

/// Splits text[from, to) into elements. Bytes set in `protect` (markdown italics: a work's
/// name as one element) never separate. Without `dotted_days` (an English reference: no
/// edition that prints it writes "22. November 2016") a day's period before a month ends an
/// element: "Journal. 22. November 2016" is a volume and a month-year date.
void split_segments(std::string_view text, std::size_t from, std::size_t to, const std::vector<std::uint8_t>& used,
                    SepMode mode, const Lexicon& lexicon, std::vector<Segment>& out,
                    const std::vector<std::uint8_t>* protect = nullptr, bool dotted_days = true);

/// es "EE. UU.", "FF. AA.", "RR. HH.": Spanish abbreviates a plural by doubling its letters and
/// writes two such words as one name. True for the second word, t[w, e), which keeps its
/// period; that period separates elements only before a capitalised word or a number
/// ("EE. UU. Madrid:", not "los EE. UU. en el siglo XX").
bool doubled_plural_pair(std::string_view t, std::size_t w, std::size_t e);

/// True when `s`, a view into `t`, ends in two periods or more right before a comma: the
/// element's own periods in a comma list, not a separator's.
bool periods_before_comma(std::string_view t, std::string_view s);
/// True when the '.' at `i` ends an element (see above).
bool is_period_separator(std::string_view text, std::size_t i, const Lexicon& lexicon);
/// True when the period at `period` ends a title whose last word is the one letter at
/// `letter` ("Plan B.", "Malcolm X.") and a place with its colon follows ("New York:"), or,
/// given the tables, an edition statement ("C. 2. Auflage").
bool letter_before_imprint(std::string_view text, std::size_t letter, std::size_t period, const Lexicon* lex = nullptr);
/// "… – Programming languages – C. International Organization …": a capital letter alone after
/// a spaced dash, before a capitalised word, is a title's last word and its period ends it.
bool letter_after_spaced_dash(std::string_view text, std::size_t letter, std::size_t period);

/// End of the group that opens at `i` ('(', '[', a quote), or npos when it does not close
/// within a short distance.
std::size_t group_end(std::string_view text, std::size_t i);

}  // namespace citelib::list
