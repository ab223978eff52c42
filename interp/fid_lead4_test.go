package interp

import "testing"

// lead4Programs are the lead's class programs of stop 24, each run whole
// and split (runFidPrograms).
var lead4Programs = []fidProgram{
	// A switch whose default clause is not last, where a clause that falls
	// into the default declares a name the default uses: the interpreter
	// runs the clauses in another order, and inlining the default into the
	// falling clause would read the clause's x. Refused where the switch
	// starts, after what the program printed before it.
	{name: "switch_fallthrough_shadow", src: `package main

import "fmt"

func classify(n int) {
	x := "outer"
	switch {
	case n > 10:
		x := "inner"
		fmt.Println("big", x)
		fallthrough
	default:
		fmt.Println("default sees", x)
	case n < 0:
		fmt.Println("negative")
	}
}

func main() {
	fmt.Println("start")
	classify(20)
	classify(-1)
}
`, want: "start\nbig inner\ndefault sees outer\nnegative\n",
		refusal: "gopad cannot run this switch: its default clause is not the last, and a clause that falls through declares x"},
	// The same under a label a clause breaks to: the refusal goes before
	// the label, which keeps naming the switch.
	{name: "switch_fallthrough_shadow_label", src: `package main

import "fmt"

func main() {
	fmt.Println("start")
	v := 0
loop:
	switch v {
	case 0:
		v := 5
		if v > 3 {
			break loop
		}
		fallthrough
	default:
		fmt.Println("v is", v)
	case 1:
	}
}
`, want: "start\n", refusal: "gopad cannot run this switch"},
}

func TestFidLead4Programs(t *testing.T) { runFidPrograms(t, lead4Programs) }
