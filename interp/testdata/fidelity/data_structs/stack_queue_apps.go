package main

import (
	"fmt"
	"strconv"
	"strings"
	"unicode"
)

type Stack []string

func (s *Stack) Push(v string) { *s = append(*s, v) }
func (s *Stack) Pop() string {
	old := *s
	v := old[len(old)-1]
	*s = old[:len(old)-1]
	return v
}
func (s Stack) Peek() string { return s[len(s)-1] }
func (s Stack) Empty() bool  { return len(s) == 0 }

var prec = map[string]int{"+": 1, "-": 1, "*": 2, "/": 2, "^": 3}

func tokenize(expr string) []string {
	var toks []string
	num := ""
	for _, r := range expr {
		switch {
		case unicode.IsDigit(r) || r == '.':
			num += string(r)
		case unicode.IsSpace(r):
		default:
			if num != "" {
				toks = append(toks, num)
				num = ""
			}
			toks = append(toks, string(r))
		}
	}
	if num != "" {
		toks = append(toks, num)
	}
	return toks
}

func toRPN(tokens []string) []string {
	var out []string
	var ops Stack
	for _, t := range tokens {
		switch {
		case t == "(":
			ops.Push(t)
		case t == ")":
			for ops.Peek() != "(" {
				out = append(out, ops.Pop())
			}
			ops.Pop()
		case prec[t] > 0:
			for !ops.Empty() && prec[ops.Peek()] > 0 &&
				(prec[ops.Peek()] > prec[t] || prec[ops.Peek()] == prec[t] && t != "^") {
				out = append(out, ops.Pop())
			}
			ops.Push(t)
		default:
			out = append(out, t)
		}
	}
	for !ops.Empty() {
		out = append(out, ops.Pop())
	}
	return out
}

func evalRPN(rpn []string) (float64, error) {
	var st []float64
	for _, t := range rpn {
		if v, err := strconv.ParseFloat(t, 64); err == nil {
			st = append(st, v)
			continue
		}
		if len(st) < 2 {
			return 0, fmt.Errorf("not enough operands for %s", t)
		}
		a, b := st[len(st)-2], st[len(st)-1]
		st = st[:len(st)-2]
		var r float64
		switch t {
		case "+":
			r = a + b
		case "-":
			r = a - b
		case "*":
			r = a * b
		case "/":
			if b == 0 {
				return 0, fmt.Errorf("division by zero")
			}
			r = a / b
		case "^":
			r = 1
			for i := 0; i < int(b); i++ {
				r *= a
			}
		}
		st = append(st, r)
	}
	return st[0], nil
}

func balanced(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var st []rune
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			st = append(st, r)
		case ')', ']', '}':
			if len(st) == 0 || st[len(st)-1] != pairs[r] {
				return false
			}
			st = st[:len(st)-1]
		}
	}
	return len(st) == 0
}

func main() {
	for _, e := range []string{"3 + 4 * 2 / (1 - 5) ^ 2 ^ 3", "(1.5 + 2.5) * 4", "10 / (5 - 5)", "2 ^ 10 - 24"} {
		rpn := toRPN(tokenize(e))
		v, err := evalRPN(rpn)
		fmt.Printf("%-30s => %-28s = %v %v\n", e, strings.Join(rpn, " "), v, err)
	}
	for _, s := range []string{"{[()]}", "([)]", "((", "", "a(b)c[d]{e}"} {
		fmt.Printf("%q balanced: %t\n", s, balanced(s))
	}
	queue := []int{1}
	var order []int
	seen := map[int]bool{1: true}
	for len(queue) > 0 && len(order) < 12 {
		n := queue[0]
		queue = queue[1:]
		order = append(order, n)
		for _, m := range []int{2 * n, 3 * n, 5 * n} {
			if !seen[m] {
				seen[m] = true
				queue = append(queue, m)
			}
		}
	}
	fmt.Println("bfs order:", order)
}
