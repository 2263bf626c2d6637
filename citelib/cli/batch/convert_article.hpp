#pragma once
// Converting one article: decode (JSON Lines record or file bytes), check it is text, read
// its references, write the output format. Never throws: every problem ends up in the
// result's failure or diagnostics.

#include "batch/article.hpp"
#include "formats.hpp"

#include <citelib/readers/input_kind.hpp>

#include <optional>

namespace citelib::cli {

ArticleResult convert_article(Article&& article, OutputWriter& writer, std::optional<InputKind> forced_kind);

}  // namespace citelib::cli
