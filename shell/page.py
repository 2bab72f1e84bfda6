"""Writes a page of the build from its template in shell/.

usage: python3 shell/page.py TEMPLATE.html OUT.html [--cli build/mlroi] [--script mlroi.js]
                             [--icon favicon.svg]

--cli      each <!--MLROI_TEXT--> becomes the results of its widget's scenario as HTML text
           and tables (`build/mlroi html`: the element's data-scenario over the defaults, or
           the defaults), with the element ids of the nearest data-mlroi-prefix before it:
           what readers without JavaScript or WebGL, search engines and reader modes get,
           and what the reader sees until the widget's first frame.
--script   /*MLROI_SCRIPT*/ becomes that script (the offline single file).
--icon     href="favicon.svg" becomes the icon inlined as a data: URL (the offline file).
"""
import argparse
import html
import os
import re
import subprocess
import urllib.parse

parser = argparse.ArgumentParser()
parser.add_argument("template")
parser.add_argument("out")
parser.add_argument("--cli")
parser.add_argument("--script")
parser.add_argument("--icon")
args = parser.parse_args()
page = open(args.template, encoding="utf-8").read()


def results_text(before):
    """The text version for the widget whose markup ends `before`."""
    host = before.rfind("data-mlroi")
    tag = before[before.rfind("<", 0, host):] if host >= 0 else ""
    m = re.search(r"""data-scenario=(?:'([^']*)'|"([^"]*)")""", tag.split(">")[0])
    scenario = html.unescape(m.group(1) or m.group(2)) if m else None
    cmd = [args.cli, "html"] + (["-"] if scenario is not None else [])
    fragment = subprocess.run(cmd, input=scenario, capture_output=True, text=True, check=True).stdout
    prefixes = re.findall(r'data-mlroi-prefix="([^"]+)"', before)
    prefix = prefixes[-1] if prefixes else "mlroi"
    # The CLI's ids start with "mlroi-"; each widget's with its own prefix.
    fragment = re.sub(r'\b(id|aria-labelledby|aria-describedby|for|headers)="mlroi-',
                      lambda g: '%s="%s-' % (g.group(1), prefix), fragment)
    # Element Timing marks when the headline is first painted (make bench-web reports it).
    return fragment.replace('<p class="mlroi-headline">',
                            '<p class="mlroi-headline" elementtiming="mlroi-headline">', 1)


marker = "<!--MLROI_TEXT-->"
if args.cli:
    while marker in page:
        at = page.index(marker)
        page = page[:at] + results_text(page[:at]).rstrip("\n") + page[at + len(marker):]
if args.script:
    js = open(args.script, encoding="utf-8").read()
    # Inside <script>, "</script" would end the element early; "<\/" means the same in JS.
    js = js.replace("</script", "<\\/script")
    if page.count("/*MLROI_SCRIPT*/") != 1:
        raise SystemExit("page.py: %s must hold /*MLROI_SCRIPT*/ exactly once" % args.template)
    page = page.replace("/*MLROI_SCRIPT*/", js)
if args.icon:
    svg = open(args.icon, encoding="utf-8").read().strip()
    page = page.replace('href="favicon.svg"',
                        'href="data:image/svg+xml,%s"' % urllib.parse.quote(svg, safe=" =:/'\""), 1)
for leftover in (marker, "/*MLROI_SCRIPT*/"):
    if leftover in page:
        raise SystemExit("page.py: %s left in %s (pass --cli / --script)" % (leftover, args.out))
open(args.out + ".tmp", "w", encoding="utf-8").write(page)
os.replace(args.out + ".tmp", args.out)
