package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Value interface{}

type Symbol string

type List []Value

type Proc func(args []Value) (Value, error)

type Lambda struct {
	params []Symbol
	body   Value
	env    *Env
}

type Env struct {
	vars  map[Symbol]Value
	outer *Env
}

func (e *Env) find(s Symbol) (*Env, bool) {
	for cur := e; cur != nil; cur = cur.outer {
		if _, ok := cur.vars[s]; ok {
			return cur, true
		}
	}
	return nil, false
}

func tokenize(s string) []string {
	s = strings.ReplaceAll(s, "(", " ( ")
	s = strings.ReplaceAll(s, ")", " ) ")
	return strings.Fields(s)
}

func read(toks *[]string) (Value, error) {
	if len(*toks) == 0 {
		return nil, errors.New("unexpected EOF")
	}
	t := (*toks)[0]
	*toks = (*toks)[1:]
	switch t {
	case "(":
		var l List
		for len(*toks) > 0 && (*toks)[0] != ")" {
			v, err := read(toks)
			if err != nil {
				return nil, err
			}
			l = append(l, v)
		}
		if len(*toks) == 0 {
			return nil, errors.New("missing )")
		}
		*toks = (*toks)[1:]
		return l, nil
	case ")":
		return nil, errors.New("unexpected )")
	}
	if n, err := strconv.Atoi(t); err == nil {
		return n, nil
	}
	return Symbol(t), nil
}

func eval(x Value, env *Env) (Value, error) {
	switch v := x.(type) {
	case int:
		return v, nil
	case Symbol:
		e, ok := env.find(v)
		if !ok {
			return nil, fmt.Errorf("undefined symbol %s", v)
		}
		return e.vars[v], nil
	case List:
		if len(v) == 0 {
			return v, nil
		}
		if head, ok := v[0].(Symbol); ok {
			switch head {
			case "quote":
				return v[1], nil
			case "if":
				c, err := eval(v[1], env)
				if err != nil {
					return nil, err
				}
				if b, ok := c.(bool); ok && !b {
					return eval(v[3], env)
				}
				return eval(v[2], env)
			case "define":
				val, err := eval(v[2], env)
				if err != nil {
					return nil, err
				}
				env.vars[v[1].(Symbol)] = val
				return val, nil
			case "lambda":
				var ps []Symbol
				for _, p := range v[1].(List) {
					ps = append(ps, p.(Symbol))
				}
				return &Lambda{ps, v[2], env}, nil
			}
		}
		f, err := eval(v[0], env)
		if err != nil {
			return nil, err
		}
		args := make([]Value, 0, len(v)-1)
		for _, a := range v[1:] {
			av, err := eval(a, env)
			if err != nil {
				return nil, err
			}
			args = append(args, av)
		}
		switch fn := f.(type) {
		case Proc:
			return fn(args)
		case *Lambda:
			inner := &Env{vars: map[Symbol]Value{}, outer: fn.env}
			for i, p := range fn.params {
				inner.vars[p] = args[i]
			}
			return eval(fn.body, inner)
		default:
			return nil, fmt.Errorf("not a procedure: %v", f)
		}
	}
	return nil, fmt.Errorf("cannot eval %T", x)
}

func arith(op func(a, b int) int) Proc {
	return func(args []Value) (Value, error) {
		acc := args[0].(int)
		for _, a := range args[1:] {
			acc = op(acc, a.(int))
		}
		return acc, nil
	}
}

func show(v Value) string {
	switch t := v.(type) {
	case List:
		parts := make([]string, len(t))
		for i, e := range t {
			parts[i] = show(e)
		}
		return "(" + strings.Join(parts, " ") + ")"
	case *Lambda:
		return fmt.Sprintf("<lambda %v>", t.params)
	case Proc:
		return "<builtin>"
	}
	return fmt.Sprint(v)
}

func main() {
	global := &Env{vars: map[Symbol]Value{
		"+":    arith(func(a, b int) int { return a + b }),
		"-":    arith(func(a, b int) int { return a - b }),
		"*":    arith(func(a, b int) int { return a * b }),
		"<":    Proc(func(a []Value) (Value, error) { return a[0].(int) < a[1].(int), nil }),
		"=":    Proc(func(a []Value) (Value, error) { return a[0] == a[1], nil }),
		"list": Proc(func(a []Value) (Value, error) { return List(a), nil }),
	}}
	progs := []string{
		"(define sq (lambda (x) (* x x)))",
		"(sq 12)",
		"(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
		"(fact 10)",
		"(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
		"(list (fib 10) (fib 15) (= 3 3) (quote (a b c)))",
		"(define make-adder (lambda (n) (lambda (x) (+ x n))))",
		"((make-adder 5) 37)",
		"(undefined 1)",
		"(1 2 3)",
		"(+ 1 (* 2 3)",
		"make-adder",
		"+",
	}
	for _, src := range progs {
		toks := tokenize(src)
		x, err := read(&toks)
		if err != nil {
			fmt.Printf("%s\n  parse error: %v\n", src, err)
			continue
		}
		v, err := eval(x, global)
		if err != nil {
			fmt.Printf("%s\n  error: %v\n", src, err)
			continue
		}
		fmt.Printf("%s\n  => %s\n", src, show(v))
	}
}
