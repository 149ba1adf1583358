#!/usr/bin/env bash
# The man pages and shell completions made at build time from --help:
# a page for the program and one per command, each holding every option
# and every word of its --help text; the bash completion function, driven
# as bash drives it, offers commands, options, metric names, layers,
# formats and files; the zsh one declares the same.
# Usage: test_help.sh BUILD_DIR
set -u
BUILD=$(realpath "$1")
ENTENTE=$BUILD/entente
. "$(dirname "$0")/common.sh"
DATA=$ROOT/tests/data

# The commands `entente --help` lists, read here independently of
# scripts/help/helptext.py.
COMMANDS=$("$ENTENTE" --help | awk '/^Commands:/ { on = 1; next }
    on && NF == 0 { exit } on { print $1 }')
[ "$(echo "$COMMANDS" | wc -w)" -ge 8 ] || fail "only $COMMANDS in entente --help"

# help_options CMD...: the option names of the option lines of the help.
help_options() {
    "$ENTENTE" "$@" --help |
        grep -oE '^ {2,6}(-[A-Za-z0-9], )?--?[A-Za-z0-9][A-Za-z0-9-]*' |
        grep -oE -- '--?[A-Za-z0-9][A-Za-z0-9-]*'
}

# The words of a text, one a line, as roff renders quotes and dashes.
words_of() { tr -s ' \t\n' '\n\n\n' | grep -v '^$'; }

# check_page PAGE CMD...: the page renders with man, holds every option of
# the help, and every word of the help in the same order.
check_page() {
    local page=$1
    shift
    [ -f "$BUILD/$page" ] || { fail "no $page for '$*'"; return; }
    (cd "$BUILD" && export LC_ALL=C.UTF-8 MANWIDTH=100 &&
        man "./$page" 2>"$SCRATCH/man.err" | col -bx >"$SCRATCH/page.txt")
    [ -s "$SCRATCH/page.txt" ] && [ ! -s "$SCRATCH/man.err" ] ||
        { fail "man ./$page: $(cat "$SCRATCH/man.err")"; return; }
    local option
    for option in $(help_options "$@"); do
        grep -qE -- "(^|[ ,])$option([ ,=[]|$)" "$SCRATCH/page.txt" ||
            fail "$page lacks $option"
    done
    # Every word of the help after its usage line, in order, in the page.
    "$ENTENTE" "$@" --help | tail -n +2 | words_of >"$SCRATCH/help.words"
    words_of <"$SCRATCH/page.txt" >"$SCRATCH/page.words"
    python3 - "$SCRATCH/help.words" "$SCRATCH/page.words" <<'PY' || fail "$page differs from '$* --help'"
import sys
help_words = open(sys.argv[1]).read().split()
page_words = iter(open(sys.argv[2]).read().split())
for number, word in enumerate(help_words):
    if not any(word == other for other in page_words):
        print("missing from the page, in order: word %d %r" % (number, word))
        sys.exit(1)
PY
}

check_pages() {
    check_page entente.1
    local command
    for command in $COMMANDS; do
        check_page "entente-$command.1" "$command"
    done
}

# complete WORD...: runs the bash completion for the command line
# "entente WORD..." (the last word being completed); COMPREPLY one a line.
complete_bash() {
    bash -c '. "$1"; shift; COMP_WORDS=(entente "$@"); COMP_CWORD=$#
        _entente; printf "%s\n" "${COMPREPLY[@]}"' bash \
        "$BUILD/completion/entente" "$@" 2>&1
}

# expect_completion EXPECTED WORD...: the replies, joined by spaces.
expect_completion() {
    local expected=$1 got
    shift
    got=$(complete_bash "$@" | LC_ALL=C sort | tr '\n' ' ' | sed 's/ $//')
    [ "$got" = "$expected" ] || fail "completing '$*': '$got', expected '$expected'"
}

check_bash_completion() {
    [ -f "$BUILD/completion/entente" ] || { fail "no bash completion"; return; }
    expect_completion "metrics" me
    expect_completion "--help --version" --
    expect_completion "report" help rep
    expect_completion "--metrics" metrics --met
    expect_completion "betweenness betweenness_centralization" metrics --metrics betw
    expect_completion "degree,closeness degree,closeness_centralization" \
        metrics --metrics degree,clo
    expect_completion "pagerank" metrics x.json --sort pag
    expect_completion "json" metrics --format = j
    expect_completion "pdf png" render --format p
    expect_completion "circo" render --layout ci
    expect_completion "arms_dependency" metrics --layer arms
    expect_completion "member_of,border_risk member_of,borders" report --layer member_of,bor
    expect_completion "former frozen" compare --status f
    expect_completion "cow-contiguity cow-igo" import --preset cow
    expect_completion "--from" import --fr
    expect_completion "" validate --max-errors ""
    expect_completion "$DATA/valid.json" validate "$DATA/valid.j"
    # Every option of every command's help.
    local command option
    for command in $COMMANDS; do
        for option in $(help_options "$command"); do
            complete_bash "$command" "$option" | grep -qxF -- "$option" ||
                fail "bash completion of '$command' lacks $option"
        done
    done
    # Every metric the program writes (JSON keys, directed and not) is
    # offered, and every name offered is one `--metrics` accepts.
    local names offered
    names=$(for flag in "" --directed; do
        "$ENTENTE" metrics "$DATA/valid.json" --format json $flag
    done | python3 -c '
import json, sys
names = set()
for doc in json.JSONDecoder().decode("[" + sys.stdin.read().replace("}\n{", "},{") + "]"):
    names.update(doc["graph"])
    for row in doc["nodes"] + doc["groups"]:
        names.update(row)
print("\n".join(sorted(names - {"id", "name", "type"})))')
    offered=$(complete_bash metrics --metrics "")
    for name in $names; do
        grep -qxF "$name" <<<"$offered" || fail "--metrics completion lacks $name"
    done
    for name in $offered; do
        "$ENTENTE" metrics "$DATA/valid.json" --metrics "$name" --format json \
            >/dev/null 2>&1 || fail "--metrics refuses offered name $name"
    done
    # The layers: those the program knows (its error message lists them).
    local known
    known=$("$ENTENTE" metrics "$DATA/valid.json" --layer nosuch 2>&1 |
        sed -n 's/.*(known: \(.*\))$/\1/p' | tr -d ',')
    [ -n "$known" ] || fail "no list of known layers"
    [ "$(complete_bash metrics --layer "" | sort)" = "$(printf '%s\n' $known | sort)" ] ||
        fail "layer completion is not: $known"
}

# zsh: the function parses, and with _arguments and _describe replaced by
# printing stubs, declares every command and every option.
check_zsh_completion() {
    local file=$BUILD/completion/_entente
    [ -f "$file" ] || { fail "no zsh completion"; return; }
    head -1 "$file" | grep -qxF '#compdef entente' || fail "_entente lacks #compdef"
    command -v zsh >/dev/null || { fail "zsh is not installed (scripts/setup)"; return; }
    zsh -n "$file" || { fail "_entente does not parse"; return; }
    local run='_arguments() { print -rl -- "$@"; }
        _describe() { print -rl -- "${(@P)${@[-1]}}"; }
        compadd() { print -rl -- "$@"; }
        source "$1"; shift; words=(entente "$@"); CURRENT=$#words; _entente'
    local command option specs
    local listed
    listed=$(zsh -f -c "$run" zsh "$file" "" | cut -d: -f1)
    for command in $COMMANDS; do
        grep -qxF "$command" <<<"$listed" || fail "zsh completion lacks command $command"
        specs=$(zsh -f -c "$run" zsh "$file" "$command" "")
        for option in $(help_options "$command"); do
            grep -qE -- "^\*$option([=+]|-?\[)" <<<"$specs" ||
                fail "zsh completion of '$command' lacks $option"
        done
    done
    specs=$(zsh -f -c "$run" zsh "$file" render "")
    grep -qxF -- '*--format=[default svg]:format:(svg png pdf dot)' <<<"$specs" ||
        fail "zsh: no formats for render --format"
    grep -q -- '^\*--layer=.*:_sequence compadd - member_of .*arms_dependency' <<<"$specs" ||
        fail "zsh: no layers for --layer"
}

check_pages
check_bash_completion
check_zsh_completion
finish help
