#pragma once
// Helpers shared by the steps that read the head of a reference (anchor.cpp, head.cpp,
// title_tags.cpp, free_text.cpp). Library-internal.

#include "readers/list/parse_context.hpp"

#include <cstddef>
#include <string_view>
#include <vector>

namespace citelib::list {

/// True when `s` holds only separators (spaces, ". , : ;").
bool separators_only(std::string_view s);
/// Position after the spaces at `i`.
std::size_t skip_spaces(std::string_view t, std::size_t i);
/// The first top-level "(DATE)" in [from, to) (quoted spans skipped); npos if none.
std::size_t find_date_paren(std::string_view t, std::size_t from, std::size_t to, std::size_t* end);
/// The date a parenthesised group after the authors holds: every form parse_date() reads, and
/// CS1's proper-name dates ("Christmas 2015"), kept with their text as the date's literal.
/// Without a date the result has no parts and is not undated.
Date written_date(std::string_view content);
/// "[1859]", "[1st pub. 1851]", "[First published 1859]" at `open`: a bracket group that ends
/// in a date (CS1 |orig-date=). Sets `end` (after "]") and the date; false otherwise.
bool original_date_group(std::string_view t, std::size_t open, std::size_t* end, Date* date);
/// "1860 [1859]": a date, then an original date in brackets that ends `s`; the position of
/// the bracket (npos when `s` is not that).
std::size_t original_date_after_date(std::string_view s);
/// Tag content that marks the end of a standalone title ("PDF", "in Spanish", "Report", "2nd ed.").
bool is_title_tag_content(const Lexicon& lex, std::string_view content);
/// Could `head` be an author list (the text before a title)?
bool plausible_authors(const ParseContext& c, std::string_view head);
/// Parses t[b, e) as authors (or editors) and marks it.
void take_authors(ParseContext& c, std::size_t b, std::size_t e);
/// Sets the title from t[b, e) (trimmed; a plain title loses its separator) and marks it.
void set_title(ParseContext& c, std::size_t b, std::size_t e, TitleKind kind);
/// A list of names in natural order ("J.C. Escalona, R. Carrasco y J. A. Padrón").
bool natural_names(const Lexicon& lex, std::string_view s);

/// CS1 cite patent, "US patent 4200770, Inventor, A.; …, "Title", issued DATE" at `s0`: the
/// number, inventors and title are read (patents.cpp); false when `t` does not start so.
bool patent_head(ParseContext& c, std::size_t s0);
/// A US case citation, "Brown v. Board of Education, 347 U.S. 483 (1954)" at `s0`: litigants,
/// reporter, pages, court and year are read (court_cases.cpp); false when `t` does not start so.
bool court_case_head(ParseContext& c, std::size_t s0);
/// An English or Commonwealth case citation, "Donoghue v Stevenson [1932] UKHL 100", "Mabo v
/// Queensland (No 2) (1992) 175 CLR 1" at `s0` (court_cases.cpp); false otherwise.
bool bracket_case_head(ParseContext& c, std::size_t s0);
/// A standard cited by its designation first, "ISO 8601-1:2019. Date and time — … ." at `s0`:
/// the designation is the number, the next sentence the title (standards.cpp).
bool standard_head(ParseContext& c, std::size_t s0);
/// "IEEE Std 754-2019", "ISO/IEC 9899:2018": a standard's whole designation, a body's
/// initials and a number (standards.cpp).
bool standard_designation(std::string_view s);
/// "Open-File Report 98-428", "AI Memo 306": a report's series noun and its number, or
/// acronyms before a token with a digit ("FIPS PUB 202") (elements.cpp).
bool report_number_element(std::string_view s, const Lexicon& lex);
/// "Graduate Texts in Mathematics", "Lecture Notes in Computer Science": capitalised words
/// holding a book series' noun (title_tags.cpp).
bool series_name(std::string_view s);
/// A journal article cited without its title, "A. Pérez, B. López, Rev. Quím. 5 (2010) 10-20."
/// at `s0`: people with initials, the journal's abbreviated name, volume, year and pages
/// (untitled_article.cpp); false otherwise.
bool untitled_article_head(ParseContext& c, std::size_t s0);
/// A classical work cited by book and chapter, "Pliny the Elder. Natural History. Book 8.", fr
/// "Hérodote, Histoires, livre II, 35." at `s0`: author, title and the place in the work
/// (classical.cpp); false when `t` does not hold just these.
bool classical_head(ParseContext& c, std::size_t s0);
/// "Book 8", "livre II, 35", "XV, 44", "15.44" (and "6, 21" when `bare_pair`): a place in a
/// classical work by book, chapter and section.
bool classical_place(std::string_view s, const Lexicon& lex, bool bare_pair);

// GOST (gost.cpp).
/// The first " — " at or after `from` (npos when none).
std::size_t dash_separator(std::string_view t, std::size_t from);
/// The first " — " at or after `from` that separates GOST's areas (". — М.:", "— 2010"): after
/// a period or before no lowercase word; a dash between words is a journal's or a title's
/// own ("// Знание — сила. — 2010.").
std::size_t area_separator(std::string_view t, std::size_t from);
/// "Книга / И. И. Иванов ; под ред. А. А. Сидорова. — М.": the title, the people of the
/// statement of responsibility and the container after " // "; false when t[s0, …) has none.
bool statement_of_responsibility(ParseContext& c, std::size_t s0);
/// "Война. Мифы СССР. 1939—1945. — М.: ОЛМА, 2011.": the title area up to the first ". — "
/// when no statement of responsibility follows and the imprint comes next.
bool gost_title_area(ParseContext& c, std::size_t s0);

// Free text (free_text.cpp).
bool title_then_author(ParseContext& c, const std::vector<Segment>& segs);
std::size_t leading_authors(ParseContext& c, const std::vector<Segment>& segs);
/// it "Milano, arrestato il sindaco, su corriere.it": segment k, one word, and a lowercase
/// phrase after its comma are one headline (no author and a title, in a natural-order edition).
bool headline_comma(const ParseContext& c, const std::vector<Segment>& segs, std::size_t k);
/// it "Pompei, Ercolano, Stabiae, Oplontis. Le città sepolte dal Vesuvio, Napoli": one-word
/// elements from `k` (at least two) up to a subtitle after a period are one title; returns the
/// subtitle's index, or 0.
std::size_t lone_words_then_subtitle(const ParseContext& c, const std::vector<Segment>& segs, std::size_t k);
/// it encyclopaedia entries on a person, "Baggio, Roberto, in Enciclopedia dello Sport",
/// "Franco Della Peruta, MAZZINI, Giuseppe, in Dizionario Biografico degli Italiani": segment
/// k (a family name) and the given names after it, right before "in Opera", are the title.
bool headword_comma(const ParseContext& c, const std::vector<Segment>& segs, std::size_t k);
/// it/fr comma lists, "Titolo. Sottotitolo, Milano, …": the element after the title at `k` is
/// its subtitle (a period, then words up to a comma that are no place, date, site or marker).
bool subtitle_after_period(const ParseContext& c, const std::vector<Segment>& segs, std::size_t k);
/// it "Titolo. 1. Sottotitolo, in Rivista": a part's number between two periods and the
/// part's subtitle after the title at `k` (a paper of a numbered series); the subtitle's index, or 0.
std::size_t numbered_part_after_period(const ParseContext& c, const std::vector<Segment>& segs, std::size_t k);
/// it "Nome Cognome, SMILES, a chemical language. Introduction, in Rivista": the title's first
/// part at `k`, a lowercase rest closed by a period and a subtitle; the subtitle's index, or 0.
std::size_t lowercase_part_then_subtitle(const ParseContext& c, const std::vector<Segment>& segs, std::size_t k);
/// it headlines, "Claudio Tito, Il M5S primo partito, la Lega supera Forza Italia, in la
/// Repubblica": parts in lowercase after the title at `k` and its comma, right before the
/// work ("in …", "su …") or the imprint ("…, scultori e architettori, Firenze, Giunti, 1568"),
/// are the title's own (a comment never stands there). Returns how many (0: none).
std::size_t lowercase_title_parts(const ParseContext& c, const std::vector<Segment>& segs, std::size_t k);
/// it "Geological evolution of a basaltic stratovolcano: Mount Etna, Italy, in Italian Journal of
/// Geosciences": a short capitalised part after the title at `k` and its comma, right before
/// the work ("in …"), ends the title (nothing else of Cita pubblicazione stands there); so do
/// lower-case parts after it (a serial list, "Development, Validation, and Exploitation, in
/// Molecular Informatics"). The count of parts the title gains, or 0.
std::size_t capitalised_part_before_work(const ParseContext& c, const std::vector<Segment>& segs, std::size_t k);
bool bare_item(ParseContext& c, std::size_t from);
/// "John Smith, The Book (London: Penguin, 2001), p. 45.": a Chicago note, read whole.
bool chicago_note(ParseContext& c, std::size_t s0);
/// "*Title* (London: Penguin, 2001), p. 45": the imprint after an italic or linked title.
bool chicago_imprint_after_title(ParseContext& c);
/// After a quoted title in a Chicago note: "in" the book, its editors, the imprint in
/// parentheses and the pages ("\"The Chapter,\" in The Big Book, ed. John Smith (Oxford: …), 15.").
bool chicago_chapter_after_title(ParseContext& c);
std::size_t author_prefix(const ParseContext& c, std::size_t b, std::size_t e);

// Title tags (title_tags.cpp).
std::size_t find_title_tag(const ParseContext& c, std::size_t from);
std::size_t edition_after_title(ParseContext& c, std::size_t b, std::size_t e);
std::size_t title_end_before_journal(const ParseContext& c, std::size_t b, std::size_t e);
std::size_t series_volume_before_tag(ParseContext& c, std::size_t b, std::size_t e);
/// "Vol. 2: The Middle Ages", "Volumen I: Trayectoria": a volume label, its number (digits or
/// Roman capitals), a colon and the volume's own title (series_volume.cpp).
bool volume_and_title(std::string_view s, const Lexicon& lex, std::string_view& volume, std::string_view& title);

/// Chicago's volume of a multivolume work, "Vol. 2 of A History of Boats": the volume number
/// and the work (read as the series, as CS1 prints one).
bool volume_of_work(std::string_view s, const Lexicon& lex, std::string_view& volume, std::string_view& work);

}  // namespace citelib::list
