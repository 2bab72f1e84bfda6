// The widget's benchmark (make -f Makefile.emscripten bench-web): what an embed downloads
// (gzipped), the first frame beside a bare Dear ImGui page built with the same flags and
// platform layer in the same Chromium run, and one full analysis in WebAssembly.
// Targets: <= 300 KB gzipped; first frame <= 1.2x the bare page; <= 8 ms per analysis.
import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { build, serve, launch, waitReady } from "./lib.mjs";

const gz = (file) => gzipSync(readFileSync(file), { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(1) + " KB";
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

const webDir = process.env.MLROI_WEB_DIR || path.join(build, "web");
const embed = ["mlroi.js", "mlroi.wasm"].map((f) => path.join(webDir, f));
const embedGz = embed.reduce((sum, f) => sum + gz(f), 0);
const bareGz = ["bare.js", "bare.wasm"].reduce((sum, f) => sum + gz(path.join(build, "web-bench", f)), 0);
const offlineGz = gz(path.join(build, "web/mlroi-offline.html"));

const server = await serve({ "/": webDir, "/bench/": path.join(build, "web-bench") });
const browser = await launch();
// Time from navigation start to the first frame drawn, each page in a fresh context
// (no cache), alternating so both see the same machine state.
async function firstFrame(url) {
  const ctx = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  const page = await ctx.newPage();
  await page.goto(url);
  await waitReady(page);
  const t = await page.evaluate(() => document.querySelector("[data-mlroi]").mlroiFirstFrame);
  await ctx.close();
  return t;
}
const runs = 7, widget = [], bare = [];
await firstFrame(server.url + "/"); // warm the browser process once
for (let i = 0; i < runs; ++i) {
  bare.push(await firstFrame(server.url + "/bench/bare.html"));
  widget.push(await firstFrame(server.url + "/"));
}
const ctx = await browser.newContext();
const page = await ctx.newPage();
await page.goto(server.url + "/");
await waitReady(page);
const analysisMs = await page.evaluate(() => document.querySelector("[data-mlroi]").mlroiInternals.benchAnalysis(50));
await browser.close();
await server.close();

const ratio = median(widget) / median(bare);
const verdict = (ok) => (ok ? "ok" : "OVER TARGET");
console.log(`embed download (mlroi.js + mlroi.wasm, gzip -9): ${kb(embedGz)}  target <= 300 KB  ${verdict(embedGz <= 300 * 1024)}`);
console.log(`  (bare Dear ImGui page: ${kb(bareGz)}; offline single file: ${kb(offlineGz)})`);
console.log(`first frame, median of ${runs}: widget ${median(widget).toFixed(0)} ms, bare page ${median(bare).toFixed(0)} ms, ratio ${ratio.toFixed(2)}  target <= 1.2  ${verdict(ratio <= 1.2)}`);
console.log(`one full analysis in WebAssembly (defaults, median of 50): ${analysisMs.toFixed(2)} ms  target <= 8 ms  ${verdict(analysisMs <= 8)}`);
