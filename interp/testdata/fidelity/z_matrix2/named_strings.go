package main

import (
	"fmt"
	"strconv"
	"strings"
)

type Count int
type Name string
type Celsius float64
type Flag bool

type Money int64

func (m Money) String() string { return fmt.Sprintf("$%d.%02d", int64(m)/100, int64(m)%100) }

type Code int

func (c Code) Error() string { return fmt.Sprintf("code %d", int(c)) }

type Point struct{ X, Y int }

type Pair struct {
	K Name
	V Count
}

type Vec struct{ X, Y float64 }

func (v Vec) String() string { return fmt.Sprintf("<%g,%g>", v.X, v.Y) }

type Trio [3]int
type IntList []int
type Bag map[string]int

type Path string

func (p Path) Base() Path { return p[strings.LastIndex(string(p), "/")+1:] }

type Word string

func (w Word) String() string { return "«" + string(w) + "»" }

type Tags []Name

const (
	Red   Name = "red"
	Green Name = "green"
)

func show(v any) string { return fmt.Sprintf("%T(%v)", v, v) }

func main() {
	n := Name("hello")
	p := Path("/usr/lib/gopad.go")
	c := Count(3)
	t := Celsius(21.456)
	f := Flag(true)
	l := rune('é')
	w := Word("wörd")

	fmt.Printf("%-52s %s\n", "strings.ToUpper(string(n))", show(strings.ToUpper(string(n))))
	fmt.Printf("%-52s %s\n", "Name(strings.ToUpper(string(n)))", show(Name(strings.ToUpper(string(n)))))
	fmt.Printf("%-52s %s\n", "strings.Repeat(string(n), 2)", show(strings.Repeat(string(n), 2)))
	fmt.Printf("%-52s %s\n", "strings.Contains(string(n), \"ll\")", show(strings.Contains(string(n), "ll")))
	fmt.Printf("%-52s %s\n", "strings.Split(string(p), \"/\")", show(strings.Split(string(p), "/")))
	fmt.Printf("%-52s %s\n", "p.Base()", show(p.Base()))
	fmt.Printf("%-52s %s\n", "p[1:5]", show(p[1:5]))
	fmt.Printf("%-52s %s\n", "p + \"/x\"", show(p+"/x"))
	fmt.Printf("%-52s %s\n", "n + Red", show(n+Red))
	fmt.Printf("%-52s %s\n", "n < Red", show(n < Red))
	fmt.Printf("%-52s %s\n", "n == \"hello\"", show(n == "hello"))
	fmt.Printf("%-52s %s\n", "len(n)", show(len(n)))

	fmt.Printf("%-52s %s\n", "n[1]", show(n[1]))
	fmt.Printf("%-52s %s\n", "string(n[1])", show(string(n[1])))
	fmt.Printf("%-52s %s\n", "strings.EqualFold(string(n), \"HELLO\")", show(strings.EqualFold(string(n), "HELLO")))
	fmt.Printf("%-52s %s\n", "strings.Compare(string(Red), string(Green))", show(strings.Compare(string(Red), string(Green))))
	fmt.Printf("%-52s %s\n", "strconv.Quote(string(n))", show(strconv.Quote(string(n))))
	fmt.Printf("%-52s %s\n", "strconv.Itoa(int(c))", show(strconv.Itoa(int(c))))
	fmt.Printf("%-52s %s\n", "strconv.FormatFloat(float64(t), 'f', 2, 64)", show(strconv.FormatFloat(float64(t), 'f', 2, 64)))
	fmt.Printf("%-52s %s\n", "strconv.FormatBool(bool(f))", show(strconv.FormatBool(bool(f))))
	fmt.Printf("%-52s %s\n", "strconv.QuoteRune(rune(l))", show(strconv.QuoteRune(rune(l))))
	fmt.Printf("%-52s %s\n", "strings.TrimSuffix(string(p), \".go\")", show(strings.TrimSuffix(string(p), ".go")))
	fmt.Printf("%-52s %s\n", "Path(strings.TrimPrefix(string(p), \"/\"))", show(Path(strings.TrimPrefix(string(p), "/"))))
	fmt.Printf("%-52s %s\n", "strings.Fields(string(n) + \" \" + string(Red))", show(strings.Fields(string(n)+" "+string(Red))))

	fmt.Printf("%-52s %s\n", "strings.Join([]string{string(n), string(Red)}, \",\")", show(strings.Join([]string{string(n), string(Red)}, ",")))
	fmt.Printf("%-52s %s\n", "strings.Index(string(n), \"l\")", show(strings.Index(string(n), "l")))
	fmt.Printf("%-52s %s\n", "strings.Map(func(r rune) rune { return r + 1 }, string(n))", show(strings.Map(func(r rune) rune { return r + 1 }, string(n))))
	fmt.Printf("%-52s %s\n", "[]byte(n)", show([]byte(n)))
	fmt.Printf("%-52s %s\n", "[]rune(n)", show([]rune(n)))
	fmt.Printf("%-52s %s\n", "Name([]byte{72, 105})", show(Name([]byte{72, 105})))
	fmt.Printf("%-52s %s\n", "strings.Title(string(n))", show(strings.Title(string(n))))
	fmt.Printf("%-52s %s\n", "strings.Count(string(n), \"l\")", show(strings.Count(string(n), "l")))
	fmt.Printf("%-52s %s\n", "w", show(w))
	fmt.Printf("%-52s %s\n", "string(w)", show(string(w)))
	fmt.Printf("%-52s %s\n", "w + \"!\"", show(w+"!"))
	fmt.Printf("%-52s %s\n", "Word(strings.ToUpper(string(w)))", show(Word(strings.ToUpper(string(w)))))

	fmt.Printf("%-52s %s\n", "strings.ToUpper(w.String())", show(strings.ToUpper(w.String())))
	fmt.Printf("%-52s %s\n", "fmt.Sprint(w) == w.String()", show(fmt.Sprint(w) == w.String()))
	fmt.Printf("%-52s %s\n", "fmt.Sprint(n) == string(n)", show(fmt.Sprint(n) == string(n)))
	fmt.Printf("%-52s %s\n", "strings.NewReplacer(\"l\", \"L\").Replace(string(n))", show(strings.NewReplacer("l", "L").Replace(string(n))))
	fmt.Printf("%-52s %s\n", "Tags{n, Red}", show(Tags{n, Red}))
	fmt.Printf("%-52s %s\n", "strings.HasPrefix(string(p), \"/usr\")", show(strings.HasPrefix(string(p), "/usr")))
	fmt.Printf("%-52s %s\n", "strconv.AppendQuote(nil, string(n))", show(strconv.AppendQuote(nil, string(n))))
	fmt.Printf("%-52s %s\n", "string(Red[0]) + string(rune(c+64))", show(string(Red[0])+string(rune(c+64))))

	v, err := strconv.Atoi("12")
	cnt := Count(v)
	fmt.Println("Atoi into Count", cnt+1, err)
	x, err := strconv.ParseFloat("2.5", 64)
	fmt.Println("ParseFloat into Celsius", Celsius(x)*2, err)
	bl, err := strconv.ParseBool("true")
	fmt.Println("ParseBool into Flag", Flag(bl) == f, err)
	var sb strings.Builder
	for _, s := range []Name{n, Red, Green} {
		sb.WriteString(string(s))
		sb.WriteByte('|')
	}
	fmt.Println("builder", sb.String(), sb.Len())
	for i, r := range Name("añb") {
		fmt.Println("range", i, string(r), r)
	}
	switch n {
	case Red, Green:
		fmt.Println("switch color")
	case "hello":
		fmt.Println("switch hello")
	}
	m := map[Name]int{Red: 1, Green: 2}
	fmt.Println("map named keys", m["red"], m[Name("green")], len(m))
	words := strings.Fields("b a c")
	names := make([]Name, len(words))
	for i, s := range words {
		names[i] = Name(s)
	}
	fmt.Println("names", names, show(names))
	fmt.Println(strings.Join(strings.Split(string(p), "/"), "|"), show(p.Base().Base()))
}
