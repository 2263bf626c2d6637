#pragma once
// What one language edition of Wikipedia prints around its citations, as data: section
// headings, message strings ("Retrieved", "Consultado el", "Дата обращения:"), language and
// type labels, locator and editor words, CS1 error text. One table per language lives in
// lang/<code>.cpp; lang/common.cpp holds what no language owns (file formats, identifier
// labels, archive hosts). The reader never spells these words itself: it asks the Lexicon
// (lexicon.hpp), which merges every table.

#include <citelib/model/item_type.hpp>
#include <citelib/model/variable.hpp>

#include <span>
#include <string_view>

namespace citelib::list {

/// What a message phrase sets.
enum class PhraseField : unsigned char {
  accessed,    ///< "Retrieved {date}"
  archived,    ///< "Archived from the original on {date}"
  via,         ///< "– via {text}"
  translator,  ///< "Translated by {text}"
  interviewer, ///< "Interviewed by {text}"
  illustrator, ///< "Illustrated by {text}" (CS1 |others=)
  editor,      ///< "Edited by {text}" (CS1 |others=)
  contributor, ///< "Introduction by {text}", "Foreword by {text}" (CS1 |others=; CSL has no such roles)
  annotation,  ///< "Lay summary – {text}": a note outside the citation proper, kept whole in comment
  timestamp,   ///< "Event occurs at {text}": a time in an audio or video work (the locator)
  published,   ///< "Published {date}", "(published {date})": CS1 |publication-date= beside |date=
  container_author,  ///< "By {text}" after a chapter's book: CS1 |contributor= (the book's author)
};

/// A message phrase. The pattern is words separated by single spaces (any whitespace run
/// matches a space) and slots: {date} a date, {fmt} an optional parenthesised file format,
/// {text} the rest of the element (to the next ". " or the end).
struct Phrase {
  std::string_view pattern;
  PhraseField field;
};

/// A language name as printed inside a language tag, and its BCP-47 tag.
struct LanguageName {
  std::string_view name;
  std::string_view tag;
};

/// A type label printed after the title ("(Report)", "(PhD thesis)").
struct TypeLabel {
  std::string_view label;
  ItemType type;
  bool sets_type;  ///< false for labels that only name a medium or channel ("Tweet")
  bool event_after = false;  ///< "(Speech). Event. Place.": the elements after it are the event
};

/// A role printed after a name ("Spielberg, Steven (Director)", CS1 |people=): the name
/// variable it fills.
struct NameRole {
  std::string_view label;  ///< "(Director)"
  Variable role;
  /// "(writers)": the role of every name since the previous role mark, not only the last.
  bool plural = false;
};

/// A CS1 error or maintenance message copied with a reference: from `open` to `close`
/// inclusive (`close` empty: to the end of the reference). An `open` of "|" stands for a
/// template parameter ("|url=").
struct MessageSpan {
  std::string_view open;
  std::string_view close;
};

/// The words of a description in brackets and enumeration commas, as ja prints Japanese
/// sources ("鈴木花子 編『書名』（第2版）岩波書店、2005年、45頁。", "「論文」『雑誌』第60巻第3号、…"):
/// units after the numbers, role marks after the names.
struct BracketedDescription {
  std::string_view ordinal_prefix;                  ///< "第" before a volume's or an issue's number
  std::span<const std::string_view> volume_units;   ///< "巻"
  std::span<const std::string_view> issue_units;    ///< "号"
  std::span<const std::string_view> page_units;     ///< "頁", "ページ"
  std::span<const std::string_view> edition_units;  ///< "版", which ends an edition ("第2版")
  std::span<const NameRole> role_marks;             ///< "編" editor, "訳" translator, "著" author
};

struct ReaderLanguage {
  std::string_view code;
  std::span<const std::string_view> headings;          ///< section headings of reference lists
  std::span<const std::string_view> other_sections;    ///< headings of sections that hold no references ("External links")
  std::span<const std::string_view> jump_up;           ///< back-link prefixes ("Jump up to:")
  std::span<const std::string_view> cite_error_lines;  ///< list-level error lines ("Cite error:")
  std::span<const Phrase> phrases;                     ///< via, translator, interviewer (access and archive
                                                       ///< messages: model/date_words, shared with the checks)
  std::span<const std::string_view> language_tag_words;  ///< "in" of "(in Spanish)"
  std::span<const LanguageName> language_names;
  std::span<const TypeLabel> type_labels;
  std::span<const std::string_view> list_labels;       ///< "lista de correo" before a list name
  std::span<const std::string_view> editor_in;         ///< "In", "En", "Em" before a chapter's editors
  std::span<const std::string_view> editor_marks;      ///< "ed.", "eds.", "Hrsg."
  std::span<const std::string_view> page_labels;       ///< "p.", "pp.", "S.", "Página"
  std::span<const std::string_view> page_suffixes;     ///< after the pages: ko "45쪽", zh "45页", ja "45頁"
  std::span<const std::string_view> volume_labels;     ///< "Vol.", "Band"
  std::span<const std::string_view> issue_labels;      ///< "no.", "Nr."
  std::span<const std::string_view> section_labels;    ///< "§", "Section"
  std::span<const std::string_view> page_count_labels; ///< "с." of "240 с.", "p." of "199 p."
  std::span<const std::string_view> volume_count_labels; ///< "vols." of "2 vols.", "volumes" of "3 volumes"
  std::span<const std::string_view> edition_suffixes;  ///< dropped: "ed." in "(2nd ed.)"
  std::span<const std::string_view> edition_words;     ///< kept: "Edition" in "(Seventh Edition)"
  std::span<const std::string_view> site_markers;      ///< it "su", fr "sur" before the site
  std::span<const MessageSpan> cs1_spans;              ///< CS1 error/maintenance messages
  std::span<const std::string_view> cs1_markers;       ///< whole markers: "[dead link]"
  std::span<const std::string_view> untitled_words;    ///< in a CS1 message: the title is missing
  std::span<const std::string_view> access_notes;      ///< "(subscription required)" -> comment
  std::span<const std::string_view> link_labels;       ///< labels of links that carry no data ("lire en ligne")
  std::span<const std::string_view> abbreviations;     ///< words after which ". " does not end an element
  std::span<const std::string_view> keep_period;       ///< words that end an element but keep their period ("Inc.")
  std::span<const std::string_view> publisher_words;   ///< words that mark a publisher's name
  std::span<const std::string_view> name_joiners;      ///< "and", "y", "e" between names
  std::span<const std::string_view> name_particles;    ///< "van", "de", "da" inside names
  std::span<const std::string_view> et_al;             ///< "et al.", "y otros", "и др."
  std::span<const std::string_view> see_prefixes;      ///< "See also" before a short note
  /// The edition prints a web citation's site unquoted after an unquoted title
  /// ("Title (англ.). Site (date).") where CS1 would print a publisher.
  bool site_after_plain_title = false;
  /// The edition writes "Author: Title" (German "Vorname Nachname: Titel. In: Werk.").
  bool author_colon_title = false;
  /// The edition's citation templates print people in natural order separated by commas
  /// ("Mario Rossi, Luigi Bianchi, Titolo", it/fr), never CS2's "Family, Given".
  bool natural_order_names = false;
  /// Text that marks a reference as written in this edition's style ("In: ", "abgerufen am").
  std::span<const std::string_view> style_markers;
  /// Words that name a conference or meeting ("Conference", "Symposium", "Congreso"): an
  /// element after a paper's proceedings that holds one is the event (CS1 |conference=).
  std::span<const std::string_view> event_words;
  /// Roles after a person's name ("(Director)", "(Host)").
  std::span<const NameRole> name_roles;
  /// Notes that point to the source of the note before ("Ibid.", "Там же"), without the
  /// final period.
  std::span<const std::string_view> ditto_words;
  /// Words after a number of minutes in an audio or video work ("12 minutes in").
  std::span<const std::string_view> minutes_suffixes;
  /// Marks before translators in a statement of responsibility ("пер. с англ.").
  std::span<const std::string_view> translator_marks;
  /// Marks before other contributors there ("предисл.", "вступ. ст."): CSL's contributor.
  std::span<const std::string_view> contributor_marks;
  /// Words that make a name an organisation's ("Bureau", "Agencia", "Ministério"): such a
  /// name is one literal, never "Family Initials" ("Agencia EFE", "US Census Bureau").
  std::span<const std::string_view> organisation_words;
  /// Words that introduce a series in a comma list ("collana Saggi", fr "coll. Folio").
  std::span<const std::string_view> series_markers;
  /// Collective authors, one name though printed as abbreviations ("VV. AA", "AA. VV"; without
  /// the final period, which may end the element):
  /// their inner period ends no element.
  std::span<const std::string_view> collective_authors;
  /// Labels that number a television series' season only before an episode ("Series 1.
  /// Episode 3.", UK English); elsewhere they name a series ("Springer Series in …").
  std::span<const std::string_view> season_labels;
  /// Labels of a footnote after a page in a short note ("p. 45 n. 3", "p. 40, nn. 2–4").
  std::span<const std::string_view> note_labels;
  /// Labels of a column in a work printed in columns (Hansard "col. 1741", "cols. 5–7"): a
  /// place in the work, the locator, even in lower case.
  std::span<const std::string_view> column_labels;
  /// Designations of the medium printed in brackets after a title (GOST "[Электронный
  /// ресурс]"): read as `medium`, like "(PDF)".
  std::span<const std::string_view> medium_designations;
  /// Words a CS1 message prints before its "|parameter=" or "CS1:" ("Parámetro desconocido"):
  /// part of the message found after them (not looked for on their own, which would cost a
  /// look-up at every common word).
  std::span<const std::string_view> cs1_lead_ins;
  /// The word after a patent's country code ("US patent 4200770").
  std::span<const std::string_view> patent_words;
  /// NLM's access note after the year, "[cited 2020 Mar 3]", "[citado 2020 mar 3]": its word.
  std::span<const std::string_view> cited_words;
  /// The label of a work's version, "Versione 2020.2" (it {{IUCN}}), "Version 3.1": CSL's
  /// `version` when a number follows.
  std::span<const std::string_view> version_labels;
  /// The word after a GOST print run, "— 3000 экз.": a note on the edition, kept in `comment`
  /// (CSL has no print run).
  std::span<const std::string_view> print_run_words;
  /// The noun of a report series before its number, "Open-File Report 98-428", "AI Memo
  /// 353", "Circular 1000": with a number after it, the element is the report's `number`.
  std::span<const std::string_view> report_number_words;
  /// The label of a book of a classical work, "Book 8", fr "livre II": with its number, a
  /// place in the work (the locator), never a publisher or a series; before the imprint, es
  /// "Libros I-II", the books a volume of the work holds (part of its title).
  std::span<const std::string_view> book_labels;
  /// {{cite newsgroup}}'s label before the group, "Newsgroup: comp.os.minix": with a group's
  /// dotted name after its colon, the genre and the container.
  std::span<const std::string_view> newsgroup_labels;
  /// The edition's own description format for sources in its language, when it has one.
  const BracketedDescription* bracketed = nullptr;
};

/// Every language table, in lookup order.
std::span<const ReaderLanguage* const> all_reader_languages() noexcept;

/// Data no language owns.
struct CommonTables {
  std::span<const std::string_view> formats;        ///< file formats: "PDF", "DOC", "html"
  std::span<const std::string_view> archive_hosts;  ///< hosts of web archives
};
const CommonTables& common_tables() noexcept;

}  // namespace citelib::list
