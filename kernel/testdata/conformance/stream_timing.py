"""Checks that stdout reaches the frontend live, line by line, not at the end
of the cell.

    /usr/bin/python3 stream_timing.py

A cell prints 10 lines, and after each one waits until this client has
received it (the client creates a file for each line it receives; the cell
waits for that file for up to ACK_WAIT seconds). Output held back until the
cell ends, or until more output comes, never reaches the client while the
cell waits: the cell gives up and says so. So the check holds on a busy
machine as well as on an idle one, and asserts no duration: it fails only
when a line did not arrive while the cell was waiting for it, or when lines
are missing, out of order or merged. The round trips (file created, next
line received) are printed as figures.
"""

import json
import os
import shutil
import statistics
import sys
import tempfile
import time
from queue import Empty

import gopadenv

from jupyter_client.manager import KernelManager

N, ACK_WAIT = 10, 10
CODE = """for i := 0; i < __N__; i++ {
\tfmt.Println(i)
\tack := fmt.Sprintf("%s/ack-%d", __DIR__, i)
\tseen := false
\tfor w := 0; w < __POLLS__ && !seen; w++ {
\t\t_, err := os.Stat(ack)
\t\tseen = err == nil
\t\tif !seen {
\t\t\ttime.Sleep(10 * time.Millisecond)
\t\t}
\t}
\tif !seen {
\t\tfmt.Println("no ack for line", i)
\t\tbreak
\t}
}"""


def cell(ack_dir):
    """The cell, waiting for its acknowledgements in ack_dir."""
    return (CODE.replace("__N__", str(N)).replace("__POLLS__", str(ACK_WAIT * 100))
            .replace("__DIR__", json.dumps(ack_dir)))


def main():
    ack_dir = tempfile.mkdtemp(prefix="gopad-stream-")
    km = KernelManager(kernel_name=gopadenv.KERNEL_NAME)
    km.start_kernel()
    kc = km.client()
    kc.start_channels()
    try:
        kc.wait_for_ready(timeout=30)
        r = kc.execute_interactive('import (\n\t"fmt"\n\t"os"\n\t"time"\n)', timeout=30)
        if r["content"]["status"] != "ok":
            sys.exit("import cell failed: %r" % r["content"])

        msg_id = kc.execute(cell(ack_dir))
        lines = []  # the lines received, in order
        acked = {}  # line -> when its file was created (monotonic)
        round_trips = []  # file for line i created -> line i+1 received
        messages = 0
        texts = []
        deadline = time.monotonic() + 30 + N * ACK_WAIT
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
                    lines.append(line)
                    if not line.isdigit():
                        continue
                    i = int(line)
                    if i - 1 in acked:
                        round_trips.append(now - acked[i - 1])
                    open(os.path.join(ack_dir, "ack-%d" % i), "w").close()
                    acked[i] = time.monotonic()
            elif t == "error":
                sys.exit("cell failed: %s: %s" % (msg["content"]["ename"], msg["content"]["evalue"]))
            elif t == "status" and msg["content"]["execution_state"] == "idle":
                break
        reply = kc.get_shell_msg(timeout=30)
        if reply["content"]["status"] != "ok":
            sys.exit("execute_reply %r" % reply["content"])
    finally:
        kc.stop_channels()
        km.shutdown_kernel(now=False)
        shutil.rmtree(ack_dir, ignore_errors=True)

    problems = []
    want = [str(i) for i in range(N)]
    if lines != want:
        problems.append("lines received %r, want %r (a line that did not arrive while the cell "
                        "waited for it is followed by \"no ack\")" % (lines, want))
    if messages != N:
        problems.append("%d stream messages for %d lines printed one at a time (want one each)" % (messages, N))
    if round_trips:
        ms = sorted(x * 1000 for x in round_trips)
        print("round trip (file created -> next line received, including the cell's 10 ms polling): "
              "median %.1f ms, max %.1f ms, over %d stream messages" % (statistics.median(ms), ms[-1], messages))
    if problems:
        print("stream_timing: FAIL")
        for p in problems:
            print("  -", p)
        sys.exit(1)
    print("stream_timing: ok")


if __name__ == "__main__":
    main()
