# Special files as inputs and outputs, and a batch's workers under limits and
# signals: nothing hangs, nothing that is not ours is replaced, no worker
# outlives its batch (sourced by run.sh).

# A FIFO with no writer would block a plain open() forever; `timeout`
# turns a hang into status 124, which fails the test instead of the suite.
test_special_a_fifo_input_is_refused_at_once() {
    mkfifo "$SCRATCH/pipe.json"
    OUT=$(timeout 20 "$ENTENTE" validate "$SCRATCH/pipe.json" 2>&1)
    status=$?
    ERR=$OUT
    expect_status 1
    [[ "$OUT" == *"$SCRATCH/pipe.json: error: is not a regular file (a FIFO): give a file"* ]] ||
        fail "no FIFO message: $OUT"
    rm -f "$SCRATCH/pipe.json"
}

test_special_a_fifo_in_a_directory_or_a_batch_does_not_hang() {
    mkdir -p "$SCRATCH/withfifo"
    cp "$DATA/valid.json" "$SCRATCH/withfifo/a.json"
    mkfifo "$SCRATCH/withfifo/b.json"
    timeout 60 "$ENTENTE" batch "$SCRATCH/withfifo" -q -o "$SCRATCH/fifo-batch.csv" \
        >"$SCRATCH/out" 2>"$SCRATCH/err"
    status=$?
    ERR=$(cat "$SCRATCH/err")
    expect_status 1
    expect_err_has "b.json: error: is not a regular file (a FIFO)"
    grep -q '^.*a.json,.*,ok,' "$SCRATCH/fifo-batch.csv" || fail "the good file has no row"
    rm -rf "$SCRATCH/withfifo"
}

test_special_a_device_input_is_refused_without_reading_it() {
    run validate /dev/zero
    expect_status 1
    expect_err_line "/dev/zero: error: is not a regular file (a character device): give a file"
}

# Our own device node (a copy of /dev/null, made with mknod as root), so
# that a failure cannot damage the machine's /dev/null.
test_special_output_onto_a_device_writes_through_and_keeps_the_device() {
    mknod "$SCRATCH/null" c 1 3 2>/dev/null || { echo "  (skipped: mknod needs root)"; return; }
    run metrics "$DATA/valid.json" --format csv -o "$SCRATCH/null"
    expect_status 0
    [ -c "$SCRATCH/null" ] || fail "the device was replaced by a $(stat -c %F "$SCRATCH/null")"
    ls -a "$SCRATCH" | grep -q '^\.entente-' && fail "a temporary file was left"
    rm -f "$SCRATCH/null"
}

test_special_output_onto_a_full_device_fails_with_status_3() {
    [ -c /dev/full ] || { echo "  (skipped: no /dev/full)"; return; }
    run metrics "$DATA/valid.json" --format csv -o /dev/full
    expect_status 3
    expect_err_has "/dev/full: error: cannot write the file: no space left on device"
    [ -c /dev/full ] || fail "/dev/full was replaced"
}

test_special_output_through_a_link_replaces_the_file_and_keeps_the_link() {
    mkdir -p "$SCRATCH/links"
    echo old >"$SCRATCH/links/real.csv"
    ln -sf real.csv "$SCRATCH/links/link.csv"
    run metrics "$DATA/valid.json" --format csv -o "$SCRATCH/links/link.csv"
    expect_status 0
    [ -L "$SCRATCH/links/link.csv" ] || fail "the link was replaced"
    head -1 "$SCRATCH/links/real.csv" | grep -q '^id,' || fail "the file it names was not written"
    rm -rf "$SCRATCH/links"
}

# Without /proc an unnamed temporary file cannot be named: the output must
# still be written, through a named temporary file.
test_special_outputs_are_written_without_proc() {
    command -v unshare >/dev/null && unshare -m true 2>/dev/null ||
        { echo "  (skipped: no private mount namespace here)"; return; }
    # The sanitizers' runtime itself needs /proc: such a build cannot start.
    unshare -m sh -c 'umount -l /proc 2>/dev/null && [ ! -e /proc/self ] || exit 77
        "$0" --version >/dev/null 2>&1 || exit 76
        exec "$0" metrics "$1" --format csv -o "$2"' \
        "$ENTENTE" "$DATA/valid.json" "$SCRATCH/noproc.csv" >"$SCRATCH/out" 2>"$SCRATCH/err"
    status=$?
    ERR=$(cat "$SCRATCH/err")
    [ "$status" -eq 77 ] && { echo "  (skipped: /proc cannot be unmounted here)"; return; }
    [ "$status" -eq 76 ] && { echo "  (skipped: this build cannot start without /proc)"; return; }
    expect_status 0
    head -1 "$SCRATCH/noproc.csv" | grep -q '^id,' || fail "no output"
}

# More workers than the limit on open files allows: fewer workers and a
# note, the same table as with one worker.
test_special_batch_lowers_its_workers_to_the_open_file_limit() {
    mkdir -p "$SCRATCH/many"
    local i
    for i in $(seq -w 1 48); do cp "$DATA/valid.json" "$SCRATCH/many/s$i.json"; done
    (ulimit -n 32; exec "$ENTENTE" batch "$SCRATCH/many" -q -j 48 -o "$SCRATCH/many.csv") \
        >"$SCRATCH/out" 2>"$SCRATCH/err"
    status=$?
    ERR=$(cat "$SCRATCH/err")
    expect_status 0
    expect_err_has "instead of 48: the limit on open files (ulimit -n) leaves room for no more"
    run batch "$SCRATCH/many" -q -j 1 -o "$SCRATCH/many-1.csv"
    expect_status 0
    cmp -s "$SCRATCH/many.csv" "$SCRATCH/many-1.csv" || fail "tables differ"
    rm -rf "$SCRATCH/many"
}

# SIGTERM to the batch: its workers die with it instead of computing on.
test_special_batch_workers_die_with_their_parent() {
    mkdir -p "$SCRATCH/slow"
    python3 bench/gen.py 5000 "$SCRATCH/slow/a.json" >/dev/null
    cp "$SCRATCH/slow/a.json" "$SCRATCH/slow/b.json"
    "$ENTENTE" batch "$SCRATCH/slow" -q -j 2 --metrics betweenness,closeness \
        -o "$SCRATCH/slow.csv" >/dev/null 2>&1 &
    local parent=$! workers="" tries
    for tries in $(seq 1 600); do
        workers=$(pgrep -P "$parent" | tr '\n' ' ')
        [ -n "$workers" ] && break
        sleep 0.1
    done
    [ -n "$workers" ] || { fail "no worker seen"; kill "$parent"; wait "$parent"; return; }
    kill -TERM "$parent"
    wait "$parent" 2>/dev/null
    local pid alive=""
    for tries in $(seq 1 300); do
        alive=""
        for pid in $workers; do kill -0 "$pid" 2>/dev/null && alive="$alive $pid"; done
        [ -z "$alive" ] && break
        sleep 0.1
    done
    [ -z "$alive" ] || { fail "workers still running:$alive"; kill -9 $alive; }
    [ ! -e "$SCRATCH/slow.csv" ] || fail "a table was written"
    rm -rf "$SCRATCH/slow"
}

test_special_batch_refuses_a_bad_timeout() {
    run batch "$DATA/valid.json" --timeout -1
    expect_status 2
    expect_err_has "--timeout takes a number of seconds, 0 or more, not '-1'"
}
