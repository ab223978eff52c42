package interp

import (
	"strings"
	"testing"
)

// fidProgram is a program of a class test: run whole (pasted into one
// cell) and split into notebook cells, it prints want, what go run
// printed; or, where gopad refuses the construct, it stops with an error
// starting with refusal after printing a start of want.
type fidProgram struct {
	name, src, want string
	refusal         string // the start of the error that stops the program; "" when it runs to its end
	// cutDefers cuts main at every blank line, a defer's statements after
	// it too (blankLineCells), for the split form.
	cutDefers bool
}

// runFidPrograms runs each program whole and split, in fresh sessions.
func runFidPrograms(t *testing.T, programs []fidProgram) {
	for _, p := range programs {
		t.Run(p.name, func(t *testing.T) {
			cut := notebookCells
			if p.cutDefers {
				cut = blankLineCells
			}
			cells, err := cut(p.src)
			if err != nil {
				t.Fatal(err)
			}
			for _, form := range []struct {
				name  string
				cells []string
			}{{"whole", []string{pastedForm(p.src)}}, {"split", cells}} {
				out, errText := runFidCells(t, form.cells)
				switch {
				case p.refusal == "" && errText != "":
					t.Errorf("%s: stopped: %s\noutput: %q", form.name, errText, out)
				case p.refusal == "" && out != p.want:
					t.Errorf("%s: printed\n%s\nwant\n%s", form.name, out, p.want)
				case p.refusal != "" && !strings.HasPrefix(errText, p.refusal):
					t.Errorf("%s: error %q, want one starting %q (output %q)", form.name, errText, p.refusal, out)
				case p.refusal != "" && !strings.HasPrefix(p.want, out):
					t.Errorf("%s: printed %q before the refusal, which is not what go run printed first (%q)", form.name, out, p.want)
				}
			}
		})
	}
}

// runFidCells runs cells in a fresh session until one fails: what they
// printed, and the error's text.
func runFidCells(t *testing.T, cells []string) (out, errText string) {
	s := newSession(t)
	for _, c := range cells {
		res, rec := run(t, s, c)
		out += rec.out()
		if res.Err != nil {
			return out, res.Err.Value
		}
	}
	return out, ""
}
