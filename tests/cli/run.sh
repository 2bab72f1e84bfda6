#!/usr/bin/env bash
# CLI tests: run the built `mlroi` binary as a user would and check what it prints and its
# exit status. Usage: run.sh path/to/mlroi. Prints "N passed, N failed".
set -u
mlroi=$1
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
passed=0
failed=0

ok() { passed=$((passed + 1)); }
bad() { failed=$((failed + 1)); echo "FAIL: $*"; }

# Input goes in with here-strings (<<<), never a pipe: a pipe would run the check in a
# subshell and lose its count.
# expect_ok NAME COMMAND...: exit 0, JSON on stdout, nothing on stderr.
expect_ok() {
  local name=$1; shift
  "$@" >"$work/out" 2>"$work/err"; local rc=$?
  if [ $rc -eq 0 ] && [ -s "$work/out" ] && [ ! -s "$work/err" ]; then ok; else bad "$name (exit $rc: $(head -c 300 "$work/err"))"; fi
}
# expect_error NAME EXPECTED_LINE COMMAND...: exit 2, nothing on stdout, stderr is exactly
# the expected line(s).
expect_error() {
  local name=$1 expected=$2; shift 2
  "$@" >"$work/out" 2>"$work/err"; local rc=$?
  if [ $rc -eq 2 ] && [ ! -s "$work/out" ] && [ "$(cat "$work/err")" = "$expected" ]; then ok
  else bad "$name (exit $rc, stdout $(wc -c <"$work/out") bytes, stderr: $(cat "$work/err"))"; fi
}
# field FILE EXPR: a value from JSON output, read with the same C++ JSON library's output rules
# via a tiny python-free parser: grep the compact key.
field() { grep -o "\"$2\":[^,}]*" "$1" | head -n 1 | cut -d: -f2; }

# [SECTION] Good input
expect_ok "analyze defaults" "$mlroi" analyze
cp "$work/out" "$work/defaults.json"
echo '{}' >"$work/empty.json"
expect_ok "analyze empty file" "$mlroi" analyze "$work/empty.json"
cmp -s "$work/out" "$work/defaults.json" && ok || bad "{} from a file differs from the defaults"
echo '{}' | "$mlroi" analyze - >"$work/stdin.json" 2>&1
cmp -s "$work/stdin.json" "$work/defaults.json" && ok || bad "{} on stdin differs from the defaults"

# A cheaper program must be worth more: public tuition ($12,171) beats private ($27,776).
expect_ok "preset public" "$mlroi" analyze --preset public_in_state
public_npv=$(field "$work/out" npv)
private_npv=$(field "$work/defaults.json" npv)
awk -v a="$public_npv" -v b="$private_npv" 'BEGIN { exit !(a > b) }' && ok || bad "public NPV $public_npv not above private $private_npv"

# A file overlays the preset: the preset's modality stays, the file's tuition wins.
echo '{"program": {"tuition_per_year": 5000}}' >"$work/cheap.json"
expect_ok "preset + file" "$mlroi" analyze --preset online_part_time "$work/cheap.json"
# Direct cost of 3 years online at $5,000 a year with no extras: $15,000.
direct=$(field "$work/out" direct)
awk -v d="$direct" 'BEGIN { exit !(d > 14999.99 && d < 15000.01) }' && ok || bad "online + \$5,000 direct cost is $direct, expected 15000"

# Choosing a role in JSON is choosing its preset: the role brings its own entry pay (README).
echo '{"outcome": {"role": "data_scientist"}}' | "$mlroi" analyze - >"$work/role_json.json" 2>&1
"$mlroi" analyze --preset data_scientist >"$work/role_preset.json" 2>&1
cmp -s "$work/role_json.json" "$work/role_preset.json" && ok || bad '{"outcome":{"role":"data_scientist"}} differs from --preset data_scientist'
# A pay the reader set is kept when the role changes: only a null pay follows the role.
echo '{"outcome": {"role": "data_scientist", "salary": 123456}}' | "$mlroi" analyze - >"$work/out" 2>&1
grep -q '"path":"outcome.salary","value":123456.0,"why":"your input"' "$work/out" && ok || bad "an explicit outcome.salary was not kept: $(grep -o '"path":"outcome.salary"[^}]*' "$work/out")"

# A schema-1 file with the old plan name still reads, as the 2026 standard plan, with a note.
expect_ok "schema 1 tiered" "$mlroi" analyze - <<<'{"schema": 1, "financing": {"plan": "tiered_standard"}}'
grep -q 'tiered_standard\\" is read as \\"standard' "$work/out" && ok || bad "no note for tiered_standard"
grep -q 'Read as a schema-1 scenario' "$work/out" && ok || bad "no schema-1 note"

expect_ok "defaults" "$mlroi" defaults
grep -q '"tuition_per_year":27776' "$work/out" && ok || bad "defaults lack the sourced tuition 27776"
grep -q '"schema":2' "$work/out" && ok || bad "defaults are not schema 2"
# Figures left to the evidence are null in the defaults (resolved in the analysis).
grep -q '"current_salary":null' "$work/out" && ok || bad "you.current_salary is not null in the defaults"
# The printed defaults are a complete scenario that reads back to the same analysis.
"$mlroi" analyze "$work/out" >"$work/again.json" && cmp -s "$work/again.json" "$work/defaults.json" && ok || bad "defaults do not round-trip"
# The HTML text version says the same headline as the JSON's verdict.
expect_ok "html" "$mlroi" html
headline=$(grep -o '"headline":"[^"]*"' "$work/defaults.json" | cut -d'"' -f4)
grep -qF "<p class=\"mlroi-headline\">$headline</p>" "$work/out" && ok || bad "mlroi html lacks the verdict's headline: $headline"

# The plain-text summary (Copy summary): the same headline on its second line, the key figures
# and the main inputs; a scenario from stdin; bad input as everywhere else.
expect_ok "summary" "$mlroi" summary
[ "$(sed -n 2p "$work/out")" = "$headline" ] && ok || bad "mlroi summary's second line is not the headline: $(sed -n 2p "$work/out")"
grep -q '^- Chance it pays off: [0-9]*%$' "$work/out" && ok || bad "mlroi summary lacks the chance"
grep -q '^- Program: .*tuition \$27,776' "$work/out" && ok || bad "mlroi summary lacks the program's tuition"
echo '{"program": {"tuition_per_year": 52000}}' | "$mlroi" summary - >"$work/out" 2>&1
grep -q 'tuition \$52,000' "$work/out" && ok || bad "mlroi summary - ignored its scenario"
expect_error "summary bad" 'error: program.tuition_per_year: must be a finite number from 0 to 500000, got "abc"' "$mlroi" summary - <<<'{"program": {"tuition_per_year": "abc"}}'
expect_ok "defaults with sources" "$mlroi" defaults --sources
# Every figure says where it comes from: the yardstick's source and a labelled assumption.
grep -q '"stem":{"source":"NACE Summer 2021' "$work/out" && ok || bad "defaults --sources lacks the STEM yardstick's source"
grep -q '"current_salary":{"assumption":' "$work/out" && ok || bad "defaults --sources lacks current_salary's assumption"
expect_ok "presets" "$mlroi" presets
grep -q '"key":"elite_in_person"' "$work/out" && ok || bad "presets lack elite_in_person"
# The field table (core/fields.cpp) as JSON, roles' options from the catalog; and as README's
# markdown table.
expect_ok "fields" "$mlroi" fields
grep -q '"path":"program.tuition_per_year"' "$work/out" && ok || bad "mlroi fields lacks program.tuition_per_year"
grep -q '"max":500000.0' "$work/out" && ok || bad "mlroi fields lacks tuition's enforced max 500000"
grep -q '{"key":"data_scientist","label":"Data scientist"}' "$work/out" && ok || bad "mlroi fields lacks the roles as outcome.role's options"
expect_ok "fields markdown" "$mlroi" fields --markdown
grep -q '^| `you.has` | Prerequisites you have |' "$work/out" && ok || bad "mlroi fields --markdown lacks the you.has row"
expect_ok "pretty" "$mlroi" analyze --pretty
[ "$(head -n 1 "$work/out")" = "{" ] && ok || bad "--pretty output does not start with a lone {"

# Every preset's analysis carries the four parts of the core analysis, filled.
for preset in "" public_in_state private_nonprofit elite_in_person online_part_time ml_engineer data_scientist data_engineer software_engineer research_scientist; do
  "$mlroi" analyze ${preset:+--preset "$preset"} >"$work/out" 2>"$work/err"
  for part in '"alternatives":\[{' '"factors":\[{' '"questions":\[{' '"tornado":\[{' '"p_positive":[0-9.]' '"counts":\[[0-9]' '"max_tuition_per_year":{'; do
    grep -q "$part" "$work/out" && ok || bad "analyze ${preset:-defaults}: no $part"
  done
done

# [SECTION] Bad input: one line per problem, exit 2, nothing on stdout
echo '{"program": {"tuition_per_year": "abc"}}' >"$work/abc.json"
expect_error "wrong type" 'error: program.tuition_per_year: must be a finite number from 0 to 500000, got "abc"' "$mlroi" analyze "$work/abc.json"
printf '{"program": ' >"$work/broken.json"
expect_error "malformed" 'error: not valid JSON at line 1, column 13: syntax error while parsing value - unexpected end of input; expected '"'"'['"'"', '"'"'{'"'"', or a literal' "$mlroi" analyze "$work/broken.json"
expect_error "out of range" "error: program.tuition_per_year: must be a finite number from 0 to 500000, got -5" "$mlroi" analyze - <<<'{"program": {"tuition_per_year": -5}}'
expect_error "unknown field" "error: programme: unknown field" "$mlroi" analyze - <<<'{"programme": {}}'
expect_error "unknown role" 'error: outcome.role: must be one of "ml_engineer", "data_scientist", "data_engineer", "software_engineer", "research_scientist", got "astronaut"' "$mlroi" analyze - <<<'{"outcome": {"role": "astronaut"}}'
expect_error "two problems" 'error: you.tax_rate: must be null or a finite number from 0 to 0.6, got 2
error: financing.plan: must be one of "standard", "rap", got "later"' "$mlroi" analyze - <<<'{"you": {"tax_rate": 2}, "financing": {"plan": "later"}}'
# An enumeration's unknown name is refused, never read as its first value.
expect_error "unknown modality" 'error: program.modality: must be one of "online", "hybrid", "in_person", got "Online"' "$mlroi" analyze - <<<'{"program": {"modality": "Online"}}'
# 1e999 overflows a double: the parser rejects it rather than letting infinity in.
echo '{"program": {"years": 1e999}}' | "$mlroi" analyze - >"$work/out" 2>"$work/err"
[ $? -eq 2 ] && [ ! -s "$work/out" ] && grep -q "program.years\|not valid JSON" "$work/err" && ok || bad "1e999 was not refused: $(cat "$work/err")"
expect_error "missing file" 'error: cannot read "/nonexistent.json"' "$mlroi" analyze /nonexistent.json
expect_error "unknown preset" "error: preset: unknown preset \"mars\"; known: public_in_state, private_nonprofit, elite_in_person, online_part_time, ml_engineer, data_scientist, data_engineer, software_engineer, research_scientist" "$mlroi" analyze --preset mars
expect_error "stray argument" 'error: unexpected argument "--fast"' "$mlroi" analyze --fast
"$mlroi" >"$work/out" 2>"$work/err"; [ $? -eq 2 ] && grep -q "usage:" "$work/err" && ok || bad "no command did not print usage with exit 2"

# [SECTION] Hostile input (issue 12): one short, escaped line per problem; never a crash
# expect_short NAME PATTERN FILE: exit 2, nothing on stdout, one stderr line under 200 bytes
# matching the grep -E PATTERN.
expect_short() {
  local name=$1 pattern=$2
  "$mlroi" analyze "$3" >"$work/out" 2>"$work/err"; local rc=$?
  local lines bytes; lines=$(wc -l <"$work/err"); bytes=$(wc -c <"$work/err")
  if [ $rc -eq 2 ] && [ ! -s "$work/out" ] && [ "$lines" -eq 1 ] && [ "$bytes" -lt 200 ] && grep -Eq "$pattern" "$work/err"; then ok
  else bad "$name (exit $rc, $lines stderr lines, $bytes bytes: $(head -c 300 "$work/err"))"; fi
}
deep() { head -c "$1" /dev/zero | tr '\0' "$2"; }
{ printf '{"program": {"name": '; deep 100000 '['; deep 100000 ']'; printf '}}'; } >"$work/deep.json"
expect_short "100,000-deep array" '^error: program\.name(\[0\])+.*: nested more than 64 levels deep' "$work/deep.json"
expect_error "a directory" "error: cannot read \"$work\": it is a directory" "$mlroi" analyze "$work"
printf '{"program": {"x\\u001b[2J\\nerror: forged": 1}}' >"$work/control.json"
expect_error "ESC and newline in a key" 'error: program.x\u001b[2J\nerror: forged: unknown field' "$mlroi" analyze "$work/control.json"
printf '{"outcome": {"role": "\\u001b[31m\\u0000"}}' >"$work/control.json"
expect_error "ESC and NUL in an enum value" 'error: outcome.role: must be one of "ml_engineer", "data_scientist", "data_engineer", "software_engineer", "research_scientist", got "\u001b[31m\u0000"' "$mlroi" analyze "$work/control.json"
{ printf '{"program": {"tuition_per_year": "'; deep 10485760 x; printf '"}}'; } >"$work/big.json"
expect_short "10 MB string value" '^error: program\.tuition_per_year: must be a finite number from 0 to 500000, got a string of 10485760 characters: "x+…"$' "$work/big.json"
{ printf '{"program": {"tuition_per_year": "'; deep 10485760 x; } >"$work/big.json"
expect_short "unterminated 10 MB string" "^error: not valid JSON at line 1, column [0-9]+: .*missing closing quote; last read: '\"x+…'$" "$work/big.json"
echo '{"program": {"tuition_per_year": 1, "years": 2, "tuition_per_year": 3}}' | expect_error "duplicate key" 'error: program.tuition_per_year: appears twice' "$mlroi" analyze -

echo "cli: $passed passed, $failed failed"
[ "$failed" -eq 0 ]
