package main

import (
	"bufio"
	"fmt"
	"io"
	"os"
	"strings"
)

func main() {
	r := bufio.NewReader(strings.NewReader("first line\nsecond line\nno newline"))
	for {
		line, err := r.ReadString('\n')
		fmt.Printf("%q %v\n", line, err)
		if err == io.EOF {
			break
		}
	}
	w := bufio.NewWriter(os.Stdout)
	fmt.Fprintf(w, "buffered %d\n", w.Available())
	w.WriteString("more text\n")
	fmt.Println("buffered bytes:", w.Buffered())

	w.Flush()
	pr := bufio.NewReader(strings.NewReader("peek-a-boo"))
	p, _ := pr.Peek(4)
	fmt.Println(string(p))

	rn, size, _ := pr.ReadRune()
	fmt.Println(string(rn), size)
}
