#include "readers/list/segments.hpp"
#include "readers/list/head_steps.hpp"

#include "readers/list/lexicon.hpp"
#include "readers/list/names.hpp"
#include "readers/list/quotes.hpp"

#include "core/text.hpp"
#include "model/date_words.hpp"

#include <algorithm>
#include <span>

namespace citelib::list {

namespace {

constexpr std::size_t kMaxGroup = 400;

bool em_dash_at(std::string_view t, std::size_t i) {
  return i < t.size() && static_cast<unsigned char>(t[i]) == 0xE2 && t.compare(i, 3, "\u2014") == 0;
}

}  // namespace

std::size_t group_end(std::string_view t, std::size_t i) {
  const char c = t[i];
  if (c == '(' || c == '[') {
    const char close = c == '(' ? ')' : ']';
    int depth = 0;
    const std::size_t limit = std::min(t.size(), i + kMaxGroup);
    for (std::size_t j = i; j < limit; ++j) {
      if (t[j] == c) ++depth;
      else if (t[j] == close && --depth == 0) return j + 1;
    }
    return std::string_view::npos;
  }
  if (auto q = quoted_at(t, i)) return q->end;
  return std::string_view::npos;
}

namespace {

// "Vol. I. London: Cassell": a one-letter Roman numeral (t[w, e)) after a volume label is a
// number, not an initial; its period ends the element. So is a volume lettered as a set's
// parts are, "Computers and Typesetting. Vol. A. Reading, Massachusetts": no edition prints
// a person's initial right after a volume label.
bool letter_after_volume_label(std::string_view t, std::size_t w, std::size_t e, const Lexicon& lex) {
  if (e != w + 1 || t[w] < 'A' || t[w] > 'Z' || w < 2 || t[w - 1] != ' ') return false;
  std::size_t lb = w - 1;
  while (lb > 0 && t[lb - 1] != ' ') --lb;
  return static_cast<bool>(lex.volume_labels.whole(t.substr(lb, w - 1 - lb)));
}

// The number at `w` closes a page range or follows a journal's colon or a locator label
// ("49–52. April 1971", "44 (10): 74. August 2009", "Vol. 57, no. 8. August 1987"): CS1's
// periodical date after the locators, never the German day before a month ("12. März 2015").
bool number_ends_locator(std::string_view t, std::size_t w, const Lexicon& lex) {
  if (w == 0) return false;
  if (t[w - 1] == '-' || (w >= 3 && t.compare(w - 3, 3, "\u2013") == 0)) return true;
  if (w < 2 || t[w - 1] != ' ') return false;
  if (t[w - 2] == ':') return true;
  std::size_t lb = w - 1;
  while (lb > 0 && t[lb - 1] != ' ') --lb;
  const std::string_view label = t.substr(lb, w - 1 - lb);
  return lex.issue_labels.whole(label) || lex.page_labels.whole(label) || lex.volume_labels.whole(label);
}

// "Boston: Addison-Wesley", "Cambridge, MA: MIT Press" at `j`: a place of at most four
// capitalised words (a state's capitals after a comma) and a colon.
bool place_colon_at(std::string_view t, std::size_t j) {
  // pt "Why Git failed? [S.l.]: Apress", "Livro 8.ª ed. [S.l.]: Senac": the port's "sine loco"
  // in brackets stands for the place.
  if (j < t.size() && t[j] == '[') {
    const std::size_t close = t.find(']', j);
    return close != std::string_view::npos && close - j <= 8 && t.compare(close, 3, "]: ") == 0;
  }
  std::size_t k = j;
  for (int words = 0; words < 4 && k < t.size(); ++words) {
    // "Rio de Janeiro: Elsevier", "Stratford upon Avon:": a short lowercase joiner between
    // capitalised words.
    if (words > 0 && text::starts_lower(t.substr(k))) {
      std::size_t e = k;
      while (e < t.size() && text::is_ascii_alpha(t[e])) ++e;
      if (e - k > 4 || e >= t.size() || t[e] != ' ') return false;
      k = e + 1;
      continue;
    }
    if (!text::starts_upper(t.substr(k))) return false;
    std::size_t e = k;
    while (e < t.size() && (text::is_letter_cp(text::decode(t, e).cp) || t[e] == '-' || t[e] == '\'')) e += text::decode(t, e).len;
    if (e == k || e >= t.size()) return false;
    if (t[e] == ':') return e + 1 < t.size() && t[e + 1] == ' ';
    if (t[e] == ',') {
      std::size_t st = e + 1;
      while (st < t.size() && t[st] == ' ') ++st;
      std::size_t se = st;
      while (se < t.size() && t[se] >= 'A' && t[se] <= 'Z') ++se;
      return se - st >= 2 && se - st <= 3 && se + 1 < t.size() && t[se] == ':' && t[se + 1] == ' ';
    }
    if (t[e] != ' ') return false;
    k = e + 1;
  }
  return false;
}

// "Why Korea won? Boston: Addison-Wesley.", "Who Owns the Future? Simon Press. 2013.": CS1
// prints no separator after an italic title ending in "?" or "!", so the imprint that follows
// starts an element of its own: a place and its colon, a short name whose last word is a
// publisher's ("Press", "Media", also linked in a dump: "CRC_Press") before a period, or a
// volume. A subtitle after the question ("What Is Life? The Physical Aspect") is none of these.
bool imprint_after_question(std::string_view t, std::size_t j, const Lexicon& lex) {
  // "Why Git matters? Vol. 9.": so does a volume.
  if (const WordMatch v = lex.volume_labels.match(t, j); v && j + v.length < t.size()) {
    const std::size_t sp = text::space_len_at(t, j + v.length);
    if (sp && j + v.length + sp < t.size() && text::is_ascii_digit(t[j + v.length + sp])) return true;
  }
  if (place_colon_at(t, j)) return true;
  std::size_t k = j;
  for (int words = 0; words < 5 && k < t.size(); ++words) {
    if (!text::starts_upper(t.substr(k))) return false;
    std::size_t e = k;
    while (e < t.size() && (text::is_letter_cp(text::decode(t, e).cp) || t[e] == '-' || t[e] == '\'')) e += text::decode(t, e).len;
    if (e == k) return false;
    // pt prints no period after the last element: "Why Peru matters? No Starch Press"; nor
    // does CS1 before "– via": "Why Peru failed? Oxford University Press – via Google Books.".
    if (e >= t.size() || (t[e] == '.' && (e + 1 == t.size() || t[e + 1] == ' ')) || t.compare(e, 5, " \u2013 ") == 0)
      return static_cast<bool>(lex.publisher_words.whole(t.substr(k, e - k)));
    // A text dump's link underscores stand for spaces: "Why Korea failed? CRC_Press.".
    if (t[e] != ' ' && t[e] != '_') return false;
    k = e + 1;
  }
  return false;
}

// "The Living Cell. Cambridge: Cambridge University Press": a word the tables hold as a
// journal's abbreviation ("Cell", "Lab", "Can") is a whole word before an imprint.
bool word_before_imprint(std::string_view t, std::string_view word, std::size_t i) {
  if (word.size() < 3 || !text::starts_upper(word) || text::starts_upper(word.substr(1))) return false;
  std::size_t j = i + 1;
  while (j < t.size() && text::space_len_at(t, j)) j += text::space_len_at(t, j);
  return place_colon_at(t, j);
}

// "Washington, D.C. 5 September 2005.", "Los Angeles, CA. p. 3": capitals with periods or a
// two-letter state before a date or a page end the place, whose period is also the
// element's (an initial before a year, "Smith, J. 2005", is no such word).
bool capitals_before_date_or_page(std::string_view t, std::string_view word, std::size_t i, const Lexicon& lex) {
  std::size_t letters = 0;
  for (const char ch : word) {
    if (ch >= 'A' && ch <= 'Z') ++letters;
    else if (ch != '.') return false;
  }
  if (letters < 2) return false;
  std::size_t j = i + 1;
  while (j < t.size() && text::space_len_at(t, j)) j += text::space_len_at(t, j);
  if (j >= t.size()) return false;
  if (text::is_ascii_digit(t[j])) return true;
  const WordMatch m = lex.page_labels.match(t, j);
  return m && j + m.length < t.size() && (t[j + m.length] == ' ' || text::is_ascii_digit(t[j + m.length]));
}

// "\"Page\". Example Org. 3 May 2009.": a capitalised abbreviation ("Org.", "Bros.") before a
// full date (day, month and year) ends its element; a journal's volume or a year after
// "J. Org. Chem." is no full date, nor is a locator label's number ("No. 3").
bool abbreviation_before_full_date(std::string_view t, std::size_t w, std::size_t i, const Lexicon& lex) {
  if (i - w < 2 || !(t[w] >= 'A' && t[w] <= 'Z')) return false;
  std::size_t j = i + 1;
  while (j < t.size() && text::space_len_at(t, j)) j += text::space_len_at(t, j);
  if (j >= t.size() || !(text::is_ascii_digit(t[j]) || (t[j] >= 'A' && t[j] <= 'Z'))) return false;
  if (lex.page_labels.match_label(t, w) || lex.volume_labels.match_label(t, w) || lex.issue_labels.match_label(t, w))
    return false;
  // The date runs to the next ". " (or the end, or CS1's " – via"), at most a long date's length.
  std::size_t e = j;
  while (e < t.size() && e - j < 40 && !(t[e] == '.' && (e + 1 == t.size() || text::space_len_at(t, e + 1))) &&
         t.compare(e, 5, " \u2013 ") != 0)
    ++e;
  if (e - j >= 40) return false;
  const Date d = parse_date(t.substr(j, e - j));
  return d.has_parts() && d.precision() == DatePrecision::day;
}

// "CA", "NY": a word of two capitals or more without periods abbreviates nothing with its
// period ("ca." is circa, "CA" a state).
bool all_capitals(std::string_view word) {
  return word.size() >= 2 && std::all_of(word.begin(), word.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; });
}

}  // namespace

bool doubled_plural_pair(std::string_view t, std::size_t w, std::size_t e) {
  auto doubled = [&](std::size_t b) { return t[b] >= 'A' && t[b] <= 'Z' && t[b + 1] == t[b]; };
  return e == w + 2 && w >= 4 && doubled(w) && t[w - 1] == ' ' && t[w - 2] == '.' && doubled(w - 4) &&
         (w == 4 || !text::is_ascii_alpha(t[w - 5]));
}

namespace {

// "Roberto Müller e Martin E. Hellman, Python: Lost Networks, …", "Anna Rossi, Peter J.
// Smith, Title: …": the word at `pb` opens a person's name in a list of people in natural
// order, after its joiner or its comma (the names before it from the text's start, a
// language tag "(EN)" aside). Its initial's period is the name's, whatever colon follows.
bool opens_listed_name(std::string_view t, std::size_t pb, const Lexicon& lex) {
  if (pb > 160) return false;  // the names that open a reference; bounds the scan
  std::string_view before = text::trim(t.substr(0, pb));
  if (!before.empty() && before.front() == '(')
    if (const std::size_t close = before.find(')'); close != std::string_view::npos && close <= 5) before = text::trim(before.substr(close + 1));
  if (!before.empty() && before.back() == ',') {
    before.remove_suffix(1);
  } else {
    std::size_t jb = before.size();
    while (jb > 0 && before[jb - 1] != ' ') --jb;
    if (jb == 0 || !lex.name_joiners.whole(before.substr(jb))) return false;
    before = text::trim(before.substr(0, jb));
  }
  return !before.empty() && natural_names(lex, before);
}

}  // namespace

// "Plan B. New York: Norton", "Malcolm X. London: Penguin": a title's last word of one
// letter after a word of its own (no run of initials: "J. R. R."), then a place and its
// colon: the period ends the title. Only a place of at most four capitalised words. With the
// tables, an edition statement after the letter ends the title too: de "Programmieren in C.
// 2. Auflage. Hanser" (Literatur prints the edition as its own sentence).
bool letter_before_imprint(std::string_view t, std::size_t w, std::size_t i, const Lexicon* lex) {
  if (i <= w || text::decode(t, w).len != i - w) return false;  // one letter
  // The word before the letter: two letters or more.
  if (w < 3 || t[w - 1] != ' ') return false;
  std::size_t pb = w - 1;
  while (pb > 0 && t[pb - 1] != ' ') --pb;
  const std::string_view prev = t.substr(pb, w - 1 - pb);
  if (prev.size() < 2 || prev.back() == '.' || prev.back() == ',' || !text::is_letter_cp(text::decode(prev, 0).cp)) return false;
  // The first word of the text (after a language tag, "(EN) "): "Clifford J. Bailey,
  // Metformin: …" starts with a person's name, not with a title's last word.
  {
    std::size_t b = pb;
    while (b > 0 && t[b - 1] == ' ') --b;
    if (b > 0 && t[b - 1] == ')' && t.find('(') < b && t.rfind('(', b) == 0) b = 0;
    if (b == 0) return false;
  }
  std::size_t j = i + 1;
  while (j < t.size() && text::space_len_at(t, j)) j += text::space_len_at(t, j);
  // de Literatur, "Programmieren in C. Parey, Hamburg 1960.", "… in C. de Gruyter, Berlin
  // 1898": "Verlag, Ort Jahr" after the letter (looked for over the 64 bytes after it).
  if (lex && j < t.size() && !text::is_ascii_digit(t[j]))
    for (std::size_t p = j + 1; p + 4 <= t.size() && p < j + 64; ++p)
      if (t[p - 1] == ' ' && text::all_digits(t.substr(p, 4)) && (p + 4 == t.size() || t[p + 4] == '.' || t[p + 4] == ',')) {
        const std::string_view imprint = t.substr(j, p + 4 - j);
        if (imprint.find(", ") != std::string_view::npos && imprint.find(": ") == std::string_view::npos &&
            glued_place_year(imprint))
          return true;
        break;
      }
  // A run of initials, "México D. F.: Talleres": the next word is a letter and its period.
  if (j + 1 < t.size() && text::is_ascii_alpha(t[j]) && t[j + 1] == '.') return false;
  if (lex && j < t.size() && text::is_ascii_digit(t[j])) {
    std::size_t e = j;
    while (e < t.size() && e - j < 3 && text::is_ascii_digit(t[e])) ++e;
    if (e < t.size() && t[e] == '.') ++e;                            // "2. Auflage"
    else while (e < t.size() && t[e] >= 'a' && t[e] <= 'z') ++e;     // "2nd ed."
    if (e >= t.size() || t[e] != ' ') return false;
    ++e;
    WordMatch m = lex->edition_suffixes.match(t, e);
    if (!m) m = lex->edition_words.match(t, e);
    return m && (e + m.length == t.size() || t[e + m.length] == ' ' || t[e + m.length] == '.' || t[e + m.length] == ',');
  }
  for (int words = 0; words < 4 && j < t.size(); ++words) {
    if (!text::starts_upper(t.substr(j))) return false;
    std::size_t e = j;
    while (e < t.size() && (text::is_letter_cp(text::decode(t, e).cp) || t[e] == '-' || t[e] == '.'))
      e += text::decode(t, e).len;
    if (e == j || e >= t.size()) return false;
    // A word of three letters or more with a period ends a sentence, not a place ("Forward.");
    // "D.C." and "St." go on.
    if (t[e - 1] == '.' && e - j > 3 && t.substr(j, e - j).find('.') == e - j - 1) return false;
    if (t[e] == ':') return e + 1 < t.size() && text::space_len_at(t, e + 1) && !(lex && opens_listed_name(t, pb, *lex));
    if (t[e] == ',') ++e;
    if (e >= t.size() || t[e] != ' ') return false;
    j = e + 1;
  }
  return false;
}

namespace {

// "Family, Given" with one capitalised word before the comma (particles aside: "van der
// Berg"): "Kaiping Zeng, Sorin A." is two names in natural order.
bool one_inverted_name(std::string_view name, const Lexicon& lex) {
  const std::size_t comma = name.find(',');
  if (comma == std::string_view::npos) return false;
  std::size_t capitals = 0;
  for (std::size_t k = 0; k < comma; ++k)
    if ((k == 0 || name[k - 1] == ' ') && text::starts_upper(name.substr(k))) ++capitals;
  return capitals == 1 && name_shape(name, lex) == NameShape::inverted;
}

// Where the name holding the word at `w` starts when it leads: the start of a chapter's
// editors after a capitalised "In:"/"En"/"Em" that opens an element (pt "In: Ivanov, Peter
// J. Hidden languages.", editors without a role mark), looked for over the 80 bytes before;
// else the text's start within them. npos otherwise. `after_in` tells which.
std::size_t name_start_before(std::string_view t, std::size_t w, const Lexicon& lex, bool* after_in = nullptr) {
  for (std::size_t k = w; k-- > (w > 80 ? w - 80 : 0);) {
    if (k < 2 || t.compare(k - 2, 2, ". ") != 0 || !text::starts_upper(t.substr(k))) continue;
    const WordMatch m = lex.editor_in.match(t, k);
    if (!m || k + m.length >= w || !text::space_len_at(t, k + m.length)) continue;
    if (after_in) *after_in = true;
    return k + m.length + text::space_len_at(t, k + m.length);
  }
  return w <= 80 ? 0 : std::string_view::npos;
}

// pt/es "In: García Márquez, Peter J. Modern bridges.": after "In:" a chapter's editors are
// inverted, so a family of two or three capitalised words before the comma is one name too,
// unless what follows the name's period could end a name in natural order ("In: Kaiping Zeng,
// Sorin A. Huss. Book": one or two capitalised words, then a period, a comma or a
// semicolon). `j` is where the next word starts.
bool inverted_editor_after_in(std::string_view t, std::string_view name, std::size_t j, const Lexicon& lex) {
  const std::size_t comma = name.find(',');
  if (comma == std::string_view::npos || name.find(',', comma + 1) != std::string_view::npos ||
      text::count_words(name.substr(0, comma)) > 3 || name_shape(name, lex) != NameShape::inverted)
    return false;
  std::size_t e = j;
  for (int words = 0; words < 2; ++words) {
    if (e >= t.size() || !text::starts_upper(t.substr(e))) return true;
    while (e < t.size() && (text::is_letter_cp(text::decode(t, e).cp) || t[e] == '-')) e += text::decode(t, e).len;
    if (e >= t.size() || t[e] == '.' || t[e] == ',' || t[e] == ';') return false;
    if (t[e] != ' ') return true;
    ++e;
  }
  return true;
}

// "Kennedy, John F. Profiles in Courage.", "Tolkien, J. R. R. The Hobbit.": the last initial
// of an inverted name that opens the text ends that name when a capitalised word (no further
// initial) follows; so does one of a chapter's editors after "In:" (name_start_before).
bool initial_ends_leading_name(std::string_view t, std::size_t w, std::size_t i, const Lexicon& lex) {
  if (i <= w) return false;
  const text::CodePoint letter = text::decode(t, w);
  if (letter.len != i - w || !text::is_upper_cp(letter.cp)) return false;
  std::size_t j = i + 1;
  while (j < t.size() && text::space_len_at(t, j)) j += text::space_len_at(t, j);
  std::size_t e = j;
  while (e < t.size() && text::is_letter_cp(text::decode(t, e).cp)) e += text::decode(t, e).len;
  if (e - j < 2 || !text::starts_upper(t.substr(j)) || (e < t.size() && t[e] == '.')) return false;
  // Not the rest of a name in natural order: "Kaiping Zeng, Sorin A. Huss, \"Title\"",
  // "Whitfield Diffie, Paul C. Van Oorschot, and …" (a comma after the next word or two). A
  // year after that comma ends a title's phrase, not a name: pt "In: Park, T. Bridges and
  // storage, 1968–2021." (the book after a role-less editor); so does a lowercase word that is
  // no particle or joiner before it ("In: Smith, Peter J. Revolution and storage, 1997–2023.").
  const auto name_comma = [&](std::size_t k) {
    if (k >= t.size() || t[k] != ',') return false;
    const std::size_t n = k + 1 < t.size() && t[k + 1] == ' ' ? k + 2 : k + 1;
    return !(n + 4 <= t.size() && text::all_digits(t.substr(n, 4)));
  };
  bool title_word = false;
  for (int words = 0; words < 2 && e < t.size() && !title_word; ++words) {
    if (name_comma(e)) return false;
    if (t[e] != ' ') break;
    e += 1;
    const std::size_t wb = e;
    while (e < t.size() && text::is_letter_cp(text::decode(t, e).cp)) e += text::decode(t, e).len;
    const std::string_view word = t.substr(wb, e - wb);
    title_word = !word.empty() && text::starts_lower(word) && !lex.name_particles.whole(word) && !lex.name_joiners.whole(word);
  }
  if (!title_word && name_comma(e)) return false;
  // Nor the rest of an inverted name's given names: "Kousser, J. Morgan (1999).", "Smith, J.
  // Andrew; Doe, Jane (2001).": the word runs into the next name, into the date after the
  // names, or to the end of the names already cut before that date.
  if (e == t.size() || t[e] == ';') return false;
  if (std::size_t end = 0; e > j && e < t.size() && t[e] == '(' && t[e - 1] == ' ' && find_date_paren(t, e, e + 1, &end) == e) return false;
  bool after_in = false;
  const std::size_t start = name_start_before(t, w, lex, &after_in);
  if (start == std::string_view::npos) return false;
  const std::string_view name = text::trim(t.substr(start, i + 1 - start));
  return one_inverted_name(name, lex) || (after_in && inverted_editor_after_in(t, name, j, lex));
}

// "Kowalski, Jan. Historia Polski.", "Jones, Ann. \"Old Roads.\"": a given name that the
// tables also hold as an abbreviation (a month, a journal word), or a suffix after the given
// names ("King, Martin Luther, Jr."), ends an inverted name that opens the text, as any other
// given name does, when a capitalised word or a quote follows.
bool given_name_ends_leading_name(std::string_view t, std::size_t w, std::size_t i, const Lexicon& lex) {
  if (i < w + 2) return false;
  // "Kim, Min-jun. Title": the abbreviation is the part after a hyphenated given name's hyphen
  // ("jun", June); the name is the whole word.
  while (w >= 2 && t[w - 1] == '-' && text::is_letter_cp(text::decode(t, text::prev_start(t, w - 1)).cp)) {
    std::size_t b = w - 1;
    while (b > 0 && text::is_letter_cp(text::decode(t, text::prev_start(t, b)).cp)) b = text::prev_start(t, b);
    w = b;
  }
  const std::string_view word = t.substr(w, i - w);
  if (!text::starts_upper(word)) return false;
  // "King, Martin Luther, Jr. Strength to Love.": a suffix after the given names, with or
  // without its comma.
  const bool suffix = static_cast<bool>(lex.keep_period.whole(word));
  if (!suffix && i < w + 3) return false;
  for (std::size_t k = text::decode(word, 0).len; k < word.size();) {
    const text::CodePoint cp = text::decode(word, k);
    // "Min-jun", "Jean-Paul": a hyphen between letters, and a capital after it.
    if (cp.cp == '-' && k + 1 < word.size() && word[k - 1] != '-') {
      k += 1;
      k += text::decode(word, k).len;
      continue;
    }
    if (!text::is_letter_cp(cp.cp) || text::is_upper_cp(cp.cp)) return false;
    k += cp.len;
  }
  std::size_t j = i + 1;
  while (j < t.size() && text::space_len_at(t, j)) j += text::space_len_at(t, j);
  if (j >= t.size() || !(text::starts_upper(t.substr(j)) || t[j] == '"' || t.compare(j, 3, "\u201C") == 0)) return false;
  bool after_in = false;
  const std::size_t start = name_start_before(t, w, lex, &after_in);
  if (start == std::string_view::npos) return false;
  std::string_view name = text::trim(t.substr(start, i - start));
  if (suffix) {
    name = text::trim(name.substr(0, w));
    if (!name.empty() && name.back() == ',') name.remove_suffix(1);
  }
  return one_inverted_name(name, lex) || (after_in && !suffix && inverted_editor_after_in(t, name, j, lex));
}

}  // namespace

// "ISO/IEC 9899:2018 – Information technology – Programming languages – C. International
// Organization for Standardization.": a capital letter alone after a spaced dash is a title's
// last word (a standard's part, a language's name), never an initial: a person's initial
// follows a given name, another initial or a list's comma, not a dash. Its period ends the
// element when a capitalised word of two letters or more follows (GOST's "— P. 67", "— N.
// Y.: Wiley" go on as before: a number or another initial follows).
bool letter_after_spaced_dash(std::string_view t, std::size_t w, std::size_t i) {
  if (i != w + 1 || t[w] < 'A' || t[w] > 'Z' || w < 3 || t[w - 1] != ' ') return false;
  std::size_t d = w - 1;  // the space before the letter; the dash ends at d
  if (t[d - 1] == '-') {
    d -= 1;
  } else if (d >= 3 && (t.compare(d - 3, 3, "\u2013") == 0 || t.compare(d - 3, 3, "\u2014") == 0)) {
    d -= 3;
  } else {
    return false;
  }
  if (d == 0 || t[d - 1] != ' ') return false;
  std::size_t j = i + 1;
  while (j < t.size() && text::space_len_at(t, j)) j += text::space_len_at(t, j);
  if (j >= t.size() || !text::starts_upper(t.substr(j))) return false;
  const std::size_t second = j + text::decode(t, j).len;
  return second < t.size() && text::is_lower_cp(text::decode(t, second).cp);
}

bool periods_before_comma(std::string_view t, std::string_view s) {
  // it "Re: Kernel SCM saga.., su marc.info", "Piloti, che gente..., Bologna": a comma
  // separates, so two periods or three before it are the element's own (an email subject's,
  // an ellipsis), not a separator's; one period may still be a sentence's end.
  if (s.size() < 3 || !s.ends_with("..") || s[s.size() - 3] == ' ') return false;
  const std::size_t end = static_cast<std::size_t>(s.data() - t.data()) + s.size();
  return end < t.size() && t[end] == ',';
}

bool is_period_separator(std::string_view t, std::size_t i, const Lexicon& lex) {
  if (t[i] != '.') return false;
  if (i + 1 < t.size() && !text::space_len_at(t, i + 1)) return false;
  if (i == 0) return false;
  if (t[i - 1] == '.') return true;  // "F.." : the second period is the separator
  std::size_t w = i;
  while (w > 0) {
    const std::size_t p = text::prev_start(t, w);
    const text::CodePoint c = text::decode(t, p);
    if (!text::is_letter_cp(c.cp) && !text::is_digit_cp(c.cp) && c.cp != '.') break;
    w = p;
  }
  const std::string_view word = t.substr(w, i - w);
  if (word.empty()) return true;
  // "NIST SP 800-57 Part 1 Rev. 5": a revision's abbreviation between a designation's number
  // and its own ends no element.
  if (word == "Rev" && w >= 2 && t[w - 1] == ' ' && text::is_ascii_digit(t[w - 2]) && i + 2 < t.size() &&
      text::space_len_at(t, i + 1) == 1 && text::is_ascii_digit(t[i + 2]))
    return false;
  if (letter_after_volume_label(t, w, i, lex)) return true;
  if (doubled_plural_pair(t, w, i)) {
    std::size_t j = i + 1;
    while (j < t.size() && text::space_len_at(t, j)) j += text::space_len_at(t, j);
    return j >= t.size() || !text::starts_lower(t.substr(j));
  }
  // "VV. AA. (2001)", "AA. VV., Titolo": a collective author's inner period.
  if (word.size() == 2 && word[0] >= 'A' && word[0] <= 'Z')
    if (const WordMatch m = lex.collective_authors.match(t, w); m && w + m.length > i + 1) return false;
  // pt "Ponte S/A. 2015", "S/A.": a letter after a slash is no initial.
  if (word.size() == 1 && w > 0 && t[w - 1] == '/') return true;
  // "London: Penguin. n.d. p. 821.": CS1's "n.d." printed as an element of its own is the
  // date, and its period ends it (its letters read as initials before "p.").
  if (word.size() <= 5 && w >= 2 && t[w - 1] == ' ' && t[w - 2] == '.' && word.find('.') != std::string_view::npos &&
      date_words::match_phrase(t.substr(w), date_words::PhraseKind::undated) == i + 1 - w)
    return true;
  if (letter_after_spaced_dash(t, w, i)) return true;
  if (lex.is_abbreviation(word)) {
    // "Legacy of Ashes: The History of the CIA. New York:": a word of three capitals and more
    // is an acronym, not one of the tables' abbreviations ("Cia.", "Imp."), before a
    // capitalised word.
    if (word.size() >= 3 && std::all_of(word.begin(), word.end(), [](char ch) { return ch >= 'A' && ch <= 'Z'; })) {
      std::size_t j = i + 1;
      while (j < t.size() && text::space_len_at(t, j)) j += text::space_len_at(t, j);
      if (j < t.size() && text::starts_upper(t.substr(j))) return true;
    }
    return capitals_before_date_or_page(t, word, i, lex) || letter_before_imprint(t, w, i, &lex) || word_before_imprint(t, word, i) ||
           initial_ends_leading_name(t, w, i, lex) || given_name_ends_leading_name(t, w, i, lex) ||
           abbreviation_before_full_date(t, w, i, lex);
  }
  // "W. Strahan and T. Cadell": an initial after a joiner of names starts a name.
  if (word.size() == 1 && text::is_ascii_alpha(word[0]) && word[0] <= 'Z' && w >= 2 && t[w - 1] == ' ') {
    std::size_t jb = w - 1;
    while (jb > 0 && t[jb - 1] != ' ') --jb;
    if (lex.name_joiners.whole(t.substr(jb, w - 1 - jb))) return false;
  }
  // "In Smith, J.; et al. (eds.).": the period of "et al." before a bracket ends no element.
  if (word == "al" && w >= 3 && t.compare(w - 3, 3, "et ") == 0 && i + 2 < t.size() && t[i + 2] == '(') return false;
  // "12. März 2015": a day number before a month; "2. Auflage", "102. Auflage": an ordinal
  // before an edition word (an edition may have three digits, a day has two at most).
  if (word.size() <= 3 && text::all_digits(word)) {
    std::size_t j = i + 1;
    while (j < t.size() && text::space_len_at(t, j)) j += text::space_len_at(t, j);
    std::size_t e = j;
    while (e < t.size() && text::is_letter_cp(text::decode(t, e).cp)) e += text::decode(t, e).len;
    // A number above 31 is no day ("Journal of the ACM. 74. January 1967": a volume).
    const bool day = word.size() == 1 || word[0] < '3' || (word[0] == '3' && word[1] <= '1');
    if (day && word.size() <= 2 && e > j && date_words::lookup_word(t.substr(j, e - j)).kind == date_words::WordKind::month &&
        !number_ends_locator(t, w, lex)) {
      // "Episode 4. September 29, 1966": a month followed by a day number starts a date of
      // its own (mdy); the German day before the month has a year after it, or nothing.
      std::size_t d = e;
      while (d < t.size() && text::space_len_at(t, d)) d += text::space_len_at(t, d);
      std::size_t de = d;
      while (de < t.size() && de - d < 3 && text::is_ascii_digit(t[de])) ++de;
      const bool day_follows = de > d && de - d <= 2 && (de == t.size() || !text::is_ascii_digit(t[de]));
      // pt/es "Journal. 8. setembro de 2006": a month with "de" before its year is their date,
      // which never has a period after the day.
      const bool romance = d < t.size() && text::starts_lower(t.substr(d)) && !text::is_ascii_digit(t[d]);
      if (!day_follows && !romance) return false;
    }
    // "2. Auflage": an ordinal before an edition word.
    if (e > j && lex.edition_suffixes.whole(t.substr(j, e - j))) return false;
    // de "des 19. und 20. Jahrhunderts": two ordinals joined by "und" are inside a title.
    if (e > j && e + 1 < t.size() && t[e] == ' ' && text::is_ascii_digit(t[e + 1]) && lex.name_joiners.whole(t.substr(j, e - j))) {
      std::size_t n = e + 1;
      while (n < t.size() && n - e <= 3 && text::is_ascii_digit(t[n])) ++n;
      if (n < t.size() && n - e <= 4 && t[n] == '.') return false;
    }
    // de "Geschichte des 19. Jahrhunderts. In: Die Zeit.", "Berlin im 20. Jahrhundert": an
    // ordinal after a short lowercase word (an article or a preposition) and before a
    // capitalised word is inside a title; a locator's label ("no 3.", "pp 12.") is no such word.
    if (word.size() <= 2 && e > j && text::starts_upper(t.substr(j)) && w >= 3 && t[w - 1] == ' ') {
      std::size_t pb = w - 1;
      while (pb > 0 && t[pb - 1] != ' ') --pb;
      const std::string_view prev = t.substr(pb, w - 1 - pb);
      const bool lower = prev.size() >= 2 && prev.size() <= 3 &&
                         std::all_of(prev.begin(), prev.end(), [](char ch) { return ch >= 'a' && ch <= 'z'; });
      if (lower && !lex.page_labels.whole(prev) && !lex.volume_labels.whole(prev) && !lex.issue_labels.whole(prev) &&
          !lex.section_labels.whole(prev) && !lex.edition_words.whole(prev))
        return false;
    }
    // pt ABNT "2. ed. São Paulo": the suffix carries its own period.
    if (e > j && e < t.size() && t[e] == '.' && lex.edition_suffixes.whole(t.substr(j, e + 1 - j))) return false;
  }
  // GOST abbreviates words inside an element: "М.: Худож. лит., 1960", "Изд-во иностр. лит.":
  // a Cyrillic word's period before a lowercase Cyrillic word ends nothing (elements start
  // with a capital or a number, or after " — ").
  if (const text::CodePoint first = text::decode(word, 0); first.cp >= 0x0400 && first.cp <= 0x04FF && i + 1 < t.size() && t[i + 1] == ' ' &&
                                                              i + 2 < t.size()) {
    const text::CodePoint next = text::decode(t, i + 2);
    if (next.cp >= 0x0430 && next.cp <= 0x045F) return false;  // а–я, ѐ–џ
  }
  return true;
}

namespace {

// The comma at `i` inside a month-day-year date ("May 3, 2005"): no separator in a comma list.
bool comma_in_mdy_date(std::string_view t, std::size_t i) {
  std::size_t a = i + 1;
  while (a < t.size() && t[a] == ' ') ++a;
  std::size_t ye = a;
  while (ye < t.size() && text::is_ascii_digit(t[ye])) ++ye;
  if (ye - a != 4 || (ye < t.size() && text::is_letter_cp(text::decode(t, ye).cp))) return false;
  std::size_t d = i;
  while (d > 0 && text::is_ascii_digit(t[d - 1])) --d;
  if (i - d == 0 || i - d > 2 || d < 2 || t[d - 1] != ' ') return false;
  std::size_t w = d - 1;
  while (w > 0) {
    const std::size_t p = text::prev_start(t, w);
    if (!text::is_letter_cp(text::decode(t, p).cp)) break;
    w = p;
  }
  return w < d - 1 && date_words::lookup_word(t.substr(w, d - 1 - w)).kind == date_words::WordKind::month;
}

// "Волга — великая река", "«Кухня» — самый рейтинговый": a dash between a word and a
// lowercase word is the text's own, not GOST's separator (". — ", "— 2010", "(нем.) — heise").
bool dash_inside_words(std::string_view t, std::size_t dash) {
  const std::size_t before = text::prev_start(t, dash - 1);
  const char32_t b = text::decode(t, before).cp;
  if (!text::is_letter_cp(b) && b != U'\u00BB' && b != U'"') return false;
  std::size_t w = dash + 3;
  while (w < t.size() && text::space_len_at(t, w)) w += text::space_len_at(t, w);
  return w < t.size() && text::is_lower_cp(text::decode(t, w).cp);
}

// "Information technology — Programming languages — C", "Advances in Cryptology — CRYPTO
// '87": outside GOST a spaced em dash between a word (or a number) and a capitalised word is
// the title's own; CS1 separates no element with it. GOST's evidence is an area separator
// after a period (". — ") or a container's " // " anywhere in the reference.
// GOST's publication area, "— М.: Горячая линия — Телеком, 2005. — 229 с.": a spaced dash
// after the place's colon and before the year's comma, with no period or comma before it in
// the area, is the publisher's own ("Горячая линия — Телеком", "Мир и Образование — Оникс");
// GOST separates its areas with ". — ", and the area runs "Place: Publisher, year".
bool dash_in_gost_publisher(std::string_view t, std::size_t dash, std::size_t w) {
  const std::size_t area = t.rfind(". \u2014 ", dash);
  if (area == std::string_view::npos) return false;
  const std::size_t from = area + 6;
  if (from >= dash) return false;
  const std::string_view before = t.substr(from, dash - from);
  const std::size_t colon = before.find(": ");
  if (colon == std::string_view::npos || colon > 24 || before.find(". ", colon) != std::string_view::npos ||
      before.find(", ", colon) != std::string_view::npos)
    return false;
  const std::size_t comma = t.find(", ", w);
  if (comma == std::string_view::npos || comma - w > 60) return false;
  const std::string_view name = t.substr(w, comma - w);
  if (name.find(". ") != std::string_view::npos || name.find('\xE2') != std::string_view::npos) return false;
  std::size_t y = comma + 2, digits = 0;
  while (y < t.size() && text::is_ascii_digit(t[y])) ++y, ++digits;
  return digits == 4 && (y == t.size() || !text::is_ascii_digit(t[y]));
}

bool dash_inside_title(std::string_view t, std::size_t dash, int& gost) {
  if (dash < 2) return false;
  const char32_t b = text::decode(t, text::prev_start(t, dash - 1)).cp;
  if (!text::is_letter_cp(b) && !(b >= U'0' && b <= U'9')) return false;
  std::size_t w = dash + 3;
  while (w < t.size() && text::space_len_at(t, w)) w += text::space_len_at(t, w);
  if (w >= t.size()) return false;
  // A number after the dash is a date or a count GOST or ru sites separate ("v25.0.4 — 2024").
  if (!text::is_upper_cp(text::decode(t, w).cp)) return false;
  // Looked for once per split (a long line of dashes stays linear).
  if (gost < 0) gost = t.find(". \u2014") != std::string_view::npos || t.find(" // ") != std::string_view::npos;
  if (gost == 0) return true;
  if (dash_in_gost_publisher(t, dash, w)) return true;
  // GOST separates its areas with ". — "; ru copies an English title or proceedings' name
  // with its own dash, "// Advances in Cryptology — ASIACRYPT 2011. — Springer, 2011.": in the
  // title and the container (before the first area after " // "), a dash between Latin words
  // with no period before it is the name's (GOST's areas after it are Cyrillic or numbers,
  // an identifier's label aside).
  if (!(b < 0x80 && text::is_ascii_alpha(static_cast<char>(b))) && !(b >= U'0' && b <= U'9')) return false;
  if (!(t[w] >= 'A' && t[w] <= 'Z') || t.compare(w, 4, "ISBN") == 0 || t.compare(w, 4, "ISSN") == 0 ||
      t.compare(w, 3, "DOI") == 0)
    return false;
  const std::size_t slashes = t.rfind(" // ", dash);
  if (slashes == std::string_view::npos) return t.find(" // ", dash) != std::string_view::npos;
  const std::size_t area = t.find(". \u2014 ", slashes);
  return area == std::string_view::npos || area > dash;
}

// A capitalised word of letters only, as an abbreviation ends ("Model", "Sci").
bool abbreviated_word(std::string_view w) {
  if (w.size() < 2 || w.size() > 12 || !text::starts_upper(w)) return false;
  for (std::size_t i = 0; i < w.size();) {
    const text::CodePoint cp = text::decode(w, i);
    if (!text::is_letter_cp(cp.cp)) return false;
    i += cp.len;
  }
  return true;
}

// "J. Chem. Inf. " before "Model.": a name abbreviated word by word (ACS journals), whose last
// word's period is its own too. Two abbreviated words of two letters and more, no other word.
bool abbreviated_name(std::string_view before) {
  std::size_t abbreviated = 0;
  for (std::size_t i = 0; i < before.size();) {
    while (i < before.size() && before[i] == ' ') ++i;
    std::size_t e = i;
    while (e < before.size() && before[e] != ' ') ++e;
    if (e == i) break;
    const std::string_view w = before.substr(i, e - i);
    if (w.back() != '.' || w.size() < 2 || !text::starts_upper(w)) return false;
    ++abbreviated;
    i = e;
  }
  return abbreviated >= 2;
}

// ", Inc.", ", Ltd", ", Jr.": the comma before a company's (or a name's) suffix is no
// element separator ("Encyclopædia Britannica, Inc.").
bool corporate_suffix_after(std::string_view t, std::size_t comma, const Lexicon& lex) {
  const std::size_t b = comma + 2;
  std::size_t e = b;
  while (e < t.size() && e - b < 6 && text::is_ascii_alpha(t[e])) ++e;
  if (e == b || (e < t.size() && t[e] != '.' && t[e] != ',' && t[e] != ' ')) return false;
  return static_cast<bool>(lex.keep_period.whole(t.substr(b, e - b)));
}

// "Nature. 22. November 2016" at the period i: one or two digits after a space, then an
// English month's name. Only an edition that writes the German day prints that period inside
// a date; a German month ("El País. 12. März 2015") keeps its day, whatever the wording. With
// `english_only`, only the months German spells otherwise ("15. June 1956", never "15. Juni"):
// no German day whatever the list's edition (a list headed "Notes" names none).
bool number_period_before_month(std::string_view t, std::size_t i, bool english_only = false) {
  static constexpr std::string_view all[] = {"January", "February", "March",     "April",   "May",      "June",
                                             "July",    "August",   "September", "October", "November", "December"};
  static constexpr std::string_view english_spelt[] = {"January", "February", "March", "May", "June", "July", "October", "December"};
  const std::span<const std::string_view> english = english_only ? std::span<const std::string_view>(english_spelt)
                                                                 : std::span<const std::string_view>(all);
  std::size_t w = i;
  while (w > 0 && text::is_ascii_digit(t[w - 1])) --w;
  if (w == i || i - w > 2 || w == 0 || t[w - 1] != ' ' || i + 1 >= t.size() || t[i + 1] != ' ') return false;
  std::size_t j = i + 2, e = j;
  while (e < t.size() && text::is_ascii_alpha(t[e])) ++e;
  const std::string_view word = t.substr(j, e - j);
  return std::find(english.begin(), english.end(), word) != english.end();
}

}  // namespace

void split_segments(std::string_view t, std::size_t from, std::size_t to, const std::vector<std::uint8_t>& used,
                    SepMode mode, const Lexicon& lex, std::vector<Segment>& out, const std::vector<std::uint8_t>* protect,
                    bool dotted_days) {
  out.clear();
  to = std::min(to, t.size());
  std::size_t seg_b = from;
  bool dash = false;
  int gost = -1;  // GOST's separators in the text: unknown yet
  auto push = [&](std::size_t b, std::size_t e) {
    std::string_view s = t.substr(b, e - b);
    // Leading separators left by a used region; a leading em dash introduces the element.
    for (;;) {
      s = text::trim(s);
      if (!s.empty() && (s.front() == '.' || s.front() == ',' || s.front() == ';' || s.front() == ')')) {
        s.remove_prefix(1);
        continue;
      }
      if (em_dash_at(s, 0)) {
        s.remove_prefix(3);
        dash = true;
        continue;
      }
      break;
    }
    // A bracket left open where a marker was taken out: "12 mars 2015 (lire en ligne, …)".
    while (!s.empty() && (s.back() == ',' || s.back() == ';' || (s.back() == '(' ))) s = text::trim(s.substr(0, s.size() - 1));
    if (!s.empty() && s.back() == '.' && !periods_before_comma(t, s)) {
      // Keep the period of an abbreviation ("J. Chem. Inf. Comput. Sci.").
      std::size_t w = s.size() - 1;
      while (w > 0 && !text::space_len_at(s, w - 1)) --w;
      const std::string_view word = s.substr(w, s.size() - 1 - w);
      const std::size_t wt = static_cast<std::size_t>(word.data() - t.data());
      if (word.size() == 2 && doubled_plural_pair(t, wt, wt + 2)) {
        // "EE. UU." keeps its period.
      } else if ((!lex.is_abbreviation(word) && !lex.keep_period.whole(word) && !(abbreviated_word(word) && abbreviated_name(s.substr(0, w)))) || word.empty() ||
          letter_after_volume_label(t, wt, wt + word.size(), lex) || all_capitals(word) ||
          letter_before_imprint(t, wt, wt + word.size(), &lex) || word_before_imprint(t, word, wt + word.size()))
        s = text::trim(s.substr(0, s.size() - 1));
    }
    if (!s.empty() && text::has_alnum(s)) {
      const auto sb = static_cast<std::uint32_t>(s.data() - t.data());
      out.push_back({sb, static_cast<std::uint32_t>(sb + s.size()), dash});
    }
    dash = false;
  };
  std::size_t i = from;
  while (i < to) {
    if (used[i]) {
      push(seg_b, i);
      while (i < to && used[i]) ++i;
      seg_b = i;
      continue;
    }
    const char c = t[i];
    if (protect && (*protect)[i]) {
      ++i;
      continue;
    }
    if (c == '(' || c == '[' || c == '"' || static_cast<unsigned char>(c) == 0xC2 || static_cast<unsigned char>(c) == 0xE2) {
      if (c == '(' || c == '[' || (i == seg_b || text::at_word_start(t, i))) {
        const std::size_t g = group_end(t, i);
        if (g != std::string_view::npos && g <= to) {
          bool clean = true;
          for (std::size_t k = i; k < g; ++k)
            if (used[k]) clean = false;
          if (clean) {
            i = g;
            continue;
          }
        }
      }
    }
    if ((c == '?' || c == '!') && mode == SepMode::period && i + 2 < to && t[i + 1] == ' ' && imprint_after_question(t, i + 2, lex)) {
      push(seg_b, i + 1);
      seg_b = i + 1;
      ++i;
      continue;
    }
    if (c == '.' && (is_period_separator(t, i, lex) || number_period_before_month(t, i, dotted_days))) {
      push(seg_b, i + 1);
      seg_b = i + 1;
      ++i;
      continue;
    }
    // ja "…アーカイブ。2021年5月8日閲覧。": the ideographic full stop ends an element, with no
    // space after it.
    if (static_cast<unsigned char>(c) == 0xE3 && t.compare(i, 3, "\u3002") == 0) {
      push(seg_b, i);
      seg_b = i + 3;
      i += 3;
      continue;
    }
    if (c == ',' && mode == SepMode::comma && (i + 1 >= to || text::space_len_at(t, i + 1)) && !comma_in_mdy_date(t, i) &&
        !corporate_suffix_after(t, i, lex)) {
      push(seg_b, i);
      seg_b = i + 1;
      ++i;
      continue;
    }
    if (em_dash_at(t, i) && i > seg_b && text::space_len_at(t, i - 1) && text::space_len_at(t, i + 3) &&
        !dash_inside_words(t, i) && !dash_inside_title(t, i, gost)) {
      push(seg_b, i);
      seg_b = i + 3;
      dash = true;
      i += 3;
      continue;
    }
    i += static_cast<unsigned char>(c) < 0x80 ? 1 : text::decode(t, i).len;
  }
  push(seg_b, to);
}

}  // namespace citelib::list
