package main

import (
	"bytes"
	"fmt"
	"maps"
	"slices"
	"strings"
)

func main() {
	data := []byte("k=1\nk=2\nx=3\n")
	count := map[string]int{}
	for line := range bytes.Lines(data) {
		k, v, _ := bytes.Cut(bytes.TrimSpace(line), []byte("="))
		count[string(k)] += len(v)
	}
	for _, k := range slices.Sorted(maps.Keys(count)) {
		fmt.Println(k, count[k])
	}
	for s := range bytes.SplitSeq([]byte("1-2-3"), []byte("-")) {
		fmt.Print(string(s), ";")
	}
	fmt.Println()

	var sb strings.Builder
	for i, r := range strings.ToUpper("héllo") {
		fmt.Fprintf(&sb, "%d:%c ", i, r)
	}
	fmt.Println(sb.String())
}
