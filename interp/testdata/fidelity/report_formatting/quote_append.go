package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode/utf8"
)

func main() {
	inputs := []string{"hello", "tab\there", "new\nline", `back\slash`, "quote\"s", "émoji 😀", "\x00\x7f", "日本", string([]byte{0xff, 'a'})}
	for _, s := range inputs {
		fmt.Printf("%-22s %-28s %-20s valid=%v\n", strconv.Quote(s), strconv.QuoteToASCII(s), strconv.QuoteToGraphic(s), utf8.ValidString(s))
	}
	fmt.Println(strconv.QuoteRune('☺'), strconv.QuoteRuneToASCII('☺'), strconv.QuoteRune('\n'), strconv.QuoteRune('\''))
	for _, q := range []string{`"a\tb"`, "`raw\\n`", `'x'`, `"bad`, `"\u00e9"`, `"\xff"`} {
		s, err := strconv.Unquote(q)
		fmt.Printf("Unquote(%s) = %q, %v\n", q, s, err)
	}
	fmt.Println(strconv.CanBackquote("abc"), strconv.CanBackquote("a`b"), strconv.IsPrint('\u00ad'))

	buf := []byte("values: ")
	buf = strconv.AppendInt(buf, -42, 10)
	buf = append(buf, ' ')
	buf = strconv.AppendInt(buf, 255, 16)
	buf = append(buf, ' ')
	buf = strconv.AppendUint(buf, 7, 2)
	buf = append(buf, ' ')
	buf = strconv.AppendFloat(buf, 3.14159, 'f', 2, 64)
	buf = append(buf, ' ')
	buf = strconv.AppendBool(buf, true)
	buf = append(buf, ' ')
	buf = strconv.AppendQuote(buf, "q\"")
	buf = append(buf, ' ')
	buf = strconv.AppendQuoteRune(buf, 'r')
	fmt.Println(string(buf), len(buf), cap(buf) >= len(buf))

	fmt.Println(strconv.Itoa(-99), strconv.FormatInt(-255, 16), strconv.FormatInt(1<<40, 36), strconv.FormatUint(1<<63, 2))
	for _, s := range []string{"42", "-0", "+7", "0x1F", "0b101", "0o17", "1_000", "9223372036854775808", "12a", " 5"} {
		a, errA := strconv.Atoi(s)
		p, errP := strconv.ParseInt(s, 0, 64)
		fmt.Printf("%-22q Atoi=%d,%v ParseInt0=%d,%v\n", s, a, errA, p, errP)
	}
	u, err := strconv.ParseUint("300", 10, 8)
	fmt.Println(u, err)
	i8, err := strconv.ParseInt("-129", 10, 8)
	fmt.Println(i8, err)
	if ne, ok := err.(*strconv.NumError); ok {
		fmt.Println(ne.Func, ne.Num, ne.Err == strconv.ErrRange)
	}
	for _, s := range []string{"true", "T", "0", "yes"} {
		b, err := strconv.ParseBool(s)
		fmt.Print(b, " ", err, "; ")
	}
	fmt.Println()
	var sb strings.Builder
	for i := 0; i < 5; i++ {
		sb.WriteString(strconv.Quote(strings.Repeat("ab", i)))
		sb.WriteByte(',')
	}
	sb.WriteRune('✓')
	fmt.Println(sb.String(), sb.Len())
	r, size := utf8.DecodeRuneInString("€uro")
	fmt.Println(string(r), size, utf8.RuneLen('€'), utf8.RuneCountInString("€uro"))
	b := utf8.AppendRune(nil, '世')
	fmt.Printf("%v %q %d\n", b, b, len(b))
}
