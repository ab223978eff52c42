package stdlib_test

import (
	"bytes"
	"context"
	"os/exec"
	"path"
	"strings"
	"testing"
	"time"

	"github.com/gopad/gopad/interp/stdlib"
	"github.com/gopad/gopad/interp/stdlib/internal/stdpkgs"
	"github.com/traefik/yaegi/interp"
)

type session struct {
	t      *testing.T
	i      *interp.Interpreter
	stdout bytes.Buffer
	stderr bytes.Buffer
}

func newSession(t *testing.T) *session {
	t.Helper()
	s := &session{t: t}
	s.i = interp.New(interp.Options{Stdout: &s.stdout, Stderr: &s.stderr})
	if err := s.i.Use(stdlib.Load()); err != nil {
		t.Fatalf("Use: %v", err)
	}
	return s
}

func (s *session) eval(src string) (any, error) {
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	v, err := s.i.EvalWithContext(ctx, src)
	if err != nil {
		return nil, err
	}
	if !v.IsValid() {
		return nil, nil
	}
	return v.Interface(), nil
}

// run evaluates cells in order and returns the last one's value.
func (s *session) run(cells ...string) any {
	s.t.Helper()
	var v any
	for _, c := range cells {
		var err error
		if v, err = s.eval(c); err != nil {
			s.t.Fatalf("cell %q: %v", c, err)
		}
	}
	return v
}

func TestEveryStdPackageHasATable(t *testing.T) {
	out, err := exec.Command("go", "list", "std").Output()
	if err != nil {
		t.Skipf("go list std: %v", err)
	}
	keep, _ := stdpkgs.Filter(strings.Fields(string(out)))
	have := map[string]bool{}
	for k := range stdlib.Load() {
		have[path.Dir(k)] = true
	}
	for _, p := range keep {
		if !have[p] {
			t.Errorf("no symbol table for %s: run `go generate ./interp/stdlib` (or add it to stdpkgs.Excluded with a reason)", p)
		}
	}
	for p := range stdlib.Excluded {
		if have[p] {
			t.Errorf("excluded package %s has a table", p)
		}
	}
	if len(keep) < 160 {
		t.Errorf("only %d packages kept", len(keep))
	}
}

func TestModernSymbols(t *testing.T) {
	s := newSession(t)
	// strings.Lines (Go 1.24) returns an iter.Seq[string]; yaegi has no
	// range-over-func, so call it with a yield func.
	got := s.run(`import "strings"`, `var lines []string`, `strings.Lines("a\nb\nc")(func(l string) bool { lines = append(lines, l); return true })
`, `strings.Join(lines, "|")`)
	if got != "a\n|b\n|c" {
		t.Errorf("strings.Lines: %q", got)
	}
	if got := s.run(`import "slices"`, `len(slices.Collect(strings.Lines("x\ny\n")).([]string))`); got != 2 {
		t.Errorf("Collect(strings.Lines): %v", got)
	}
	if got := s.run(`import "sync/atomic"`, `var n atomic.Uint64`, `n.Add(40); n.Add(2); n.Load()`); got != uint64(42) {
		t.Errorf("atomic.Uint64: %v", got)
	}
	if got := s.run(`import ("crypto/sha3"; "encoding/hex")`, `hex.EncodeToString(sha3.Sum256([]byte("abc"))[:4])`); got != "3a985da7" {
		t.Errorf("sha3: %v", got)
	}
	if got := s.run(`import "time"`, `tk := time.Tick(time.Millisecond); <-tk; <-tk; 1`); got != 1 {
		t.Errorf("time.Tick: %v", got)
	}
	if got := s.run(`import "math/rand/v2"`, `rand.IntN(1)`); got != 0 {
		t.Errorf("math/rand/v2: %v", got)
	}
	if got := s.run(`import "fmt"`, `fmt.Println("hello")`, `""`); got != "" || s.stdout.String() != "hello\n" {
		t.Errorf("fmt.Println went to %q", s.stdout.String())
	}
}

func panicValue(t *testing.T, err error) string {
	t.Helper()
	p, ok := err.(interp.Panic)
	if !ok {
		t.Fatalf("want interp.Panic, got %T %v", err, err)
	}
	return fmtValue(p.Value)
}

func TestExitAndFatalPanic(t *testing.T) {
	s := newSession(t)
	s.run(`import ("os"; "log"; "strings")`)
	_, err := s.eval(`os.Exit(3)`)
	if v := panicValue(t, err); v != "os.Exit(3)" {
		t.Errorf("os.Exit panic value %q", v)
	}
	_, err = s.eval(`log.Fatal("boom")`)
	if v := panicValue(t, err); !strings.Contains(v, "boom") {
		t.Errorf("log.Fatal panic value %q", v)
	}
	_, err = s.eval(`l := log.New(new(strings.Builder), "p: ", 0); l.Fatalf("x%d", 1)`)
	if v := panicValue(t, err); !strings.Contains(v, "x1") {
		t.Errorf("Logger.Fatalf panic value %q", v)
	}
	// The interpreter is still usable.
	if got := s.run(`1 + 1`); got != 2 {
		t.Errorf("after panics: %v", got)
	}
}

func TestExcludedImportFails(t *testing.T) {
	s := newSession(t)
	_, err := s.eval(`import "plugin"`)
	if err == nil || !strings.Contains(err.Error(), `plugin`) {
		t.Errorf("import plugin: %v", err)
	}
	if stdlib.Excluded["plugin"] == "" {
		t.Errorf("plugin has no exclusion reason")
	}
}

func TestCmpFromEmbeddedSource(t *testing.T) {
	s := newSession(t)
	s.run(`import "cmp"`)
	if got := s.run(`cmp.Compare(1, 2)`); got != -1 {
		t.Errorf("cmp.Compare: %v", got)
	}
	if got := s.run(`cmp.Compare("b", "a")`); got != 1 {
		t.Errorf("cmp.Compare strings: %v", got)
	}
	if got := s.run(`cmp.Less(float64(1.5), 2.5)`); got != true {
		t.Errorf("cmp.Less: %v", got)
	}
	if got := s.run(`func Big[T cmp.Ordered](a, b T) T { if a > b { return a }; return b }`, `Big(3, 7)`); got != 7 {
		t.Errorf("cmp.Ordered constraint: %v", got)
	}
}
