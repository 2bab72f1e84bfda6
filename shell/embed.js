// mlroi embed loader, appended to mlroi.js (emcc --extern-post-js). It finds every element
// with a data-mlroi attribute (or takes one from MlroiWidget.mount), puts a canvas in it,
// starts one WebAssembly instance per element (MODULARIZE: each has its own memory), and
// gives the element its JS hook:
//   element.mlroi.getScenario()          the scenario, shaped like `mlroi defaults`
//   element.mlroi.setScenario(partial)   overlays a partial scenario; returns the errors
//                                        ([{path, message}], empty when applied)
//   element.mlroi.getResults()           the results, shaped like `mlroi analyze`
// data-scenario='{"program": {...}}' on the element sets its starting scenario.
// The element fires "mlroi-ready" when the hook is in place.
(function () {
  "use strict";
  if (typeof window === "undefined") return;
  var factory = createMlroiModule;

  function call(module, name, text) {
    if (text === undefined) return module.UTF8ToString(module["_" + name]());
    return module.UTF8ToString(module.ccall(name, "number", ["string"], [text]));
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
        setScenario: function (partial) {
          var text;
          try { text = JSON.stringify(partial); } catch (e) { text = undefined; }
          if (typeof text !== "string") return [{ path: "", message: "a scenario must be a JSON object" }];
          return JSON.parse(call(module, "mlroi_set_scenario", text));
        },
      };
      Object.freeze(api);
      // Internals for tests and the benchmark; not part of the hook.
      Object.defineProperty(host, "mlroiInternals", {
        value: {
          module: module,
          canvas: canvas,
          itemRect: function (key) { return JSON.parse(call(module, "mlroi_item_rect", key)); },
          inspect: function () { return JSON.parse(call(module, "mlroi_inspect")); },
          scrollTo: function (panel) { module.ccall("mlroi_scroll_to", null, ["string"], [panel]); },
          frames: function () { return module._mlroi_frame_count(); },
          benchAnalysis: function (runs) { return module._mlroi_bench_analysis(runs); },
        },
      });
      var start = options.scenario || host.getAttribute("data-scenario");
      if (start) {
        var errors;
        try { errors = api.setScenario(typeof start === "string" ? JSON.parse(start) : start); }
        catch (e) { errors = [{ path: "", message: "data-scenario is not valid JSON" }]; }
        if (errors.length) console.warn("mlroi: data-scenario not applied:", JSON.stringify(errors));
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
