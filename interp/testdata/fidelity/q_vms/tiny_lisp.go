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
	env    *Scope
}

type Scope struct {
	vars  map[Symbol]Value
	outer *Scope
}

func (s *Scope) Find(sym Symbol) (Value, bool) {
	for e := s; e != nil; e = e.outer {
		if v, ok := e.vars[sym]; ok {
			return v, true
		}
	}
	return nil, false
}

func tokenize(src string) []string {
	src = strings.NewReplacer("(", " ( ", ")", " ) ").Replace(src)
	return strings.Fields(src)
}

func read(tokens *[]string) (Value, error) {
	if len(*tokens) == 0 {
		return nil, errors.New("unexpected EOF")
	}
	tok := (*tokens)[0]
	*tokens = (*tokens)[1:]
	switch tok {
	case "(":
		var l List
		for len(*tokens) > 0 && (*tokens)[0] != ")" {
			v, err := read(tokens)
			if err != nil {
				return nil, err
			}
			l = append(l, v)
		}
		if len(*tokens) == 0 {
			return nil, errors.New("missing )")
		}
		*tokens = (*tokens)[1:]
		return l, nil
	case ")":
		return nil, errors.New("unexpected )")
	}
	if n, err := strconv.Atoi(tok); err == nil {
		return n, nil
	}
	return Symbol(tok), nil
}

func eval(x Value, env *Scope) (Value, error) {
	switch v := x.(type) {
	case Symbol:
		if val, ok := env.Find(v); ok {
			return val, nil
		}
		return nil, fmt.Errorf("unbound symbol %s", v)
	case int:
		return v, nil
	case List:
		if len(v) == 0 {
			return v, nil
		}
		switch v[0] {
		case Symbol("quote"):
			return v[1], nil
		case Symbol("if"):
			c, err := eval(v[1], env)
			if err != nil {
				return nil, err
			}
			if c != false && c != 0 {
				return eval(v[2], env)
			}
			return eval(v[3], env)
		case Symbol("define"):
			val, err := eval(v[2], env)
			env.vars[v[1].(Symbol)] = val
			return nil, err
		case Symbol("lambda"):
			var ps []Symbol
			for _, p := range v[1].(List) {
				ps = append(ps, p.(Symbol))
			}
			return &Lambda{ps, v[2], env}, nil
		}
		fn, err := eval(v[0], env)
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
		switch f := fn.(type) {
		case Proc:
			return f(args)
		case *Lambda:
			inner := &Scope{map[Symbol]Value{}, f.env}
			for i, p := range f.params {
				inner.vars[p] = args[i]
			}
			return eval(f.body, inner)
		}
		return nil, fmt.Errorf("not a procedure: %v", fn)
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

func str(v Value) string {
	switch x := v.(type) {
	case List:
		parts := make([]string, len(x))
		for i, e := range x {
			parts[i] = str(e)
		}
		return "(" + strings.Join(parts, " ") + ")"
	case *Lambda:
		return fmt.Sprintf("<lambda %v>", x.params)
	case nil:
		return "nil"
	}
	return fmt.Sprint(v)
}

func main() {
	global := &Scope{vars: map[Symbol]Value{
		"+":    arith(func(a, b int) int { return a + b }),
		"-":    arith(func(a, b int) int { return a - b }),
		"*":    arith(func(a, b int) int { return a * b }),
		"<":    Proc(func(a []Value) (Value, error) { return a[0].(int) < a[1].(int), nil }),
		"=":    Proc(func(a []Value) (Value, error) { return a[0] == a[1], nil }),
		"list": Proc(func(a []Value) (Value, error) { return List(a), nil }),
	}}
	programs := []string{
		"(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
		"(fact 10)",
		"(define fib (lambda (n) (if (< n 2) n (+ (fib (- n 1)) (fib (- n 2))))))",
		"(list (fib 10) (fib 15) (quote (a b c)))",
		"(define make-adder (lambda (k) (lambda (x) (+ x k))))",
		"((make-adder 5) 37)",
		"(= (fact 5) 120)",
		"make-adder",
		"(undefined 1)",
		"(1 2 3)",
		"(+ 1 (* 2 3)",
		"(list)",
	}
	for _, src := range programs {
		toks := tokenize(src)
		expr, err := read(&toks)
		if err != nil {
			fmt.Println("read error:", err)
			continue
		}
		v, err := eval(expr, global)
		if err != nil {
			fmt.Println("eval error:", err)
			continue
		}
		fmt.Printf("%s => %s\n", src, str(v))
	}
}
