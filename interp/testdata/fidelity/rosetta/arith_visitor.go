package main

import (
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
)

type Visitor interface {
	VisitNum(n *Num) string
	VisitBin(b *Bin) string
}

type Expr interface {
	Accept(v Visitor) string
	Eval() (float64, error)
}

type Num struct{ V float64 }
type Bin struct {
	Op   byte
	L, R Expr
}

var ErrDivZero = errors.New("division by zero")

func (n *Num) Accept(v Visitor) string { return v.VisitNum(n) }
func (b *Bin) Accept(v Visitor) string { return v.VisitBin(b) }
func (n *Num) Eval() (float64, error)  { return n.V, nil }
func (b *Bin) Eval() (float64, error) {
	l, err := b.L.Eval()
	if err != nil {
		return 0, err
	}
	r, err := b.R.Eval()
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
			return 0, fmt.Errorf("eval %v/%v: %w", l, r, ErrDivZero)
		}
		return l / r, nil
	}
	return 0, fmt.Errorf("bad op %q", b.Op)
}

type printer struct{}

func (printer) VisitNum(n *Num) string { return fmt.Sprint(n.V) }
func (p printer) VisitBin(b *Bin) string {
	return "(" + b.L.Accept(p) + " " + string(b.Op) + " " + b.R.Accept(p) + ")"
}

type rpn struct{ sb *strings.Builder }

func (r rpn) VisitNum(n *Num) string { fmt.Fprintf(r.sb, "%g ", n.V); return "" }
func (r rpn) VisitBin(b *Bin) string {
	b.L.Accept(r)
	b.R.Accept(r)
	r.sb.WriteString(string(b.Op) + " ")
	return ""
}

type depth struct{ max int }

func (d *depth) VisitNum(n *Num) string { return "1" }
func (d *depth) VisitBin(b *Bin) string {
	l := len(b.L.Accept(d))
	r := len(b.R.Accept(d))
	s := strings.Repeat("x", max(l, r)+1)
	d.max = max(d.max, len(s))
	return s
}

func parse(tokens []string) (Expr, []string, error) {
	if len(tokens) == 0 {
		return nil, nil, io.ErrUnexpectedEOF
	}
	t := tokens[0]
	if t == "(" {
		l, rest, err := parse(tokens[1:])
		if err != nil {
			return nil, nil, err
		}
		op := rest[0][0]
		r, rest, err := parse(rest[1:])
		if err != nil {
			return nil, nil, err
		}
		return &Bin{op, l, r}, rest[1:], nil
	}
	var v float64
	if _, err := fmt.Sscanf(t, "%g", &v); err != nil {
		return nil, nil, fmt.Errorf("token %q: %w", t, err)
	}
	return &Num{v}, tokens[1:], nil
}

func main() {
	inputs := []string{"( 1 + ( 2 * 3 ) )", "( ( 8 / 2 ) - ( 1 / 0 ) )", "( 4 * ( 2.5 - 1 ) )", "( 1 + x )", "( 2 *"}
	results := map[string]float64{}
	for _, in := range inputs {
		e, _, err := parse(strings.Fields(in))
		if err != nil {
			fmt.Fprintln(os.Stdout, "parse error:", err, errors.Is(err, io.ErrUnexpectedEOF))
			continue
		}
		var sb strings.Builder
		e.Accept(rpn{&sb})
		d := &depth{}
		e.Accept(d)
		v, err := e.Eval()
		fmt.Printf("%-28s rpn=%-16q depth=%d", e.Accept(printer{}), strings.TrimSpace(sb.String()), d.max)
		if err != nil {
			fmt.Printf(" error=%v divzero=%t\n", err, errors.Is(err, ErrDivZero))
			continue
		}
		fmt.Printf(" = %g\n", v)
		results[in] = v
	}
	keys := make([]string, 0, len(results))
	for k := range results {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("%q: %.3f\n", k, results[k])
	}
	var exprs []Expr
	for i := 1; i <= 3; i++ {
		exprs = append(exprs, &Bin{'*', &Num{float64(i)}, &Num{10}})
	}
	for _, e := range exprs {
		v, _ := e.Eval()
		fmt.Print(v, " ")
	}
	fmt.Println(len(exprs))
	fmt.Printf("%T %T\n", exprs[0], exprs[0].(*Bin).L)
}
