package rewrite

import (
	"strings"
	"testing"

	"github.com/gopad/gopad/interp/source"
)

// A pass that panics stops the chunk with an error naming it, instead of
// the session's process.
func TestPassPanicIsError(t *testing.T) {
	broken := Pass{Name: "broken", Run: func(*Unit) []source.Edit { panic("index out of range") }}
	_, err := Env{}.Run(source.Chunk{Kind: source.Stmt, Src: "x := 1", Line: 1, Col: 1}, Phase{Name: "test", Passes: []Pass{broken}})
	if err == nil || !strings.Contains(err.Error(), "gopad's pass broken failed") {
		t.Fatalf("error %v, want one naming the pass", err)
	}
}
