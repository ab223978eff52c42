"""jupyter console in tmux: type into Debian's jupyter-console (6.4) as a
person would and read the screen back.

    FE_WORK_DIR=/tmp/x /usr/bin/python3 console.py

The environment must already make the gopad kernelspec visible (JUPYTER_PATH).
Keys go out with 0.25 s gaps: keys sent with no gap trip a known
console/client race ("Unhandled exception in event loop").
"""

import os
import re
import subprocess
import sys
import time

T0 = time.monotonic()
FAILURES = []
GAP = 0.25

WORK = os.environ["FE_WORK_DIR"]
SOCK = os.path.join(WORK, "tmux.sock")
JUPYTER = os.environ.get("FE_JUPYTER", "/usr/bin/jupyter")
SESSION = "gopadfe"


def log(*a):
    print("[%7.3fs]" % (time.monotonic() - T0), *a, flush=True)


def check(ok, what):
    log("ok  " if ok else "FAIL", what)
    if not ok:
        FAILURES.append(what)
    return ok


def tmux(*args, check_rc=True):
    r = subprocess.run(["tmux", "-S", SOCK, *args], capture_output=True, text=True, timeout=20)
    if check_rc and r.returncode != 0:
        raise RuntimeError("tmux %s: %s" % (" ".join(args), r.stderr.strip()))
    return r


LAST = [""]


def screen():
    """Returns the pane's text; after the pane closed, the last one seen."""
    r = tmux("capture-pane", "-p", "-J", "-S", "-200", "-t", SESSION, check_rc=False)
    if r.returncode == 0:
        LAST[0] = r.stdout
    return LAST[0]


def alive():
    return tmux("has-session", "-t", SESSION, check_rc=False).returncode == 0


HANDLED = [0]


def settle():
    """Answers the console's own "Press ENTER to continue..." after an
    unhandled exception in its event loop: prompt_toolkit under Python 3.11
    now and then fails with "cannot enter context: ... is already entered",
    an error of the frontend's asyncio use that no message of the kernel
    causes. The console asks for Enter and goes on; so does the test, and
    says so in its log."""
    n = screen().count("Press ENTER to continue...")
    if n > HANDLED[0]:
        HANDLED[0] = n
        log("note: the console's event loop failed (prompt_toolkit); pressing Enter as it asks")
        tmux("send-keys", "-t", SESSION, "Enter")
        time.sleep(4 * GAP)


def type_line(text):
    """Types text (literally), then Enter, with gaps like a person."""
    settle()
    if text:
        tmux("send-keys", "-t", SESSION, "-l", text)
        time.sleep(GAP)
    tmux("send-keys", "-t", SESSION, "Enter")
    time.sleep(GAP)


def wait_for(pattern, timeout, what, since=0):
    """Waits until the screen (after offset since) matches pattern."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        s = screen()
        m = re.search(pattern, s[since:] if since <= len(s) else s, re.M)
        if m:
            return s
        time.sleep(0.1)
    check(False, "%s: %r not on the screen within %.0f s" % (what, pattern, timeout))
    return None


def main():
    cmd = [JUPYTER, "console", "--kernel", "gopad"]
    env_prefix = ["env"] + ["%s=%s" % (k, os.environ[k]) for k in
                            ("JUPYTER_PATH", "JUPYTER_DATA_DIR", "JUPYTER_CONFIG_DIR", "JUPYTER_RUNTIME_DIR", "HOME", "PATH")
                            if k in os.environ]
    tmux("-f", "/dev/null", "new-session", "-d", "-s", SESSION, "-x", "160", "-y", "50",
         " ".join("'%s'" % a.replace("'", "'\\''") for a in env_prefix + cmd))
    try:
        s = wait_for(r"^In \[1\]: ", 30, "first prompt")
        if s is None:
            return
        time.sleep(4 * GAP)
        settle()
        log("console is up")

        # A function definition over three lines: is_complete keeps the
        # console waiting until the closing brace.
        type_line("func add(a, b int) int {")
        s = screen()
        check(re.search(r"^\s*\.\.\.: ", s, re.M) is not None and "Out[" not in s,
              "after the opening brace the console asks for more (continuation prompt)")
        type_line("return a + b")
        s = screen()
        check(re.search(r"In \[2\]", s) is None, "not executed before the closing brace")
        type_line("}")
        wait_for(r"^In \[2\]: ", 15, "prompt after the func definition")
        type_line("add(2, 3)")
        s = wait_for(r"^Out\[2\]: 5\s*$", 15, "add(2, 3) result")
        check(s is not None, "add(2, 3) shows Out[2]: 5")

        type_line('import "fmt"')
        wait_for(r"^In \[4\]: ", 15, "prompt after import")
        start = time.monotonic()
        type_line('fmt.Println("hi from console")')
        s = wait_for(r"^hi from console\s*$", 15, "Println output")
        check(s is not None, "fmt.Println output shown (%.3f s after typing)" % (time.monotonic() - start))
        print("TIMING console println=%.3f" % (time.monotonic() - start))
        wait_for(r"^In \[5\]: ", 15, "prompt after Println")

        # `exit` quits when the kernel answers it with the ask_exit payload
        # (as ipykernel does).
        type_line("exit")
        deadline = time.monotonic() + 5
        while time.monotonic() < deadline and alive():
            if re.search(r"undefined: exit", screen()):
                break
            time.sleep(0.1)
        if alive():
            what = "`exit` did not quit the console (no ask_exit payload from the kernel)"
            check(False, what)
            wait_for(r"^In \[\d+\]: $", 10, "prompt after exit")
            tmux("send-keys", "-t", SESSION, "C-d")
            time.sleep(GAP)
        deadline = time.monotonic() + 15
        answered = False
        while time.monotonic() < deadline and alive():
            if not answered and re.search(r"exit \(\[y\]/n\)\?", screen()):
                log("confirming exit")
                type_line("y")
                answered = True
            time.sleep(0.2)
        check(not alive(), "console exited")
        check("Shutting down kernel" in screen() or not alive(), "console shut its kernel down")
    finally:
        final = screen()
        log("screen:\n" + "\n".join(l for l in final.splitlines() if l.strip()))
        if "Unhandled exception" in final or "Traceback" in final:
            check(False, "no exception on the console screen")
        # Quiet by default, as ipykernel: the kernel's stderr shares this
        # terminal, and only warnings and errors may reach it.
        check(re.search(r"level=(INFO|DEBUG)", final) is None, "no INFO or DEBUG log lines on the console screen")
        check("did not respond to an is_complete_request" not in final, "every is_complete_request answered in time")
        tmux("kill-server", check_rc=False)


if __name__ == "__main__":
    try:
        main()
    except Exception as e:  # noqa: BLE001
        check(False, "driver error: %r" % e)
    if FAILURES:
        log("%d check(s) failed" % len(FAILURES))
        sys.exit(1)
    log("PASS")
