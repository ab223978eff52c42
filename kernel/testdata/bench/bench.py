#!/usr/bin/python3
"""Benchmark gopad against ipykernel, side by side, through jupyter_client.

Usage: /usr/bin/python3 kernel/testdata/bench/bench.py [--gopad PATH] [--quick]

Both kernels are driven by the same client code in the same run, side by
side and interleaved (each measure alternates between them). Prints a table
with gopad's figures, ipykernel's and their ratio, and the machine's own
floor for the lag rows. Needs Debian's
python3-jupyter-client and python3-ipykernel (use /usr/bin/python3).
"""
import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from queue import Empty

import jupyter_client
import zmq

CODE = {
    "gopad": {
        "trivial": "1+1",
        "complete": "strings.Sp",
        "setup": 'import ("fmt"; "time"; "strings")',
        "lag": 'for i := 0; i < {n}; i++ {{ fmt.Printf("%d %.6f\\n", i, float64(time.Now().UnixNano())/1e9); time.Sleep(200*time.Millisecond) }}',
        "throughput": 'line := strings.Repeat("x", 99) + "\\n"\nfor i := 0; i < {n}; i++ {{ fmt.Print(line) }}',
        "busy": "for {}",
        "sleep": "time.Sleep(time.Minute)",
        "chan": "ch := make(chan int)\n<-ch",
        "gather": 'import ("context"; "github.com/gopad/gopad/interp/async")\n'
                  'wait := func(ctx context.Context) (any, error) { return nil, async.Sleep(ctx, time.Minute) }\n'
                  'async.Run(func(ctx context.Context) (any, error) { return async.Gather(ctx, wait, wait) })',
        "fib": "func fib(n int) int { if n < 2 { return n }; return fib(n-1) + fib(n-2) }\nfib(27)",
    },
    "python3": {
        "trivial": "1+1",
        "complete": "import os\nos.pa",
        "setup": "import time",
        "lag": 'for i in range({n}):\n    print(i, "%.6f" % time.time(), flush=True)\n    time.sleep(0.2)',
        "throughput": 'import sys\nline = "x" * 99 + "\\n"\nfor i in range({n}):\n    sys.stdout.write(line)',
        "busy": "while True: pass",
        "sleep": "time.sleep(60)",
        "chan": "import queue\nqueue.Queue().get()",
        # ipykernel does not cancel the gather: it runs to its end.
        "gather": "import asyncio\nawait asyncio.gather(asyncio.sleep(3), asyncio.sleep(3))",
        "fib": "def fib(n):\n    return n if n < 2 else fib(n-1) + fib(n-2)\nfib(27)",
    },
}


def tree(pid):
    """pid and its children."""
    pids = [pid]
    try:
        out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True).stdout
        pids += [int(p) for p in out.split()]
    except Exception:
        pass
    return pids


def cpu_s(pids):
    """CPU time (user and system) of the processes pids, in seconds (Linux /proc)."""
    total = 0
    for p in pids:
        try:
            with open(f"/proc/{p}/stat") as f:
                fields = f.read().rsplit(")", 1)[1].split()
            total += int(fields[11]) + int(fields[12])
        except OSError:
            pass
    return total / os.sysconf("SC_CLK_TCK")


def rss_kb(pid):
    """Resident memory of pid and its children, in KiB (Linux /proc)."""
    total = 0
    for p in tree(pid):
        try:
            with open(f"/proc/{p}/status") as f:
                for line in f:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1])
        except OSError:
            pass
    return total


def drain(kc):
    """Read what iopub holds: the status messages of the completion
    requests, which execute_interactive would otherwise read first, late
    for the next cell's output."""
    while True:
        try:
            kc.get_iopub_msg(timeout=0.2)
        except Empty:
            return


def execute(kc, code, timeout=120, on_msg=None):
    """Run code with jupyter_client's execute_interactive (which returns
    once the reply and the idle status arrived); on_msg sees each iopub
    message with its arrival time."""
    def hook(m):
        if on_msg:
            on_msg(m, time.time())
    return kc.execute_interactive(code, timeout=timeout, output_hook=hook, stop_on_error=False)


def start(name):
    """Start a kernel; return it, a client, and the time from starting the
    process to the first kernel_info_reply. (jupyter_client's wait_for_ready
    then drains iopub until it has been quiet for 200 ms, the same fixed wait
    for every kernel, so it is called after the clock stops.)"""
    km = jupyter_client.KernelManager(kernel_name=name)
    t0 = time.time()
    km.start_kernel(env={**os.environ, "PYDEVD_DISABLE_FILE_VALIDATION": "1"})
    kc = km.blocking_client()
    kc.start_channels()
    up = None
    while up is None:
        msg_id = kc.kernel_info()
        deadline = time.time() + 1
        while time.time() < deadline:
            try:
                m = kc.get_shell_msg(timeout=max(0.0, deadline - time.time()))
            except Empty:
                break
            if m["parent_header"].get("msg_id") == msg_id and m["msg_type"] == "kernel_info_reply":
                up = time.time() - t0
                break
        if time.time() - t0 > 60:
            raise RuntimeError("%s did not reply to kernel_info within 60 s" % name)
    kc.wait_for_ready(timeout=60)
    return km, kc, up


def line_lags(text, t):
    """The lag of each "N TIME" line of text that arrived at t, in ms."""
    out = []
    for line in text.splitlines():
        parts = line.split()
        if len(parts) == 2:
            out.append((t - float(parts[1])) * 1000)
    return out


class SocketLag:
    """A plain pyzmq SUB socket on the kernel's iopub, read by a thread
    that notes when each stream message arrives: the lag of the kernel's
    part of the way, without jupyter_client's own handling."""

    def __init__(self, info):
        self.ctx = zmq.Context()
        self.sub = self.ctx.socket(zmq.SUB)
        self.sub.setsockopt(zmq.SUBSCRIBE, b"")
        self.sub.connect("%s://%s:%d" % (info["transport"], info["ip"], info["iopub_port"]))
        self.lags = []
        self.stop = False
        self.thread = threading.Thread(target=self.read)

    def read(self):
        while not self.stop:
            if not self.sub.poll(50):
                continue
            frames = self.sub.recv_multipart()
            t = time.time()
            i = frames.index(b"<IDS|MSG>")
            if json.loads(frames[i + 2])["msg_type"] == "stream":
                self.lags.extend(line_lags(json.loads(frames[i + 5])["text"], t))

    def __enter__(self):
        self.thread.start()
        time.sleep(0.3)  # the subscription reaches the kernel
        return self

    def __exit__(self, *exc):
        time.sleep(0.3)
        self.stop = True
        self.thread.join()
        self.sub.close(linger=0)
        self.ctx.term()


def floor_lag(n):
    """The machine's own lag: one pyzmq message between two processes, sent
    every 200 ms as in the stream-lag cell, median and max in ms. Lags of
    a few ms here (idle CPUs waking slowly) are in every kernel's row."""
    ctx = zmq.Context()
    sub = ctx.socket(zmq.SUB)
    sub.setsockopt(zmq.SUBSCRIBE, b"")
    port = sub.bind_to_random_port("tcp://127.0.0.1")
    pub = subprocess.Popen([sys.executable, "-c", (
        "import sys, time, zmq\n"
        "s = zmq.Context().socket(zmq.PUB); s.connect('tcp://127.0.0.1:%d')\n"
        "time.sleep(0.5)\n"
        "for i in range(%d):\n"
        "    s.send(b'%%d %%.6f' %% (i, time.time())); time.sleep(0.2)\n") % (port, n)])
    lags = []
    while len(lags) < n and sub.poll(5000):
        msg = sub.recv()
        lags.extend(line_lags(msg.decode(), time.time()))
    pub.wait()
    sub.close(linger=0)
    ctx.term()
    return statistics.median(lags), max(lags)


NAMES = ("gopad", "python3")


def bench(quick):
    """Measure both kernels, interleaved: the two run side by side, and
    each measure takes its turns for one and the other in alternation, so
    that a machine that gets busier or quieter during the run weighs on
    both alike."""
    r = {n: {} for n in NAMES}
    # Start-up: process start to first kernel_info_reply, median of 5.
    ups = {n: [] for n in NAMES}
    for _ in range(3 if quick else 5):
        for n in NAMES:
            km, kc, dt = start(n)
            ups[n].append(dt)
            kc.stop_channels()
            km.shutdown_kernel(now=True)
    k = {}
    for n in NAMES:
        r[n]["startup_ms"] = statistics.median(ups[n]) * 1000
        km, kc, _ = start(n)
        k[n] = (km, kc, CODE[n])
        r[n]["rss_start_mb"] = rss_kb(km.provisioner.process.pid) / 1024
        execute(kc, CODE[n]["setup"])
    # Round trip: trivial cells, reply and idle received; completion after
    # a package's name. In blocks of 50, alternating.
    total = 100 if quick else 300
    rts = {n: [] for n in NAMES}
    cts = {n: [] for n in NAMES}
    cpus = {n: 0.0 for n in NAMES}
    for _ in range(total // 50):
        for n in NAMES:
            km, kc, code = k[n]
            pids = tree(km.provisioner.process.pid)
            c0 = cpu_s(pids)
            for _ in range(50):
                t0 = time.time()
                execute(kc, code["trivial"])
                rts[n].append(time.time() - t0)
            cpus[n] += cpu_s(pids) - c0
    for _ in range(total // 50):
        for n in NAMES:
            km, kc, code = k[n]
            for _ in range(50):
                t0 = time.time()
                reply = kc.complete(code["complete"], len(code["complete"]), reply=True, timeout=30)
                cts[n].append(time.time() - t0)
                if not reply["content"]["matches"]:
                    raise RuntimeError("%s: no completions for %r" % (n, code["complete"]))
    for n in NAMES:
        v = sorted(rts[n])
        r[n]["rt_p50_ms"] = v[len(v) // 2] * 1000
        r[n]["rt_p99_ms"] = v[int(len(v) * 0.99) - 1] * 1000
        r[n]["complete_p50_ms"] = sorted(cts[n])[len(cts[n]) // 2] * 1000
        r[n]["rt_cpu_ms"] = cpus[n] / len(rts[n]) * 1000
        drain(k[n][1])
    # Stream lag: arrival minus print time, a line every 200 ms; as
    # jupyter_client's execute_interactive hands the message over, and as
    # it reaches a plain SUB socket on iopub (the kernel's part alone).
    # Then the same, a line every 20 ms (a progress report): lines that
    # come faster than a coalescing delay would wait for it.
    for n in NAMES:
        km, kc, code = k[n]
        lags = []
        with SocketLag(km.get_connection_info()) as raw:
            execute(kc, code["lag"].format(n=10 if quick else 25),
                    on_msg=lambda m, t: lags.extend(line_lags(m["content"]["text"], t)) if m["msg_type"] == "stream" else None)
        r[n]["lag_median_ms"] = statistics.median(lags) if lags else float("nan")
        r[n]["lag_max_ms"] = max(lags) if lags else float("nan")
        r[n]["lag_socket_median_ms"] = statistics.median(raw.lags) if raw.lags else float("nan")
        r[n]["lag_socket_max_ms"] = max(raw.lags) if raw.lags else float("nan")
    for n in NAMES:
        km, kc, code = k[n]
        fast = []
        code20 = code["lag"].replace("200*time.Millisecond", "20*time.Millisecond").replace("sleep(0.2)", "sleep(0.02)")
        execute(kc, code20.format(n=20 if quick else 50),
                on_msg=lambda m, t: fast.extend(line_lags(m["content"]["text"], t)) if m["msg_type"] == "stream" else None)
        r[n]["lag20_median_ms"] = statistics.median(fast) if fast else float("nan")
        r[n]["lag20_max_ms"] = max(fast) if fast else float("nan")
    # Throughput: 10 MB in 100-byte lines; the median of 5 runs (3 quick),
    # alternating.
    lines = 100_000
    runs = {n: [] for n in NAMES}
    for _ in range(3 if quick else 5):
        for n in NAMES:
            km, kc, code = k[n]
            got = [0, 0]

            def on_tp(m, t):
                if m["msg_type"] == "stream":
                    got[0] += len(m["content"]["text"].encode())
                    got[1] += 1

            t0 = time.time()
            execute(kc, code["throughput"].format(n=lines), on_msg=on_tp)
            runs[n].append((time.time() - t0, got[0], got[1]))
    for n in NAMES:
        v = sorted(runs[n])
        dt, nb, nm = v[len(v) // 2]
        r[n]["tp_mb_s"] = nb / dt / 1e6
        r[n]["tp_bytes"] = nb
        r[n]["tp_msgs"] = nm
        r[n]["tp_complete"] = all(b == lines * 100 for _, b, _ in v)
    # Compute.
    for n in NAMES:
        km, kc, code = k[n]
        t0 = time.time()
        execute(kc, code["fib"])
        r[n]["fib27_ms"] = (time.time() - t0) * 1000
        r[n]["rss_after_mb"] = rss_kb(km.provisioner.process.pid) / 1024
    # Interrupt: a busy loop, a sleep, a channel receive (a queue get) and
    # a gather of two sleeps; interrupt after 0.5 s, time to the reply.
    for kind in ("busy", "sleep", "chan", "gather"):
        for n in NAMES:
            km, kc, code = k[n]
            done = {}

            def interrupt_later():
                time.sleep(0.5)
                done["t0"] = time.time()
                km.interrupt_kernel()

            th = threading.Thread(target=interrupt_later)
            th.start()
            reply = execute(kc, code[kind])
            th.join()
            r[n]["interrupt_%s_ms" % kind] = (time.time() - done["t0"]) * 1000
            if reply["content"]["status"] != "error":
                raise RuntimeError("%s: the %s cell was not interrupted: %s" % (n, kind, reply["content"]))
    for n in NAMES:
        km, kc, _ = k[n]
        kc.stop_channels()
        km.shutdown_kernel(now=True)
    return r


ROWS = [
    ("start-up (ms, median)", "startup_ms", "low"),
    ("round trip p50 (ms)", "rt_p50_ms", "low"),
    ("round trip p99 (ms)", "rt_p99_ms", "low"),
    ("CPU time of the kernel's processes per round trip (ms)", "rt_cpu_ms", "low"),
    ("completion p50 (ms)", "complete_p50_ms", "low"),
    ("stream lag median (ms)", "lag_median_ms", "low"),
    ("stream lag max (ms)", "lag_max_ms", "low"),
    ("… at a plain iopub socket, median (ms)", "lag_socket_median_ms", "low"),
    ("… at a plain iopub socket, max (ms)", "lag_socket_max_ms", "low"),
    ("stream lag, a line every 20 ms, median (ms)", "lag20_median_ms", "low"),
    ("stream lag, a line every 20 ms, max (ms)", "lag20_max_ms", "low"),
    ("throughput (MB/s, median of 5; 3 with --quick)", "tp_mb_s", "high"),
    ("throughput messages", "tp_msgs", "low"),
    ("throughput bytes", "tp_bytes", "info"),
    ("RSS after start (MB)", "rss_start_mb", "low"),
    ("RSS after runs (MB)", "rss_after_mb", "low"),
    ("interrupt a busy loop, to reply (ms)", "interrupt_busy_ms", "low"),
    ("interrupt a sleep, to reply (ms)", "interrupt_sleep_ms", "low"),
    ("interrupt a channel receive / queue get (ms)", "interrupt_chan_ms", "low"),
    ("interrupt a gather of sleeps (ms)", "interrupt_gather_ms", "low"),
    ("fib(27) cell (ms)", "fib27_ms", "low"),
]


def main():
    ap = argparse.ArgumentParser()
    ap.add_argument("--gopad", help="gopad binary (default: build it)")
    ap.add_argument("--quick", action="store_true")
    ap.add_argument("--json", help="write the results here")
    args = ap.parse_args()
    tmp = tempfile.mkdtemp(prefix="gopad-bench-")
    gopad = args.gopad
    if not gopad:
        gopad = os.path.join(tmp, "gopad")
        subprocess.run(["go", "build", "-o", gopad, "github.com/gopad/gopad"], check=True)
    kdir = os.path.join(tmp, "kernels", "gopad")
    os.makedirs(kdir)
    with open(os.path.join(kdir, "kernel.json"), "w") as f:
        json.dump({"argv": [gopad, "kernel", "{connection_file}"], "display_name": "Go (gopad)",
                   "language": "go", "interrupt_mode": "message"}, f)
    os.environ["JUPYTER_PATH"] = tmp
    floor = floor_lag(10 if args.quick else 25)
    print("benchmarking gopad and ipykernel, interleaved ...", file=sys.stderr, flush=True)
    res = bench(args.quick)
    print(f"\n| measure | gopad | ipykernel | gopad / ipykernel |\n|---|---:|---:|---:|")
    for label, key, _ in ROWS:
        g, p = res["gopad"][key], res["python3"][key]
        ratio = g / p if p else float("nan")
        print(f"| {label} | {g:.1f} | {p:.1f} | {ratio:.2f} |")
    print(f"\nall bytes arrived: gopad {res['gopad']['tp_complete']}, ipykernel {res['python3']['tp_complete']}")
    print(f"machine floor for the lag rows (one pyzmq message between two processes, 200 ms apart): "
          f"median {floor[0]:.1f} ms, max {floor[1]:.1f} ms")
    res["floor_lag_median_ms"], res["floor_lag_max_ms"] = floor
    if args.json:
        with open(args.json, "w") as f:
            json.dump(res, f, indent=1)


if __name__ == "__main__":
    main()
