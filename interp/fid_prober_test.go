package interp

import "testing"

// A goto to a label on a return without results (done: return) returns,
// as in Go; the interpreter looped through its own exec closures until the
// stack overflowed and the session's process died.
func TestFidProberGotoLabeledReturn(t *testing.T) {
	runFidPrograms(t, []fidProgram{
		{name: "named_results", src: `package main

import "fmt"

func find(words []string, w string) (idx int, err error) {
	for i, x := range words {
		switch {
		case x == "":
			err = fmt.Errorf("empty word at %d", i)
			goto done
		case x == w:
			idx = i
			goto done
		}
	}
	idx = -1
done:
	return
}

func main() {
	fmt.Println(find([]string{"a", "b"}, "b"))
	fmt.Println(find([]string{"a", "", "b"}, "b"))
	fmt.Println(find([]string{"a"}, "z"))
}
`, want: "1 <nil>\n0 empty word at 1\n-1 <nil>\n"},
		{name: "no_results_and_loop_label", src: `package main

import "fmt"

var seen []int

func visit(grid [][]int) {
	for _, row := range grid {
		for _, v := range row {
			if v < 0 {
				goto out
			}
			seen = append(seen, v)
		}
	}
out: return
}

func main() {
	visit([][]int{{1, 2}, {3, -1, 4}, {5}})
	visit(nil)
	fmt.Println(seen)
}
`, want: "[1 2 3]\n"},
	})
}
