package interp

import (
	"os"
	"regexp"
	"strings"
	"testing"
)

// conformanceOnlyEnv, a regular expression over a program's key
// ("typeparam/typeswitch1.go"), makes TestConformanceOnly run just the
// matching conformance programs and log each outcome: the quick loop while
// working on one class, without the minutes of TestConformance.
const conformanceOnlyEnv = "GOPAD_CONFORMANCE_ONLY"

func TestConformanceOnly(t *testing.T) {
	expr := os.Getenv(conformanceOnlyEnv)
	if expr == "" {
		t.Skipf("set %s to a regular expression over the programs' keys", conformanceOnlyEnv)
	}
	re, err := regexp.Compile(expr)
	if err != nil {
		t.Fatalf("%s: %v", conformanceOnlyEnv, err)
	}
	var jobs []isolatedJob
	want := map[string]string{}
	for _, p := range conformancePrograms(t) {
		if p.excluded != "" || !re.MatchString(p.key()) {
			continue
		}
		src, err := os.ReadFile(p.file)
		if err != nil {
			t.Fatal(err)
		}
		jobs = append(jobs, isolatedJob{Key: p.key(), Cells: []string{string(src)}})
		if data, err := os.ReadFile(strings.TrimSuffix(p.file, ".go") + ".out"); err == nil {
			want[p.key()] = string(data)
		}
	}
	if len(jobs) == 0 {
		t.Fatalf("no conformance program matches %q", expr)
	}
	got := runIsolated(t, jobs, conformanceTimeout, fidelityWorkers)
	pass := 0
	for _, j := range jobs {
		o := got[j.Key]
		switch {
		case o.Key == "":
			t.Errorf("%s: no result", j.Key)
		case o.failed():
			t.Errorf("%s: ERROR %s", j.Key, o.errText())
		case o.Output != want[j.Key]:
			t.Errorf("%s: SILENT %s", j.Key, firstDiff(o.Output, want[j.Key]))
		default:
			pass++
			t.Logf("%s: ok", j.Key)
		}
	}
	t.Logf("%d of %d pass", pass, len(jobs))
}

// TestCellFile runs the file named by GOPAD_CELL_FILE as one cell in a
// fresh session, in this process, and logs its output and error: for
// looking at one program while working on it.
func TestCellFile(t *testing.T) {
	path := os.Getenv("GOPAD_CELL_FILE")
	if path == "" {
		t.Skip("set GOPAD_CELL_FILE to a Go file")
	}
	src, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	o := runIsolatedJob(t, isolatedJob{Key: path, Cells: []string{string(src)}}, conformanceTimeout)
	t.Logf("output:\n%s", o.Output)
	if o.failed() {
		t.Logf("error: %s", o.errText())
	}
}
