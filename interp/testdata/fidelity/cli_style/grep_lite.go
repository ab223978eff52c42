package main

import (
	"bufio"
	"flag"
	"fmt"
	"regexp"
	"strings"
)

var files = map[string]string{
	"main.go": `package main

import "fmt"

func main() {
	// TODO: handle errors
	fmt.Println("Hello")
	x := compute(42) // todo later
}
`,
	"util.go": `package main

func compute(n int) int {
	return n * 2 // FIXME overflow?
}

// TODO(bob): add tests
`,
	"README": "nothing to see here\nreally, nothing TODO\n",
}

type options struct {
	ignoreCase bool
	invert     bool
	lineNums   bool
	count      bool
	context    int
}

func grep(name, body string, re *regexp.Regexp, o options) int {
	var lines []string
	sc := bufio.NewScanner(strings.NewReader(body))
	for sc.Scan() {
		lines = append(lines, sc.Text())
	}
	matches := 0
	printed := map[int]bool{}
	for i, l := range lines {
		if re.MatchString(l) == o.invert {
			continue
		}
		matches++
		if o.count {
			continue
		}
		for j := i - o.context; j <= i+o.context; j++ {
			if j < 0 || j >= len(lines) || printed[j] {
				continue
			}
			printed[j] = true
			sep := "-"
			if j == i {
				sep = ":"
			}
			if o.lineNums {
				fmt.Printf("%s%s%d%s%s\n", name, sep, j+1, sep, lines[j])
			} else {
				fmt.Printf("%s%s%s\n", name, sep, lines[j])
			}
		}
	}
	if o.count {
		fmt.Printf("%s:%d\n", name, matches)
	}
	return matches
}

func run(args []string) {
	fmt.Println("$ grep", strings.Join(args, " "))
	fs := flag.NewFlagSet("grep", flag.ContinueOnError)
	var o options
	fs.BoolVar(&o.ignoreCase, "i", false, "")
	fs.BoolVar(&o.invert, "v", false, "")
	fs.BoolVar(&o.lineNums, "n", false, "")
	fs.BoolVar(&o.count, "c", false, "")
	fs.IntVar(&o.context, "C", 0, "")
	if err := fs.Parse(args); err != nil || fs.NArg() < 1 {
		fmt.Println("usage: grep [-ivnc] [-C n] PATTERN [FILE...]")
		return
	}
	pat := fs.Arg(0)
	if o.ignoreCase {
		pat = "(?i)" + pat
	}
	re, err := regexp.Compile(pat)
	if err != nil {
		fmt.Println("grep:", err)
		return
	}
	names := fs.Args()[1:]
	if len(names) == 0 {
		names = []string{"README", "main.go", "util.go"}
	}
	total := 0
	for _, n := range names {
		body, ok := files[n]
		if !ok {
			fmt.Printf("grep: %s: no such file\n", n)
			continue
		}
		total += grep(n, body, re, o)
	}
	fmt.Printf("(%d matches)\n\n", total)
}

func main() {
	run([]string{"TODO"})
	run([]string{"-i", "-n", "todo"})
	run([]string{"-c", "-i", `todo|fixme`})
	run([]string{"-C", "1", "-n", `compute\(`, "main.go", "util.go", "nope.go"})
	run([]string{"-v", "-c", "^\\s*$", "main.go"})
	run([]string{"a(b"})
	run([]string{})
}
