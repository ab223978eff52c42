package interp

import (
	"fmt"
	"strings"
	"testing"
)

// lead6Programs are the lead's class programs of stop 26, each run whole
// and split (runFidPrograms).
var lead6Programs = []fidProgram{
	// A deferred call of a goroutine literal panics: Go ends the program
	// with that panic. The deferred calls after it still run (wg.Done),
	// and the cell ends with the panic instead of the session's process.
	{name: "goroutine_deferred_panic", src: `package main

import (
	"fmt"
	"sync"
	"time"
)

func main() {
	var wg sync.WaitGroup
	ch := make(chan int)
	close(ch)
	wg.Add(1)
	go func() {
		defer wg.Done()
		defer close(ch)
		fmt.Println("in goroutine")
	}()
	wg.Wait()
	time.Sleep(100 * time.Millisecond)
	fmt.Println("end")
}
`, want: "in goroutine\n", refusal: "close of closed channel"},
	// A deferred call of a compiled function or method, or the builtin
	// close, panics in a function whose deferred literal recovers: Go
	// recovers that panic.
	{name: "deferred_compiled_panic_recovered", src: `package main

import (
	"errors"
	"fmt"
	"sync"
)

func closeTwice(ch chan int) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	defer close(ch)
	return nil
}

func doneTwice() (err error) {
	var wg sync.WaitGroup
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
		}
	}()
	defer wg.Done()
	return errors.New("not reached")
}

type pool struct{ mu sync.Mutex }

func (p *pool) use(f func()) (ok bool) {
	p.mu.Lock()
	defer p.mu.Unlock()
	defer func() { ok = recover() == nil }()
	f()
	return true
}

func main() {
	ch := make(chan int)
	close(ch)
	fmt.Println(closeTwice(ch))
	fmt.Println(closeTwice(make(chan int)))
	fmt.Println(doneTwice())
	var p pool
	fmt.Println(p.use(func() {}), p.use(func() { panic("x") }), p.use(func() {}))
}
`, want: "recovered: close of closed channel\n<nil>\nrecovered: sync: negative WaitGroup counter\ntrue false true\n"},
}

func TestFidelityLead6(t *testing.T) { runFidPrograms(t, lead6Programs) }

// TestFidelityManyImplementers prints through an interface that twenty
// struct types implement, each with fields of that interface: the
// printers written for one kind of value inside another once grew as
// twenty to the power of the nesting, and the cell never finished
// rewriting.
func TestFidelityManyImplementers(t *testing.T) {
	runFidPrograms(t, []fidProgram{{name: "twenty_node_types", src: manyNodeTypes(20), want: `61
Add 61
Lit &{<nil> <nil> 9 leaf []}
&{<nil> <nil> 9 leaf []} &{L:<nil> R:<nil> V:9 Tag:leaf Kids:[]}
&{<nil> <nil> 2  []} {<nil> <nil> 2  []}
`}})
}

// manyNodeTypes is a program with n node types of an expression tree.
func manyNodeTypes(n int) string {
	names := []string{"Lit", "Ident", "Add", "Sub", "Mul", "Div", "Neg", "Call", "Index", "Field",
		"If", "While", "Block", "Assign", "Return", "Let", "Fn", "Arr", "Map", "Str"}[:n]
	var b strings.Builder
	b.WriteString("package main\n\nimport (\n\t\"fmt\"\n\t\"strings\"\n)\n\n")
	b.WriteString("type Node interface {\n\tEval(env map[string]int) int\n\tKind() string\n}\n\n")
	for i, name := range names {
		fmt.Fprintf(&b, "type %s struct {\n\tL, R Node\n\tV    int\n\tTag  string\n\tKids []Node\n}\n\n", name)
		fmt.Fprintf(&b, "func (n *%s) Eval(env map[string]int) int {\n\ts := n.V\n\tif n.L != nil {\n\t\ts += n.L.Eval(env)\n\t}\n"+
			"\tif n.R != nil {\n\t\ts += %d * n.R.Eval(env)\n\t}\n\tfor _, k := range n.Kids {\n\t\ts += k.Eval(env)\n\t}\n\treturn s\n}\n\n", name, i+1)
		fmt.Fprintf(&b, "func (n *%s) Kind() string { return %q }\n\n", name, name)
	}
	b.WriteString(`func dump(n Node, depth int, b *strings.Builder) {
	fmt.Fprintf(b, "%s%s %v\n", strings.Repeat("  ", depth), n.Kind(), n.Eval(nil))
}

func main() {
	tree := &Add{L: &Lit{V: 1}, R: &Mul{L: &Lit{V: 2}, R: &Neg{V: 3}}, Kids: []Node{&Str{V: 4}, &Call{V: 5}}}
	fmt.Println(tree.Eval(nil))
	var b strings.Builder
	dump(tree, 0, &b)
	fmt.Print(b.String())
	var n Node = &Lit{V: 9, Tag: "leaf"}
	fmt.Println(n.Kind(), n)
	fmt.Printf("%v %+v\n", n, n)
	v := Neg{V: 2, Kids: []Node{}}
	var vn Node = &v
	fmt.Println(vn, v)
}
`)
	return b.String()
}
