package main

import (
	"bytes"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

func reverse(s string) string {
	r := []rune(s)
	for i, j := 0, len(r)-1; i < j; i, j = i+1, j-1 {
		r[i], r[j] = r[j], r[i]
	}
	return string(r)
}

func isPalindrome(s string) bool {
	var clean []rune
	for _, r := range strings.ToLower(s) {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			clean = append(clean, r)
		}
	}
	for i := 0; i < len(clean)/2; i++ {
		if clean[i] != clean[len(clean)-1-i] {
			return false
		}
	}
	return true
}

func caesar(s string, shift int) string {
	return strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z':
			return 'a' + (r-'a'+rune(shift)+26)%26
		case r >= 'A' && r <= 'Z':
			return 'A' + (r-'A'+rune(shift)+26)%26
		}
		return r
	}, s)
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
	s := "Hello, 世界! 👋"
	fmt.Println(len(s), utf8.RuneCountInString(s), reverse(s))
	for _, w := range []string{"A man, a plan, a canal: Panama", "Gopher", "No 'x' in Nixon", "été"} {
		fmt.Printf("%-32q palindrome=%v\n", w, isPalindrome(w))
	}
	enc := caesar("Attack at Dawn!", 3)
	fmt.Println(enc, caesar(enc, -3))
	fmt.Println(classify("Go 1.22 is GREAT, isn't it? ✓"))

	b := []byte("hello")
	b[0] = 'j'
	b = append(b, " world"...)
	fmt.Println(string(b), len(b), cap(b) >= len(b))
	fmt.Println(bytes.ToUpper(b), bytes.Contains(b, []byte("wor")), bytes.Index(b, []byte("o")))
	fmt.Printf("%s %q %x % x\n", b[:5], b[:5], b[:3], b[:3])
	fields := bytes.Fields([]byte("  a bb  ccc "))
	fmt.Println(len(fields), string(bytes.Join(fields, []byte("-"))))
	var buf bytes.Buffer
	buf.WriteString("abc")
	buf.WriteByte('-')
	buf.WriteRune('é')
	fmt.Fprintf(&buf, "%03d", 7)
	fmt.Println(buf.String(), buf.Len())
	r, size := utf8.DecodeRuneInString("€uro")
	fmt.Println(string(r), size, utf8.ValidString("ok\xff"), []byte("é"), []rune("é"))
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexByte("golang", 'l'), strings.ContainsAny("failure", "ui"))
	for i := 0; i < len("añb"); i++ {
		fmt.Printf("%d:%x ", i, "añb"[i])
	}
	fmt.Println()
	x := 'A' + 2
	fmt.Println(x, string(rune(x)), fmt.Sprintf("%c%c", 72, 105), strings.Title("ünïcode wörds"))
}
