package main

import (
	"errors"
	"fmt"
	"strings"
)

type Type int

const (
	TInt Type = iota + 1
	TBool
	TStr
)

func (t Type) String() string {
	switch t {
	case TInt:
		return "int"
	case TBool:
		return "bool"
	case TStr:
		return "string"
	}
	return fmt.Sprintf("Type(%d)", int(t))
}

type TypeError struct {
	Pos  int
	Msg  string
	Want Type
	Got  Type
}

func (e *TypeError) Error() string {
	return fmt.Sprintf("pos %d: %s (want %v, got %v)", e.Pos, e.Msg, e.Want, e.Got)
}

type Term interface {
	check(env map[string]Type, errs *[]error) Type
}

type IntLit struct {
	Pos int
	V   int
}
type StrLit struct {
	Pos int
	V   string
}
type Ref struct {
	Pos  int
	Name string
}
type If struct {
	Pos        int
	Cond       Term
	Then, Else Term
}
type Apply struct {
	Pos  int
	Op   string
	Args []Term
}

func (IntLit) check(map[string]Type, *[]error) Type { return TInt }
func (StrLit) check(map[string]Type, *[]error) Type { return TStr }
func (r Ref) check(env map[string]Type, errs *[]error) Type {
	if t, ok := env[r.Name]; ok {
		return t
	}
	*errs = append(*errs, fmt.Errorf("pos %d: undefined: %s", r.Pos, r.Name))
	return 0
}
func expect(t Term, want Type, pos int, what string, env map[string]Type, errs *[]error) {
	if got := t.check(env, errs); got != want && got != 0 {
		*errs = append(*errs, &TypeError{pos, what, want, got})
	}
}
func (i If) check(env map[string]Type, errs *[]error) Type {
	expect(i.Cond, TBool, i.Pos, "if condition", env, errs)
	a, b := i.Then.check(env, errs), i.Else.check(env, errs)
	if a != b && a != 0 && b != 0 {
		*errs = append(*errs, &TypeError{i.Pos, "if branches differ", a, b})
	}
	return a
}

var sigs = map[string][]Type{
	"+": {TInt, TInt, TInt}, "<": {TInt, TInt, TBool}, "concat": {TStr, TStr, TStr},
	"len": {TStr, TInt}, "not": {TBool, TBool},
}

func (a Apply) check(env map[string]Type, errs *[]error) Type {
	sig, ok := sigs[a.Op]
	if !ok {
		*errs = append(*errs, fmt.Errorf("pos %d: unknown operator %q", a.Pos, a.Op))
		return 0
	}
	if len(a.Args) != len(sig)-1 {
		*errs = append(*errs, fmt.Errorf("pos %d: %s takes %d args, got %d", a.Pos, a.Op, len(sig)-1, len(a.Args)))
		return sig[len(sig)-1]
	}
	for i, arg := range a.Args {
		expect(arg, sig[i], a.Pos, fmt.Sprintf("arg %d of %s", i+1, a.Op), env, errs)
	}
	return sig[len(sig)-1]
}

func main() {
	env := map[string]Type{"n": TInt, "name": TStr, "ok": TBool}
	progs := map[string]Term{
		"a-good": If{1, Apply{2, "<", []Term{Ref{3, "n"}, IntLit{4, 10}}}, StrLit{5, "small"}, Ref{6, "name"}},
		"b-cond": If{1, Ref{2, "n"}, IntLit{3, 1}, IntLit{4, 2}},
		"c-args": Apply{1, "+", []Term{StrLit{2, "x"}, Apply{3, "len", []Term{Ref{4, "ok"}}}}},
		"d-misc": Apply{1, "concat", []Term{Ref{2, "missing"}, Apply{3, "upper", nil}, IntLit{4, 0}}},
		"e-mix":  If{1, Apply{2, "not", []Term{Ref{3, "ok"}}}, IntLit{4, 1}, StrLit{5, "one"}},
	}
	for _, name := range []string{"a-good", "b-cond", "c-args", "d-misc", "e-mix"} {
		var errs []error
		t := progs[name].check(env, &errs)
		fmt.Printf("%s: type %v, %d error(s)\n", name, t, len(errs))
		if err := errors.Join(errs...); err != nil {
			fmt.Println("  " + strings.ReplaceAll(err.Error(), "\n", "\n  "))
			var te *TypeError
			if errors.As(err, &te) {
				fmt.Printf("  first type error: %+v\n", *te)
			}
		}
	}
	fmt.Println(Type(9), []Type{TInt, TStr})
}
