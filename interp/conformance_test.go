package interp

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"sort"
	"strings"
	"testing"
	"time"
)

// TestConformance runs Go's own conformance programs, shipped with every Go
// installation in $(go env GOROOT)/test: the files of the folders below
// whose first line is exactly "// run". (A "// run" line with arguments
// asks the test driver for compiler flags, extra files or program
// arguments, none of which a cell has; those are left out.) Each program
// checks itself: a correct run prints exactly its .out file, or nothing
// when there is none, and reports no error. Each runs as one cell in a
// fresh session, in child processes (see runIsolated).
//
// Programs that need what an interpreter's runtime may legitimately lack
// are left out, each with its reason logged (see conformanceExclusions).
//
// It runs with GOPAD_FIDELITY_FULL=1 only: it takes minutes.
// The floors below only go up: the test fails when fewer programs of a
// folder pass than its floor.

var conformanceFloors = map[string]int{
	".":         86,  // 88 quiet (87 expected under CI's load): the reflectmethod programs since confx, bigalg.go and named.go since composite, ddd.go since recursive, convT2X.go, switch.go and range4.go since conf2; copy.go and divmod.go loop past the bound
	"ken":       35,  // 36-37: ken/interbasic.go since confx; ken/divconst, ken/modconst and ken/chan loop past the bound in yaegi itself (divconst and modconst pass in 20-90 s on a quiet machine)
	"chan":      14,  // 16 on a quiet machine: goroutine-heavy programs (sieve1, select) vary under load
	"typeparam": 116, // cons.go since composite, issue48137.go since recursive, issue48030.go and issue48617.go since conf2, struct.go and issue44688.go since conf3
}

// conformanceFolders are the folders of $GOROOT/test that are run, in the
// order they are reported. GOPAD_CONFORMANCE_FOLDERS (folders separated by
// commas, fixedbugs for one) runs others instead, to explore: their floors
// are zero.
var conformanceFolders = []string{".", "ken", "chan", "typeparam"}

func init() {
	if v := os.Getenv("GOPAD_CONFORMANCE_FOLDERS"); v != "" {
		conformanceFolders = strings.Split(v, ",")
	}
}

// conformanceTimeout bounds one program. Some of Go's programs loop
// millions of times (copy.go, divmod.go, ken/divconst.go, ken/modconst.go)
// and take yaegi longer; the test runs in CI, whose time it bounds.
const conformanceTimeout = 20 * time.Second

// conformanceExclusions are what leaves a program out, with the reason.
var conformanceExclusions = []struct {
	re     *regexp.Regexp
	reason string
}{
	{regexp.MustCompile(`"unsafe"`), "imports unsafe"},
	{regexp.MustCompile(`"syscall"`), "imports syscall"},
	{regexp.MustCompile(`"os/exec"`), "imports os/exec"},
	{regexp.MustCompile(`import "C"`), "uses cgo"},
	{regexp.MustCompile(`(?m)^//go:build|^// \+build`), "has build tags"},
	{regexp.MustCompile(`(?m)^//go:[a-z]`), "uses a compiler directive"},
	{regexp.MustCompile(`"runtime/debug"|"internal/|"weak"`), "imports runtime internals"},
	{regexp.MustCompile(`runtime\.(Callers|Caller|CallersFrames|FuncForPC|GC|SetFinalizer|AddCleanup|` +
		`Stack|ReadMemStats|MemStats|KeepAlive|LockOSThread|Breakpoint|SetCPUProfileRate|NumGoroutine|GOROOT)\b`),
		"uses runtime internals"},
}

// conformanceProgram is one program of Go's test folder.
type conformanceProgram struct {
	folder, file string
	excluded     string // the reason it is left out, "" if it runs
}

func (p conformanceProgram) key() string {
	return filepath.Join(p.folder, filepath.Base(p.file))
}

func conformancePrograms(t *testing.T) []conformanceProgram {
	out, err := exec.Command("go", "env", "GOROOT").Output()
	if err != nil {
		t.Fatalf("go env GOROOT: %v", err)
	}
	root := filepath.Join(strings.TrimSpace(string(out)), "test")
	var list []conformanceProgram
	for _, folder := range conformanceFolders {
		files, err := filepath.Glob(filepath.Join(root, folder, "*.go"))
		if err != nil {
			t.Fatal(err)
		}
		sort.Strings(files)
		for _, f := range files {
			src, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			first, _, _ := strings.Cut(string(src), "\n")
			if strings.TrimRight(first, " \t\r") != "// run" {
				continue
			}
			p := conformanceProgram{folder: folder, file: f}
			for _, ex := range conformanceExclusions {
				if ex.re.Match(src) {
					p.excluded = ex.reason
					break
				}
			}
			list = append(list, p)
		}
	}
	return list
}

func TestConformance(t *testing.T) {
	if testing.Short() {
		t.Skip("Go's conformance programs run in child processes; skipped with -short")
	}
	if os.Getenv(fidelityFullEnv) == "" {
		t.Skipf("Go's conformance programs take minutes; set %s=1", fidelityFullEnv)
	}
	progs := conformancePrograms(t)
	if len(progs) == 0 {
		t.Fatal("no conformance programs found under $GOROOT/test")
	}
	var jobs []isolatedJob
	var excluded []string
	for _, p := range progs {
		if p.excluded != "" {
			excluded = append(excluded, fmt.Sprintf("%s: %s", p.key(), p.excluded))
			continue
		}
		src, err := os.ReadFile(p.file)
		if err != nil {
			t.Fatal(err)
		}
		jobs = append(jobs, isolatedJob{Key: p.key(), Cells: []string{string(src)}})
	}
	t.Logf("left out %d programs:\n  %s", len(excluded), strings.Join(excluded, "\n  "))
	start := time.Now()
	got := runIsolated(t, jobs, conformanceTimeout, fidelityWorkers)
	t.Logf("ran %d programs in %v", len(jobs), time.Since(start).Round(time.Second))

	pass, total := map[string]int{}, map[string]int{}
	var failures []string
	for _, p := range progs {
		if p.excluded != "" {
			continue
		}
		total[p.folder]++
		want := ""
		if data, err := os.ReadFile(strings.TrimSuffix(p.file, ".go") + ".out"); err == nil {
			want = string(data)
		}
		o := got[p.key()]
		switch {
		case o.Key == "":
			failures = append(failures, p.key()+": no result")
		case o.failed():
			failures = append(failures, fmt.Sprintf("%s: ERROR %s", p.key(), oneLine(o.errText())))
		case o.Output != want:
			failures = append(failures, fmt.Sprintf("%s: SILENT %s", p.key(), firstDiff(o.Output, want)))
		default:
			pass[p.folder]++
		}
	}
	t.Logf("failures:\n  %s", strings.Join(failures, "\n  "))
	var table strings.Builder
	fmt.Fprintf(&table, "%-10s %5s %5s %5s\n", "folder", "pass", "total", "floor")
	all, allTotal := 0, 0
	for _, f := range conformanceFolders {
		fmt.Fprintf(&table, "%-10s %5d %5d %5d\n", f, pass[f], total[f], conformanceFloors[f])
		all, allTotal = all+pass[f], allTotal+total[f]
	}
	fmt.Fprintf(&table, "%-10s %5d %5d\n", "all", all, allTotal)
	t.Logf("Go's conformance programs, per folder:\n%s", table.String())
	for _, f := range conformanceFolders {
		if pass[f] < conformanceFloors[f] {
			t.Errorf("regression in %s: %d programs pass, the floor is %d", f, pass[f], conformanceFloors[f])
		}
	}
}
