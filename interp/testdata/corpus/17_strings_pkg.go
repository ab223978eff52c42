package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  the quick  brown fox  "
	fmt.Printf("%q\n", strings.Fields(s))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.TrimSpace(s))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "/"))
	fmt.Println(strings.ToUpper("go"), strings.ToLower("GO"))
	fmt.Println(strings.Contains("seafood", "foo"), strings.HasPrefix("golang", "go"), strings.HasSuffix("golang", "ng"))
	fmt.Println(strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2), strings.ReplaceAll("oink oink", "oink", "moo"))
	fmt.Println(strings.Repeat("ab", 3), strings.Count("cheese", "e"))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go", ".go"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Title("x") != "")

	var sb strings.Builder
	for i := 0; i < 3; i++ {
		fmt.Fprintf(&sb, "%d-", i)
	}
	sb.WriteString("end")
	sb.WriteByte('!')
	sb.WriteRune('é')
	fmt.Println(sb.String(), sb.Len())

	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, "banana"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
}
