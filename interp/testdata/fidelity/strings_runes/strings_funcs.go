package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  The Go Programming Language  "
	t := strings.TrimSpace(s)
	fmt.Printf("%q\n", t)
	fmt.Println(strings.Fields(t), len(strings.Fields(t)))
	fmt.Println(strings.Split("a,b,c", ","), strings.SplitN("a,b,c", ",", 2), strings.SplitAfter("a,b", ","))
	fmt.Println(strings.Contains(t, "Go"), strings.ContainsAny(t, "xyz"), strings.HasPrefix(t, "The"), strings.HasSuffix(t, "age"))
	fmt.Println(strings.Index(t, "o"), strings.LastIndex(t, "o"), strings.IndexByte(t, 'G'), strings.IndexRune(t, 'L'))
	fmt.Println(strings.Replace(t, "a", "A", 2), "|", strings.ReplaceAll(t, " ", "_"))
	fmt.Println(strings.Title("x"), strings.ToUpper(t), strings.ToLower(t))
	fmt.Println(strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.go", ".go"), strings.Trim("--a--", "-"))

	before, after, found := strings.Cut("key=value=x", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.EqualFold("Gopher", "GOPHER"), strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.Map(func(r rune) rune {
		if r == 'a' {
			return -1
		}
		return r + 1
	}, "banana"))

	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<b>bold</b>"))
	fmt.Println(strings.Join([]string{}, ","), strings.Join([]string{"x"}, ","))
}
