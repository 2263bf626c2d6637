# find_package(citelib) from a consumer project against an installed copy.
if(CITELIB_INSTALL)
  add_test(NAME install-find-package
           COMMAND ${CMAKE_CURRENT_SOURCE_DIR}/install/run.sh ${PROJECT_BINARY_DIR} ${PROJECT_SOURCE_DIR})
  set_tests_properties(install-find-package PROPERTIES LABELS "install")
endif()
