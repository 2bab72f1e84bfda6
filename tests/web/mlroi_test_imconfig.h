// mlroi_test_imconfig.h: Dear ImGui configuration for the headless widget tests
// (IMGUI_USER_CONFIG). An assertion is recorded instead of aborting, so a test can say which
// one fired; the test-engine hooks report each item's label and rectangle.
#pragma once

void mlroi_test_imgui_assert(const char* expression, const char* file, int line);
#define IM_ASSERT(_EXPR)                                                                           \
    do {                                                                                           \
        if (!(_EXPR)) mlroi_test_imgui_assert(#_EXPR, __FILE__, __LINE__);                         \
    } while (0)
#define IMGUI_ENABLE_TEST_ENGINE
