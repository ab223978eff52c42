package main

import (
	"bytes"
	"fmt"
)

func main() {
	var buf bytes.Buffer
	buf.WriteString("hello ")
	buf.Write([]byte("world"))
	buf.WriteByte('!')
	fmt.Println(buf.String(), buf.Len())

	b := buf.Bytes()
	fmt.Println(bytes.Contains(b, []byte("wor")), bytes.Index(b, []byte("o")), bytes.Count(b, []byte("l")))

	fields := bytes.Fields([]byte(" a  b c "))
	fmt.Println(len(fields), string(bytes.Join(fields, []byte("-"))))
	fmt.Println(bytes.Equal([]byte("x"), []byte("x")), bytes.Compare([]byte("a"), []byte("b")))

	line, err := buf.ReadString(' ')
	fmt.Printf("%q %v %q\n", line, err, buf.String())

	rest := make([]byte, 3)
	n, _ := buf.Read(rest)
	fmt.Println(n, string(rest), buf.String())
	fmt.Println(string(bytes.Title([]byte("x"))), string(bytes.ToUpper([]byte("abc"))), string(bytes.TrimRight([]byte("xx!!"), "!")))
}
