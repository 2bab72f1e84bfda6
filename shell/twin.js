// twin.js: the widget's DOM twin, the page's half (web/twin.hpp is the C++ half); the
// Makefile puts it in one scope with embed.js, which calls mlroiTwin once per widget.
// One real, labelled element per control and panel, in reading order, each placed over the
// item it stands for (content coordinates, from mlroi_twin_layout when the layout changes),
// invisible (opacity 0) and deaf to the mouse (pointer-events none): the canvas draws, the
// twin is what Tab, screen readers and touch exploration find. Sliders are <input
// type=range> with the field's range and step and a spoken value; choices radio groups;
// prerequisites and constraints checkboxes; presets <select>; sections and panels buttons
// with aria-expanded. A change goes to the core through mlroi_twin_set, as the canvas's own;
// a refusal sets aria-invalid and describes the element by the core's message. The canvas's
// changes come back on each revision (refresh). The focused element's item gets the
// canvas's focus ring (mlroi_twin_focus), and no key scrolls the page while a twin element
// has focus.
var TWIN_CSS =
  ".mlroi-twin{display:block!important;position:absolute;left:0;top:0;width:100%;height:100%;" +
  "overflow:clip;opacity:0;pointer-events:none}" +
  ".mlroi-twin .mlroi-at{position:absolute;margin:0;padding:0;box-sizing:border-box;min-width:0;min-height:0}" +
  ".mlroi-twin [hidden]{display:none!important}" +
  ".mlroi-covered .mlroi-twin{display:none!important}" +
  "@media print{.mlroi-twin{display:none!important}}";

function mlroiTwin(module, stage, text, prefix, label, call) {
  if (!module._mlroi_twin_fields) return null;
  var fields = JSON.parse(call(module, "mlroi_twin_fields"));
  var layer = document.createElement("div"), byKey = {}, controls = [], state = {}, n = 0;
  layer.setAttribute("data-mlroi-part", "");
  layer.className = "mlroi-twin";
  layer.style.cssText = "display:none"; // the loader's sheet shows it
  layer.setAttribute("role", "group");
  layer.setAttribute("aria-label", label);
  var make = function (tag, parent, key) {
    var el = document.createElement(tag);
    if (key) { el.className = "mlroi-at"; el.setAttribute("data-key", key); byKey[key] = el; }
    (parent || layer).appendChild(el);
    return el;
  };
  var named = function (el, name) { el.setAttribute("aria-label", name); return el; };
  // Writes only what changed: a screen reader hears of every attribute set.
  var attr = function (el, name, value) { if (el.getAttribute(name) !== value) el.setAttribute(name, value); };
  var button = function (key, name) { var b = make("button", null, key); b.type = "button"; b.textContent = name; return b; };
  var set = function (f, value) {
    var message = call(module, "mlroi_twin_set", f.id + "=" + value);
    refresh();
    return message;
  };
  // A control's refusal: aria-invalid on `targets`, described by the core's message.
  var problem = function (parent, targets) {
    var note = make("span", parent), shown = "";
    note.id = prefix + "-twin-note-" + n++;
    return function (message) {
      if ((message || "") === shown) return;
      note.textContent = shown = message || "";
      targets().forEach(function (el) {
        if (message) { el.setAttribute("aria-invalid", "true"); el.setAttribute("aria-describedby", note.id); el.setAttribute("aria-errormessage", note.id); }
        else ["aria-invalid", "aria-describedby", "aria-errormessage"].forEach(function (a) { el.removeAttribute(a); });
      });
    };
  };

  fields.forEach(function (f) {
    var c = { f: f };
    if (f.kind === "region") {
      var region = named(make("div", null, f.key), f.label);
      region.tabIndex = 0;
      region.setAttribute("role", "group");
      var p = make("p", region);
      c.update = function (s) { if (p.textContent !== s.t) p.textContent = s.t; };
    } else if (f.kind === "section" || f.kind === "panel") {
      var b = button(f.key, f.label);
      b.setAttribute("aria-expanded", "false");
      var details = f.text && document.getElementById(prefix + "-" + f.text + "-section");
      if (details) b.setAttribute("aria-details", details.id);
      b.addEventListener("click", function () { set(f, "toggle"); });
      c.place = function (layout) { attr(b, "aria-expanded", String(layout.o[f.key] === true)); };
    } else if (f.kind === "range") {
      var input = named(make("input", null, f.key), f.label);
      input.type = "range";
      input.min = f.min;
      input.max = f.max;
      input.step = f.step;
      var invalid = problem(null, function () { return [input]; });
      var apply = function (value) { invalid(set(f, value)); };
      input.addEventListener("input", function () { apply(input.value); });
      // The slider pattern's keys, from the value the analysis uses (which may sit between
      // the slider's steps): arrows one step, Page Up/Down ten, Home/End the ends.
      input.addEventListener("keydown", function (e) {
        var v = Number(state[f.id] && state[f.id].v), k = e.key, d = 0;
        if (k === "ArrowRight" || k === "ArrowUp") d = f.step;
        else if (k === "ArrowLeft" || k === "ArrowDown") d = -f.step;
        else if (k === "PageUp") d = 10 * f.step;
        else if (k === "PageDown") d = -10 * f.step;
        else if (k !== "Home" && k !== "End") return;
        e.preventDefault();
        var next = k === "Home" ? f.min : k === "End" ? f.max : v + d;
        if ((d > 0 && v >= f.max) || (d < 0 && v <= f.min)) return;
        next = Number(Math.min(f.max, Math.max(f.min, next)).toFixed(6));
        if (next !== v) apply(String(next));
      });
      c.update = function (s) {
        if (c.v !== s.v) input.value = c.v = s.v;
        attr(input, "aria-valuenow", String(s.v)); // exact: the input's own value keeps to its steps
        attr(input, "aria-valuetext", s.t);
        invalid(s.e);
      };
    } else if (f.kind === "evidence") {
      var use = named(button(f.key, "Use evidence"), f.label);
      use.addEventListener("click", function () { set(f, "null"); });
      use.mlroiShown = false;
      c.update = function (s) { use.mlroiShown = s.ev === false; };
      c.of = f.id.slice(9); // its slider's state
    } else if (f.kind === "choice" || f.kind === "check") {
      var group = named(make("div"), f.label), boxes = [];
      group.setAttribute("role", f.kind === "choice" ? "radiogroup" : "group");
      f.options.forEach(function (o) {
        var box = named(make("input", group, f.key + "=" + o.key), o.label);
        box.type = f.kind === "choice" ? "radio" : "checkbox";
        if (f.kind === "choice") box.name = prefix + "-twin-" + f.id;
        box.value = o.key;
        box.addEventListener("change", function () { mark(set(f, o.key)); });
        boxes.push(box);
      });
      var mark = problem(group, function () { return f.kind === "choice" ? [group] : boxes; });
      c.update = function (s) {
        boxes.forEach(function (box) {
          var on = f.kind === "choice" ? s.v === box.value : s.v.indexOf(box.value) >= 0;
          if (box.checked !== on) box.checked = on;
        });
        mark(s.e);
      };
      c.place = function () { group.hidden = boxes.every(function (box) { return box.hidden; }); };
    } else if (f.kind === "select") {
      var select = named(make("select", null, f.key), f.label);
      var custom = make("option", select);
      custom.value = "";
      custom.textContent = "Custom";
      f.options.forEach(function (o) { var opt = make("option", select); opt.value = o.key; opt.textContent = o.label; });
      var wrong = problem(null, function () { return [select]; });
      select.addEventListener("change", function () { if (select.value) wrong(set(f, select.value)); });
      c.update = function (s) { if (select.value !== s.v) select.value = s.v; custom.hidden = !!s.v; wrong(s.e); };
    }
    controls.push(c);
  });

  // [SECTION] In step with the widget
  var seen = "";
  function refresh() {
    var now = call(module, "mlroi_twin_state");
    if (now === seen) return;
    state = JSON.parse(seen = now);
    controls.forEach(function (c) {
      var s = state[c.of || c.f.id];
      if (c.update && s) c.update(s);
    });
    place();
  }
  var layout = { r: {}, o: {} }, H = 0, W = 0;
  function place(fresh) {
    if (fresh) {
      layout = JSON.parse(call(module, "mlroi_twin_layout"));
      H = layer.clientHeight || 1e9; // 0: hidden, not measured
      W = layer.clientWidth || 1e9;
    }
    // Kept inside the stage: an item scrolled out of a fixed-height widget's column sits at
    // its edge (focus then scrolls the column, not the element's overflow-hidden ancestors).
    Object.keys(byKey).forEach(function (key) {
      var el = byKey[key], r = layout.r[key];
      var show = !!r && el.mlroiShown !== false; // "Use evidence" only for the reader's own figure
      if (el.hidden !== !show) el.hidden = !show;
      if (!show) return;
      var w = Math.min(r[2], W), h = Math.min(r[3], H);
      var css = "left:" + Math.max(0, Math.min(r[0], W - w)) + "px;top:" + Math.max(0, Math.min(r[1], H - h)) +
        "px;width:" + w + "px;height:" + h + "px";
      if (el.mlroiCss !== css) el.style.cssText = el.mlroiCss = css; // only what moved
    });
    controls.forEach(function (c) {
      if (c.place) c.place(layout);
    });
  }

  // [SECTION] Focus and keys
  var focus = function (key) { call(module, "mlroi_twin_focus", key); };
  layer.addEventListener("focusin", function (e) { focus(e.target.getAttribute("data-key") || ""); });
  layer.addEventListener("focusout", function (e) { if (!layer.contains(e.relatedTarget)) focus(""); });
  // Keys that would scroll the page: a slider takes them (above), radios and selects move
  // their choice, Space presses a button or ticks a box; elsewhere they do nothing.
  layer.addEventListener("keydown", function (e) {
    var t = e.target, k = e.key;
    if (e.altKey || e.ctrlKey || e.metaKey || !/^(Arrow(Up|Down|Left|Right)|Page(Up|Down)|Home|End| )$/.test(k)) return;
    if (t.type === "radio" || t.tagName === "SELECT" || (k === " " && (t.tagName === "BUTTON" || t.type === "checkbox"))) return;
    e.preventDefault();
  });

  stage.insertBefore(layer, text);
  place(true);
  refresh();
  return { refresh: refresh, place: function () { place(true); } };
}
