// Browser tests of embedding (issue 10, items 2, 3, 5 and 6), run from run.mjs with its
// helpers: on a phone the widget is as tall as its content and a swipe scrolls the page (with
// a fixed height too); typed entry goes through a real <input>; share links restore a
// scenario exactly and refuse broken ones; mlroi-change; data-remember; the iframe embed's
// height. Expected values are worked out here, apart from the loader: the CLI's results, the
// share format's difference and base64url written with Node's own functions, lengths measured
// by the browser's layout.
import path from "node:path";
import { root, serve, countDrawCalls, waitReady, itemBox, dragSlider, clickItem, api } from "./lib.mjs";

const PHONE = { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 3 };

// What `value` changes from `base`: objects key by key, anything else whole.
function difference(value, base) {
  if (value && base && typeof value === "object" && typeof base === "object" && !Array.isArray(value) && !Array.isArray(base)) {
    const out = {};
    for (const k of Object.keys(value)) {
      const d = difference(value[k], base[k]);
      if (d !== undefined) out[k] = d;
    }
    return Object.keys(out).length ? out : undefined;
  }
  return JSON.stringify(value) === JSON.stringify(base) ? undefined : value;
}
const token = (json) => "v2." + Buffer.from(typeof json === "string" ? json : JSON.stringify(json)).toString("base64url");
const decode = (link) => JSON.parse(Buffer.from(link.split("=v2.")[1], "base64url").toString("utf8"));

// A finger from (x, y) moving (dx, dy) CSS px in ten steps, through the browser's input path.
async function swipe(page, cdp, x, y, dx, dy) {
  const at = (i) => [{ x: x + (dx * i) / 10, y: y + (dy * i) / 10 }];
  await cdp.send("Input.dispatchTouchEvent", { type: "touchStart", touchPoints: at(0) });
  for (let i = 1; i <= 10; ++i) {
    await cdp.send("Input.dispatchTouchEvent", { type: "touchMove", touchPoints: at(i) });
    await page.waitForTimeout(16);
  }
  await cdp.send("Input.dispatchTouchEvent", { type: "touchEnd", touchPoints: [] });
}
// Waits until f() gives the same value twice, `ms` apart; returns it.
async function steady(f, page, ms = 400, tries = 40) {
  let last = await f();
  for (let i = 0; i < tries; ++i) {
    await page.waitForTimeout(ms);
    const now = await f();
    if (JSON.stringify(now) === JSON.stringify(last)) return now;
    last = now;
  }
  return last;
}
const rect = (p, key, sel = "[data-mlroi]") => p.evaluate(([s, k]) => document.querySelector(s).mlroiInternals.itemRect(k), [sel, key]);

export async function embeddingTests({ browser, server, check, test, watch, canonical, cliAnalyze, defaults }) {
  // [SECTION] Phone: the widget as tall as its content, the page scrolls
  await test("phone: auto height and swipes", async () => {
    const ctx = await browser.newContext(PHONE);
    await ctx.addInitScript(countDrawCalls);
    const p = await ctx.newPage();
    watch(p, "phone");
    await p.goto(server.url + "/test/article.html");
    await waitReady(p);
    const size = () => p.evaluate(() => {
      const host = document.querySelector("[data-mlroi]"), stage = host.mlroiInternals.canvas.parentNode;
      return { host: host.getBoundingClientRect().height, stage: stage.getBoundingClientRect().height };
    });
    const s = await steady(size, p);
    check("with no height, the widget grows to its content (taller than three screens)", s.stage > 3 * 844, JSON.stringify(s));
    // Its last item, the "How we calculate" header, ends just inside it: no content below, no
    // scroll area inside.
    const last = await p.evaluate(() => {
      const i = document.querySelector("[data-mlroi]").mlroiInternals, r = i.itemRect("panel.method");
      return { bottom: i.canvas.offsetTop + r.y + r.h, stage: i.canvas.parentNode.getBoundingClientRect().height };
    });
    check("and ends just after its last item", last.bottom <= last.stage && last.stage - last.bottom < 60, JSON.stringify(last));
    check("the canvas is a band over the visible part, not the whole height", await p.evaluate(() => document.querySelector("[data-mlroi] canvas").getBoundingClientRect().height) < 2 * 844);

    // One 400 px swipe up, starting on the canvas on a section header (no slider).
    const scenario0 = canonical(await api(p, (m) => m.getScenario()));
    const head = await itemBox(p, "section.Program");
    await p.evaluate((dy) => window.scrollBy(0, dy), head.y - 650);
    await p.waitForTimeout(300);
    const start = await itemBox(p, "section.Program");
    const onSlider = await p.evaluate(([x, y]) => {
      const i = document.querySelector("[data-mlroi]").mlroiInternals, c = i.canvas.getBoundingClientRect();
      const r = i.itemRect("program.tuition_per_year");
      return document.elementFromPoint(x, y) !== i.canvas || (x - c.x >= r.x && x - c.x < r.x + r.w && y - c.y >= r.y && y - c.y < r.y + r.h);
    }, [start.x + 20, start.y + start.h / 2]);
    check("the swipe starts on the canvas, off the sliders", !onSlider);
    const cdp = await ctx.newCDPSession(p);
    const y0 = await p.evaluate(() => scrollY);
    await swipe(p, cdp, start.x + 20, start.y + start.h / 2, 0, -400);
    const y1 = await steady(() => p.evaluate(() => scrollY), p, 200);
    check("one 400 px vertical swipe on the canvas moves the page at least 300 px", y1 - y0 >= 300, `${y0} -> ${y1}`);
    check("and changes nothing in the widget (no click)", canonical(await api(p, (m) => m.getScenario())) === scenario0);
    // After the page moved, what is on screen is drawn: the band follows.
    const shown = await p.waitForFunction(() => {
      const i = document.querySelector("[data-mlroi]").mlroiInternals, c = i.canvas.getBoundingClientRect();
      return c.top <= 0 && c.bottom >= innerHeight;
    }, null, { timeout: 3000 }).then(() => true, () => false);
    check("the canvas covers the screen after the page moved", shown);

    // A sideways drag that starts on a slider still drags it.
    const t = await itemBox(p, "program.tuition_per_year");
    await swipe(p, cdp, t.x + t.w / 2, t.y + t.h / 2, 80, 0);
    await p.waitForTimeout(300);
    const tuition = (await api(p, (m) => m.getScenario())).program.tuition_per_year;
    check("a sideways drag on the tuition slider moves it up", tuition > 27776, String(tuition));

    // Idle: nothing drawn while still, nor for a scroll inside the band; a long one draws.
    await api(p, (m, d) => m.setScenario(d), defaults);
    const draws = () => p.evaluate(() => document.querySelector("[data-mlroi] canvas").__draws || 0);
    // Still: no frame for 600 ms (at most 6 s; a loaded machine settles late).
    for (let last = -1, k = 0; k < 10; ++k) {
      await p.waitForTimeout(600);
      const now = await draws();
      if (now === last) break;
      last = now;
    }
    const d0 = await draws();
    await p.waitForTimeout(1000);
    await p.evaluate(() => window.scrollBy(0, 40));
    await p.waitForTimeout(500);
    const d1 = await draws();
    check("idle, and a 40 px scroll of the page, draw nothing", d1 === d0, `${d1 - d0} draw calls`);
    await p.evaluate(() => window.scrollBy(0, 1500));
    await p.waitForTimeout(500);
    check("a 1,500 px scroll draws the part that comes into view", (await draws()) > d1);
    await ctx.close();
  });

  await test("phone: a fixed height scrolls the page too (cooperative)", async () => {
    const ctx = await browser.newContext(PHONE);
    const p = await ctx.newPage();
    watch(p, "phone-fixed");
    await p.goto(server.url + "/");
    await waitReady(p);
    const box = await p.evaluate(() => { const r = document.querySelector("[data-mlroi]").getBoundingClientRect(); return { y: r.y + scrollY, h: r.height }; });
    check("the demo page's widget keeps its 720 px", Math.abs(box.h - 720) <= 2, String(box.h));
    // From the top of the page: the widget's top third is on screen, the page can go 400 px.
    const c = await p.evaluate(() => { const r = document.querySelector("[data-mlroi] canvas").getBoundingClientRect(); return { x: r.x, y: r.y, max: document.documentElement.scrollHeight - innerHeight }; });
    check("the page can scroll 400 px", c.max >= 400 && c.y < 700, JSON.stringify(c));
    const cdp = await ctx.newCDPSession(p);
    const y0 = await p.evaluate(() => scrollY);
    await swipe(p, cdp, c.x + 12, Math.min(c.y + 60, 800), 0, -400);
    const y1 = await steady(() => p.evaluate(() => scrollY), p, 200);
    check("one 400 px swipe on a 720 px widget moves the page at least 300 px", y1 - y0 >= 300, `${y0} -> ${y1}`);
    await ctx.close();
  });

  // [SECTION] Typed entry: a real <input inputmode="decimal"> over the field
  await test("phone: typing into tuition", async () => {
    const ctx = await browser.newContext(PHONE);
    const p = await ctx.newPage();
    watch(p, "phone-typing");
    await p.goto(server.url + "/test/article.html");
    await waitReady(p);
    const tap = async () => {
      const b = await itemBox(p, "program.tuition_per_year");
      await p.touchscreen.tap(b.x + b.w / 2, b.y + b.h / 2);
      return p.waitForFunction(() => document.activeElement && document.activeElement.tagName === "INPUT", null, { timeout: 3000 }).then(() => true, () => false);
    };
    check("a tap on the tuition slider focuses an <input>", await tap());
    const field = await p.evaluate(() => {
      const i = document.activeElement, c = document.querySelector("[data-mlroi] canvas").getBoundingClientRect(), r = i.getBoundingClientRect();
      return { mode: i.getAttribute("inputmode"), label: i.getAttribute("aria-label"), value: i.value, all: i.selectionStart === 0 && i.selectionEnd === i.value.length, inside: r.left >= c.left && r.right <= c.right + 1 };
    });
    check("it is <input inputmode=decimal> named Tuition per year, holding $27,776 selected", field.mode === "decimal" && field.label === "Tuition per year" && field.value === "27776" && field.all && field.inside, JSON.stringify(field));
    check("the tap itself changed nothing", (await api(p, (m) => m.getScenario())).program.tuition_per_year === 27776);
    await p.keyboard.type("15000");
    await p.keyboard.press("Enter");
    await p.waitForFunction(() => document.querySelector("[data-mlroi]").mlroi.getScenario().program.tuition_per_year === 15000, null, { timeout: 3000 }).catch(() => {});
    const s = await api(p, (m) => m.getScenario());
    check("typing 15000 and Enter sets getScenario().program.tuition_per_year to 15000", s.program.tuition_per_year === 15000, String(s.program.tuition_per_year));
    check("and getResults() is build/mlroi analyze of that scenario", canonical(await api(p, (m) => m.getResults())) === canonical(cliAnalyze(s)));
    check("Enter closed the input and gave the canvas its focus back", await p.evaluate(() => document.activeElement === document.querySelector("[data-mlroi] canvas")));

    // A refused value: the core's message beside the input, which stays open.
    check("a second tap opens it again", await tap());
    await p.keyboard.type("-5");
    await p.keyboard.press("Enter");
    await p.waitForTimeout(200);
    const refused = await p.evaluate(() => {
      const i = document.activeElement, note = document.getElementById(i.getAttribute("aria-describedby"));
      return { tag: i.tagName, invalid: i.getAttribute("aria-invalid"), note: note && note.textContent, role: note && note.getAttribute("role"), shown: !!(note && note.getClientRects().length) };
    });
    check("-5 is refused with the core's message beside the input (aria-invalid, role=alert)",
      refused.tag === "INPUT" && refused.invalid === "true" && refused.note === "must be a finite number from 0 to 500000, got -5" && refused.role === "alert" && refused.shown, JSON.stringify(refused));
    await p.keyboard.press("Escape");
    await p.waitForTimeout(200);
    check("Escape cancels: the input closes and tuition stays 15000", (await p.evaluate(() => !document.querySelector("[data-mlroi] .mlroi-stage > input") || document.querySelector("[data-mlroi] .mlroi-stage > input").style.display === "none")) &&
      (await api(p, (m) => m.getScenario())).program.tuition_per_year === 15000);
    await ctx.close();
  });

  await test("desktop: Ctrl+click types, $ and commas are read", async () => {
    const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const p = await ctx.newPage();
    watch(p, "ctrl-click");
    await p.goto(server.url + "/");
    await waitReady(p);
    const b = await itemBox(p, "financing.savings");
    await p.keyboard.down("Control");
    await p.mouse.click(b.x + b.w / 2, b.y + b.h / 2);
    await p.keyboard.up("Control");
    const open = await p.waitForFunction(() => document.activeElement && document.activeElement.tagName === "INPUT", null, { timeout: 3000 }).then(() => true, () => false);
    check("Ctrl+click on a slider opens the <input>", open);
    await p.keyboard.press("Control+A");
    await p.keyboard.type("$12,500");
    await p.keyboard.press("Enter");
    await p.waitForTimeout(300);
    check("\"$12,500\" sets savings to 12500", (await api(p, (m) => m.getScenario())).financing.savings === 12500);
    await ctx.close();
  });

  // [SECTION] Share links
  await test("share links", async () => {
    const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    await ctx.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    const p = await ctx.newPage();
    watch(p, "share");
    await p.goto(server.url + "/");
    await waitReady(p);
    // A scenario with a changed list, a figure of the reader's own where the defaults leave it
    // to the evidence, and one set and then put back to the evidence (no difference).
    await api(p, (m) => m.setScenario({ program: { tuition_per_year: 41234.5, modality: "online", extra_housing_per_month: 0 },
      you: { current_salary: 91000, has: ["programming", "calculus"] }, outcome: { salary: 120000 } }));
    await api(p, (m) => m.setScenario({ outcome: { salary: null } }));
    await dragSlider(p, "financing.federal_rate", 40);
    const want = await api(p, (m) => m.getScenario());
    const link = await p.evaluate(() => document.querySelector("[data-mlroi]").mlroi.getShareLink());
    check("the link is this page with #mlroi=v2.<base64url>", link.startsWith(server.url + "/#mlroi=v2.") && /^[A-Za-z0-9_-]+$/.test(link.split("=v2.")[1]), link);
    check("it holds exactly the difference from the defaults (a null put back is none)", canonical(decode(link)) === canonical(difference(want, defaults)), JSON.stringify(decode(link)));
    check("the page's own address is left alone", await p.evaluate(() => location.hash === ""));
    await p.getByRole("button", { name: "Copy link" }).click();
    const copied = await p.waitForFunction(() => { const b = document.querySelector(".mlroi-copied"); return b && b.textContent; }, null, { timeout: 3000 }).then((h) => h.jsonValue(), () => "");
    const clip = await p.evaluate(() => navigator.clipboard.readText()).catch((e) => "read failed: " + e.message);
    check("Copy link puts the same link on the clipboard and says so", clip === link && copied === "Link copied", `${copied} | ${clip.slice(0, 80)}`);

    const q = await ctx.newPage();
    watch(q, "share-open");
    await q.goto(link);
    await waitReady(q);
    check("the link opened in a new page restores the scenario exactly", canonical(await api(q, (m) => m.getScenario())) === canonical(want));
    check("with the CLI's results for it", canonical(await api(q, (m) => m.getResults())) === canonical(cliAnalyze(want)));
    // A link to the same page opened later changes only the fragment: it applies too.
    await q.evaluate((t) => { location.hash = "mlroi=" + t; }, token({ program: { tuition_per_year: 33333 } }));
    await q.waitForTimeout(300);
    check("a new fragment on the open page applies over the defaults", canonical(await api(q, (m) => m.getScenario())) === canonical({ ...defaults, program: { ...defaults.program, tuition_per_year: 33333 } }));

    // Two widgets: a link names one by its id or its index; the other keeps its start.
    const r = await ctx.newPage();
    watch(r, "share-two");
    await r.goto(server.url + "/test/two.html#mlroi-b=" + token({ program: { years: 1 } }) + "&mlroi-0=" + token({ program: { years: 3 } }));
    await waitReady(r, "[data-mlroi]", 0);
    await waitReady(r, "[data-mlroi]", 1);
    const a = await api(r, (m) => m.getScenario(), null, "[data-mlroi]", 0);
    const b = await api(r, (m) => m.getScenario(), null, "[data-mlroi]", 1);
    check("#mlroi-b= sets the widget with id b, over the defaults (its data-scenario gone)", b.program.years === 1 && b.program.tuition_per_year === 27776, JSON.stringify(b.program));
    check("#mlroi-0= sets the first widget", a.program.years === 3, String(a.program.years));
    check("the second widget's link names it by id", (await api(r, (m) => m.getShareLink(), null, "[data-mlroi]", 1)).includes("#mlroi-b=v2."));
    await ctx.close();
  });

  await test("share links: broken and hostile fragments", async () => {
    const ctx = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    let deep = 1;
    for (let i = 0; i < 100; ++i) deep = [deep];
    const bad = [
      ["bad base64", "v2.@@@", "damaged (it holds characters no scenario link has)"],
      ["base64 cut short", "v2.A", "damaged (not base64url-encoded UTF-8 text)"],
      ["not UTF-8", "v2." + Buffer.from([0xff, 0xfe, 0x7b]).toString("base64url"), "damaged (not base64url-encoded UTF-8 text)"],
      ["bad JSON", token('{"program": {"tuition_per_year": 5'), "damaged (its scenario is not JSON"],
      ["wrong version", "v1." + token({}).slice(3), "another version of this calculator (v1; this one reads v2)"],
      ["a later version", "v3." + token({}).slice(3), "another version of this calculator (v3; this one reads v2)"],
      ["not a link at all", "hello", "not a scenario link of this calculator"],
      ["unknown field", token({ program: { tuition: 5 } }), "program.tuition: unknown field"],
      ["__proto__", token('{"__proto__": {"x": 1}}'), "__proto__: unknown field"],
      ["deep nesting", token({ program: { name: deep } }), "nested more than 64 levels deep"],
      ["2 MB", "v2." + "A".repeat(2000000), "too long (2000003 characters"],
      ["out of range", token({ program: { tuition_per_year: -5 } }), "program.tuition_per_year: must be a finite number from 0 to 500000, got -5"],
      ["not an object", token([1, 2]), "holds no scenario (a JSON object)"],
    ];
    for (const [name, t, says] of bad) {
      const p = await ctx.newPage();
      const errors = [];
      p.on("pageerror", (e) => errors.push(e.message));
      await p.goto(server.url + "/#mlroi=" + t);
      await waitReady(p);
      const note = await p.evaluate(() => { const n = document.querySelector(".mlroi-notice"); return n ? n.textContent : ""; });
      const s = await api(p, (m) => m.getScenario());
      check(`fragment ${name}: a message (${says}), the defaults, no page error`,
        note.includes(says) && note.startsWith("The scenario in this link could not be opened") && canonical(s) === canonical(defaults) && errors.length === 0 && (await p.evaluate(() => document.querySelector("[data-mlroi] canvas").__draws !== 0)),
        `${note.slice(0, 200)} | ${errors.join(" | ")}`);
      await p.close();
    }
    await ctx.close();
  });

  // [SECTION] mlroi-change and data-remember
  await test("mlroi-change", async () => {
    const ctx = await browser.newContext({ viewport: { width: 1200, height: 900 } });
    const p = await ctx.newPage();
    watch(p, "change");
    await p.goto(server.url + "/");
    await waitReady(p);
    await p.evaluate(() => {
      window.__changes = [];
      document.querySelector("[data-mlroi]").addEventListener("mlroi-change", (e) => window.__changes.push(e.detail));
    });
    await dragSlider(p, "program.tuition_per_year", 60);
    await p.waitForTimeout(1200);
    const changes = await p.evaluate(() => window.__changes);
    const s = await api(p, (m) => m.getScenario()), r = await api(p, (m) => m.getResults());
    check("a drag fires mlroi-change once, after it settles", changes.length === 1, String(changes.length));
    const d = changes[0] || {};
    check("its detail holds the difference from the defaults", canonical(d.difference) === canonical(difference(s, defaults)) && Object.keys(d.difference.program).join() === "tuition_per_year", JSON.stringify(d.difference));
    check("and the headline figures of getResults()", d.headline && d.headline.npv === r.npv && d.headline.median === r.uncertainty.p50 && d.headline.chance === r.uncertainty.p_positive && d.headline.verdict === r.verdict.headline, JSON.stringify(d.headline));
    await api(p, (m) => m.setScenario({ program: { years: 3 } }));
    await p.waitForTimeout(1000);
    check("setScenario (the page's own change) fires none", (await p.evaluate(() => window.__changes.length)) === 1);
    await ctx.close();
  });

  await test("data-remember", async () => {
    const ctx = await browser.newContext({ viewport: { width: 1000, height: 800 } });
    const p = await ctx.newPage();
    watch(p, "remember");
    await p.goto(server.url + "/test/remember.html");
    await waitReady(p);
    const changed = p.evaluate(() => new Promise((resolve) => document.querySelector("[data-mlroi]").addEventListener("mlroi-change", resolve, { once: true })));
    await dragSlider(p, "program.tuition_per_year", 50);
    await clickItem(p, "program.modality=hybrid");
    await changed;
    await p.waitForTimeout(600);
    const before = await api(p, (m) => m.getScenario());
    check("the reader changed the scenario", before.program.modality === "hybrid" && before.program.tuition_per_year !== 27776);
    await p.reload();
    await waitReady(p);
    check("after a reload, data-remember restores the last scenario", canonical(await api(p, (m) => m.getScenario())) === canonical(before));
    // Whatever else is in storage for it, the widget starts, from the defaults.
    await p.evaluate(() => { for (let i = 0; i < localStorage.length; ++i) localStorage.setItem(localStorage.key(i), "v2.!!not a scenario"); });
    const errors = [];
    p.on("pageerror", (e) => errors.push(e.message));
    await p.reload();
    await waitReady(p);
    check("a damaged remembered scenario gives the defaults, and no error", canonical(await api(p, (m) => m.getScenario())) === canonical(defaults) && errors.length === 0, errors.join(" | "));
    await ctx.close();
  });

  // [SECTION] The iframe embed: embed.html sizes itself through postMessage
  for (const width of [360, 1200]) {
    await test(`iframe embed at ${width} px`, async () => {
      const ctx = await browser.newContext({ viewport: { width, height: 900 } });
      const p = await ctx.newPage();
      watch(p, `iframe-${width}`);
      // The parent (README's snippet) on another origin than the frame: another port.
      const other = await serve({ "/test/": path.join(root, "tests/browser/pages") });
      const src = server.url + "/embed.html" + (width === 360 ? "?s=" : "#mlroi=") + token({ program: { tuition_per_year: 19000 } });
      await p.goto(other.url + "/test/frame.html?src=" + encodeURIComponent(src));
      const frame = await (async () => { for (let i = 0; i < 100; ++i) { const f = p.frames().find((x) => x.url().includes("/embed.html")); if (f) return f; await p.waitForTimeout(100); } })();
      await waitReady(frame);
      const height = await steady(() => p.evaluate(() => document.querySelector("iframe").getBoundingClientRect().height), p, 500);
      const inside = await frame.evaluate(() => {
        const host = document.querySelector("[data-mlroi]"), i = host.mlroiInternals, r = i.itemRect("panel.method");
        const c = i.canvas.getBoundingClientRect();
        return { content: host.getBoundingClientRect().bottom + scrollY, scroll: document.documentElement.scrollHeight, view: innerHeight, last: c.top + scrollY + r.y + r.h };
      });
      check(`at ${width} px the iframe is within 2 px of its content's height, with no scroll inside`,
        Math.abs(height - inside.content) <= 2 && inside.scroll <= inside.view + 2 && inside.last <= height && height - inside.last < 60 && height > 900, JSON.stringify({ height, ...inside }));
      check(`at ${width} px it takes the scenario from its address (${width === 360 ? "?s=" : "#mlroi="})`, (await api(frame, (m) => m.getScenario())).program.tuition_per_year === 19000);
      // The page scrolled to the frame's end: the frame draws what comes into view.
      await p.evaluate(() => { const f = document.querySelector("iframe").getBoundingClientRect(); window.scrollBy(0, f.bottom - innerHeight + 10); });
      const drawn = await frame.waitForFunction(() => document.querySelector("[data-mlroi]").mlroiInternals.itemRect("panel.method").visible, null, { timeout: 5000 }).then(() => true, () => false);
      check(`at ${width} px, scrolled to the frame's end, its last item is drawn`, drawn);
      await ctx.close();
      await other.close();
    });
  }
}

