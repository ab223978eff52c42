package main

import (
	"os"
	"strings"
	"testing"

	"github.com/gopad/gopad/interp/rewrite"
)

// TestInternalsListsThePipeline checks that docs/internals.md names every
// phase of interp/rewrite and every pass, in the order a chunk meets them,
// so that whoever looks for the pass a change belongs in finds it there.
func TestInternalsListsThePipeline(t *testing.T) {
	b, err := os.ReadFile("docs/internals.md")
	if err != nil {
		t.Fatal(err)
	}
	doc := string(b)
	start := strings.Index(doc, "## The pipeline")
	if start < 0 {
		t.Fatal(`docs/internals.md has no section "## The pipeline"`)
	}
	doc = doc[start:]
	at := 0
	for _, ph := range append(append([]rewrite.Phase{rewrite.LocalTypes}, rewrite.Pipeline...), rewrite.Result, rewrite.CellFunc) {
		for _, name := range append([]string{ph.Name}, passNames(ph)...) {
			i := strings.Index(doc[at:], "`"+name+"`")
			if i < 0 {
				t.Errorf("docs/internals.md's pipeline does not name %q (phase %s) after what comes before it", name, ph.Name)
				continue
			}
			at += i
		}
	}
}

func passNames(ph rewrite.Phase) []string {
	var names []string
	for _, p := range ph.Passes {
		names = append(names, p.Name)
	}
	return names
}
