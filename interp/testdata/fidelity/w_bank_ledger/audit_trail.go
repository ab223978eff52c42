package main

import (
	"errors"
	"fmt"
	"strings"
)

type Amount int

type Op interface {
	Apply(bal Amount) (Amount, error)
	fmt.Stringer
}

type Credit struct{ N Amount }
type Debit struct{ N Amount }
type Freeze struct{ Reason string }

var ErrFrozen = errors.New("account frozen")

type OverdraftError struct {
	Bal, Want Amount
}

func (e *OverdraftError) Error() string {
	return fmt.Sprintf("overdraft: balance %d, debit %d", e.Bal, e.Want)
}

func (c Credit) Apply(b Amount) (Amount, error) { return b + c.N, nil }
func (c Credit) String() string                 { return fmt.Sprintf("credit(%d)", c.N) }

func (d Debit) Apply(b Amount) (Amount, error) {
	if d.N > b {
		return b, &OverdraftError{b, d.N}
	}
	return b - d.N, nil
}
func (d Debit) String() string { return fmt.Sprintf("debit(%d)", d.N) }

func (f Freeze) Apply(b Amount) (Amount, error) { return b, fmt.Errorf("%s: %w", f.Reason, ErrFrozen) }
func (f Freeze) String() string                 { return "freeze[" + f.Reason + "]" }

type Audit struct {
	Seq int
	Op  Op
	Bal Amount
	Err error
}

func run(ops []Op) ([]Audit, Amount) {
	var trail []Audit
	var bal Amount
	for i, op := range ops {
		nb, err := op.Apply(bal)
		trail = append(trail, Audit{i + 1, op, nb, err})
		if errors.Is(err, ErrFrozen) {
			break
		}
		bal = nb
	}
	return trail, bal
}

func main() {
	ops := []Op{Credit{100}, Debit{30}, Debit{500}, Credit{5}, Freeze{"fraud check"}, Credit{1000}}
	trail, bal := run(ops)
	for _, a := range trail {
		status := "ok"
		var od *OverdraftError
		if errors.As(a.Err, &od) {
			status = fmt.Sprintf("short %d", od.Want-od.Bal)
		} else if a.Err != nil {
			status = a.Err.Error()
		}
		fmt.Printf("%02d %-18v bal=%4d %s\n", a.Seq, a.Op, a.Bal, status)
	}
	fmt.Println("final", bal, len(trail))
	fmt.Printf("%v\n", trail[1])
	fmt.Printf("%+v\n", trail[2])
	fmt.Println(ops)
	var sb strings.Builder
	for _, op := range ops {
		switch o := op.(type) {
		case Credit:
			sb.WriteString("+")
			fmt.Fprint(&sb, o.N)
		case Debit:
			fmt.Fprintf(&sb, "-%d", o.N)
		default:
			fmt.Fprintf(&sb, "[%T]", o)
		}
		sb.WriteByte(' ')
	}
	fmt.Println(sb.String())
}
