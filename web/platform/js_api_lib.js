// js_api_lib.js: what main_web.cpp tells the page's loader (shell/embed.js sets these hooks on
// the module instance), as an Emscripten --js-library.
mergeInto(LibraryManager.library, {
  // A change of the scenario: the loader updates the text version a moment later.
  mlroi_page_revision: function (revision) {
    if (Module["onRevision"]) Module["onRevision"](revision);
  },
  // A change that settled (nothing held, nothing being typed): mlroi-change.
  mlroi_page_settled: function (revision) {
    if (Module["onSettled"]) Module["onSettled"](revision);
  },
  // The layout changed (rectangles or open sections): the twin places its elements again.
  mlroi_page_layout: function () {
    if (Module["onLayout"]) Module["onLayout"]();
  },
  mlroi_page_init_error: function (message) {
    if (Module["onInitError"]) Module["onInitError"](UTF8ToString(message));
  },
});
