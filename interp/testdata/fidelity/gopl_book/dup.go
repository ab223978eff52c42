// Dup prints the text of each line that appears more than once in the input,
// preceded by its count, in the style of gopl.io/ch1/dup2.
package main

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
)

var files = map[string]string{
	"a.txt": "apple\nbanana\napple\ncherry\nbanana\napple\n",
	"b.txt": "cherry\ndate\n\ndate\n\n",
	"c.txt": "",
}

func countLines(r io.Reader, counts map[string]int, where map[string][]string, name string) {
	input := bufio.NewScanner(r)
	for input.Scan() {
		line := input.Text()
		counts[line]++
		if n := len(where[line]); n == 0 || where[line][n-1] != name {
			where[line] = append(where[line], name)
		}
	}
	// NOTE: ignoring potential errors from input.Err()
}

func main() {
	counts := make(map[string]int)
	where := make(map[string][]string)
	names := []string{"a.txt", "b.txt", "c.txt", "missing.txt"}
	for _, name := range names {
		content, ok := files[name]
		if !ok {
			fmt.Printf("dup2: open %s: no such file\n", name)
			continue
		}
		countLines(strings.NewReader(content), counts, where, name)
	}
	var lines []string
	for line := range counts {
		lines = append(lines, line)
	}
	sort.Slice(lines, func(i, j int) bool {
		if counts[lines[i]] != counts[lines[j]] {
			return counts[lines[i]] > counts[lines[j]]
		}
		return lines[i] < lines[j]
	})
	for _, line := range lines {
		if n := counts[line]; n > 1 {
			fmt.Printf("%d\t%q\t%s\n", n, line, strings.Join(where[line], " "))
		}
	}

	// dup3 style: read whole input and split
	data := files["a.txt"] + files["b.txt"]
	counts3 := make(map[string]int)
	for _, line := range strings.Split(data, "\n") {
		counts3[line]++
	}
	fmt.Println(len(counts3), counts3["apple"], counts3[""])

	// word frequency (ex 4.9)
	text := "the quick brown fox jumps over the lazy dog the fox"
	wc := map[string]int{}
	sc := bufio.NewScanner(strings.NewReader(text))
	sc.Split(bufio.ScanWords)
	for sc.Scan() {
		wc[sc.Text()]++
	}
	type kv struct {
		k string
		v int
	}
	var kvs []kv
	for k, v := range wc {
		kvs = append(kvs, kv{k, v})
	}
	sort.Slice(kvs, func(i, j int) bool { return kvs[i].v > kvs[j].v || kvs[i].v == kvs[j].v && kvs[i].k < kvs[j].k })
	fmt.Println(kvs[:4])
	fmt.Printf("%v\n", kvs[len(kvs)-1])
}
