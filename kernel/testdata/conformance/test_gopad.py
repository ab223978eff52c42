"""Jupyter protocol conformance of the gopad kernel.

GopadKernelTests runs jupyter_kernel_test's generic suite (Debian's 0.4.5)
against the kernelspec "gopad"; GopadExtraTests adds checks specific to gopad
that the generic suite does not make.

Run with Debian's Python, from this directory:

    /usr/bin/python3 -m unittest -v test_gopad

gopadenv builds gopad into a temporary kernelspec unless the Go test
(kernel/jupyter_test.go, TestConformance) has already done so.
"""

import time
import unittest
from queue import Empty

import gopadenv  # noqa: F401  (must come first: isolates JUPYTER_PATH)

import jupyter_kernel_test
from jupyter_client.manager import KernelManager, start_new_kernel
from jupyter_kernel_test.msgspec_v5 import validate_message

TIMEOUT = 15


class GopadKernelTests(jupyter_kernel_test.KernelTests):
    kernel_name = gopadenv.KERNEL_NAME

    # test_kernel_info
    language_name = "go"
    file_extension = ".go"

    # test_execute_stdout
    code_hello_world = 'import "fmt"\nfmt.Println("hello, world")'

    # test_execute_stderr
    code_stderr = 'import ("fmt"; "os")\nfmt.Fprintln(os.Stderr, "oops")'

    # test_completion: matches are compared as exact sets. Members of packages
    # come from yaegi's stdlib tables, also for packages not imported yet.
    completion_samples = [
        {"text": "fmt.Prin", "matches": {"Print", "Printf", "Println"}},
        {"text": "strings.Has", "matches": {"HasPrefix", "HasSuffix"}},
        {"text": "x := strings.Rep", "matches": {"Repeat", "Replace", "ReplaceAll", "Replacer"}},
        {"text": "fmt."},  # shape only
    ]

    # test_is_complete: unbalanced brackets are incomplete; a stray closing
    # bracket or a scanner error is invalid.
    complete_code_samples = [
        "x := 1",
        'fmt.Println("hi")',
        "func f() int { return 1 }",
        "for i := 0; i < 3; i++ {\n\tfmt.Println(i)\n}",
        "",
    ]
    incomplete_code_samples = [
        "func f() {",
        "for {",
        "x := []int{1,",
        "fmt.Println(",
        "if x > 1 {\n\tfmt.Println(x)",
        "/* open comment",
        "`open raw string",
    ]
    invalid_code_samples = [
        "fmt.Println(1))",
        "}",
        'x := "unterminated',
        "x := 'ab'",
    ]

    # test_pager: NAME? shows the name's signature and doc in the pager.
    code_page_something = "strings.Split?"

    # test_error: exactly one iopub output, the error.
    code_generate_error = 'panic("boom")'

    # test_execute_result (and test_history, which re-executes these cells).
    code_execute_result = [
        {"code": "6*7", "result": "42"},
        {"code": 'len("gopher")', "result": "6"},
        {"code": "[]int{1, 2, 3}", "result": "[1 2 3]"},
        {"code": "x := 3\nx + 1", "result": "4"},
        {"code": "func sq(n int) int { return n * n }\nsq(9)", "result": "81"},
    ]

    # test_history. The pattern is a glob (as in IPython's sqlite GLOB): it
    # must match exactly one distinct cell of the session for "unique".
    code_history_pattern = "6?7"
    supported_history_operations = ("tail", "range", "search")

    # test_inspect
    code_inspect_sample = "fmt.Println"

    # test_clear_output, test_display_data: gopad's display package.
    code_clear_output = 'import "github.com/gopad/gopad/interp/display"\ndisplay.Clear(false)'
    code_display_data = [
        {"code": 'import "github.com/gopad/gopad/interp/display"\ndisplay.HTML("<b>hi</b>")', "mime": "text/html"},
        {"code": 'import "github.com/gopad/gopad/interp/display"\ndisplay.SVG(`<svg xmlns="http://www.w3.org/2000/svg"/>`)', "mime": "image/svg+xml"},
        {"code": 'import "github.com/gopad/gopad/interp/display"\ndisplay.Markdown("# title")', "mime": "text/markdown"},
        {"code": 'import ("image"; "github.com/gopad/gopad/interp/display")\ndisplay.Image(image.NewRGBA(image.Rect(0, 0, 2, 2)))', "mime": "image/png"},
    ]


class GopadExtraTests(unittest.TestCase):
    """gopad-specific protocol checks beyond jupyter_kernel_test."""

    @classmethod
    def setUpClass(cls):
        cls.km, cls.kc = start_new_kernel(kernel_name=gopadenv.KERNEL_NAME)

    @classmethod
    def tearDownClass(cls):
        cls.kc.stop_channels()
        cls.km.shutdown_kernel()

    def flush(self):
        for get in (self.kc.get_shell_msg, self.kc.get_iopub_msg):
            while True:
                try:
                    get(timeout=0.1)
                except Empty:
                    break

    def execute(self, code, timeout=TIMEOUT, **kw):
        """Runs code; returns (reply, [iopub messages between busy and idle])."""
        self.flush()
        msg_id = self.kc.execute(code, **kw)
        reply = self.kc.get_shell_msg(timeout=timeout)
        while reply["parent_header"].get("msg_id") != msg_id:
            reply = self.kc.get_shell_msg(timeout=timeout)
        validate_message(reply, "execute_reply", msg_id)
        outs = []
        deadline = time.monotonic() + timeout
        while True:
            msg = self.kc.get_iopub_msg(timeout=max(0.1, deadline - time.monotonic()))
            if msg["parent_header"].get("msg_id") != msg_id:
                continue
            validate_message(msg, msg["msg_type"], msg_id)
            if msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
                break
            outs.append(msg)
        return reply, outs

    def test_kernel_info_protocol(self):
        self.flush()
        msg_id = self.kc.kernel_info()
        reply = self.kc.get_shell_msg(timeout=TIMEOUT)
        validate_message(reply, "kernel_info_reply", msg_id)
        c = reply["content"]
        self.assertEqual(c["implementation"], "gopad")
        major, minor = (int(p) for p in c["protocol_version"].split(".")[:2])
        self.assertGreaterEqual((major, minor), (5, 3))
        self.assertEqual(c["language_info"]["mimetype"], "text/x-go")

    def test_execution_count_and_silent(self):
        r1, _ = self.execute("1 + 1")
        n = r1["content"]["execution_count"]
        r2, outs = self.execute('print("quiet")\n2 + 2', silent=True)
        self.assertEqual(r2["content"]["status"], "ok")
        self.assertEqual([m["msg_type"] for m in outs if m["msg_type"] != "status"], [],
                         "silent execution must publish nothing but status")
        r3, outs = self.execute("3 + 3")
        self.assertEqual(r3["content"]["execution_count"], n + 1,
                         "silent execution must not increment execution_count")
        results = [m for m in outs if m["msg_type"] == "execute_result"]
        self.assertEqual(len(results), 1)
        self.assertEqual(results[0]["content"]["execution_count"], n + 1)

    def test_error_reply_fields(self):
        reply, outs = self.execute("undefinedName + 1")
        c = reply["content"]
        self.assertEqual(c["status"], "error")
        self.assertIn("undefinedName", c["evalue"])
        errs = [m for m in outs if m["msg_type"] == "error"]
        self.assertEqual(len(errs), 1)
        self.assertEqual(errs[0]["content"]["ename"], c["ename"])

    def test_completion_has_no_internal_names(self):
        # yaegi's stdlib tables hold interface wrappers such as "_fmt_Stringer";
        # they are not Go names a user can write.
        self.flush()
        msg_id = self.kc.complete("fmt.")
        reply = self.kc.get_shell_msg(timeout=TIMEOUT)
        validate_message(reply, "complete_reply", msg_id)
        matches = reply["content"]["matches"]
        self.assertIn("Println", matches)
        self.assertEqual([m for m in matches if m.startswith("_")], [])

    def test_no_stale_result_for_nil(self):
        # A cell whose expression has no value must not show the value of an
        # earlier cell. (Go rejects a bare `nil` statement; an error or no
        # result are both fine, "<nil>" too.) What yaegi returns depends on
        # the cells before, so this runs in a kernel of its own.
        km, kc = start_new_kernel(kernel_name=gopadenv.KERNEL_NAME)
        try:
            got = []
            for code in ('len("gopher")', "nil"):
                reply = kc.execute_interactive(
                    code, timeout=TIMEOUT,
                    output_hook=lambda m: got.append(m["content"]["data"].get("text/plain"))
                    if m["msg_type"] == "execute_result" else None)
        finally:
            kc.stop_channels()
            km.shutdown_kernel()
        self.assertEqual(got[0], "6")
        stale = [r for r in got[1:] if r not in ("<nil>", "nil")]
        self.assertEqual(stale, [], "`nil` cell showed a stale execute_result (status %s)" % reply["content"]["status"])

    def test_interrupt(self):
        self.execute('import "time"')
        self.flush()
        msg_id = self.kc.execute("for {\n\ttime.Sleep(time.Millisecond)\n}")
        time.sleep(0.5)
        self.km.interrupt_kernel()  # interrupt_mode "message": interrupt_request on control
        reply = self.kc.get_shell_msg(timeout=5)
        self.assertEqual(reply["parent_header"]["msg_id"], msg_id)
        self.assertEqual(reply["content"]["status"], "error")
        # The kernel stays usable.
        reply, outs = self.execute("6*7")
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertIn({"text/plain": "42"}, [m["content"]["data"] for m in outs if m["msg_type"] == "execute_result"])

    def test_ipc_transport(self):
        # Jupyter's other transport: Unix sockets named in the connection
        # file. Output and results arrive as over TCP.
        km = KernelManager(kernel_name=gopadenv.KERNEL_NAME, transport="ipc")
        km.start_kernel()
        kc = km.client()
        kc.start_channels()
        try:
            kc.wait_for_ready(timeout=TIMEOUT)
            self.assertEqual(km.get_connection_info()["transport"], "ipc")
            got = []
            reply = kc.execute_interactive('fmt.Println("over ipc")\n6*7', timeout=TIMEOUT, output_hook=got.append)
        finally:
            kc.stop_channels()
            km.shutdown_kernel()
        self.assertEqual(reply["content"]["status"], "ok")
        self.assertIn("over ipc\n", [m["content"]["text"] for m in got if m["msg_type"] == "stream"])
        self.assertIn({"text/plain": "42"}, [m["content"]["data"] for m in got if m["msg_type"] == "execute_result"])



if __name__ == "__main__":
    unittest.main(verbosity=2)
