package interp

import (
	"fmt"
	"os"
	"os/exec"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/gopad/gopad/interp/modules"
)

// gcError compiles a program with the go command and returns its first
// error, "LINE:COL: MESSAGE", with LINE counted from the line where the
// cell's code starts in the program (line 3). Errors about unused
// variables, which gc adds for a cell's statements in func main, are left
// out.
func gcError(t *testing.T, program string) string {
	t.Helper()
	tool, err := modules.GoTool()
	if err != nil {
		t.Skip(err)
	}
	dir := t.TempDir()
	file := filepath.Join(dir, "cell.go")
	if err := os.WriteFile(file, []byte(program), 0o644); err != nil {
		t.Fatal(err)
	}
	cmd := exec.Command(tool, "build", "-o", os.DevNull, "cell.go")
	cmd.Dir = dir
	cmd.Env = append(modules.GoEnv(), "GOFLAGS=")
	out, err := cmd.CombinedOutput()
	if err == nil {
		t.Fatalf("go build accepted:\n%s", program)
	}
	re := regexp.MustCompile(`(?m)^\./cell\.go:(\d+):(\d+): (.*)$`)
	for _, m := range re.FindAllStringSubmatch(string(out), -1) {
		if strings.Contains(m[3], "declared and not used") {
			continue
		}
		var line int
		fmt.Sscan(m[1], &line)
		return fmt.Sprintf("%d:%s: %s", line-2, m[2], m[3])
	}
	t.Fatalf("no error in go build's output:\n%s", out)
	return ""
}

// TestCompileErrorsReadLikeGo: a cell with a type error gets gc's message,
// at gc's line and column (the caret under the name), as go build gives it
// for the same code in a program: statements as main's body, declarations
// at the top level.
func TestCompileErrorsReadLikeGo(t *testing.T) {
	cases := []struct {
		cell string
		decl bool
	}{
		{"x := undefinedThing + 1", false},
		{`var n int = "hello"`, true},
		{"type T struct{ A int }\nvar t T\nt.Nope()", false},
		{"s := []int{1}\ns = append(s, \"x\")", false},
		{"func f() int { return \"no\" }", true},
	}
	for _, c := range cases {
		program := "package main\nfunc main() {\n" + c.cell + "\n}\n"
		if c.decl {
			program = "package main\n\n" + c.cell + "\nfunc main() {}\n"
		}
		want := gcError(t, program)
		res, _ := run(t, newSession(t), c.cell)
		if res.Err == nil {
			t.Errorf("%q ran without error; go build says %s", c.cell, want)
			continue
		}
		if res.Err.Value != want {
			t.Errorf("%q:\n got %s\nwant %s (go build)", c.cell, res.Err.Value, want)
		}
	}
}
