// imgui_impl_html5_pre.js: the browser half of imgui_impl_html5.cpp, linked with --pre-js (one copy
// per module instance, as Module.mlroiPlatform). Written with explicit semicolons: emcc
// minifies it with the rest of the runtime.
//   [SECTION] Auto height: the element as tall as its content, the canvas a band over the
//             visible part of it (placeBand), the page scrolled to a point (reveal)
//   [SECTION] Touch: whether the page can still scroll (canScrollPage)
//   [SECTION] Typed entry: a DOM <input> over an item (openInput, placeInput)
//   [SECTION] The reader's text size and colours: the text scale (textScale), forced colours
//             (systemColors) and prefers-contrast (moreContrast), each followed live (watch)
Module["mlroiPlatform"] = (function () {
  "use strict";
  var canvas = function () { return Module["canvas"]; };
  var host = function () { return Module["canvas"].parentNode; };
  var wake = function () { if (Module["_mlroi_platform_wake"]) Module["_mlroi_platform_wake"](); };

  // [SECTION] Auto height
  var band = { top: 0, height: 0 }; // CSS px, in the element
  var seen = null; // in a frame: the visible part as IntersectionObserver saw it, or null
  var framed = false;
  try { framed = window.top !== window; } catch (e) { framed = true; }

  // The part of the element on screen, [top, bottom] in its own CSS px (empty when off).
  function visible() {
    var r = host().getBoundingClientRect();
    var top = Math.max(0, -r.top), bottom = Math.min(r.height, window.innerHeight - r.top);
    if (seen) { top = Math.max(top, seen[0]); bottom = Math.min(bottom, seen[1]); }
    return [top, bottom];
  }
  function outside(v) { return v[1] > v[0] && (v[0] < band.top || v[1] > band.top + band.height); }
  // A screen's height: the window's, or in a frame (as tall as its content) the screen's.
  function screenHeight() {
    var h = window.innerHeight;
    return framed && window.screen && screen.height ? Math.min(h, screen.height) : h;
  }

  function start() {
    if (!Module["mlroiAutoHeight"]) return false;
    var h = host(), c = canvas();
    if (getComputedStyle(h).position === "static") h.style.position = "relative";
    c.style.position = "absolute";
    c.style.left = "0";
    c.style.top = "0";
    // Each scroll of the page (or of a scrolling ancestor) that shows a part outside the band.
    window.addEventListener("scroll", function () { if (outside(visible())) wake(); }, { capture: true, passive: true });
    if (framed && typeof IntersectionObserver !== "undefined") {
      var steps = [];
      for (var i = 0; i <= 100; ++i) steps.push(i / 100);
      new IntersectionObserver(function (entries) {
        var e = entries[entries.length - 1], b = e.boundingClientRect, v = e.intersectionRect;
        seen = e.isIntersecting ? [v.top - b.top, v.bottom - b.top] : [0, 0];
        if (outside(visible())) wake();
      }, { threshold: steps }).observe(h);
    }
    return true;
  }

  // Places the canvas over the visible part of content `content` CSS px tall; returns its top.
  function placeBand(content, dpr, maxDevice) {
    var c = canvas();
    var height = Math.max(1, Math.min(content, Math.max(240, Math.floor(Math.min(screenHeight() * 1.5, maxDevice / dpr)))));
    var v = visible(), top = band.top;
    if (height !== band.height || outside(v)) {
      if (v[1] > v[0]) top = v[0] - (height - (v[1] - v[0])) / 2; // the visible part, centred
      top = Math.round(Math.max(0, Math.min(top, content - height)));
    }
    if (top !== band.top || height !== band.height) {
      band.top = top;
      band.height = height;
      c.style.top = top + "px";
      c.style.height = height + "px";
    }
    return top;
  }

  // The element's --mlroi-content-height: the loader's style sheet sizes it from it (so a page
  // saved without scripts, or the text version shown instead, keeps its natural height).
  function setHeight(content) { host().style.setProperty("--mlroi-content-height", content + "px"); }

  // Brings canvas y (CSS px) to the top of the screen, through every scrolling ancestor.
  var marker = null;
  function reveal(y) {
    if (!marker) {
      marker = document.createElement("div");
      marker.setAttribute("aria-hidden", "true");
      marker.style.cssText = "position:absolute;left:0;width:1px;height:1px;visibility:hidden;pointer-events:none";
      host().appendChild(marker);
    }
    marker.style.top = Math.max(0, canvas().offsetTop + y) + "px";
    marker.scrollIntoView({ block: "start" });
  }

  // [SECTION] Touch
  // True when the page, or an ancestor that scrolls, can move for a finger moving dy (> 0:
  // down, so the page would go up). In a frame the parent may: assume it can.
  function canScrollPage(dy) {
    if (framed || (window.visualViewport && visualViewport.scale > 1.01)) return true;
    var can = function (top, max) { return dy > 0 ? top > 0.5 : top < max - 0.5; };
    var root = document.scrollingElement || document.documentElement;
    for (var el = host().parentElement; el && el !== root && el !== document.body; el = el.parentElement) {
      var o = getComputedStyle(el).overflowY;
      if ((o === "auto" || o === "scroll") && el.scrollHeight > el.clientHeight && can(el.scrollTop, el.scrollHeight - el.clientHeight)) return true;
    }
    return can(root.scrollTop, root.scrollHeight - window.innerHeight);
  }

  // [SECTION] Typed entry
  var input = null, note = null, open = false, closing = false;
  function text(s) { // JavaScript text into WebAssembly's heap; fn(pointer)
    var n = lengthBytesUTF8(s) + 1, p = Module["_malloc"](n);
    if (!p) return "";
    try { stringToUTF8(s, p, n); return UTF8ToString(Module["_mlroi_platform_text_commit"](p)); } finally { Module["_free"](p); }
  }
  function close(refocus) {
    if (!open) return;
    closing = true;
    open = false;
    input.style.display = note.style.display = "none";
    input.removeAttribute("aria-invalid");
    if (refocus) canvas().focus({ preventScroll: true });
    closing = false;
    Module["_mlroi_platform_text_closed"]();
  }
  function commit(leaving) {
    if (!open) return;
    var message = text(input.value);
    if (!message || leaving) return close(!leaving);
    note.textContent = message;
    note.style.display = "block";
    input.setAttribute("aria-invalid", "true");
    input.select();
  }
  function make() {
    input = document.createElement("input");
    input.type = "text";
    input.autocomplete = "off";
    input.spellcheck = false;
    input.setAttribute("enterkeyhint", "done");
    note = document.createElement("div");
    note.id = "mlroi-entry-" + Math.random().toString(36).slice(2);
    note.setAttribute("role", "alert");
    input.setAttribute("aria-describedby", note.id);
    input.addEventListener("keydown", function (e) {
      if (e.key === "Enter") { e.preventDefault(); commit(false); }
      else if (e.key === "Escape") { e.preventDefault(); e.stopPropagation(); close(true); }
    });
    input.addEventListener("blur", function () { if (!closing) commit(true); });
    host().appendChild(input);
    host().appendChild(note);
  }
  // label, starting text, inputmode, [background, text, border, error] as Dear ImGui colours
  // (0xAABBGGRR), the item's rectangle (CSS px in the canvas)
  function openInput(label, value, mode, colors, x, y, w, h) {
    if (!input) make();
    var c = colors.map(function (u) { return "rgb(" + (u & 255) + "," + (u >>> 8 & 255) + "," + (u >>> 16 & 255) + ")"; });
    input.setAttribute("aria-label", label);
    input.setAttribute("inputmode", mode);
    input.removeAttribute("aria-invalid");
    input.style.cssText = "position:absolute;z-index:2;box-sizing:border-box;margin:0;padding:0 6px;border-radius:3px;" +
      "font:" + Math.max(12, Math.round(h * 0.55)) + "px system-ui,sans-serif;" +
      "background:" + c[0] + ";color:" + c[1] + ";border:2px solid " + c[2] + ";outline:none";
    note.style.cssText = "display:none;position:absolute;z-index:2;box-sizing:border-box;padding:4px 6px;border-radius:3px;" +
      "font:13px/1.35 system-ui,sans-serif;background:" + c[0] + ";color:" + c[3] + ";border:1px solid " + c[3];
    open = true;
    placeInput(x, y, w, h);
    input.value = value;
    input.focus({ preventScroll: true });
    input.select();
  }
  function placeInput(x, y, w, h) {
    if (!open) return;
    var c = canvas();
    x += c.offsetLeft;
    y += c.offsetTop;
    input.style.left = note.style.left = x + "px";
    input.style.top = y + "px";
    input.style.width = note.style.width = Math.max(w, 120) + "px";
    input.style.height = h + "px";
    note.style.top = y + h + 2 + "px";
  }

  // [SECTION] The reader's text size and colours
  // Text scale: the widget's body text is 0.8 of the host's computed font-size (12.8 px at
  // 16 px: 1), and never smaller than the browser's minimum font size, which computed styles
  // do not show: a 1px probe is drawn at the minimum, so its width against a 100px probe's
  // gives it. Probes are hidden spans in the stage; a ResizeObserver on them sees a change of
  // the host's font-size or of the minimum.
  var BODY = 12.8, scaleNow = 1, probes = null;
  function probe(css) {
    var s = document.createElement("span");
    s.setAttribute("data-mlroi-part", "");
    s.setAttribute("aria-hidden", "true");
    s.style.cssText = "position:absolute;left:0;top:0;visibility:hidden;white-space:nowrap;pointer-events:none;" +
      "line-height:1;font-family:sans-serif;forced-color-adjust:none;" + css;
    s.textContent = "MMMMMMMMMM";
    host().appendChild(s);
    return s;
  }
  function measure() {
    var size = parseFloat(getComputedStyle(host()).fontSize) || 16;
    var tiny = probes[1].getBoundingClientRect().width, big = probes[2].getBoundingClientRect().width;
    var minimum = big > 0 ? 100 * tiny / big : 0;
    var body = Math.max(0.8 * size, minimum);
    scaleNow = Math.max(0.75, Math.min(4, Math.round(body / BODY * 1000) / 1000));
    return scaleNow;
  }
  function textScale() { return scaleNow; }
  // The system colours of forced-colors mode, as 0xRRGGBB, in the order of
  // ImGui_ImplHtml5_SystemColors; null when forced colours are off.
  var SYSTEM = ["Canvas", "CanvasText", "Highlight", "HighlightText", "ButtonFace", "ButtonText", "GrayText", "LinkText"];
  var forced = null, contrast = null;
  function systemColors() {
    if (!forced || !forced.matches) return null;
    var p = probes[0];
    return SYSTEM.map(function (name) {
      p.style.color = name;
      var m = /(\d+)\D+(\d+)\D+(\d+)/.exec(getComputedStyle(p).color) || [0, 0, 0, 0];
      return (m[1] << 16) | (m[2] << 8) | +m[3];
    });
  }
  function moreContrast() { return !!(contrast && contrast.matches); }
  // Follows the host's font-size, the minimum font size, forced colours and prefers-contrast.
  function watch() {
    probes = [probe("font-size:1em"), probe("font-size:1px"), probe("font-size:100px")];
    measure();
    if (typeof ResizeObserver !== "undefined") {
      // Woken only by a real change: a probe also reports its first size, and relayouts.
      var ro = new ResizeObserver(function () { var was = scaleNow; if (measure() !== was) wake(); });
      probes.forEach(function (p) { ro.observe(p); });
    }
    forced = matchMedia("(forced-colors: active)");
    contrast = matchMedia("(prefers-contrast: more)");
    forced.addEventListener("change", wake);
    contrast.addEventListener("change", wake);
  }

  return { watch: watch, textScale: textScale, systemColors: systemColors, moreContrast: moreContrast,
           start: start, placeBand: placeBand, setHeight: setHeight, reveal: reveal,
           canScrollPage: canScrollPage, openInput: openInput, placeInput: placeInput };
})();
