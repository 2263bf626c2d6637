// English Wikipedia (CS1/CS2) and English free-text conventions.
#include "readers/list/lang/reader_language.hpp"

namespace citelib::list {

namespace {
constexpr std::string_view kOtherSections[] = {"External links", "See also"};
constexpr std::string_view kHeadings[] = {
    "References", "Notes", "Footnotes", "Citations", "Sources", "Bibliography", "Works cited",
    "Notes and references", "References and notes", "Literature", "Further reading", "Endnotes",
};
constexpr std::string_view kJumpUp[] = {"Jump up to:", "Jump up"};
constexpr std::string_view kCiteErrors[] = {"Cite error:"};
constexpr Phrase kPhrases[] = {
    {"– via {text}", PhraseField::via},
    {"— via {text}", PhraseField::via},
    {"- via {text}", PhraseField::via},
    {"Translated by {text}", PhraseField::translator},
    {"Interviewed by {text}", PhraseField::interviewer},
    {"Illustrated by {text}", PhraseField::illustrator},
    {"Edited by {text}", PhraseField::editor},
    {"Introduction by {text}", PhraseField::contributor},
    {"Introduction and notes by {text}", PhraseField::contributor},
    {"With an introduction by {text}", PhraseField::contributor},
    {"Foreword by {text}", PhraseField::contributor},
    {"Afterword by {text}", PhraseField::contributor},
    {"Preface by {text}", PhraseField::contributor},
    {"By {text}", PhraseField::container_author},
    {"Lay summary {text}", PhraseField::annotation},
    {"Event occurs at {text}", PhraseField::timestamp},
    {"Published {date}", PhraseField::published},
    {"issued {date}", PhraseField::published},  // cite patent
};
constexpr std::string_view kLanguageTagWords[] = {"in"};
constexpr LanguageName kLanguages[] = {
    {"English", "en"}, {"Spanish", "es"}, {"Portuguese", "pt"}, {"French", "fr"},
    {"German", "de"}, {"Italian", "it"}, {"Russian", "ru"}, {"Korean", "ko"},
    {"Japanese", "ja"}, {"Chinese", "zh"}, {"Dutch", "nl"}, {"Polish", "pl"},
    {"Swedish", "sv"}, {"Norwegian", "no"}, {"Danish", "da"}, {"Finnish", "fi"},
    {"Czech", "cs"}, {"Greek", "el"}, {"Turkish", "tr"}, {"Arabic", "ar"}, {"Hebrew", "he"},
    {"Hindi", "hi"}, {"Persian", "fa"}, {"Ukrainian", "uk"}, {"Catalan", "ca"},
    {"Hungarian", "hu"}, {"Romanian", "ro"}, {"Indonesian", "id"}, {"Vietnamese", "vi"},
    {"Thai", "th"}, {"Tamil", "ta"}, {"Latin", "la"}, {"Basque", "eu"}, {"Galician", "gl"},
    {"Serbian", "sr"}, {"Croatian", "hr"}, {"Bulgarian", "bg"}, {"Slovak", "sk"},
    {"Slovenian", "sl"}, {"Estonian", "et"}, {"Latvian", "lv"}, {"Lithuanian", "lt"},
    {"Icelandic", "is"}, {"Irish", "ga"}, {"Welsh", "cy"}, {"Malay", "ms"}, {"Bengali", "bn"},
    {"Urdu", "ur"}, {"Esperanto", "eo"},
};
constexpr TypeLabel kTypeLabels[] = {
    {"Report", ItemType::report, true},
    {"Technical report", ItemType::report, true},
    {"Thesis", ItemType::thesis, true},
    {"PhD thesis", ItemType::thesis, true},
    {"Ph.D. thesis", ItemType::thesis, true},
    {"PhD dissertation", ItemType::thesis, true},
    {"Ph.D. dissertation", ItemType::thesis, true},
    {"Doctoral thesis", ItemType::thesis, true},
    {"Doctoral dissertation", ItemType::thesis, true},
    {"MSc thesis", ItemType::thesis, true},
    {"MA thesis", ItemType::thesis, true},
    {"Master's thesis", ItemType::thesis, true},
    {"BSc thesis", ItemType::thesis, true},
    // cite thesis prints |degree= before "thesis": the degrees other than PhD, MSc, MA and BSc
    // that articles cite (German and Swiss Diplom theses, habilitations, MPhil, honours).
    {"Diploma thesis", ItemType::thesis, true},
    {"Diplom thesis", ItemType::thesis, true},
    {"Habilitation thesis", ItemType::thesis, true},
    {"MPhil thesis", ItemType::thesis, true},
    {"MS thesis", ItemType::thesis, true},
    {"M.S. thesis", ItemType::thesis, true},
    {"M.Sc. thesis", ItemType::thesis, true},
    {"MEng thesis", ItemType::thesis, true},
    {"BA thesis", ItemType::thesis, true},
    {"Bachelor's thesis", ItemType::thesis, true},
    {"Bachelor thesis", ItemType::thesis, true},
    {"Honours thesis", ItemType::thesis, true},
    {"Honors thesis", ItemType::thesis, true},
    {"Licentiate thesis", ItemType::thesis, true},
    {"Master thesis", ItemType::thesis, true},
    {"Dissertation", ItemType::thesis, true},
    {"Press release", ItemType::document, true},
    {"Tweet", ItemType::document, false},
    // cite journal |type=, which WP:MED asks for, printed after the journal: "Lancet (Review).".
    {"Review", ItemType::document, false},
    {"Systematic review", ItemType::document, false},
    {"Meta-analysis", ItemType::document, false},
    {"Editorial", ItemType::document, false},
    {"Podcast", ItemType::document, false},
    {"Interview", ItemType::document, false},
    {"Speech", ItemType::document, false, true},
    {"Map", ItemType::document, false},
    {"Mailing list", ItemType::document, false},
    {"Video", ItemType::document, false},
    {"Motion picture", ItemType::document, false},
    {"Television production", ItemType::document, false},
    {"Lecture", ItemType::document, false},
    {"Letter", ItemType::document, false},
    {"Blog", ItemType::document, false},
    {"DVD", ItemType::document, false},
    {"CD", ItemType::document, false},
    {"LP", ItemType::document, false},
    {"Vinyl", ItemType::document, false},
    {"Album", ItemType::document, false},
    // cite AV media notes: "(Media notes)" by default, "|type=liner notes" often.
    {"Media notes", ItemType::document, false},
    {"Liner notes", ItemType::document, false},
    {"Album notes", ItemType::document, false},
    {"Booklet", ItemType::document, false},
    {"CD booklet", ItemType::document, false},
    {"Single", ItemType::document, false},
    {"Television", ItemType::document, false},
    {"Radio", ItemType::document, false},
    {"Videotape", ItemType::document, false},
    {"VHS", ItemType::document, false},
    {"Blu-ray", ItemType::document, false},
    {"Audio", ItemType::document, false},
    {"Audiobook", ItemType::document, false},
    // APA 7's descriptions in brackets after the title: "Title [Paper presentation].",
    // "[Doctoral dissertation, Harvard University]".
    {"Paper presentation", ItemType::paper_conference, true},
    {"Poster presentation", ItemType::paper_conference, true},
    {"Conference session", ItemType::paper_conference, true},
    {"Computer software", ItemType::software, true},
    {"Data set", ItemType::dataset, true},
    {"Audio podcast episode", ItemType::document, false},
    {"Video podcast episode", ItemType::document, false},
    {"Blog post", ItemType::post_weblog, true},
    {"Fact sheet", ItemType::document, false},
    {"Brochure", ItemType::pamphlet, true},
    {"Unpublished manuscript", ItemType::manuscript, true},
    {"Film", ItemType::motion_picture, true},
    {"TV series", ItemType::document, false},
    {"Photograph", ItemType::document, false},
    {"Letter to the editor", ItemType::document, false},
    {"Book review", ItemType::document, false},
    {"Radio broadcast", ItemType::document, false},
    {"Documentary", ItemType::document, false},
    {"Film", ItemType::document, false},
    {"Video game", ItemType::document, false},
    {"Photograph", ItemType::document, false},
    {"Television series", ItemType::document, false},
    {"TV series", ItemType::document, false},
    {"Conference paper", ItemType::document, false},
    {"Working paper", ItemType::document, false},
    {"Preprint", ItemType::document, false},
    {"Patent", ItemType::document, false},
    {"Software", ItemType::document, false},
    {"Dataset", ItemType::document, false},
    // cite book |type= of printed music: "Symphony No. 9 (Score). Leipzig:". The tag names
    // the kind of edition; left untagged the title kept it.
    {"Score", ItemType::document, false},
    {"Full score", ItemType::document, false},
    {"Vocal score", ItemType::document, false},
    {"Study score", ItemType::document, false},
    {"Piano score", ItemType::document, false},
    {"Sheet music", ItemType::document, false},
    // cite news |type=obituary, often in lower case: "\"Einstein Dies at 76\" (obituary)."
    {"Obituary", ItemType::document, false},
};
constexpr std::string_view kListLabels[] = {"mailing list"};
constexpr std::string_view kEditorIn[] = {"In:", "In"};
// Chicago's "trans. Ann Jones" and "translated by Ann Jones" in notes.
constexpr std::string_view kTranslatorMarks[] = {"translated by", "trans."};
// "editor"/"editors": NLM's "In: Jones K, editor. Book."
constexpr std::string_view kEditorMarks[] = {"(eds.)", "(ed.)", "(Eds.)", "(Ed.)", "eds.", "ed.", "eds", "ed", "Eds.", "Ed.", "editors", "editor"};
constexpr std::string_view kPageLabels[] = {"pp.", "p.", "pp", "p", "Pp.", "P.", "pages", "page"};
// A television series's season and episode (CS1 cite episode) number it like a periodical's
// volume and issue.
constexpr std::string_view kVolumeLabels[] = {"Vol.", "vol.", "Volume", "volume", "Vol", "vol", "Season"};
constexpr std::string_view kIssueLabels[] = {"No.", "no.", "Issue", "issue", "Nos.", "nos.", "No", "no", "Episode",
                                              // GOST lists of English works: "Vol. 14, iss. 6"
                                              "Iss.", "iss."};
constexpr std::string_view kSectionLabels[] = {"§§", "§", "Section", "section", "sec.", "Sec."};
constexpr std::string_view kPageCount[] = {"pp.", "pages"};
// "2 vols.", the count of a work's volumes (CSL number-of-volumes).
constexpr std::string_view kVolumeCount[] = {"vols.", "vols", "volumes"};
constexpr std::string_view kEditionSuffixes[] = {"ed.", "edn."};
constexpr std::string_view kEditionWords[] = {"Edition", "edition"};
constexpr MessageSpan kCs1Spans[] = {
    {"{{", "(link)"}, {"{{", "(help)"}, {"CS1 maint:", "(link)"},
    {"Check date values in:", "(help)"}, {"Missing or empty", "(help)"},
    {"Text \"", "(help)"}, {"|", "(help)"}, {"Cite error:", ""},
    // Module:Footnotes errors after a short note whose target is missing.
    {"sfn error:", "(help)"}, {"sfnp error:", "(help)"}, {"harv error:", "(help)"},
    {"harvnb error:", "(help)"}, {"Harvnb error:", "(help)"}, {"Harv error:", "(help)"},
};
constexpr std::string_view kCs1Markers[] = {
    "[permanent dead link]", "[dead link]", "[failed verification]", "Original URL status unknown",
    // Inline cleanup tags an editor put after the citation: maintenance text like "[dead link]".
    "[better source needed]", "[page needed]", "[pages needed]", "[full citation needed]",
    "[citation needed]", "[verification needed]", "[self-published source]",
    "[self-published source?]", "[unreliable source?]", "[unreliable medical source?]",
    "[non-primary source needed]", "[third-party source needed]", "[year needed]",
    "[clarification needed]", "[dubious – discuss]", "[not in citation given]",
    "[not specific enough to verify]", "[irrelevant citation]", "[ISBN missing]",
    "[title missing]", "[volume & issue needed]", "[deprecated source]", "[predatory publisher]",
    "[original research?]", "[improper synthesis?]", "[need quotation to verify]",
    "[unreliable fringe source?]", "[failed verification – see discussion]",
};
constexpr std::string_view kUntitled[] = {"Missing or empty |title=", "untitled"};
constexpr std::string_view kAccessNotes[] = {
    "(subscription required)", "(registration required)", "(Subscription required.)",
    "(Registration required.)", "(paywall)", "(free access)",
    // The alt text of CS1's access icons, which some copies keep.
    "Free access icon", "Open access icon", "Closed access icon", "Limited access icon",
    "Paid subscription required", "Free registration required", "Freely accessible",
};
// "Available at: URL" (Harvard) labels the address that follows.
constexpr std::string_view kLinkLabels[] = {"Lay summary", "Free full text", "Available at:", "Available from:", "Available online:", "Online:"};
constexpr std::string_view kKeepPeriod[] = {"Inc", "Ltd", "Co", "Corp", "Bros", "Jr", "Sr", "Assn"};
constexpr std::string_view kAbbreviations[] = {
    // titles and honorifics
    "Dr", "Mr", "Mrs", "Ms", "Prof", "Sr", "Sra", "Jr", "St", "Mt", "Ft", "Gen", "Col", "Lt",
    "Sgt", "Rev", "Hon", "Capt", "Gov", "Pres", "Sen", "Rep",
    // locators and common abbreviations
    "vs", "cf", "ca", "c", "p", "pp", "Vol", "vol", "No", "no", "Nos", "Iss", "iss", "Fig", "fig", "Eq", "eq",
    "Ch", "ch", "Sec", "sec", "approx", "Cat", "repr", "trans", "comp", "Pt", "pt", "Op", "op", "cols",
    // months
    "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
    // journal title abbreviations (ISO 4)
    "J", "Am", "Amer", "Chem", "Phys", "Rev", "Lett", "Biol", "Med", "Res", "Sci", "Soc",
    "Eng", "Mol", "Ann", "Math", "Stat", "Opin", "Discov", "Pharm", "Ther", "Clin", "Appl",
    "Commun", "Syst", "Softw", "Technol", "Comput", "Inf", "Bull", "Ser", "Proc", "Trans", "Conf", "Symp", "Intl",
    "Int", "Natl", "Acad", "Univ", "Dept", "Inst", "Assoc", "Biochem", "Biophys", "Environ",
    "Geophys", "Astron", "Astrophys", "Mech", "Electr", "Electron", "Neurosci", "Psychol",
    "Sociol", "Econ", "Hist", "Philos", "Lit", "Ling", "Stud", "Q", "Rep", "Mag", "Lab",
    "Gaz", "Jpn", "Eur", "Br", "Can", "Aust", "Ind", "Agric", "Vet", "Anal", "Org", "Inorg",
    "Polym", "Mater", "Struct", "Theor", "Exp", "Adv", "Curr", "Annu", "Ecol", "Evol",
    "Genet", "Microbiol", "Immunol", "Oncol", "Cardiol", "Neurol", "Surg", "Pediatr",
    "Radiol", "Dent", "Nutr", "Physiol", "Pathol", "Epidemiol", "Infect", "Dis", "Cell",
};
constexpr std::string_view kPublisherWords[] = {
    "Press", "Publishing", "Publishers", "Publisher", "Publications", "Books", "Verlag",
    "Hall", "Wiley", "Springer", "Elsevier", "Inc", "Inc.", "Ltd", "Ltd.", "LLC", "GmbH",
    "Media", "Group", "Company", "Sons", "House", "Pearson", "Routledge", "McGraw-Hill",
    "Addison-Wesley", "Macmillan", "Penguin", "Random", "Norton", "Academic", "Scientific",
};
constexpr std::string_view kNameJoiners[] = {"and", "&"};
constexpr std::string_view kParticles[] = {"van", "von", "de", "der", "den", "ten", "ter", "la", "le", "du", "di", "da", "al", "bin", "ibn"};
constexpr std::string_view kEtAl[] = {"et al.", "et al", "et alii", "et alia"};
constexpr std::string_view kSee[] = {"See also", "See", "Cf.", "cf.", "Compare", "Also"};
constexpr std::string_view kEventWords[] = {
    "Conference", "Symposium", "Workshop", "Congress", "Colloquium", "Convention", "Summit",
    "Meeting",
};
constexpr NameRole kNameRoles[] = {
    {"(Director)", Variable::director}, {"(Producer)", Variable::producer},
    {"(Executive Producer)", Variable::executive_producer}, {"(Host)", Variable::host},
    {"(Narrator)", Variable::narrator}, {"(Composer)", Variable::composer},
    {"(Illustrator)", Variable::illustrator}, {"(Interviewer)", Variable::interviewer},
    {"(Interviewee)", Variable::author}, {"(Presenter)", Variable::host},
    {"(Writer)", Variable::script_writer}, {"(Screenwriter)", Variable::script_writer},
    {"(Performer)", Variable::performer}, {"(Creator)", Variable::series_creator},
    {"(Guest)", Variable::guest},
    // CS1 |credits= / |people= roles shared by several names: "Gervais, Ricky; Merchant,
    // Stephen (writers)".
    {"(Writers)", Variable::script_writer, true}, {"(Screenwriters)", Variable::script_writer, true},
    {"(Directors)", Variable::director, true}, {"(Producers)", Variable::producer, true},
    {"(Executive Producers)", Variable::executive_producer, true}, {"(Hosts)", Variable::host, true},
    {"(Presenters)", Variable::host, true},
};
constexpr std::string_view kDittoWords[] = {"Ibid", "Ibidem", "Id", "Op. cit"};
constexpr std::string_view kMinutesSuffixes[] = {"minutes in"};
// UK television: "Series 1. Episode 3."
constexpr std::string_view kSeasonLabels[] = {"Series"};
// sfn "p. 45 n. 3"
// NLM "Title [Internet]. Geneva: WHO; 2019."; and CS1 |format= values that are no file type: the open-access bot links a repository copy of
// a paywalled article with "|format=Submitted manuscript" (or "Accepted manuscript"), printed
// after the title as "(PDF)" is.
constexpr std::string_view kMediumDesignations[] = {"Internet", "Submitted manuscript", "Accepted manuscript"};
constexpr std::string_view kNoteLabels[] = {"n.", "nn.", "note", "notes", "fn.", "footnote"};
// Hansard "col. 1741", "cols. 1501–1502" (CS1 |at=)
constexpr std::string_view kColumnLabels[] = {"col.", "cols."};
constexpr std::string_view kCitedWords[] = {"cited"};
// {{cite patent}} prints "US patent 4405829" and, for |status=application, "US application
// 2005/0123456" (a published application's number has its year and a slash).
constexpr std::string_view kPatentWords[] = {"patent", "Patent", "application", "patent application"};
constexpr std::string_view kOrganisationWords[] = {"Bureau", "Bank", "Agency", "Ministry", "Department", "Office", "Institute", "Council", "Organization", "Organisation", "Association", "Society", "Commission", "Committee", "Foundation", "Corporation", "Authority", "Administration", "Service", "Survey", "Agence", "Government", "Centers", "Centres", "Center", "Centre", "Academy", "College",
    // newsrooms credited as authors ("BBC News", "CNN Staff", "BBC Sport")
    "News", "Sport", "Sports", "Staff", "Online", "Newsroom", "Network", "Radio", "Television", "TV",
    // the collective authors of physics and genomics papers ("LIGO Scientific Collaboration
    // and Virgo Collaboration", "International Human Genome Sequencing Consortium")
    "Collaboration", "Consortium"};
constexpr std::string_view kVersionLabels[] = {"Version"};
// {{cite report}} |series= / |id= with the number: "Open-File Report 98-428", "AI Memo 353"
constexpr std::string_view kReportNumberWords[] = {"Report", "Memo", "Paper", "Bulletin", "Circular", "Note", "Map"};
constexpr std::string_view kBookLabels[] = {"Book", "Books"};
constexpr std::string_view kNewsgroupLabels[] = {"Newsgroup"};
}  // namespace

extern const ReaderLanguage kEnglish = {
    .code = "en",
    .headings = kHeadings,
    .other_sections = kOtherSections,
    .jump_up = kJumpUp,
    .cite_error_lines = kCiteErrors,
    .phrases = kPhrases,
    .language_tag_words = kLanguageTagWords,
    .language_names = kLanguages,
    .type_labels = kTypeLabels,
    .list_labels = kListLabels,
    .editor_in = kEditorIn,
    .editor_marks = kEditorMarks,
    .page_labels = kPageLabels,
    .volume_labels = kVolumeLabels,
    .issue_labels = kIssueLabels,
    .section_labels = kSectionLabels,
    .page_count_labels = kPageCount,
    .volume_count_labels = kVolumeCount,
    .edition_suffixes = kEditionSuffixes,
    .edition_words = kEditionWords,
    .site_markers = {},
    .cs1_spans = kCs1Spans,
    .cs1_markers = kCs1Markers,
    .untitled_words = kUntitled,
    .access_notes = kAccessNotes,
    .link_labels = kLinkLabels,
    .abbreviations = kAbbreviations,
    .keep_period = kKeepPeriod,
    .publisher_words = kPublisherWords,
    .name_joiners = kNameJoiners,
    .name_particles = kParticles,
    .et_al = kEtAl,
    .see_prefixes = kSee,
    .event_words = kEventWords,
    .name_roles = kNameRoles,
    .ditto_words = kDittoWords,
    .minutes_suffixes = kMinutesSuffixes,
    .translator_marks = kTranslatorMarks,
    .organisation_words = kOrganisationWords,
    .season_labels = kSeasonLabels,
    .note_labels = kNoteLabels,
    .column_labels = kColumnLabels,
    .medium_designations = kMediumDesignations,
    .patent_words = kPatentWords,
    .cited_words = kCitedWords,
    .version_labels = kVersionLabels,
    .report_number_words = kReportNumberWords,
    .book_labels = kBookLabels,
    .newsgroup_labels = kNewsgroupLabels,
};

}  // namespace citelib::list
