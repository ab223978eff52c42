package main

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

func Encode(s string) string {
	var b strings.Builder
	runes := []rune(s)
	for i := 0; i < len(runes); {
		j := i
		for j < len(runes) && runes[j] == runes[i] {
			j++
		}
		if n := j - i; n > 1 {
			b.WriteString(strconv.Itoa(n))
		}
		b.WriteRune(runes[i])
		i = j
	}
	return b.String()
}

var ErrDangling = errors.New("count without a character")

func Decode(s string) (string, error) {
	var b bytes.Buffer
	n := 0
	for _, r := range s {
		if unicode.IsDigit(r) {
			n = n*10 + int(r-'0')
			continue
		}
		if n == 0 {
			n = 1
		}
		b.WriteString(strings.Repeat(string(r), n))
		n = 0
	}
	if n != 0 {
		return b.String(), fmt.Errorf("decode %q: %w", s, ErrDangling)
	}
	return b.String(), nil
}

func compress(data []byte) []byte {
	var out []byte
	for i := 0; i < len(data); {
		j := i
		for j < len(data) && data[j] == data[i] && j-i < 255 {
			j++
		}
		out = append(out, byte(j-i), data[i])
		i = j
	}
	return out
}

func main() {
	for _, s := range []string{"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "abc", "aabbbcccc", "ééé世世", ""} {
		e := Encode(s)
		d, err := Decode(e)
		fmt.Printf("%q -> %q roundtrip=%t err=%v\n", s, e, d == s, err)
	}
	_, err := Decode("3a12")
	fmt.Println(err, errors.Is(err, ErrDangling))
	c := compress([]byte("aaaabbbcca"))
	fmt.Println(c, len(c))
	fmt.Printf("% x\n", compress(bytes.Repeat([]byte{7}, 300)))
}
