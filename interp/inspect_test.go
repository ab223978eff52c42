package interp

import (
	"context"
	"strings"
	"testing"

	"github.com/gopad/gopad/interp/complete"
)

// TestInspectMethodsAndFields: Shift+Tab (and NAME?) on a method or field
// of a value, of a type, and of what a package's function returns, as Tab
// completes them; standard-library signatures with their parameter names
// and doc comments, as go doc shows them.
func TestInspectMethodsAndFields(t *testing.T) {
	if !complete.StdDocs() {
		t.Skip("GOROOT sources not installed")
	}
	s := newSession(t)
	mustRun(t, s, "import \"strings\"\ntype Oven struct{ Temp int }\nfunc (o *Oven) Warm(deg int) string { return \"\" }\ns := &Oven{}\nvar sb strings.Builder")
	cases := []struct {
		code   string
		cursor int // -1: the end
		want   []string
	}{
		{"s.Warm", -1, []string{"func (*Oven).Warm(deg int) string"}},
		{"s.Warm(", -1, []string{"func (*Oven).Warm(deg int) string"}},
		{"x := s.Warm(3)", 8, []string{"func (*Oven).Warm(deg int) string"}},
		{"s.Temp", -1, []string{"field Temp int"}},
		{"Oven.Warm", -1, []string{"func (*Oven).Warm(deg int) string"}},
		{"sb.WriteString", -1, []string{"func (b *Builder) WriteString(s string) (int, error)", "WriteString appends the contents of s to b's buffer."}},
		{`strings.NewReader("x").Len`, -1, []string{"func (r *Reader) Len() int", "Len returns the number of bytes"}},
		{"time.Now().Add", -1, []string{"func (t Time) Add(d Duration) Time", "Add returns the time t+d."}},
		{"strings.Fields", -1, []string{"func strings.Fields(s string) []string", "Fields splits the string s"}},
	}
	for _, c := range cases {
		cursor := c.cursor
		if cursor < 0 {
			cursor = len([]rune(c.code))
		}
		in := s.Inspect(context.Background(), c.code, cursor, 0)
		txt, _ := in.Data["text/plain"].(string)
		for _, w := range c.want {
			if !in.Found || !strings.Contains(txt, w) {
				t.Errorf("inspect %q at %d = %v %q, want %q", c.code, cursor, in.Found, txt, w)
			}
		}
	}
	if in := s.Inspect(context.Background(), "s.Nope", 6, 0); in.Found {
		t.Errorf("inspect of a method that does not exist: %+v", in)
	}

	// s.Warm? pages the same text; a bare ? shows the help, as %help.
	res, _ := run(t, s, "s.Warm?")
	if res.Err != nil || len(res.Payloads) != 1 {
		t.Fatalf("s.Warm?: %+v", res)
	}
	if data, _ := res.Payloads[0]["data"].(map[string]any); !strings.Contains(data["text/plain"].(string), "Warm(deg int) string") {
		t.Errorf("s.Warm? pages %v", res.Payloads[0])
	}
	res, rec := run(t, s, "?")
	if res.Err != nil || !strings.Contains(rec.out(), "gopad magics") {
		t.Errorf("a bare ?: %v, output %q", res.Err, rec.out())
	}
}
