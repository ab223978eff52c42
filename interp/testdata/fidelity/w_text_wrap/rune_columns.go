package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

type Cell struct {
	Text  string
	Width int
}

func (c Cell) String() string {
	r := []rune(c.Text)
	if len(r) > c.Width {
		return string(r[:c.Width-1]) + "…"
	}
	return c.Text + strings.Repeat(" ", c.Width-len(r))
}

type Row []Cell

func (r Row) String() string {
	parts := make([]string, len(r))
	for i, c := range r {
		parts[i] = c.String()
	}
	return strings.Join(parts, " | ")
}

func classify(s string) map[string]int {
	m := map[string]int{}
	for _, r := range s {
		switch {
		case unicode.IsUpper(r):
			m["upper"]++
		case unicode.IsLower(r):
			m["lower"]++
		case unicode.IsDigit(r):
			m["digit"]++
		case unicode.IsSpace(r):
			m["space"]++
		case unicode.IsPunct(r):
			m["punct"]++
		default:
			m["other"]++
		}
	}
	return m
}

func main() {
	names := []string{"Zoë", "Łukasz Kowalski", "李小龍", "Ana", "Ñandú-42"}
	for _, n := range names {
		row := Row{{n, 8}, {fmt.Sprint(utf8.RuneCountInString(n)), 3}, {fmt.Sprint(len(n)), 3}}
		fmt.Println(row)
	}
	s := "Héllo, Wörld! 123 ✓"
	fmt.Println(classify(s))
	fmt.Printf("%q %+q %x % x\n", s[:6], "ü✓", "ü", "Hé")
	fmt.Printf("%U %#U %c %q %d\n", 'ö', '✓', 0x4E16, '李', '李')
	for i, r := range "aé✓" {
		fmt.Printf("%d:%c(%d) ", i, r, utf8.RuneLen(r))
	}
	fmt.Println()
	fmt.Printf("[%*s] [%-*s] [%.*s]\n", 6, "ab", 6, "cd", 2, "efgh")
	fmt.Printf("[%6.3s] [%-8q] [%08.3f] [%+d] [% d]\n", "abcdef", "x", 3.14159, 5, 7)
	b := []byte("héllo")
	fmt.Printf("%v %s %X %q\n", b, b[:3], b, b)
	rs := []rune("héllo")
	fmt.Printf("%v %q %c\n", rs, rs, rs)
	title := strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return '_'
		}
		return unicode.ToUpper(r)
	}, "naïve café bar")
	fmt.Println(title, strings.ToTitle("ǆ"), strings.EqualFold("Straße", "STRASSE"))
	fmt.Println(Cell{"truncate me please", 10}, Cell{"ok", 4})
}
