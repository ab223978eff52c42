package main

import (
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

func classify(r rune) string {
	switch {
	case unicode.IsUpper(r):
		return "upper"
	case unicode.IsLower(r):
		return "lower"
	case unicode.IsDigit(r):
		return "digit"
	case unicode.IsSpace(r):
		return "space"
	case unicode.IsPunct(r):
		return "punct"
	case unicode.Is(unicode.Han, r):
		return "han"
	}
	return "other"
}

func main() {
	words := []string{"héllo", "日本語", "Go!", "naïve café", "🙂👍"}
	for _, w := range words {
		fmt.Printf("%-12q bytes=%2d runes=%2d rev=%q valid=%v\n", w, len(w), utf8.RuneCountInString(w), reverse(w), utf8.ValidString(w))
	}
	for i, r := range "aé日🙂" {
		fmt.Printf("%d:%c(%U,%d bytes) ", i, r, r, utf8.RuneLen(r))
	}
	fmt.Println()
	s := "Hello, 世界! 123"
	counts := map[string]int{}
	for _, r := range s {
		counts[classify(r)]++
	}
	for _, k := range []string{"upper", "lower", "digit", "space", "punct", "han", "other"} {
		fmt.Printf("%s=%d ", k, counts[k])
	}
	fmt.Println()
	for _, p := range []string{"A man, a plan, a canal: Panama", "Hello", "Was it a car or a cat I saw?", "été"} {
		fmt.Printf("%v ", isPalindrome(p))
	}
	fmt.Println()
	b := []byte("héllo")
	r, size := utf8.DecodeRune(b[1:])
	fmt.Println(r, size, string(r), b[1], b[1:3], string(b[1:2]) == "\xc3")
	fmt.Println(strings.ToUpper("straße"), strings.ToTitle("ǆ"), strings.EqualFold("Go", "GO"), strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return unicode.ToUpper(r)
	}, "a b\tc"))
	buf := make([]byte, 0, 16)
	buf = utf8.AppendRune(buf, '世')
	buf = utf8.AppendRune(buf, 'x')
	fmt.Printf("%v %s %x % x\n", buf, buf, buf, "é")
	fmt.Println(strings.IndexRune("chicken", 'k'), strings.IndexByte("golang", 'l'), strings.LastIndex("go gopher", "go"), []byte("abc"), []rune("abc"))
	fmt.Printf("%c %v %q %d\n", 65, 'A', 'A', "A"[0])
}
