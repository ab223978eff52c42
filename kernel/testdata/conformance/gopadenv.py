"""Sets up an isolated Jupyter environment with a "gopad" kernelspec.

Every script in this directory imports this module before it touches
jupyter_client, so the kernel under test is never the user's installed one.

When the Go tests (kernel/jupyter_test.go) run the scripts they have already
built gopad and written the kernelspec; they say so with GOPAD_JUPYTER_DIR,
and JUPYTER_PATH, JUPYTER_DATA_DIR, JUPYTER_CONFIG_DIR and JUPYTER_RUNTIME_DIR
already point into it. Run by hand, the module does the same itself: it builds
gopad (or uses $GOPAD_BIN) and writes the kernelspec into a temporary
directory removed at exit.

Use Debian's interpreter: /usr/bin/python3.
"""

import atexit
import json
import os
import shutil
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.abspath(os.path.join(HERE, "..", "..", ".."))  # kernel/testdata/conformance -> repo root

KERNEL_NAME = "gopad"


def write_kernelspec(root, binary):
    """Writes root/kernels/gopad/kernel.json starting binary."""
    d = os.path.join(root, "kernels", KERNEL_NAME)
    os.makedirs(d, exist_ok=True)
    spec = {
        "argv": [binary, "kernel", "{connection_file}"],
        "display_name": "Go (gopad)",
        "language": "go",
        "interrupt_mode": "message",
        "metadata": {"debugger": False},
    }
    with open(os.path.join(d, "kernel.json"), "w") as f:
        json.dump(spec, f, indent=1)


def isolate(root):
    """Points every Jupyter directory variable into root."""
    for sub in ("runtime", "config"):
        os.makedirs(os.path.join(root, sub), exist_ok=True)
    os.environ["JUPYTER_PATH"] = root
    os.environ["JUPYTER_DATA_DIR"] = root
    os.environ["JUPYTER_CONFIG_DIR"] = os.path.join(root, "config")
    os.environ["JUPYTER_RUNTIME_DIR"] = os.path.join(root, "runtime")
    os.environ["GOPAD_JUPYTER_DIR"] = root
    os.environ.setdefault("PYDEVD_DISABLE_FILE_VALIDATION", "1")


def setup():
    """Makes sure the kernelspec "gopad" is our freshly built binary."""
    root = os.environ.get("GOPAD_JUPYTER_DIR")
    if root:
        isolate(root)
    else:
        root = tempfile.mkdtemp(prefix="gopad-jupyter-")
        atexit.register(shutil.rmtree, root, True)
        binary = os.environ.get("GOPAD_BIN")
        if not binary:
            binary = os.path.join(root, "gopad")
            print("building gopad into", binary, file=sys.stderr)
            subprocess.run(["go", "build", "-o", binary, "."], cwd=REPO, check=True)
        write_kernelspec(root, os.path.abspath(binary))
        isolate(root)
    spec_file = os.path.join(root, "kernels", KERNEL_NAME, "kernel.json")
    if not os.path.exists(spec_file):
        sys.exit("gopadenv: no kernelspec at " + spec_file)

    # Make sure jupyter_client resolves the name to our spec, not an installed one.
    from jupyter_client.kernelspec import KernelSpecManager

    resource_dir = KernelSpecManager().get_kernel_spec(KERNEL_NAME).resource_dir
    if os.path.realpath(resource_dir) != os.path.realpath(os.path.dirname(spec_file)):
        sys.exit("gopadenv: kernelspec %r resolves to %s, not %s" % (KERNEL_NAME, resource_dir, spec_file))
    return root


ROOT = setup()
