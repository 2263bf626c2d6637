# README examples are tested (needs the Python module for the Python example).
if(TARGET _citelib)
  add_test(NAME readme COMMAND ${Python_EXECUTABLE} -m pytest -q -p no:cacheprovider ${CMAKE_CURRENT_SOURCE_DIR}/docs)
  set_tests_properties(readme PROPERTIES LABELS "python" ENVIRONMENT "PYTHONPATH=${CITELIB_PYTHON_DIR}")
endif()
