package main

import (
	"bufio"
	"bytes"
	"encoding/base64"
	"fmt"
	"io"
	"os"
	"strings"
	"unicode"
)

func main() {
	var b bytes.Buffer // A Buffer needs no initialization.
	b.Write([]byte("Hello "))
	fmt.Fprintf(&b, "world!")
	b.WriteTo(os.Stdout)
	fmt.Println()

	buf := bytes.NewBufferString("R29waGVycyBydWxlIQ==")
	dec := base64.NewDecoder(base64.StdEncoding, buf)
	io.Copy(os.Stdout, dec)
	fmt.Println()

	var bb bytes.Buffer
	bb.Grow(64)
	bb.Write([]byte("64 bytes or fewer"))
	fmt.Printf("%q %d\n", bb.Bytes(), bb.Len())
	bb.Truncate(8)
	fmt.Printf("%q\n", bb.String())
	c, _ := bb.ReadByte()
	fmt.Printf("%c %q\n", c, bb.String())
	line, err := bytes.NewBufferString("first\nsecond").ReadString('\n')
	fmt.Printf("%q %v\n", line, err)

	fmt.Println(bytes.Compare([]byte("a"), []byte("b")), bytes.Equal([]byte("Go"), []byte("Go")))
	fmt.Println(bytes.Contains([]byte("seafood"), []byte("foo")), bytes.Count([]byte("cheese"), []byte("e")))
	fmt.Printf("%q\n", bytes.Fields([]byte("  foo bar  baz   ")))
	fmt.Printf("%s\n", bytes.Title([]byte("her royal highness")))
	fmt.Printf("%s\n", bytes.ToUpper([]byte("Gopher")))
	fmt.Printf("%q\n", bytes.TrimFunc([]byte("  ¡¡Hello!!  "), func(r rune) bool { return !unicode.IsLetter(r) }))
	fmt.Printf("%s\n", bytes.Join([][]byte{[]byte("foo"), []byte("bar")}, []byte(", ")))
	fmt.Printf("%s\n", bytes.Repeat([]byte("na"), 2))
	fmt.Println(bytes.IndexByte([]byte("chicken"), 'k'), bytes.LastIndex([]byte("go gopher"), []byte("go")))
	fmt.Printf("%q\n", bytes.SplitN([]byte("a,b,c"), []byte(","), 2))

	scanner := bufio.NewScanner(strings.NewReader("Now is the winter of our discontent,\nMade glorious summer by this sun of York.\n"))
	scanner.Split(bufio.ScanWords)
	count := 0
	for scanner.Scan() {
		count++
	}
	fmt.Printf("%d words\n", count)

	const input = "1234 5678 1234567901234567890"
	sc := bufio.NewScanner(strings.NewReader(input))
	split := func(data []byte, atEOF bool) (advance int, token []byte, err error) {
		advance, token, err = bufio.ScanWords(data, atEOF)
		if err == nil && token != nil {
			var v int64
			_, err = fmt.Sscan(string(token), &v)
			if err != nil {
				err = fmt.Errorf("bad number %q", token)
			}
		}
		return
	}
	sc.Split(split)
	for sc.Scan() {
		fmt.Printf("%s\n", sc.Text())
	}
	if err := sc.Err(); err != nil {
		fmt.Printf("Invalid input: %s\n", err)
	}

	w := bufio.NewWriter(os.Stdout)
	fmt.Fprint(w, "Hello, ")
	fmt.Fprint(w, "world!\n")
	fmt.Println("buffered:", w.Buffered())
	w.Flush()

	r := bufio.NewReader(strings.NewReader("alpha beta\ngamma"))
	for {
		s, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", s, err)
		if err != nil {
			break
		}
	}
}
