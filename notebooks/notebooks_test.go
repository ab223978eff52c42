package notebooks_test

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/gopad/gopad/kernel/client"
	"github.com/gopad/gopad/kernel/notebook"
)

// gopadBin is the gopad binary built by TestMain.
var gopadBin string

func TestMain(m *testing.M) {
	// More tests at once than go test's default (one per processor): they
	// wait on the cells' sleeps, not on the processor. -parallel on the
	// command line still decides.
	flag.Parse()
	set := false
	flag.Visit(func(f *flag.Flag) { set = set || f.Name == "test.parallel" })
	if !set {
		flag.Set("test.parallel", strconv.Itoa(max(4, runtime.GOMAXPROCS(0))))
	}
	os.Exit(run(m))
}

func run(m *testing.M) int {
	dir, err := os.MkdirTemp("", "gopad-notebooks")
	if err != nil {
		fmt.Fprintln(os.Stderr, err)
		return 1
	}
	defer os.RemoveAll(dir)
	gopadBin = filepath.Join(dir, "gopad")
	return m.Run()
}

var (
	buildOnce sync.Once
	buildErr  error
)

// binary builds gopad once, for the tests that need the kernel.
func binary(t *testing.T) string {
	t.Helper()
	buildOnce.Do(func() {
		goCmd := "go" // go test puts its own go first on PATH
		cmd := exec.Command(goCmd, "build", "-o", gopadBin, "github.com/gopad/gopad")
		if out, err := cmd.CombinedOutput(); err != nil {
			buildErr = fmt.Errorf("go build: %v\n%s", err, out)
		}
	})
	if buildErr != nil {
		t.Fatal(buildErr)
	}
	return gopadBin
}

// notebookFiles returns the chapter's notebooks, in order.
func notebookFiles(t *testing.T) []string {
	t.Helper()
	paths, err := notebook.Paths([]string{"."})
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) < 7 {
		t.Fatalf("found %d notebooks, want at least 7: %v", len(paths), paths)
	}
	return paths
}

func TestStoredOutputs(t *testing.T) {
	for _, path := range notebookFiles(t) {
		t.Run(path, func(t *testing.T) {
			nb, err := notebook.Read(path)
			if err != nil {
				t.Fatal(err)
			}
			if nb.NBFormat != 4 || nb.NBFormatMinor < 5 {
				t.Errorf("nbformat %d.%d, want 4.5 or later", nb.NBFormat, nb.NBFormatMinor)
			}
			ks, _ := nb.Metadata["kernelspec"].(map[string]any)
			if ks["name"] != "gopad" {
				t.Errorf("kernelspec name %v, want gopad", ks["name"])
			}
			li, _ := nb.Metadata["language_info"].(map[string]any)
			if li["name"] != "go" {
				t.Errorf("language_info name %v, want go", li["name"])
			}
			ids := map[string]bool{}
			for i, c := range nb.Cells {
				where := fmt.Sprintf("cell %d (%s)", i+1, c.ID)
				if c.ID == "" {
					t.Errorf("%s has no id", where)
				} else if ids[c.ID] {
					t.Errorf("%s: duplicate id", where)
				}
				ids[c.ID] = true
				if c.CellType != "code" {
					continue
				}
				if c.ExecutionCount == nil {
					t.Errorf("%s has no execution_count", where)
				}
				if len(c.Outputs) == 0 {
					t.Errorf("%s has no stored outputs", where)
				}
				hasError := false
				for _, o := range c.Outputs {
					if o["output_type"] == "error" {
						hasError = true
					}
				}
				switch raises := c.HasTag("raises-exception"); {
				case hasError && !raises:
					t.Errorf("%s stores an error but is not tagged raises-exception", where)
				case raises && !hasError:
					t.Errorf("%s is tagged raises-exception but stores no error", where)
				}
			}
		})
	}
}

// arrival is when a line of output arrived, after the cell was sent.
type arrival struct {
	line string
	at   time.Duration
}

// runCells starts a kernel in this folder, executes the code cells of the
// notebook in order and returns, for the cell with id target, the arrival
// time of every output line and of the reply, measured from the request.
func runCells(t *testing.T, file, target string) (lines []arrival, reply time.Duration) {
	t.Helper()
	nb, err := notebook.Read(file)
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	c, err := client.Start(ctx, client.Options{Argv: []string{binary(t), "kernel", "{connection_file}"}, Dir: "."})
	if err != nil {
		t.Fatal(err)
	}
	defer c.Shutdown(context.Background())
	found := false
	for i, cell := range nb.Cells {
		if cell.CellType != "code" {
			continue
		}
		isTarget := cell.ID == target
		var mu sync.Mutex
		var partial string
		start := time.Now()
		rep, err := c.Execute(ctx, string(cell.Source), func(m client.Msg) {
			if !isTarget || m.Header.MsgType != "stream" {
				return
			}
			var s struct {
				Text string `json:"text"`
			}
			if m.Decode(&s) != nil {
				return
			}
			mu.Lock()
			defer mu.Unlock()
			partial += s.Text
			for {
				nl := strings.IndexByte(partial, '\n')
				if nl < 0 {
					break
				}
				lines = append(lines, arrival{partial[:nl], m.Time.Sub(start)})
				partial = partial[nl+1:]
			}
		})
		if isTarget {
			reply = time.Since(start)
			found = true
		}
		if err != nil {
			t.Fatalf("%s, cell %d (%s): %v", file, i+1, cell.ID, err)
		}
		if rep.Status != "ok" && !cell.HasTag("raises-exception") {
			t.Fatalf("%s, cell %d (%s): %s: %s", file, i+1, cell.ID, rep.EName, rep.EValue)
		}
		if isTarget {
			break
		}
	}
	if !found {
		t.Fatalf("%s has no code cell with id %q", file, target)
	}
	return lines, reply
}

// lineAt returns the index of the first line containing marker and logs
// when it arrived; the test fails when no line contains it, or when it
// arrived before lo: the cell's sleeps make it at least that late, on a
// busy machine too (later is a figure for the log, not a failure).
func lineAt(t *testing.T, lines []arrival, marker string, lo time.Duration) int {
	t.Helper()
	for i, l := range lines {
		if strings.Contains(l.line, marker) {
			t.Logf("%-30q arrived after %v", marker, l.at.Round(time.Millisecond))
			if l.at < lo {
				t.Errorf("%q arrived after %v, before the cell's sleeps (%v) were over", marker, l.at, lo)
			}
			return i
		}
	}
	t.Fatalf("no output line contains %q; got %v", marker, lines)
	return -1
}

// inOrder checks that the lines at the indexes came in that order.
func inOrder(t *testing.T, what string, idx ...int) {
	t.Helper()
	if !slices.IsSorted(idx) {
		t.Errorf("%s: the lines came in the order %v", what, idx)
	}
}

// TestGatherTiming checks what the chapter's timing cells show: with
// async.Gather both tasks start before either finishes, and the short one
// finishes first; without it, one runs after the other. The order of the
// lines proves it on any machine; the times are logged.
func TestGatherTiming(t *testing.T) {
	if testing.Short() {
		t.Skip("runs notebooks through the kernel")
	}
	t.Run("gather", func(t *testing.T) {
		t.Parallel()
		lines, reply := runCells(t, "03-gather.ipynb", "gather-run")
		oneStart := lineAt(t, lines, "Task One: Starting", 0)
		twoStart := lineAt(t, lines, "Task Two: Starting", 0)
		twoDone := lineAt(t, lines, "Task Two: Finished!", 900*time.Millisecond)
		oneDone := lineAt(t, lines, "Task One: Finished!", 2900*time.Millisecond)
		inOrder(t, "both tasks start, then Task Two (1 s) finishes, then Task One (3 s)", max(oneStart, twoStart), twoDone, oneDone)
		t.Logf("reply after %v", reply.Round(time.Millisecond))
	})
	t.Run("challenge", func(t *testing.T) {
		t.Parallel()
		lines, reply := runCells(t, "04-challenge.ipynb", "challenge-solution")
		userStart := lineAt(t, lines, "Fetching user data", 0)
		catStart := lineAt(t, lines, "Fetching product catalog", 0)
		catDone := lineAt(t, lines, "Product catalog has arrived!", 1400*time.Millisecond)
		userDone := lineAt(t, lines, "User data has arrived!", 2400*time.Millisecond)
		inOrder(t, "both fetches start, then the catalog (1.5 s) arrives, then the user data (2.5 s)", max(userStart, catStart), catDone, userDone)
		t.Logf("reply after %v", reply.Round(time.Millisecond))
	})
	t.Run("sequential", func(t *testing.T) {
		t.Parallel()
		lines, reply := runCells(t, "01-why-async.ipynb", "sequential-run")
		oneStart := lineAt(t, lines, "Task One: Starting", 0)
		oneDone := lineAt(t, lines, "Task One: Finished!", 2900*time.Millisecond)
		twoStart := lineAt(t, lines, "Task Two: Starting", 2900*time.Millisecond)
		twoDone := lineAt(t, lines, "Task Two: Finished!", 3900*time.Millisecond)
		inOrder(t, "Task One runs to its end before Task Two starts", oneStart, oneDone, twoStart, twoDone)
		t.Logf("reply after %v", reply.Round(time.Millisecond))
		if reply < 3900*time.Millisecond {
			t.Errorf("sequential cell replied after %v, before its two sleeps (4 s) could be over", reply)
		}
	})
}

func TestNotebooksRun(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every notebook")
	}
	// One gopad run a notebook, at the same time: they wait on their
	// cells' sleeps far more than they compute.
	for _, path := range notebookFiles(t) {
		t.Run(path, func(t *testing.T) {
			t.Parallel()
			start := time.Now()
			cmd := exec.Command(binary(t), "run", "--timeout", "1m", path)
			out, err := cmd.CombinedOutput()
			t.Logf("gopad run took %v", time.Since(start).Round(100*time.Millisecond))
			if err != nil {
				t.Fatalf("gopad run: %v\n%s", err, out)
			}
			if !strings.Contains(string(out), "notebook(s) ran") {
				t.Errorf("unexpected output:\n%s", out)
			}
		})
	}
}

func TestValidateNBFormat(t *testing.T) {
	const python = "/usr/bin/python3"
	paths := notebookFiles(t)
	check := exec.Command(python, "-c", "import nbformat")
	if err := check.Run(); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s with nbformat is needed on CI: %v", python, err)
		}
		t.Skipf("%s with nbformat not available: %v", python, err)
	}
	args := append([]string{"-c", "import nbformat,sys; [nbformat.validate(nbformat.read(p, as_version=4)) for p in sys.argv[1:]]"}, paths...)
	out, err := exec.Command(python, args...).CombinedOutput()
	if err != nil {
		t.Fatalf("nbformat.validate: %v\n%s", err, out)
	}
}

// TestLinks checks that the index and README link to every notebook, and
// that the links between notebooks point to files that exist.
func TestLinks(t *testing.T) {
	paths := notebookFiles(t)
	readme, err := os.ReadFile("README.md")
	if err != nil {
		t.Fatal(err)
	}
	for _, p := range paths {
		if !strings.Contains(string(readme), "("+p+")") {
			t.Errorf("README.md does not link to %s", p)
		}
	}
	links := map[string][]string{} // notebook -> the notebooks it links to, in order
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		var raw struct {
			Cells []struct {
				CellType string          `json:"cell_type"`
				Source   json.RawMessage `json:"source"`
			} `json:"cells"`
		}
		if err := json.Unmarshal(b, &raw); err != nil {
			t.Fatal(err)
		}
		for _, c := range raw.Cells {
			if c.CellType != "markdown" {
				continue
			}
			var src notebook.Source
			if err := json.Unmarshal(c.Source, &src); err != nil {
				t.Fatal(err)
			}
			for _, part := range strings.Split(string(src), "](")[1:] {
				target, _, ok := strings.Cut(part, ")")
				if !ok || !strings.HasSuffix(target, ".ipynb") {
					continue
				}
				if _, err := os.Stat(target); err != nil {
					t.Errorf("%s links to missing %s", p, target)
				}
				links[p] = append(links[p], target)
			}
		}
	}
	// The index lists every part, in the chapter's order; each part links
	// on to the next one.
	if len(paths) == 0 || !strings.HasPrefix(paths[0], "00-index") {
		t.Fatalf("no index notebook first among %v", paths)
	}
	var order []string
	for _, l := range links[paths[0]] {
		if !slices.Contains(order, l) && l != paths[0] {
			order = append(order, l)
		}
	}
	if !slices.Equal(order, paths[1:]) {
		t.Errorf("%s links to %v, want every part in order: %v", paths[0], order, paths[1:])
	}
	for i, p := range paths[1 : len(paths)-1] {
		if next := paths[i+2]; !slices.Contains(links[p], next) {
			t.Errorf("%s does not link on to %s", p, next)
		}
	}
}

// TestNbconvertExecute runs every notebook with Jupyter's own
// `jupyter nbconvert --execute` (nbclient), with gopad's kernelspec in a
// private Jupyter folder: each must run without an unexpected error.
func TestNbconvertExecute(t *testing.T) {
	if testing.Short() {
		t.Skip("runs every notebook")
	}
	const jupyter = "/usr/bin/jupyter"
	if _, err := os.Stat(jupyter); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is needed on CI: %v", jupyter, err)
		}
		t.Skipf("%s not available", jupyter)
	}
	jdir := t.TempDir()
	spec := filepath.Join(jdir, "kernels", "gopad")
	if err := os.MkdirAll(spec, 0o755); err != nil {
		t.Fatal(err)
	}
	kj := `{"argv": ["` + binary(t) + `", "kernel", "{connection_file}"], "display_name": "Go (gopad)", "language": "go", "interrupt_mode": "message"}`
	if err := os.WriteFile(filepath.Join(spec, "kernel.json"), []byte(kj), 0o644); err != nil {
		t.Fatal(err)
	}
	out := t.TempDir()
	for _, path := range notebookFiles(t) {
		t.Run(path, func(t *testing.T) {
			t.Parallel()
			args := []string{"nbconvert", "--to", "notebook", "--execute", "--ExecutePreprocessor.kernel_name=gopad",
				"--ExecutePreprocessor.timeout=120", "--output-dir", out, path}
			cmd := exec.Command(jupyter, args...)
			cmd.Env = append(os.Environ(), "JUPYTER_PATH="+jdir, "JUPYTER_DATA_DIR="+filepath.Join(jdir, "data"))
			if b, err := cmd.CombinedOutput(); err != nil {
				t.Fatalf("jupyter nbconvert --execute: %v\n%s", err, b)
			}
		})
	}
}
