# The Python binding's pytest suite (Debian's python3-pytest), against the module in
# build/python.
if(TARGET _citelib)
  add_test(NAME pytest
           COMMAND ${Python_EXECUTABLE} -m pytest -q -p no:cacheprovider ${PROJECT_SOURCE_DIR}/bindings/python/tests)
  set_tests_properties(pytest PROPERTIES LABELS "python"
    ENVIRONMENT "PYTHONPATH=${CITELIB_PYTHON_DIR};CITELIB_SOURCE_DIR=${PROJECT_SOURCE_DIR};CITELIB_CLI=$<TARGET_FILE:citelib-cli>")
endif()
