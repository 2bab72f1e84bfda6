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
// fragment (#mlroi=v2...) and, with data-remember, the reader's last scenario come first.
// data-height="auto" (or no height at all) makes it as tall as its content; a height in CSS
// (or data-height="600") keeps it that tall, scrolling inside. The element fires "mlroi-ready"
// when the hook is in place and "mlroi-change" after each settled change the reader makes.
(function () {
  "use strict";
  if (typeof window === "undefined") return;
  var factory = createMlroiModule;

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
  // This widget's names in a fragment, the one it writes first.
  function linkNames(host, index) {
    var names = [];
    if (host.id) names.push("mlroi-" + host.id);
    if (index > 0) names.push("mlroi-" + index);
    if (index <= 0) names.push("mlroi");
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

  // [SECTION] Messages over the widget: a notice (a link that could not be opened), a bubble
  // (Copy link). Plain DOM, so screen readers hear them (role=status).
  var dark = function () { return window.matchMedia && matchMedia("(prefers-color-scheme: dark)").matches; };
  function box(host, css) {
    var b = document.createElement("div");
    b.setAttribute("role", "status");
    b.style.cssText = "position:absolute;z-index:3;box-sizing:border-box;padding:8px 12px;border-radius:4px;" +
      "font:14px/1.4 system-ui,sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.25);" +
      (dark() ? "background:#2b2f36;color:#e8eaed;border:1px solid #5f6670;" : "background:#fff;color:#1c1e21;border:1px solid #aab0b8;") + css;
    host.appendChild(b);
    return b;
  }
  function notice(host, text) {
    var b = box(host, "left:8px;right:8px;top:8px;padding-right:40px");
    b.className = "mlroi-notice";
    b.textContent = text;
    var x = document.createElement("button");
    x.type = "button";
    x.textContent = "\u00d7";
    x.setAttribute("aria-label", "Dismiss");
    x.style.cssText = "position:absolute;right:6px;top:6px;font:18px/1 system-ui,sans-serif;background:none;border:0;color:inherit;cursor:pointer;padding:2px 6px";
    x.addEventListener("click", function () { b.remove(); });
    b.appendChild(x);
  }
  // Copies `link`; says so in a bubble under the button (x, y, w, h: CSS px in the canvas), or
  // where the clipboard is refused shows the link selected, to copy by hand.
  function copyLink(host, canvas, link, x, y, w, h) {
    var place = "top:" + (canvas.offsetTop + y + h + 4) + "px;right:" + Math.max(4, host.clientWidth - canvas.offsetLeft - x - w) + "px;";
    var shown = function (copied) {
      var old = host.querySelector(".mlroi-copied");
      if (old) old.remove();
      var b = box(host, place + "max-width:calc(100% - 8px)");
      b.className = "mlroi-copied";
      b.setAttribute("data-link", link);
      if (copied) {
        b.textContent = "Link copied";
        setTimeout(function () { b.remove(); }, 2500);
        return;
      }
      b.textContent = "Copy this link: ";
      var field = document.createElement("input");
      field.readOnly = true;
      field.value = link;
      field.setAttribute("aria-label", "Link to this scenario");
      field.style.cssText = "font:inherit;width:16em;max-width:100%";
      field.addEventListener("blur", function () { b.remove(); });
      field.addEventListener("keydown", function (e) { if (e.key === "Escape" || e.key === "Enter") { b.remove(); canvas.focus(); } });
      b.appendChild(field);
      field.focus();
      field.select();
    };
    try { navigator.clipboard.writeText(link).then(function () { shown(true); }, function () { shown(false); }); } catch (e) { shown(false); }
  }

  // [SECTION] The reader's changes: mlroi-change once each settles, data-remember
  function headline(r) {
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

  function mount(host, options) {
    if (host.mlroiReady) return host.mlroiReady;
    options = options || {};
    var canvas = document.createElement("canvas");
    canvas.tabIndex = 0;
    canvas.setAttribute("role", "application");
    canvas.setAttribute("aria-label", "Is a master's in machine learning worth it for you? An interactive calculator.");
    canvas.style.cssText = "display:block;width:100%;height:100%;outline:none;" +
      "touch-action:pan-y pinch-zoom;user-select:none;-webkit-user-select:none;-webkit-tap-highlight-color:transparent";
    canvas.addEventListener("contextmenu", function (e) { e.preventDefault(); });
    // Height: a number (option or data-height) keeps the widget that tall; "auto", or no
    // height from the page at all, makes it as tall as its content.
    var asked = options.height || host.getAttribute("data-height");
    var fixed = asked && asked !== "auto" ? parseFloat(asked) : 0;
    if (fixed > 0) host.style.height = fixed + "px";
    var autoHeight = !(fixed > 0) && (asked === "auto" || (!host.style.height && host.clientHeight < 100));
    if (autoHeight) host.style.height = "720px"; // until the content is measured
    host.appendChild(canvas);
    var index = Array.prototype.indexOf.call(document.querySelectorAll("[data-mlroi]"), host);
    var names = linkNames(host, index), storeKey = "mlroi:" + location.pathname + ":" + names[0];
    var api, defaults, changeTimer = 0;

    var resolveReady, rejectReady;
    host.mlroiReady = new Promise(function (resolve, reject) { resolveReady = resolve; rejectReady = reject; });
    var moduleArgs = {
      canvas: canvas,
      mlroiAutoHeight: autoHeight,
      onCopyLink: function (x, y, w, h) { if (api) copyLink(host, canvas, api.getShareLink(), x, y, w, h); },
      // After a change the reader made settles (nothing held): once more changes stop.
      onScenarioChange: function () {
        clearTimeout(changeTimer);
        changeTimer = setTimeout(function () {
          try {
            var diff = difference(api.getScenario(), defaults) || {};
            if (host.hasAttribute("data-remember")) remember(storeKey, Object.keys(diff).length ? linkToken(diff, {}) : "");
            host.dispatchEvent(new CustomEvent("mlroi-change", { detail: { difference: diff, headline: headline(api.getResults()), link: api.getShareLink() } }));
          } catch (e) { console.error("mlroi: mlroi-change:", e); }
        }, 250);
      },
      onRuntimeInitialized: function () { host.mlroiRuntimeReady = performance.now(); },
      onFirstFrame: function () {
        host.mlroiFirstFrame = performance.now();
        host.dispatchEvent(new CustomEvent("mlroi-first-frame"));
      },
      onInitError: function (message) {
        host.textContent = "This calculator needs WebGL 2, which this browser does not offer.";
        rejectReady(new Error(message));
      },
    };
    if (options.locateFile) moduleArgs.locateFile = options.locateFile;
    factory(moduleArgs).then(function (module) {
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
          return JSON.parse(call(module, "mlroi_set_scenario", text));
        } catch (e) {
          return [{ path: "", message: "could not be applied: " + thrown(e) }];
        }
      }
      Object.freeze(api);
      // Internals for tests and the benchmark; not part of the hook.
      Object.defineProperty(host, "mlroiInternals", {
        value: {
          module: module,
          canvas: canvas,
          itemRect: function (key) { return JSON.parse(call(module, "mlroi_item_rect", key)); },
          inspect: function () { return JSON.parse(call(module, "mlroi_inspect")); },
          scrollTo: function (panel) { withText(module, String(panel), module._mlroi_scroll_to); },
          frames: function () { return module._mlroi_frame_count(); },
          benchAnalysis: function (runs) { return module._mlroi_bench_analysis(runs); },
        },
      });
      defaults = api.getScenario();
      // The start: a link's scenario, else (data-remember) the reader's last one, else
      // data-scenario. A bad link is a notice, a bad data-scenario a warning: the widget
      // starts as if it were not there, and draws.
      var linked = entry(location.hash, names), problems = [];
      if (linked === null && host.hasAttribute("data-frame")) linked = entry(location.search, ["s"]);
      if (linked !== null && (problems = applyToken(api, defaults, linked)).length) {
        notice(host, "The scenario in this link could not be opened, so the calculator shows its usual figures. Why: " + problemText(problems) + ".");
        console.warn("mlroi: link not applied, usual start kept:", JSON.stringify(problems));
      }
      var kept = linked === null && host.hasAttribute("data-remember") && remembered(storeKey);
      if (kept && applyToken(api, defaults, kept).length) { remember(storeKey, ""); kept = null; }
      var start = options.scenario || host.getAttribute("data-scenario");
      if (start && (linked === null || problems.length) && !kept) {
        var errors = typeof start === "string" ? setScenarioText(start) : api.setScenario(start);
        if (errors.length) console.warn("mlroi: data-scenario not applied, defaults kept:", JSON.stringify(errors));
      }
      // A link to this same page opened later (only the fragment changes: no reload).
      window.addEventListener("hashchange", function () {
        var token = entry(location.hash, names);
        if (token === null || token === linked) return;
        linked = token;
        var found = applyToken(api, defaults, token);
        if (found.length) notice(host, "The scenario in this link could not be opened, so the calculator keeps its figures. Why: " + problemText(found) + ".");
      });
      if (host.hasAttribute("data-frame")) postHeight();
      host.mlroi = api;
      host.dispatchEvent(new CustomEvent("mlroi-ready"));
      resolveReady(api);
    }, function (error) { rejectReady(error); });
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
