# Every independent Debian CSL style loads and renders (ctest label csl-styles).
add_test(NAME csl-styles COMMAND citelib-unit-tests "[debian-styles]")
set_tests_properties(csl-styles PROPERTIES LABELS "csl-styles")
