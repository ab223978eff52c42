"""Checks that stdout reaches the frontend live, line by line, not at the end
of the cell.

    /usr/bin/python3 stream_timing.py

A cell prints 10 lines 200 ms apart. Line i must arrive i*0.2 s (+-0.1 s)
after line 0, and the lines must come in at least 8 separate stream
messages. Prints the lags (arrival minus expected) and exits non-zero if the
check fails.
"""

import statistics
import sys
import time
from queue import Empty

import gopadenv

from jupyter_client.manager import KernelManager

N, PERIOD, TOLERANCE = 10, 0.2, 0.1
CODE = """for i := 0; i < %d; i++ {
\tfmt.Println(i)
\ttime.Sleep(%d * time.Millisecond)
}""" % (N, int(PERIOD * 1000))


def main():
    km = KernelManager(kernel_name=gopadenv.KERNEL_NAME)
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=30)
        r = kc.execute_interactive('import (\n\t"fmt"\n\t"time"\n)', timeout=30)
        if r["content"]["status"] != "ok":
            sys.exit("import cell failed: %r" % r["content"])

        msg_id = kc.execute(CODE)
        arrivals = {}  # line number -> arrival time (monotonic)
        messages = 0
        texts = []
        deadline = time.monotonic() + 30
        while True:
            try:
                msg = kc.get_iopub_msg(timeout=max(0.01, deadline - time.monotonic()))
            except Empty:
                sys.exit("timed out waiting for output; got %r" % "".join(texts))
            now = time.monotonic()
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            t = msg["msg_type"]
            if t == "stream" and msg["content"]["name"] == "stdout":
                messages += 1
                texts.append(msg["content"]["text"])
                for line in msg["content"]["text"].splitlines():
                    arrivals.setdefault(int(line), now)
            elif t == "error":
                sys.exit("cell failed: %s: %s" % (msg["content"]["ename"], msg["content"]["evalue"]))
            elif t == "status" and msg["content"]["execution_state"] == "idle":
                break
        reply = kc.get_shell_msg(timeout=10)
        if reply["content"]["status"] != "ok":
            sys.exit("execute_reply %r" % reply["content"])
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)

    problems = []
    if sorted(arrivals) != list(range(N)):
        problems.append("lines received %r, want 0..%d (output %r)" % (sorted(arrivals), N - 1, "".join(texts)))
    t0 = arrivals.get(0)
    lags = []
    for i in range(N):
        if i in arrivals and t0 is not None:
            lag = arrivals[i] - t0 - i * PERIOD
            lags.append(lag)
            print("line %d: arrived %+.3f s after line 0, lag %+.1f ms" % (i, arrivals[i] - t0, lag * 1000))
            if abs(lag) > TOLERANCE:
                problems.append("line %d lag %+.3f s exceeds +-%.1f s" % (i, lag, TOLERANCE))
    if lags:
        print("lag median %+.1f ms, max |lag| %.1f ms, over %d stream messages"
              % (statistics.median(lags) * 1000, max(abs(l) for l in lags) * 1000, messages))
    if messages < N - 2:
        problems.append("only %d stream messages for %d lines (want >= %d)" % (messages, N, N - 2))
    if problems:
        print("stream_timing: FAIL")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("stream_timing: ok")


if __name__ == "__main__":
    main()
