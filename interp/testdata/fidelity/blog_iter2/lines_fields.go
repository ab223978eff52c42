// Go 1.24's string iterators: Lines, SplitSeq and FieldsSeq, plus
// small generic helpers built on them.
package main

import (
	"bytes"
	"fmt"
	"iter"
	"strings"
	"unicode"
)

const config = `# server settings
host = example.org
port = 8080

  timeout = 30s
# trailing comment
name = gopher shop
`

func Enumerate[T any](seq iter.Seq[T]) iter.Seq2[int, T] {
	return func(yield func(int, T) bool) {
		i := 0
		for v := range seq {
			if !yield(i, v) {
				return
			}
			i++
		}
	}
}

func Filter[T any](seq iter.Seq[T], keep func(T) bool) iter.Seq[T] {
	return func(yield func(T) bool) {
		for v := range seq {
			if keep(v) && !yield(v) {
				return
			}
		}
	}
}

func parse(text string) map[string]string {
	out := make(map[string]string)
	for line := range strings.Lines(text) {
		line = strings.TrimSpace(line)
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			continue
		}
		out[strings.TrimSpace(k)] = strings.TrimSpace(v)
	}
	return out
}

func main() {
	cfg := parse(config)
	for _, k := range []string{"host", "port", "timeout", "name", "missing"} {
		v, ok := cfg[k]
		fmt.Printf("%-8s %-12q %v\n", k, v, ok)
	}

	for i, line := range Enumerate(strings.Lines("a\nbb\n\nccc")) {
		fmt.Printf("%d:%q ", i, line)
	}
	fmt.Println()

	for part := range strings.SplitSeq("2024-06-15", "-") {
		fmt.Print("[", part, "]")
	}
	fmt.Println()

	long := Filter(strings.FieldsSeq("  the quick  brown fox jumps  "), func(w string) bool {
		return len(w) > 3
	})
	for i, w := range Enumerate(long) {
		fmt.Println(i, w)
	}

	for f := range strings.FieldsFuncSeq("a1b22c333", unicode.IsDigit) {
		fmt.Print(f, ";")
	}
	fmt.Println()

	n := 0
	for line := range bytes.Lines([]byte("x\ny\nz\n")) {
		n += len(line)
	}
	fmt.Println("bytes:", n)

	for i, s := range Enumerate(strings.SplitAfterSeq("a,b,c", ",")) {
		if i == 2 {
			break
		}
		fmt.Printf("%q\n", s)
	}
}
