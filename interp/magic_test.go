package interp

import (
	"slices"
	"strings"
	"testing"
)

func TestMagics(t *testing.T) {
	s := newSession(t)
	cases := []struct {
		code, stdout, err string
	}{
		{code: "%%time\nx := 2\nx * 21", stdout: "Wall time:"},
		{code: "!echo from-shell", stdout: "from-shell\n"},
		{code: "%env GOPAD_TEST_VAR=hello\n%env GOPAD_TEST_VAR", stdout: "env: GOPAD_TEST_VAR=hello\nhello\n"},
		{code: "import \"os\"\nfmt.Println(os.Getenv(\"GOPAD_TEST_VAR\"))", stdout: "hello\n"},
		{code: "func declared() {}\n%who", stdout: "function   declared"},
		{code: "%help", stdout: "%%time"},
		{code: "%nosuchmagic", err: "unknown magic %nosuchmagic"},
		{code: "!exit 3", err: "exit status 3"},
		{code: "y := 1\n!echo between\nfmt.Println(y + 1)", stdout: "between\n2\n"},
	}
	for _, c := range cases {
		res, rec := run(t, s, c.code)
		if c.err != "" {
			if res.Err == nil || !strings.Contains(res.Err.Value, c.err) {
				t.Errorf("%q: error %+v, want %q", c.code, res.Err, c.err)
			}
			continue
		}
		if res.Err != nil {
			t.Errorf("%q: %s: %s", c.code, res.Err.Name, res.Err.Value)
			continue
		}
		if !strings.Contains(rec.out(), c.stdout) {
			t.Errorf("%q: stdout %q, want it to contain %q", c.code, rec.out(), c.stdout)
		}
	}
	res, _ := run(t, s, "%%time\nx := 2\nx * 21")
	if text(res) != "42" {
		t.Errorf("%%%%time cell result %q", text(res))
	}
	run(t, s, "kept := 1")
	run(t, s, "%reset")
	if res, _ := run(t, s, "kept"); res.Err == nil {
		t.Error("%reset kept a variable")
	}
}

func TestPagerPayload(t *testing.T) {
	s := newSession(t)
	res, _ := run(t, s, "strings.Split?")
	if res.Err != nil || len(res.Payloads) != 1 {
		t.Fatalf("strings.Split?: %+v", res)
	}
	data, _ := res.Payloads[0]["data"].(map[string]any)
	if txt, _ := data["text/plain"].(string); !strings.Contains(txt, "func strings.Split(") {
		t.Fatalf("page text %q", txt)
	}
}

func TestExitAsksToQuit(t *testing.T) {
	s := newSession(t)
	res, _ := run(t, s, "exit")
	if res.Err != nil || len(res.Payloads) != 1 || res.Payloads[0]["source"] != "ask_exit" {
		t.Fatalf("exit: %+v", res)
	}
	run(t, s, "func quit() string { return \"mine\" }")
	if res, _ := run(t, s, "quit()"); text(res) != "mine" {
		t.Fatalf("a declared quit() must run: %+v", res)
	}
}

// usageMagics returns the magic names a help line's usage shows
// ("%help, %lsmagic" → help, lsmagic; "%%time" → %time).
func usageMagics(usage string) []string {
	var names []string
	for _, f := range strings.Fields(strings.ReplaceAll(usage, ",", " ")) {
		if n, ok := strings.CutPrefix(f, "%"); ok {
			names = append(names, n)
		}
	}
	return names
}

// TestMagicRegistryHelp: every registered magic has help lines, each of
// its names is shown in them, every help line shows a registered magic,
// and %help, %lsmagic and ? print every line; every registered name runs.
func TestMagicRegistryHelp(t *testing.T) {
	help := magicHelp()
	check := func(what string, names []string, lines []helpLine) {
		if len(lines) == 0 {
			t.Errorf("magic %s has no help line", what)
		}
		shown := map[string]bool{}
		for _, h := range lines {
			if !strings.Contains(help, "  "+h.usage+" ") {
				t.Errorf("%%help lacks %q", h.usage)
			}
			us := usageMagics(h.usage)
			if len(us) == 0 {
				t.Errorf("help line %q of magic %s shows no magic", h.usage, what)
			}
			for _, u := range us {
				if !slices.Contains(names, u) {
					t.Errorf("help line %q of magic %s shows %%%s, which is not one of its names %v", h.usage, what, u, names)
				}
				shown[u] = true
			}
		}
		for _, n := range names {
			if !shown[n] {
				t.Errorf("magic %%%s has no help line that shows it", n)
			}
		}
	}
	for _, m := range cellMagics() {
		check("%%"+m.name, []string{"%" + m.name}, m.help)
	}
	s := newSession(t)
	for _, m := range lineMagics() {
		check("%"+m.names[0], m.names, m.help)
		for _, n := range m.names {
			if res, _ := run(t, s, "%"+n); res.Err != nil && res.Err.Name == "UnknownMagic" {
				t.Errorf("registered magic %%%s is unknown when run", n)
			}
		}
	}
	for _, h := range syntaxHelp {
		if strings.HasPrefix(h.usage, "%") {
			t.Errorf("help line %q for a magic that is not registered", h.usage)
		}
	}
	for _, code := range []string{"%help", "%lsmagic", "?"} {
		if _, rec := run(t, s, code); rec.out() != help {
			t.Errorf("%s prints %q, want the generated help", code, rec.out())
		}
	}
}
