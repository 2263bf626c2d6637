target_sources(citelib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/csl_json.cpp
  ${CMAKE_CURRENT_LIST_DIR}/diagnostics_json.cpp
  ${CMAKE_CURRENT_LIST_DIR}/json_writer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bibtex/citation_keys.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bibtex/entry_type.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bibtex/latex_text.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bibtex/vocab.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bibtex/writer.cpp)
