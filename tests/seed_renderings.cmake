# The seed's bibliographies rendered with apa, chicago-fullnote-bibliography, ieee and
# modern-language-association (examples/north-korea-peru/bibliography-<style>.txt) are
# rendered again by render.sh --check and compared, so that they cannot go stale: a change to
# the reader or the engine that changes them fails this test until render.sh is run again.
if(TARGET citelib-cli)
  add_test(NAME seed-renderings
           COMMAND bash ${PROJECT_SOURCE_DIR}/examples/north-korea-peru/render.sh --check $<TARGET_FILE:citelib-cli>)
  set_tests_properties(seed-renderings PROPERTIES LABELS "unit")
endif()
