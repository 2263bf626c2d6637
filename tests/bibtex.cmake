# Tool-driven tests of the .bib writers and reader (biber, bibtex, pybtex, pandoc), run with
# pytest under the project's Python (Debian's, which has python3-pybtex and python3-pytest).
# Each test skips with a message when its tool is missing.
if(Python_EXECUTABLE AND TARGET citelib-cli)
  add_test(NAME bibtex-tools
           COMMAND ${Python_EXECUTABLE} -m pytest -q -rs -p no:cacheprovider
                   ${CMAKE_CURRENT_SOURCE_DIR}/bibtex)
  set_tests_properties(bibtex-tools PROPERTIES LABELS "tools" TIMEOUT 900
    ENVIRONMENT "CITELIB_BIN=$<TARGET_FILE:citelib-cli>;CITELIB_SHARED_DIR=${PROJECT_SOURCE_DIR}/../shared")
endif()
