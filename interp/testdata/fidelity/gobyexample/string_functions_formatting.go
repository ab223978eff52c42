package main

import (
	"fmt"
	"os"
	s "strings"
	"unicode/utf8"
)

var p = fmt.Println

type point struct {
	x, y int
}

func main() {
	p("Contains:  ", s.Contains("test", "es"))
	p("Count:     ", s.Count("test", "t"))
	p("HasPrefix: ", s.HasPrefix("test", "te"))
	p("HasSuffix: ", s.HasSuffix("test", "st"))
	p("Index:     ", s.Index("test", "e"))
	p("Join:      ", s.Join([]string{"a", "b"}, "-"))
	p("Repeat:    ", s.Repeat("a", 5))
	p("Replace:   ", s.Replace("foo", "o", "0", -1))
	p("Replace:   ", s.Replace("foo", "o", "0", 1))
	p("Split:     ", s.Split("a-b-c-d-e", "-"))
	p("ToLower:   ", s.ToLower("TEST"))
	p("ToUpper:   ", s.ToUpper("test"))
	p("Fields:    ", s.Fields("  a b   c "))
	p("Title-ish: ", s.ToUpper("hello"[:1])+"hello"[1:])
	p("TrimSpace: ", s.TrimSpace("  padded  "))
	p("TrimFunc:  ", s.TrimLeft("xxhixx", "x"))
	p("EqualFold: ", s.EqualFold("Go", "GO"))
	before, after, found := s.Cut("key=value", "=")
	p("Cut:       ", before, after, found)

	pt := point{1, 2}
	fmt.Printf("struct1: %v\n", pt)
	fmt.Printf("struct2: %+v\n", pt)
	fmt.Printf("struct3: %#v\n", pt)
	fmt.Printf("type: %T\n", pt)
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
	fmt.Printf("pointer is set: %t\n", &pt != nil)
	fmt.Printf("width1: |%6d|%6d|\n", 12, 345)
	fmt.Printf("width2: |%6.2f|%6.2f|\n", 1.2, 3.45)
	fmt.Printf("width3: |%-6.2f|%-6.2f|\n", 1.2, 3.45)
	fmt.Printf("width4: |%6s|%6s|\n", "foo", "b")
	fmt.Printf("width5: |%-6s|%-6s|\n", "foo", "b")
	str := fmt.Sprintf("sprintf: a %s", "string")
	fmt.Println(str)
	fmt.Fprintf(os.Stderr, "io: an %s\n", "error")
	fmt.Printf("%08.3f|%+d|%x|%X|%o|%#x\n", 3.14159, 42, 255, 255, 8, 255)
	fmt.Printf("%v %v %v\n", []int{1, 2}, map[string]int{"z": 1, "a": 2}, [2]bool{true})
	fmt.Printf("%q %v %d\n", 'x', 'x', 'x')
	fmt.Printf("%5.1f%%\n", 99.5)

	const th = "สวัสดี"
	p("Len:", len(th))
	p("Rune count:", utf8.RuneCountInString(th))
	for idx, runeValue := range th {
		fmt.Printf("%#U starts at %d\n", runeValue, idx)
	}
	for i, w := 0, 0; i < len(th); i += w {
		runeValue, width := utf8.DecodeRuneInString(th[i:])
		w = width
		if runeValue == 'ส' {
			p("found so sua at", i)
		}
	}
	var b s.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	p(b.String(), b.Len())
}
