# Writes a C++ source holding assets/*.json as string constants, so the CLI and the widget
# carry their data inside. Script mode, used by CMake and Makefile.emscripten alike:
#   cmake -DASSETS=<dir> -DOUT=<file.cpp> -P cmake/embed_assets.cmake
file(READ "${ASSETS}/defaults.json" DEFAULTS)
file(READ "${ASSETS}/presets.json" PRESETS)
foreach(text IN ITEMS "${DEFAULTS}" "${PRESETS}")
  string(FIND "${text}" ")mlroi_json\"" clash)
  if(NOT clash EQUAL -1)
    message(FATAL_ERROR "an asset contains the raw-string delimiter )mlroi_json\"")
  endif()
endforeach()
set(content "// Generated from assets/ by cmake/embed_assets.cmake: edit the JSON, not this file.
#include \"embedded_assets.hpp\"

namespace mlroi {
const char* const kDefaultsJson = R\"mlroi_json(${DEFAULTS})mlroi_json\";
const char* const kPresetsJson = R\"mlroi_json(${PRESETS})mlroi_json\";
} // namespace mlroi
")
# Rewrite only on change, so an unchanged asset does not trigger a rebuild.
if(EXISTS "${OUT}")
  file(READ "${OUT}" old)
  if(old STREQUAL content)
    return()
  endif()
endif()
file(WRITE "${OUT}" "${content}")
