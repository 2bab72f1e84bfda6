// Browser tests of the widget: headless Chromium (/usr/bin/chromium) driven by
// playwright-core against the built page (build/web/), the two-widget page and the offline
// file. Expected values are worked out independently: by hand, or by the native CLI
// (build/mlroi) on the same scenario. Prints "N passed, N failed"; exits 1 on any failure.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { pathToFileURL } from "node:url";
import { gzipSync } from "node:zlib";
import { root, build, web, serve, launch, countDrawCalls, waitReady, itemBox, dragSlider, clickItem, api,
  saveComplete, mhtmlHtml, axeSource } from "./lib.mjs";
import { pdfText } from "./pdf.mjs";
import { embeddingTests } from "./embedding.mjs";
import { twinTests } from "./twin.mjs";
import { lowVisionTests } from "./lowvision.mjs";

const shots = path.join(build, "screenshots");
mkdirSync(shots, { recursive: true });
const cli = path.join(build, "mlroi");
let passed = 0, failed = 0;
const started = Date.now();

function check(name, ok, detail = "") {
  if (ok) { passed++; console.log(`ok   ${name}`); }
  else { failed++; console.log(`FAIL ${name}${detail ? ": " + detail : ""}`); }
}
// MLROI_ONLY=regex runs only the tests whose names match (a quick loop while working).
const only = process.env.MLROI_ONLY ? new RegExp(process.env.MLROI_ONLY) : null;
async function test(name, fn) {
  if (only && !only.test(name)) return;
  try { await fn(); } catch (e) { check(name, false, e.stack || String(e)); }
}
// The CLI's answer for a complete scenario, as text (stdin).
const cliAnalyze = (scenario) => execFileSync(cli, ["analyze", "-"], { input: JSON.stringify(scenario) }).toString().trim();
const cliDefaults = () => JSON.parse(execFileSync(cli, ["defaults"]).toString());
// Both sides serialized the same way: parse, then JSON.stringify.
const canonical = (x) => JSON.stringify(typeof x === "string" ? JSON.parse(x) : x);
// `partial` over a copy of `base`, object by object.
const merge = (base, partial) => {
  const out = structuredClone(base);
  for (const [k, v] of Object.entries(partial)) out[k] = v && typeof v === "object" && !Array.isArray(v) ? merge(out[k] || {}, v) : v;
  return out;
};

// [SECTION] The download budget (issue 11): the one embed, gzipped, at most 300 KB.
{
  const embed = readFileSync(path.join(build, "web/mlroi.js"));
  const gz = gzipSync(embed, { level: 9 }).length;
  check(`the embed (mlroi.js, WebAssembly inside) is ${(gz / 1024).toFixed(1)} KB gzipped: within 300 KB`, gz <= 300 * 1024, `${gz} bytes`);
  check("and carries its WebAssembly (nothing fetched beside it)", !embed.includes("@@MLROI_WASM@@"));
  // The test hooks (web/platform/test_hooks.cpp) are exported by the test build only.
  const hook = '"_mlroi_bench_analysis"]';
  const testEmbed = readFileSync(path.join(web, "mlroi.js")).toString();
  check("the shipped embed exports no test hooks; the test build does", !embed.toString().includes(hook) && testEmbed.includes(hook));
}

const noise = /GPU stall due to ReadPixels|GL Driver Message|WebGL: too many errors/;
const consoleErrors = [];
function watch(page, label) {
  page.on("console", (m) => { if ((m.type() === "error" || m.type() === "warning") && !noise.test(m.text())) consoleErrors.push(`${label}: ${m.type()}: ${m.text()}`); });
  page.on("pageerror", (e) => consoleErrors.push(`${label}: pageerror: ${e.message}`));
}
const draws = (page, sel = "[data-mlroi]", i = 0) => page.evaluate(([s, k]) => document.querySelectorAll(s)[k].mlroiInternals.canvas.__draws || 0, [sel, i]);

const server = await serve({ "/": web, "/test/": path.join(root, "tests/browser/pages") });
const browser = await launch();
const defaults = cliDefaults();

try {
  // [SECTION] The served page
  const context = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  await context.addInitScript(countDrawCalls);
  const page = await context.newPage();
  watch(page, "index");
  await page.goto(server.url + "/");
  await test("loads and draws its first frame", async () => {
    await waitReady(page);
    const d = await draws(page);
    check("loads and draws its first frame (WebGL draw calls)", d > 0, `draw calls ${d}`);
    const c = await page.evaluate(() => { const c = document.querySelector("[data-mlroi] canvas"); return [c.width, c.clientWidth, devicePixelRatio]; });
    check("canvas is sized in device pixels", c[0] === Math.round(c[1] * c[2]), JSON.stringify(c));
  });

  await test("JS hook shapes", async () => {
    const s = await api(page, (m) => m.getScenario());
    check("getScenario() is `mlroi defaults`", canonical(s) === canonical(defaults));
    const r = await api(page, (m) => m.getResults());
    check("getResults() is `mlroi analyze` for the defaults", canonical(r) === canonical(cliAnalyze(defaults)));
    check("the hook has exactly four calls", JSON.stringify(await page.evaluate(() => Object.keys(document.querySelector("[data-mlroi]").mlroi).sort())) === '["getResults","getScenario","getShareLink","setScenario"]');
  });

  await test("setScenario validates through the core", async () => {
    const before = canonical(await api(page, (m) => m.getScenario()));
    const e1 = await api(page, (m) => m.setScenario({ program: { tuition_per_year: "abc" } }));
    check("a wrong type names the field", e1.length === 1 && e1[0].path === "program.tuition_per_year" && /finite number/.test(e1[0].message), JSON.stringify(e1));
    const e2 = await api(page, (m) => m.setScenario({ program: { tuition: 5 }, outcome: { role: "chef" } }));
    check("an unknown field is named", e2.length >= 1 && e2[0].path === "program.tuition" && /unknown/.test(e2[0].message), JSON.stringify(e2));
    const e3 = await api(page, (m) => m.setScenario("not an object"));
    check("a non-object is refused", e3.length === 1, JSON.stringify(e3));
    const e4 = await api(page, (m) => m.setScenario(undefined));
    check("undefined is refused without throwing", e4.length === 1, JSON.stringify(e4));
    check("nothing changed after refusals", canonical(await api(page, (m) => m.getScenario())) === before);
    const ok = await api(page, (m) => m.setScenario({ program: { tuition_per_year: 52000 } }));
    const r = await api(page, (m) => m.getResults());
    // Two years at $52,000 plus $1,000 a month of extra housing.
    check("a good partial applies", ok.length === 0 && Math.abs(r.cost.direct - (2 * 52000 + 24000)) < 1e-6, `${JSON.stringify(ok)} direct ${r.cost.direct}`);
    await api(page, (m, d) => m.setScenario(d), defaults);
  });

  await test("drag on the tuition slider changes getResults().npv", async () => {
    const before = await api(page, (m) => m.getResults());
    const tuitionBefore = (await api(page, (m) => m.getScenario())).program.tuition_per_year;
    const d0 = await draws(page);
    await dragSlider(page, "program.tuition_per_year", 60);
    const after = await api(page, (m) => m.getResults());
    const s = await api(page, (m) => m.getScenario());
    check("tuition went up when dragged right", s.program.tuition_per_year > tuitionBefore, `${tuitionBefore} -> ${s.program.tuition_per_year}`);
    check("npv changed (down: dearer)", after.npv < before.npv, `${before.npv} -> ${after.npv}`);
    check("results are the CLI's for the new scenario", canonical(after) === canonical(cliAnalyze(s)));
    check("frames drawn while dragging", (await draws(page)) - d0 > 8);
    await api(page, (m, d) => m.setScenario(d), defaults);
  });

  await test("loan-rate slider changes the monthly payment", async () => {
    const before = (await api(page, (m) => m.getResults())).loan.monthly_payment;
    await dragSlider(page, "financing.federal_rate", 50);
    const s = await api(page, (m) => m.getScenario());
    const after = (await api(page, (m) => m.getResults())).loan.monthly_payment;
    check("rate went up", s.financing.federal_rate > 0.0794, String(s.financing.federal_rate));
    check("monthly payment went up", after > before, `${before} -> ${after}`);
    check("monthly payment is the CLI's", after === JSON.parse(cliAnalyze(s)).loan.monthly_payment);
    await api(page, (m, d) => m.setScenario(d), defaults);
  });

  await test("modality online changes the cost breakdown", async () => {
    await page.waitForTimeout(100);
    await clickItem(page, "program.modality=online");
    const s = await api(page, (m) => m.getScenario());
    const r = await api(page, (m) => m.getResults());
    check("modality is online", s.program.modality === "online", s.program.modality);
    // No extra housing: only two years of tuition, $27,776 each.
    check("direct cost drops to tuition only ($55,552)", Math.abs(r.cost.direct - 55552) < 1e-6, String(r.cost.direct));
    await api(page, (m, d) => m.setScenario(d), defaults);
  });

  await test("a figure left to the evidence: a drag makes it yours, Use evidence puts it back", async () => {
    check("the defaults leave the current pay to the evidence", defaults.you.current_salary === null);
    await dragSlider(page, "you.current_salary", 40);
    let s = await api(page, (m) => m.getScenario());
    check("a drag sets the reader's own current pay", typeof s.you.current_salary === "number", String(s.you.current_salary));
    const r = await api(page, (m) => m.getResults());
    const used = r.inputs_used.find((u) => u.path === "you.current_salary");
    check("the results say it is the reader's own", used && used.from_evidence === false && used.value === s.you.current_salary, JSON.stringify(used));
    check("results are the CLI's for the reader's pay", canonical(r) === canonical(cliAnalyze(s)));
    await clickItem(page, "you.current_salary.evidence");
    s = await api(page, (m) => m.getScenario());
    check("Use evidence puts the field back to null", s.you.current_salary === null, String(s.you.current_salary));
    // NACE Summer 2021: computer and information sciences bachelor's, $80,477.
    const back = (await api(page, (m) => m.getResults())).inputs_used.find((u) => u.path === "you.current_salary");
    check("and the evidence fills it again ($80,477 for a STEM graduate)", back && back.from_evidence && back.value === 80477, JSON.stringify(back));
    await api(page, (m, d) => m.setScenario(d), defaults);
  });

  await test("You section and plan buttons", async () => {
    await clickItem(page, "you.background=other");
    await clickItem(page, "you.has=calculus");
    await clickItem(page, "financing.plan=rap");
    await clickItem(page, "you.tax_rate=flat");
    const s = await api(page, (m) => m.getScenario());
    check("background buttons set you.background", s.you.background === "other", s.you.background);
    check("a prerequisite checkbox removes it from you.has", JSON.stringify(s.you.has) === '["programming","linear_algebra","probability_statistics"]', JSON.stringify(s.you.has));
    check("the RAP button sets the plan", s.financing.plan === "rap", s.financing.plan);
    check("the flat-rate button sets a flat tax rate", typeof s.you.tax_rate === "number" && s.you.tax_rate > 0, String(s.you.tax_rate));
    const r = await api(page, (m) => m.getResults());
    // BLS OEWS mean wage, all occupations, $58,260; 55% for a career changer, 5 points off for
    // the missing prerequisite: 50%.
    const pay = r.inputs_used.find((u) => u.path === "you.current_salary");
    const placement = r.inputs_used.find((u) => u.path === "outcome.placement_probability");
    check("the evidence follows the background ($58,260)", pay && pay.value === 58260, JSON.stringify(pay));
    check("and the chance of the role (55% - 5 points)", placement && Math.abs(placement.value - 0.5) < 1e-12, JSON.stringify(placement));
    check("results are the CLI's", canonical(r) === canonical(cliAnalyze(s)));
    await api(page, (m, d) => m.setScenario(d), defaults);
  });

  await test("idle: no frame after 1 s without input", async () => {
    await page.mouse.move(5, 5); // off the widget
    await page.waitForTimeout(1000);
    const d0 = await draws(page);
    await page.waitForTimeout(2000);
    const d1 = await draws(page);
    check("no WebGL draw calls for 2 s after 1 s quiet", d1 === d0, `${d1 - d0} draw calls`);
  });

  await test("typed entry and keys only while focused", async () => {
    const b = await itemBox(page, "program.tuition_per_year");
    await page.mouse.dblclick(b.x + b.w / 2, b.y + b.h / 2);
    await page.waitForTimeout(150);
    await page.keyboard.press("Control+A");
    await page.keyboard.type("31234", { delay: 40 });
    await page.keyboard.press("Enter");
    // The platform applies one key change per frame, and a loaded machine draws frames
    // slowly (software WebGL): wait for the queue to drain rather than a fixed time.
    await page.waitForFunction(() => document.querySelector("[data-mlroi]").mlroi.getScenario().program.tuition_per_year === 31234, null, { timeout: 3000 }).catch(() => {});
    const t = (await api(page, (m) => m.getScenario())).program.tuition_per_year;
    check("double-click, type 31234, Enter sets the tuition", t === 31234, String(t));
    await api(page, (m, d) => m.setScenario(d), defaults);
  });

  await test("the host page keeps Backspace and Tab", async () => {
    const before = canonical(await api(page, (m) => m.getScenario()));
    await page.click("#note");
    await page.keyboard.type("abc");
    await page.keyboard.press("Backspace");
    const value = await page.inputValue("#note");
    check("Backspace edits the page's text field", value === "ab", value);
    await page.keyboard.press("Tab");
    const active = await page.evaluate(() => document.activeElement && document.activeElement.id);
    check("Tab moves to the page's next control", active === "after", String(active));
    check("the widget ignored the page's keys", canonical(await api(page, (m) => m.getScenario())) === before);
  });

  await test("wheel: the widget scrolls, then the page", async () => {
    await page.setViewportSize({ width: 360, height: 640 });
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.waitForTimeout(300);
    const box = await page.evaluate(() => { const r = document.querySelector("[data-mlroi]").getBoundingClientRect(); return { x: r.x, y: r.y, w: r.width, h: r.height }; });
    await page.evaluate((y) => window.scrollTo(0, y), box.y - 10);
    await page.waitForTimeout(200);
    const y0 = await page.evaluate(() => window.scrollY);
    await page.mouse.move(box.x + box.w / 2, 300);
    await page.mouse.wheel(0, 100);
    await page.waitForTimeout(150);
    const y1 = await page.evaluate(() => window.scrollY);
    check("a wheel over the scrollable widget scrolls the widget, not the page", y1 === y0, `${y0} -> ${y1}`);
    for (let i = 0; i < 80; ++i) { await page.mouse.wheel(0, 400); await page.waitForTimeout(15); }
    await page.waitForTimeout(200);
    const y2 = await page.evaluate(() => window.scrollY);
    check("at the widget's end the page scrolls", y2 > y1, `${y1} -> ${y2}`);
    await page.setViewportSize({ width: 1200, height: 900 });
    await page.evaluate(() => window.scrollTo(0, 0));
  });
  await context.close();

  // [SECTION] Screenshots, light and dark, and device-pixel ratio 2
  for (const [width, scheme, dpr] of [[360, "light", 1], [1200, "light", 1], [360, "dark", 2], [1200, "dark", 1]]) {
    await test(`screenshot ${width} ${scheme}`, async () => {
      const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme, deviceScaleFactor: dpr });
      const p = await ctx.newPage();
      watch(p, `shot-${width}-${scheme}`);
      await p.goto(server.url + "/");
      await waitReady(p);
      await p.waitForTimeout(300);
      const el = await p.$("[data-mlroi]");
      const file = path.join(shots, `widget-${width}${scheme === "dark" ? "-dark" : ""}${dpr > 1 ? "@2x" : ""}.png`);
      await el.screenshot({ path: file });
      // The theme follows prefers-color-scheme: sample the canvas's corner pixel.
      const png = (await el.screenshot()).toString("base64");
      const lum = await p.evaluate(async (b64) => {
        const img = new Image(); img.src = "data:image/png;base64," + b64; await img.decode();
        const c = document.createElement("canvas"); c.width = img.width; c.height = img.height;
        const g = c.getContext("2d"); g.drawImage(img, 0, 0);
        const [r, gg, b] = g.getImageData(Math.floor(img.width / 2), img.height - 8, 1, 1).data;
        return (r + gg + b) / 3;
      }, png);
      check(`screenshot ${path.relative(root, file)} (${scheme} background)`, scheme === "dark" ? lum < 60 : lum > 200, `luminance ${lum}`);
      if (dpr > 1) {
        const c = await p.evaluate(() => { const c = document.querySelector("[data-mlroi] canvas"); return [c.width, c.clientWidth]; });
        check("at devicePixelRatio 2 the canvas has twice the CSS pixels", c[0] === 2 * c[1], JSON.stringify(c));
      }
      await ctx.close();
    });
  }

  // [SECTION] Touch: tap a segment, drag a slider
  await test("touch", async () => {
    const ctx = await browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true, deviceScaleFactor: 2 });
    const p = await ctx.newPage();
    watch(p, "touch");
    await p.goto(server.url + "/");
    await waitReady(p);
    const b = await itemBox(p, "program.modality=online");
    await p.touchscreen.tap(b.x + b.w / 2, b.y + b.h / 2);
    // Waits for the frames that apply the tap (a loaded machine draws them late), at most 3 s.
    const scenarioIs = (fn) => p.waitForFunction(fn, null, { timeout: 3000 }).then(() => true, () => false);
    await scenarioIs(() => document.querySelector("[data-mlroi]").mlroi.getScenario().program.modality === "online");
    check("a tap on Online selects it", (await api(p, (m) => m.getScenario())).program.modality === "online");
    const s = await itemBox(p, "program.tuition_per_year");
    const cdp = await ctx.newCDPSession(p);
    const y = s.y + s.h / 2, x = s.x + s.w / 2;
    const touch = (type, tx) => cdp.send("Input.dispatchTouchEvent", { type, touchPoints: type === "touchEnd" ? [] : [{ x: tx, y }] });
    await touch("touchStart", x);
    for (let i = 1; i <= 8; ++i) { await touch("touchMove", x + 8 * i); await p.waitForTimeout(20); }
    await touch("touchEnd", x + 64);
    await scenarioIs(() => document.querySelector("[data-mlroi]").mlroi.getScenario().program.tuition_per_year > 27776);
    const t = (await api(p, (m) => m.getScenario())).program.tuition_per_year;
    check("a horizontal touch drag moves the tuition slider up", t > 27776, String(t));
    await ctx.close();
  });

  // [SECTION] Two widgets on one page
  await test("two widgets are independent", async () => {
    const ctx = await browser.newContext({ viewport: { width: 900, height: 700 } });
    await ctx.addInitScript(countDrawCalls);
    const p = await ctx.newPage();
    watch(p, "two");
    await p.goto(server.url + "/test/two.html");
    await waitReady(p, "[data-mlroi]", 0);
    await waitReady(p, "[data-mlroi]", 1);
    const bBefore = await api(p, (m) => m.getScenario(), null, "[data-mlroi]", 1);
    check("data-scenario set the second widget's tuition", bBefore.program.tuition_per_year === 12171);
    await dragSlider(p, "program.tuition_per_year", 60, "[data-mlroi]", 0);
    const a = await api(p, (m) => m.getScenario(), null, "[data-mlroi]", 0);
    const b = await api(p, (m) => m.getScenario(), null, "[data-mlroi]", 1);
    check("a drag in the first changes the first", a.program.tuition_per_year !== 27776, String(a.program.tuition_per_year));
    check("and leaves the second unchanged", canonical(b) === canonical(bBefore));
    await ctx.close();
  });

  // [SECTION] Hostile input (issue 12): the hook never throws, the widget never dies
  // A fresh page; stillWorks() checks, after all else, that a valid call still applies and
  // the widget draws another frame.
  const hostilePage = async (label) => {
    const ctx = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const p = await ctx.newPage();
    watch(p, label);
    await p.goto(server.url + "/");
    await waitReady(p);
    const frames = () => p.evaluate(() => document.querySelector("[data-mlroi]").mlroiInternals.frames());
    const stillWorks = async () => {
      const f0 = await frames();
      const ok = await api(p, (m) => m.setScenario({ program: { tuition_per_year: 30000 } }));
      const tuition = (await api(p, (m) => m.getScenario())).program.tuition_per_year;
      await p.waitForFunction((f) => document.querySelector("[data-mlroi]").mlroiInternals.frames() > f, f0, { timeout: 5000 }).catch(() => {});
      const f1 = await frames();
      check(`${label}: a valid setScenario still applies and the widget draws on`, ok.length === 0 && tuition === 30000 && f1 > f0, `${JSON.stringify(ok)} tuition ${tuition} frames ${f0} -> ${f1}`);
    };
    return { ctx, p, stillWorks };
  };

  await test("hostile: long strings", async () => {
    const { ctx, p, stillWorks } = await hostilePage("hostile: long strings");
    // Through ccall's stack copy, 1.32 million characters overflowed the 5 MB wasm stack.
    const long = await api(p, (m) => {
      const x = "x".repeat(2000000), out = [];
      for (let i = 0; i < 5; ++i) out.push(m.setScenario({ program: { name: x } }));
      document.querySelector("[data-mlroi]").mlroiInternals.scrollTo(x);
      return out;
    });
    check("a 2,000,000-character name, five times: a problem for program.name each time",
      long.every((e) => e.length === 1 && e[0].path === "program.name" && e[0].message === "must be a string of at most 120 characters, got one of 2000000"), JSON.stringify(long[0]).slice(0, 300));
    await stillWorks();
    await ctx.close();
  });

  await test("hostile: deep nesting", async () => {
    const { ctx, p, stillWorks } = await hostilePage("hostile: deep nesting");
    // JSON.stringify threw RangeError from ~4,000 levels; each call leaked wasm stack.
    const deep = await api(p, (m) => {
      let v = 1;
      for (let i = 0; i < 10000; ++i) v = [v];
      const out = [];
      for (let i = 0; i < 30; ++i) {
        try { out.push(m.setScenario({ program: { name: v } })); } catch (e) { out.push("threw " + e); }
      }
      return out;
    });
    const depthOk = (e) => Array.isArray(e) && e.length === 1 && e[0].path.startsWith("program.name[0][0]") && e[0].message === "nested more than 64 levels deep (arrays and objects)";
    check("30 calls at 10,000 levels: none throws, each returns the depth problem", deep.length === 30 && deep.every(depthOk), String(JSON.stringify(deep.find((e) => !depthOk(e)))).slice(0, 300));
    await stillWorks();
    await ctx.close();
  });

  await test("hostile: what JSON cannot hold", async () => {
    const { ctx, p, stillWorks } = await hostilePage("hostile: what JSON cannot hold");
    // Only what JSON can hold gets through; anything else names its real path.
    const kinds = await api(p, (m) => {
      class Plan { constructor() { this.tuition_per_year = 5; } }
      const cycle = {}; cycle.self = cycle;
      return [
        m.setScenario({ program: new Map([["tuition_per_year", 5]]) }),
        m.setScenario({ program: /x/ }),
        m.setScenario({ program: new Plan() }),
        m.setScenario({ program: { tuition_per_year: 10n } }),
        m.setScenario({ program: { tuition_per_year: NaN } }),
        m.setScenario({ program: { tuition_per_year: undefined } }),
        m.setScenario({ program: { name: "ok \ud800 then" } }),
        m.setScenario({ program: { ["k\udc00"]: 1 } }),
        m.setScenario({ program: cycle }),
        m.setScenario(new Map()),
        m.setScenario({ program: { get name() { throw new Error("getter"); } } }),
      ];
    });
    const expected = [
      { path: "program", message: "must be a plain JSON object, got a Map" },
      { path: "program", message: "must be a plain JSON object, got a RegExp" },
      { path: "program", message: "must be a plain JSON object, got a Plan" },
      { path: "program.tuition_per_year", message: "must be a finite number, got a BigInt" },
      { path: "program.tuition_per_year", message: "must be a finite number, got NaN" },
      { path: "program.tuition_per_year", message: "must be a JSON value, got undefined" },
      { path: "program.name", message: "must be valid Unicode text, got a lone surrogate at character 3" },
      { path: "program.k\\udc00", message: "must be a key in valid Unicode text, got a lone surrogate at character 1" },
    ];
    for (let i = 0; i < expected.length; ++i)
      check(`setScenario refuses ${expected[i].message.replace(/.*got /, "")} at ${expected[i].path}`, JSON.stringify(kinds[i]) === JSON.stringify([expected[i]]), JSON.stringify(kinds[i]));
    check("a cycle is refused by depth, not a throw", kinds[8].length === 1 && /^program(\.self)+/.test(kinds[8][0].path) && /64 levels/.test(kinds[8][0].message), JSON.stringify(kinds[8]).slice(0, 200));
    check("a Map as the scenario is refused", JSON.stringify(kinds[9]) === JSON.stringify([{ path: "", message: "a scenario must be a JSON object, got a Map" }]), JSON.stringify(kinds[9]));
    check("a throwing getter becomes a problem", kinds[10].length === 1 && /getter/.test(kinds[10][0].message), JSON.stringify(kinds[10]));
    check("nothing changed after the refusals", canonical(await api(p, (m) => m.getScenario())) === canonical(defaults));
    await stillWorks();
    await ctx.close();
  });

  await test("hostile data-scenario", async () => {
    const ctx = await browser.newContext({ viewport: { width: 700, height: 1300 } });
    await ctx.addInitScript(countDrawCalls);
    const p = await ctx.newPage();
    const warnings = [], errors = [];
    p.on("console", (m) => { if (m.type() === "warning") warnings.push(m.text()); else if (m.type() === "error" && !noise.test(m.text())) errors.push(m.text()); });
    p.on("pageerror", (e) => errors.push(e.message));
    await p.goto(server.url + "/test/hostile.html");
    for (let i = 0; i < 3; ++i) await waitReady(p, "[data-mlroi]", i);
    const mine = warnings.filter((w) => w.startsWith("mlroi: data-scenario not applied, defaults kept:"));
    const expect = [["long", '"message":"must be a string of at most 120 characters, got one of 2000000","path":"program.name"'],
      ["broken", "missing closing quote"], ["deep", '"path":"program.name[0][0]']];
    for (const [id, text] of expect)
      check(`data-scenario ${id}: one short warning naming it`, mine.filter((w) => w.includes(text)).length === 1 && mine.every((w) => w.length < 600), JSON.stringify(mine).slice(0, 600));
    for (let i = 0; i < 3; ++i) {
      const s = await api(p, (m) => m.getScenario(), null, "[data-mlroi]", i);
      const d = await draws(p, "[data-mlroi]", i);
      check(`data-scenario ${expect[i][0]}: the widget draws with the defaults`, canonical(s) === canonical(defaults) && d > 0, `draw calls ${d}`);
    }
    check("hostile data-scenario: no errors on the page", errors.length === 0, errors.slice(0, 3).join(" | "));
    await ctx.close();
  });

  // [SECTION] Offline: file://, every network request refused
  await test("offline file", async () => {
    const ctx = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    await ctx.addInitScript(countDrawCalls);
    const requested = [];
    await ctx.route(/^(https?|wss?):/, (route) => { requested.push(route.request().url()); route.abort(); });
    const p = await ctx.newPage();
    watch(p, "offline");
    p.on("request", (r) => { if (!r.url().startsWith("file:") && !r.url().startsWith("data:")) requested.push(r.url()); });
    await p.goto(pathToFileURL(path.join(web, "mlroi-offline.html")).href);
    await waitReady(p);
    check("offline file draws", (await draws(p)) > 0);
    const r = await api(p, (m) => m.getResults());
    check("offline file computes the CLI's numbers", canonical(r) === canonical(cliAnalyze(defaults)));
    check("offline file requests nothing from the network", requested.length === 0, requested.join(", "));
    check("offline file has no module script", !(await p.evaluate(() => !!document.querySelector('script[type="module"]'))));
    await p.evaluate(() => document.querySelector("[data-mlroi]").mlroiInternals.scrollTo("odds"));
    await p.waitForTimeout(150);
    const odds = await p.evaluate(() => document.querySelector("[data-mlroi]").mlroiInternals.itemRect("chart.odds"));
    check("offline file draws the result panels (the odds chart)", odds && odds.visible && odds.h > 50, JSON.stringify(odds));
    await ctx.close();
  });

  // [SECTION] The text version, saving, print, no JavaScript, no WebGL, CSP, accessibility
  // (issues 10 and 11). Expected headlines come from the CLI: `mlroi analyze`'s verdict.
  const headlineFor = (partial) => JSON.parse(cliAnalyze(merge(defaults, partial))).verdict.headline;
  const defaultHeadline = headlineFor({});
  const tuitionHeadline = headlineFor({ program: { tuition_per_year: 41234 } });
  const shownHeadline = (p, i = 0) => p.evaluate((k) => { const h = document.querySelectorAll("[data-mlroi]")[k].querySelector(".mlroi-text-version .mlroi-headline"); return h && h.textContent; }, i);
  const waitHeadline = (p, text, i = 0) => p.waitForFunction(([t, k]) => { const h = document.querySelectorAll("[data-mlroi]")[k].querySelector(".mlroi-text-version .mlroi-headline"); return h && h.textContent === t; }, [text, i], { timeout: 5000 }).then(() => true, () => false);
  const noSpace = (s) => s.replace(/\s+/g, "");
  const escapeHtml = (s) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
  check("the CLI's headline moves with the tuition (the tests below can tell them apart)", defaultHeadline !== tuitionHeadline, defaultHeadline);

  await test("text version: in the DOM, hidden, in the accessibility tree, updated once per settled change", async () => {
    const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const p = await ctx.newPage();
    watch(p, "text version");
    await p.goto(server.url + "/");
    await waitReady(p);
    check("the text version holds the default headline", (await shownHeadline(p)) === defaultHeadline, await shownHeadline(p));
    const box = await p.evaluate(() => { const r = document.querySelector(".mlroi-text-version").getBoundingClientRect(); return [r.width, r.height]; });
    check("after the first frame it is visually hidden (1 px)", box[0] <= 1 && box[1] <= 1, JSON.stringify(box));
    const cdp = await ctx.newCDPSession(p);
    const { nodes } = await cdp.send("Accessibility.getFullAXTree");
    check("the accessibility tree holds the headline", nodes.some((n) => !n.ignored && n.name && n.name.value === defaultHeadline));
    check("and the key figures' table of the cash chart (a table with a caption)", nodes.some((n) => !n.ignored && n.role && n.role.value === "table" && n.name && /Cumulative after-tax cash/.test(n.name.value)));
    // A drag changes the scenario on every step; the live region speaks once, after it.
    await p.evaluate(() => {
      const live = document.querySelector("[data-mlroi] [role=status]");
      window.__liveChanges = 0;
      new MutationObserver(() => window.__liveChanges++).observe(live, { childList: true, characterData: true, subtree: true });
    });
    const r0 = await p.evaluate(() => document.querySelector("[data-mlroi]").mlroiInternals.module._mlroi_revision());
    await dragSlider(p, "program.tuition_per_year", 80);
    const r1 = await p.evaluate(() => document.querySelector("[data-mlroi]").mlroiInternals.module._mlroi_revision());
    const dragged = (await api(p, (m) => m.getScenario()));
    const draggedHeadline = JSON.parse(cliAnalyze(dragged)).verdict.headline;
    const ok = await waitHeadline(p, draggedHeadline);
    await p.waitForTimeout(600);
    check("a drag of several steps changes the scenario several times", r1 - r0 >= 3, `${r0} -> ${r1}`);
    check("the text version then shows the CLI's headline for the dragged scenario", ok, await shownHeadline(p));
    check("the live region changed once for the whole drag", (await p.evaluate(() => window.__liveChanges)) === 1, String(await p.evaluate(() => window.__liveChanges)));
    check("the live region says that headline", (await p.textContent("[data-mlroi] [role=status]")) === draggedHeadline);
    await api(p, (m) => m.setScenario({ program: { tuition_per_year: 41234 } }));
    await p.waitForFunction((t) => document.querySelector("[data-mlroi] [role=status]").textContent === t, tuitionHeadline, { timeout: 5000 }).catch(() => {});
    check("after setScenario the live region's text is the CLI's new headline", (await p.textContent("[data-mlroi] [role=status]")) === tuitionHeadline, await p.textContent("[data-mlroi] [role=status]"));
    check("and so is the text version's", (await shownHeadline(p)) === tuitionHeadline);
    // The "Text version" button shows it in the canvas' place, and hides it again.
    await p.getByRole("button", { name: "Text version" }).click();
    const shown = await p.evaluate(() => { const t = document.querySelector(".mlroi-text-version"), c = document.querySelector(".mlroi-canvas"); return { h: t.getBoundingClientRect().height, canvas: getComputedStyle(c).visibility, pressed: document.querySelector(".mlroi-bar button").getAttribute("aria-pressed") }; });
    check("the Text version button shows the text over the canvas", shown.h > 300 && shown.canvas === "hidden" && shown.pressed === "true", JSON.stringify(shown));
    check("shown, its headline is visible", await p.locator(".mlroi-text-version .mlroi-headline").isVisible());
    await p.getByRole("button", { name: "Text version" }).click();
    check("a second press hides it again", (await p.evaluate(() => document.querySelector(".mlroi-text-version").getBoundingClientRect().height)) <= 1);
    await ctx.close();
  });

  await test("axe-core: no violations on the demo page and the offline file", async () => {
    const source = axeSource();
    const run = async (p) => { await p.addScriptTag({ content: source }); return p.evaluate(async () => (await window.axe.run(document, { resultTypes: ["violations"] })).violations.map((v) => `${v.id} (${v.impact}): ${v.nodes.length} node(s), ${v.nodes[0].target.join(" ")}`)); };
    const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const p = await ctx.newPage();
    await p.goto(server.url + "/");
    await waitReady(p);
    let v = await run(p);
    check("axe: 0 violations on the demo page (text version hidden)", v.length === 0, v.join("; "));
    await p.getByRole("button", { name: "Text version" }).click();
    v = await p.evaluate(async () => (await window.axe.run(document, { resultTypes: ["violations"] })).violations.map((x) => `${x.id}: ${x.nodes[0].target.join(" ")}`));
    check("axe: 0 violations with the text version shown", v.length === 0, v.join("; "));
    await p.goto(pathToFileURL(path.join(web, "mlroi-offline.html")).href);
    await waitReady(p);
    v = await run(p);
    check("axe: 0 violations on the offline file", v.length === 0, v.join("; "));
    await ctx.close();
  });

  await test("page basics", async () => {
    for (const [label, url] of [["demo page", server.url + "/"], ["offline file", pathToFileURL(path.join(web, "mlroi-offline.html")).href]]) {
      const ctx = await browser.newContext({ javaScriptEnabled: false });
      const p = await ctx.newPage();
      await p.goto(url);
      const b = await p.evaluate(() => ({
        main: document.querySelectorAll("main").length, h1: document.querySelectorAll("h1").length,
        description: (document.querySelector('meta[name="description"]') || {}).content || "",
        og: ["og:title", "og:description", "og:type"].filter((k) => document.querySelector(`meta[property="${k}"]`)).length,
        icon: (document.querySelector('link[rel~="icon"]') || {}).href || "",
      })).catch(async () => null);
      check(`${label}: one main landmark, one h1, a description, Open Graph title, description and type, an icon`,
        b && b.main === 1 && b.h1 === 1 && b.description.length > 50 && b.og === 3 && b.icon !== "" && !b.icon.startsWith("data:,"), JSON.stringify(b));
      await ctx.close();
    }
  });

  await test("JavaScript off: the default headline and key figures", async () => {
    const ctx = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1200, height: 900 } });
    const p = await ctx.newPage();
    await p.goto(server.url + "/");
    const h = p.locator(".mlroi-text-version .mlroi-headline");
    await h.scrollIntoViewIfNeeded();
    check("JS off: the headline is the CLI's default headline, and visible", (await h.textContent()) === defaultHeadline && (await h.isVisible()), await h.textContent());
    const npv = JSON.parse(cliAnalyze(defaults)).npv;
    const figure = await p.locator(".mlroi-figures dd").first().textContent();
    const money = (x) => (x < 0 ? "-" : "") + "$" + Math.round(Math.abs(x)).toLocaleString("en-US");
    check("JS off: the key figures show, the expected NPV first (the CLI's npv)", (await p.locator(".mlroi-figures").isVisible()) && figure === money(npv), `${figure} vs ${money(npv)}`);
    await ctx.close();
  });

  await test("WebGL off: a message, the headline and a working tuition field", async () => {
    const ctx = await browser.newContext({ viewport: { width: 1000, height: 900 } });
    await ctx.addInitScript(() => {
      const original = HTMLCanvasElement.prototype.getContext;
      HTMLCanvasElement.prototype.getContext = function (kind, ...rest) { return /webgl/i.test(kind) ? null : original.call(this, kind, ...rest); };
    });
    const p = await ctx.newPage();
    const errors = [];
    p.on("pageerror", (e) => errors.push(e.message));
    await p.goto(server.url + "/");
    await p.waitForFunction(() => document.querySelector("[data-mlroi]").mlroi, null, { timeout: 20000 });
    const message = await p.locator(".mlroi-message").textContent();
    check("WebGL off: a message says WebGL is missing", /WebGL/.test(message), message);
    check("WebGL off: the headline is visible", (await shownHeadline(p)) === defaultHeadline && (await p.locator(".mlroi-text-version .mlroi-headline").isVisible()));
    const field = p.getByLabel("Tuition per year (US$)");
    check("WebGL off: a labelled tuition field shows the tuition", (await field.inputValue()) === String(defaults.program.tuition_per_year), await field.inputValue());
    await field.fill("41234");
    await field.press("Enter");
    await field.blur();
    const moved = await waitHeadline(p, tuitionHeadline);
    check("WebGL off: typing 41234 moves the headline to the CLI's for that tuition", moved, await shownHeadline(p));
    check("WebGL off: getResults() is the CLI's for the new scenario", canonical(await api(p, (m) => m.getResults())) === canonical(cliAnalyze(await api(p, (m) => m.getScenario()))));
    await field.fill("-5");
    await field.press("Enter");
    await field.blur();
    const bad = await p.evaluate(() => { const i = document.querySelector("[data-path='program.tuition_per_year']"); return [i.getAttribute("aria-invalid"), document.getElementById(i.getAttribute("aria-describedby")).textContent]; });
    check("WebGL off: a refused value is named beside the field", bad[0] === "true" && /from 0 to 500000/.test(bad[1]), JSON.stringify(bad));
    check("WebGL off: no errors on the page", errors.length === 0, errors.join(" | "));
    await ctx.close();
  });

  // The Content-Security-Policy the README documents for the widget, made strict around it.
  const csp = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'";
  for (const [label, policy, works] of [["the documented CSP", csp, true], ["a CSP without 'wasm-unsafe-eval'", csp.replace(" 'wasm-unsafe-eval'", ""), false]]) {
    await test(`CSP: ${label}`, async () => {
      const cspServer = await serve({ "/": web }, { "content-security-policy": policy });
      const ctx = await browser.newContext({ viewport: { width: 1000, height: 900 } });
      await ctx.addInitScript(countDrawCalls);
      await ctx.addInitScript(() => { window.__violations = []; document.addEventListener("securitypolicyviolation", (e) => window.__violations.push(`${e.violatedDirective} ${e.blockedURI}`)); });
      const p = await ctx.newPage();
      await p.goto(cspServer.url + "/");
      if (works) {
        await waitReady(p);
        await p.evaluate(() => document.querySelector("[data-mlroi]").mlroi.setScenario({ program: { tuition_per_year: 41234 } }));
        const moved = await waitHeadline(p, tuitionHeadline);
        const v = await p.evaluate(() => window.__violations);
        check("the documented CSP: the widget draws and its text version follows", (await draws(p)) > 0 && moved);
        check("the documented CSP: no violation", v.length === 0, v.join("; "));
      } else {
        const message = await p.locator(".mlroi-message").textContent({ timeout: 20000 });
        check("a CSP without 'wasm-unsafe-eval': a clear message", /security policy/.test(message) && /wasm-unsafe-eval/.test(message), message);
        check("a CSP without 'wasm-unsafe-eval': the page's text version still shows the headline", (await shownHeadline(p)) === defaultHeadline && (await p.locator(".mlroi-text-version .mlroi-headline").isVisible()));
      }
      await ctx.close();
      await cspServer.close();
    });
  }

  await test("print: the text results and a still picture in place of the canvas", async () => {
    const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 }, colorScheme: "dark" });
    const p = await ctx.newPage();
    watch(p, "print");
    await p.goto(server.url + "/");
    await waitReady(p);
    await api(p, (m) => m.setScenario({ program: { tuition_per_year: 41234 } }));
    await waitHeadline(p, tuitionHeadline);
    const pdf = await p.pdf({ format: "A4", printBackground: true });
    writeFileSync(path.join(shots, "print.pdf"), pdf);
    const text = pdfText(pdf).normalize("NFKC"); // the PDF's ligatures (ﬀ, ﬁ) as letters
    check("page.pdf() holds the CLI's headline for the reader's tuition (build/screenshots/print.pdf)", noSpace(text).includes(noSpace(tuitionHeadline)), text.slice(0, 300));
    check("and a table's caption from the text version", noSpace(text).includes(noSpace("Cumulative after-tax cash left after living costs, by year")));
    check("and a picture (the still of the canvas)", /\/Subtype\s*\/Image/.test(pdf.toString("latin1")));
    const still = await p.evaluate(() => { const s = document.querySelector(".mlroi-still"); const g = s.getContext("2d"); const d = g.getImageData(Math.floor(s.width / 2), s.height - 4, 1, 1).data; return [s.width, d[0], d[1], d[2]]; });
    check("the still picture is drawn in the light theme even in dark mode (black on white)", still[0] > 100 && still[1] > 200 && still[2] > 200 && still[3] > 200, JSON.stringify(still));
    await ctx.close();
  });

  await test("saved as 'Webpage, complete', opened from file:// with the network refused", async () => {
    const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const p = await ctx.newPage();
    watch(p, "save");
    await p.goto(server.url + "/");
    await waitReady(p);
    await api(p, (m) => m.setScenario({ program: { tuition_per_year: 41234 } }));
    await waitHeadline(p, tuitionHeadline);
    const dir = mkdtempSync(path.join(tmpdir(), "mlroi-saved-"));
    const saved = await saveComplete(p, dir);
    await ctx.close();
    const html = readFileSync(saved, "utf8");
    check("the saved HTML holds the reader's headline, not only the defaults'", html.includes(escapeHtml(tuitionHeadline)));
    const off = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    await off.addInitScript(countDrawCalls);
    const requested = [];
    await off.route(/^(https?|wss?):/, (route) => { requested.push(route.request().url()); route.abort(); });
    const q = await off.newPage();
    watch(q, "saved page");
    await q.goto(pathToFileURL(saved).href);
    await waitReady(q);
    check("the saved page draws", (await draws(q)) > 0);
    const s = await api(q, (m) => m.getScenario());
    check("the saved page reopens with the reader's scenario", s.program.tuition_per_year === 41234, String(s.program.tuition_per_year));
    check("getResults() is build/mlroi analyze's for its scenario", canonical(await api(q, (m) => m.getResults())) === canonical(cliAnalyze(s)));
    check("the saved page requests nothing from the network", requested.length === 0, requested.join(", "));
    check("one widget, one canvas, one text version after mounting again", (await q.evaluate(() => [document.querySelectorAll("[data-mlroi] canvas.mlroi-canvas").length, document.querySelectorAll(".mlroi-text-version").length, document.querySelectorAll(".mlroi-bar").length].join())) === "1,1,1");
    await off.close();
    // Without scripts the saved page is the report: the text version shows, the canvas does not.
    const still = await browser.newContext({ javaScriptEnabled: false });
    const r = await still.newPage();
    await r.goto(pathToFileURL(saved).href);
    check("opened without scripts, the saved page shows the reader's headline and no blank canvas",
      (await r.locator(".mlroi-text-version .mlroi-headline").textContent()) === tuitionHeadline && (await r.locator(".mlroi-text-version .mlroi-headline").isVisible()) && !(await r.locator("canvas").first().isVisible()));
    await still.close();
  });

  await test("MHTML snapshot carries the reader's headline", async () => {
    const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const p = await ctx.newPage();
    watch(p, "mhtml");
    await p.goto(server.url + "/");
    await waitReady(p);
    await api(p, (m) => m.setScenario({ program: { tuition_per_year: 41234 } }));
    await waitHeadline(p, tuitionHeadline);
    const cdp = await ctx.newCDPSession(p);
    const { data } = await cdp.send("Page.captureSnapshot", { format: "mhtml" });
    const doc = mhtmlHtml(data);
    const m = /<p class="mlroi-headline"[^>]*>([^<]*)<\/p>/.exec(doc);
    check("the MHTML's text version headline is the CLI's for tuition 41234", m && m[1] === escapeHtml(tuitionHeadline), m ? m[1] : doc.slice(0, 200));
    await ctx.close();
  });

  await test("two widgets: each its own text version, ids unique", async () => {
    const ctx = await browser.newContext({ viewport: { width: 900, height: 700 } });
    const p = await ctx.newPage();
    watch(p, "two text");
    await p.goto(server.url + "/test/two.html");
    await waitReady(p, "[data-mlroi]", 0);
    await waitReady(p, "[data-mlroi]", 1);
    const ids = await p.evaluate(() => [...document.querySelectorAll("[id]")].map((e) => e.id));
    check("no id appears twice", new Set(ids).size === ids.length && ids.length > 20, `${ids.length} ids: ${ids.filter((x, k) => ids.indexOf(x) !== k).join(", ")} twice`);
    check("the first shows the default headline", (await shownHeadline(p, 0)) === defaultHeadline);
    check("the second shows the CLI's headline for its data-scenario", (await shownHeadline(p, 1)) === headlineFor({ program: { tuition_per_year: 12171 } }), await shownHeadline(p, 1));
    await api(p, (m) => m.setScenario({ program: { tuition_per_year: 41234 } }), null, "[data-mlroi]", 1);
    check("a change in the second moves its own text version", await waitHeadline(p, tuitionHeadline, 1));
    check("and leaves the first's", (await shownHeadline(p, 0)) === defaultHeadline);
    await ctx.close();
  });

  check("the served pages request only their own files (the page, its style sheet and icon, mlroi.js)", server.requests.filter((u) => u.startsWith("/") && !u.startsWith("/test/")).every((u) => ["/", "/index.html", "/demo.css", "/favicon.svg", "/mlroi.js"].includes(u)), [...new Set(server.requests)].join(", "));

  // [SECTION] Result panels: what a reader is shown against getResults()
  const internals = (p, fn, arg) => p.evaluate(([src, a]) => new Function("i", "a", `return (${src})(i, a);`)(document.querySelector("[data-mlroi]").mlroiInternals, a), [fn.toString(), arg]);
  await test("result panels", async () => {
    const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const p = await ctx.newPage();
    watch(p, "panels");
    await p.goto(server.url + "/");
    await waitReady(p);
    const r = await api(p, (m) => m.getResults());
    // The cash chart: the defaults' 30-year axis runs from tick 0 to tick 30 across the plot.
    const plot = await itemBox(p, "chart.cash.plot");
    for (const year of [0, 6, 17, 30]) {
      await p.mouse.move(plot.x + (plot.w * year) / 30, plot.y + plot.h / 2);
      await p.waitForTimeout(120);
      const h = (await internals(p, (i) => i.inspect())).hover;
      check(`hovering the cash chart at year ${year} shows that year's values from getResults()`,
        h && h.panel === "cash" && h.year === year && h.with === r.timeline[year].with && h.without === r.timeline[year].without &&
        h.difference === r.timeline[year].with - r.timeline[year].without, JSON.stringify(h));
    }
    // The tornado lists the core's inputs in the core's order, top to bottom.
    await internals(p, (i) => i.scrollTo("tornado"));
    await p.waitForTimeout(150);
    const ys = [];
    for (const bar of r.sensitivity.tornado) ys.push((await internals(p, (i, k) => i.itemRect(k), "tornado." + bar.key)).y);
    check("the tornado shows getResults().sensitivity's inputs in its order", ys.length === r.sensitivity.tornado.length && ys.every((y, k) => k === 0 || y > ys[k - 1]), JSON.stringify(ys));
    // Sorting the alternatives by expected NPV: highest first on the first click, then lowest.
    const byNpv = (dir) => r.alternatives.map((a, k) => [a, k]).sort((x, y) => dir * (x[0].npv - y[0].npv) || x[1] - y[1]).map((x) => x[0].key);
    await internals(p, (i) => i.scrollTo("alternatives"));
    await p.waitForTimeout(150);
    check("unsorted, the table is in getResults().alternatives' order", JSON.stringify((await internals(p, (i) => i.inspect())).table) === JSON.stringify(r.alternatives.map((a) => a.key)));
    // A loaded machine draws frames slowly: wait for the order rather than a fixed time.
    const tableIs = (order) => p.waitForFunction((o) => JSON.stringify(document.querySelector("[data-mlroi]").mlroiInternals.inspect().table) === o,
      JSON.stringify(order), { timeout: 3000 }).catch(() => {});
    await clickItem(p, "alternatives.header.npv");
    await tableIs(byNpv(-1));
    check("sorted by expected NPV, the table orders rows like getResults().alternatives sorted the same way", JSON.stringify((await internals(p, (i) => i.inspect())).table) === JSON.stringify(byNpv(-1)), JSON.stringify((await internals(p, (i) => i.inspect())).table));
    await clickItem(p, "alternatives.header.npv");
    await tableIs(byNpv(1));
    check("a second click sorts it the other way", JSON.stringify((await internals(p, (i) => i.inspect())).table) === JSON.stringify(byNpv(1)));
    await ctx.close();
  });

  // Each panel brought to the top, at 360 and 1200 px, light and dark.
  const panels = ["cash", "odds", "costs", "loan", "tornado", "fit", "modalities", "alternatives", "method"];
  for (const [width, scheme] of [[360, "light"], [360, "dark"], [1200, "light"], [1200, "dark"]]) {
    await test(`panel screenshots ${width} ${scheme}`, async () => {
      const ctx = await browser.newContext({ viewport: { width, height: 900 }, colorScheme: scheme });
      const p = await ctx.newPage();
      watch(p, `panels-${width}-${scheme}`);
      await p.goto(server.url + "/");
      await waitReady(p);
      const el = await p.$("[data-mlroi]");
      await el.scrollIntoViewIfNeeded();
      let shown = 0;
      for (const panel of panels) {
        await internals(p, (i, k) => i.scrollTo(k), panel);
        // A loaded machine draws frames slowly (software WebGL): wait for the frame that
        // shows the panel rather than a fixed time.
        const visible = await p.waitForFunction((k) => { const r = document.querySelector("[data-mlroi]").mlroiInternals.itemRect(k); return r && r.visible; },
          "panel." + panel, { timeout: 3000 }).then(() => true, () => false);
        await p.waitForTimeout(100);
        if (visible) shown++;
        await el.screenshot({ path: path.join(shots, `panel-${panel}-${width}-${scheme}.png`) });
      }
      check(`${panels.length} panels shown and saved at ${width} px, ${scheme} (build/screenshots/panel-*-${width}-${scheme}.png)`, shown === panels.length, `${shown} shown`);
      await ctx.close();
    });
  }

  // [SECTION] Parity: generated scenarios, WebAssembly against the native CLI
  await test("parity", async () => {
    const ctx = await browser.newContext();
    const p = await ctx.newPage();
    watch(p, "parity");
    await p.goto(server.url + "/");
    await waitReady(p);
    let seed = 20260702;
    const rnd = () => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
    const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
    const round = (x, d) => Math.round(x * 10 ** d) / 10 ** d;
    const roles = ["ml_engineer", "data_scientist", "data_engineer", "software_engineer", "research_scientist"];
    const prerequisites = ["programming", "linear_algebra", "probability_statistics", "calculus"];
    // A figure left to the evidence (null) about a third of the time; schema 2 only.
    const maybe = (x) => (rnd() < 0.35 ? null : x);
    let same = 0, total = 0, nulls = 0; const diffs = [];
    for (let i = 0; i < 60; ++i) {
      const s = structuredClone(defaults);
      const years = pick([1, 1.5, 2, 2.5, 3, 4]);
      Object.assign(s.program, {
        tuition_per_year: round(rnd() * 80000, 0), years, modality: pick(["online", "hybrid", "in_person"]),
        pace: pick(["full_time", "part_time"]), enrollment_fraction: pick([0.25, 0.5, 0.75, 1]),
        work_share: round(rnd(), 2), extra_housing_per_month: round(rnd() * 2500, 0),
        grants_per_year: pick([0, 0, 5000, 20000]), relocation_cost: pick([0, 3000]), stipend_per_year: pick([0, 0, 15000]),
        placement_rate_published: pick([null, null, null, 0.9]),
      });
      Object.assign(s.you, {
        current_salary: maybe(round(20000 + rnd() * 150000, 0)), salary_growth: round(rnd() * 0.06, 4),
        tax_rate: pick([null, null, round(0.1 + rnd() * 0.3, 3)]), state_tax_rate: pick([0, 0.03, 0.05, 0.0995]),
        living_per_month: pick([0, 1500, 2355, 3200]), horizon_years: pick([10, 20, 30, 40]),
        background: pick(["stem", "quantitative", "other"]), has: prerequisites.filter(() => rnd() < 0.7),
        must_keep_job: rnd() < 0.3, can_relocate: rnd() < 0.7, caregiving: rnd() < 0.2, dependents: pick([0, 0, 1, 3]),
      });
      Object.assign(s.financing, { savings: pick([0, 10000, 50000]), federal_rate: round(0.04 + rnd() * 0.06, 4), private_rate: round(0.05 + rnd() * 0.1, 4), plan: pick(["standard", "rap"]), term_years: pick([10, 15, 20]) });
      Object.assign(s.outcome, {
        role: pick(roles), salary: maybe(round(60000 + rnd() * 140000, 0)), salary_growth: maybe(round(rnd() * 0.06, 4)),
        extra_raise: pick([0, 0.005, 0.01]), extra_raise_years: pick([0, 5, 10]),
        placement_probability: maybe(round(0.4 + rnd() * 0.6, 2)), months_to_job: pick([0, 3, 6, 12]),
        completion_probability: maybe(round(0.6 + rnd() * 0.4, 2)),
      });
      Object.assign(s.assumptions, { inflation: round(rnd() * 0.04, 4), seed: i + 1, simulations: pick([1000, 2000, 5000]) });
      for (const x of [s.you.current_salary, s.outcome.salary, s.outcome.salary_growth, s.outcome.placement_probability, s.outcome.completion_probability]) if (x === null) nulls++;
      const errors = await api(p, (m, x) => m.setScenario(x), s);
      if (errors.length) { diffs.push(`#${i} refused: ${JSON.stringify(errors)}`); continue; }
      total++;
      const web = await api(p, (m) => m.getResults());
      const native = cliAnalyze(s);
      if (canonical(web) === canonical(native)) same++;
      else diffs.push(`#${i} differs`);
    }
    check(`parity: ${same} of ${total} generated schema-2 scenarios (${nulls} figures left to the evidence) byte-identical to build/mlroi analyze`, total >= 50 && same === total && nulls > 30, diffs.slice(0, 5).join("; "));
    await ctx.close();
  });

  // [SECTION] Embedding (issue 10): phone scrolling, typed entry, share links, mlroi-change,
  // data-remember, the iframe embed (tests/browser/embedding.mjs)
  await lowVisionTests({ browser, server, check, test, watch });
  await embeddingTests({ browser, server, check, test, watch, canonical, cliAnalyze, defaults });

  // [SECTION] The DOM twin and the keyboard (issue 9, items 2 and 3): tests/browser/twin.mjs
  await twinTests({ browser, server, check, test, watch, canonical, cliAnalyze, defaults });

  check("no console errors on any page", consoleErrors.length === 0, consoleErrors.slice(0, 5).join(" | "));
} finally {
  await browser.close();
  await server.close();
}
console.log(`browser tests: ${passed} passed, ${failed} failed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
process.exit(failed ? 1 : 0);
