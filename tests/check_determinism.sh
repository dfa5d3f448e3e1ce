#!/usr/bin/env bash
# Run the whole corpus N times (default 2) on copies of tests/py with random
# hash seeds and check every generated file is byte-identical to the committed
# expected output.
set -u
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
RUNS="${1:-2}"
status=0
for i in $(seq 1 "$RUNS"); do
    tmp="$(mktemp -d)"
    cp -r "$HERE/py" "$tmp/py"
    PYTHONHASHSEED=random ROOT="$tmp/py" "$HERE/regen_expected.sh" >/dev/null || status=1
    if diff -r "$HERE/py" "$tmp/py" >/dev/null; then
        echo "run $i: identical"
    else
        echo "run $i: DIFFERENCES"
        diff -r "$HERE/py" "$tmp/py" | head -40
        status=1
    fi
    rm -rf "$tmp"
done
exit $status
