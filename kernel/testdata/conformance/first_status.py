"""Checks that a client's first request gets its status messages on iopub.

    /usr/bin/python3 first_status.py [ROUNDS]

A client (jupyter_server's websocket handler, for JupyterLab) connects its
iopub SUB and its shell DEALER together and sends a request at once, then
waits for the request's idle status: JupyterLab's kernel.info resolves only
when both the kernel_info_reply and that idle status have come. Each round
here is such a client, new: it connects, asks kernel_info at once, and must
receive the reply and the busy and idle statuses whose parent is its
request. A kernel that publishes them before the new subscription arrives
loses them, and the client waits for ever; here the round fails after
WAIT seconds. The rounds are apart, as clients are.
"""

import sys
import time

import gopadenv

import zmq
from jupyter_client.manager import KernelManager
from jupyter_client.session import Session

ROUNDS, WAIT, APART = 40, 10, 0.15


def one_round(km):
    """Runs one new client; returns what it missed (empty if nothing)."""
    s = Session(key=km.session.key, signature_scheme=km.session.signature_scheme)
    iopub = km.connect_iopub(identity=s.bsession)
    shell = km.connect_shell(identity=s.bsession)
    try:
        rid = s.send(shell, "kernel_info_request")["header"]["msg_id"]
        want = {"reply", "busy", "idle"}
        deadline = time.time() + WAIT
        while want and time.time() < deadline:
            if shell.poll(10):
                m = s.deserialize(s.feed_identities(shell.recv_multipart())[1])
                if m["parent_header"].get("msg_id") == rid:
                    want.discard("reply")
            while iopub.poll(0):
                m = s.deserialize(s.feed_identities(iopub.recv_multipart())[1])
                if m["parent_header"].get("msg_id") == rid and m["msg_type"] == "status":
                    want.discard(m["content"]["execution_state"])
        return want
    finally:
        iopub.close(linger=0)
        shell.close(linger=0)


def main():
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else ROUNDS
    km = KernelManager(kernel_name=gopadenv.KERNEL_NAME)
    km.start_kernel()
    try:
        kc = km.client()
        kc.start_channels()
        kc.wait_for_ready(timeout=60)
        failed = []
        for i in range(rounds):
            missed = one_round(km)
            if missed:
                failed.append(i)
                print(f"round {i}: no {', '.join(sorted(missed))} within {WAIT} s", flush=True)
            time.sleep(APART)
        kc.stop_channels()
    finally:
        km.shutdown_kernel(now=True)
    print(f"{rounds - len(failed)}/{rounds} new clients got their first reply and statuses")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
