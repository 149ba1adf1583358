# End-to-end tests of `entente validate` (sourced by run.sh).

test_validate_accepts_a_valid_file() {
    run validate tests/data/valid.json
    expect_status 0
    expect_out_line "tests/data/valid.json: ok, 5 entities, 5 relations"
    expect_err_empty
}

test_validate_reports_truncated_json_at_its_end() {
    run validate tests/data/bad/truncated.json
    expect_status 1
    expect_err_line "tests/data/bad/truncated.json:5:31: error: syntax error: unexpected end of input (is the file truncated?)"
    expect_clean
}

test_validate_reports_wrong_member_types() {
    run validate tests/data/bad/wrong-types.json
    expect_status 1
    expect_err_line 'tests/data/bad/wrong-types.json:3:9: error: expected a string for "id", found a number (at /id)'
    expect_err_line 'tests/data/bad/wrong-types.json:5:47: error: expected an array of strings for "aliases", found a string (at /entities/0/aliases)'
    expect_err_line 'tests/data/bad/wrong-types.json:6:28: error: expected a string for "type", found an array (at /entities/1/type)'
    expect_err_line 'tests/data/bad/wrong-types.json:8:16: error: expected an array for "relations", found an object (at /relations)'
    [ "$OUT" = "" ] || fail "an invalid file printed an ok line"
}

test_validate_reports_unknown_and_duplicate_ids() {
    run validate tests/data/bad/ids.json
    expect_status 1
    expect_err_line 'tests/data/bad/ids.json:6:12: error: duplicate entity id "KAZ", first declared at /entities/0 (at /entities/1/id)'
    expect_err_line 'tests/data/bad/ids.json:11:37: error: relation source "ZZZ" is not a declared entity (at /relations/1/source)'
}

test_validate_reports_every_bad_weight() {
    run validate tests/data/bad/weights.json
    expect_status 1
    expect_err_line 'tests/data/bad/weights.json:9:73: error: "weight" must be greater than 0, found 0 (at /relations/0/weight)'
    expect_err_line 'tests/data/bad/weights.json:10:73: error: "weight" must be greater than 0, found -1 (at /relations/1/weight)'
    expect_err_line 'tests/data/bad/weights.json:11:73: error: "weight" must be a finite number, found one too large to represent (at /relations/2/weight)'
    expect_err_line 'tests/data/bad/weights.json:12:73: error: expected a number for "weight", found a string (at /relations/3/weight)'
    expect_err_line 'tests/data/bad/weights.json:13:77: error: "weight" of "arms_dependency" is a share and must lie in (0, 1], found 1.5 (at /relations/4/weight)'
}

test_validate_reports_invalid_utf8() {
    run validate tests/data/bad/invalid-utf8.json
    expect_status 1
    expect_err_line "tests/data/bad/invalid-utf8.json:1:95: error: invalid UTF-8 byte 0xE1 (the file must be UTF-8 text)"
}

test_validate_survives_100000_nested_brackets() {
    local file="$SCRATCH/deep.json"
    head -c 100000 /dev/zero | tr '\0' '[' >"$file"
    head -c 100000 /dev/zero | tr '\0' ']' >>"$file"
    run validate "$file"
    expect_status 1
    expect_err_line "$file:1:65: error: nesting deeper than 64 levels of arrays and objects"
    expect_clean
}

test_validate_rejects_binary_garbage() {
    local file="$SCRATCH/garbage.json"
    printf '\x7fELF\x02\x01\x01\x00\x00\x00' >"$file"
    run validate "$file"
    expect_status 1
    expect_err_line "$file:1:8: error: NUL byte: this is binary data, not JSON text"
    expect_clean
}

test_validate_rejects_an_empty_file() {
    local file="$SCRATCH/empty.json"
    : >"$file"
    run validate "$file"
    expect_status 1
    expect_err_line "$file:1:1: error: the file is empty (expected a JSON object)"
}

test_validate_reports_a_missing_file() {
    run validate tests/data/no-such-file.json
    expect_status 1
    expect_err_line "tests/data/no-such-file.json: error: cannot open the file: no such file or directory"
}

test_validate_reads_directories_and_skips_other_schemas() {
    run validate tests/data/dir
    expect_status 1
    expect_out_line "tests/data/dir/a.json: ok, 5 entities, 5 relations"
    expect_err_line 'tests/data/dir/gazetteer.json: note: skipped: its schema is "entente-gazetteer/1", not "entente/1"'
    expect_err_line "tests/data/dir/broken.json:1:23: error: syntax error: unexpected end of input (is the file truncated?)"
}

test_validate_exit_status_is_the_worst_of_all_files() {
    run validate tests/data/valid.json tests/data/bad/ids.json
    expect_status 1
    expect_out_line "tests/data/valid.json: ok, 5 entities, 5 relations"
}

test_validate_never_changes_its_input() {
    local before after
    before=$(sha256sum tests/data/bad/weights.json tests/data/valid.json)
    run validate tests/data/bad/weights.json tests/data/valid.json
    after=$(sha256sum tests/data/bad/weights.json tests/data/valid.json)
    [ "$before" = "$after" ] || fail "an input file changed"
}

test_validate_strict_fails_on_warnings() {
    local file="$SCRATCH/unused.json"
    printf '{"schema": "entente/1", "id": "u", "entities": [{"id": "A", "type": "state"}], "relations": []}' >"$file"
    run validate "$file"
    expect_status 0
    expect_err_line "$file:1:49: warning: entity \"A\" takes part in no relation (at /entities/0)"
    expect_out_line "$file: ok, 1 entity, 0 relations, 1 warning"
    run validate --strict "$file"
    expect_status 1
    run validate --no-warnings --quiet "$file"
    expect_status 0
    expect_err_empty
    [ "$OUT" = "" ] || fail "--quiet printed: $OUT"
}

test_validate_max_errors_limits_the_report() {
    run validate --max-errors 2 tests/data/bad/weights.json
    expect_status 1
    [ "$(grep -c ': error: ' "$SCRATCH/err")" -eq 2 ] || fail "expected 2 errors"
    expect_err_line "tests/data/bad/weights.json: note: stopped after 2 errors; fix these and run again"
}

test_usage_errors_exit_2_with_a_hint() {
    run validate
    expect_status 2
    expect_err_line "entente validate: at least one FILE is required"
    expect_err_line "Try 'entente validate --help'."
    run validate --frobnicate x.json
    expect_status 2
    expect_err_line "entente validate: unknown option '--frobnicate'"
    run validate --max-errors
    expect_status 2
    expect_err_line "entente validate: option '--max-errors' needs a value"
    run validate --max-errors=zero x.json
    expect_status 2
    expect_err_line "entente validate: --max-errors takes a whole number above 0, not 'zero'"
    run frobnicate
    expect_status 2
    expect_err_line "entente: unknown command 'frobnicate'"
    expect_err_line "Try 'entente --help'."
    run
    expect_status 2
}

test_help_and_version() {
    run --help
    expect_status 0
    expect_out_has "Usage: entente [--help] [--version] COMMAND [ARGS...]"
    expect_out_has "validate"
    run validate --help
    expect_status 0
    expect_out_has "Usage: entente validate [OPTIONS] FILE|DIRECTORY..."
    run help validate
    expect_status 0
    expect_out_has "Usage: entente validate [OPTIONS] FILE|DIRECTORY..."
    run --version
    expect_status 0
    [[ "$OUT" =~ ^entente\ [0-9]+\.[0-9]+\.[0-9]+\ \(igraph\ 0\.10 ]] || fail "version line: $OUT"
}

test_validate_refuses_a_file_over_256_mib_without_reading_it() {
    local file="$SCRATCH/huge.json"
    truncate -s 300M "$file" # sparse: costs no disk and no time
    run validate "$file"
    expect_status 1
    expect_err_line "$file: error: the file is 314572800 bytes, over the limit of 268435456 bytes"
    rm -f "$file"
}
