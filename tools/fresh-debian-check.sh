#!/usr/bin/env bash
# mlroi: the fresh-machine proof. Builds a bare Debian 12 (bookworm) with debootstrap
# (minbase + make, git, ca-certificates: what the README's Quick start assumes), clones
# this repository's HEAD into it and runs the README's test command there, as root with
# CI=true, as CI does. Not part of `make test`: run it by hand, as root, after changing
# tools/deps.sh, package.json/package-lock.json or anything else the front door installs.
#
#   sudo bash tools/fresh-debian-check.sh [--keep] [DIR]
#
#   DIR     where the chroot goes (default /var/tmp/mlroi-fresh-debian); must be outside
#           the repository. A chroot left there by an earlier run is replaced.
#   --keep  leave the chroot in DIR afterwards (default: removed once unmounted)
#
# The log of the whole run is DIR.log. The packages come from the machine's own Debian
# mirror (the URI of its bookworm entry in /etc/apt/sources.list*), never a hard-coded one;
# set MLROI_MIRROR=URI to choose another. Of the machine itself only its DNS resolver and
# its local CA certificates go into the chroot. Needs root, and debootstrap (installed if
# missing). Only committed work is tested: HEAD, not the work tree.
set -euo pipefail

readonly SUITE=bookworm
readonly MARKER=.mlroi-fresh-debian
readonly TEST_CMD="make -f Makefile.emscripten test"

say() { printf 'fresh-debian: %s\n' "$*"; }
die() { printf 'fresh-debian: error: %s\n' "$*" >&2; exit 1; }

keep=0
dir=""
for arg in "$@"; do
    case "$arg" in
        --keep) keep=1 ;;
        -h|--help) sed -n '2,17p' "$0" | sed 's/^# \{0,1\}//'; exit 0 ;;
        -*) die "unknown option $arg" ;;
        *) [ -z "$dir" ] || die "one DIR only"; dir="$arg" ;;
    esac
done
dir="${dir:-/var/tmp/mlroi-fresh-debian}"

[ "$(id -u)" -eq 0 ] || die "must run as root (debootstrap, chroot and mount need it)"
repo="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd -P)"
head="$(git -C "$repo" rev-parse HEAD)"
mkdir -p "$(dirname "$dir")"
dir="$(cd "$(dirname "$dir")" && pwd -P)/$(basename "$dir")"
case "$dir/" in "$repo"/*) die "DIR must be outside the repository ($repo)" ;; esac
log="$dir.log"

# ---------------------------------------------------------------- the machine's mirror
# The URI of the first "deb" entry for $SUITE itself (not -security, -updates).
host_mirror() {
    local f
    for f in /etc/apt/sources.list.d/*.sources; do
        [ -f "$f" ] || continue
        awk -v suite="$SUITE" '
            BEGIN { RS = ""; FS = "\n" }
            {
                deb = 0; ok = 0; uri = ""
                for (i = 1; i <= NF; i++) {
                    if ($i ~ /^[Tt]ypes:/) { n = split(substr($i, 7), t, /[ \t]+/); for (j = 1; j <= n; j++) if (t[j] == "deb") deb = 1 }
                    else if ($i ~ /^[Ss]uites:/) { n = split(substr($i, 8), s, /[ \t]+/); for (j = 1; j <= n; j++) if (s[j] == suite) ok = 1 }
                    else if ($i ~ /^URIs:/) { split(substr($i, 6), u, /[ \t]+/); uri = (u[1] != "" ? u[1] : u[2]) }
                }
                if (deb && ok && uri != "") { print uri; exit }
            }' "$f"
    done
    for f in /etc/apt/sources.list /etc/apt/sources.list.d/*.list; do
        [ -f "$f" ] || continue
        awk -v suite="$SUITE" '
            /^[ \t]*deb[ \t]/ {
                sub(/^[ \t]*deb[ \t]+/, "")
                if (substr($0, 1, 1) == "[") $0 = substr($0, index($0, "]") + 1)
                if ($2 == suite) { print $1; exit }
            }' "$f"
    done
}
mirror="${MLROI_MIRROR:-$(host_mirror | head -n 1)}"
[ -n "$mirror" ] || die "no '$SUITE' entry in the apt sources to take a mirror from: set MLROI_MIRROR=URI"

# ---------------------------------------------------------------- mounts and cleanup
mounted=()
unmount_all() {
    local pid i
    # Processes still running inside the chroot (a stray Chromium): end them by id.
    for pid in /proc/[0-9]*; do
        [ "$(readlink "$pid/root" 2>/dev/null)" = "$dir" ] && kill -9 "${pid#/proc/}" 2>/dev/null || true
    done
    for ((i = ${#mounted[@]} - 1; i >= 0; i--)); do
        umount "${mounted[$i]}" 2>/dev/null || umount -l "${mounted[$i]}" || true
    done
    mounted=()
}
still_mounted() { awk -v d="$dir" '$2 == d || index($2, d "/") == 1 { found = 1 } END { exit !found }' /proc/mounts; }
remove_chroot() {
    still_mounted && die "something is still mounted under $dir: not removing it"
    rm -rf --one-file-system "$dir"
}
finish() {
    local rc=$?
    unmount_all
    if [ "$keep" -eq 0 ] && [ -f "$dir/$MARKER" ]; then remove_chroot; fi
    exit "$rc"
}
trap finish EXIT
trap 'exit 130' INT TERM
mount_in() { mount "$@"; mounted+=("${!#}"); }

# ---------------------------------------------------------------- the chroot
if [ -e "$dir" ]; then
    [ -f "$dir/$MARKER" ] || die "$dir exists and is not a chroot of this script: remove it or choose another DIR"
    still_mounted && die "something is still mounted under $dir"
    say "removing the previous chroot in $dir"
    rm -rf --one-file-system "$dir"
fi
if ! command -v debootstrap >/dev/null 2>&1; then
    say "installing debootstrap"
    DEBIAN_FRONTEND=noninteractive apt-get -q -o DPkg::Lock::Timeout=600 install -y debootstrap >/dev/null
fi

start=$SECONDS
: >"$log"
say "debootstrap --variant=minbase --include=make,git,ca-certificates $SUITE $dir $mirror"
debootstrap --variant=minbase --include=make,git,ca-certificates "$SUITE" "$dir" "$mirror" >>"$log" 2>&1 ||
    { tail -n 20 "$log" >&2; die "debootstrap failed (log: $log)"; }
touch "$dir/$MARKER"
# The machine's own network setup, and nothing else of it: its DNS resolver, and the local
# CA certificates it trusts (where a registry is reached through a TLS proxy, npm fails
# without them: "self-signed certificate in certificate chain").
cp /etc/resolv.conf "$dir/etc/resolv.conf"
if compgen -G '/usr/local/share/ca-certificates/*.crt' >/dev/null; then
    cp /usr/local/share/ca-certificates/*.crt "$dir/usr/local/share/ca-certificates/"
    chroot "$dir" /usr/bin/env -i PATH=/usr/sbin:/usr/bin:/sbin:/bin update-ca-certificates >>"$log" 2>&1
fi
# No services are started in a chroot.
printf '#!/bin/sh\nexit 101\n' >"$dir/usr/sbin/policy-rc.d"
chmod 0755 "$dir/usr/sbin/policy-rc.d"
mount_in -t proc proc "$dir/proc"
mount_in -t sysfs sysfs "$dir/sys"
mount_in --bind /dev "$dir/dev"
mount_in --bind /dev/pts "$dir/dev/pts"
mount_in -t tmpfs -o mode=1777,size=2g tmpfs "$dir/dev/shm"   # Chromium's shared memory

say "cloning $head into $dir/root/mlroi"
git clone -q --no-checkout "$repo" "$dir/root/mlroi"
git -C "$dir/root/mlroi" checkout -q --detach "$head"
git -C "$dir/root/mlroi" remote remove origin
if [ -n "$(git -C "$repo" status --porcelain --untracked-files=no)" ]; then
    say "note: the work tree has uncommitted changes; they are not tested"
fi

# ---------------------------------------------------------------- the test command
say "running '$TEST_CMD' inside as root with CI=true (log: $log)"
test_start=$SECONDS
set +e
chroot "$dir" /usr/bin/env -i HOME=/root LANG=C.UTF-8 TERM=dumb CI=true \
    PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin \
    bash -c "cd /root/mlroi && $TEST_CMD" </dev/null 2>&1 | tee -a "$log"
rc=${PIPESTATUS[0]}
set -e
test_secs=$((SECONDS - test_start))

versions="$(chroot "$dir" /usr/bin/env -i PATH=/usr/bin:/bin bash -c '
    printf "node %s, npm %s, %s, playwright-core %s, axe-core %s\n" \
        "$(node --version 2>/dev/null || echo missing)" "$(npm --version 2>/dev/null || echo missing)" \
        "$(chromium --version 2>/dev/null || echo "chromium missing")" \
        "$(cd /root/mlroi && node -p "require(\"playwright-core/package.json\").version" 2>/dev/null || echo missing)" \
        "$(cd /root/mlroi && node -p "require(\"axe-core/package.json\").version" 2>/dev/null || echo missing)"' 2>/dev/null || true)"

echo
say "commit:   $head"
say "debian:   $(cat "$dir/etc/debian_version" 2>/dev/null) ($SUITE minbase from $mirror)"
say "versions: $versions"
say "time:     $((SECONDS - start)) s in all ($test_secs s for '$TEST_CMD')"
grep -E '(^|[[:space:]])[0-9]+ passed, [0-9]+ failed|tests passed, [0-9]+ tests failed' "$log" |
    sed 's/^/fresh-debian: summary:  /' || true
if [ "$rc" -eq 0 ]; then
    say "PASS: '$TEST_CMD' passed on a fresh Debian 12"
else
    say "FAIL: '$TEST_CMD' exited $rc (log: $log)"
fi
exit "$rc"
