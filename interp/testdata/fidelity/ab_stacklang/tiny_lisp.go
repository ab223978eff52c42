package main

import (
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Sexp interface{}

type Symbol string

type List []Sexp

type Lambda struct {
	Params []Symbol
	Body   Sexp
	Env    *Env
}

func (l *Lambda) String() string { return fmt.Sprintf("<lambda/%d>", len(l.Params)) }

type Builtin func(args []Sexp) (Sexp, error)

type Env struct {
	vars  map[Symbol]Sexp
	outer *Env
}

func (e *Env) Find(s Symbol) (Sexp, bool) {
	for env := e; env != nil; env = env.outer {
		if v, ok := env.vars[s]; ok {
			return v, true
		}
	}
	return nil, false
}

func tokenize(src string) []string {
	src = strings.NewReplacer("(", " ( ", ")", " ) ").Replace(src)
	return strings.Fields(src)
}

func read(toks *[]string) (Sexp, error) {
	if len(*toks) == 0 {
		return nil, errors.New("unexpected EOF")
	}
	t := (*toks)[0]
	*toks = (*toks)[1:]
	switch t {
	case "(":
		var l List
		for len(*toks) > 0 && (*toks)[0] != ")" {
			x, err := read(toks)
			if err != nil {
				return nil, err
			}
			l = append(l, x)
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

func show(x Sexp) string {
	switch v := x.(type) {
	case List:
		parts := make([]string, len(v))
		for i, e := range v {
			parts[i] = show(e)
		}
		return "(" + strings.Join(parts, " ") + ")"
	case bool:
		if v {
			return "#t"
		}
		return "#f"
	case nil:
		return "nil"
	case Builtin:
		return "<builtin>"
	}
	return fmt.Sprint(x)
}

func eval(x Sexp, env *Env) (Sexp, error) {
	for {
		switch v := x.(type) {
		case int, bool:
			return v, nil
		case Symbol:
			if val, ok := env.Find(v); ok {
				return val, nil
			}
			return nil, fmt.Errorf("unbound symbol %s", v)
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
				if c != false {
					x = v[2]
				} else {
					x = v[3]
				}
				continue
			case Symbol("define"):
				val, err := eval(v[2], env)
				if err != nil {
					return nil, err
				}
				env.vars[v[1].(Symbol)] = val
				return val, nil
			case Symbol("lambda"):
				var ps []Symbol
				for _, p := range v[1].(List) {
					ps = append(ps, p.(Symbol))
				}
				return &Lambda{ps, v[2], env}, nil
			}
			f, err := eval(v[0], env)
			if err != nil {
				return nil, err
			}
			args := make([]Sexp, 0, len(v)-1)
			for _, a := range v[1:] {
				av, err := eval(a, env)
				if err != nil {
					return nil, err
				}
				args = append(args, av)
			}
			switch fn := f.(type) {
			case Builtin:
				return fn(args)
			case *Lambda:
				inner := &Env{vars: map[Symbol]Sexp{}, outer: fn.Env}
				for i, p := range fn.Params {
					inner.vars[p] = args[i]
				}
				x, env = fn.Body, inner
				continue
			default:
				return nil, fmt.Errorf("not a function: %s", show(f))
			}
		default:
			return nil, fmt.Errorf("cannot eval %T", x)
		}
	}
}

func arith(op func(a, b int) Sexp) Builtin {
	return func(args []Sexp) (Sexp, error) {
		a, ok1 := args[0].(int)
		b, ok2 := args[1].(int)
		if !ok1 || !ok2 {
			return nil, fmt.Errorf("arith on %s %s", show(args[0]), show(args[1]))
		}
		return op(a, b), nil
	}
}

func global() *Env {
	return &Env{vars: map[Symbol]Sexp{
		"+":    arith(func(a, b int) Sexp { return a + b }),
		"-":    arith(func(a, b int) Sexp { return a - b }),
		"*":    arith(func(a, b int) Sexp { return a * b }),
		"<":    arith(func(a, b int) Sexp { return a < b }),
		"=":    arith(func(a, b int) Sexp { return a == b }),
		"list": Builtin(func(args []Sexp) (Sexp, error) { return List(args), nil }),
		"car":  Builtin(func(args []Sexp) (Sexp, error) { return args[0].(List)[0], nil }),
		"cdr":  Builtin(func(args []Sexp) (Sexp, error) { return args[0].(List)[1:], nil }),
	}}
}

func main() {
	env := global()
	progs := []string{
		"(define sq (lambda (x) (* x x)))",
		"(sq 12)",
		"(define fact (lambda (n) (if (< n 2) 1 (* n (fact (- n 1))))))",
		"(fact 12)",
		"(define count (lambda (n acc) (if (= n 0) acc (count (- n 1) (+ acc 1)))))",
		"(count 5000 0)",
		"(list 1 (sq 3) (quote (a b)) (< 1 2))",
		"(cdr (list 1 2 3))",
		"(car (quote ()))",
		"(+ 1 (quote x))",
		"(undefined 3)",
		"(1 2)",
		"(sq 2",
		"sq",
		"(define make-adder (lambda (n) (lambda (x) (+ x n))))",
		"((make-adder 10) 32)",
	}
	for _, p := range progs {
		toks := tokenize(p)
		x, err := read(&toks)
		if err == nil {
			func() {
				defer func() {
					if r := recover(); r != nil {
						err = fmt.Errorf("recovered: %v", r)
					}
				}()
				x, err = eval(x, env)
			}()
		}
		if err != nil {
			fmt.Printf("%-45s ! %v\n", p, err)
			continue
		}
		fmt.Printf("%-45s = %s\n", p, show(x))
	}
}
