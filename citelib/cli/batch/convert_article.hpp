#pragma once
// Converting one batch article: decode a JSON Lines record when it is one, then hand the
// text to the shared Converter. Never throws: problems end up in the result.

#include "batch/article.hpp"

#include <citelib/convert.hpp>

namespace citelib::cli {

ArticleResult convert_article(Article&& article, Converter& converter);

}  // namespace citelib::cli
