#include "readers/list/identifiers.hpp"

#include "core/text.hpp"

#include <array>

namespace citelib::list {

namespace {

enum class Value : unsigned char { isbn, issn, doi, digits, dotted, token, draft, message_id };

struct Label {
  std::string_view label;
  std::optional<Variable> variable;
  std::optional<Identifier> identifier;
  Value value;
  bool keep_label = false;
};

// CS1 identifier labels (Module:Citation/CS1/Identifiers), as printed.
const Label kLabels[] = {
    {"ISBN", Variable::ISBN, std::nullopt, Value::isbn},
    {"ISSN", Variable::ISSN, std::nullopt, Value::issn},
    {"eISSN", std::nullopt, Identifier::EISSN, Value::issn},
    {"EISSN", std::nullopt, Identifier::EISSN, Value::issn},
    {"doi", Variable::DOI, std::nullopt, Value::doi},
    {"DOI", Variable::DOI, std::nullopt, Value::doi},
    // {{cite biorxiv}}, {{cite medrxiv}}: the server's name labels the preprint's DOI.
    {"bioRxiv", Variable::DOI, std::nullopt, Value::doi},
    {"medRxiv", Variable::DOI, std::nullopt, Value::doi},
    {"PMID", Variable::PMID, std::nullopt, Value::digits},
    {"PMCID", Variable::PMCID, std::nullopt, Value::token},  // NLM "PMCID: PMC6012345"
    {"PMC", Variable::PMCID, std::nullopt, Value::token},
    {"OCLC", std::nullopt, Identifier::OCLC, Value::digits},
    {"S2CID", std::nullopt, Identifier::S2CID, Value::digits},
    {"CiteSeerX", std::nullopt, Identifier::CiteSeerX, Value::dotted},
    {"Bibcode", std::nullopt, Identifier::Bibcode, Value::token},
    {"arXiv", std::nullopt, Identifier::arXiv, Value::token},
    {"JSTOR", std::nullopt, Identifier::JSTOR, Value::token},
    {"hdl", std::nullopt, Identifier::hdl, Value::token},
    {"LCCN", std::nullopt, Identifier::LCCN, Value::token},
    {"ERIC", std::nullopt, Identifier::ERIC, Value::token},
    {"MR", std::nullopt, Identifier::MR, Value::digits},
    {"OSTI", std::nullopt, Identifier::OSTI, Value::digits},
    {"SSRN", std::nullopt, Identifier::SSRN, Value::digits},
    {"Zbl", std::nullopt, Identifier::ZBL, Value::dotted},
    // Jahrbuch über die Fortschritte der Mathematik, CS1 |jfm=: "JFM 54.0486.01".
    {"JFM", std::nullopt, Identifier::JFM, Value::dotted},
    {"OL", std::nullopt, Identifier::OL, Value::token},
    {"ASIN", std::nullopt, Identifier::ASIN, Value::token},
    {"ISMN", std::nullopt, Identifier::ISMN, Value::isbn},
    {"SBN", std::nullopt, Identifier::SBN, Value::isbn},
    {"RFC", Variable::number, std::nullopt, Value::digits, true},
    {"I-D", Variable::number, std::nullopt, Value::token, true},
    // {{cite IETF}} |std=, |bcp=, |fyi=: the RFC's number in the Internet Standard, Best
    // Current Practice or FYI series, "doi:10.17487/RFC9110. STD 97. RFC 9110."
    {"STD", Variable::collection_number, std::nullopt, Value::digits, true},
    {"BCP", Variable::collection_number, std::nullopt, Value::digits, true},
    {"FYI", Variable::collection_number, std::nullopt, Value::digits, true},
    // The draft's label written out, as {{cite IETF}} and hand-written references print it:
    // "IETF. Internet Draft draft-ietf-httpbis-status-01." (only before a draft's name).
    {"Internet-Draft", Variable::number, std::nullopt, Value::draft, true},
    {"Internet Draft", Variable::number, std::nullopt, Value::draft, true},
    // {{cite newsgroup}} "Newsgroup: comp.os.minix. Usenet: 1991Aug25.205708.9541@klaava.Helsinki.FI.":
    // the post's message id (CS1 |message-id=), only a token with its "@".
    {"Usenet", std::nullopt, Identifier::USENETID, Value::message_id},
};

std::size_t value_end(std::string_view t, std::size_t i, Value kind) {
  std::size_t e = i;
  switch (kind) {
    case Value::isbn: {
      std::size_t digits = 0;
      while (e < t.size()) {
        const char c = t[e];
        if (text::is_ascii_digit(c)) ++digits;
        else if (!(c == '-' || c == 'X' || c == 'x')) {
          const std::size_t d = text::dash_len_at(t, e);
          if (!d) break;
          e += d;
          continue;
        }
        ++e;
      }
      return digits >= 9 ? e : i;
    }
    case Value::issn: {
      std::size_t digits = 0;
      while (e < t.size() && (text::is_ascii_digit(t[e]) || t[e] == '-' || t[e] == 'X' || t[e] == 'x')) {
        if (text::is_ascii_digit(t[e])) ++digits;
        ++e;
      }
      return digits >= 7 ? e : i;
    }
    case Value::doi:
      if (t.compare(i, 3, "10.") != 0) return i;
      while (e < t.size() && !text::space_len_at(t, e)) ++e;
      return e;
    case Value::digits:
      while (e < t.size() && text::is_ascii_digit(t[e])) ++e;
      return e;
    case Value::dotted:
      while (e < t.size() && (text::is_ascii_digit(t[e]) || t[e] == '.')) ++e;
      return e;
    case Value::token:
      while (e < t.size() && !text::space_len_at(t, e)) ++e;
      return e;
    case Value::draft:
      if (t.compare(i, 6, "draft-") != 0) return i;
      while (e < t.size() && !text::space_len_at(t, e)) ++e;
      return e;
    case Value::message_id: {
      bool at = false;
      for (; e < t.size() && !text::space_len_at(t, e); ++e)
        if (t[e] == '@') at = true;
      return at ? e : i;
    }
  }
  return i;
}

}  // namespace

std::optional<IdentifierMatch> match_identifier(std::string_view t, std::size_t pos) {
  // The labels by their first letter, in table order (a label before a longer one that
  // starts with it, "PMC" after "PMCID"); most positions have none and are rejected here.
  struct ByFirst {
    std::array<std::uint8_t, 8> index{};
    std::uint8_t count = 0;
  };
  static const auto by_first = [] {
    std::array<ByFirst, 256> f{};
    for (std::size_t k = 0; k < std::size(kLabels); ++k) {
      ByFirst& b = f[static_cast<unsigned char>(kLabels[k].label[0])];
      b.index.at(b.count++) = static_cast<std::uint8_t>(k);
    }
    return f;
  }();
  if (pos >= t.size()) return std::nullopt;
  const ByFirst& candidates = by_first[static_cast<unsigned char>(t[pos])];
  if (candidates.count == 0 || !text::at_word_start(t, pos)) return std::nullopt;
  for (std::size_t n = 0; n < candidates.count; ++n) {
    const Label& l = kLabels[candidates.index[n]];
    if (t.compare(pos, l.label.size(), l.label) != 0) continue;
    std::size_t i = pos + l.label.size();
    // Label and value: "ISBN 978", "doi:10.", "doi : 10.", "PMC 1302793".
    bool sep = false;
    while (i < t.size()) {
      if (const std::size_t sp = text::space_len_at(t, i)) {
        i += sp;
        sep = true;
      } else if (t[i] == ':') {
        ++i;
        sep = true;
      } else {
        break;
      }
    }
    if (!sep || i >= t.size()) continue;
    std::size_t e = value_end(t, i, l.value);
    // Trailing punctuation belongs to the sentence, not the value; so do ja's "。" and "、"
    // ("doi:10.1000/182。", U+3001 and U+3002, E3 80 81-82).
    for (;;) {
      while (e > i && (t[e - 1] == '.' || t[e - 1] == ',' || t[e - 1] == ';')) --e;
      if (e >= i + 3 && (t[e - 1] == '\x81' || t[e - 1] == '\x82') && t[e - 2] == '\x80' && t[e - 3] == '\xE3') {
        e -= 3;
        continue;
      }
      break;
    }
    // A closing parenthesis the value does not open belongs to the text around it: fr
    // Article prints its identifiers in parentheses, "(DOI 10.1109/TIT.1976.1055638)";
    // a DOI's own pairs stay, "10.1016/S0140-6736(10)61234-5".
    if (l.value == Value::doi || l.value == Value::token || l.value == Value::message_id) {
      int depth = 0;
      for (std::size_t k = i; k < e; ++k) depth += t[k] == '(' ? 1 : t[k] == ')' ? -1 : 0;
      while (depth < 0 && e > i && t[e - 1] == ')') {
        --e;
        ++depth;
        while (e > i && (t[e - 1] == '.' || t[e - 1] == ',' || t[e - 1] == ';')) --e;
      }
    }
    if (e == i) continue;
    std::size_t vb = i;
    if (l.variable == Variable::PMCID && t.compare(vb, 3, "PMC") == 0) vb += 3;
    IdentifierMatch m;
    m.end = e;
    m.value_begin = l.keep_label ? pos : vb;
    m.value_end = e;
    m.variable = l.variable;
    m.identifier = l.identifier;
    m.keep_label = l.keep_label;
    return m;
  }
  return std::nullopt;
}

std::optional<std::string_view> doi_from_url(std::string_view url) {
  for (std::string_view host : {"doi.org/", "dx.doi.org/"}) {
    const std::size_t p = url.find(host);
    if (p == std::string_view::npos) continue;
    const std::string_view rest = url.substr(p + host.size());
    if (rest.compare(0, 3, "10.") == 0 && rest.find('%') == std::string_view::npos) return rest;
  }
  return std::nullopt;
}

}  // namespace citelib::list
