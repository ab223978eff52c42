package main

import (
	"fmt"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

func main() {
	s := "Hello, 世界! Go is ✨fun✨."
	fmt.Println(len(s), utf8.RuneCountInString(s), strings.Count(s, "")-1)
	for i, r := range "aé世" {
		fmt.Printf("%d:%c(%U,%d) ", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println()
	fmt.Println(strings.ToUpper(s), strings.Title("go is fun"))
	fmt.Println(strings.Map(func(r rune) rune {
		if unicode.IsPunct(r) {
			return -1
		}
		return unicode.ToLower(r)
	}, s))
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Go", "GO"))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.Fields("  lots   of\tspace\n"))
	fmt.Println(strings.TrimFunc("¡¡Hola!!", unicode.IsPunct), strings.TrimLeft("xxhixx", "x"), strings.TrimSuffix("file.tar.gz", ".gz"))
	fmt.Println(strings.Index("chicken", "ken"), strings.LastIndex("go gopher", "go"), strings.IndexRune("chicken", 'k'), strings.IndexAny("golang", "ny"))
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace("a < b && c > d"))
	fmt.Println(strings.Repeat("-=", 5), strings.ContainsAny("hello", "xyz"), strings.ContainsFunc("abc1", unicode.IsDigit))
	var b strings.Builder
	b.Grow(32)
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("liftoff")
	fmt.Println(b.String(), b.Len())
	words := strings.FieldsFunc("one;two,,three;;four", func(r rune) bool { return r == ';' || r == ',' })
	slices.Reverse(words)
	fmt.Println(words, len(words))
	rev := []rune("résumé")
	slices.Reverse(rev)
	fmt.Println(string(rev))
	fmt.Println(strings.Compare("a", "b"), strings.HasPrefix("prefix", "pre"), strings.TrimSpace("\t x \n"))
	bs := []byte("bytes")
	fmt.Println(utf8.Valid(bs), utf8.ValidString("\xff"), string(utf8.AppendRune(nil, '世')))
	line := "key = value # comment"
	if before, _, ok := strings.Cut(line, "#"); ok {
		k, v, _ := strings.Cut(before, "=")
		fmt.Printf("[%s]=[%s]\n", strings.TrimSpace(k), strings.TrimSpace(v))
	}
}
