package engine_test

import (
	"reflect"
	"testing"

	"github.com/gopad/gopad/kernel/engine"
)

// TestNewError: an error shows its name and value on one line unless its
// maker gives the traceback, and reads "name: value" as a Go error.
func TestNewError(t *testing.T) {
	e := engine.NewError(engine.ErrCompile, "1:5: undefined: x")
	want := []string{"\x1b[31mCompileError\x1b[0m: 1:5: undefined: x"}
	if e.Name != "CompileError" || e.Value != "1:5: undefined: x" || !reflect.DeepEqual(e.Traceback, want) {
		t.Errorf("got %#v", e)
	}
	if e.Error() != "CompileError: 1:5: undefined: x" {
		t.Errorf("Error() = %q", e.Error())
	}
	e = engine.NewError(engine.ErrExit, "os.Exit(3)", "line one", "line two")
	if !reflect.DeepEqual(e.Traceback, []string{"line one", "line two"}) {
		t.Errorf("given traceback replaced: %q", e.Traceback)
	}
}
