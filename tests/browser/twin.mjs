// Browser tests of the DOM twin and the keyboard (issue 9, items 2 and 3), run from run.mjs
// with its helpers: real key presses from the top of the demo page (Tab in, one arrow step on
// the tuition, Online chosen in its radio group, the federal rate, every result panel, Tab
// out); the accessibility tree (the headline and key figures, every slider with its label and
// spoken value); the live region after a keyboard change; a refusal through the keyboard;
// canvas -> twin; no page scroll from the widget's keys; the focus ring in a screenshot.
// Expected values: the CLI's (build/mlroi analyze, html) for the scenario reached, the field
// table's steps (100 dollars, 0.01 points), and the core's refusal as the CLI words it.
import { execFileSync } from "node:child_process";
import path from "node:path";
import { build, waitReady, dragSlider, settle, api } from "./lib.mjs";

const cli = path.join(build, "mlroi");
// The CLI's problem for a scenario it refuses (stderr), or "".
const cliProblem = (scenario, field) => {
  try { execFileSync(cli, ["analyze", "-"], { input: JSON.stringify(scenario), stdio: ["pipe", "pipe", "pipe"] }); return ""; }
  catch (e) { const line = e.stderr.toString().split("\n").find((l) => l.startsWith(`error: ${field}: `)); return line ? line.slice(`error: ${field}: `.length) : ""; }
};
const money = (n) => "$" + Math.round(n).toLocaleString("en-US");

export async function twinTests({ browser, server, check, test, watch, canonical, cliAnalyze }) {
  // What has the page's focus: its twin key, whether it is in the widget, its id.
  const active = (p) => p.evaluate(() => {
    const a = document.activeElement;
    return { key: a && a.getAttribute("data-key"), twin: !!(a && a.closest(".mlroi-twin")), id: a && a.id, tag: a && a.tagName };
  });
  // Presses Tab until the focus is on `key` (or `test(key)`); the stops, in order.
  async function tabTo(p, want, stops, max = 90) {
    for (let i = 0; i < max; ++i) {
      await p.keyboard.press("Tab");
      const a = await active(p);
      stops.push(a);
      if (typeof want === "function" ? want(a) : a.key === want) return a;
    }
    return null;
  }
  const scenario = (p) => api(p, (m) => m.getScenario());

  await test("keyboard only: Tab in, tuition by one step, Online, the federal rate, every result panel, Tab out", async () => {
    const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const p = await ctx.newPage();
    watch(p, "keyboard");
    await p.goto(server.url + "/");
    await waitReady(p);
    await p.waitForFunction(() => document.querySelector("[data-mlroi] [data-key='panel.alternatives']") && !document.querySelector("[data-mlroi] [data-key='panel.alternatives']").hidden, null, { timeout: 10000 });
    const stops = [];
    const first = await tabTo(p, (a) => a.twin, stops, 10);
    check("Tab from the top of the page enters the widget at the verdict", first && first.key === "verdict", JSON.stringify(stops));
    // Tuition: one arrow step.
    const s0 = await scenario(p);
    const tuition = await tabTo(p, "program.tuition_per_year", stops);
    check("Tab reaches the tuition slider", !!tuition, JSON.stringify(stops.slice(-5)));
    let y0 = await p.evaluate(() => scrollY);
    await p.keyboard.press("ArrowRight");
    const s1 = await scenario(p);
    check("ArrowRight on tuition: one step of $100 up", s1.program.tuition_per_year === s0.program.tuition_per_year + 100, `${s0.program.tuition_per_year} -> ${s1.program.tuition_per_year}`);
    check("and the results are the CLI's for that scenario", canonical(await api(p, (m) => m.getResults())) === canonical(cliAnalyze(s1)));
    check("the arrow did not scroll the page", (await p.evaluate(() => scrollY)) === y0);
    const valuetext = await p.getAttribute("[data-key='program.tuition_per_year']", "aria-valuetext");
    check("the slider speaks its new value", valuetext === money(s1.program.tuition_per_year) + " a year", valuetext);
    const headline = JSON.parse(cliAnalyze(s1)).verdict.headline;
    const spoken = await p.waitForFunction((t) => document.querySelector("[data-mlroi] .mlroi-live").textContent === t, headline, { timeout: 5000 }).then(() => true, () => false);
    check("after the keyboard change the live region says the CLI's new headline", spoken, await p.textContent("[data-mlroi] .mlroi-live"));

    // The focus ring: the canvas with the tuition focused against the canvas without.
    await settle(p);
    const canvas = p.locator("[data-mlroi] canvas.mlroi-canvas");
    const withRing = (await canvas.screenshot()).toString("base64");
    const rect = await p.evaluate(() => document.querySelector("[data-mlroi]").mlroiInternals.itemRect("program.tuition_per_year"));
    await p.evaluate(() => document.activeElement.blur());
    await settle(p);
    const without = (await canvas.screenshot()).toString("base64");
    const diff = await p.evaluate(async ([a, b, r]) => {
      const load = (src) => new Promise((ok) => { const i = new Image(); i.onload = () => ok(i); i.src = "data:image/png;base64," + src; });
      const [ia, ib] = await Promise.all([load(a), load(b)]);
      const px = (img) => { const c = document.createElement("canvas"); c.width = img.width; c.height = img.height; const g = c.getContext("2d"); g.drawImage(img, 0, 0); return g.getImageData(0, 0, c.width, c.height).data; };
      const da = px(ia), db = px(ib), scale = ia.width / document.querySelector("[data-mlroi] canvas").getBoundingClientRect().width;
      let inside = 0, outside = 0;
      for (let y = 0; y < ia.height; ++y) for (let x = 0; x < ia.width; ++x) {
        const k = (y * ia.width + x) * 4;
        if (Math.abs(da[k] - db[k]) + Math.abs(da[k + 1] - db[k + 1]) + Math.abs(da[k + 2] - db[k + 2]) < 24) continue;
        const cx = x / scale, cy = y / scale, m = 8;
        if (cx >= r.x - m && cx <= r.x + r.w + m && cy >= r.y - m && cy <= r.y + r.h + m) inside++; else outside++;
      }
      return { inside, outside };
    }, [withRing, without, rect]);
    check("a screenshot with the tuition focused differs from one without around the tuition slider, and nowhere else", diff.inside > 50 && diff.outside === 0, JSON.stringify(diff));
    await p.focus("[data-key='program.tuition_per_year']");

    // Online: the radio group takes one Tab stop; arrows move the choice.
    const modality = await tabTo(p, (a) => /^program\.modality=/.test(a.key || ""), stops);
    check("Tab reaches the modality radio group at its chosen option", modality && modality.key === "program.modality=in_person", JSON.stringify(modality));
    y0 = await p.evaluate(() => scrollY);
    await p.keyboard.press("ArrowLeft");
    await p.keyboard.press("ArrowLeft");
    await p.keyboard.press("Space");
    const s2 = await scenario(p);
    check("two ArrowLefts choose Online, with its companions (no extra housing)", s2.program.modality === "online" && s2.program.extra_housing_per_month === 0, JSON.stringify(s2.program));
    check("the focus followed the choice", (await active(p)).key === "program.modality=online");
    check("and the results are the CLI's", canonical(await api(p, (m) => m.getResults())) === canonical(cliAnalyze(s2)));
    check("no page scroll from the arrows and Space", (await p.evaluate(() => scrollY)) === y0);

    // The federal rate: one step of 0.01 points.
    const rate = await tabTo(p, "financing.federal_rate", stops);
    check("Tab reaches the federal rate", !!rate);
    await p.keyboard.press("ArrowRight");
    const s3 = await scenario(p);
    check("ArrowRight on the federal rate: 7.94% -> 7.95%", Math.abs(s3.financing.federal_rate - (s2.financing.federal_rate + 0.0001)) < 1e-12, `${s2.financing.federal_rate} -> ${s3.financing.federal_rate}`);
    check("and the results are the CLI's for the scenario reached by keys", canonical(await api(p, (m) => m.getResults())) === canonical(cliAnalyze(s3)));

    // Every result panel, then out of the widget to the page's next control.
    const after = [];
    const out = await tabTo(p, (a) => !a.twin, after, 120);
    const panels = after.filter((a) => /^panel\./.test(a.key || "")).map((a) => a.key);
    const expected = ["cash", "odds", "costs", "loan", "tornado", "fit", "modalities", "alternatives", "method"].map((k) => "panel." + k);
    check(`Tab reaches every result panel in reading order (${panels.length} of 9)`, JSON.stringify(panels) === JSON.stringify(expected), JSON.stringify(panels));
    check("Tab past the last leaves the widget for the page's next control (no trap)", out && out.id === "note", JSON.stringify(out));
    const back = await p.keyboard.press("Shift+Tab").then(() => active(p));
    check("Shift+Tab comes back to the last panel", back.key === "panel.method", JSON.stringify(back));
    await ctx.close();
  });

  await test("twin: the accessibility tree holds the results and every control with its label and spoken value", async () => {
    const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const p = await ctx.newPage();
    watch(p, "twin tree");
    await p.goto(server.url + "/");
    await waitReady(p);
    await p.waitForFunction(() => { const b = document.querySelector("[data-mlroi] [data-key='panel.alternatives']"); return b && !b.hidden; }, null, { timeout: 10000 });
    await p.waitForTimeout(600);
    const cdp = await ctx.newCDPSession(p);
    const { nodes } = await cdp.send("Accessibility.getFullAXTree");
    const live = nodes.filter((n) => !n.ignored);
    const names = live.map((n) => n.name && n.name.value).filter(Boolean);
    const r = await api(p, (m) => m.getResults());
    const html = execFileSync(cli, ["html"]).toString();
    const dd = (term) => { const m = new RegExp("<dt>" + term + "[^<]*</dt><dd>([^<]*)</dd>").exec(html); return m && m[1].replace(/&#39;/g, "'"); };
    for (const [what, text] of [["the headline", r.verdict.headline], ["the expected NPV", dd("Expected NPV")], ["the break-even year", dd("Breaks even")], ["the monthly payment", dd("Monthly loan payment")]])
      check(`the accessibility tree holds ${what} (${text})`, !!text && names.includes(text), text);
    // Every shown slider is a tree node named by its label: the open sections' 22 (You 6,
    // Program 4, Financing 5, Outcome 7; "More costs and aid" and Assumptions start closed). (CDP's tree reports a slider's
    // value as a number and leaves aria-valuetext out of its "valuetext" property, even for
    // an ARIA slider; so the spoken value is read from the element behind each node.)
    const fields = await p.evaluate(() => [...document.querySelectorAll("[data-mlroi] .mlroi-twin input[type=range]")].filter((e) => !e.hidden).map((e) => e.getAttribute("aria-label")));
    const sliders = [];
    for (const n of live.filter((n) => n.role && n.role.value === "slider")) {
      const { node } = await cdp.send("DOM.describeNode", { backendNodeId: n.backendDOMNodeId });
      const a = node.attributes || [], text = a[a.indexOf("aria-valuetext") + 1];
      sliders.push({ name: n.name && n.name.value, now: n.value && n.value.value, text: a.includes("aria-valuetext") ? text : null });
    }
    const missing = fields.filter((label) => !sliders.some((s) => s.name === label && s.text));
    check(`every shown slider is in the tree with its label and a spoken value (${fields.length} of ${sliders.length})`, fields.length === 22 && fields.length === sliders.length && missing.length === 0, JSON.stringify(missing.slice(0, 3)));
    const spoken = (name) => sliders.find((s) => s.name === name) || {};
    const yardstick = r.inputs_used.find ? r.inputs_used.find((u) => u.path === "you.current_salary") : r.inputs_used["you.current_salary"];
    check("tuition says \"$27,776 a year\" (value 27776)", spoken("Tuition per year").text === "$27,776 a year" && spoken("Tuition per year").now === 27776, JSON.stringify(spoken("Tuition per year")));
    check("the federal rate says \"7.94%\"", spoken("Federal loan rate").text === "7.94%", JSON.stringify(spoken("Federal loan rate")));
    check("current pay says the evidence's figure and that it is the evidence's", spoken("Current pay").text === money(yardstick.value) + ", from the evidence", JSON.stringify([spoken("Current pay"), yardstick]));
    const roles = new Set(live.map((n) => n.role && n.role.value));
    check("and radio groups, checkboxes, a combo box and buttons", ["radiogroup", "radio", "checkbox", "combobox", "button"].every((k) => roles.has(k)), [...roles].join(","));
    const canvasNode = await p.evaluate(() => { const c = document.querySelector("[data-mlroi] canvas"); return [c.tabIndex, c.getAttribute("role")]; });
    check("the canvas is a named picture out of the Tab order (the twin holds the controls)", JSON.stringify(canvasNode) === '[-1,"img"]', JSON.stringify(canvasNode));
    const count = await p.evaluate(() => document.querySelectorAll("[data-mlroi] .mlroi-twin [data-key]:not([hidden])").length);
    console.log(`     (twin: ${count} focusable elements shown, ${live.length} accessibility nodes on the page)`);
    await ctx.close();
  });

  await test("twin: a value the core refuses sets aria-invalid and points to its message; canvas changes reach the twin", async () => {
    const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const p = await ctx.newPage();
    watch(p, "twin refusal");
    await p.goto(server.url + "/");
    await waitReady(p);
    // Eight years of study (End on Length), then five years counted (Home): refused.
    await p.focus("[data-key='program.years']");
    await p.keyboard.press("End");
    await p.focus("[data-key='you.horizon_years']");
    await p.keyboard.press("Home");
    const s = await scenario(p);
    const expected = cliProblem({ ...s, you: { ...s.you, horizon_years: 5 } }, "you.horizon_years");
    const got = await p.evaluate(() => {
      const e = document.querySelector("[data-key='you.horizon_years']"), id = e.getAttribute("aria-describedby");
      return { invalid: e.getAttribute("aria-invalid"), errormessage: e.getAttribute("aria-errormessage") === id, message: id && document.getElementById(id).textContent };
    });
    check("the core refuses 5 years counted after 8 of study (the CLI says why)", s.program.years === 8 && s.you.horizon_years === 30 && expected.length > 0, `${s.program.years} ${s.you.horizon_years} ${expected}`);
    check("the slider is aria-invalid and described by the core's message", got.invalid === "true" && got.errormessage && got.message === expected, JSON.stringify(got));
    await p.keyboard.press("End");
    const fixed = await p.evaluate(() => document.querySelector("[data-key='you.horizon_years']").getAttribute("aria-invalid"));
    check("an accepted value clears it", fixed === null && (await scenario(p)).you.horizon_years === 50, String(fixed));
    // The canvas drags, the twin follows.
    await p.evaluate(() => document.activeElement.blur());
    await dragSlider(p, "program.tuition_per_year", 60);
    const t = (await scenario(p)).program.tuition_per_year;
    const twin = await p.evaluate(() => { const e = document.querySelector("[data-key='program.tuition_per_year']"); return { value: Number(e.value), text: e.getAttribute("aria-valuetext") }; });
    check("a drag on the canvas moves the twin's slider and its spoken value", t !== 27776 && twin.value === t && twin.text === money(t) + " a year", `${t} ${JSON.stringify(twin)}`);
    // A section's header button: Enter closes it (its controls leave the Tab order), Space opens it.
    await p.focus("[data-key='section.Financing']");
    await p.keyboard.press("Enter");
    await settle(p);
    const closed = await p.evaluate(() => [document.querySelector("[data-key='section.Financing']").getAttribute("aria-expanded"), document.querySelector("[data-key='financing.federal_rate']").hidden]);
    await p.keyboard.press("Space");
    await settle(p);
    const opened = await p.evaluate(() => [document.querySelector("[data-key='section.Financing']").getAttribute("aria-expanded"), document.querySelector("[data-key='financing.federal_rate']").hidden]);
    check("Enter closes a section (aria-expanded, its sliders hidden) and Space opens it", JSON.stringify(closed) === '["false",true]' && JSON.stringify(opened) === '["true",false]', JSON.stringify([closed, opened]));
    await ctx.close();
  });
}
