target_sources(citelib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/csl_json.cpp
  ${CMAKE_CURRENT_LIST_DIR}/diagnostics_json.cpp
  ${CMAKE_CURRENT_LIST_DIR}/json_writer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bibtex/citation_keys.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bibtex/entry_type.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bibtex/han_readings.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bibtex/latex_text.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bibtex/vocab.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bibtex/writer.cpp)

# ICU's fold of every Han character, computed at build time from the ICU the library links
# (writers/bibtex/han_readings_gen.cpp says why).
add_executable(citelib-han-readings-gen ${CMAKE_CURRENT_LIST_DIR}/bibtex/han_readings_gen.cpp)
target_link_libraries(citelib-han-readings-gen PRIVATE ICU::uc ICU::i18n)
set(CITELIB_HAN_TABLE ${CMAKE_CURRENT_BINARY_DIR}/generated/han_readings_table.cpp)
add_custom_command(OUTPUT ${CITELIB_HAN_TABLE}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/generated
  COMMAND ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=0 $<TARGET_FILE:citelib-han-readings-gen> ${CITELIB_HAN_TABLE}
  DEPENDS citelib-han-readings-gen
  COMMENT "Folding every Han character with ICU"
  VERBATIM)
target_sources(citelib PRIVATE ${CITELIB_HAN_TABLE})
