#include "batch/convert_article.hpp"

namespace citelib::cli {

ArticleResult convert_article(Article&& a, Converter& converter) {
  ArticleResult r;
  r.index = a.index;
  r.name = a.name;
  r.id = a.name;
  r.out_stem = a.out_stem;
  if (!a.read_error.empty()) {
    r.conversion.failure = a.read_error;
    return r;
  }
  if (a.is_jsonl_record) {
    JsonlRecord rec;
    if (std::string err = parse_jsonl_record(a.text, rec); !err.empty()) {
      r.conversion.failure = err;
      return r;
    }
    if (!rec.id.empty()) r.id = rec.id;
    r.out_stem = rec.id.empty() ? "line-" + std::to_string(a.jsonl_line) : rec.id;
    r.conversion = converter.convert(r.id, std::move(rec.references), std::move(rec.body));
    return r;
  }
  r.conversion = converter.convert(a.name, std::move(a.text));
  return r;
}

}  // namespace citelib::cli
