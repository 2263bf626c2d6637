# Tool-driven tests of the .bib writers and reader (biber, bibtex, pybtex, pandoc), run with
# pytest under Debian's python3, which has python3-pybtex and python3-pytest (a python3 from
# elsewhere on PATH lacks them). Each test skips with a message when its tool is missing.
if(EXISTS /usr/bin/python3)
  set(CITELIB_DEBIAN_PYTHON /usr/bin/python3)
else()
  find_program(CITELIB_DEBIAN_PYTHON python3)
endif()
if(CITELIB_DEBIAN_PYTHON AND TARGET citelib-cli)
  add_test(NAME bibtex-tools
           COMMAND ${CITELIB_DEBIAN_PYTHON} -m pytest -q -rs -p no:cacheprovider
                   ${CMAKE_CURRENT_SOURCE_DIR}/bibtex)
  set_tests_properties(bibtex-tools PROPERTIES LABELS "tools" TIMEOUT 900
    ENVIRONMENT "CITELIB_BIN=$<TARGET_FILE:citelib-cli>;CITELIB_SHARED_DIR=${PROJECT_SOURCE_DIR}/../shared")
endif()
