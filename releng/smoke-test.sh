#!/usr/bin/env bash
# Product smoke test, run by releng/org.stic.repository in `mvn verify` (skip with -Dsmoke.skip):
# starts the materialised product under $DISPLAY with a fresh workspace, waits (at most 60 s) for a window titled
# "STIC Workbench" and for the first-run offer, saves a screenshot, fails on a missing window or an ERROR entry in
# the workspace log, and always stops the product.
#   usage: smoke-test.sh PRODUCT_DIR OUT_DIR [TIMEOUT_SECONDS]
set -euo pipefail

product=${1:?usage: smoke-test.sh PRODUCT_DIR OUT_DIR}
out=${2:?usage: smoke-test.sh PRODUCT_DIR OUT_DIR}
title="STIC Workbench"
# 60 s by default (-Dsmoke.timeout=N); a first start takes 2-4 s on an idle 2-core machine.
timeout_s=${3:-60}

fail() {
    echo "smoke-test: FAILED: $*" >&2
    exit 1
}

if [[ -z ${DISPLAY:-} ]]; then
    fail "DISPLAY is not set: run the build under 'xvfb-run -a', or skip this test with -Dsmoke.skip"
fi
for tool in xwininfo:x11-utils import:imagemagick; do
    command -v "${tool%%:*}" >/dev/null || fail "'${tool%%:*}' not found: install the Debian package ${tool#*:} (.ci/run does)"
done
[[ -x $product/stic ]] || fail "no product at $product (its start script 'stic' is missing)"

rm -rf "$out"
mkdir -p "$out/workspace" "$out/config"
log=$out/workspace/.metadata/.log

export NO_AT_BRIDGE=1 GDK_BACKEND=x11
STIC_WORKSPACE=$out/workspace STIC_CONFIG_HOME=$out/config "$product/stic" >"$out/product.out" 2>&1 &
pid=$!

stop_product() {
    kill -TERM "$pid" 2>/dev/null || return 0
    for _ in $(seq 50); do
        kill -0 "$pid" 2>/dev/null || return 0
        sleep 0.2
    done
    kill -KILL "$pid" 2>/dev/null || true
}
trap stop_product EXIT

start=$(date +%s%N)
elapsed() {
    local ms=$((($(date +%s%N) - start) / 1000000))
    ((ms < timeout_s * 1000)) || fail "no painted window titled '$title' within ${timeout_s} s (see $out/product.out)"
    printf '%d.%03d' $((ms / 1000)) $((ms % 1000))
}
alive() {
    kill -0 "$pid" 2>/dev/null && return 0
    cat "$out/product.out" >&2
    fail "the product exited $1"
}

# The id of a mapped (viewable) window with this name (GTK may end a name with a space, and names its window before
# mapping it); the name is matched where xwininfo prints it, not in the class that every STIC window shares.
viewable_window() {
    local w
    for w in $(xwininfo -root -tree 2>/dev/null | grep -E "^ *0x[0-9a-f]+ \"$1 ?\":" | awk '{print $1}'); do
        if xwininfo -id "$w" 2>/dev/null | grep -q 'Map State: IsViewable'; then
            echo "$w"
            return 0
        fi
    done
    return 1
}

# 1. The workbench window.
until window=$(viewable_window "$title"); do
    alive "before showing its window"
    t=$(elapsed)
    sleep 0.2
done
t=$(elapsed)
echo "smoke-test: window \"$title\" ($window) shown $t s after start"

# 2. Painted: the window shows more than a handful of colours (menus, views, icons), not a blank frame.
while :; do
    alive "after showing its window"
    t=$(elapsed)
    import -window "$window" "$out/workbench.png" 2>/dev/null || true
    colours=$(convert "$out/workbench.png" -format '%k' info: 2>/dev/null || echo 0)
    ((colours > 20)) && break
    sleep 0.5
done
echo "smoke-test: workbench painted $t s after start ($colours colours)"

# 3. A fresh workspace greets the user with the first-run offer (org.stic.ui FirstRun), a window of its own.
welcome="Welcome to $title"
until viewable_window "$welcome" >/dev/null; do
    alive "before offering an example project"
    t=$(elapsed)
    sleep 0.2
done
t=$(elapsed)
echo "smoke-test: \"$welcome\" offered $t s after start"

# 4. Give start-up jobs time to log their problems (and the dialog time to paint), then take the screenshot that
# is kept: of the whole screen, since the dialog is a window of its own over the workbench.
sleep 2
alive "after start-up"
import -window root "$out/workbench.png"
echo "smoke-test: screenshot $out/workbench.png"

if [[ -f $log ]] && grep -q '^!ENTRY [^ ]* 4 ' "$log"; then
    cat "$log" >&2
    fail "the product logged errors in $log"
fi
stop_product
echo passed >"$out/result"
echo "smoke-test: passed"
