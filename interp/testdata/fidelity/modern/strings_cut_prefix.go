package main

import (
	"bytes"
	"fmt"
	"strings"
)

func main() {
	for _, arg := range []string{"--verbose", "--out=file.txt", "-x", "plain"} {
		if rest, ok := strings.CutPrefix(arg, "--"); ok {
			k, v, hasV := strings.Cut(rest, "=")
			fmt.Printf("long flag %q value=%q (%v)\n", k, v, hasV)
		} else if rest, ok := strings.CutPrefix(arg, "-"); ok {
			fmt.Println("short flag", rest)
		} else {
			fmt.Println("arg", arg)
		}
	}
	name, ok := strings.CutSuffix("report.tar.gz", ".gz")
	fmt.Println(name, ok)

	b := bytes.Clone([]byte("abc"))
	b[0] = 'X'
	fmt.Println(string(b), bytes.Clone(nil) == nil)
	fmt.Println(strings.ToValidUTF8("a\xffb", "?"))
}
