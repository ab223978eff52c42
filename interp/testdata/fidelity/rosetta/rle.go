package main

import (
	"bytes"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type DecodeError struct {
	Pos  int
	What string
}

func (e *DecodeError) Error() string {
	return fmt.Sprintf("rle: bad input at %d: %s", e.Pos, e.What)
}

func Encode(s string) string {
	var buf bytes.Buffer
	runes := []rune(s)
	for i := 0; i < len(runes); {
		j := i + 1
		for j < len(runes) && runes[j] == runes[i] {
			j++
		}
		if j-i > 1 {
			buf.WriteString(strconv.Itoa(j - i))
		}
		buf.WriteRune(runes[i])
		i = j
	}
	return buf.String()
}

func Decode(s string) (string, error) {
	var out strings.Builder
	count := 0
	for i, r := range s {
		if unicode.IsDigit(r) {
			count = count*10 + int(r-'0')
			continue
		}
		if count == 0 {
			count = 1
		}
		out.WriteString(strings.Repeat(string(r), count))
		count = 0
		_ = i
	}
	if count != 0 {
		return "", &DecodeError{len(s), "trailing count"}
	}
	return out.String(), nil
}

func main() {
	inputs := []string{
		"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW",
		"",
		"XYZ",
		"AABBBCCCC",
		"  hsqq qww  ",
		"⏰⏰⏰⚽⚽",
	}
	for _, in := range inputs {
		enc := Encode(in)
		dec, err := Decode(enc)
		fmt.Printf("%q -> %q -> ok=%t err=%v\n", in, enc, dec == in, err)
	}
	_, err := Decode("12A3")
	fmt.Println(err)
	var de *DecodeError
	if e, ok := err.(*DecodeError); ok {
		de = e
	}
	fmt.Printf("%+v %T\n", *de, de)
	ratio := float64(len(Encode(inputs[0]))) / float64(len(inputs[0]))
	fmt.Printf("compression ratio %.3f (%6.2f%%)\n", ratio, ratio*100)
}
