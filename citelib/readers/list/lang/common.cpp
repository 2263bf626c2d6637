// Data that belongs to no language: file formats CS1 prints in parentheses, and the hosts of
// web archives (a title linked to one of them is an archive copy, not the original URL).
#include "readers/list/lang/reader_language.hpp"

#include <array>

namespace citelib::list {

extern const ReaderLanguage kEnglish;
extern const ReaderLanguage kSpanish;
extern const ReaderLanguage kPortuguese;
extern const ReaderLanguage kGerman;
extern const ReaderLanguage kFrench;
extern const ReaderLanguage kItalian;
extern const ReaderLanguage kRussian;
extern const ReaderLanguage kJapanese;
extern const ReaderLanguage kKorean;
extern const ReaderLanguage kChinese;

std::span<const ReaderLanguage* const> all_reader_languages() noexcept {
  static const std::array<const ReaderLanguage*, 10> kAll = {
      &kEnglish, &kSpanish, &kPortuguese, &kGerman, &kFrench, &kItalian, &kRussian, &kJapanese, &kKorean, &kChinese,
  };
  return kAll;
}

namespace {
constexpr std::string_view kFormats[] = {
    "PDF", "DOC", "DOCX", "XLS", "XLSX", "PPT", "PPTX", "HTML", "HTM", "TXT", "RTF", "ODT",
    "ODS", "ODP", "EPUB", "PS", "DJVU", "BMP", "JPG", "JPEG", "PNG", "GIF", "TIF", "TIFF",
    "SVG", "MP3", "MP4", "OGG", "WAV", "AVI", "ZIP", "CSV", "XML", "JSON", "KML", "KMZ",
};
constexpr std::string_view kArchiveHosts[] = {
    "web.archive.org", "archive.org/web", "wayback.archive.org", "archive.today", "archive.is",
    "archive.ph", "archive.li", "webcitation.org", "archive.wikiwix.com", "wayback.archive-it.org",
    "webarchive.nationalarchives.gov.uk", "arquivo.pt", "archive.md",
};
constexpr CommonTables kCommon = {kFormats, kArchiveHosts};
}  // namespace

const CommonTables& common_tables() noexcept { return kCommon; }

}  // namespace citelib::list
