package main

import (
	"fmt"
	"regexp"
	"sort"
	"strings"
)

const doc = `LR

11A = (11B, XXX)
11B = (XXX, 11Z)
11Z = (11B, XXX)
22A = (22B, XXX)
22B = (22C, 22C)
22C = (22Z, 22Z)
22Z = (22B, 22B)
XXX = (XXX, XXX)`

var nodeRe = regexp.MustCompile(`^(\w+) = \((\w+), (\w+)\)$`)

func gcd(a, b int) int {
	for b != 0 {
		a, b = b, a%b
	}
	return a
}

func lcm(a, b int) int { return a / gcd(a, b) * b }

type network struct {
	steps string
	left  map[string]string
	right map[string]string
}

func parse(s string) network {
	parts := strings.SplitN(s, "\n\n", 2)
	n := network{steps: parts[0], left: map[string]string{}, right: map[string]string{}}
	for _, line := range strings.Split(parts[1], "\n") {
		m := nodeRe.FindStringSubmatch(line)
		if m == nil {
			panic("bad line: " + line)
		}
		n.left[m[1]], n.right[m[1]] = m[2], m[3]
	}
	return n
}

func (n network) cycle(start string) int {
	cur, i := start, 0
	for !strings.HasSuffix(cur, "Z") {
		if n.steps[i%len(n.steps)] == 'L' {
			cur = n.left[cur]
		} else {
			cur = n.right[cur]
		}
		i++
	}
	return i
}

func main() {
	net := parse(doc)
	var starts []string
	for k := range net.left {
		if strings.HasSuffix(k, "A") {
			starts = append(starts, k)
		}
	}
	sort.Strings(starts)
	answer := 1
	for _, s := range starts {
		c := net.cycle(s)
		fmt.Printf("%s reaches a Z node after %d steps\n", s, c)
		answer = lcm(answer, c)
	}
	fmt.Println("all ghosts aligned after", answer, "steps")
	fmt.Println("lcm(4, 6, 10) =", lcm(lcm(4, 6), 10))
}
