package interp

import "testing"

// lead8Programs are the lead's class programs of stop 28, each run whole
// and split. Split, main's statements are cells of the session's top
// level, where a package-level name and main's variable of the same name
// would be one: main's variables that shadow a function, a constant or a
// variable a function reads get names of their own (mainshadow.go), and
// the functions keep the package's.
var lead8Programs = []fidProgram{
	{name: "main_shadows_package_names", src: `package main

import (
	"fmt"
	"strings"
)

const greeting = "hello"

var level = 3

var name = "global"

func title(s string) string { return strings.ToUpper(s[:1]) + s[1:] }

func describe() string {
	return fmt.Sprintf("%s %s at level %d", title(greeting), name, level)
}

func main() {
	fmt.Println(describe())
	level := "debug"
	greeting := []string{"hi", "hey"}
	fmt.Println(level, greeting, describe())

	name := strings.Repeat(name, 2)
	fmt.Println(name, len(name))
	title := title(name)
	fmt.Println(title, describe())

	counts := map[string]int{name: 1, level: 2}
	type entry struct {
		name  string
		level int
	}
	e := entry{name: "field", level: len(greeting)}
	fmt.Println(len(counts), counts[level], e)

	show := func() string { return fmt.Sprint(level, "/", name) }
	level = "trace"
	fmt.Println(show(), describe())

	for i, greeting := range []string{"x", "y"} {
		fmt.Print(i, greeting, " ")
	}
	fmt.Println(greeting)
}
`, want: "Hello global at level 3\ndebug [hi hey] Hello global at level 3\nglobalglobal 12\nGlobalglobal Hello global at level 3\n2 2 {field 2}\ntrace/globalglobal Hello global at level 3\n0x 1y [hi hey]\n"},
	{name: "main_var_statement_shadows", src: `package main

import "fmt"

var total = 100

var steps []string

func record(s string) { steps = append(steps, s) }

func report() { fmt.Println("package total", total, "steps", len(steps)) }

func main() {
	var total int
	for i := 1; i <= 4; i++ {
		total += i
		record(fmt.Sprint("add ", i))
	}
	fmt.Println("main total", total)
	report()

	var steps = map[string]bool{"local": true}
	record("more")
	fmt.Println(len(steps), steps["local"])
	report()

	total *= 10
	add := func(n int) { total += n }
	add(5)
	fmt.Println(total)
	report()
}
`, want: "main total 10\npackage total 100 steps 4\n1 true\npackage total 100 steps 5\n105\npackage total 100 steps 5\n"},
	// A key Go cannot hash, of a map[any]: Go words the panic of a read
	// (and a delete) apart from an assignment's (gopadBuiltin.AnyKeyRead).
	{name: "unhashable_key_reads", src: `package main

import "fmt"

type IntList []int

func get(m map[any]string, k any) (r string) {
	defer func() {
		if p := recover(); p != nil {
			r = fmt.Sprint("panic: ", p)
		}
	}()
	v, ok := m[k]
	return fmt.Sprint(v, " ", ok)
}
func put(m map[any]string, k any) (r string) {
	defer func() {
		if p := recover(); p != nil {
			r = fmt.Sprint("panic: ", p)
		}
	}()
	m[k] = "x"
	return "ok"
}
func main() {
	m := map[any]string{}
	var e any = []int{1}
	fmt.Println(get(m, IntList{1}), "|", put(m, IntList{1}), "|", get(m, e), "|", put(m, e))
}
`, want: "panic: hash of unhashable type: main.IntList | panic: runtime error: hash of unhashable type main.IntList | panic: hash of unhashable type: []int | panic: runtime error: hash of unhashable type []int\n"},
	// Constants of import . "math" in an operation among main's statements
	// cut into cells (the session's scope named no dot import).
	{name: "dot_import_constants", src: `package main

import (
	"fmt"
	. "math"
)

func area(r float64) float64 { return Pi * r * r }

func main() {
	radius := 5.0
	fmt.Printf("%.2f %.2f\n", Pi*Pow(radius, 2), area(radius))

	angle := 45.0
	radians := angle * Pi / 180
	fmt.Printf("%.4f %.4f %v\n", Sin(radians), Cos(radians), 2*E > 5)
}
`, want: "78.54 78.54\n0.7071 0.7071 true\n"},
	// Main's variables named like an imported package (errors, strings),
	// which the functions still use.
	{name: "main_shadows_imported_packages", src: `package main

import (
	"errors"
	"fmt"
	"strings"
)

func validate(s string) error {
	if s == "" {
		return errors.New("empty")
	}
	return nil
}

func main() {
	var errors []error
	for _, s := range []string{"a", "", "b", ""} {
		if err := validate(s); err != nil {
			errors = append(errors, err)
		}
	}
	fmt.Println(len(errors), errors)

	strings := strings.Fields(" x y  z ")
	fmt.Println(len(strings), strings)
	fmt.Println(validate(""))
}
`, want: "2 [empty empty]\n3 [x y z]\nempty\n"},
}

func TestFidelityLead8(t *testing.T) { runFidPrograms(t, lead8Programs) }
