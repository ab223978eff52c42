package main

import (
	"bufio"
	"bytes"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

const text = `# inventory file
apple   3  0.50
banana 12  0.25

cherry 200 0.05
  durian 1 9.99
`

func scanCSVish(data []byte, atEOF bool) (advance int, token []byte, err error) {
	if atEOF && len(data) == 0 {
		return 0, nil, nil
	}
	if i := bytes.IndexAny(data, ",;"); i >= 0 {
		return i + 1, bytes.TrimSpace(data[:i]), nil
	}
	if atEOF {
		return len(data), bytes.TrimSpace(data), nil
	}
	return 0, nil, nil
}

func main() {
	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for sc.Scan() {
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		var name string
		var qty int
		var price float64
		if _, err := fmt.Sscan(line, &name, &qty, &price); err != nil {
			fmt.Println("bad:", err)
			continue
		}
		n++
		fmt.Printf("%-7s %4d x %5.2f = %7.2f\n", name, qty, price, float64(qty)*price)
	}
	fmt.Println(n, sc.Err())

	words := bufio.NewScanner(strings.NewReader("  the cat\tand\nthe hat  "))
	words.Split(bufio.ScanWords)
	freq := map[string]int{}
	var order []string
	for words.Scan() {
		w := words.Text()
		if freq[w] == 0 {
			order = append(order, w)
		}
		freq[w]++
	}
	for _, w := range order {
		fmt.Print(w, "=", freq[w], " ")
	}
	fmt.Println()

	fields := bufio.NewScanner(strings.NewReader("a, b;c ,, d"))
	fields.Split(scanCSVish)
	var toks []string
	for fields.Scan() {
		toks = append(toks, fmt.Sprintf("%q", fields.Text()))
	}
	fmt.Println(strings.Join(toks, " "))

	runes := bufio.NewScanner(strings.NewReader("héllo"))
	runes.Split(bufio.ScanRunes)
	for runes.Scan() {
		fmt.Print("[", runes.Text(), "]")
	}
	fmt.Println()

	br := bufio.NewReader(strings.NewReader("key=value\nsecond line\nno newline"))
	for {
		s, err := br.ReadString('\n')
		fmt.Printf("%q %v\n", s, err)
		if err == io.EOF {
			break
		}
	}
	rr := bufio.NewReader(strings.NewReader("Ünï 42"))
	for {
		r, size, err := rr.ReadRune()
		if err != nil {
			break
		}
		if unicode.IsDigit(r) {
			rr.UnreadRune()
			var v int
			fmt.Fscan(rr, &v)
			fmt.Println("number", v)
			break
		}
		fmt.Printf("%c:%d ", r, size)
	}
	bw := bufio.NewWriterSize(os.Stdout, 16)
	fmt.Fprintf(bw, "buffered %d %s\n", bw.Available(), "output")
	fmt.Fprintln(bw, "buffered:", bw.Buffered())
	bw.Flush()
	long := bufio.NewScanner(strings.NewReader(strings.Repeat("x", 100)))
	long.Buffer(make([]byte, 10), 20)
	for long.Scan() {
	}
	fmt.Println(long.Err())
}
