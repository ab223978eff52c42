package main

import (
	"fmt"
	"strings"
	"unicode"
)

func main() {
	fmt.Println(strings.Compare("a", "b"), strings.Compare("a", "a"), strings.Compare("b", "a"))
	fmt.Println(strings.Contains("seafood", "foo"), strings.Contains("seafood", "bar"), strings.Contains("", ""))
	fmt.Println(strings.ContainsAny("failure", "u & i"), strings.ContainsRune("aardvark", 97))
	fmt.Println(strings.Count("cheese", "e"), strings.Count("five", ""))
	fmt.Println(strings.EqualFold("Go", "GO"))
	fmt.Printf("Fields are: %q\n", strings.Fields("  foo bar  baz   "))
	f := func(c rune) bool { return !unicode.IsLetter(c) && !unicode.IsNumber(c) }
	fmt.Printf("Fields are: %q\n", strings.FieldsFunc("  foo1;bar2,baz3...", f))
	fmt.Println(strings.HasPrefix("Gopher", "Go"), strings.HasSuffix("Amigo", "go"))
	fmt.Println(strings.Index("chicken", "ken"), strings.Index("chicken", "dmr"))
	fmt.Println(strings.IndexAny("golang", "y"), strings.IndexByte("golang", 'g'), strings.IndexRune("chicken", 'k'))
	fmt.Println(strings.IndexFunc("Hello, 世界", func(c rune) bool { return unicode.Is(unicode.Han, c) }))
	fmt.Println(strings.LastIndex("go gopher", "go"), strings.LastIndexAny("go gopher", "rodent"))
	s := []string{"foo", "bar", "baz"}
	fmt.Println(strings.Join(s, ", "))
	rot13 := func(r rune) rune {
		switch {
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+13)%26
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+13)%26
		}
		return r
	}
	fmt.Println(strings.Map(rot13, "'Twas brillig and the slithy gopher..."))
	fmt.Println("ba" + strings.Repeat("na", 2))
	fmt.Println(strings.Replace("oink oink oink", "k", "ky", 2))
	fmt.Println(strings.Replace("oink oink oink", "oink", "moo", -1))
	fmt.Println(strings.ReplaceAll("oink oink oink", "oink", "moo"))
	fmt.Printf("%q\n", strings.Split("a,b,c", ","))
	fmt.Printf("%q\n", strings.Split("a man a plan a canal panama", "a "))
	fmt.Printf("%q\n", strings.Split(" xyz ", ""))
	fmt.Printf("%q\n", strings.Split("", "Bernardo O'Higgins"))
	fmt.Printf("%q\n", strings.SplitAfter("a,b,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c", ",", 2))
	z := strings.SplitN("a,b,c", ",", 0)
	fmt.Printf("%q (nil = %v)\n", z, z == nil)
	fmt.Println(strings.Title("her royal highness"))
	fmt.Println(strings.ToTitle("loud noises"), strings.ToUpper("Gopher"), strings.ToLower("Gopher"))
	fmt.Print(strings.Trim("¡¡¡Hello, Gophers!!!", "!¡"), "\n")
	fmt.Print(strings.TrimSpace(" \t\n Hello, Gophers \n\t\r\n"), "\n")
	fmt.Print(strings.TrimFunc("¡¡¡Hello, Gophers!!!", func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	}), "\n")
	fmt.Print(strings.TrimLeft("¡¡¡Hello, Gophers!!!", "!¡"), "|", strings.TrimRight("¡¡¡Hello, Gophers!!!", "!¡"), "\n")
	fmt.Print(strings.TrimPrefix("¡¡¡Hello, Gophers!!!", "¡¡¡Hello, "), "|", strings.TrimSuffix("¡¡¡Hello, Gophers!!!", ", Gophers!!!"), "\n")
	before, after, found := strings.Cut("Gopher", "ph")
	fmt.Printf("Cut = %q, %q, %v\n", before, after, found)
	rest, ok := strings.CutPrefix("Gopher", "Go")
	fmt.Println(rest, ok)
	fmt.Println(strings.ToValidUTF8("a\xffb\xC0\xAFc\xff", "\uFFFD"))
	var b strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&b, "%d...", i)
	}
	b.WriteString("ignition")
	fmt.Println(b.String(), b.Len())
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("This is <b>HTML</b>!"))
}
