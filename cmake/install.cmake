include(GNUInstallDirs)
include(CMakePackageConfigHelpers)

install(TARGETS citelib EXPORT citelib-targets
        ARCHIVE DESTINATION ${CMAKE_INSTALL_LIBDIR}
        LIBRARY DESTINATION ${CMAKE_INSTALL_LIBDIR}
        RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR}
        INCLUDES DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(DIRECTORY ${PROJECT_SOURCE_DIR}/include/citelib
        DESTINATION ${CMAKE_INSTALL_INCLUDEDIR})
install(EXPORT citelib-targets NAMESPACE citelib::
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/citelib)
configure_package_config_file(${PROJECT_SOURCE_DIR}/cmake/citelib-config.cmake.in
  ${PROJECT_BINARY_DIR}/citelib-config.cmake
  INSTALL_DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/citelib)
write_basic_package_version_file(${PROJECT_BINARY_DIR}/citelib-config-version.cmake
  COMPATIBILITY SameMinorVersion)
install(FILES ${PROJECT_BINARY_DIR}/citelib-config.cmake
              ${PROJECT_BINARY_DIR}/citelib-config-version.cmake
        DESTINATION ${CMAKE_INSTALL_LIBDIR}/cmake/citelib)
configure_file(${PROJECT_SOURCE_DIR}/cmake/citelib.pc.in ${PROJECT_BINARY_DIR}/citelib.pc @ONLY)
install(FILES ${PROJECT_BINARY_DIR}/citelib.pc DESTINATION ${CMAKE_INSTALL_LIBDIR}/pkgconfig)
if(TARGET citelib-cli)
  install(TARGETS citelib-cli RUNTIME DESTINATION ${CMAKE_INSTALL_BINDIR})
endif()
install(DIRECTORY ${PROJECT_SOURCE_DIR}/styles/ DESTINATION ${CMAKE_INSTALL_DATADIR}/citelib/styles
        FILES_MATCHING PATTERN "*.csl")
