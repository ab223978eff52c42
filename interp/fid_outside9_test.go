package interp

import "testing"

// outside9Programs are the class programs of the outside9 stop (programs
// other people wrote, o9_ in the corpus), each run whole and split
// (runFidPrograms).
var outside9Programs = []fidProgram{
	// A value of a struct type without a name that has methods from an
	// embedded field of a compiled type (String of time.Duration) is
	// refused where it becomes an interface that needs them: yaegi's
	// type has none of them, and fmt printed {1m30s lap} where Go prints
	// 1m30s (o9_goblog/compiling_var1). Such a struct embedding a
	// sync.Mutex, whose methods no interface needs here, still runs.
	{name: "anon_struct_promoted_string", src: `package main

import (
	"fmt"
	"sync"
	"time"
)

var counter = struct {
	sync.Mutex
	n map[string]int
}{n: map[string]int{}}

func main() {
	counter.Lock()
	counter.n["a"]++
	counter.Unlock()
	fmt.Println(counter.n)

	lap := struct {
		time.Duration
		name string
	}{90 * time.Second, "lap"}
	fmt.Println(lap.name, lap.Duration, lap.Minutes())

	fmt.Println(lap)
}
`, want: "map[a:1]\nlap 1m30s 1.5\n1m30s\n",
		refusal: "gopad cannot make an interface value of the unnamed type struct{time.Duration; name string}"},
	// A method value of os.Stdout, os.Stderr or of a value made from one
	// (os.Stdout.Write, bufio.NewWriter(os.Stdout).WriteString) stopped
	// with "the rewrites stdStreams and methodValues both change bytes"
	// (o9_goblog/go1_1_methodvals): methodValues rewrote the whole
	// selector and left the receiver as written.
	{name: "std_stream_method_values", src: `package main

import (
	"bufio"
	"fmt"
	"os"
)

func main() {
	var w func([]byte) (int, error)
	w = os.Stdout.Write
	w([]byte("hello!\n"))

	bw := bufio.NewWriter(os.Stdout)
	ws := bw.WriteString
	ws("buffered\n")
	fmt.Println("before the flush")
	bw.Flush()

	line := bufio.NewWriter(os.Stdout).WriteString
	n, err := line("dropped, never flushed\n")
	fmt.Println(n, err)
}
`, want: "hello!\nbefore the flush\nbuffered\n23 <nil>\n"},
	// A constant expression of a real type computed through imaginary
	// literals (var b byte = 1.0 + 3i - 3.0i) failed to compile, and one
	// of a complex type computed from real constants (var r complex64 =
	// 'b' - 'a') panicked in reflect.Value.Convert
	// (o9_goblog/constants_numbers1): constFold writes their values.
	{name: "constants_across_kinds", src: `package main

import "fmt"

const Two = 2.0

func main() {
	var b byte = 1.0 + 3i - 3.0i
	var f float32 = 2.5 + 1i*1i
	var n int = Two*3 + 0i
	fmt.Println(b, f, n)

	var r complex64 = 'b' - 'a'
	var z complex128 = Two * 1.25
	w := complex128(2.5 * 2)
	fmt.Println(r, z, w, real(w))

	fmt.Printf("%T %T %T\n", b, r, z)
}
`, want: "1 1.5 6\n(1+0i) (2.5+0i) (5+0i) 5\nuint8 complex64 complex128\n"},
	// xml.Unmarshal and Decoder.Decode into a cell's struct filled its
	// unexported fields, which yaegi exports at run time
	// (o9_beginners/xml_unexported): such a type is decoded through
	// encview's mirror, which leaves them out, as Go does.
	{name: "xml_unexported_fields", src: `package main

import (
	"encoding/xml"
	"fmt"
	"strings"
)

type Item struct {
	Name  string "xml:\"name,attr\""
	price int    "xml:\"price\""
	Qty   int    "xml:\"qty\""
}

type Order struct {
	ID    int    "xml:\"id\""
	note  string "xml:\"note\""
	Items []Item "xml:\"item\""
}

func main() {
	src := "<Order><id>7</id><note>secret</note><item name='a'><price>3</price><qty>2</qty></item><item name='b'><price>5</price><qty>1</qty></item></Order>"
	var o Order
	if err := xml.Unmarshal([]byte(src), &o); err != nil {
		fmt.Println(err)
	}
	fmt.Printf("%d %q %+v\n", o.ID, o.note, o.Items)

	var o2 Order
	o2.note = "kept"
	err := xml.NewDecoder(strings.NewReader(src)).Decode(&o2)
	fmt.Println(err, o2.ID, o2.note, len(o2.Items), o2.Items[1].price)
}
`, want: "7 \"\" [{Name:a price:0 Qty:2} {Name:b price:0 Qty:1}]\n<nil> 7 kept 2 0\n"},
	// A slice declared empty whose only other use is a conversion to a
	// string, string(s), besides len, cap and appends, is one Go's escape
	// analysis keeps on the stack: its first append uses the 32-byte
	// buffer (cap=32 for bytes, 8 for runes), where gopad grew it from the
	// heap (cap=8; janbodnar/Go-Examples binary.md, code block 6). One
	// handed to a function that keeps it grows from the heap in both.
	{name: "string_conversion_stack_append", src: `package main

import "fmt"

func main() {
	var data []byte
	data = append(data, 'H', 'e', 'l', 'l', 'o')
	fmt.Printf("len=%d cap=%d %s\n", len(data), cap(data), string(data))
	data = append(data, []byte(", World!")...)
	fmt.Printf("len=%d cap=%d %s\n", len(data), cap(data), string(data))

	var rs []rune
	for _, r := range "héllo" {
		rs = append(rs, r)
	}
	fmt.Println(len(rs), cap(rs), string(rs))

	var kept []byte
	kept = append(kept, 'a', 'b')
	keep(kept)
	fmt.Println(len(kept), cap(kept))
}

var sink []byte

func keep(b []byte) { sink = b }
`, want: "len=5 cap=32 Hello\nlen=13 cap=32 Hello, World!\n5 8 héllo\n2 8\n"},
	// A constant of a package imported with a dot (import . "math") beside
	// a float64 in a function's body, Pi * Pow(r, 2), stopped with
	// "mismatched types constant.ratVal and float64"
	// (o9_zetcode/packages_dot_import): pkgFloatConsts writes it as its
	// value. (Among a cell's top-level statements it still stops:
	// known_failures lists the program's split form.)
	{name: "dot_import_float_consts", src: `package main

import (
	"fmt"
	. "math"
)

func area(r float64) float64 { return Pi * Pow(r, 2) }

func circumference(r float64) float64 { return 2 * Pi * r }

func main() {
	fmt.Printf("%.4f %.4f\n", area(2), circumference(1.5))
}
`, want: "12.5664 9.4248\n"},
}

func TestOutside9Programs(t *testing.T) { runFidPrograms(t, outside9Programs) }
