// imgui_impl_html5_lib.js: what imgui_impl_html5.cpp asks of the page, as an Emscripten
// --js-library (each function is declared extern "C" there). Runs inside the module instance,
// so `Module` is this widget's: its canvas, and Module.mlroiPlatform (imgui_impl_html5_pre.js).
// Written with explicit semicolons: emcc minifies it with the rest of the runtime.
mergeInto(LibraryManager.library, {
  // The canvas under emscripten/html5.h's name "!canvas" (one per instance).
  mlroi_html5_register_canvas__deps: ["$specialHTMLTargets"],
  mlroi_html5_register_canvas: function () {
    specialHTMLTargets["!canvas"] = Module["canvas"];
  },
  // The canvas's position in the window (CSS px): window events carry clientX/Y only.
  mlroi_html5_canvas_left: function () { return Module["canvas"].getBoundingClientRect().left; },
  mlroi_html5_canvas_top: function () { return Module["canvas"].getBoundingClientRect().top; },
  mlroi_html5_container_height: function () { return Module["canvas"].parentNode.clientHeight || 720; },

  // Container size, devicePixelRatio (zoom too), colour scheme, paste: each wakes the widget.
  mlroi_html5_listen: function () {
    var canvas = Module["canvas"];
    var wake = function () { Module["_mlroi_platform_wake"](); };
    if (typeof ResizeObserver !== "undefined") {
      var ro = new ResizeObserver(wake);
      ro.observe(canvas);
      Module["mlroiResizeObserver"] = ro;
    }
    window.addEventListener("resize", wake);
    var watchRatio = function () {
      var mq = matchMedia("(resolution: " + window.devicePixelRatio + "dppx)");
      var changed = function () {
        mq.removeEventListener("change", changed);
        wake();
        watchRatio();
      };
      mq.addEventListener("change", changed);
    };
    watchRatio();
    var dark = matchMedia("(prefers-color-scheme: dark)");
    Module["mlroiPrefersDark"] = dark.matches;
    dark.addEventListener("change", function (e) {
      Module["mlroiPrefersDark"] = e.matches;
      wake();
    });
    document.addEventListener("paste", function (e) {
      if (document.activeElement !== canvas || !e.clipboardData) return;
      var text = e.clipboardData.getData("text/plain") || "";
      var n = lengthBytesUTF8(text) + 1;
      var p = Module["_malloc"](n);
      e.preventDefault();
      if (!p) return;
      try {
        stringToUTF8(text, p, n);
        Module["_mlroi_platform_paste"](p);
      } finally {
        Module["_free"](p);
      }
    });
  },
  mlroi_html5_prefers_dark: function () { return Module["mlroiPrefersDark"] ? 1 : 0; },

  // The reader's text size and colours (Module.mlroiPlatform: watch, measured at Init).
  mlroi_html5_watch_reader: function () { Module["mlroiPlatform"].watch(); },
  mlroi_html5_text_scale: function () { return Module["mlroiPlatform"].textScale(); },
  mlroi_html5_more_contrast: function () { return Module["mlroiPlatform"].moreContrast() ? 1 : 0; },
  // Forced colours: writes the 8 system colours (0xRRGGBB) at `out` (int32s) and returns 1;
  // 0 when forced colours are off.
  mlroi_html5_system_colors: function (out) {
    var c = Module["mlroiPlatform"].systemColors();
    if (!c) return 0;
    for (var i = 0; i < c.length; ++i) HEAP32[(out >> 2) + i] = c[i];
    return 1;
  },

  mlroi_html5_write_clipboard: function (text) {
    try {
      if (navigator.clipboard) navigator.clipboard.writeText(UTF8ToString(text)).catch(function () {});
    } catch (e) {}
  },
  mlroi_html5_first_frame: function () {
    if (Module["onFirstFrame"]) Module["onFirstFrame"]();
  },

  // Auto height and touch (Module.mlroiPlatform, imgui_impl_html5_pre.js).
  mlroi_html5_start_auto_height: function () { return Module["mlroiPlatform"].start() ? 1 : 0; },
  mlroi_html5_place_band: function (content, dpr, maxDevice) {
    return Module["mlroiPlatform"].placeBand(content, dpr, maxDevice);
  },
  mlroi_html5_set_height: function (css) { Module["mlroiPlatform"].setHeight(css); },
  mlroi_html5_reveal: function (y) { Module["mlroiPlatform"].reveal(y); },
  mlroi_html5_can_scroll_page: function (dy) { return Module["mlroiPlatform"].canScrollPage(dy) ? 1 : 0; },

  // Typed entry: colours are 0xAABBGGRR (frame, text, border, error); the rectangle CSS px.
  mlroi_html5_open_input: function (label, text, inputmode, frame, ink, border, error, x, y, w, h) {
    Module["mlroiPlatform"].openInput(UTF8ToString(label), UTF8ToString(text), UTF8ToString(inputmode),
                                      [frame, ink, border, error], x, y, w, h);
  },
  mlroi_html5_place_input: function (x, y, w, h) { Module["mlroiPlatform"].placeInput(x, y, w, h); },
});
