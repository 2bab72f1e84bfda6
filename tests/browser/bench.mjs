// The widget's benchmark (make -f Makefile.emscripten bench-web): what an embed downloads
// (gzipped), the time to the first content (the text version's headline, painted from the
// page's HTML before any WebAssembly runs) and to the first frame, for the embed shipped
// (mlroi.js with its WebAssembly inside) beside the one not shipped (mlroi.js + mlroi.wasm
// fetched apart) and a bare Dear ImGui page built with the same flags and platform layer,
// all in the same Chromium run; and one full analysis in WebAssembly.
// Targets: <= 300 KB gzipped; first frame <= 1.2x the bare page; <= 8 ms per analysis.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { build, serve, launch, waitReady } from "./lib.mjs";

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1) + " KB";
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const webDir = path.join(build, "web");
const benchDir = path.join(build, "web-bench");
const oneGz = gz(path.join(webDir, "mlroi.js"));
const twoGz = ["mlroi.js", "mlroi.wasm"].reduce((sum, f) => sum + gz(path.join(benchDir, "two", f)), 0);
const bareGz = ["bare.js", "bare.wasm"].reduce((sum, f) => sum + gz(path.join(benchDir, f)), 0);
const offlineGz = gz(path.join(webDir, "mlroi-offline.html"));

// The shipped pages for size and first frame; the test build (its hooks) for the analysis time.
const server = await serve({ "/": webDir, "/bench/": benchDir, "/test-build/": path.join(build, "web-test") });
const browser = await launch();
// From navigation start: the headline's first paint (Element Timing) and the first frame
// drawn; each page in a fresh context (no cache), alternating so all see the same machine.
async function times(url) {
  const ctx = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  const page = await ctx.newPage();
  await page.goto(url);
  await waitReady(page);
  const t = await page.evaluate(() => new Promise((resolve) => {
    const frame = document.querySelector("[data-mlroi]").mlroiFirstFrame;
    let done = false;
    const finish = (content) => { if (!done) { done = true; resolve({ frame, content }); } };
    try {
      new PerformanceObserver((list) => {
        const e = list.getEntries().find((x) => x.identifier === "mlroi-headline");
        if (e) finish(e.renderTime || e.loadTime);
      }).observe({ type: "element", buffered: true });
    } catch (e) { /* no Element Timing */ }
    setTimeout(() => finish(null), 500);
  }));
  await ctx.close();
  return t;
}
const runs = 7, one = [], two = [], bare = [];
await times(server.url + "/"); // warm the browser process once
for (let i = 0; i < runs; ++i) {
  bare.push(await times(server.url + "/bench/bare.html"));
  one.push(await times(server.url + "/"));
  two.push(await times(server.url + "/bench/two/"));
}
const ctx = await browser.newContext();
const page = await ctx.newPage();
await page.goto(server.url + "/test-build/");
await waitReady(page);
const analysisMs = await page.evaluate(() => document.querySelector("[data-mlroi]").mlroiInternals.benchAnalysis(50));
await browser.close();
await server.close();

const frame = (xs) => median(xs.map((x) => x.frame));
const content = (xs) => { const c = xs.map((x) => x.content).filter((x) => x != null); return c.length ? median(c).toFixed(0) + " ms" : "n/a"; };
const ratio = frame(one) / frame(bare);
const verdict = (ok) => (ok ? "ok" : "OVER TARGET");
console.log(`embed shipped, mlroi.js with its WebAssembly inside (gzip -9): ${kb(oneGz)}  target <= 300 KB  ${verdict(oneGz <= 300 * 1024)}`);
console.log(`  (not shipped: mlroi.js + mlroi.wasm apart ${kb(twoGz)}; bare Dear ImGui page ${kb(bareGz)}; offline single file ${kb(offlineGz)})`);
console.log(`first content (the headline, from the page's HTML), median of ${runs}: ${content(one)}; first frame ${frame(one).toFixed(0)} ms`);
console.log(`first frame, median of ${runs}: embed shipped ${frame(one).toFixed(0)} ms, mlroi.js + mlroi.wasm ${frame(two).toFixed(0)} ms, bare page ${frame(bare).toFixed(0)} ms, ratio ${ratio.toFixed(2)}  target <= 1.2  ${verdict(ratio <= 1.2)}`);
console.log(`one full analysis in WebAssembly (defaults, median of 50): ${analysisMs.toFixed(2)} ms  target <= 8 ms  ${verdict(analysisMs <= 8)}`);
