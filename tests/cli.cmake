# Command-line behaviour (exit statuses, error positions, batch conversion), with pytest.
if(TARGET citelib-cli AND Python_EXECUTABLE)
  add_test(NAME cli COMMAND ${Python_EXECUTABLE} -m pytest -q -p no:cacheprovider ${CMAKE_CURRENT_SOURCE_DIR}/cli)
  set_tests_properties(cli PROPERTIES LABELS "cli" ENVIRONMENT "CITELIB_CLI=$<TARGET_FILE:citelib-cli>")
endif()
