#!/usr/bin/env bash
# Regenerate the expected outputs of the Python test corpus (tests/py) with CPython.
#
# Usage:
#   tests/regen_expected.sh                 # regenerate everything
#   tests/regen_expected.sh strings errors  # only some categories
#   tests/regen_expected.sh strings/slicing.py errors/zero_division_nested.py
#   ROOT=/tmp/copy/py tests/regen_expected.sh   # operate on a copy of tests/py
#   PYTHON=python3.11 tests/regen_expected.sh
#
# Conventions (see tests/py/README.md):
#   * every .py directly inside tests/py/<category>/ is a test, run from its own
#     folder as `python3 NAME.py`; helper modules live in sub-folders.
#   * NAME.out  = stdout (NAME.stdout in errors/, so that difftest, which
#     reads NAME.out as "exit status 0", compares those with python3 itself).
#   * errors/ only: NAME.err = last line of stderr, NAME.code = exit status,
#     NAME.stderr_full = whole stderr with the absolute test-folder prefix removed
#     from `File "..."` lines (so paths read `File "NAME.py"`).
#   * every test outside errors/ must exit with status 0 (checked here).
set -u

PYTHON="${PYTHON:-python3}"
HERE="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
ROOT="${ROOT:-$HERE/py}"
ROOT="$(cd "$ROOT" && pwd)"

export PYTHONDONTWRITEBYTECODE=1
export PYTHONIOENCODING=utf-8
export LC_ALL="${LC_ALL:-C.UTF-8}"

ver="$("$PYTHON" -c 'import sys; print("%d.%d" % sys.version_info[:2])')"
if [ "$ver" != "3.11" ]; then
    echo "warning: expected CPython 3.11, found $ver ($PYTHON)" >&2
fi

TIMEOUT=""
if command -v timeout >/dev/null 2>&1; then
    TIMEOUT="timeout 120"
fi

# Collect the list of tests.
tests=()
if [ "$#" -eq 0 ]; then
    for f in "$ROOT"/*/*.py; do tests+=("$f"); done
else
    for arg in "$@"; do
        if [ -d "$ROOT/$arg" ]; then
            for f in "$ROOT/$arg"/*.py; do tests+=("$f"); done
        elif [ -f "$ROOT/$arg" ]; then
            tests+=("$ROOT/$arg")
        else
            echo "no such test or category: $arg" >&2
            exit 2
        fi
    done
fi

failures=0
count=0
errtmp="$(mktemp)"
trap 'rm -f "$errtmp"' EXIT

for path in "${tests[@]}"; do
    dir="$(dirname "$path")"
    name="$(basename "$path" .py)"
    category="$(basename "$dir")"
    count=$((count + 1))
    (
        cd "$dir" || exit 99
        $TIMEOUT "$PYTHON" "$name.py" > "$name.out" 2> "$errtmp"
    )
    rc=$?
    if [ "$category" = "errors" ]; then
        mv "$dir/$name.out" "$dir/$name.stdout"
        echo "$rc" > "$dir/$name.code"
        tail -n 1 "$errtmp" > "$dir/$name.err"
        # Full stderr, with the absolute folder prefix stripped from paths.
        sed -e "s|\"$dir/|\"|g" "$errtmp" > "$dir/$name.stderr_full"
        if [ "$rc" -eq 0 ]; then
            echo "FAIL: $category/$name.py exited 0 but is in errors/" >&2
            failures=$((failures + 1))
        fi
    else
        rm -f "$dir/$name.code" "$dir/$name.err" "$dir/$name.stderr_full"
        if [ "$rc" -ne 0 ]; then
            echo "FAIL: $category/$name.py exited with status $rc" >&2
            sed -e 's/^/    /' "$errtmp" | tail -n 15 >&2
            failures=$((failures + 1))
        fi
    fi
done

# Never leave byte-code caches behind in the corpus.
find "$ROOT" -name __pycache__ -type d -prune -exec rm -rf {} + 2>/dev/null

echo "regenerated $count tests under $ROOT ($failures failures)"
[ "$failures" -eq 0 ]
