"""Executes kernel/testdata/notebooks/basics.ipynb with Debian's nbconvert
through the gopad kernel and checks the outputs.

    /usr/bin/python3 check_nbconvert.py

Exits non-zero (with a message) on the first mismatch. gopadenv provides the
isolated kernelspec; see its docstring.
"""

import os
import re
import subprocess
import sys
import tempfile

import gopadenv

import nbformat

NOTEBOOK = os.path.join(gopadenv.REPO, "kernel", "testdata", "notebooks", "basics.ipynb")
JUPYTER = os.environ.get("GOPAD_JUPYTER_CMD", "/usr/bin/jupyter")
ANSI = re.compile(r"\x1b\[[0-9;]*m")

failures = []


def check(cond, what):
    if not cond:
        failures.append(what)


def streams(cell, name):
    return "".join(o["text"] for o in cell.outputs if o.output_type == "stream" and o.name == name)


def kinds(cell):
    return [o.output_type for o in cell.outputs]


def main():
    src = nbformat.read(NOTEBOOK, as_version=4)
    nbformat.validate(src)
    check((src.nbformat, src.nbformat_minor) >= (4, 5), "source notebook is not nbformat >= 4.5")

    with tempfile.TemporaryDirectory(prefix="gopad-nbconvert-") as out:
        cmd = [
            JUPYTER, "nbconvert", "--to", "notebook", "--execute",
            "--ExecutePreprocessor.kernel_name=gopad",
            "--ExecutePreprocessor.timeout=60",
            "--output-dir", out, NOTEBOOK,
        ]
        p = subprocess.run(cmd, capture_output=True, text=True, timeout=180)
        if p.returncode != 0:
            sys.exit("nbconvert failed (exit %d):\n%s%s" % (p.returncode, p.stdout, p.stderr))
        path = os.path.join(out, "basics.ipynb")
        nb = nbformat.read(path, as_version=4)

    try:
        nbformat.validate(nb)
    except nbformat.ValidationError as e:
        failures.append("executed notebook does not validate: %s" % e)

    cells = {c.get("id"): c for c in nb.cells}
    code_ids = [c.id for c in nb.cells if c.cell_type == "code"]
    check(code_ids == ["imports", "func", "loop", "result", "panic", "after"],
          "cell ids changed: %r" % code_ids)

    # Execution counts: 1, 2, 3, ... in order (the raising cell counts too).
    counts = [cells[i].execution_count for i in code_ids]
    check(counts == list(range(1, len(code_ids) + 1)), "execution counts %r" % counts)
    for i in code_ids:
        for o in cells[i].outputs:
            if o.output_type == "execute_result":
                check(o.execution_count == cells[i].execution_count,
                      "cell %s: execute_result count %s != cell count %s"
                      % (i, o.execution_count, cells[i].execution_count))

    check(cells["imports"].outputs == [], "imports cell has outputs: %r" % cells["imports"].outputs)

    check(kinds(cells["func"]) == ["stream"], "func cell outputs %r" % kinds(cells["func"]))
    check(streams(cells["func"], "stdout") == "hello, GOPHER\n",
          "func cell stdout %r" % streams(cells["func"], "stdout"))

    loop_out = streams(cells["loop"], "stdout")
    check(loop_out == "line 1\nline 2\nline 3\n", "loop cell stdout %r" % loop_out)
    check(set(kinds(cells["loop"])) == {"stream"}, "loop cell outputs %r" % kinds(cells["loop"]))

    res = [o for o in cells["result"].outputs if o.output_type == "execute_result"]
    check(len(res) == 1, "result cell: %d execute_results, outputs %r" % (len(res), kinds(cells["result"])))
    if res:
        check(res[0].data.get("text/plain") == "30", "result cell text/plain %r" % res[0].data.get("text/plain"))
    check(streams(cells["result"], "stdout") == "", "result cell printed %r" % streams(cells["result"], "stdout"))

    panic = cells["panic"]
    check("raises-exception" in panic.metadata.get("tags", []), "panic cell lost its tag")
    errs = [o for o in panic.outputs if o.output_type == "error"]
    check(len(errs) == 1, "panic cell: %d error outputs, outputs %r" % (len(errs), kinds(panic)))
    if errs:
        e = errs[0]
        check(e.ename != "", "panic cell: empty ename")
        check("nil map" in e.evalue, "panic cell evalue %r (want it to mention the nil map)" % e.evalue)
        tb = ANSI.sub("", "\n".join(e.traceback))
        check('m["boom"] = 1' in tb, "panic cell traceback does not show the failing line:\n%s" % tb)

    check(streams(cells["after"], "stdout") == "still alive: hello, AGAIN\n",
          "cell after the panic: stdout %r, outputs %r" % (streams(cells["after"], "stdout"), cells["after"].outputs))

    check(nb.metadata.get("kernelspec", {}).get("name") == "gopad", "kernelspec metadata %r" % nb.metadata.get("kernelspec"))
    li = nb.metadata.get("language_info", {})
    check(li.get("name") == "go", "language_info %r" % li)
    check(li.get("file_extension") == ".go", "language_info %r" % li)

    if failures:
        print("check_nbconvert: %d problem(s):" % len(failures))
        for f in failures:
            print("  -", f)
        sys.exit(1)
    print("check_nbconvert: ok (%d code cells, counts %r)" % (len(code_ids), counts))


if __name__ == "__main__":
    main()
