// mlroi embed loader, appended to mlroi.js (emcc --extern-post-js). It finds every element
// with a data-mlroi attribute (or takes one from MlroiWidget.mount), puts a canvas in it,
// starts one WebAssembly instance per element (MODULARIZE: each has its own memory), and
// gives the element its JS hook:
//   element.mlroi.getScenario()          the scenario, shaped like `mlroi defaults`
//   element.mlroi.setScenario(partial)   overlays a partial scenario; returns the errors
//                                        ([{path, message}], empty when applied); never throws
//   element.mlroi.getResults()           the results, shaped like `mlroi analyze`
// data-scenario='{"program": {...}}' on the element sets its starting scenario.
// The element fires "mlroi-ready" when the hook is in place.
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
    if (!host.style.height && host.clientHeight < 100) host.style.height = (options.height || 720) + "px";
    host.appendChild(canvas);

    var resolveReady, rejectReady;
    host.mlroiReady = new Promise(function (resolve, reject) { resolveReady = resolve; rejectReady = reject; });
    var moduleArgs = {
      canvas: canvas,
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
      var api = {
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
      // A bad starting scenario is a warning: the widget keeps its defaults and draws.
      var start = options.scenario || host.getAttribute("data-scenario");
      if (start) {
        var errors = typeof start === "string" ? setScenarioText(start) : api.setScenario(start);
        if (errors.length) console.warn("mlroi: data-scenario not applied, defaults kept:", JSON.stringify(errors));
      }
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
