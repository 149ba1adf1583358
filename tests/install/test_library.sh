#!/usr/bin/env bash
# The installed library as another program sees it: `cmake --install` into
# a scratch prefix, then a C program (linkme.c) built from that tree with
# only `pkg-config --cflags --libs entente`, run, and its output checked;
# the shared library exports only ent_* symbols, all the public headers
# declare, under the SONAME libentente.so.0; entente.h includes every
# public header.
# Usage: test_library.sh BUILD_DIR SANITIZE(ON|OFF)
set -u
BUILD=$(realpath "$1")
SANITIZE=$2
. "$(dirname "$0")/common.sh"

# Exported symbols: every one carries the prefix, and every function the
# public headers declare (static inline ones aside) is there.
check_exports() {
    local so=$BUILD/libentente.so.0
    [ -f "$so" ] || { fail "no $so"; return; }
    local soname
    soname=$(objdump -p "$so" | awk '$1 == "SONAME" { print $2 }')
    [ "$soname" = libentente.so.0 ] || fail "SONAME is '$soname'"
    nm -D --defined-only "$so" | awk '{ print $NF }' | sort -u >"$SCRATCH/exported"
    local others
    others=$(grep -v '^ent_' "$SCRATCH/exported")
    [ -z "$others" ] || fail "$(echo "$others" | wc -l) symbols exported" \
        "without the ent_ prefix: $(echo $others | cut -d' ' -f1-20)"
    [ "$(wc -l <"$SCRATCH/exported")" -ge 100 ] ||
        fail "only $(wc -l <"$SCRATCH/exported") symbols exported"
    # Declarations: "TYPE ent_name(" at the start of a line or after a
    # return type on the line before; inline definitions are left out.
    python3 - "$ROOT/include/entente" >"$SCRATCH/declared" <<'PY' || fail "reading the headers"
import pathlib, re, sys
names = set()
for header in pathlib.Path(sys.argv[1]).glob("*.h"):
    text = re.sub(r"/\*.*?\*/", "", header.read_text(), flags=re.S)
    text = re.sub(r"static inline[^{]*\{", "", text)
    names.update(re.findall(r"\b(ent_\w+)\s*\(", text))
for name in sorted(names):
    print(name)
PY
    local missing
    missing=$(comm -23 "$SCRATCH/declared" "$SCRATCH/exported" |
        grep -vxE 'ent_status|ent_\w+_fn')
    [ -z "$missing" ] || fail "declared in include/entente but not exported: $(echo $missing)"
}

check_umbrella_header() {
    local header
    for header in "$ROOT"/include/entente/*.h; do
        header=$(basename "$header")
        [ "$header" = entente.h ] && continue
        grep -qxF "#include \"entente/$header\"" "$ROOT/include/entente/entente.h" ||
            fail "entente.h does not include entente/$header"
    done
}

# The public headers include only the C library's: igraph, cJSON and
# Graphviz stay inside (the network is opaque, network.h).
check_public_headers() {
    local leaks
    leaks=$(grep -n '^#include <' "$ROOT"/include/entente/*.h |
        grep -vE '<(stdarg|stddef|stdio|signal)\.h>$')
    [ -z "$leaks" ] || fail "public headers include outside headers: $leaks"
}

# The program: compiled in strict C11 against the installed headers.
check_installed_program() {
    local prefix=$SCRATCH/prefix
    cmake --install "$BUILD" --prefix "$prefix" >"$SCRATCH/install.log" 2>&1 ||
        { fail "cmake --install: $(cat "$SCRATCH/install.log")"; return; }
    local pc
    pc=$(find "$prefix" -name entente.pc)
    [ -n "$pc" ] || { fail "no entente.pc installed"; return; }
    export PKG_CONFIG_PATH
    PKG_CONFIG_PATH=$(dirname "$pc")
    local version cflags libs libdir
    version=$(pkg-config --modversion entente) || fail "pkg-config --modversion"
    cflags=$(pkg-config --cflags entente) || fail "pkg-config --cflags"
    libs=$(pkg-config --libs entente) || fail "pkg-config --libs"
    libdir=$(pkg-config --variable=libdir entente)
    local sanitize=()
    [ "$SANITIZE" = ON ] && sanitize=(-fsanitize=address,undefined)
    # shellcheck disable=SC2086
    if ! cc -std=c11 -Wall -Wextra -Wpedantic -Werror "${sanitize[@]}" $cflags \
        "$ROOT/tests/install/linkme.c" $libs -Wl,-rpath,"$libdir" \
        -o "$SCRATCH/linkme" 2>"$SCRATCH/cc.log"; then
        fail "the program does not build from pkg-config: $(cat "$SCRATCH/cc.log")"
        return
    fi
    # It runs on the installed library, not the build tree's.
    ldd "$SCRATCH/linkme" | grep -q "libentente.so.0 => $prefix/" ||
        fail "linkme does not load the installed library: $(ldd "$SCRATCH/linkme")"
    # Degrees, strengths (weights 1, arms_dependency 0.75) and
    # betweenness (lengths 1/w: TJK and CSTO each lie on three shortest
    # paths) of tests/data/valid.json, counted by hand; then the TJK-RUS
    # edge (the arms_dependency alone, length 1/0.75) and no KAZ-RUS one.
    cat >"$SCRATCH/expected" <<EXPECTED
libentente $version
valid: 5 nodes, 5 edges
KAZ degree 1 strength 1 betweenness 0
RUS degree 2 strength 1.75 betweenness 0
TJK degree 3 strength 2.75 betweenness 3
AFG degree 1 strength 1 betweenness 0
CSTO degree 3 strength 3 betweenness 3
TJK-RUS weight 0.75 length 1.33333 relations 1
KAZ-RUS none
bad.json: bad input, 3 errors, snapshot NULL
bad.json:1:1: error: missing required member "entities"
EXPECTED
    "$SCRATCH/linkme" "$ROOT/tests/data/valid.json" >"$SCRATCH/out" 2>"$SCRATCH/err"
    local status=$?
    [ "$status" -eq 0 ] || fail "linkme exited $status: $(cat "$SCRATCH/err")"
    diff -u "$SCRATCH/expected" "$SCRATCH/out" || fail "linkme's output differs"
    [ "$version" = "$("$prefix/bin/entente" --version | awk '{ print $2 }')" ] ||
        fail "the installed entente is not version $version"
    # The man pages, one per command, and the completions.
    local command
    for command in "" $("$prefix/bin/entente" --help |
        awk '/^Commands:/ { on = 1; next } on && NF == 0 { exit } on { print "-" $1 }'); do
        [ -s "$prefix/share/man/man1/entente$command.1" ] ||
            fail "no installed man page entente$command.1"
    done
    [ -s "$prefix/share/bash-completion/completions/entente" ] ||
        fail "no installed bash completion"
    [ -s "$prefix/share/zsh/site-functions/_entente" ] ||
        fail "no installed zsh completion"
}

# `entente --version` names the versions of the libraries it runs on, as
# pkg-config and Graphviz's own dot (the same installed libgvc) give them.
check_versions() {
    local graphviz expected got
    graphviz=$(dot -V 2>&1 | sed -n 's/^dot - graphviz version \([^ ]*\).*/\1/p')
    expected="igraph $(pkg-config --modversion igraph), Graphviz $graphviz,"
    expected="$expected cJSON $(pkg-config --modversion libcjson)"
    got=$("$BUILD/entente" --version)
    [ "$got" = "entente $(pkg-config --modversion "$BUILD/entente.pc") ($expected)" ] ||
        fail "entente --version: '$got', expected the versions '$expected'"
}

check_exports
check_umbrella_header
check_public_headers
check_versions
check_installed_program
finish library
