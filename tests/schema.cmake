# CSL-JSON output validated against the official schema (copied in tests/data/schemas), on
# the seed example, the project's test lists and, when ../shared is present, the dev corpus.
find_package(Python COMPONENTS Interpreter)
if(Python_Interpreter_FOUND AND TARGET citelib-cli)
  set(_schema_inputs ${PROJECT_SOURCE_DIR}/examples/north-korea-peru ${CMAKE_CURRENT_SOURCE_DIR}/data/lists)
  if(EXISTS ${PROJECT_SOURCE_DIR}/../shared/corpus/wikipedia)
    list(APPEND _schema_inputs ${PROJECT_SOURCE_DIR}/../shared/corpus/wikipedia)
  endif()
  add_test(NAME csl-json-schema
           COMMAND ${Python_EXECUTABLE} ${CMAKE_CURRENT_SOURCE_DIR}/tools/validate_csl_json.py
                   $<TARGET_FILE:citelib-cli> ${CMAKE_CURRENT_SOURCE_DIR}/data/schemas/csl-data.json
                   ${_schema_inputs})
  set_tests_properties(csl-json-schema PROPERTIES LABELS "schema")
endif()
