package interp

import (
	"os"
	"strings"
	"testing"
)

// lead7Programs are the lead's class programs of stop 27, each run whole
// and split. Split, main is cut at every blank line, after its defers
// too: a deferred release of a value the session keeps (a context's
// cancel, a temporary directory's removal, a channel's close, an
// iter.Pull's stop, a ticker's Stop, a file's Close) must not run when its
// cell ends, under the later cells that use the value.
var lead7Programs = []fidProgram{
	{name: "deferred_cancel", cutDefers: true, src: `package main

import (
	"context"
	"errors"
	"fmt"
	"time"
)

func fetch(ctx context.Context, id int, cost time.Duration) (string, error) {
	select {
	case <-time.After(cost):
		return fmt.Sprintf("item-%d", id), nil
	case <-ctx.Done():
		return "", fmt.Errorf("fetch %d: %w", id, ctx.Err())
	}
}

func main() {
	ctx, cancel := context.WithTimeout(context.Background(), 300*time.Millisecond)
	defer cancel()

	item, err := fetch(ctx, 1, 10*time.Millisecond)
	fmt.Println(item, err)

	_, err = fetch(ctx, 2, 2*time.Second)
	fmt.Println(err, errors.Is(err, context.DeadlineExceeded))

	parent, stop := context.WithCancelCause(context.Background())
	defer stop(nil)

	fmt.Println(parent.Err(), context.Cause(parent))
	stop(errors.New("shutting down"))
	fmt.Println(parent.Err(), context.Cause(parent))
}
`, want: "item-1 <nil>\nfetch 2: context deadline exceeded true\n<nil> <nil>\ncontext canceled shutting down\n"},
	{name: "deferred_remove_close", cutDefers: true, src: `package main

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

func main() {
	dir, err := os.MkdirTemp("", "notes")
	if err != nil {
		fmt.Println(err)
		return
	}
	defer os.RemoveAll(dir)

	index, err := os.Create(filepath.Join(dir, "index.txt"))
	if err != nil {
		fmt.Println(err)
		return
	}
	defer index.Close()

	for i, name := range []string{"beta", "alpha", "gamma"} {
		p := filepath.Join(dir, name+".md")
		os.WriteFile(p, []byte(strings.Repeat(name+"\n", i+1)), 0o644)
		fmt.Fprintln(index, name)
	}

	entries, _ := os.ReadDir(dir)
	var names []string
	for _, e := range entries {
		names = append(names, e.Name())
	}
	sort.Strings(names)
	fmt.Println(names)

	f, _ := os.Open(filepath.Join(dir, "gamma.md"))
	sc := bufio.NewScanner(f)
	n := 0
	for sc.Scan() {
		n++
	}
	f.Close()
	fmt.Println("gamma lines:", n)

	data, _ := os.ReadFile(filepath.Join(dir, "index.txt"))
	fmt.Printf("%q\n", data)
}
`, want: "[alpha.md beta.md gamma.md index.txt]\ngamma lines: 3\n\"beta\\nalpha\\ngamma\\n\"\n"},
	{name: "deferred_close_done", cutDefers: true, src: `package main

import "fmt"

func squares(done <-chan struct{}) <-chan int {
	out := make(chan int)
	go func() {
		defer close(out)
		for i := 1; ; i++ {
			select {
			case out <- i * i:
			case <-done:
				return
			}
		}
	}()
	return out
}

func main() {
	done := make(chan struct{})
	defer close(done)

	sq := squares(done)
	fmt.Println(<-sq, <-sq, <-sq)

	sum := 0
	for range 4 {
		sum += <-sq
	}
	fmt.Println("next four sum to", sum)
}
`, want: "1 4 9\nnext four sum to 126\n"},
	{name: "deferred_pull_stop", cutDefers: true, src: `package main

import (
	"fmt"
	"iter"
)

func fib() iter.Seq[int] {
	return func(yield func(int) bool) {
		a, b := 0, 1
		for {
			if !yield(a) {
				return
			}
			a, b = b, a+b
		}
	}
}

func main() {
	next, stop := iter.Pull(fib())
	defer stop()

	for range 5 {
		v, ok := next()
		fmt.Print(v, " ", ok, "; ")
	}
	fmt.Println()

	v, ok := next()
	fmt.Println("sixth:", v, ok)
}
`, want: "0 true; 1 true; 1 true; 2 true; 3 true; \nsixth: 5 true\n"},
	{name: "deferred_ticker_stop", cutDefers: true, src: `package main

import (
	"fmt"
	"time"
)

func main() {
	ticker := time.NewTicker(20 * time.Millisecond)
	defer ticker.Stop()

	ticks := 0
	deadline := time.After(time.Second)
loop:
	for ticks < 3 {
		select {
		case <-ticker.C:
			ticks++
		case <-deadline:
			break loop
		}
	}
	fmt.Println("ticks:", ticks)

	select {
	case <-ticker.C:
		fmt.Println("still ticking")
	case <-time.After(time.Second):
		fmt.Println("stopped")
	}
}
`, want: "ticks: 3\nstill ticking\n"},
	// encoding/xml decodes into a cell's struct that embeds another (by
	// value and by pointer), through xml.Unmarshal and Decoder.Decode,
	// keeping the values set before and what it decoded before an error.
	{name: "xml_decode_embedded", src: `package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

type Audit struct {
	CreatedBy string ` + "`" + `xml:"created_by,attr"` + "`" + `
	Version   int    ` + "`" + `xml:"version"` + "`" + `
}

type Money struct {
	Currency string  ` + "`" + `xml:"currency,attr"` + "`" + `
	Amount   float64 ` + "`" + `xml:",chardata"` + "`" + `
}

type Line struct {
	SKU   string ` + "`" + `xml:"sku,attr"` + "`" + `
	Qty   int    ` + "`" + `xml:"qty"` + "`" + `
	Price Money  ` + "`" + `xml:"price"` + "`" + `
}

type Order struct {
	XMLName xml.Name ` + "`" + `xml:"order"` + "`" + `
	ID      string   ` + "`" + `xml:"id,attr"` + "`" + `
	Audit
	Lines []Line ` + "`" + `xml:"lines>line"` + "`" + `
	Note  string ` + "`" + `xml:"note,omitempty"` + "`" + `
}

type Tagged struct {
	*Audit
	Name string ` + "`" + `xml:"name"` + "`" + `
}

const doc = ` + "`" + `<order id="A-17" created_by="ana">
  <version>3</version>
  <lines>
    <line sku="pen"><qty>2</qty><price currency="EUR">1.5</price></line>
    <line sku="pad"><qty>1</qty><price currency="EUR">4.25</price></line>
  </lines>
</order>` + "`" + `

func main() {
	o := Order{Note: "kept"}
	if err := xml.Unmarshal([]byte(doc), &o); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%s by %s v%d, note %q\n", o.ID, o.CreatedBy, o.Version, o.Note)
	total := 0.0
	for _, l := range o.Lines {
		total += float64(l.Qty) * l.Price.Amount
		fmt.Printf("%-4s x%d %.2f %s\n", l.SKU, l.Qty, l.Price.Amount, l.Price.Currency)
	}
	fmt.Printf("total %.2f\n", total)

	out, _ := xml.MarshalIndent(o, "", " ")
	var back Order
	err := xml.Unmarshal(out, &back)
	fmt.Println(err, back.Audit == o.Audit, len(back.Lines), back.Lines[1].Price)

	dec := xml.NewDecoder(strings.NewReader(` + "`" + `<Tagged created_by="bo"><version>7</version><name>x</name></Tagged>` + "`" + `))
	var t Tagged
	err = dec.Decode(&t)
	fmt.Println(err, t.Name, t.Audit != nil && t.CreatedBy == "bo" && t.Version == 7)

	var bad Order
	err = xml.Unmarshal([]byte(` + "`" + `<order id="B"><version>seven</version></order>` + "`" + `), &bad)
	fmt.Println(err != nil, bad.ID)
}
`, want: "A-17 by ana v3, note \"kept\"\npen  x2 1.50 EUR\npad  x1 4.25 EUR\ntotal 7.25\n<nil> true 2 {EUR 4.25}\n<nil> x true\ntrue B\n"},
	// Package-level variables that take several values from one
	// expression (a call, a comma-ok index), read by the functions
	// declared with them and by a later variable's initializer.
	{name: "tuple_vars", src: `package main

import (
	"fmt"
	"strconv"
	"strings"
	"time"
)

const layout = "2006-01-02"

var epoch, _ = time.Parse(layout, "2024-01-01")

var defaults = map[string]string{"workers": "4", "name": "svc"}

var (
	workersText, hasWorkers = defaults["workers"]
	workers, parseErr       = strconv.Atoi(workersText)
	host, port, found       = strings.Cut("localhost:8080", ":")
)

var total = budget()

func budget() int { return workers * 10 }

func daysSince(d string) int {
	t, err := time.Parse(layout, d)
	if err != nil {
		return -1
	}
	return int(t.Sub(epoch).Hours() / 24)
}

func describe() string {
	return fmt.Sprintf("%s:%s found=%v workers=%d (%v, err=%v)", host, port, found, workers, hasWorkers, parseErr)
}

func main() {
	fmt.Println(describe())
	fmt.Println("budget", total)
	fmt.Println("days", daysSince("2024-03-01"), daysSince("bad"))
	fmt.Println(epoch.Format(time.RFC1123))
}
`, want: "localhost:8080 found=true workers=4 (true, err=<nil>)\nbudget 40\ndays 60 -1\nMon, 01 Jan 2024 00:00:00 UTC\n"},
	// A failed assertion to error, in a function, of a value of a cell's
	// type over a basic type or a slice: Go's message names the type.
	{name: "assert_error_named_basic", src: `package main

import (
	"errors"
	"fmt"
)

type Celsius float64

type Codes []int

func describe(v any) (out string) {
	defer func() {
		if r := recover(); r != nil {
			out = fmt.Sprint("recovered: ", r)
		}
	}()
	if msg := v.(error).Error(); msg != "" {
		return "error: " + msg
	}
	return "empty error"
}

func main() {
	fmt.Println(describe(errors.New("disk full")))
	fmt.Println(describe(Celsius(21.5)))
	fmt.Println(describe(Codes{1, 2}))
	fmt.Println(describe("plain"))
}
`, want: "error: disk full\nrecovered: interface conversion: main.Celsius is not error: missing method Error\nrecovered: interface conversion: main.Codes is not error: missing method Error\nrecovered: interface conversion: string is not error: missing method Error\n"},
	// A verb fmt takes as bad for a nil pointer to a cell's type over a
	// basic type names the pointer type as Go does (%!s(*main.Count=<nil>)),
	// and a pointer whose String handles nil prints it.
	{name: "bad_verb_nil_pointers", src: `package main

import "fmt"

type Count int

type Label string

type Temp float64

func (t *Temp) String() string {
	if t == nil {
		return "no reading"
	}
	return fmt.Sprintf("%.1f°", float64(*t))
}

func main() {
	var c *Count
	var l *Label
	var t *Temp
	fmt.Printf("%s|%q|%f|%t\n", c, c, c, c)
	fmt.Printf("%d|%v|%x\n", c, c, c)
	fmt.Printf("%s|%8.2f|%c\n", l, l, l)
	fmt.Printf("%s|%v|%d\n", t, t, t)
	n := Count(3)
	fmt.Printf("%d %v\n", n, *(&n))
}
`, want: "%!s(*main.Count=<nil>)|%!q(*main.Count=<nil>)|%!f(*main.Count=<nil>)|%!t(*main.Count=<nil>)\n0|<nil>|0\n%!s(*main.Label=<nil>)|%!f(*main.Label=   <nil>)|%!c(*main.Label=<nil>)\nno reading|no reading|0\n3 3\n"},
}

func TestFidelityLead7(t *testing.T) { runFidPrograms(t, lead7Programs) }

// TestKeptReleaseRunsAtClose: a release a cell kept runs when the session
// closes, so a temporary directory a cell made and deferred the removal
// of (and did not use itself) is there for the next cell, and gone then.
func TestKeptReleaseRunsAtClose(t *testing.T) {
	s := newSession(t)
	run(t, s, `import ("fmt"; "os")`)
	run(t, s, "dir, _ := os.MkdirTemp(\"\", \"gopad-kept\")\ndefer os.RemoveAll(dir)")
	res, rec := run(t, s, "fmt.Println(dir)")
	if res.Err != nil {
		t.Fatalf("cell failed: %s", res.Err.Value)
	}
	dir := strings.TrimSpace(rec.out())
	if _, err := os.Stat(dir); err != nil {
		t.Fatalf("the directory is gone before the session ends: %v", err)
	}
	s.Close()
	if _, err := os.Stat(dir); !os.IsNotExist(err) {
		os.RemoveAll(dir)
		t.Fatalf("the directory is still there after Close (%v)", err)
	}
}

// TestReleaseEndsItsOwnCell: a cell that uses what it releases is a whole
// piece of work: its deferred cancel runs when it ends, so the goroutine it
// started stops then, and the next cell sees the context cancelled.
func TestReleaseEndsItsOwnCell(t *testing.T) {
	s := newSession(t)
	run(t, s, `import ("context"; "fmt")`)
	res, _ := run(t, s, "ctx, cancel := context.WithCancel(context.Background())\ndefer cancel()\nstopped := make(chan bool)\ngo func() { <-ctx.Done(); stopped <- true }()")
	if res.Err != nil {
		t.Fatalf("cell failed: %s", res.Err.Value)
	}
	res, rec := run(t, s, "fmt.Println(ctx.Err(), <-stopped)")
	if res.Err != nil || rec.out() != "context canceled true\n" {
		t.Fatalf("after the cell: %q (%v), want the context cancelled and its goroutine stopped", rec.out(), res.Err)
	}
}
