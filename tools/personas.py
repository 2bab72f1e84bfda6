#!/usr/bin/env python3
"""The ten readers (tests/personas/): what mlroi says for each, as the README's table; and
README's other generated blocks.

    python3 tools/personas.py MLROI                  print the table (markdown)
    python3 tools/personas.py MLROI --check README   check README's table is this one, and the
                                                     signs and orderings in expectations.json

The table in README.md sits between <!-- personas:begin --> and <!-- personas:end -->, the
default reader's story between <!-- default:begin --> and <!-- default:end -->, the scenario's
field table (`mlroi fields --markdown`, from core/fields.cpp) between <!-- fields:begin --> and
<!-- fields:end -->; none is typed by hand: run
`python3 tools/personas.py build/mlroi --write README.md`.
"""
import json
import os
import subprocess
import sys

HERE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "tests", "personas")


def merge(base, patch):
    out = dict(base)
    for k, v in patch.items():
        out[k] = merge(out.get(k, {}), v) if isinstance(v, dict) else v
    return out


def analyze(mlroi, spec):
    with open(os.path.join(HERE, spec["file"])) as f:
        scenario = merge(json.load(f), spec.get("patch", {}))
    run = subprocess.run([mlroi, "analyze", "-"], input=json.dumps(scenario), capture_output=True,
                         text=True, check=True)
    return json.loads(run.stdout)


def money(x):
    return ("-" if x < 0 else "+") + "${:,.0f}".format(abs(x))


def table(mlroi, expectations):
    rows = ["| reader | NPV (median) | chance | verdict | loan | evidence suggests |",
            "| --- | --- | --- | --- | --- | --- |"]
    results = {}
    for r in expectations["readers"]:
        res = analyze(mlroi, r)
        results[r["file"]] = res
        u, loan = res["uncertainty"], res["loan"]
        debt = loan["balance_at_repayment"]
        loan_text = "none" if debt <= 0 else "${:,.0f}, {} risk".format(
            debt, res["loan_risk"]["level"].replace("_", " "))
        boot = [a for a in res["alternatives"] if a["key"] == "bootcamp"]
        extra = " (bootcamp {})".format(money(boot[0]["npv"])) if "bootcamp_sign" in r else ""
        rows.append("| {} | {}{} ({}) | {:.0%} | {} | {} | {} |".format(
            r["reader"], money(res["npv"]), extra, money(u["p50"]), u["p_positive"],
            res["verdict"]["level"], loan_text, r["evidence"]))
    return "\n".join(rows) + "\n", results


def default_story(mlroi):
    """The default reader's answer, figure by figure, from `mlroi analyze` on the defaults."""
    run = subprocess.run([mlroi, "analyze"], capture_output=True, text=True, check=True)
    r = json.loads(run.stdout)
    used = {i["path"]: i["value"] for i in r["inputs_used"]}
    c, loan, risk, u = r["cost"], r["loan"], r["loan_risk"], r["uncertainty"]
    dollars = lambda x: "${:,.0f}".format(x)
    pct = lambda x: "{:.0%}".format(x)
    lines = [
        "- **Yardstick:** without the degree you earn {} (a STEM graduate's starting pay), "
        "rising 3% a year.".format(dollars(used["you.current_salary"])),
        "- **Pay after:** {} in today's dollars (that pay plus the 14% causal premium; your "
        "inputs imply {}), then the same raise plus half a point for ten years.".format(
            dollars(used["outcome.salary"]), pct(r["premium"]["implied"])),
        "- **Odds:** {} chance of finishing full time, {} of landing the role.".format(
            pct(used["outcome.completion_probability"]), pct(used["outcome.placement_probability"])),
        "- **Cost for a finisher:** {} of tuition and extra housing, {} of after-tax pay given "
        "up, {} of loan interest and fees: {} in all.".format(
            dollars(c["direct"]), dollars(c["opportunity"]), dollars(c["interest"]), dollars(c["total"])),
        "- **Loans:** tuition, housing and living costs that no pay covers: {} federal and {} "
        "private; {} owed when repayment starts, {} a month on the standard plan: {} of pay in "
        "the first year of repayment, {} risk.".format(
            dollars(loan["federal_principal"]), dollars(loan["private_principal"]),
            dollars(loan["balance_at_repayment"]), dollars(loan["monthly_payment"]),
            pct(risk["payment_to_income"]) if risk["payment_to_income"] is not None else "all",
            risk["level"].replace("_", " ")),
        "- **Answer:** an expected NPV of {}{} over 30 years, a median of {}{}, a {} chance it pays off: "
        "*{}*".format("-" if r["npv"] < 0 else "+", dollars(abs(r["npv"])),
                      "-" if u["p50"] < 0 else "+", dollars(abs(u["p50"])), pct(u["p_positive"]),
                      r["verdict"]["headline"]),
    ]
    return "\n".join(lines) + "\n"


def check(mlroi, expectations, results):
    problems = []
    for r in expectations["readers"]:
        res = results[r["file"]]
        if (res["npv"] > 0) != (r["sign"] == "+"):
            problems.append("{}: NPV {} but the evidence says {}".format(r["file"], res["npv"], r["sign"]))
        if "loan_risk" in r and res["loan_risk"]["level"] != r["loan_risk"]:
            problems.append("{}: loan risk {} not {}".format(r["file"], res["loan_risk"]["level"], r["loan_risk"]))
        if "bootcamp_sign" in r:
            boot = [a for a in res["alternatives"] if a["key"] == "bootcamp"][0]
            if (boot["npv"] > 0) != (r["bootcamp_sign"] == "+"):
                problems.append("{}: bootcamp NPV {}".format(r["file"], boot["npv"]))
    for o in expectations["orderings"]:
        low, high = analyze(mlroi, o["lower"]), analyze(mlroi, o["higher"])
        for key in o["compare"]:
            a = low[key] if key in low else low["uncertainty"][key]
            b = high[key] if key in high else high["uncertainty"][key]
            if not a < b:
                problems.append("ordering '{}': {} {} is not below {}".format(o["why"], key, a, b))
    return problems


def main(argv):
    if len(argv) < 2:
        print(__doc__, file=sys.stderr)
        return 2
    mlroi = argv[1]
    with open(os.path.join(HERE, "expectations.json")) as f:
        expectations = json.load(f)
    text, results = table(mlroi, expectations)
    if len(argv) == 2:
        sys.stdout.write(text)
        return 0
    mode, readme = argv[2], argv[3]
    with open(readme) as f:
        doc = f.read()
    fields = subprocess.run([mlroi, "fields", "--markdown"], capture_output=True, text=True,
                            check=True).stdout
    blocks = {"personas": text, "default": default_story(mlroi), "fields": fields}
    problems = [] if mode == "--write" else check(mlroi, expectations, results)
    for name, body in blocks.items():
        begin, end = "<!-- {}:begin -->".format(name), "<!-- {}:end -->".format(name)
        start, stop = doc.index(begin) + len(begin) + 1, doc.index(end)
        if doc[start:stop] != body:
            problems.append("README's {} block differs from the CLI's output: run "
                            "python3 tools/personas.py build/mlroi --write README.md".format(name))
        doc = doc[:start] + body + doc[stop:]
    if mode == "--write":
        with open(readme, "w") as f:
            f.write(doc)
        return 0
    for p in problems:
        print("FAIL: " + p)
    print("personas: {} readers, {} orderings, {} problems".format(
        len(expectations["readers"]), len(expectations["orderings"]), len(problems)))
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
