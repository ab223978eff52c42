package main

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"strings"
)

var ErrEmptyLine = errors.New("empty line")

type record struct {
	key, value string
}

func readRecord(r *bufio.Reader) (record, error) {
	line, err := r.ReadString('\n')
	if err != nil && !(errors.Is(err, io.EOF) && line != "") {
		return record{}, err
	}
	line = strings.TrimSpace(line)
	if line == "" {
		return record{}, ErrEmptyLine
	}
	k, v, ok := strings.Cut(line, "=")
	if !ok {
		return record{}, fmt.Errorf("line %q: missing '='", line)
	}
	return record{strings.TrimSpace(k), strings.TrimSpace(v)}, nil
}

func main() {
	input := "name = gopad\nversion=1.2\n\nbroken line\nlang = go\nlast=one"
	r := bufio.NewReader(strings.NewReader(input))
	var good []record
	skipped, bad := 0, 0
	for {
		rec, err := readRecord(r)
		if errors.Is(err, io.EOF) {
			fmt.Println("reached EOF")
			break
		}
		if err == ErrEmptyLine {
			skipped++
			continue
		}
		if err != nil {
			bad++
			fmt.Println("error:", err)
			continue
		}
		good = append(good, rec)
	}
	for _, g := range good {
		fmt.Printf("%-8s -> %s\n", g.key, g.value)
	}
	fmt.Printf("good=%d skipped=%d bad=%d\n", len(good), skipped, bad)

	lr := io.LimitReader(strings.NewReader("abcdefgh"), 5)
	buf := make([]byte, 3)
	for {
		n, err := lr.Read(buf)
		fmt.Printf("n=%d %q err=%v\n", n, buf[:n], err)
		if err == io.EOF {
			break
		}
	}
	_, err := io.ReadFull(strings.NewReader("ab"), make([]byte, 4))
	fmt.Println(err, errors.Is(err, io.ErrUnexpectedEOF))
}
