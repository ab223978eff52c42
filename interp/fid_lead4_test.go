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
	// log's file and line flags computed at run time (a config, a verbose
	// switch): gopad cannot print the program's file and line, and refuses
	// the flags when they are set, after what was logged before.
	{name: "log_flags_at_run_time", src: `package main

import (
	"log"
	"os"
)

type config struct{ verbose bool }

func flagsFor(c config) int {
	f := 0
	if c.verbose {
		f |= log.Lshortfile
	}
	return f
}

func main() {
	quiet := log.New(os.Stdout, "[q] ", flagsFor(config{}))
	quiet.Println("quiet logger")
	loud := log.New(os.Stdout, "[v] ", flagsFor(config{verbose: true}))
	loud.Println("verbose logger")
}
`, want: "[q] quiet logger\n[v] main.go:22: verbose logger\n",
		refusal: "gopad cannot print a cell's file and line in log output"},
	// slog's source attribute: the record's file and line would be gopad's
	// own (reflect/value.go), so handlers that add it are refused.
	{name: "slog_add_source", src: `package main

import (
	"log/slog"
	"os"
	"path/filepath"
)

func main() {
	trim := func(groups []string, a slog.Attr) slog.Attr {
		switch a.Key {
		case slog.TimeKey:
			return slog.Attr{}
		case slog.SourceKey:
			src := a.Value.Any().(*slog.Source)
			src.File = filepath.Base(src.File)
		}
		return a
	}
	plain := slog.New(slog.NewTextHandler(os.Stdout, &slog.HandlerOptions{ReplaceAttr: trim}))
	plain.Info("plain", "n", 1)
	opts := &slog.HandlerOptions{ReplaceAttr: trim}
	opts.AddSource = true
	withSource := slog.New(slog.NewJSONHandler(os.Stdout, opts))
	withSource.Info("sourced", "n", 2)
}
`, want: "level=INFO msg=plain n=1\n{\"level\":\"INFO\",\"source\":{\"function\":\"main.main\",\"file\":\"main.go\",\"line\":25},\"msg\":\"sourced\",\"n\":2}\n",
		refusal: "gopad cannot add the source of a log record"},
	// Pointers to maps of Stringers printed as operands (& and the map, the
	// values through String), and %+v of pointers to slices and arrays of
	// them, which printed the structs' fields.
	{name: "pointers_to_stringer_containers", src: `package main

import "fmt"

type Day struct {
	Name string
	N    int
}

func (d Day) String() string { return fmt.Sprintf("%s#%d", d.Name, d.N) }

type Week map[int]Day

func main() {
	byDay := map[int]Day{1: {"mon", 7}, 2: {"tue", 3}}
	fmt.Println(&byDay)
	fmt.Printf("%v|%+v|%s\n", &byDay, &byDay, &byDay)
	w := Week{3: {"wed", 1}}
	pw := &w
	fmt.Println(pw, len(*pw))
	fmt.Printf("%v %d\n", pw, len(w))
	days := []Day{{"a", 1}, {"b", 2}}
	fmt.Printf("%v|%+v|%s\n", &days, &days, &days)
	arr := [2]Day{{"c", 3}, {"d", 4}}
	fmt.Printf("%v|%+v\n", &arr, &arr)
	var nilw *Week
	fmt.Println(nilw)
	fmt.Printf("%v\n", nilw)
}
`, want: `&map[1:mon#7 2:tue#3]
&map[1:mon#7 2:tue#3]|&map[1:mon#7 2:tue#3]|&map[%!s(int=1):mon#7 %!s(int=2):tue#3]
&map[3:wed#1] 1
&map[3:wed#1] 1
&[a#1 b#2]|&[a#1 b#2]|&[a#1 b#2]
&[c#3 d#4]|&[c#3 d#4]
<nil>
<nil>
`},
}

func TestFidLead4Programs(t *testing.T) { runFidPrograms(t, lead4Programs) }
