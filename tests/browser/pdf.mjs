// The text of a PDF that Chromium printed (Skia's PDF writer): each page's content streams,
// their glyph strings mapped to text through each font's ToUnicode CMap. Enough to find a
// sentence in page.pdf()'s output, whitespace aside; not a general PDF reader.
import { inflateSync, constants } from "node:zlib";

function objects(pdf) {
  const s = pdf.toString("latin1"), objs = new Map();
  const re = /(\d+)\s+0\s+obj\b/g;
  let m;
  while ((m = re.exec(s))) {
    const end = s.indexOf("endobj", re.lastIndex);
    if (end < 0) break;
    let body = s.slice(re.lastIndex, end), data = null;
    const at = body.search(/\bstream\r?\n/);
    if (at >= 0) {
      const start = body.indexOf("\n", at) + 1;
      const stop = body.lastIndexOf("endstream");
      let bytes = Buffer.from(body.slice(start, stop), "latin1");
      if (/\/FlateDecode/.test(body.slice(0, at))) {
        try { bytes = inflateSync(bytes, { finishFlush: constants.Z_SYNC_FLUSH }); } catch { bytes = Buffer.alloc(0); }
      }
      data = bytes.toString("latin1");
      body = body.slice(0, at);
    }
    objs.set(Number(m[1]), { dict: body, data });
    re.lastIndex = end;
  }
  return objs;
}

// A ToUnicode CMap: glyph code (hex) -> text.
function cmap(text) {
  const map = new Map();
  const utf16 = (hex) => String.fromCharCode(...hex.match(/..../g).map((h) => parseInt(h, 16)));
  for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g))
    for (const [, code, uni] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) map.set(code.toLowerCase(), utf16(uni));
  for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g))
    for (const [, lo, hi, uni] of block[1].matchAll(/<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>\s*<([0-9a-fA-F]+)>/g)) {
      const width = lo.length, base = parseInt(uni, 16);
      for (let c = parseInt(lo, 16), k = 0; c <= parseInt(hi, 16); ++c, ++k)
        map.set(c.toString(16).padStart(width, "0"), String.fromCharCode(base + k));
    }
  return map;
}

const ref = (dict, key) => { const m = new RegExp("/" + key + "\\s+(\\d+)\\s+0\\s+R").exec(dict); return m && Number(m[1]); };

export function pdfText(pdf) {
  const objs = objects(pdf);
  const dictOf = (n) => (objs.get(n) || { dict: "" }).dict;
  let out = "";
  for (const [, page] of objs) {
    if (!/\/Type\s*\/Page\b/.test(page.dict)) continue;
    // Fonts: the page's resources (inline or referenced), /Name -> ToUnicode map.
    const resN = ref(page.dict, "Resources");
    const resources = resN ? dictOf(resN) : page.dict;
    const fontsAt = /\/Font\s*(?:(\d+)\s+0\s+R|<<([\s\S]*?)>>)/.exec(resources);
    const fontDict = fontsAt ? (fontsAt[1] ? dictOf(Number(fontsAt[1])) : fontsAt[2]) : "";
    const fonts = new Map();
    for (const [, name, n] of fontDict.matchAll(/\/([\w.+-]+)\s+(\d+)\s+0\s+R/g)) {
      const tu = ref(dictOf(Number(n)), "ToUnicode");
      fonts.set(name, tu && objs.get(tu) && objs.get(tu).data ? cmap(objs.get(tu).data) : new Map());
    }
    const contents = /\/Contents\s*(?:\[([^\]]*)\]|(\d+)\s+0\s+R)/.exec(page.dict);
    const streams = contents ? (contents[1] ? [...contents[1].matchAll(/(\d+)\s+0\s+R/g)].map((x) => Number(x[1])) : [Number(contents[2])]) : [];
    for (const n of streams) {
      const data = (objs.get(n) || {}).data || "";
      let font = new Map();
      for (const t of data.matchAll(/\/([\w.+-]+)\s+[\d.]+\s+Tf|(\[(?:[^\]]*)\])\s*TJ|<([0-9a-fA-F]*)>\s*Tj|(T\*|Td|TD|ET)\b/g)) {
        if (t[1]) font = fonts.get(t[1]) || new Map();
        const hexes = t[2] ? [...t[2].matchAll(/<([0-9a-fA-F]*)>/g)].map((x) => x[1]) : t[3] !== undefined ? [t[3]] : [];
        for (const hex of hexes) {
          const width = [...font.keys()][0]?.length || 4;
          for (let i = 0; i + width <= hex.length; i += width) out += font.get(hex.slice(i, i + width).toLowerCase()) ?? "";
        }
        if (t[4]) out += " ";
      }
      out += "\n";
    }
  }
  return out;
}
