// A tiny Lisp evaluator whose values are Go types defined over slices,
// funcs and basic types, held in an interface.
package main

import (
	"fmt"
	"strings"
)

type Value interface{}

type Symbol string
type Number float64
type List []Value
type Builtin func(args []Value) Value

func tokenize(s string) []string {
	s = strings.ReplaceAll(s, "(", " ( ")
	s = strings.ReplaceAll(s, ")", " ) ")
	return strings.Fields(s)
}

func parse(tokens []string, pos int) (Value, int) {
	tok := tokens[pos]
	if tok == "(" {
		var list List
		pos++
		for tokens[pos] != ")" {
			var v Value
			v, pos = parse(tokens, pos)
			list = append(list, v)
		}
		return list, pos + 1
	}
	var f float64
	if _, err := fmt.Sscanf(tok, "%g", &f); err == nil {
		return Number(f), pos + 1
	}
	return Symbol(tok), pos + 1
}

type Env map[Symbol]Value

func eval(v Value, env Env) Value {
	switch x := v.(type) {
	case Number:
		return x
	case Symbol:
		return env[x]
	case List:
		if len(x) == 0 {
			return x
		}
		if head, ok := x[0].(Symbol); ok {
			switch head {
			case "quote":
				return x[1]
			case "if":
				if c := eval(x[1], env); c != Number(0) {
					return eval(x[2], env)
				}
				return eval(x[3], env)
			}
		}
		fn := eval(x[0], env)
		var args []Value
		for _, a := range x[1:] {
			args = append(args, eval(a, env))
		}
		if b, ok := fn.(Builtin); ok {
			return b(args)
		}
		panic(fmt.Sprintf("not a function: %v", fn))
	}
	panic("unknown value")
}

func show(v Value) string {
	switch x := v.(type) {
	case List:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = show(e)
		}
		return "(" + strings.Join(parts, " ") + ")"
	case Number:
		return fmt.Sprint(float64(x))
	case Symbol:
		return string(x)
	case Builtin:
		return "<builtin>"
	}
	return fmt.Sprintf("?%T", v)
}

func main() {
	env := Env{
		"+": Builtin(func(args []Value) Value {
			sum := Number(0)
			for _, a := range args {
				sum += a.(Number)
			}
			return sum
		}),
		"*": Builtin(func(args []Value) Value {
			p := Number(1)
			for _, a := range args {
				p *= a.(Number)
			}
			return p
		}),
		"list": Builtin(func(args []Value) Value { return List(args) }),
	}

	for _, src := range []string{
		"(+ 1 2 3)",
		"(* 2 (+ 3 4))",
		"(quote (a b c))",
		"(list 1 (+ 1 1) 3)",
		"(if 0 10 20)",
		"+",
	} {
		expr, _ := parse(tokenize(src), 0)
		res := eval(expr, env)
		fmt.Printf("%-22s => %-12s %T\n", src, show(res), res)
	}

	q, _ := parse(tokenize("(a (b c))"), 0)
	if l, ok := q.(List); ok {
		fmt.Println("list of", len(l), "items; second is a List:", func() bool { _, ok := l[1].(List); return ok }())
	}
	_, isSlice := q.([]Value)
	fmt.Println("plain []Value?", isSlice)
}
