package main

import (
	"bytes"
	"fmt"
	"unicode"
)

type record struct {
	name  string
	score int
}

func render(rs []record) []byte {
	var buf bytes.Buffer
	buf.WriteString("name,score\n")
	for _, r := range rs {
		fmt.Fprintf(&buf, "%s,%d\n", r.name, r.score)
	}
	return buf.Bytes()
}

func main() {
	data := render([]record{{"ada", 91}, {"brian", 78}, {"grace", 88}})
	fmt.Printf("%d bytes\n", len(data))
	fmt.Print(string(data))

	lines := bytes.Split(bytes.TrimSpace(data), []byte("\n"))
	for i, ln := range lines {
		fields := bytes.Split(ln, []byte(","))
		fmt.Printf("line %d: %q -> %d fields\n", i, ln, len(fields))
	}

	s := []byte("  Hello, Gophers! Hello again.  ")
	fmt.Println(bytes.Count(s, []byte("Hello")))
	fmt.Println(bytes.Index(s, []byte("Gophers")))
	fmt.Println(bytes.LastIndex(s, []byte("Hello")))
	fmt.Printf("%q\n", bytes.TrimSpace(s))
	fmt.Printf("%q\n", bytes.ToUpper(s))
	fmt.Printf("%q\n", bytes.Fields(s))
	fmt.Printf("%q\n", bytes.TrimFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }))
	fmt.Println(bytes.HasPrefix(bytes.TrimSpace(s), []byte("Hello")))
	fmt.Println(bytes.EqualFold([]byte("GoLang"), []byte("golang")))
	fmt.Println(bytes.Compare([]byte("abc"), []byte("abd")))

	before, after, found := bytes.Cut([]byte("key=value=more"), []byte("="))
	fmt.Printf("%s | %s | %v\n", before, after, found)

	var b bytes.Buffer
	b.Grow(64)
	b.WriteByte('[')
	for i := 0; i < 5; i++ {
		if i > 0 {
			b.WriteRune('·')
		}
		b.WriteString(fmt.Sprint(i * i))
	}
	b.WriteByte(']')
	fmt.Println(b.String(), b.Len())

	first := make([]byte, 3)
	n, _ := b.Read(first)
	fmt.Printf("read %d: %s, remaining %q\n", n, first[:n], b.String())
	line, err := bytes.NewBufferString("one\ntwo\n").ReadString('\n')
	fmt.Printf("%q %v\n", line, err)

	joined := bytes.Join([][]byte{[]byte("a"), []byte("b"), []byte("c")}, []byte("-"))
	fmt.Println(string(joined))
	fmt.Println(string(bytes.Repeat([]byte("ab"), 3)))
	fmt.Println(string(bytes.Map(func(r rune) rune {
		if r == 'a' {
			return 'A'
		}
		return r
	}, []byte("banana"))))
	r := bytes.NewReader([]byte("reader data"))
	fmt.Println(r.Len(), r.Size())
	var c [6]byte
	r.Read(c[:])
	fmt.Println(string(c[:]), r.Len())
}
