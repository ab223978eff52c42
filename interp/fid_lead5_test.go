package interp

import "testing"

// lead5Programs are the lead's class programs of stop 25, each run whole
// and split (runFidPrograms).
var lead5Programs = []fidProgram{
	// A template that prints a method's result of a cell's type over a
	// basic type with String, Error or Format: as an action's value, as
	// printf's and println's arguments, piped into printf, through an
	// embedded field's promoted method, a pointer method on a slice's
	// element, a (value, error) method, and in html/template.
	{name: "template_shown_results", src: `package main

import (
	"fmt"
	htmpl "html/template"
	"os"
	"text/template"
)

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Level int

func (l Level) Format(f fmt.State, verb rune) { fmt.Fprintf(f, "L<%d>", int(l)) }

type Code string

func (c Code) Error() string { return "code " + string(c) + " & more" }

type Base struct{ Cents int64 }

func (b Base) Price() Money { return Money(b.Cents) }

type Item struct {
	Base
	Name string
}

func (i Item) Lvl() Level           { return Level(len(i.Name)) }
func (i Item) Err() Code            { return Code(i.Name) }
func (i *Item) Twice() Money        { return Money(2 * i.Cents) }
func (i Item) Pair() (Money, error) { return Money(i.Cents + 1), nil }

func main() {
	t := template.Must(template.New("t").Parse("{{.Price}}|{{printf \"%d %8v %q %x\" .Price .Price .Price .Price}}|{{.Price | printf \"<%s>\"}}|{{println .Lvl .Err}}|{{.Pair}}|{{println .Name .Price}}"))
	it := Item{Base{1234}, "abc"}
	if err := t.Execute(os.Stdout, it); err != nil {
		fmt.Println(err)
	}
	t2 := template.Must(template.New("t2").Parse("{{range .}}{{.Twice}} {{.Price}};{{end}}\n"))
	t2.Execute(os.Stdout, []Item{it, {Base{5}, "z"}})
	h := htmpl.Must(htmpl.New("h").Parse("<b>{{.Err}}</b> {{.Price}}\n"))
	h.Execute(os.Stdout, it)
}
`, want: "$12.34|1234   $12.34 \"$12.34\" 2431322e3334|<$12.34>|L<3> code abc & more\n|$12.35|abc $12.34\n$24.68 $12.34;$0.10 $0.05;\n<b>code abc &amp; more</b> $12.34\n"},
	// Where the template uses such a result otherwise ({{if .Price}}),
	// gopad refuses the call; a program that ignores Execute's error
	// would go on with the template's output cut short, so the cell
	// stops.
	{name: "template_refusal_ignored", src: `package main

import (
	"fmt"
	"os"
	"text/template"
)

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Item struct{ Cents int64 }

func (i Item) Price() Money { return Money(i.Cents) }

func main() {
	t := template.Must(template.New("t").Parse("{{if .Price}}yes{{end}}\n"))
	t.Execute(os.Stdout, Item{250})
	fmt.Println("done")
}
`, want: "yes\ndone\n",
		refusal: "template: t:1:5: executing \"t\" at <.Price>: gopad cannot call main.Item.Price through reflect"},
	// A handler that recovers every panic does not swallow gopad's
	// refusal: the program would go on past an answer gopad cannot give.
	{name: "recover_refusal", src: `package main

import (
	"fmt"
	"reflect"
)

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", m/100, m%100) }

type Item struct{ Cents int64 }

func (i Item) Price() Money { return Money(i.Cents) }

func safe(f func()) {
	defer func() {
		if r := recover(); r != nil {
			fmt.Println("recovered:", r)
		}
	}()
	f()
}

func main() {
	safe(func() { panic("boom") })
	safe(func() {
		m := reflect.ValueOf(Item{5}).MethodByName("Price")
		fmt.Println(m.Call(nil)[0])
	})
	fmt.Println("end")
}
`, want: "recovered: boom\n$0.05\nend\n",
		refusal: "gopad cannot call main.Item.Price through reflect"},
}

func TestFidLead5Programs(t *testing.T) { runFidPrograms(t, lead5Programs) }
