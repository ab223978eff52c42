package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"text/tabwriter"
)

type PayType int

const (
	Hourly PayType = iota
	Salaried
)

func (p PayType) String() string {
	switch p {
	case Hourly:
		return "hourly"
	case Salaried:
		return "salaried"
	}
	return fmt.Sprintf("PayType(%d)", int(p))
}

type Employee struct {
	ID     int
	Name   string
	Kind   PayType
	Rate   float64 // hourly rate or annual salary
	Hours  []float64
	Exempt bool
}

var ErrNoHours = errors.New("no hours recorded")

type PayError struct {
	Emp string
	Err error
}

func (e *PayError) Error() string { return "payroll: " + e.Emp + ": " + e.Err.Error() }
func (e *PayError) Unwrap() error { return e.Err }

type Stub struct {
	Name            string
	Regular, OT     float64
	Gross, Tax, Net float64
}

const overtimeThreshold = 40.0

func compute(e Employee) (Stub, error) {
	s := Stub{Name: e.Name}
	switch e.Kind {
	case Salaried:
		s.Gross = e.Rate / 52
		s.Regular = 40
	case Hourly:
		if len(e.Hours) == 0 {
			return s, &PayError{e.Name, ErrNoHours}
		}
		total := 0.0
		for _, h := range e.Hours {
			total += h
		}
		if total > overtimeThreshold && !e.Exempt {
			s.OT = total - overtimeThreshold
			s.Regular = overtimeThreshold
		} else {
			s.Regular = total
		}
		s.Gross = s.Regular*e.Rate + s.OT*e.Rate*1.5
	default:
		return s, fmt.Errorf("unknown pay type %v", e.Kind)
	}
	s.Tax = withholding(s.Gross)
	s.Net = s.Gross - s.Tax
	return s, nil
}

// withholding applies simple weekly brackets.
func withholding(gross float64) float64 {
	brackets := []struct{ upTo, rate float64 }{
		{500, 0.10}, {1500, 0.15}, {3000, 0.22}, {1e18, 0.30},
	}
	tax, prev := 0.0, 0.0
	for _, b := range brackets {
		if gross <= prev {
			break
		}
		part := min(gross, b.upTo) - prev
		tax += part * b.rate
		prev = b.upTo
	}
	return tax
}

func main() {
	staff := []Employee{
		{3, "Carol", Hourly, 22.50, []float64{8, 9, 10, 8, 9.5}, false},
		{1, "Alice", Salaried, 98000, nil, true},
		{4, "Dave", Hourly, 18.00, nil, false},
		{2, "Bob", Hourly, 31.25, []float64{10, 10, 10, 10, 6}, true},
		{5, "Eve", Hourly, 27.00, []float64{12, 12, 12, 4}, false},
	}
	sort.Slice(staff, func(i, j int) bool { return staff[i].ID < staff[j].ID })

	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "Name\tType\tReg\tOT\tGross\tTax\tNet\t")
	var totals Stub
	var failed []error
	for _, e := range staff {
		s, err := compute(e)
		if err != nil {
			failed = append(failed, err)
			continue
		}
		fmt.Fprintf(w, "%s\t%v\t%.1f\t%.1f\t%.2f\t%.2f\t%.2f\t\n", s.Name, e.Kind, s.Regular, s.OT, s.Gross, s.Tax, s.Net)
		totals.Gross += s.Gross
		totals.Tax += s.Tax
		totals.Net += s.Net
	}
	fmt.Fprintf(w, "TOTAL\t\t\t\t%.2f\t%.2f\t%.2f\t\n", totals.Gross, totals.Tax, totals.Net)
	w.Flush()

	for _, err := range failed {
		fmt.Println("error:", err)
		var pe *PayError
		if errors.As(err, &pe) {
			fmt.Printf("  employee=%q missingHours=%t\n", pe.Emp, errors.Is(err, ErrNoHours))
		}
	}
	fmt.Println(PayType(7), Hourly)
}
