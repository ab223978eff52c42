package main

import (
	"fmt"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
	"unicode/utf8"
)

type point struct{ x, y int }

func main() {
	p := point{1, 2}
	fmt.Printf("struct1: %v\n", p)
	fmt.Printf("struct2: %+v\n", p)
	fmt.Printf("struct3: %#v\n", p)
	fmt.Printf("type: %T\n", p)
	fmt.Printf("bool: %t\n", true)
	fmt.Printf("int: %d\n", 123)
	fmt.Printf("bin: %b\n", 14)
	fmt.Printf("char: %c\n", 33)
	fmt.Printf("hex: %x\n", 456)
	fmt.Printf("float1: %f\n", 78.9)
	fmt.Printf("float2: %e\n", 123400000.0)
	fmt.Printf("float3: %E\n", 123400000.0)
	fmt.Printf("str1: %s\n", "\"string\"")
	fmt.Printf("str2: %q\n", "\"string\"")
	fmt.Printf("str3: %x\n", "hex this")
	fmt.Printf("width1: |%6d|%6d|\n", 12, 345)
	fmt.Printf("width2: |%6.2f|%6.2f|\n", 1.2, 3.45)
	fmt.Printf("width3: |%-6.2f|%-6.2f|\n", 1.2, 3.45)
	fmt.Printf("width4: |%6s|%6s|\n", "foo", "b")
	fmt.Printf("width5: |%-6s|%-6s|\n", "foo", "b")
	fmt.Printf("%+d %05d %x %X %o %#o %#x %U\n", 5, -42, -255, 3054, 8, 8, 255, 0x1F600)
	fmt.Printf("%08.3f|%-8.2e|%g|%G\n", 3.14159, 1234.5678, 1e21, 1e-7)
	fmt.Printf("%v %v %v\n", []string{"a"}, map[string]int{"z": 1, "a": 2}, [2]bool{true})
	fmt.Printf("%*d|%-*d|\n", 5, 42, 4, 7)
	fmt.Printf("%[2]d %[1]d %d\n", 10, 20)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%!\n")
	fmt.Printf("%d\n")
	fmt.Printf("%d %d\n", 1, 2, 3)
	s := fmt.Sprintf("sprintf: a %s", "string")
	fmt.Println(s)
	fmt.Fprintf(os.Stderr, "io: an %s\n", "error")

	str := "Hello, 世界!"
	fmt.Println(len(str), utf8.RuneCountInString(str))
	for i, r := range str {
		if r > 127 {
			fmt.Printf("%d:%c(%d bytes) ", i, r, utf8.RuneLen(r))
		}
	}
	fmt.Println()
	fmt.Println(strings.Contains(str, "世"), strings.Index(str, "界"), strings.Count("cheese", "e"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.Split("a,b,c", ","), strings.SplitN("a,b,c", ",", 2), len(strings.Split("", ",")))
	fmt.Println(strings.TrimSpace("  hi  "), strings.Trim("xxhixx", "x"), strings.TrimLeft("aabc", "a"), strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Println(strings.Title("hello world"), strings.ToUpper("gopher"), strings.Repeat("ab", 3), strings.HasSuffix("file.go", ".go"))
	fmt.Println(strings.Fields("  a b   c "), strings.EqualFold("Go", "GO"), strings.LastIndex("go gopher", "go"))
	fmt.Println(strconv.Itoa(-45), strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatInt(255, 2), strconv.Quote("tab\there"))
	n, err := strconv.Atoi("12a")
	fmt.Println(n, err)
	f, _ := strconv.ParseFloat("2.5e3", 64)
	b, _ := strconv.ParseBool("true")
	i64, err := strconv.ParseInt("7fffffffffffffff0", 16, 64)
	fmt.Println(f, b, i64, err)

	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "name\tqty\tprice\t")
	fmt.Fprintln(w, "apple\t3\t1.25\t")
	fmt.Fprintln(w, "watermelon\t12\t0.5\t")
	w.Flush()
	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteString("liftoff")
	fmt.Println(sb.String(), sb.Len())
}
