#!/usr/bin/env bash
# mlroi: the project's single dependency installer (Debian 12 / apt).
#
#   bash tools/deps.sh GROUP...      GROUP: native | web | browser | fuzz
#
#   native   cmake, g++, make, pkg-config, nlohmann-json3-dev, doctest-dev, python3
#   web      emscripten, python3, fonts-roboto-unhinted, fonttools (pyftsubset),
#            xxd, zopfli, dpkg-dev, and the Dear ImGui 1.86 sources (Debian source
#            package "imgui") unpacked into build/third_party/imgui-1.86/
#   browser  chromium, node + npm (only if missing), and the npm packages locked
#            in package-lock.json (playwright-core, axe-core) into node_modules/
#            with `npm ci` (never downloads a browser)
#   fuzz     clang-14 and libclang-rt-14-dev (libFuzzer and clang's sanitizer
#            runtimes), llvm-14 (llvm-symbolizer: stacks with file and line)
#
# Checks first and does nothing, silently, when everything is present (it runs
# on every `make test`). Runs `apt-get update` at most once, and only when
# something must be installed. Uses sudo when not root.
set -euo pipefail

cd "$(dirname "${BASH_SOURCE[0]}")/.."

readonly IMGUI_VERSION=1.86
readonly IMGUI_DIR="build/third_party/imgui-${IMGUI_VERSION}"
readonly NPM_STAMP=node_modules/.mlroi-lock.sha256
readonly DEB_SRC_NAME=mlroi-deb-src

say() { printf 'deps: %s\n' "$*"; }
die() { printf 'deps: error: %s\n' "$*" >&2; exit 1; }

usage() {
    printf 'usage: bash tools/deps.sh GROUP...   (GROUP: native | web | browser | fuzz)\n' >&2
    exit 2
}

[ "$#" -gt 0 ] || usage

npm_lock_hash() { cat package.json package-lock.json | sha256sum | cut -d' ' -f1; }
# node_modules/ is current when its stamp holds the hash of package.json and
# package-lock.json as they were at `npm ci`, and every locked package is there.
npm_current() {
    local d
    [ "$(cat "$NPM_STAMP" 2>/dev/null)" = "$(npm_lock_hash)" ] || return 1
    for d in $(grep -o '"node_modules/[^"]*"' package-lock.json | tr -d '"'); do
        [ -f "$d/package.json" ] || return 1
    done
}

# ---------------------------------------------------------------- what is wanted
want_pkgs=()      # Debian packages the groups need
need_imgui=0      # Dear ImGui sources missing
need_npm=0        # node_modules/ missing, or not from this package-lock.json

for group in "$@"; do
    case "$group" in
        native)
            want_pkgs+=(cmake g++ make pkg-config nlohmann-json3-dev doctest-dev python3)
            ;;
        web)
            # emscripten's Depends (clang-14, lld-14, llvm-14, binaryen,
            # node-acorn, nodejs, python3) are all it needs; its Recommends
            # (libjs-d3, python3-numpy) are not used by emcc.
            # zopfli: the WebAssembly packed into mlroi.js (shell/pack_wasm.py) is gzip
            # some 5% smaller than gzip -9 writes, read the same by every browser.
            want_pkgs+=(emscripten python3 fonts-roboto-unhinted fonttools xxd dpkg-dev zopfli)
            [ -f "$IMGUI_DIR/imgui.cpp" ] || need_imgui=1
            ;;
        browser)
            want_pkgs+=(chromium)
            # node/npm may come from elsewhere (e.g. NodeSource's nodejs bundles
            # npm): only ask Debian for them when the commands are missing.
            command -v node >/dev/null 2>&1 || want_pkgs+=(nodejs)
            command -v npm >/dev/null 2>&1 || want_pkgs+=(npm)
            npm_current || need_npm=1
            ;;
        fuzz)
            # The fuzzers (tests/fuzz/) need clang's libFuzzer, which is in
            # libclang-rt-14-dev, not clang-14; the ASan+UBSan build uses g++.
            want_pkgs+=(clang-14 libclang-rt-14-dev llvm-14)
            ;;
        *)
            printf 'deps: unknown group "%s"\n' "$group" >&2
            usage
            ;;
    esac
done

command -v dpkg-query >/dev/null 2>&1 || die "dpkg-query not found: this installer needs Debian (apt/dpkg)"

# One dpkg-query for all packages (fast). A package counts as present only when
# its status is "<want> ok installed" (not half-installed, not config-files).
missing=()
if [ "${#want_pkgs[@]}" -gt 0 ]; then
    declare -A present=()
    while IFS=' ' read -r name _want ok state; do
        [ "$ok" = ok ] && [ "$state" = installed ] && present["$name"]=1
    done < <(dpkg-query -W -f='${Package} ${Status}\n' "${want_pkgs[@]}" 2>/dev/null || true)
    declare -A seen=()
    for p in "${want_pkgs[@]}"; do
        [ -n "${seen[$p]:-}" ] && continue
        seen["$p"]=1
        [ -n "${present[$p]:-}" ] || missing+=("$p")
    done
fi

# Nothing to do: leave quietly.
if [ "${#missing[@]}" -eq 0 ] && [ "$need_imgui" -eq 0 ] && [ "$need_npm" -eq 0 ]; then
    exit 0
fi

# ---------------------------------------------------------------- helpers
SUDO=""
deb_src_files=()
tmp="$(mktemp -d "${TMPDIR:-/tmp}/mlroi-deps.XXXXXX")"
cleanup() {
    local f
    for f in "${deb_src_files[@]}"; do $SUDO rm -f "$f" || true; done
    rm -rf "$tmp"
}
trap cleanup EXIT

need_root() {
    if [ "$(id -u)" -eq 0 ]; then
        SUDO=""
    elif command -v sudo >/dev/null 2>&1; then
        SUDO="sudo"
    else
        die "must install $* but not root and sudo is missing: run 'bash tools/deps.sh $GROUPS_ARGS' as root (or install sudo)"
    fi
}
GROUPS_ARGS="$*"

# Run a command with its output in a log; show the log's tail if it fails.
logged() {
    local log="$tmp/$1.log"
    shift
    if ! "$@" >"$log" 2>&1; then
        printf 'deps: error: command failed: %s\n' "$*" >&2
        tail -n 30 "$log" >&2
        exit 1
    fi
}

# Derive deb-src entries from the machine's own apt sources (never a hard-coded
# mirror): deb822 stanzas from sources.list.d/*.sources get "Types: deb-src",
# one-line "deb ..." entries get "deb-src ...". Only this release's suites
# (codename, codename-*, codename/*) are taken, unless that matches nothing.
make_deb_src() {
    local codename="" f
    if [ -r /etc/os-release ]; then
        # shellcheck disable=SC1091
        codename="$(. /etc/os-release && printf '%s' "${VERSION_CODENAME:-}")"
    fi

    local existing=()
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        case "$f" in */"$DEB_SRC_NAME".*) continue ;; esac
        existing+=("$f")
    done
    [ "${#existing[@]}" -gt 0 ] || die "no apt sources (/etc/apt/sources.list, /etc/apt/sources.list.d/*.sources) to derive a deb-src entry from"

    # A deb-src entry is already configured: use it.
    if grep -qsE '^[[:space:]]*deb-src[[:space:]]|^[Tt]ypes:.*deb-src' "${existing[@]}"; then
        return 0
    fi

    local out822="$tmp/$DEB_SRC_NAME.sources" outlist="$tmp/$DEB_SRC_NAME.list" only
    for only in 1 0; do
        : >"$out822"
        : >"$outlist"
        for f in "${existing[@]}"; do
            case "$f" in
                *.sources)
                    awk -v cn="$codename" -v only="$only" '
                        function release_suite(x) { return x == cn || index(x, cn "-") == 1 || index(x, cn "/") == 1 }
                        BEGIN { RS = ""; FS = "\n" }
                        {
                            deb = 0; enabled = 1; suite_ok = (only == 0 || cn == "")
                            for (i = 1; i <= NF; i++) {
                                if ($i ~ /^[Tt]ypes:/) {
                                    n = split(substr($i, 7), t, /[ \t]+/)
                                    for (j = 1; j <= n; j++) if (t[j] == "deb") deb = 1
                                } else if ($i ~ /^[Ee]nabled:[ \t]*[Nn]o/) {
                                    enabled = 0
                                } else if ($i ~ /^[Ss]uites:/) {
                                    n = split(substr($i, 8), s, /[ \t]+/)
                                    for (j = 1; j <= n; j++) if (release_suite(s[j])) suite_ok = 1
                                }
                            }
                            if (!deb || !enabled || !suite_ok) next
                            for (i = 1; i <= NF; i++) print ($i ~ /^[Tt]ypes:/ ? "Types: deb-src" : $i)
                            print ""
                        }' "$f" >>"$out822"
                    ;;
                *)
                    # deb [options] URI suite [component...]
                    awk -v cn="$codename" -v only="$only" '
                        function release_suite(x) { return x == cn || index(x, cn "-") == 1 || index(x, cn "/") == 1 }
                        /^[ \t]*deb[ \t]/ {
                            line = $0
                            sub(/^[ \t]*deb[ \t]+/, "", line)
                            rest = line
                            if (substr(rest, 1, 1) == "[") { k = index(rest, "]"); rest = substr(rest, k + 1) }
                            sub(/^[ \t]+/, "", rest)
                            split(rest, w, /[ \t]+/)
                            if (only == 1 && cn != "" && !release_suite(w[2])) next
                            print "deb-src " line
                        }' "$f" >>"$outlist"
                    ;;
            esac
        done
        if [ -s "$out822" ] || [ -s "$outlist" ]; then
            break
        fi
    done
    [ -s "$out822" ] || [ -s "$outlist" ] ||
        die "no 'deb' entries in the apt sources to derive a deb-src entry from"

    local ext
    for ext in sources list; do
        f="$tmp/$DEB_SRC_NAME.$ext"
        [ -s "$f" ] || continue
        $SUDO install -m 0644 "$f" "/etc/apt/sources.list.d/$DEB_SRC_NAME.$ext"
        deb_src_files+=("/etc/apt/sources.list.d/$DEB_SRC_NAME.$ext")
        say "adding deb-src entries (/etc/apt/sources.list.d/$DEB_SRC_NAME.$ext, removed afterwards)"
    done
}

# ---------------------------------------------------------------- apt
if [ "${#missing[@]}" -gt 0 ] || [ "$need_imgui" -eq 1 ]; then
    command -v apt-get >/dev/null 2>&1 || die "apt-get not found: this installer needs Debian"
    need_root "${missing[*]:-imgui sources}"
    apt_opts=(-q -o DPkg::Lock::Timeout=600)

    if [ "$need_imgui" -eq 1 ]; then make_deb_src; fi

    say "apt-get update"
    logged apt-update $SUDO env DEBIAN_FRONTEND=noninteractive apt-get "${apt_opts[@]}" update

    if [ "${#missing[@]}" -gt 0 ]; then
        for p in "${missing[@]}"; do say "installing $p ..."; done
        logged apt-install $SUDO env DEBIAN_FRONTEND=noninteractive \
            apt-get "${apt_opts[@]}" install -y --no-install-recommends "${missing[@]}"
    fi
fi

# ---------------------------------------------------------------- Dear ImGui sources
if [ "$need_imgui" -eq 1 ]; then
    say "installing Dear ImGui ${IMGUI_VERSION} sources into $IMGUI_DIR ..."
    dl="$tmp/src"
    mkdir -p "$dl"
    ( cd "$dl" && apt-get -q source --download-only "imgui" ) >"$tmp/apt-source.log" 2>&1 || {
        printf 'deps: error: apt-get source --download-only imgui failed\n' >&2
        tail -n 30 "$tmp/apt-source.log" >&2
        exit 1
    }
    orig=""
    for f in "$dl"/imgui_"${IMGUI_VERSION}"*.orig.tar.*; do
        [ -f "$f" ] && { orig="$f"; break; }
    done
    [ -n "$orig" ] || die "no imgui_${IMGUI_VERSION}*.orig.tar.* from 'apt-get source imgui' (got: $(cd "$dl" && echo *))"
    x="$tmp/unpack"
    mkdir -p "$x"
    tar -xf "$orig" -C "$x"
    top="$(dirname "$(find "$x" -maxdepth 2 -name imgui.cpp -print -quit)")"
    [ -f "$top/imgui.cpp" ] || die "imgui.cpp not found in $orig"
    for f in imgui.cpp imgui_draw.cpp imgui_tables.cpp imgui_widgets.cpp imgui.h backends/imgui_impl_opengl3.cpp; do
        [ -f "$top/$f" ] || die "$f missing from $orig"
    done
    grep -qE "^#define IMGUI_VERSION +\"${IMGUI_VERSION}\"" "$top/imgui.h" ||
        die "$orig is not Dear ImGui ${IMGUI_VERSION} ($(grep -m1 '^#define IMGUI_VERSION ' "$top/imgui.h"))"
    mkdir -p "$(dirname "$IMGUI_DIR")"
    rm -rf "$IMGUI_DIR"
    mv "$top" "$IMGUI_DIR"
fi

# ---------------------------------------------------------------- npm packages
if [ "$need_npm" -eq 1 ]; then
    command -v npm >/dev/null 2>&1 || die "npm not found after installing it"
    # playwright-core 1.61 needs Node.js 18 (Debian 12's); 1.62 and later need 20.
    node_major="$(node -p 'process.versions.node.split(".")[0]')"
    [ "$node_major" -ge 18 ] || die "Node.js $(node --version) is too old: the browser tests need 18 or later"
    say "installing the npm packages of package-lock.json into node_modules/ (npm ci) ..."
    rm -f "$NPM_STAMP"
    # Exactly the locked versions, no install scripts (none is needed); playwright-core
    # never downloads a browser by itself: the tests use /usr/bin/chromium.
    logged npm-ci env PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 \
        npm ci --ignore-scripts --no-audit --no-fund
    [ -d node_modules/playwright-core ] || die "npm ci did not create node_modules/playwright-core"
    npm_lock_hash >"$NPM_STAMP"
fi
