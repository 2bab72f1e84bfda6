"""Inlines a script into an HTML template at /*MLROI_SCRIPT*/: the offline single file.

usage: python3 shell/inline_script.py TEMPLATE.html SCRIPT.js OUT.html
"""
import sys

template, script, out = sys.argv[1:4]
html = open(template, encoding="utf-8").read()
js = open(script, encoding="utf-8").read()
# Inside <script>, "</script" would end the element early; "<\/" means the same in JS.
js = js.replace("</script", "<\\/script")
marker = "/*MLROI_SCRIPT*/"
if html.count(marker) != 1:
    sys.exit("inline_script: %s must hold %s exactly once" % (template, marker))
open(out + ".tmp", "w", encoding="utf-8").write(html.replace(marker, js))
import os
os.replace(out + ".tmp", out)
