// Shared by the browser tests and the web benchmark: a static file server on 127.0.0.1 (an
// ephemeral port), headless Chromium through playwright-core, and helpers that drive a
// widget by the field paths it reports (host.mlroiInternals.itemRect).
import { createServer } from "node:http";
import { mkdtempSync, mkdirSync, readFileSync, writeFileSync, existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
// The locked version in the repository's node_modules/ (package-lock.json; tools/deps.sh).
import { chromium } from "playwright-core";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const build = path.join(root, process.env.BUILD || "build");
// The pages under test: the test build (build/web-test: the shipped pages with the test hooks,
// element.mlroiInternals, linked in). The shipped build is build/web.
export const web = process.env.MLROI_WEB_DIR || path.join(build, "web-test");

const types = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript", ".mjs": "text/javascript",
  ".wasm": "application/wasm", ".png": "image/png", ".json": "application/json",
  ".css": "text/css", ".svg": "image/svg+xml",
};

// Serves `mounts` ({"/": dir, "/test/": dir}); resolves to {url, close, requests}. `headers`
// go with every HTML page (a Content-Security-Policy, say).
export function serve(mounts, headers = {}) {
  const requests = [];
  const server = createServer((req, res) => {
    const url = new URL(req.url, "http://x");
    requests.push(url.pathname);
    const prefix = Object.keys(mounts).sort((a, b) => b.length - a.length).find((p) => url.pathname.startsWith(p));
    if (!prefix) { res.writeHead(404).end(); return; }
    let file = path.join(mounts[prefix], decodeURIComponent(url.pathname.slice(prefix.length)));
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, "index.html");
    if (!file.startsWith(mounts[prefix]) || !existsSync(file)) { res.writeHead(404).end(); return; }
    const type = types[path.extname(file)] || "application/octet-stream";
    res.writeHead(200, { "content-type": type, "cache-control": "no-store", ...(type.startsWith("text/html") ? headers : {}) });
    res.end(readFileSync(file));
  });
  return new Promise((resolve) => server.listen(0, "127.0.0.1", () => {
    resolve({ url: `http://127.0.0.1:${server.address().port}`, requests, close: () => new Promise((r) => server.close(r)) });
  }));
}

// TOOLCHAIN.md's flags for headless Chromium as root on a closed network.
export const chromiumArgs = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
    "--disable-background-networking", "--disable-component-update", "--disable-sync",
    "--use-angle=swiftshader", "--enable-unsafe-swiftshader"];
export async function launch() {
  const args = chromiumArgs;
  const userDataDir = mkdtempSync(path.join(tmpdir(), "mlroi-chromium-"));
  return chromium.launch({ executablePath: "/usr/bin/chromium", args, headless: true,
    env: { ...process.env, HOME: userDataDir } });
}

// Counts WebGL draw calls per canvas: installed before any page script runs.
export const countDrawCalls = () => {
  const wrap = (proto) => {
    for (const name of ["drawElements", "drawArrays"]) {
      const original = proto[name];
      proto[name] = function (...args) {
        const c = this.canvas;
        c.__draws = (c.__draws || 0) + 1;
        window.__draws = (window.__draws || 0) + 1;
        return original.apply(this, args);
      };
    }
  };
  if (window.WebGL2RenderingContext) wrap(WebGL2RenderingContext.prototype);
  if (window.WebGLRenderingContext) wrap(WebGLRenderingContext.prototype);
};

export async function waitReady(page, selector = "[data-mlroi]", index = 0) {
  await page.waitForFunction(([s, i]) => {
    const host = document.querySelectorAll(s)[i];
    return host && host.mlroi && host.mlroiFirstFrame;
  }, [selector, index], { timeout: 20000 });
}

// The widget's rectangle for a field, in page coordinates, scrolled into view if needed.
export async function itemBox(page, key, selector = "[data-mlroi]", index = 0) {
  for (let attempt = 0; attempt < 60; ++attempt) {
    const r = await page.evaluate(([s, i, k]) => {
      const host = document.querySelectorAll(s)[i];
      const rect = host.mlroiInternals.itemRect(k);
      const c = host.mlroiInternals.canvas.getBoundingClientRect();
      return rect && { ...rect, cx: c.x, cy: c.y, cw: c.width, ch: c.height, vh: innerHeight, auto: host.mlroiInternals.autoHeight };
    }, [selector, index, key]);
    if (!r) throw new Error(`no item ${key}`);
    const y = r.cy + r.y;
    // In the widget (or, as tall as its content, in the page), but outside the viewport.
    if ((r.visible || r.auto) && (y < 0 || y + r.h > r.vh)) {
      await page.evaluate((dy) => window.scrollBy(0, dy), y - r.vh / 2);
      await page.waitForTimeout(100);
      continue;
    }
    if (r.visible) return { x: r.cx + r.x, y, w: r.w, h: r.h };
    if (r.auto) { await page.waitForTimeout(60); continue; } // the canvas follows the page
    // Scroll the widget (its own scroll area) towards the item with the wheel.
    await page.mouse.move(r.cx + r.cw / 2, r.cy + r.ch * 0.75);
    await page.mouse.wheel(0, r.y > r.ch / 2 ? 120 : -120);
    await page.waitForTimeout(60);
  }
  throw new Error(`item ${key} never became visible`);
}

// Drags a slider from its middle by dx CSS px, in steps.
export async function dragSlider(page, key, dx, selector, index) {
  const b = await itemBox(page, key, selector, index);
  const y = b.y + b.h / 2;
  const x = b.x + b.w / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  for (let i = 1; i <= 8; ++i) { await page.mouse.move(x + (dx * i) / 8, y); await page.waitForTimeout(20); }
  await page.mouse.up();
  await settle(page, selector, index);
}

export async function clickItem(page, key, selector, index) {
  const b = await itemBox(page, key, selector, index);
  await page.mouse.click(b.x + b.w / 2, b.y + b.h / 2);
  await settle(page, selector, index);
}

// Waits until the widget has drawn the frames its input asked for (it draws a few after each
// input, then stops): on a loaded machine a fixed wait can end before a click is applied.
export async function settle(page, selector = "[data-mlroi]", index = 0) {
  const frames = () => page.evaluate(([s, i]) => document.querySelectorAll(s)[i].mlroiInternals.frames(), [selector, index]);
  await page.waitForTimeout(50);
  let last = await frames();
  for (let t = 0; t < 60; ++t) {
    await page.waitForTimeout(60);
    const now = await frames();
    if (now === last) return;
    last = now;
  }
}

export const api = (page, fn, arg, selector = "[data-mlroi]", index = 0) =>
  page.evaluate(([s, i, src, a]) => {
    const host = document.querySelectorAll(s)[i];
    return new Function("m", "arg", `return (${src})(m, arg);`)(host.mlroi, a);
  }, [selector, index, fn.toString(), arg]);

// [SECTION] Saving pages, as browsers do

// Chromium's "Save page as... Webpage, complete": the DOM as it is now (not the HTML first
// served), with every resource it references (scripts, style sheets, icons, images) saved
// into NAME_files/ and the references rewritten there; scripts keep their name plus
// ".download", as Chromium names them. Returns the path of NAME.html in `dir`.
export async function saveComplete(page, dir, name = "article") {
  const { html, urls } = await page.evaluate(() => {
    const urls = [], doc = document.documentElement.cloneNode(true);
    for (const el of doc.querySelectorAll("script[src], link[href], img[src]")) {
      const attr = el.tagName === "LINK" ? "href" : "src";
      if (el.tagName === "LINK" && !/\b(stylesheet|icon)\b/i.test(el.getAttribute("rel") || "")) continue;
      urls.push({ url: new URL(el.getAttribute(attr), document.baseURI).href, script: el.tagName === "SCRIPT" });
      el.setAttribute(attr, "@@MLROI_SAVED_" + (urls.length - 1) + "@@");
    }
    return { html: "<!DOCTYPE html>\n" + doc.outerHTML, urls };
  });
  const files = `${name}_files`;
  mkdirSync(path.join(dir, files), { recursive: true });
  let out = `<!-- saved from url=(${String(page.url().length).padStart(4, "0")})${page.url()} -->\n` + html;
  for (let i = 0; i < urls.length; ++i) {
    const body = await (await page.request.get(urls[i].url)).body();
    const base = path.basename(new URL(urls[i].url).pathname) || "index";
    const file = `${files}/${base}${urls[i].script ? ".download" : ""}`;
    writeFileSync(path.join(dir, file), body);
    out = out.replace(`@@MLROI_SAVED_${i}@@`, `./${file}`);
  }
  const htmlPath = path.join(dir, `${name}.html`);
  writeFileSync(htmlPath, out);
  return htmlPath;
}

// The HTML of an MHTML snapshot (CDP Page.captureSnapshot): its first text/html part,
// quoted-printable decoded.
export function mhtmlHtml(mhtml) {
  const at = mhtml.search(/Content-Type: text\/html/i);
  const start = mhtml.indexOf("\r\n\r\n", at) + 4;
  const boundary = /boundary="([^"]+)"/.exec(mhtml)[1];
  const body = mhtml.slice(start, mhtml.indexOf("--" + boundary, start)).replace(/=\r?\n/g, "");
  const bytes = [];
  for (let i = 0; i < body.length; ++i) {
    if (body[i] === "=" && /^[0-9A-F]{2}$/.test(body.substr(i + 1, 2))) { bytes.push(parseInt(body.substr(i + 1, 2), 16)); i += 2; }
    else bytes.push(body.charCodeAt(i));
  }
  return Buffer.from(bytes).toString("utf8");
}

// axe-core's source, from the locked version in node_modules/.
export const axeSource = () => readFileSync(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");
