package main

import (
	"bufio"
	"bytes"
	"fmt"
	"strings"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	fmt.Println(buf.String(), buf.Len())
	fmt.Fprintf(&buf, " %d", 2024)
	fmt.Println(buf.String())

	b := []byte("Go is fun")
	fmt.Println(string(bytes.ToUpper(b)), bytes.Contains(b, []byte("fun")))
	fmt.Println(bytes.Equal([]byte("a"), []byte("a")), bytes.Index(b, []byte("is")))
	fields := bytes.Fields([]byte(" a  b c "))
	fmt.Println(len(fields), string(bytes.Join(fields, []byte(","))))

	sc := bufio.NewScanner(strings.NewReader("line one\nline two\n\nline four"))
	n := 0
	for sc.Scan() {
		n++
		fmt.Printf("%d: %q\n", n, sc.Text())
	}
	ws := bufio.NewScanner(strings.NewReader("count these  words please"))
	ws.Split(bufio.ScanWords)
	words := 0
	for ws.Scan() {
		words++
	}
	fmt.Println("words:", words)

	var out bytes.Buffer
	w := bufio.NewWriter(&out)
	w.WriteString("buffered")
	fmt.Println(out.Len())
	w.Flush()
	fmt.Println(out.String())
}
