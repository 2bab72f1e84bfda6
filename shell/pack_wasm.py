"""Packs the WebAssembly module into the embed script: mlroi.js carries it gzip-compressed,
in base64, where shell/embed.js holds "@@MLROI_WASM@@". One file then serves every case:
a page that references it, the same page saved by a browser (Chromium will not fetch a
.wasm from file://) and the offline single file. Served gzipped, it weighs about what
mlroi.js and mlroi.wasm weigh apart (base64 of compressed bytes compresses little further).

usage: python3 shell/pack_wasm.py LINKED.js LINKED.wasm OUT.js
"""
import base64
import gzip
import os
import sys

script, wasm, out = sys.argv[1:4]
js = open(script, encoding="utf-8").read()
marker = '"@@MLROI_WASM@@"'
if js.count(marker) != 1:
    sys.exit("pack_wasm: %s must hold %s exactly once" % (script, marker))
payload = base64.b64encode(gzip.compress(open(wasm, "rb").read(), 9, mtime=0)).decode("ascii")
open(out + ".tmp", "w", encoding="utf-8").write(js.replace(marker, '"%s"' % payload))
os.replace(out + ".tmp", out)
