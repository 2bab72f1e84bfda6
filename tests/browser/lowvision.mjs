// Low vision, copy and find (issue 9, items 4 and 5): the widget's text follows the reader's
// text size (the host's font-size, the browser's minimum font size), forced colours draw it
// in the system colours, prefers-contrast: more gives the high-contrast theme, find-in-page
// finds the results, and "Copy summary" puts `mlroi summary`'s text on the clipboard.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { build, chromiumArgs, waitReady, settle } from "./lib.mjs";

const cli = path.join(build, "mlroi");
const THEMES = ["light", "dark", "light, more contrast", "dark, more contrast", "system colours"];

// The body text's CSS font-size, as the widget built its fonts (test hook), and its theme.
const bodyPx = (page) => page.evaluate(() => document.querySelector("[data-mlroi]").mlroiInternals.module._mlroi_body_text_px());
const theme = (page) => page.evaluate(() => document.querySelector("[data-mlroi]").mlroiInternals.module._mlroi_theme());

// The canvas's pixels (a screenshot of the element, decoded in the page), then `fn(data,
// width, height, arg)` run on them in the page.
async function pixels(page, fn, arg) {
  const el = await page.$("[data-mlroi] canvas");
  const png = (await el.screenshot()).toString("base64");
  return page.evaluate(async ([b64, src, a]) => {
    const img = new Image(); img.src = "data:image/png;base64," + b64; await img.decode();
    const c = document.createElement("canvas"); c.width = img.width; c.height = img.height;
    const g = c.getContext("2d"); g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, img.width, img.height).data;
    return new Function("d", "w", "h", "a", `return (${src})(d, w, h, a);`)(d, img.width, img.height, a);
  }, [png, fn.toString(), arg]);
}

// The height of the text's lines, from pixels: rows holding dark grey ink (the text colour,
// not the blue of slider grabs or the light fills of fields), grouped into runs of
// consecutive rows; the most common run height (px) is the body text's ink.
const lineInk = (d, w, h) => {
  const runs = [];
  let run = 0;
  for (let y = 0; y < h; ++y) {
    let ink = false;
    for (let x = 0; x < w && !ink; ++x) {
      const i = (y * w + x) * 4, r = d[i], g = d[i + 1], b = d[i + 2];
      ink = r < 90 && g < 90 && b < 90 && Math.abs(r - g) < 16 && Math.abs(g - b) < 16;
    }
    if (ink) ++run;
    else if (run) { runs.push(run); run = 0; }
  }
  const count = {};
  for (const r of runs) if (r >= 4 && r <= 80) count[r] = (count[r] || 0) + 1;
  let best = 0;
  for (const r of Object.keys(count)) if (!best || count[r] > count[best] || (count[r] === count[best] && +r > best)) best = +r;
  return { mode: best, lines: runs.length };
};

// Two shares of the canvas's pixels, against the system colours `a.colors`: `all`, the pixels
// within `a.tolerance` (largest channel difference) of a system colour or of a mix of two
// (antialiasing, and lines drawn translucent over the page); `ink`, of the pixels that are not
// the page's colour (Canvas, the first), those within the tolerance of another system colour.
const systemShare = (d, w, h, a) => {
  const cs = a.colors.map((c) => [c >> 16 & 255, c >> 8 & 255, c & 255]);
  const near = (p, q) => Math.max(Math.abs(p[0] - q[0]), Math.abs(p[1] - q[1]), Math.abs(p[2] - q[2])) <= a.tolerance;
  const pairs = [];
  for (let i = 0; i < cs.length; ++i) for (let j = i + 1; j < cs.length; ++j) pairs.push([cs[i], cs[j]]);
  let all = 0, inked = 0, inkSystem = 0;
  const p = [0, 0, 0];
  for (let i = 0; i < d.length; i += 4) {
    p[0] = d[i]; p[1] = d[i + 1]; p[2] = d[i + 2];
    const exact = cs.some((c) => near(p, c));
    if (!near(p, cs[0])) { ++inked; if (exact) ++inkSystem; }
    let ok = exact;
    for (let k = 0; !ok && k < pairs.length; ++k) {
      const [u, v] = pairs[k], e = [v[0] - u[0], v[1] - u[1], v[2] - u[2]];
      const len = e[0] * e[0] + e[1] * e[1] + e[2] * e[2];
      if (!len) continue;
      const t = Math.max(0, Math.min(1, ((p[0] - u[0]) * e[0] + (p[1] - u[1]) * e[1] + (p[2] - u[2]) * e[2]) / len));
      ok = near(p, [u[0] + t * e[0], u[1] + t * e[1], u[2] + t * e[2]]);
    }
    if (ok) ++all;
  }
  return { all: all / (w * h), ink: inked ? inkSystem / inked : 1 };
};

// The system colours as this page resolves them (0xRRGGBB).
const readSystemColors = (page) => page.evaluate(() => {
  const p = document.createElement("span");
  p.style.forcedColorAdjust = "none";
  document.body.appendChild(p);
  const out = ["Canvas", "CanvasText", "Highlight", "HighlightText", "ButtonFace", "ButtonText", "GrayText", "LinkText"].map((k) => {
    p.style.color = k;
    const m = /(\d+)\D+(\d+)\D+(\d+)/.exec(getComputedStyle(p).color);
    return (m[1] << 16) | (m[2] << 8) | +m[3];
  });
  p.remove();
  return out;
});

// The browser's effective minimum font size, measured as the widget does (a 1 px span's
// width against a 100 px one's).
const minimumFont = (page) => page.evaluate(() => {
  const span = (px) => {
    const s = document.createElement("span");
    s.style.cssText = `position:absolute;white-space:nowrap;font:${px}px sans-serif`;
    s.textContent = "MMMMMMMMMM";
    document.body.appendChild(s);
    const w = s.getBoundingClientRect().width;
    s.remove();
    return w;
  };
  return 100 * span(1) / span(100);
});

export async function lowVisionTests({ browser, server, check, test, watch }) {
  // [SECTION] Text size
  let normalInk = null;
  await test("text size: the usual size at the demo page's 17 px", async () => {
    const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await ctx.newPage();
    watch(page, "text-normal");
    await page.goto(server.url + "/");
    await waitReady(page);
    await settle(page);
    const px = await bodyPx(page);
    check(`text size: body text ${px.toFixed(1)} CSS px at a 17 px host (0.8 of it)`, Math.abs(px - 13.6) < 0.05, String(px));
    normalInk = await pixels(page, lineInk);
    await ctx.close();
  });

  await test("text size: a 20 px root font gives proportionally larger text", async () => {
    const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await ctx.newPage();
    watch(page, "text-20");
    await page.goto(server.url + "/test/large-text.html");
    await waitReady(page);
    const px = await bodyPx(page);
    check(`text size: html{font-size:20px} gives body text ${px.toFixed(1)} CSS px (16)`, Math.abs(px - 16) < 0.05, String(px));
    // Followed live: the page's font-size changes, the widget's text follows.
    await page.evaluate(() => { document.documentElement.style.fontSize = "30px"; });
    await page.waitForFunction(() => Math.abs(document.querySelector("[data-mlroi]").mlroiInternals.module._mlroi_body_text_px() - 24) < 0.05, null, { timeout: 5000 });
    check("text size: followed live (30 px: body text 24 px)", true);
    await ctx.close();
  });

  await test("text size: a 24 px minimum font size", async () => {
    const dir = mkdtempSync(path.join(tmpdir(), "mlroi-minfont-"));
    mkdirSync(path.join(dir, "Default"), { recursive: true });
    writeFileSync(path.join(dir, "Default", "Preferences"), JSON.stringify({ webkit: { webprefs: { minimum_font_size: 24 } } }));
    const ctx = await chromium.launchPersistentContext(dir, {
      executablePath: "/usr/bin/chromium", args: chromiumArgs, headless: true,
      viewport: { width: 1200, height: 900 }, env: { ...process.env, HOME: dir } });
    try {
      const page = await ctx.newPage();
      watch(page, "text-min24");
      await page.goto(server.url + "/");
      const minimum = await minimumFont(page);
      check(`text size: the profile's minimum font size takes effect in the DOM (${minimum.toFixed(1)} px)`, Math.abs(minimum - 24) < 1, String(minimum));
      await waitReady(page);
      await settle(page);
      const px = await bodyPx(page);
      check(`text size: with a 24 px minimum the widget's body text is ${px.toFixed(1)} CSS px (at least 24)`, px >= 23.99, String(px));
      // From pixels: the text's lines, against the same page without the minimum.
      const ink = await pixels(page, lineInk);
      const ratio = normalInk && normalInk.mode ? ink.mode / normalInk.mode : 0;
      check(`text size: in pixels the lines' ink is ${ink.mode} px against ${normalInk && normalInk.mode} px (24 / 13.6 = 1.76 times)`,
        ratio > 1.55 && ratio < 2 && ink.mode >= 0.7 * 24, JSON.stringify({ ink, normalInk }));
      // Large text takes one column rather than clipping two.
      const rects = await page.evaluate(() => {
        const m = document.querySelector("[data-mlroi]").mlroiInternals;
        return [m.itemRect("program.tuition_per_year"), m.itemRect("you.current_salary")];
      });
      check("text size: every input still fits the canvas's width", rects.every((r) => r && r.x >= 0 && r.x + r.w <= 1200), JSON.stringify(rects));
    } finally {
      await ctx.close();
    }
  });

  // [SECTION] Forced colours and more contrast
  await test("forced colours: the canvas takes the system colours, and follows a change", async () => {
    const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const page = await ctx.newPage();
    watch(page, "forced");
    await page.goto(server.url + "/");
    await waitReady(page);
    await settle(page);
    await page.emulateMedia({ forcedColors: "active" });
    const colors = await readSystemColors(page);
    await page.waitForFunction(() => document.querySelector("[data-mlroi]").mlroiInternals.module._mlroi_theme() === 4, null, { timeout: 5000 });
    await settle(page);
    const on = await pixels(page, systemShare, { colors, tolerance: 24 });
    await page.emulateMedia({ forcedColors: "none" });
    await page.waitForFunction(() => document.querySelector("[data-mlroi]").mlroiInternals.module._mlroi_theme() !== 4, null, { timeout: 5000 });
    await settle(page);
    const off = await pixels(page, systemShare, { colors, tolerance: 24 });
    const hex = colors.map((c) => "#" + c.toString(16).padStart(6, "0")).join(" ");
    const pc = (x) => (x * 100).toFixed(1) + "%";
    check(`forced colours: ${pc(on.all)} of the canvas's pixels are system colours (${hex}) or their antialiased mixes (${pc(off.all)} without)`,
      on.all >= 0.95, JSON.stringify({ on, off }));
    check(`forced colours: of the pixels not the page's Canvas colour, ${pc(on.ink)} are another system colour (${pc(off.ink)} without)`,
      on.ink > off.ink + 0.3, JSON.stringify({ on, off }));
    check(`forced colours: off again, the usual theme (${THEMES[await theme(page)]})`, (await theme(page)) === 0);
    await ctx.close();
  });

  await test("prefers-contrast: more", async () => {
    for (const scheme of ["light", "dark"]) {
      const ctx = await browser.newContext({ viewport: { width: 800, height: 900 }, colorScheme: scheme });
      const page = await ctx.newPage();
      watch(page, `contrast-${scheme}`);
      await page.emulateMedia({ contrast: "more" });
      await page.goto(server.url + "/");
      await waitReady(page);
      const t = await theme(page);
      check(`prefers-contrast: more, ${scheme}: the ${THEMES[t]} theme`, t === (scheme === "light" ? 2 : 3), String(t));
      await page.emulateMedia({ contrast: "no-preference" });
      await page.waitForFunction((want) => document.querySelector("[data-mlroi]").mlroiInternals.module._mlroi_theme() === want, scheme === "light" ? 0 : 1, { timeout: 5000 });
      check(`prefers-contrast back to no preference, ${scheme}: followed live`, true);
      await ctx.close();
    }
  });

  // [SECTION] Find and copy
  await test("find in page and Copy summary", async () => {
    const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    await ctx.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    const page = await ctx.newPage();
    watch(page, "copy");
    await page.goto(server.url + "/");
    await waitReady(page);
    await settle(page);
    const results = await page.evaluate(() => document.querySelector("[data-mlroi]").mlroi.getResults());
    // Find (Ctrl+F's engine): the key figures' words and the reader's own headline.
    const found = await page.evaluate((headline) => {
      const f = (s) => { getSelection().removeAllRanges(); return window.find(s, false, false, true); };
      return [f("Chance it pays off"), f("Monthly loan payment"), f(headline.slice(0, 40))];
    }, results.verdict.headline);
    check("find in page finds the results (key figures and the headline)", found.every(Boolean), JSON.stringify(found));

    const summary = async () => {
      await page.evaluate(() => navigator.clipboard.writeText(""));
      await page.getByRole("button", { name: "Copy summary" }).click();
      await page.waitForSelector(".mlroi-copied");
      for (let i = 0; i < 50; ++i) {
        const text = await page.evaluate(() => navigator.clipboard.readText());
        if (text) return text;
        await page.waitForTimeout(50);
      }
      return "";
    };
    const scenario = await page.evaluate(() => document.querySelector("[data-mlroi]").mlroi.getScenario());
    const expected = execFileSync(cli, ["summary", "-"], { input: JSON.stringify(scenario) }).toString();
    const copied = await summary();
    check("Copy summary puts `mlroi summary`'s text on the clipboard", copied === expected, JSON.stringify([copied.slice(0, 200), expected.slice(0, 200)]));
    check("the copied summary says so", /Summary copied/.test(await page.textContent(".mlroi-copied")));
    const problems = await page.evaluate(() => document.querySelector("[data-mlroi]").mlroi.setScenario({ program: { tuition_per_year: 52000 } }));
    const changed = await page.evaluate(() => document.querySelector("[data-mlroi]").mlroi.getScenario());
    const expected2 = execFileSync(cli, ["summary", "-"], { input: JSON.stringify(changed) }).toString();
    const copied2 = await summary();
    check("and after setScenario, the new scenario's summary", problems.length === 0 && copied2 === expected2 && copied2.includes("tuition $52,000"),
      JSON.stringify([copied2.slice(0, 200), expected2.slice(0, 200)]));
    await ctx.close();
  });
}
