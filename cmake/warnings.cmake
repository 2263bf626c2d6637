# Warnings for citelib's own targets only (PRIVATE), never imposed on consumers.
function(citelib_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow
    -Wnon-virtual-dtor -Wimplicit-fallthrough -Wno-missing-field-initializers
    # GCC 12 reports -Wrestrict false positives inside std::string (GCC bug 105329).
    $<$<CXX_COMPILER_ID:GNU>:-Wno-restrict>)
endfunction()
