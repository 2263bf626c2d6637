target_sources(citelib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/input_kind.cpp
  ${CMAKE_CURRENT_LIST_DIR}/chunked_input.cpp
  ${CMAKE_CURRENT_LIST_DIR}/csl_json.cpp
  ${CMAKE_CURRENT_LIST_DIR}/csl_json/split.cpp
  ${CMAKE_CURRENT_LIST_DIR}/list/reference_list.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bibtex/bib_names.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bibtex/latex_decode.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bibtex/parser.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bibtex/to_reference.cpp)
