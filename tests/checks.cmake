# Validation (issue 4): the `citelib check` command line and `convert` warnings.
if(TARGET citelib-cli)
  add_test(NAME checks-cli
           COMMAND bash ${CMAKE_CURRENT_SOURCE_DIR}/checks_cli.sh $<TARGET_FILE:citelib-cli>
                   ${CMAKE_CURRENT_SOURCE_DIR}/data/checks/cli)
  set_tests_properties(checks-cli PROPERTIES LABELS "unit")
endif()
