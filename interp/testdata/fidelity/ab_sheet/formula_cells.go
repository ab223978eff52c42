package main

import (
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Ref string

type Expr interface {
	Eval(s *Sheet) (float64, error)
	Refs() []Ref
}

type Num float64
type CellRef Ref
type BinOp struct {
	Op   byte
	L, R Expr
}
type Call struct {
	Fn   string
	Args []Expr
}

func (n Num) Eval(*Sheet) (float64, error) { return float64(n), nil }
func (n Num) Refs() []Ref                  { return nil }

func (c CellRef) Eval(s *Sheet) (float64, error) { return s.Value(Ref(c)) }
func (c CellRef) Refs() []Ref                    { return []Ref{Ref(c)} }

var ErrDiv0 = errors.New("#DIV/0!")

func (b BinOp) Eval(s *Sheet) (float64, error) {
	l, err := b.L.Eval(s)
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval(s)
	if err != nil {
		return 0, err
	}
	switch b.Op {
	case '+':
		return l + r, nil
	case '-':
		return l - r, nil
	case '*':
		return l * r, nil
	case '/':
		if r == 0 {
			return 0, ErrDiv0
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("bad op %c", b.Op)
}
func (b BinOp) Refs() []Ref { return append(b.L.Refs(), b.R.Refs()...) }

func (c Call) Eval(s *Sheet) (float64, error) {
	vals := make([]float64, 0, len(c.Args))
	for _, a := range c.Args {
		v, err := a.Eval(s)
		if err != nil {
			return 0, fmt.Errorf("%s: %w", c.Fn, err)
		}
		vals = append(vals, v)
	}
	switch c.Fn {
	case "SUM":
		t := 0.0
		for _, v := range vals {
			t += v
		}
		return t, nil
	case "MAX":
		m := vals[0]
		for _, v := range vals[1:] {
			m = max(m, v)
		}
		return m, nil
	}
	return 0, fmt.Errorf("unknown function %s", c.Fn)
}
func (c Call) Refs() []Ref {
	var rs []Ref
	for _, a := range c.Args {
		rs = append(rs, a.Refs()...)
	}
	return rs
}

type CycleError struct{ Path []Ref }

func (e *CycleError) Error() string {
	parts := make([]string, len(e.Path))
	for i, r := range e.Path {
		parts[i] = string(r)
	}
	return "#CYCLE " + strings.Join(parts, "->")
}

type Sheet struct {
	cells    map[Ref]Expr
	cache    map[Ref]float64
	visiting map[Ref]bool
	stack    []Ref
	evals    int
}

func NewSheet() *Sheet {
	return &Sheet{cells: map[Ref]Expr{}, cache: map[Ref]float64{}, visiting: map[Ref]bool{}}
}

func (s *Sheet) Set(r Ref, e Expr) {
	s.cells[r] = e
	s.cache = map[Ref]float64{}
}

func (s *Sheet) Value(r Ref) (float64, error) {
	if v, ok := s.cache[r]; ok {
		return v, nil
	}
	e, ok := s.cells[r]
	if !ok {
		return 0, nil
	}
	if s.visiting[r] {
		path := append(append([]Ref{}, s.stack...), r)
		return 0, &CycleError{path}
	}
	s.visiting[r] = true
	s.stack = append(s.stack, r)
	defer func() {
		delete(s.visiting, r)
		s.stack = s.stack[:len(s.stack)-1]
	}()
	s.evals++
	v, err := e.Eval(s)
	if err != nil {
		return 0, err
	}
	s.cache[r] = v
	return v, nil
}

func (s *Sheet) Print() {
	refs := make([]Ref, 0, len(s.cells))
	for r := range s.cells {
		refs = append(refs, r)
	}
	sort.Slice(refs, func(i, j int) bool { return refs[i] < refs[j] })
	for _, r := range refs {
		v, err := s.Value(r)
		var ce *CycleError
		switch {
		case errors.As(err, &ce):
			fmt.Printf("%-3s| %s (len %d)\n", r, err, len(ce.Path))
		case errors.Is(err, ErrDiv0):
			fmt.Printf("%-3s| %v\n", r, err)
		case err != nil:
			fmt.Printf("%-3s| error %v\n", r, err)
		default:
			fmt.Printf("%-3s| %10s deps=%v\n", r, strconv.FormatFloat(v, 'f', -1, 64), s.cells[r].Refs())
		}
	}
	fmt.Println("evaluations:", s.evals)
}

func main() {
	s := NewSheet()
	s.Set("A1", Num(10))
	s.Set("A2", Num(32.5))
	s.Set("A3", BinOp{'*', CellRef("A1"), CellRef("A2")})
	s.Set("B1", Call{"SUM", []Expr{CellRef("A1"), CellRef("A2"), CellRef("A3")}})
	s.Set("B2", BinOp{'/', CellRef("B1"), BinOp{'-', CellRef("A1"), Num(10)}})
	s.Set("C1", Call{"MAX", []Expr{CellRef("A1"), CellRef("C2"), Num(-4)}})
	s.Set("C2", BinOp{'+', CellRef("C3"), Num(1)})
	s.Set("C3", CellRef("C1"))
	s.Set("D1", Call{"AVG", []Expr{Num(1)}})
	s.Set("D2", Call{"SUM", []Expr{CellRef("B2")}})
	s.Print()
	s.Set("A1", Num(4))
	s.Set("C3", CellRef("Z9"))
	s.Print()
	fmt.Printf("%v\n%+v\n", s.cells["A3"], s.cells["B1"])
}
