#pragma once
// Umbrella header: the stable public API of citelib.

#include <citelib/convert.hpp>
#include <citelib/diagnostic.hpp>
#include <citelib/model/citation.hpp>
#include <citelib/model/date.hpp>
#include <citelib/model/item_type.hpp>
#include <citelib/model/name.hpp>
#include <citelib/model/page_range.hpp>
#include <citelib/model/reference.hpp>
#include <citelib/model/variable.hpp>
#include <citelib/readers/csl_json.hpp>
#include <citelib/readers/input_kind.hpp>
#include <citelib/readers/reference_list.hpp>
#include <citelib/result.hpp>
#include <citelib/source.hpp>
#include <citelib/version.hpp>
#include <citelib/writers/csl_json.hpp>
#include <citelib/writers/diagnostics_json.hpp>
