package interp

import (
	"strings"
	"testing"
)

// TestFidKnownOsExitSkipsDefers checks that os.Exit ends the cell at once
// as Go ends the program: no deferred call runs (of the functions on the
// stack or of the cell), no recover catches it, and the session goes on.
func TestFidKnownOsExitSkipsDefers(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import (\"fmt\"; \"os\")\nfunc cleanup() { fmt.Println(\"cleanup\") }\n"+
		"func work() {\n\tdefer cleanup()\n\tdefer func() { fmt.Println(\"recovered\", recover()) }()\n\tos.Exit(3)\n}")
	for _, c := range []struct{ code, exit, out string }{
		{"defer fmt.Println(\"cell defer\")\nfmt.Println(\"before\")\nwork()\nfmt.Println(\"after\")", "os.Exit(3)", "before\n"},
		{"func() {\n\tdefer fmt.Println(\"deferred\")\n\tos.Exit(0)\n}()", "os.Exit(0)", ""},
	} {
		res, rec := run(t, s, c.code)
		if res.Err == nil || res.Err.Name != "Exit" || !strings.Contains(res.Err.Value, c.exit) || rec.out() != c.out {
			t.Errorf("%q: error %+v, stdout %q; want Exit %s and stdout %q", c.code, res.Err, rec.out(), c.exit, c.out)
		}
	}
	checkCells(t, s, []cellCase{{code: "fmt.Println(\"next\")", stdout: "next\n"}})
}
