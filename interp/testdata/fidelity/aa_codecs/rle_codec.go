package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
	"unicode"
)

// Encode writes run-length encoded text: "aaab" -> "3a1b".
func Encode(w io.Writer, r io.Reader) error {
	br := bufio.NewReader(r)
	bw := bufio.NewWriter(w)
	defer bw.Flush()
	var prev rune
	n := 0
	flush := func() {
		if n > 0 {
			bw.WriteString(strconv.Itoa(n))
			bw.WriteRune(prev)
		}
	}
	for {
		c, _, err := br.ReadRune()
		if err == io.EOF {
			break
		}
		if err != nil {
			return err
		}
		if unicode.IsDigit(c) {
			return fmt.Errorf("encode: digit %q not allowed", c)
		}
		if c == prev {
			n++
			continue
		}
		flush()
		prev, n = c, 1
	}
	flush()
	return nil
}

var ErrFormat = errors.New("rle: bad format")

func Decode(s string) (string, error) {
	var out strings.Builder
	num := 0
	seen := false
	for i, c := range s {
		if c >= '0' && c <= '9' {
			num = num*10 + int(c-'0')
			seen = true
			continue
		}
		if !seen {
			return out.String(), fmt.Errorf("%w: missing count before %q at byte %d", ErrFormat, c, i)
		}
		out.WriteString(strings.Repeat(string(c), num))
		num, seen = 0, false
	}
	if seen {
		return out.String(), fmt.Errorf("%w: trailing count %d", ErrFormat, num)
	}
	return out.String(), nil
}

func main() {
	inputs := []string{"WWWWWWWWWWWWBWWWWWWWWWWWWBBBWWWWWWWWWWWWWWWWWWWWWWWWBWWWWWWWWWWWWWW", "aaabccddddd", "ééé日本本", "", "abc1"}
	for _, in := range inputs {
		var buf bytes.Buffer
		if err := Encode(&buf, strings.NewReader(in)); err != nil {
			fmt.Println("error:", err)
			continue
		}
		dec, err := Decode(buf.String())
		ratio := 0.0
		if len(in) > 0 {
			ratio = float64(buf.Len()) / float64(len(in))
		}
		fmt.Printf("%q -> %q (%.2f) roundtrip=%t err=%v\n", in, buf.String(), ratio, dec == in, err)
	}
	for _, bad := range []string{"3a2", "a3", "12x0y"} {
		got, err := Decode(bad)
		fmt.Printf("%q: %q %v is=%t\n", bad, got, err, errors.Is(err, ErrFormat))
	}
}
