target_sources(citelib PRIVATE
  ${CMAKE_CURRENT_LIST_DIR}/csl_json.cpp
  ${CMAKE_CURRENT_LIST_DIR}/diagnostics_json.cpp
  ${CMAKE_CURRENT_LIST_DIR}/json_writer.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bibtex/citation_keys.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bibtex/entry_type.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bibtex/field_values.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bibtex/script_readings.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bibtex/latex_text.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bibtex/vocab.cpp
  ${CMAKE_CURRENT_LIST_DIR}/bibtex/writer.cpp)

# ICU's fold of every Han character and Cyrillic letter, computed at build time from the ICU
# the library links (writers/bibtex/script_readings_gen.cpp says why).
add_executable(citelib-script-readings-gen ${CMAKE_CURRENT_LIST_DIR}/bibtex/script_readings_gen.cpp)
target_link_libraries(citelib-script-readings-gen PRIVATE ICU::uc ICU::i18n)
set(CITELIB_SCRIPT_TABLE ${CMAKE_CURRENT_BINARY_DIR}/generated/script_readings_table.cpp)
add_custom_command(OUTPUT ${CITELIB_SCRIPT_TABLE}
  COMMAND ${CMAKE_COMMAND} -E make_directory ${CMAKE_CURRENT_BINARY_DIR}/generated
  COMMAND ${CMAKE_COMMAND} -E env ASAN_OPTIONS=detect_leaks=0 $<TARGET_FILE:citelib-script-readings-gen> ${CITELIB_SCRIPT_TABLE}
  DEPENDS citelib-script-readings-gen
  COMMENT "Folding every Han character and Cyrillic letter with ICU"
  VERBATIM)
target_sources(citelib PRIVATE ${CITELIB_SCRIPT_TABLE})
