# Included by the top-level CMakeLists.txt when CASEBOOK_FUZZ is on: every target is built
# with libFuzzer's coverage instrumentation and with ASan and UBSan, so that a fuzz target
# finds memory and undefined-behaviour errors anywhere in casebook_core, not only in its own
# file. Only the fuzz targets link libFuzzer's main().
if(NOT CMAKE_CXX_COMPILER_ID MATCHES "Clang")
    message(FATAL_ERROR "CASEBOOK_FUZZ needs clang: configure with -DCMAKE_CXX_COMPILER=clang++")
endif()

set(CASEBOOK_SANITIZERS -fsanitize=address,undefined -fno-sanitize-recover=undefined)
add_compile_options(-fsanitize=fuzzer-no-link ${CASEBOOK_SANITIZERS} -fno-omit-frame-pointer)
add_link_options(${CASEBOOK_SANITIZERS})
