// The accessibility audit of issue 9, measured from outside on the shipped pages (build/web/):
// what a reader who cannot use a mouse or see the canvas gets. Prints figures, asserts
// nothing (the tests are run.mjs's); `make -f Makefile.emscripten a11y-audit`.
//   - the accessibility tree: the widget's nodes, and whether the headline, the NPV, the
//     break-even year and the monthly payment are in it;
//   - live regions, and whether one speaks the new headline after a change;
//   - the keyboard from the top of the page: Tab stops in the widget, which of tuition,
//     modality and the federal rate a key changes, which of the nine panels focus reaches,
//     whether a key scrolls the page, whether focus is visible on the canvas;
//   - low vision: the widget's text size with a 24 px minimum font size (test build's hook),
//     the share of canvas pixels that change under forced colours;
//   - find: whether window.find() finds the headline.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { build, serve, launch, waitReady } from "./lib.mjs";

const shipped = path.join(build, "web");
const testBuild = path.join(build, "web-test");
const results = JSON.parse(execFileSync(path.join(build, "mlroi"), ["analyze", "-"], { input: "{}" }).toString());
const server = await serve({ "/": shipped, "/test-build/": testBuild });
const browser = await launch();
const out = [];
const say = (name, value) => { out.push([name, value]); console.log(`${name}: ${value}`); };

const PANELS = ["Cash with and without the degree", "What it costs", "The loan", "The odds it pays off",
  "What moves the answer", "Program fit", "Online, hybrid or in person?", "Other paths", "How we calculate"];
// The share of pixels that differ (by more than 30 in R+G+B) between two PNG screenshots.
const changed = (page, a, b) => page.evaluate(async ([x, y]) => {
  const load = async (b64) => { const img = new Image(); img.src = "data:image/png;base64," + b64; await img.decode(); const c = new OffscreenCanvas(img.width, img.height); const g = c.getContext("2d"); g.drawImage(img, 0, 0); return g.getImageData(0, 0, img.width, img.height).data; };
  const p = await load(x), q = await load(y);
  if (p.length !== q.length) return 1;
  let n = 0;
  for (let i = 0; i < p.length; i += 4) if (Math.abs(p[i] - q[i]) + Math.abs(p[i + 1] - q[i + 1]) + Math.abs(p[i + 2] - q[i + 2]) > 30) n++;
  return n / (p.length / 4);
}, [a.toString("base64"), b.toString("base64")]);
const money = (x) => "$" + Math.round(Math.abs(x)).toLocaleString("en-US");

async function open(ctx, url = server.url + "/") {
  const page = await ctx.newPage();
  await page.goto(url);
  await waitReady(page);
  await page.waitForTimeout(700); // the text version settles 400 ms after the first frame
  return page;
}

// [SECTION] The accessibility tree
{
  const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await open(ctx);
  const cdp = await ctx.newCDPSession(page);
  const { nodes } = await cdp.send("Accessibility.getFullAXTree");
  const names = nodes.filter((n) => !n.ignored).map((n) => `${n.name?.value || ""} ${n.value?.value || ""}`).join("\n");
  const hostNodes = await page.evaluate(() => document.querySelector("[data-mlroi]").querySelectorAll("*").length);
  const npv = money(results.npv);
  const payment = money(results.loan.monthly_payment);
  say("accessibility tree: nodes in the whole page (not ignored)", nodes.filter((n) => !n.ignored).length);
  say("DOM elements inside the widget", hostNodes);
  say("tree holds the headline", names.includes(results.verdict.headline));
  say(`tree holds the NPV (${npv})`, names.includes(npv));
  say("tree holds the break-even", /break(s|-| )\s?even/i.test(names));
  say(`tree holds the monthly payment (${payment})`, names.includes(payment));
  say("live regions in the widget", await page.evaluate(() => document.querySelector("[data-mlroi]").querySelectorAll("[aria-live],[role=status],[role=alert]").length));
  // A change through the hook: does a live region speak the new headline?
  const before = await page.evaluate(() => [...document.querySelector("[data-mlroi]").querySelectorAll("[aria-live],[role=status]")].map((e) => e.textContent).join("|"));
  await page.evaluate(() => document.querySelector("[data-mlroi]").mlroi.setScenario({ program: { tuition_per_year: 12000 } }));
  await page.waitForTimeout(1200);
  const after = await page.evaluate(() => [...document.querySelector("[data-mlroi]").querySelectorAll("[aria-live],[role=status]")].map((e) => e.textContent).join("|"));
  say("live region text changes after setScenario", before !== after);
  // Find: the headline now shown (the live region's), as Ctrl+F would look for it.
  say("window.find() finds the headline", await page.evaluate(() => {
    const h = document.querySelector("[data-mlroi] .mlroi-headline");
    return !!h && window.find(h.textContent.slice(0, 30));
  }));
  await ctx.close();
}

// [SECTION] The keyboard from the top of the page
{
  const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await open(ctx);
  await page.evaluate(() => { window.scrollTo(0, 0); document.activeElement?.blur(); });
  const describe = () => page.evaluate(() => {
    const e = document.activeElement, host = document.querySelector("[data-mlroi]");
    const inside = !!e && host.contains(e);
    const label = e ? (e.getAttribute("aria-label") || (e.labels && e.labels[0]?.textContent) || e.getAttribute("aria-labelledby") && document.getElementById(e.getAttribute("aria-labelledby"))?.textContent || e.textContent || "").trim().slice(0, 80) : "";
    return { inside, tag: e ? e.tagName : "", type: e?.type || "", role: e?.getAttribute("role") || "", label };
  });
  const scenario = () => page.evaluate(() => document.querySelector("[data-mlroi]").mlroi.getScenario());
  const stops = [];
  let entered = false, left = false;
  for (let i = 0; i < 200; ++i) {
    await page.keyboard.press("Tab");
    const d = await describe();
    if (d.inside) { entered = true; stops.push(d); } else if (entered) { left = true; break; }
  }
  say("Tab stops inside the widget", stops.length);
  say("Tab past the last leaves the widget", left);
  const reached = PANELS.filter((p) => stops.some((s) => s.label.toLowerCase().includes(p.toLowerCase())));
  say("panels focus reaches (of 9)", `${reached.length}: ${reached.join("; ")}`);
  // Each target: Tab to the first stop whose label names it, press a key, see the scenario move.
  const targets = [["tuition", /tuition/i, "program.tuition_per_year", "ArrowRight"],
    ["modality (online)", /^(in person|online|hybrid)$/i, "program.modality", "ArrowLeft"],
    ["federal rate", /federal.*rate|rate.*federal/i, "financing.federal_rate", "ArrowRight"]];
  let inputsChanged = 0;
  for (const [name, re, field, key] of targets) {
    const k = stops.findIndex((s) => re.test(s.label));
    let ok = false;
    if (k >= 0) {
      await page.evaluate(() => { window.scrollTo(0, 0); document.activeElement?.blur(); });
      let d;
      for (let i = 0; i < 200; ++i) { await page.keyboard.press("Tab"); d = await describe(); if (d.inside && re.test(d.label)) break; }
      const [a, b] = field.split(".");
      const s0 = (await scenario())[a][b], y0 = await page.evaluate(() => scrollY);
      // A radio group moves one option a key: up to three presses to reach Online.
      for (let n = 0; n < (field === "program.modality" ? 3 : 1); ++n) {
        await page.keyboard.press(key);
        await page.waitForTimeout(200);
        if (field === "program.modality" && (await scenario()).program.modality === "online") break;
      }
      const s1 = (await scenario())[a][b], y1 = await page.evaluate(() => scrollY);
      ok = JSON.stringify(s0) !== JSON.stringify(s1);
      say(`  ${name}: ${key} changes it`, `${ok} (${JSON.stringify(s0)} -> ${JSON.stringify(s1)}; page scrolled ${y1 - y0} px)`);
    } else {
      // No stop names it: the canvas alone, with every key a reader might try.
      say(`  ${name}: no Tab stop names it`, true);
    }
    if (ok) inputsChanged++;
  }
  say("inputs a key changes (of 3)", inputsChanged);
  // Focus visible: the canvas with the first stop inside focused, against nothing focused.
  const canvas = page.locator("[data-mlroi] canvas").first();
  await page.evaluate(() => { window.scrollTo(0, 0); document.activeElement?.blur(); });
  await page.waitForTimeout(300);
  const shotA = await canvas.screenshot();
  let d;
  for (let i = 0; i < 50; ++i) { await page.keyboard.press("Tab"); d = await describe(); if (d.inside) break; }
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.waitForTimeout(300);
  const shotB = await canvas.screenshot();
  say("canvas pixels that differ with focus inside the widget", (100 * await changed(page, shotA, shotB)).toFixed(2) + "%");
  await ctx.close();
}

// [SECTION] Low vision: minimum font size (Chromium preference) and forced colours
{
  const dir = mkdtempSync(path.join(tmpdir(), "mlroi-minfont-"));
  mkdirSync(path.join(dir, "Default"), { recursive: true });
  writeFileSync(path.join(dir, "Default", "Preferences"), JSON.stringify({ webkit: { webprefs: { minimum_font_size: 24 } } }));
  const ctx = await chromium.launchPersistentContext(dir, { executablePath: "/usr/bin/chromium", headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--use-angle=swiftshader", "--enable-unsafe-swiftshader", "--no-first-run"],
    viewport: { width: 1200, height: 900 } });
  const page = await open(ctx, server.url + "/test-build/");
  const dom = await page.evaluate(() => { const s = document.createElement("span"); s.style.fontSize = "10px"; s.textContent = "M"; document.body.appendChild(s); const h = s.getBoundingClientRect().height; s.remove(); return h; });
  say("with a 24 px minimum: a 10 px DOM span renders (height px)", dom.toFixed(1));
  const px = await page.evaluate(() => { const i = document.querySelector("[data-mlroi]").mlroiInternals; return i.module._mlroi_body_text_px ? i.module._mlroi_body_text_px() : null; });
  say("with a 24 px minimum: the widget's body text (CSS px; test build's hook)", px === null ? "no hook (12.8 px before issue 9: fixed at 13 px x 0.985)" : px);
  await ctx.close();
}
{
  const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
  const page = await open(ctx);
  const canvas = page.locator("[data-mlroi] canvas").first();
  const a = await canvas.screenshot();
  await page.emulateMedia({ forcedColors: "active" });
  await page.waitForTimeout(800);
  const b = await canvas.screenshot();
  const diff = await changed(page, a, b);
  say("forced colours: share of canvas pixels that change", (diff * 100).toFixed(1) + "%");
  await ctx.close();
}

await browser.close();
await server.close();
