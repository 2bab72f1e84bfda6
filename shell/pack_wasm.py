"""Packs the WebAssembly module into the embed script: mlroi.js carries it gzip-compressed,
in base64, where shell/embed.js holds "@@MLROI_WASM@@". One file then serves every case:
a page that references it, the same page saved by a browser (Chromium will not fetch a
.wasm from file://) and the offline single file. The gzip is zopfli's when installed. Served gzipped, it weighs about what
mlroi.js and mlroi.wasm weigh apart (base64 of compressed bytes compresses little further).

usage: python3 shell/pack_wasm.py LINKED.js LINKED.wasm OUT.js
"""
import base64
import gzip
import os
import shutil
import subprocess
import sys

script, wasm, out = sys.argv[1:4]
js = open(script, encoding="utf-8").read()
marker = '"@@MLROI_WASM@@"'
if js.count(marker) != 1:
    sys.exit("pack_wasm: %s must hold %s exactly once" % (script, marker))

def compressed(path):
    """gzip of the file: zopfli's (tools/deps.sh installs it; deterministic, mtime 0, some 5%
    smaller than gzip -9, and DecompressionStream("gzip") reads it the same), else gzip -9."""
    if shutil.which("zopfli"):
        return subprocess.run(["zopfli", "-c", path], check=True, stdout=subprocess.PIPE).stdout
    print("pack_wasm: zopfli not found (tools/deps.sh web installs it): gzip -9, about 5% larger",
          file=sys.stderr)
    return gzip.compress(open(path, "rb").read(), 9, mtime=0)


payload = base64.b64encode(compressed(wasm)).decode("ascii")
open(out + ".tmp", "w", encoding="utf-8").write(js.replace(marker, '"%s"' % payload))
os.replace(out + ".tmp", out)
