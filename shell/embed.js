// mlroi embed loader, appended to mlroi.js (emcc --extern-post-js). It finds every element
// with a data-mlroi attribute (or takes one from MlroiWidget.mount), puts a canvas in it,
// starts one WebAssembly instance per element (MODULARIZE: each has its own memory), and
// gives the element its JS hook:
//   element.mlroi.getScenario()          the scenario, shaped like `mlroi defaults`
//   element.mlroi.setScenario(partial)   overlays a partial scenario; returns the errors
//                                        ([{path, message}], empty when applied); never throws
//   element.mlroi.getResults()           the results, shaped like `mlroi analyze`
//   element.mlroi.getShareLink()         this page's address with the scenario in its fragment
// data-scenario='{"program": {...}}' on the element sets its starting scenario; a link's
// fragment (#mlroi=v2...) and, with data-remember, the reader's last scenario come after it.
// data-height="auto" (or no height from the page) makes the widget as tall as its content;
// a height (CSS, or data-height="600") keeps it that tall, scrolling inside. The element
// fires "mlroi-ready" when the hook is in place and "mlroi-change" after each settled change
// the reader makes.
//
// Each element also gets a text version of its results (core/report_html, through
// mlroi_results_html): the HTML the build wrote into the page (build/mlroi html) stays in the
// element, covers the canvas until the first frame, and is then visually hidden but kept in
// the accessibility tree, replaced a moment after each settled change (so find, print,
// reader modes and saved pages get the reader's own results); a "Text version" button shows
// it; a polite live region speaks the new headline; print shows it with a still picture of
// the canvas. Without WebGL the element gets plain HTML fields instead of the canvas; where
// WebAssembly cannot run, a message and whatever text version the page holds.
//
// Everything the loader adds is marked data-mlroi-part, and its look comes from a
// constructed style sheet (no <style> element, so no CSP 'unsafe-inline'): a page saved after
// the widget ran shows, without scripts, just the text version, and with scripts mounts anew.
(function () {
  "use strict";
  if (typeof window === "undefined") return;
  var factory = createMlroiModule;

  // The WebAssembly module, gzip-compressed, in base64: shell/pack_wasm.py writes it here, so
  // mlroi.js carries everything it needs (a saved page keeps it; nothing is fetched). Left
  // as the marker, the module is fetched from mlroi.wasm beside the script instead.
  var PACKED = "@@MLROI_WASM@@";
  var packed = PACKED.charAt(0) !== "@";
  var SETTLE_MS = 400; // the text version follows this long after the last change

  var MAX_DEPTH = 64; // the core's kMaxJsonDepth

  // Text crosses into WebAssembly through the heap, never the stack: ccall's "string" copies
  // it onto the 5 MB stack, and a long string overflows it and corrupts memory for good.
  function withText(module, text, fn) {
    var size = module.lengthBytesUTF8(text) + 1;
    var pointer = module._malloc(size);
    if (!pointer) throw new RangeError("no memory for " + size + " bytes of text");
    try {
      module.stringToUTF8(text, pointer, size);
      return fn(pointer);
    } finally {
      module._free(pointer);
    }
  }

  function call(module, name, text) {
    var f = module["_" + name];
    return module.UTF8ToString(text === undefined ? f() : withText(module, String(text), f));
  }

  // [SECTION] A JS value as scenario JSON text. JSON.stringify would turn a Map into {}, drop
  // undefined, write NaN as null, throw on a BigInt or a cycle, and overflow its stack on
  // deep nesting; this walk keeps its own stack, takes only what JSON can hold and names the
  // path of anything else. Returns {text} or {problem}.
  function article(name) { return (/^[AEIOU]/.test(name) ? "an " : "a ") + name; }
  function kindOf(v) {
    if (v === undefined || typeof v === "number") return String(v); // undefined, NaN, Infinity
    if (typeof v === "bigint") return "a BigInt";
    if (typeof v !== "object") return "a " + typeof v; // function, symbol
    var proto = Object.getPrototypeOf(v), name = proto && proto.constructor && proto.constructor.name;
    return typeof name === "string" && name && name !== "Object" ? article(name) : "an object with another prototype";
  }
  function isPlainObject(v) {
    var proto = Object.getPrototypeOf(v);
    // Object.prototype, null, or another frame's Object.prototype.
    return proto === null || proto === Object.prototype ||
      (Object.getPrototypeOf(proto) === null && Object.prototype.toString.call(v) === "[object Object]" &&
       typeof proto.constructor === "function" && proto.constructor.name === "Object");
  }
  // The index of a lone surrogate (not UTF-16, so not UTF-8 either), or -1.
  function loneSurrogate(s) {
    var m = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(^|[^\uD800-\uDBFF])[\uDC00-\uDFFF]/.exec(s);
    return m ? m.index + (m[1] ? m[1].length : 0) : -1;
  }
  // A key in a path as the core writes it: JSON's escapes, at most 40 characters.
  function showKey(key) {
    var s = JSON.stringify(key).slice(1, -1).replace(/[\u007f-\u009f\u2028\u2029]/g, function (c) {
      return "\\u" + ("000" + c.charCodeAt(0).toString(16)).slice(-4);
    });
    if (s.length <= 40) return s;
    var cut = /[\uD800-\uDBFF]/.test(s[39]) ? 39 : 40;
    return s.slice(0, cut) + "\u2026";
  }
  function toScenarioText(root) {
    var out = "", open = [], v = root, path = "", bad, f; // open: the containers being written
    var problem = function (message) { return { problem: { path: path, message: message } }; };
    for (;;) {
      if (v === null || typeof v === "boolean") out += String(v);
      else if (typeof v === "number" && isFinite(v)) out += JSON.stringify(v);
      else if (typeof v === "string") {
        if ((bad = loneSurrogate(v)) >= 0) return problem("must be valid Unicode text, got a lone surrogate at character " + bad);
        out += JSON.stringify(v);
      } else {
        var plain = typeof v === "object" && (Array.isArray(v) || isPlainObject(v));
        if (!open.length && !plain) return problem("a scenario must be a JSON object, got " + kindOf(v));
        if (typeof v === "number" || typeof v === "bigint") return problem("must be a finite number, got " + kindOf(v));
        if (!plain) return problem((typeof v === "object" ? "must be a plain JSON object, got " : "must be a JSON value, got ") + kindOf(v));
        if (open.length === MAX_DEPTH) return problem("nested more than " + MAX_DEPTH + " levels deep (arrays and objects)");
        var keys = Array.isArray(v) ? null : Object.keys(v);
        for (var k = 0; keys && k < keys.length; ++k) {
          if ((bad = loneSurrogate(keys[k])) >= 0) {
            path = path ? path + "." + showKey(keys[k]) : showKey(keys[k]);
            return problem("must be a key in valid Unicode text, got a lone surrogate at character " + bad);
          }
        }
        out += keys ? "{" : "[";
        open.push({ v: v, keys: keys, n: keys ? keys.length : v.length, i: 0, path: path });
      }
      // Next: the next item of the innermost open container, closing those that are done.
      for (;;) {
        if (!open.length) return { text: out };
        f = open[open.length - 1];
        if (f.i < f.n) break;
        out += f.keys ? "}" : "]";
        open.pop();
      }
      var key = f.keys ? f.keys[f.i] : f.i;
      if (f.i++) out += ",";
      if (f.keys) out += JSON.stringify(key) + ":";
      path = f.keys ? (f.path ? f.path + "." : "") + showKey(key) : f.path + "[" + key + "]";
      v = f.v[key];
    }
  }
  // Whatever was thrown (a getter, a Proxy), as a short message; never throws itself.
  function thrown(e) {
    try { return String(e && e.message || e).slice(0, 120); } catch (x) { return "an exception"; }
  }

  // [SECTION] Share links: #mlroi=v2.<base64url of the scenario's difference from the
  // defaults>; with several widgets on a page #mlroi-<element id> or #mlroi-<index>, entries
  // joined by "&". Read through setScenario's own checks: a broken or hostile link gives a
  // message and the usual start, and never throws.
  var LINK_VERSION = "v2", MAX_LINK = 8192;
  var own = function (o, k) { return Object.prototype.hasOwnProperty.call(o, k); };
  function isObject(v) { return v !== null && typeof v === "object" && !Array.isArray(v); }
  // What `value` changes from `base` (JSON values), or undefined: objects key by key, anything
  // else whole (so a null the defaults also hold is no change).
  function difference(value, base) {
    if (isObject(value) && isObject(base)) {
      var out = {}, any = false;
      Object.keys(value).forEach(function (k) {
        var d = difference(value[k], own(base, k) ? base[k] : undefined);
        if (d !== undefined) { out[k] = d; any = true; }
      });
      return any ? out : undefined;
    }
    return JSON.stringify(value) === JSON.stringify(base) ? undefined : value;
  }
  // `diff` over `base`, objects key by key; no prototypes, so "__proto__" is a key like any.
  function overlay(base, diff, depth) {
    if (!isObject(base) || !isObject(diff) || depth > 3) return diff;
    var out = Object.create(null);
    Object.keys(base).forEach(function (k) { out[k] = base[k]; });
    Object.keys(diff).forEach(function (k) { out[k] = overlay(own(base, k) ? base[k] : undefined, diff[k], depth + 1); });
    return out;
  }
  function linkToken(scenario, defaults) {
    var bytes = new TextEncoder().encode(JSON.stringify(difference(scenario, defaults) || {})), s = "";
    for (var i = 0; i < bytes.length; ++i) s += String.fromCharCode(bytes[i]);
    return LINK_VERSION + "." + btoa(s).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
  }
  // A token ("v2.eyJ...") as {diff} or {problem}; never throws.
  function readToken(token) {
    var bad = function (why) { return { problem: why }; };
    if (token.length > MAX_LINK) return bad("it is too long (" + token.length + " characters; a scenario needs far fewer than " + MAX_LINK + ")");
    var m = /^v(\d{1,4})\.([A-Za-z0-9_-]*)$/.exec(token);
    if (!m) return bad(/^v\d{1,4}\./.test(token) ? "it is damaged (it holds characters no scenario link has)" : "it is not a scenario link of this calculator (those start with " + LINK_VERSION + ".)");
    if ("v" + m[1] !== LINK_VERSION) return bad("it was made by another version of this calculator (v" + m[1] + "; this one reads " + LINK_VERSION + ")");
    var text, value;
    try {
      var s = atob(m[2].replace(/-/g, "+").replace(/_/g, "/")), bytes = new Uint8Array(s.length);
      for (var i = 0; i < s.length; ++i) bytes[i] = s.charCodeAt(i);
      text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch (e) { return bad("it is damaged (not base64url-encoded UTF-8 text)"); }
    try { value = JSON.parse(text); } catch (e) { return bad("it is damaged (its scenario is not JSON: " + thrown(e) + ")"); }
    return isObject(value) ? { diff: value } : bad("it holds no scenario (a JSON object)");
  }
  // This widget's names in a fragment ("mlroi-<id>", "mlroi-<index>", and "mlroi" for the
  // first), the one it writes first.
  function linkNames(host, index) {
    var names = index > 0 ? ["mlroi-" + index] : ["mlroi", "mlroi-0"];
    if (host.id) names.unshift("mlroi-" + host.id);
    return names;
  }
  // The token of the first entry named `names` in `hash` ("a=1&mlroi=v2..."), or null.
  function entry(hash, names) {
    var parts = hash.replace(/^[#?]/, "").split("&");
    for (var i = 0; i < parts.length; ++i) {
      var eq = parts[i].indexOf("="), name = parts[i].slice(0, eq);
      try { name = decodeURIComponent(name); } catch (e) { continue; }
      if (eq > 0 && names.indexOf(name) >= 0) return parts[i].slice(eq + 1);
    }
    return null;
  }
  // Applies a token over the defaults: [] when applied, else the problems (nothing changed).
  function applyToken(api, defaults, token) {
    var read = readToken(token);
    return read.problem ? [{ path: "", message: read.problem }] : api.setScenario(overlay(defaults, read.diff, 0));
  }
  function problemText(problems) {
    return problems.slice(0, 3).map(function (p) { return (p.path ? p.path + ": " : "") + p.message; }).join("; ") +
      (problems.length > 3 ? " (and " + (problems.length - 3) + " more)" : "");
  }

  // [SECTION] Messages over the widget (in its stage): a notice (a link that could not be
  // opened) and a bubble (Copy link), as status text that screen readers speak.
  function note(stage, className) {
    var b = part("div", "mlroi-note " + className, "display:none");
    b.setAttribute("role", "status");
    stage.appendChild(b);
    return b;
  }
  function notice(stage, text) {
    var b = note(stage, "mlroi-notice");
    b.textContent = text;
    var x = document.createElement("button");
    x.type = "button";
    x.textContent = "\u00d7";
    x.setAttribute("aria-label", "Dismiss");
    x.addEventListener("click", function () { b.remove(); });
    b.appendChild(x);
  }
  // Copies `link` (inside the click: the browser allows it), and says so; where the clipboard
  // is refused, shows the link selected, to copy by hand. `summary`: the same for the results'
  // plain-text summary (Copy summary), in a text area.
  function copyLink(stage, canvas, link, summary) {
    var shown = function (copied) {
      var old = stage.querySelector(".mlroi-copied");
      if (old) old.remove();
      var b = note(stage, "mlroi-copied");
      if (!summary) b.setAttribute("data-link", link);
      if (copied) {
        b.textContent = summary ? "Summary copied" : "Link copied";
        setTimeout(function () { b.remove(); }, 2500);
        return;
      }
      b.textContent = summary ? "Copy this summary: " : "Copy this link: ";
      var field = document.createElement(summary ? "textarea" : "input");
      field.readOnly = true;
      field.value = link;
      field.setAttribute("aria-label", summary ? "Summary of these results" : "Link to this scenario");
      field.addEventListener("blur", function () { b.remove(); });
      field.addEventListener("keydown", function (e) { if (e.key === "Escape" || e.key === "Enter") { b.remove(); canvas.focus(); } });
      b.appendChild(field);
      field.focus();
      field.select();
    };
    try { navigator.clipboard.writeText(link).then(function () { shown(true); }, function () { shown(false); }); } catch (e) { shown(false); }
  }

  // [SECTION] The reader's changes: mlroi-change once each settles, data-remember
  function figures(r) {
    var u = r.uncertainty || {};
    return { npv: r.npv, median: u.p50, chance: u.p_positive, break_even_month: r.break_even_month,
             verdict: r.verdict && r.verdict.headline, level: r.verdict && r.verdict.level };
  }
  function storage() { try { return window.localStorage; } catch (e) { return null; } }
  function remembered(key) { try { return storage().getItem(key); } catch (e) { return null; } }
  function remember(key, token) {
    try { if (token) storage().setItem(key, token); else storage().removeItem(key); } catch (e) { /* full, or refused */ }
  }

  // [SECTION] iframe embed (embed.html: data-frame): the scenario also from ?s=, and the
  // page's height posted to the parent, {type: "mlroi-height", height}, when it changes.
  function postHeight() {
    if (window.parent === window) return;
    var last = -1;
    var post = function () {
      var h = Math.ceil(document.body.getBoundingClientRect().bottom + window.scrollY);
      if (h !== last) { last = h; window.parent.postMessage({ type: "mlroi-height", height: h }, "*"); }
    };
    if (typeof ResizeObserver !== "undefined") new ResizeObserver(post).observe(document.body);
    post();
  }

  // [SECTION] The WebAssembly module: decoded and compiled once, instantiated per widget.
  var compiled = null;
  function compiledModule() {
    if (!compiled) compiled = Promise.resolve().then(function () {
      if (typeof DecompressionStream !== "function") throw new Error("old browser");
      var text = atob(PACKED), bytes = new Uint8Array(text.length);
      for (var i = 0; i < text.length; ++i) bytes[i] = text.charCodeAt(i);
      var stream = new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"));
      return new Response(stream).arrayBuffer();
    }).then(function (buffer) { return WebAssembly.compile(buffer); });
    return compiled;
  }

  // Why the widget could not start, in words for the reader.
  function failureText(error) {
    var why = thrown(error);
    if (typeof WebAssembly !== "object") return "This calculator runs on WebAssembly, which this browser does not offer or has turned off.";
    if (/Content.Security.Policy|unsafe-eval|CSP/i.test(why))
      return "This calculator runs on WebAssembly, which this page's security policy does not allow " +
        "(its Content-Security-Policy needs 'wasm-unsafe-eval' in script-src).";
    if (why === "old browser") return "This calculator needs a newer browser (one that can unpack compressed data).";
    return "The calculator could not start (" + why + ").";
  }

  // [SECTION] Styles: one constructed sheet for every widget on the page. Parts the loader
  // adds carry inline styles that hide them where the sheet is missing (a saved page opened
  // without scripts); the sheet's !important rules show them.
  var HIDE = "position:absolute;width:1px;height:1px;padding:0;margin:-1px;overflow:hidden;" +
    "clip:rect(0 0 0 0);clip-path:inset(50%);white-space:nowrap;border:0";
  var CSS =
    ".mlroi-host{display:flex!important;flex-direction:column;overflow:hidden!important}" +
    ".mlroi-bar{display:flex!important;justify-content:flex-end;flex:none;padding:3px 4px}" +
    ".mlroi-bar button{font:0.8em/1.3 system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;padding:2px 10px;" +
    "border:1px solid;border-radius:4px;background:transparent;color:inherit;cursor:pointer}" +
    ".mlroi-bar button[aria-pressed=true]{font-weight:600}" +
    ".mlroi-bar button+button{margin-left:6px}" +
    ".mlroi-note{display:block!important;position:absolute;z-index:3;box-sizing:border-box;padding:8px 12px;" +
    "border-radius:4px;font:14px/1.4 system-ui,sans-serif;box-shadow:0 1px 4px #0004;background:#fff;color:#1c1e21;" +
    "border:1px solid #aab0b8}" +
    "@media (prefers-color-scheme:dark){.mlroi-note{background:#2b2f36;color:#e8eaed;border-color:#5f6670}}" +
    ".mlroi-notice{left:8px;right:8px;top:8px;padding-right:40px}" +
    ".mlroi-notice button{position:absolute;right:6px;top:6px;font:18px/1 system-ui,sans-serif;background:none;" +
    "border:0;color:inherit;cursor:pointer;padding:2px 6px}" +
    ".mlroi-copied{top:4px;right:4px;max-width:calc(100% - 8px)}" +
    ".mlroi-copied input,.mlroi-copied textarea{font:inherit;width:16em;max-width:100%}.mlroi-copied textarea{display:block;width:100%;height:10em}" +
    ".mlroi-bar button:focus-visible,.mlroi-canvas:focus-visible{outline:2px solid Highlight;outline-offset:-2px}" +
    ".mlroi-stage{position:relative;flex:1 1 auto;min-height:0}" +
    ".mlroi-canvas{display:block!important;position:absolute;left:0;top:0;width:100%;height:100%;outline:none;" +
    "touch-action:pan-y pinch-zoom;user-select:none;-webkit-user-select:none;-webkit-tap-highlight-color:transparent}" +
    ".mlroi-covered .mlroi-canvas{visibility:hidden}" +
    // Auto height: the stage is as tall as the widget's content (web/platform/imgui_impl_html5_pre.js sets the
    // variable); while the text version covers it, as tall as the text.
    ".mlroi-auto .mlroi-stage{height:var(--mlroi-content-height,720px)}" +
    ".mlroi-auto.mlroi-covered .mlroi-stage{height:auto}" +
    ".mlroi-auto.mlroi-covered .mlroi-text-version{position:static}" +
    ".mlroi-covered .mlroi-text-version{position:absolute;left:0;top:0;right:0;bottom:0;overflow:auto;padding:0 12px}" +
    ".mlroi-text-version.mlroi-hidden{" + HIDE.replace(/;/g, "!important;") + "!important}" +
    ".mlroi-plain{display:block!important;overflow:auto!important}" +
    ".mlroi-plain .mlroi-bar{display:none!important}" +
    ".mlroi-plain .mlroi-stage{padding:0 12px}" +
    ".mlroi-form{display:block!important}" +
    ".mlroi-form label{display:block;margin:8px 0 2px}" +
    ".mlroi-form input{font:inherit;padding:3px 6px;width:12em;max-width:100%}" +
    ".mlroi-error{display:block;color:#b00020}" +
    "@media (prefers-color-scheme:dark){.mlroi-error{color:#ff8a80}}" +
    ".mlroi-text-version table{border-collapse:collapse;margin:6px 0 12px}" +
    ".mlroi-text-version th,.mlroi-text-version td{border:1px solid #8888;padding:2px 6px;text-align:right}" +
    ".mlroi-text-version th[scope=row],.mlroi-text-version caption{text-align:left}" +
    "@media print{.mlroi-stage{height:auto!important}" +
    ".mlroi-host{display:block!important;height:auto!important;overflow:visible!important;border:0!important;" +
    "background:#fff!important;color:#000!important}" +
    ".mlroi-bar,.mlroi-canvas,.mlroi-form,.mlroi-note{display:none!important}" +
    ".mlroi-still{display:block!important;position:static!important;width:100%!important;height:auto!important;" +
    "clip-path:none!important;margin:0 0 12px!important;break-inside:avoid}" +
    ".mlroi-text-version,.mlroi-text-version.mlroi-hidden{position:static!important;width:auto!important;height:auto!important;" +
    "margin:0!important;padding:0!important;overflow:visible!important;clip:auto!important;clip-path:none!important;" +
    "white-space:normal!important}" +
    ".mlroi-host *{color:#000!important;background:#fff!important}" +
    ".mlroi-text-version th,.mlroi-text-version td{border-color:#000!important}}" + TWIN_CSS;
  var styled = false;
  function installStyles() {
    if (styled) return;
    styled = true;
    try {
      var sheet = new CSSStyleSheet();
      sheet.replaceSync(CSS);
      document.adoptedStyleSheets = document.adoptedStyleSheets.concat([sheet]);
    } catch (e) { // older browsers: a <style> element (a strict CSP may refuse it)
      var style = document.createElement("style");
      style.setAttribute("data-mlroi-part", "");
      style.textContent = CSS;
      document.head.appendChild(style);
    }
  }

  function part(tag, className, style) {
    var el = document.createElement(tag);
    el.setAttribute("data-mlroi-part", "");
    if (className) el.className = className;
    if (style) el.style.cssText = style;
    return el;
  }

  // [SECTION] Still pictures for print: each widget draws a frame in the light theme and
  // copies it, in the same task, into a 2D canvas that print shows in the WebGL canvas' place.
  var widgets = [];
  function takeStills() {
    for (var i = 0; i < widgets.length; ++i) {
      try { widgets[i].still(); } catch (e) { /* print goes on without the picture */ }
    }
  }
  window.addEventListener("beforeprint", takeStills);

  // A unique id prefix for a widget's text version.
  var nextPrefix = 1;
  function freshPrefix() {
    var p;
    do p = "mlroi-" + nextPrefix++; while (document.getElementById(p + "-text"));
    return p;
  }

  // The fields a reader without WebGL can set, as plain HTML (path, label, nullable).
  var PLAIN_FIELDS = [
    ["program.tuition_per_year", "Tuition per year (US$)"],
    ["program.years", "Years of study"],
    ["you.current_salary", "Your current pay per year (US$; empty: the evidence for your background)", true],
    ["financing.savings", "Savings you put toward the costs (US$)"],
  ];
  function valueAt(doc, path) {
    var keys = path.split(".");
    for (var i = 0; i < keys.length && doc != null; ++i) doc = doc[keys[i]];
    return doc;
  }
  function patchFor(path, value) {
    var keys = path.split("."), patch = value;
    for (var i = keys.length - 1; i >= 0; --i) { var o = {}; o[keys[i]] = patch; patch = o; }
    return patch;
  }

  function mount(host, options) {
    if (host.mlroiReady) return host.mlroiReady;
    options = options || {};
    installStyles();
    // The text version: the page's own (from the build, or a saved page's), or a new one.
    var text = host.querySelector(".mlroi-text-version");
    if (text) host.appendChild(text); // out of a saved page's old parts, which go
    var stale = host.querySelectorAll("[data-mlroi-part]");
    for (var i = 0; i < stale.length; ++i) if (stale[i].parentNode) stale[i].parentNode.removeChild(stale[i]);
    host.classList.remove("mlroi-host", "mlroi-covered", "mlroi-plain", "mlroi-auto");
    var prefix = text && text.getAttribute("data-mlroi-prefix") || freshPrefix();
    if (!text) {
      text = document.createElement("section");
      text.className = "mlroi-text-version";
      text.setAttribute("data-mlroi-prefix", prefix);
      var heading = document.createElement("h2");
      heading.id = prefix + "-text-title";
      heading.textContent = "The results in words and tables";
      text.appendChild(heading);
    }
    text.id = prefix + "-text";
    if (!text.getAttribute("aria-labelledby") && document.getElementById(prefix + "-text-title"))
      text.setAttribute("aria-labelledby", prefix + "-text-title");
    var savedScenario = text.getAttribute("data-mlroi-scenario"); // a saved page's

    var bar = part("div", "mlroi-bar", "display:none");
    var toggle = document.createElement("button");
    toggle.type = "button";
    toggle.textContent = "Text version";
    toggle.setAttribute("aria-pressed", "false");
    toggle.setAttribute("aria-controls", text.id);
    bar.appendChild(toggle);
    var copy = document.createElement("button");
    copy.type = "button";
    copy.textContent = "Copy link";
    copy.title = "A link to this scenario: opening it shows these inputs again. Nothing is sent anywhere.";
    copy.addEventListener("click", function () { if (api) copyLink(stage, canvas, api.getShareLink()); });
    bar.appendChild(copy);
    var summary = document.createElement("button");
    summary.type = "button";
    summary.textContent = "Copy summary";
    summary.title = "The verdict, the key figures and your main inputs as plain text.";
    summary.addEventListener("click", function () { if (summaryText) copyLink(stage, canvas, summaryText(), true); });
    bar.appendChild(summary);
    var stage = part("div", "mlroi-stage");
    var canvas = part("canvas", "mlroi-canvas", "display:none");
    // Out of the Tab order: the DOM twin (shell/twin.js) over it holds the controls; a click
    // still gives the canvas Dear ImGui's keys (so it is a named picture, not aria-hidden).
    canvas.tabIndex = -1;
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", "The calculator as drawn; its controls and results follow.");
    canvas.addEventListener("contextmenu", function (e) { e.preventDefault(); });
    var live = part("div", "mlroi-live", HIDE);
    live.setAttribute("role", "status");
    var still = part("canvas", "mlroi-still", "display:none");
    still.setAttribute("role", "img");
    still.setAttribute("aria-label", "A still picture of the calculator's charts");
    stage.appendChild(canvas);
    stage.appendChild(text);
    host.insertBefore(stage, host.firstChild);
    host.insertBefore(bar, stage);
    host.insertBefore(still, stage.nextSibling);
    host.appendChild(live);
    host.classList.add("mlroi-host", "mlroi-covered");
    // Height: a number (option or data-height) keeps the widget that tall; "auto", or no
    // height from the page at all, makes it as tall as its content (the stage follows the
    // content's height, see web/platform/imgui_impl_html5_pre.js, and the element follows the stage).
    var asked = options.height || host.getAttribute("data-height");
    var fixed = asked && asked !== "auto" ? parseFloat(asked) : 0;
    var given = host.style.height && host.style.height !== "auto"; // "auto": a saved page's
    var autoHeight = !(fixed > 0) && (asked === "auto" || (!given && host.clientHeight < 100));
    if (autoHeight) {
      host.style.height = "auto";
      host.classList.add("mlroi-auto");
    } else if (fixed > 0 || (!given && host.clientHeight < 100)) {
      host.style.height = (fixed > 0 ? fixed : 720) + "px";
    }
    var index = Array.prototype.indexOf.call(document.querySelectorAll("[data-mlroi]"), host);
    var names = linkNames(host, index), storeKey = "mlroi:" + location.pathname + ":" + names[0];
    var api = null, defaults = null, seen = "", summaryText = null;

    var shown = false, started = false;
    function layout() {
      var cover = shown || !started;
      host.classList.toggle("mlroi-covered", cover);
      text.classList.toggle("mlroi-hidden", !cover);
      if (cover && started) text.tabIndex = 0; else text.removeAttribute("tabindex");
      toggle.setAttribute("aria-pressed", String(shown));
    }
    toggle.addEventListener("click", function () { shown = !shown; layout(); });

    // Without the widget: a message, and the text version as it is.
    function plain(message) {
      host.classList.remove("mlroi-host", "mlroi-covered", "mlroi-auto");
      host.classList.add("mlroi-plain");
      text.classList.remove("mlroi-hidden");
      if (canvas.parentNode) stage.removeChild(canvas);
      var p = part("p", "mlroi-message");
      p.textContent = message;
      stage.insertBefore(p, stage.firstChild);
      return p;
    }

    var resolveReady, rejectReady, noWebGL = false, failed = false;
    host.mlroiReady = new Promise(function (resolve, reject) { resolveReady = resolve; rejectReady = reject; });
    function fail(error) {
      if (failed) return;
      failed = true;
      plain(failureText(error));
      rejectReady(error instanceof Error ? error : new Error(thrown(error)));
    }
    var moduleArgs = {
      canvas: canvas,
      mlroiAutoHeight: autoHeight,
      onRuntimeInitialized: function () { host.mlroiRuntimeReady = performance.now(); },
      onFirstFrame: function () {
        host.mlroiFirstFrame = performance.now();
        started = true;
        layout();
        host.dispatchEvent(new CustomEvent("mlroi-first-frame"));
      },
      onInitError: function () { noWebGL = true; },
    };
    if (options.locateFile) moduleArgs.locateFile = options.locateFile;
    if (packed) moduleArgs.instantiateWasm = function (imports, receive) {
      compiledModule().then(function (m) {
        return WebAssembly.instantiate(m, imports).then(function (instance) { receive(instance, m); });
      }).catch(fail);
      return {};
    };
    if (typeof WebAssembly !== "object") { fail(new Error("no WebAssembly")); return host.mlroiReady; }
    var starting;
    try { starting = factory(moduleArgs); } catch (e) { fail(e); return host.mlroiReady; }
    starting.then(function (module) {
      summaryText = function () { return call(module, "mlroi_summary_text"); };
      api = {
        getScenario: function () { return JSON.parse(call(module, "mlroi_get_scenario")); },
        getResults: function () { return JSON.parse(call(module, "mlroi_get_results")); },
        // Never throws: every problem comes back as {path, message}.
        setScenario: function (partial) {
          try {
            var json = toScenarioText(partial);
            return json.problem ? [json.problem] : setScenarioText(json.text);
          } catch (e) {
            return [{ path: "", message: "could not be read: " + thrown(e) }];
          }
        },
        // This page's address with the scenario in its fragment (the address bar is left alone).
        getShareLink: function () {
          return location.href.split("#")[0] + "#" + encodeURIComponent(names[0]) + "=" + linkToken(api.getScenario(), defaults);
        },
      };
      // Text goes to the core as it is: it names syntax errors by position, duplicate keys
      // and nesting that is too deep.
      function setScenarioText(text) {
        try {
          var errors = JSON.parse(call(module, "mlroi_set_scenario", text));
          if (!errors.length) settle();
          if (!errors.length) seen = call(module, "mlroi_get_scenario"); // the page's change
          return errors;
        } catch (e) {
          return [{ path: "", message: "could not be applied: " + thrown(e) }];
        }
      }
      Object.freeze(api);

      // [SECTION] The text version, the live region and the still picture
      var shownRevision = -1, headline = null, timer = 0;
      function updateText(announce) {
        clearTimeout(timer);
        timer = 0;
        if (!module._mlroi_results_html || module._mlroi_revision() === shownRevision) return;
        var holder = document.createElement("div");
        holder.innerHTML = call(module, "mlroi_results_html", prefix);
        shownRevision = module._mlroi_revision(); // the HTML completed the results
        var fresh = holder.querySelector(".mlroi-text");
        var old = text.querySelector(".mlroi-text");
        if (!fresh) return;
        if (!old) text.appendChild(fresh);
        else if (old.innerHTML !== fresh.innerHTML) text.replaceChild(fresh, old);
        text.setAttribute("data-mlroi-scenario", call(module, "mlroi_get_scenario"));
        var h = fresh.querySelector(".mlroi-headline");
        var now = h ? h.textContent : "";
        if (announce && now !== headline) live.textContent = now;
        headline = now;
      }
      // Once the change settles: no change for SETTLE_MS and, where frames are drawn, nothing held
      // (a slow drag step is no settling: module.onSettled has not seen this revision yet).
      var settledRevision = -1, waits = 0;
      function settle() {
        clearTimeout(timer);
        timer = setTimeout(function () {
          if (!noWebGL && module._mlroi_revision() !== settledRevision && ++waits < 25) return settle();
          waits = 0;
          updateText(true);
        }, SETTLE_MS);
      }
      module.onRevision = settle;
      var twin = !noWebGL && mlroiTwin(module, stage, text, prefix, "Is a master's in machine learning worth it for you? An interactive calculator.", call);
      if (twin) {
        module.onRevision = function () { settle(); twin.refresh(); };
        module.onLayout = twin.place;
      }
      widgets.push({
        still: function () {
          if (!started || noWebGL || shown) return;
          var dark = module.mlroiPrefersDark;
          module.mlroiPrefersDark = false; // print is black on white
          try {
            module._mlroi_draw_now();
            still.width = canvas.width;
            still.height = canvas.height;
            still.getContext("2d").drawImage(canvas, 0, 0);
          } finally {
            module.mlroiPrefersDark = dark;
            module._mlroi_platform_wake();
          }
        },
      });

      // Internals for tests and the benchmark, in the test build only (its module exports the
      // hooks of web/platform/test_hooks.cpp); not part of the hook.
      if (module._mlroi_item_rect) Object.defineProperty(host, "mlroiInternals", {
        value: {
          module: module,
          canvas: canvas,
          autoHeight: autoHeight,
          itemRect: function (key) { return JSON.parse(call(module, "mlroi_item_rect", key)); },
          inspect: function () { return JSON.parse(call(module, "mlroi_inspect")); },
          scrollTo: function (panel) { withText(module, String(panel), module._mlroi_scroll_to); },
          frames: function () { return module._mlroi_frame_count(); },
          benchAnalysis: function (runs) { return module._mlroi_bench_analysis(runs); },
        },
      });
      // The start, each over the last: data-scenario; a page saved from a widget carries the
      // reader's scenario in its text version; with data-remember, the reader's last scenario;
      // a link's (#mlroi=v2..., or ?s= in embed.html). A bad data-scenario or saved scenario
      // is a warning, a bad link a notice: the widget goes on from what it had, and draws.
      defaults = api.getScenario();
      var start = options.scenario || host.getAttribute("data-scenario");
      if (start) {
        var errors = typeof start === "string" ? setScenarioText(start) : api.setScenario(start);
        if (errors.length) console.warn("mlroi: data-scenario not applied, defaults kept:", JSON.stringify(errors));
      }
      if (savedScenario && setScenarioText(savedScenario).length) console.warn("mlroi: the saved page's scenario was not applied");
      var linked = entry(location.hash, names);
      if (linked === null && host.hasAttribute("data-frame")) linked = entry(location.search, ["s"]);
      var kept = linked === null && host.hasAttribute("data-remember") && remembered(storeKey);
      if (kept && applyToken(api, defaults, kept).length) remember(storeKey, "");
      var openLink = function (token) {
        var problems = applyToken(api, defaults, token);
        if (!problems.length) return;
        notice(stage, "The scenario in this link could not be opened, so the calculator shows its usual figures. Why: " + problemText(problems) + ".");
        console.warn("mlroi: link not applied:", JSON.stringify(problems));
      };
      if (linked !== null) openLink(linked);
      // A link to this same page opened later (only the fragment changes: no reload).
      window.addEventListener("hashchange", function () {
        var token = entry(location.hash, names);
        if (token !== null && token !== linked) openLink(linked = token);
      });
      if (host.hasAttribute("data-frame")) postHeight();
      // mlroi-change: a moment after each settled change (nothing held) that the reader made.
      var changeTimer = 0;
      seen = call(module, "mlroi_get_scenario");
      module.onSettled = function (revision) {
        settledRevision = revision;
        clearTimeout(changeTimer);
        changeTimer = setTimeout(function () {
          if (module._mlroi_revision() !== revision) return; // changing again: a later settle
          var now = call(module, "mlroi_get_scenario");
          if (now === seen) return;
          seen = now;
          var diff = difference(JSON.parse(now), defaults) || {};
          if (host.hasAttribute("data-remember")) remember(storeKey, Object.keys(diff).length ? linkToken(diff, {}) : "");
          host.dispatchEvent(new CustomEvent("mlroi-change", { detail: { difference: diff, headline: figures(api.getResults()), link: api.getShareLink() } }));
        }, 250);
      };
      updateText(false);
      if (noWebGL) plainFields(api);
      host.mlroi = api;
      host.dispatchEvent(new CustomEvent("mlroi-ready"));
      resolveReady(api);
    }, fail);

    // Without WebGL: the main inputs as HTML fields, through setScenario.
    function plainFields(api) {
      plain("The interactive charts need WebGL 2, which this browser does not offer or has turned off. " +
        "These fields set the main inputs; the results below follow them.");
      var form = part("form", "mlroi-form", "display:none");
      form.addEventListener("submit", function (e) { e.preventDefault(); });
      var scenario = api.getScenario();
      PLAIN_FIELDS.forEach(function (f, k) {
        var id = prefix + "-field-" + k, label = document.createElement("label"), input = document.createElement("input");
        var error = document.createElement("span");
        label.htmlFor = id;
        label.textContent = f[1];
        input.id = id;
        input.type = "text";
        input.inputMode = "decimal";
        input.setAttribute("data-path", f[0]);
        var v = valueAt(scenario, f[0]);
        input.value = v == null ? "" : String(v);
        error.id = id + "-error";
        error.className = "mlroi-error";
        input.setAttribute("aria-describedby", error.id);
        input.addEventListener("change", function () {
          var raw = input.value.replace(/[\s,$]/g, ""), value = raw === "" && f[2] ? null : raw === "" ? "" : Number(raw);
          if (typeof value === "number" && !isFinite(value)) value = input.value;
          var errors = api.setScenario(patchFor(f[0], value));
          error.textContent = errors.map(function (e) { return e.message; }).join("; ");
          if (errors.length) input.setAttribute("aria-invalid", "true"); else input.removeAttribute("aria-invalid");
        });
        form.appendChild(label);
        form.appendChild(input);
        form.appendChild(error);
      });
      stage.insertBefore(form, text);
    }
    return host.mlroiReady;
  }

  function mountAll() {
    var hosts = document.querySelectorAll("[data-mlroi]");
    for (var i = 0; i < hosts.length; ++i) mount(hosts[i]);
  }

  window.MlroiWidget = { mount: mount, mountAll: mountAll };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", mountAll);
  else mountAll();
})();
