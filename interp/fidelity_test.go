package interp

import (
	"bufio"
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"io"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/gopad/gopad/kernel/engine"
)

// The fidelity corpus and Go's conformance programs both run programs in
// fresh sessions inside child processes (this test binary again, entered
// through TestIsolatedChild), because some failures of the interpreter end
// the process: a panic in an interpreted goroutine, or a Go fatal error
// such as a stack overflow. A child runs a batch of jobs one after the
// other, each in a new Session, and appends one JSON line per finished job
// to a results file. When a child dies or stops making progress, the job it
// was running is recorded as a crash and a new child takes the rest.

const (
	isolatedChildEnv = "GOPAD_ISOLATED_CHILD"
	// isolatedBatch bounds how many jobs share one child process, so that
	// goroutines a program leaves running do not pile up.
	isolatedBatch = 40
	// isolatedGrace is how long past a job's own timeout the parent waits
	// for a result before it kills the child.
	isolatedGrace = 20 * time.Second
)

// isolatedJob is one program run: its cells, executed in order in one fresh
// session until the first one that fails.
type isolatedJob struct {
	Key   string   `json:"key"`
	Cells []string `json:"cells"`
}

// isolatedOutcome is what happened to a job.
type isolatedOutcome struct {
	Key string `json:"key"`
	// Output is stdout and stderr as one stream, in the order written.
	Output   string `json:"output"`
	ErrName  string `json:"err_name,omitempty"`
	ErrValue string `json:"err_value,omitempty"`
	// FailedCell is the index of the cell that failed (when ErrName is set).
	FailedCell int `json:"failed_cell,omitempty"`
	// Crash is set when the child process died or hung during the job.
	Crash string `json:"crash,omitempty"`
}

// failed reports whether gopad showed an error (or died) for the job.
func (o isolatedOutcome) failed() bool { return o.ErrName != "" || o.Crash != "" }

func (o isolatedOutcome) errText() string {
	if o.Crash != "" {
		return "crash: " + o.Crash
	}
	return o.ErrName + ": " + o.ErrValue
}

// isolatedReq is what the parent hands a child (in a file named by the
// environment variable).
type isolatedReq struct {
	Jobs    []isolatedJob `json:"jobs"`
	Results string        `json:"results"`
	Timeout time.Duration `json:"timeout"`
}

// TestIsolatedChild is the entry point of the child processes; run
// directly, it has nothing to do.
func TestIsolatedChild(t *testing.T) {
	path := os.Getenv(isolatedChildEnv)
	if path == "" {
		t.Skip("entry point of the child processes of TestFidelity and TestConformance")
	}
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var req isolatedReq
	if err := json.Unmarshal(data, &req); err != nil {
		t.Fatal(err)
	}
	// A cell sees the arguments of the kernel's session process (main.go
	// starts it as "gopad session"), not the test binary's flags.
	os.Args = []string{os.Args[0], "session"}
	for _, job := range req.Jobs {
		line, _ := json.Marshal(runIsolatedJob(t, job, req.Timeout))
		f, err := os.OpenFile(req.Results, os.O_APPEND|os.O_WRONLY|os.O_CREATE, 0o644)
		if err != nil {
			t.Fatal(err)
		}
		_, err = f.Write(append(line, '\n'))
		if cerr := f.Close(); err == nil {
			err = cerr
		}
		if err != nil {
			t.Fatal(err)
		}
	}
}

// mergedOutput is a recorder whose stdout and stderr are one stream, as a
// terminal shows them, less the kernel's own notes ("gopad: ..." lines on
// stderr, such as a declaration kept until a later cell): go run has none.
type mergedOutput struct{ recOutput }

func (o mergedOutput) Stderr() io.Writer { return kernelNotes{recWriter{o.recorder, false}} }

// kernelNotes drops the writes of the kernel's notes.
type kernelNotes struct{ w io.Writer }

func (k kernelNotes) Write(p []byte) (int, error) {
	if bytes.HasPrefix(p, []byte("gopad: ")) {
		return len(p), nil
	}
	return k.w.Write(p)
}

func runIsolatedJob(t *testing.T, job isolatedJob, timeout time.Duration) isolatedOutcome {
	s, err := NewDefault()
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	rec := &recorder{}
	out := isolatedOutcome{Key: job.Key}
	ctx, cancel := context.WithTimeout(context.Background(), timeout)
	defer cancel()
	for i, cell := range job.Cells {
		res := s.Execute(ctx, engine.Request{Code: cell}, mergedOutput{recOutput{rec}})
		if res.Err != nil {
			out.ErrName, out.ErrValue, out.FailedCell = res.Err.Name, res.Err.Value, i
			if ctx.Err() != nil {
				out.ErrName = fmt.Sprintf("Timeout (%v) %s", timeout, out.ErrName)
			}
			break
		}
	}
	out.Output = rec.out()
	return out
}

// runIsolated runs jobs in child processes, workers at a time, and returns
// their outcomes by key.
func runIsolated(t *testing.T, jobs []isolatedJob, timeout time.Duration, workers int) map[string]isolatedOutcome {
	var batches [][]isolatedJob
	for len(jobs) > 0 {
		n := min(isolatedBatch, len(jobs))
		batches = append(batches, jobs[:n])
		jobs = jobs[n:]
	}
	results := map[string]isolatedOutcome{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	work := make(chan []isolatedJob)
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for b := range work {
				for _, o := range runBatch(t, b, timeout) {
					mu.Lock()
					results[o.Key] = o
					mu.Unlock()
				}
			}
		}()
	}
	for _, b := range batches {
		work <- b
	}
	close(work)
	wg.Wait()
	return results
}

// runBatch runs jobs in as many children as it takes: after a crash the
// job that was running is recorded and a new child gets the rest.
func runBatch(t *testing.T, jobs []isolatedJob, timeout time.Duration) []isolatedOutcome {
	var all []isolatedOutcome
	for len(jobs) > 0 {
		got, crash := runChild(t, jobs, timeout)
		all = append(all, got...)
		jobs = jobs[len(got):]
		if len(jobs) > 0 {
			all = append(all, isolatedOutcome{Key: jobs[0].Key, Crash: crash})
			jobs = jobs[1:]
		}
	}
	return all
}

// runChild starts one child for jobs and returns the outcomes it reported
// and, when it ended early, why.
func runChild(t *testing.T, jobs []isolatedJob, timeout time.Duration) ([]isolatedOutcome, string) {
	dir := t.TempDir()
	reqPath, resPath := filepath.Join(dir, "req.json"), filepath.Join(dir, "results.jsonl")
	data, err := json.Marshal(isolatedReq{Jobs: jobs, Results: resPath, Timeout: timeout})
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(reqPath, data, 0o644); err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	cmd := exec.CommandContext(ctx, os.Args[0], "-test.run=^TestIsolatedChild$", "-test.count=1")
	cmd.Env = append(os.Environ(), isolatedChildEnv+"="+reqPath)
	cmd.Dir = dir
	var combined tailBuffer
	cmd.Stdout, cmd.Stderr = &combined, &combined
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	done := make(chan error, 1)
	go func() { done <- cmd.Wait() }()
	hung := false
	seen, last := 0, time.Now()
	var waitErr error
wait:
	for {
		select {
		case waitErr = <-done:
			break wait
		case <-time.After(500 * time.Millisecond):
			if n := len(readOutcomes(resPath)); n != seen {
				seen, last = n, time.Now()
			} else if time.Since(last) > timeout+isolatedGrace {
				hung = true
				cancel()
			}
		}
	}
	got := readOutcomes(resPath)
	if len(got) == len(jobs) {
		return got, ""
	}
	reason := "the child process died"
	if hung {
		reason = fmt.Sprintf("the child process hung for more than %v", timeout+isolatedGrace)
	} else if waitErr != nil {
		reason += " (" + waitErr.Error() + ")"
	}
	if line := combined.firstFatal(); line != "" {
		reason += ": " + line
	}
	return got, reason
}

func readOutcomes(path string) []isolatedOutcome {
	data, err := os.ReadFile(path)
	if err != nil {
		return nil
	}
	var list []isolatedOutcome
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 64<<20)
	for sc.Scan() {
		var o isolatedOutcome
		if json.Unmarshal(sc.Bytes(), &o) != nil {
			break // a line the child did not finish writing
		}
		list = append(list, o)
	}
	return list
}

// tailBuffer keeps the last 256 KiB written to it.
type tailBuffer struct {
	mu  sync.Mutex
	buf []byte
}

func (b *tailBuffer) Write(p []byte) (int, error) {
	b.mu.Lock()
	defer b.mu.Unlock()
	b.buf = append(b.buf, p...)
	if over := len(b.buf) - 256<<10; over > 0 {
		b.buf = b.buf[over:]
	}
	return len(p), nil
}

// firstFatal returns the first line that says why a Go process died.
func (b *tailBuffer) firstFatal() string {
	b.mu.Lock()
	defer b.mu.Unlock()
	for _, line := range strings.Split(string(b.buf), "\n") {
		if strings.HasPrefix(line, "panic:") || strings.HasPrefix(line, "fatal error:") {
			return oneLine(line)
		}
	}
	return ""
}

// The fidelity corpus (issue 19's yardstick) is a set of realistic programs
// written the way Go learners, blog posts, tutorials and puzzle solutions
// write them, independent of what gopad handles: testdata/fidelity/<category>/<name>.go,
// each with <name>.out, the combined stdout and stderr of `go run` (ending in
// "exit status N" when the program exits non-zero; goroutine traces after a
// panic are cut, see gen.go). Regenerate the outputs with
//
//	go run ./interp/testdata/fidelity/gen.go
//
// TestFidelity runs each program in a fresh session twice: whole, as one
// cell; and split into notebook cells (see notebookCells). It logs a table
// per category and classifies every mismatch as ERROR (gopad reported an
// error) or SILENT (gopad printed something else without an error).
//
// The floor is testdata/fidelity/known_failures.txt: a program that fails
// in a form not listed there fails the test; a listed one that passes is
// logged so the list can shrink. Rewrite the list from a run with
// GOPAD_FIDELITY_KNOWN=update.
//
// By default only a representative part runs (every fidelityShortEvery-th
// program of each category, at least one); GOPAD_FIDELITY_FULL=1 runs all of
// it, and Go's conformance programs too (conformance_test.go).
//
// Allowed differences, written here with their reasons:
//   - A cell's value (Out[n]) is not compared: go run has no such output,
//     and a notebook user sees it on purpose.
//   - After a panic or fatal error go run prints goroutine traces with
//     addresses and file paths; only the output before the panic, the
//     panic's message and the exit status are compared (gopad must report
//     an error that contains the message).
//   - Bytes that are not UTF-8 in go run's output are compared as U+FFFD,
//     one per byte: Jupyter's messages carry text as UTF-8 (ipykernel
//     decodes a stream with errors="replace" too), so no kernel can send
//     them (asJupyterText).
//   - In the split form a top-level defer or return in main, or a goto,
//     would change meaning when cut into cells (a cell's defer runs at the
//     cell's end; a return ends one cell, not the program): the rest of
//     main stays in the cell that holds it (see notebookCells).
//   - The lines in allowedDifferences, each with its reason there.

const (
	fidelityDir       = "testdata/fidelity"
	fidelityKnownFile = "testdata/fidelity/known_failures.txt"
	fidelityFullEnv   = "GOPAD_FIDELITY_FULL"
	fidelityKnownEnv  = "GOPAD_FIDELITY_KNOWN"
	// fidelityOnlyEnv, a regular expression, runs only the programs whose
	// category/name it matches.
	fidelityOnlyEnv = "GOPAD_FIDELITY_ONLY"
	// fidelityTimeout is generous: a 250-line program takes a few seconds
	// to rewrite and compile on a quiet machine, many times that when
	// every core is busy, and the test asserts answers, not speed.
	fidelityTimeout    = 30 * time.Second
	fidelityShortEvery = 4
	fidelityWorkers    = 2
)

// fidelityForms are the two ways a program is run.
var fidelityForms = []string{"whole", "split"}

// fidelityProgram is one program of the corpus.
type fidelityProgram struct {
	category, name, file string
}

func (p fidelityProgram) id() string { return p.category + "/" + p.name }

func fidelityPrograms(t *testing.T) []fidelityProgram {
	files, err := filepath.Glob(filepath.Join(fidelityDir, "*", "*.go"))
	if err != nil {
		t.Fatal(err)
	}
	sort.Strings(files)
	var list []fidelityProgram
	for _, f := range files {
		list = append(list, fidelityProgram{
			category: filepath.Base(filepath.Dir(f)),
			name:     strings.TrimSuffix(filepath.Base(f), ".go"),
			file:     f,
		})
	}
	return list
}

// shortSample keeps every fidelityShortEvery-th program of each category.
func shortSample(list []fidelityProgram) []fidelityProgram {
	var out []fidelityProgram
	seen := map[string]int{}
	for _, p := range list {
		if seen[p.category]%fidelityShortEvery == 0 {
			out = append(out, p)
		}
		seen[p.category]++
	}
	return out
}

// onlyPrograms returns the programs whose id matches the expression only.
func onlyPrograms(t *testing.T, all []fidelityProgram, only string) []fidelityProgram {
	re, err := regexp.Compile(only)
	if err != nil {
		t.Fatalf("%s: %v", fidelityOnlyEnv, err)
	}
	var out []fidelityProgram
	for _, p := range all {
		if re.MatchString(p.id()) {
			out = append(out, p)
		}
	}
	return out
}

func TestFidelity(t *testing.T) {
	if testing.Short() {
		t.Skip("the fidelity corpus runs programs in child processes; skipped with -short")
	}
	all := fidelityPrograms(t)
	if len(all) == 0 {
		t.Fatal("no programs in " + fidelityDir)
	}
	full := os.Getenv(fidelityFullEnv) != ""
	progs := all
	if only := os.Getenv(fidelityOnlyEnv); only != "" {
		progs = onlyPrograms(t, all, only)
	} else if !full {
		progs = shortSample(all)
		t.Logf("running %d of %d programs; set %s=1 for all", len(progs), len(all), fidelityFullEnv)
	}
	var jobs []isolatedJob
	want := map[string]goRun{}
	for _, p := range progs {
		src, err := os.ReadFile(p.file)
		if err != nil {
			t.Fatal(err)
		}
		want[p.id()] = readGoRun(t, strings.TrimSuffix(p.file, ".go")+".out")
		jobs = append(jobs, isolatedJob{Key: "whole " + p.id(), Cells: []string{string(src)}})
		cells, err := notebookCells(string(src))
		if err != nil {
			t.Fatalf("%s: %v", p.file, err)
		}
		jobs = append(jobs, isolatedJob{Key: "split " + p.id(), Cells: cells})
	}
	start := time.Now()
	got := runIsolated(t, jobs, fidelityTimeout, fidelityWorkers)
	t.Logf("ran %d programs in both forms in %v", len(progs), time.Since(start).Round(time.Second))

	known := readKnownFailures(t)
	var rep fidelityReport
	for _, p := range progs {
		for _, form := range fidelityForms {
			key := form + " " + p.id()
			rep.add(p, form, judge(got[key], want[p.id()]))
		}
	}
	t.Logf("per category (matched whole / matched split / total):\n%s", rep.table())
	t.Logf("mismatches:\n%s", rep.mismatchList())
	t.Logf("SILENT mismatches: %d; ERROR mismatches: %d", rep.silent, rep.errors)
	if os.Getenv(fidelityKnownEnv) == "update" {
		if !full {
			t.Fatalf("%s=update needs %s=1: the list covers every program", fidelityKnownEnv, fidelityFullEnv)
		}
		writeKnownFailures(t, rep.failures)
		return
	}
	var unexpected []fidelityFailure
	for _, f := range rep.failures {
		if !known[f.key()] {
			unexpected = append(unexpected, f)
		}
		delete(known, f.key())
	}
	for _, f := range rerunFailures(t, unexpected, jobs, want) {
		t.Errorf("regression: %s fails (%s %s), and it is not in %s", f.key(), f.class, f.reason, fidelityKnownFile)
	}
	var nowPass []string
	for k := range known {
		form, id, _ := strings.Cut(k, " ")
		for _, p := range progs {
			if p.id() == id && slices.Contains(fidelityForms, form) {
				nowPass = append(nowPass, k)
			}
		}
	}
	sort.Strings(nowPass)
	if len(nowPass) > 0 {
		t.Logf("listed in %s but passing now (remove them):\n  %s", fidelityKnownFile, strings.Join(nowPass, "\n  "))
	}
}

// rerunFailures runs the programs of fs once more, alone, and returns
// those that fail again. A program that matches on its second run is
// logged as FLAKY: yaegi's goroutines race now and then under load (a
// stale loop variable in a goroutine, docs/limits.md), and a CI run must
// not fail on a mismatch that the program does not repeat. The first
// run's mismatch stays in the log.
func rerunFailures(t *testing.T, fs []fidelityFailure, jobs []isolatedJob, want map[string]goRun) []fidelityFailure {
	if len(fs) == 0 {
		return nil
	}
	byKey := map[string]isolatedJob{}
	for _, j := range jobs {
		byKey[j.Key] = j
	}
	var again []isolatedJob
	for _, f := range fs {
		again = append(again, byKey[f.key()])
	}
	got := runIsolated(t, again, fidelityTimeout, 1)
	var still []fidelityFailure
	for _, f := range fs {
		if v := judge(got[f.key()], want[f.id]); v.class != "" {
			still = append(still, f)
			continue
		}
		t.Logf("FLAKY: %s matched on a second run; the first run gave %s %s", f.key(), f.class, f.reason)
	}
	return still
}

// goRun is what go run printed for a program.
type goRun struct {
	// output is everything before a panic's message (all of it when the
	// program did not panic).
	output string
	// panicMsg is the message of the panic that ended the program, "" if none.
	panicMsg string
	// exit is the exit status.
	exit int
}

var exitLine = regexp.MustCompile(`(?m)^exit status (\d+)\n?\z`)

func readGoRun(t *testing.T, path string) goRun {
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (record it with go run ./interp/testdata/fidelity/gen.go)", err)
	}
	return parseGoRun(string(data))
}

// asJupyterText is s as a Jupyter stream carries it: each byte that is not
// part of valid UTF-8 becomes U+FFFD.
func asJupyterText(s string) string {
	if utf8.ValidString(s) {
		return s
	}
	var b strings.Builder
	for len(s) > 0 {
		r, w := utf8.DecodeRuneInString(s)
		b.WriteRune(r)
		s = s[w:]
	}
	return b.String()
}

func parseGoRun(s string) goRun {
	var r goRun
	if m := exitLine.FindStringSubmatchIndex(s); m != nil {
		r.exit, _ = strconv.Atoi(s[m[2]:m[3]])
		s = s[:m[0]]
	}
	r.output = asJupyterText(s)
	if r.exit == 0 {
		return r
	}
	lines := strings.SplitAfter(s, "\n")
	for i, line := range lines {
		if strings.HasPrefix(line, "panic: ") || strings.HasPrefix(line, "fatal error: ") {
			r.output = strings.Join(lines[:i], "")
			for _, l := range lines[i:] {
				l = strings.TrimSpace(l)
				_, msg, ok := strings.Cut(l, "panic: ")
				if !ok {
					_, msg, ok = strings.Cut(l, "fatal error: ")
				}
				if ok {
					msg, _, _ = strings.Cut(msg, " [recovered")
					r.panicMsg = msg
				}
			}
			break
		}
	}
	return r
}

// verdict is how one run compares with go run.
type verdict struct {
	class  string // "", "ERROR" or "SILENT"
	reason string
}

// allowedLine is a line of a program's output that gopad may print as
// gopad where go run prints gc, for reason.
type allowedLine struct{ gopad, gc, reason string }

// allowedDifferences are the allowed lines, by program (category/name).
var allowedDifferences = map[string][]allowedLine{
	"go_gotchas/slice_alias": {{gopad: "[] [] 1", gc: "[] [] 4",
		reason: "cap(appendOne(nilSlice)): the capacity append gives a new array is not fixed by the spec; " +
			"gc inlines appendOne, sees that the result does not escape and backs it with its 32-byte stack " +
			"buffer (cap 4). gopad gives such buffers only to a function's own local slices (stackAppends), " +
			"not through calls, where it would need gc's inliner; without the inlining gc gives cap 1 too."}},
}

// allowDifferences is o's output with each allowed line of its program
// (o.Key is "form category/name") spelled as go run prints it.
func allowDifferences(o isolatedOutcome) string {
	_, id, _ := strings.Cut(o.Key, " ")
	allowed := allowedDifferences[id]
	if len(allowed) == 0 {
		return o.Output
	}
	lines := strings.Split(o.Output, "\n")
	for i, l := range lines {
		for _, a := range allowed {
			if l == a.gopad {
				lines[i] = a.gc
			}
		}
	}
	return strings.Join(lines, "\n")
}

// judge compares gopad's outcome with go run's.
func judge(o isolatedOutcome, want goRun) verdict {
	if o.Key == "" {
		return verdict{"ERROR", "no result"}
	}
	o.Output = allowDifferences(o)
	if o.Crash != "" {
		return verdict{"ERROR", o.errText()}
	}
	if want.exit == 0 {
		switch {
		case o.failed():
			return verdict{"ERROR", oneLine(fmt.Sprintf("cell %d: %s", o.FailedCell+1, o.errText()))}
		case o.Output != want.output:
			return verdict{"SILENT", firstDiff(o.Output, want.output)}
		}
		return verdict{}
	}
	if !o.failed() {
		if o.Output != want.output {
			return verdict{"SILENT", "no error; " + firstDiff(o.Output, want.output)}
		}
		return verdict{"SILENT", fmt.Sprintf("no error, go run ends with exit status %d: %q", want.exit, want.panicMsg)}
	}
	if o.Output != want.output {
		return verdict{"ERROR", oneLine(o.errText()) + "; before it " + firstDiff(o.Output, want.output)}
	}
	// An exit without a panic (os.Exit, log.Fatal) only needs an error:
	// a notebook has no exit status to show.
	if msg := want.panicMsg; msg != "" && !strings.Contains(o.ErrName+": "+o.ErrValue, msg) {
		return verdict{"ERROR", fmt.Sprintf("error %q, want one with %q", oneLine(o.errText()), msg)}
	}
	return verdict{}
}

// fidelityFailure is one program that did not match in one form.
type fidelityFailure struct {
	form, id, class, reason string
}

func (f fidelityFailure) key() string { return f.form + " " + f.id }

type fidelityReport struct {
	cats           []string
	whole, split   map[string]int
	total          map[string]int
	failures       []fidelityFailure
	silent, errors int
}

func (r *fidelityReport) add(p fidelityProgram, form string, v verdict) {
	if r.total == nil {
		r.whole, r.split, r.total = map[string]int{}, map[string]int{}, map[string]int{}
	}
	if form == fidelityForms[0] {
		if r.total[p.category] == 0 {
			r.cats = append(r.cats, p.category)
		}
		r.total[p.category]++
	}
	if v.class == "" {
		if form == "whole" {
			r.whole[p.category]++
		} else {
			r.split[p.category]++
		}
		return
	}
	if v.class == "SILENT" {
		r.silent++
	} else {
		r.errors++
	}
	r.failures = append(r.failures, fidelityFailure{form, p.id(), v.class, v.reason})
}

func (r *fidelityReport) table() string {
	var b strings.Builder
	var w, s, n int
	fmt.Fprintf(&b, "%-16s %5s %5s %5s\n", "category", "whole", "split", "total")
	for _, c := range r.cats {
		fmt.Fprintf(&b, "%-16s %5d %5d %5d\n", c, r.whole[c], r.split[c], r.total[c])
		w, s, n = w+r.whole[c], s+r.split[c], n+r.total[c]
	}
	fmt.Fprintf(&b, "%-16s %5d %5d %5d\n", "all", w, s, n)
	return b.String()
}

func (r *fidelityReport) mismatchList() string {
	var b strings.Builder
	for _, f := range r.failures {
		fmt.Fprintf(&b, "  %-6s %-5s %-36s %s\n", f.class, f.form, f.id, f.reason)
	}
	return b.String()
}

func readKnownFailures(t *testing.T) map[string]bool {
	data, err := os.ReadFile(fidelityKnownFile)
	if err != nil {
		t.Fatal(err)
	}
	known := map[string]bool{}
	for _, line := range strings.Split(string(data), "\n") {
		line, _, _ = strings.Cut(line, "#")
		if f := strings.Fields(line); len(f) >= 2 {
			known[f[0]+" "+f[1]] = true
		}
	}
	return known
}

func writeKnownFailures(t *testing.T, failures []fidelityFailure) {
	var b strings.Builder
	b.WriteString("# Programs of the fidelity corpus that do not match go run today, per form.\n")
	b.WriteString("# TestFidelity fails when a program not listed here fails; remove a line when it passes.\n")
	b.WriteString("# form program # class: first difference\n")
	for _, f := range failures {
		fmt.Fprintf(&b, "%s %s # %s: %s\n", f.form, f.id, f.class, f.reason)
	}
	if err := os.WriteFile(fidelityKnownFile, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("wrote %d known failures to %s", len(failures), fidelityKnownFile)
}

// notebookCells cuts a program into the cells a notebook user would paste:
// its imports, each top-level declaration (with its doc comment), then the
// body of main, cut at the blank lines between its top-level statements
// (left indented as in the file: raw strings keep their text).
// A statement that would change meaning in a cell of its own keeps the rest
// of main with it: a defer (it runs when main ends, not when a cell ends)
// and a return (it ends the program). A goto in main keeps its body whole.
func notebookCells(src string) ([]string, error) { return cutCells(src, true) }

// blankLineCells cuts a program as notebookCells does, but main's body at
// every blank line between its statements, after a defer too, as a user
// who pays no attention to defers would.
func blankLineCells(src string) ([]string, error) { return cutCells(src, false) }

// cutCells cuts a program into cells (notebookCells); keepDeferred keeps
// the statements after a defer with it.
func cutCells(src string, keepDeferred bool) ([]string, error) {
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "main.go", src, parser.ParseComments)
	if err != nil {
		return nil, err
	}
	off := func(p token.Pos) int { return fset.Position(p).Offset }
	var cells, imports []string
	var body *ast.BlockStmt
	for _, d := range f.Decls {
		start := d.Pos()
		switch d := d.(type) {
		case *ast.GenDecl:
			if d.Doc != nil {
				start = d.Doc.Pos()
			}
			if d.Tok == token.IMPORT {
				imports = append(imports, src[off(start):off(d.End())])
				continue
			}
		case *ast.FuncDecl:
			if d.Doc != nil {
				start = d.Doc.Pos()
			}
			if d.Recv == nil && d.Name.Name == "main" {
				body = d.Body
				continue
			}
		}
		cells = append(cells, src[off(start):off(d.End())])
	}
	if len(imports) > 0 {
		cells = append([]string{strings.Join(imports, "\n")}, cells...)
	}
	if body == nil || len(body.List) == 0 {
		return cells, nil
	}
	return append(cells, mainCells(src, fset, body, keepDeferred)...), nil
}

// mainCells cuts main's body at blank lines (see cutCells).
func mainCells(src string, fset *token.FileSet, body *ast.BlockStmt, keepDeferred bool) []string {
	off := func(p token.Pos) int { return fset.Position(p).Offset }
	stmts := body.List
	if hasGoto(body) {
		return []string{src[off(stmts[0].Pos()):off(stmts[len(stmts)-1].End())]}
	}
	var cells []string
	start := off(stmts[0].Pos())
	for i := 1; i < len(stmts); i++ {
		if keepDeferred && endsProgram(stmts[i-1]) {
			break
		}
		// A blank line inside a comment is no place to cut: a user
		// keeps a comment whole in one cell.
		between := commentsMasked(src[off(stmts[i-1].End()):off(stmts[i].Pos())])
		if !blankLine.MatchString(between) {
			continue
		}
		cells = append(cells, src[start:off(stmts[i-1].End())])
		loc := blankLine.FindAllStringIndex(between, -1)
		start = off(stmts[i-1].End()) + loc[len(loc)-1][1]
	}
	return append(cells, src[start:off(stmts[len(stmts)-1].End())])
}

var blankLine = regexp.MustCompile(`\n[ \t]*\n`)

// comments finds the comments of the text between two statements.
var comments = regexp.MustCompile(`//[^\n]*|/\*(?s:.*?)\*/`)

// commentsMasked is s with each comment's characters replaced by as many
// x's, so that offsets stay and no blank line is found inside one.
func commentsMasked(s string) string {
	return comments.ReplaceAllStringFunc(s, func(c string) string { return strings.Repeat("x", len(c)) })
}

// endsProgram reports whether a statement of main's body must keep the
// statements after it in its cell: a defer or a return, outside function
// literals (a defer in a loop of main's also runs when main ends).
func endsProgram(s ast.Stmt) bool {
	found := false
	ast.Inspect(s, func(n ast.Node) bool {
		switch n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.ReturnStmt, *ast.DeferStmt:
			found = true
		}
		return !found
	})
	return found
}

func hasGoto(body *ast.BlockStmt) bool {
	found := false
	ast.Inspect(body, func(n ast.Node) bool {
		if b, ok := n.(*ast.BranchStmt); ok && b.Tok == token.GOTO {
			found = true
		}
		return !found
	})
	return found
}

func TestNotebookCells(t *testing.T) {
	src := `package main

import "fmt"

// T is a type.
type T int

func f() int { return 1 }

func main() {
	x := f()
	fmt.Println(x)

	// the second paragraph
	y := x + 1
	fmt.Println(y)

	defer fmt.Println("bye")

	fmt.Println("after defer")
}
`
	cells, err := notebookCells(src)
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		`import "fmt"`,
		"// T is a type.\ntype T int",
		"func f() int { return 1 }",
		"x := f()\n\tfmt.Println(x)",
		"\t// the second paragraph\n\ty := x + 1\n\tfmt.Println(y)",
		"\tdefer fmt.Println(\"bye\")\n\n\tfmt.Println(\"after defer\")",
	}
	if !slices.Equal(cells, want) {
		t.Errorf("cells:\n%q\nwant:\n%q", cells, want)
	}
	withGoto := "package main\n\nfunc main() {\n\ti := 0\n\nagain:\n\ti++\n\n\tif i < 3 {\n\t\tgoto again\n\t}\n}\n"
	cells, err = notebookCells(withGoto)
	if err != nil {
		t.Fatal(err)
	}
	if len(cells) != 1 || !strings.Contains(cells[0], "goto again") || !strings.HasPrefix(cells[0], "i := 0") {
		t.Errorf("a main with goto must stay one cell, got %q", cells)
	}
}

func TestJudge(t *testing.T) {
	panicked := parseGoRun("first\npanic: boom [recovered]\n\tpanic: again\nexit status 2\n")
	if panicked.output != "first\n" || panicked.panicMsg != "again" || panicked.exit != 2 {
		t.Fatalf("parseGoRun: %+v", panicked)
	}
	exited := parseGoRun("done\nexit status 3\n")
	clean := parseGoRun("a\nb\n")
	cases := []struct {
		name  string
		got   isolatedOutcome
		want  goRun
		class string
	}{
		{"match", isolatedOutcome{Key: "k", Output: "a\nb\n"}, clean, ""},
		{"wrong output", isolatedOutcome{Key: "k", Output: "a\nc\n"}, clean, "SILENT"},
		{"error", isolatedOutcome{Key: "k", Output: "a\n", ErrName: "CompileError"}, clean, "ERROR"},
		{"crash", isolatedOutcome{Key: "k", Crash: "died"}, clean, "ERROR"},
		{"panic matched", isolatedOutcome{Key: "k", Output: "first\n", ErrName: "panic", ErrValue: "again"}, panicked, ""},
		{"panic text differs", isolatedOutcome{Key: "k", Output: "first\n", ErrName: "panic", ErrValue: "other"}, panicked, "ERROR"},
		{"panic missed", isolatedOutcome{Key: "k", Output: "first\n"}, panicked, "SILENT"},
		{"exit matched", isolatedOutcome{Key: "k", Output: "done\n", ErrName: "Exit", ErrValue: "os.Exit(3)"}, exited, ""},
		{"exit missed", isolatedOutcome{Key: "k", Output: "done\n"}, exited, "SILENT"},
	}
	for _, c := range cases {
		if v := judge(c.got, c.want); v.class != c.class {
			t.Errorf("%s: class %q (%s), want %q", c.name, v.class, v.reason, c.class)
		}
	}
}

// TestAsJupyterText checks the one allowed difference in bytes: go run's
// invalid UTF-8 compares as U+FFFD per byte, valid text as it is.
func TestAsJupyterText(t *testing.T) {
	for in, want := range map[string]string{"ok ⌘\n": "ok ⌘\n", "\xbd\xb2=\xbc ⌘": "\uFFFD\uFFFD=\uFFFD ⌘"} {
		if got := asJupyterText(in); got != want {
			t.Errorf("asJupyterText(%q) = %q, want %q", in, got, want)
		}
	}
}
