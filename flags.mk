# flags.mk: the compile flags both builds share, read by Makefile.emscripten (include) and by
# CMakeLists.txt (as NAME := value lines), so the native and WebAssembly builds cannot drift.
# The number flags make native and WebAssembly results bit-identical (no fused multiply-add,
# no fast-math); the warnings are the project's own code's, never third-party code's.
MLROI_STD            := -std=c++17
MLROI_NUMBER_FLAGS   := -ffp-contract=off -fno-fast-math
MLROI_WARNINGS       := -Wall -Wextra -Wpedantic
MLROI_IMGUI_DEFINES  := -DIMGUI_DISABLE_DEMO_WINDOWS -DIMGUI_DISABLE_METRICS_WINDOW -DIMGUI_DISABLE_FILE_FUNCTIONS
