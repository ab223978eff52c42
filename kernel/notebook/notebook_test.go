package notebook

import (
	"bytes"
	"encoding/json"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/gopad/gopad/kernel/client"
	"github.com/gopad/gopad/kernel/wire"
)

// nbformatPython returns /usr/bin/python3 if it can import nbformat; the
// test is skipped otherwise, or fails when CI=true.
func nbformatPython(t *testing.T) string {
	t.Helper()
	const py = "/usr/bin/python3"
	err := exec.Command(py, "-c", "import nbformat").Run()
	if err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("CI=true but %s cannot import nbformat: %v", py, err)
		}
		t.Skipf("%s cannot import nbformat: %v", py, err)
	}
	return py
}

// validate runs nbformat.validate on the notebook at path.
func validate(t *testing.T, path string) {
	t.Helper()
	py := nbformatPython(t)
	out, err := exec.Command(py, "-c", `
import sys, nbformat
nb = nbformat.read(sys.argv[1], as_version=nbformat.NO_CONVERT)
nbformat.validate(nb)
`, path).CombinedOutput()
	if err != nil {
		b, _ := os.ReadFile(path)
		t.Fatalf("nbformat rejects %s: %v\n%s\nfile:\n%s", path, err, out, b)
	}
}

func TestReadSourceForms(t *testing.T) {
	nb, err := Read("testdata/mixed.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	if len(nb.Cells) != 4 || nb.NBFormat != 4 || nb.NBFormatMinor != 5 {
		t.Fatalf("read %d cells, nbformat %d.%d", len(nb.Cells), nb.NBFormat, nb.NBFormatMinor)
	}
	want := []Source{
		"# Title\n\nSome *text* with a ✓.\n",                               // a string
		"x := map[string][]int{\"a\": {1, 2}}\nfmt.Println(\"line 1\")\nx", // a list of lines
		"",
		"raw text",
	}
	for i, c := range nb.Cells {
		if c.Source != want[i] {
			t.Errorf("cell %d source = %q, want %q", i, c.Source, want[i])
		}
	}
	if c := nb.Cells[1]; c.ExecutionCount == nil || *c.ExecutionCount != 3 || !c.HasTag("raises-exception") || c.HasTag("raises") || len(c.Outputs) != 3 {
		t.Errorf("code cell = %+v", c)
	}
	if nb.Cells[2].ExecutionCount != nil {
		t.Errorf("execution_count null read as %v", *nb.Cells[2].ExecutionCount)
	}
}

func TestReadErrors(t *testing.T) {
	dir := t.TempDir()
	for name, content := range map[string]string{
		"v3.ipynb":     `{"nbformat": 3, "nbformat_minor": 0, "metadata": {}, "worksheets": []}`,
		"broken.ipynb": `{"cells": [`,
		"source.ipynb": `{"nbformat": 4, "nbformat_minor": 5, "metadata": {}, "cells": [{"cell_type": "code", "source": 7}]}`,
	} {
		p := filepath.Join(dir, name)
		os.WriteFile(p, []byte(content), 0o644)
		if nb, err := Read(p); err == nil {
			t.Errorf("%s: Read accepted it: %+v", name, nb)
		}
	}
	if _, err := Read(filepath.Join(dir, "missing.ipynb")); err == nil {
		t.Error("Read of a missing file did not fail")
	}
}

func TestWriteRoundTrip(t *testing.T) {
	nb, err := Read("testdata/mixed.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(t.TempDir(), "out.ipynb")
	if err := nb.Write(out); err != nil {
		t.Fatal(err)
	}
	got, err := os.ReadFile(out)
	if err != nil {
		t.Fatal(err)
	}
	// Writing what was read back is stable: a second round trip does not
	// change a byte (no spurious diffs in version control). The layout
	// itself is compared with nbformat's in TestWriteMatchesNbformat.
	nbAgain, err := Read(out)
	if err != nil {
		t.Fatal(err)
	}
	out2 := filepath.Join(t.TempDir(), "out2.ipynb")
	if err := nbAgain.Write(out2); err != nil {
		t.Fatal(err)
	}
	if again, _ := os.ReadFile(out2); !bytes.Equal(got, again) {
		t.Errorf("second Write differs:\n--- first\n%s\n--- second\n%s", got, again)
	}
	// Sources given as one string are written as lists of lines.
	if !strings.Contains(string(got), `"source": [
    "# Title\n",
    "\n",
    "Some *text* with a ✓.\n"
   ]`) {
		t.Errorf("markdown source not written as a list of lines:\n%s", got)
	}
	if _, err := os.Stat(out + ".tmp"); !os.IsNotExist(err) {
		t.Errorf("temporary file left behind: %v", err)
	}
	nb2, err := Read(out)
	if err != nil {
		t.Fatal(err)
	}
	b1, _ := nb.Marshal()
	b2, _ := nb2.Marshal()
	if !bytes.Equal(b1, b2) {
		t.Errorf("Read(Write(nb)) differs from nb")
	}
	validate(t, out)
}

// TestWriteMatchesNbformat compares our bytes with nbformat.writes of the
// same notebook.
func TestWriteMatchesNbformat(t *testing.T) {
	py := nbformatPython(t)
	nb, err := Read("testdata/mixed.ipynb")
	if err != nil {
		t.Fatal(err)
	}
	// Sources as one string with several lines, which we must split.
	nb.Cells[1].Source = "a := 1\n\nb := \"é\"\n"
	out := filepath.Join(t.TempDir(), "out.ipynb")
	if err := nb.Write(out); err != nil {
		t.Fatal(err)
	}
	want, err := exec.Command(py, "-c", `
import sys, nbformat
nb = nbformat.read(sys.argv[1], as_version=nbformat.NO_CONVERT)
sys.stdout.write(nbformat.writes(nb) + "\n")
`, out).Output()
	if err != nil {
		t.Fatal(err)
	}
	got, _ := os.ReadFile(out)
	if !bytes.Equal(got, want) {
		t.Errorf("our bytes differ from nbformat.writes:\n--- ours\n%s\n--- nbformat\n%s", got, want)
	}
}

func msg(t *testing.T, msgType string, content any) client.Msg {
	t.Helper()
	b, err := json.Marshal(content)
	if err != nil {
		t.Fatal(err)
	}
	return client.Msg{Header: wire.Header{MsgType: msgType}, Content: b}
}

// TestOutputsStoredAsNbformat feeds iopub messages to the collector the
// runner uses and checks the notebook it writes.
func TestOutputsStoredAsNbformat(t *testing.T) {
	n := 7
	cell := &Cell{ID: "c1", CellType: "code", Source: "run()", ExecutionCount: &n}
	o := &outputs{cell: cell}
	r := &Runner{Out: io.Discard}
	for _, m := range []client.Msg{
		msg(t, "stream", map[string]any{"name": "stdout", "text": "a\n"}),
		msg(t, "stream", map[string]any{"name": "stdout", "text": "b\nc"}),
		msg(t, "stream", map[string]any{"name": "stderr", "text": "warn\n"}),
		msg(t, "display_data", map[string]any{"data": map[string]any{"text/plain": "v1"}, "metadata": map[string]any{},
			"transient": map[string]any{"display_id": "d1"}}),
		msg(t, "execute_result", map[string]any{"execution_count": 7, "metadata": map[string]any{},
			"data": map[string]any{"text/plain": "x\ny", "application/json": map[string]any{"k": "v\nw"},
				"image/png": "iVBORw0KGgo=", "application/vnd.custom+json": []any{1, 2}}}),
		msg(t, "update_display_data", map[string]any{"data": map[string]any{"text/plain": "v2\nmore"}, "metadata": map[string]any{},
			"transient": map[string]any{"display_id": "d1"}}),
		msg(t, "error", map[string]any{"ename": "E", "evalue": "bad", "traceback": []string{"\x1b[31mE\x1b[0m", "line 2"}}),
	} {
		o.add(m, r)
	}
	nb := &Notebook{Cells: []*Cell{cell}, Metadata: map[string]any{}, NBFormat: 4, NBFormatMinor: 5}
	path := filepath.Join(t.TempDir(), "outputs.ipynb")
	if err := nb.Write(path); err != nil {
		t.Fatal(err)
	}
	b, _ := os.ReadFile(path)
	if strings.Contains(string(b), "transient") {
		t.Errorf("written notebook keeps transient fields:\n%s", b)
	}
	var file struct {
		Cells []struct {
			Outputs []map[string]any `json:"outputs"`
		} `json:"cells"`
	}
	if err := json.Unmarshal(b, &file); err != nil {
		t.Fatal(err)
	}
	outs := file.Cells[0].Outputs
	want := []map[string]any{
		{"output_type": "stream", "name": "stdout", "text": []any{"a\n", "b\n", "c"}},
		{"output_type": "stream", "name": "stderr", "text": []any{"warn\n"}},
		{"output_type": "display_data", "metadata": map[string]any{}, "data": map[string]any{"text/plain": []any{"v2\n", "more"}}},
		{"output_type": "execute_result", "execution_count": 7.0, "metadata": map[string]any{}, "data": map[string]any{
			"text/plain":                  []any{"x\n", "y"},
			"application/json":            map[string]any{"k": "v\nw"},
			"image/png":                   []any{"iVBORw0KGgo="},
			"application/vnd.custom+json": []any{1.0, 2.0},
		}},
		{"output_type": "error", "ename": "E", "evalue": "bad", "traceback": []any{"\x1b[31mE\x1b[0m", "line 2"}},
	}
	if len(outs) != len(want) {
		t.Fatalf("%d outputs, want %d:\n%s", len(outs), len(want), b)
	}
	for i := range want {
		if !reflect.DeepEqual(outs[i], want[i]) {
			t.Errorf("output %d:\n got %v\nwant %v", i, outs[i], want[i])
		}
	}
	validate(t, path)
}

func TestClearOutput(t *testing.T) {
	r := &Runner{Out: io.Discard}
	cell := &Cell{CellType: "code"}
	o := &outputs{cell: cell}
	o.add(msg(t, "stream", map[string]any{"name": "stdout", "text": "old\n"}), r)
	o.add(msg(t, "clear_output", map[string]any{"wait": true}), r)
	if len(cell.Outputs) != 1 {
		t.Fatalf("clear_output(wait=true) cleared at once: %v", cell.Outputs)
	}
	o.add(msg(t, "stream", map[string]any{"name": "stdout", "text": "new\n"}), r)
	if len(cell.Outputs) != 1 || cell.Outputs[0]["text"] != "new\n" {
		t.Errorf("after clear_output(wait=true) and new output: %v", cell.Outputs)
	}
	o.add(msg(t, "clear_output", map[string]any{"wait": false}), r)
	if len(cell.Outputs) != 0 {
		t.Errorf("clear_output(wait=false) left %v", cell.Outputs)
	}
}

// A notebook built in Go from scratch (nil maps, no outputs) is valid too.
func TestWriteNewNotebookValid(t *testing.T) {
	nb := &Notebook{NBFormat: 4, NBFormatMinor: 5, Cells: []*Cell{
		{ID: "a", CellType: "code", Source: "x := 1"},
		{ID: "b", CellType: "markdown", Source: "# hi"},
	}}
	path := filepath.Join(t.TempDir(), "new.ipynb")
	if err := nb.Write(path); err != nil {
		t.Fatal(err)
	}
	validate(t, path)
}
