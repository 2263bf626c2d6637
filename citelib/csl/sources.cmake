# The CSL 1.0.2 engine: style tree, locales, evaluation, output, document-level passes.
# The built-in en-US locale (used when no locale files are installed) is embedded from
# locale/builtin-en-US.xml at configure time.
set(_csl_builtin ${CMAKE_CURRENT_BINARY_DIR}/csl_builtin_locale.cpp)
file(READ ${CMAKE_CURRENT_LIST_DIR}/locale/builtin-en-US.xml _csl_locale_xml)
file(WRITE ${_csl_builtin}.in
  "namespace citelib::csl::detail {\nextern const char* const builtin_en_us_locale;\nconst char* const builtin_en_us_locale = R\"csl_locale(${_csl_locale_xml})csl_locale\";\n}\n")
configure_file(${_csl_builtin}.in ${_csl_builtin} COPYONLY)
set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS ${CMAKE_CURRENT_LIST_DIR}/locale/builtin-en-US.xml)
target_sources(citelib PRIVATE
  ${_csl_builtin}
  ${CMAKE_CURRENT_LIST_DIR}/style/parse_util.cpp
  ${CMAKE_CURRENT_LIST_DIR}/style/parse.cpp
  ${CMAKE_CURRENT_LIST_DIR}/style/load.cpp
  ${CMAKE_CURRENT_LIST_DIR}/locale/locale.cpp
  ${CMAKE_CURRENT_LIST_DIR}/locale/search_path.cpp
  ${CMAKE_CURRENT_LIST_DIR}/output/markup.cpp
  ${CMAKE_CURRENT_LIST_DIR}/output/text_case.cpp
  ${CMAKE_CURRENT_LIST_DIR}/eval/render.cpp
  ${CMAKE_CURRENT_LIST_DIR}/eval/number.cpp
  ${CMAKE_CURRENT_LIST_DIR}/eval/names.cpp
  ${CMAKE_CURRENT_LIST_DIR}/eval/date.cpp
  ${CMAKE_CURRENT_LIST_DIR}/eval/citation_label.cpp
  ${CMAKE_CURRENT_LIST_DIR}/engine/engine.cpp
  ${CMAKE_CURRENT_LIST_DIR}/engine/bibliography.cpp
  ${CMAKE_CURRENT_LIST_DIR}/engine/sort.cpp
  ${CMAKE_CURRENT_LIST_DIR}/engine/note_fields.cpp
  ${CMAKE_CURRENT_LIST_DIR}/engine/citations.cpp
  ${CMAKE_CURRENT_LIST_DIR}/engine/disambiguate.cpp
  ${CMAKE_CURRENT_LIST_DIR}/engine/fixture.cpp)
