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

// TestFidKnownSlogMethods checks that log/slog sees the methods of the
// cells' types as Go's slog does: LogValue, String and Error.
func TestFidKnownSlogMethods(t *testing.T) {
	s := newSession(t)
	mustRun(t, s, "import (\"fmt\"; \"log/slog\"; \"os\")\ntype User struct{ ID int; Email string }\n"+
		"func (u User) LogValue() slog.Value { return slog.GroupValue(slog.Int(\"id\", u.ID)) }\n"+
		"type Temp float64\nfunc (t Temp) String() string { return fmt.Sprintf(\"%.1f°C\", float64(t)) }\n"+
		"type Oops struct{ Op string }\nfunc (o Oops) Error() string { return o.Op + \" failed\" }\n"+
		"func drop(_ []string, a slog.Attr) slog.Attr { if a.Key == slog.TimeKey { return slog.Attr{} }; return a }")
	checkCells(t, s, []cellCase{
		{code: "j := slog.New(slog.NewJSONHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: drop}))\n" +
			"j.Info(\"m\", \"user\", User{7, \"a@b\"}, \"t\", Temp(21.55), \"err\", Oops{\"save\"})",
			stdout: `{"level":"INFO","msg":"m","user":{"id":7},"t":21.55,"err":"save failed"}` + "\n"},
		{code: "tl := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: drop}))\n" +
			"tl.Warn(\"m\", \"user\", User{8, \"c@d\"}, \"t\", Temp(3))\na := slog.Any(\"t\", Temp(1))\nfmt.Println(a.Value.Kind(), a.Value)",
			stdout: "level=WARN msg=m user.id=8 t=3.0°C\nAny 1.0°C\n"},
	})
}
