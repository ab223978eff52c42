package interp

import (
	"os"
	"path/filepath"
	"testing"
)

// left8Program is a program of testdata/fidelity/x_left8 with what go run
// printed (its .out), and the start of gopad's refusal where gopad
// refuses it.
func left8Program(t *testing.T, name, refusal string) fidProgram {
	t.Helper()
	base := filepath.Join("testdata", "fidelity", "x_left8", name)
	src, err := os.ReadFile(base + ".go")
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile(base + ".out")
	if err != nil {
		t.Fatal(err)
	}
	return fidProgram{name: name, src: string(src), want: string(want), refusal: refusal}
}

// TestFidelityHeldTooDeep: a tree or list of struct values held in a
// cell's interface, printed with fmt, whose nodes' fields print through
// String (an operator, a token's kind, a color) deeper than gopad writes
// printers for (rewrite/fmtdynamic.go's heldDepth) stops the cell naming
// the node type and the interface; it printed the fields without their
// methods ({2 {4} {5}} for {* {4} {5}}). Trees whose fields have no such
// method print as Go prints them, at any depth.
func TestFidelityHeldTooDeep(t *testing.T) {
	const refusal = "gopad cannot print a main."
	runFidPrograms(t, []fidProgram{
		left8Program(t, "held_op_ast", refusal),
		left8Program(t, "held_token_list", refusal),
		left8Program(t, "held_shape_groups", refusal),
		left8Program(t, "held_expr_tree", ""),
		left8Program(t, "held_cons_list", ""),
		left8Program(t, "held_json_value", ""),
	})
}

// TestFidelityAssertMessages: failed single-valued assertions recovered
// and printed (and one uncaught) give Go's text: a value of a cell's type
// over a basic type asserted to an interface it lacks names the type
// (main.Port, not int: rewrite/ifaceassert.go's bareNamedMisses), and one
// in a compiled interface asserted to a concrete type names both
// ("fmt.Stringer is main.Temp, not main.Point", where yaegi's read
// "float64 is not main.Point: missing method "); a cell's type whose
// run-time type in yaegi is another's (type IDs []ID, which yaegi runs as
// []int) is in that type's family for rewrite/lostidentity.go's keptFamily
// (runTimeType): an IDs passed x.([]int), and the message named int for an
// ID.
func TestFidelityAssertMessages(t *testing.T) {
	runFidPrograms(t, []fidProgram{
		left8Program(t, "assert_iface_targets", ""),
		left8Program(t, "assert_msgs_recovered", ""),
		left8Program(t, "assert_msgs_named", ""),
		left8Program(t, "assert_loop_values", ""),
		left8Program(t, "assert_captured_any", ""),
	})
}

// TestFidelityOnceValues: sync.OnceValue and sync.OnceValues of functions
// that return a cell's interface, any, error, a pointer, a slice of an
// interface, a cell's struct, a map of cell types or a generic type, and
// one that panics, run as Go's (rewrite/oncevalues.go); a cell's interface
// result stopped the cell (reflect.Set ... interp.valueInterface) and an
// any result came back nil.
func TestFidelityOnceValues(t *testing.T) {
	runFidPrograms(t, []fidProgram{
		left8Program(t, "once_iface", ""),
		left8Program(t, "once_values_iface", ""),
		left8Program(t, "once_mixed_results", ""),
		left8Program(t, "once_values_config", ""),
		left8Program(t, "once_registry", ""),
	})
}
