package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Bracket struct {
	Upto float64 // 0 means no upper bound
	Rate float64
}

type Schedule struct {
	Name     string
	Brackets []Bracket
	Credits  map[string]float64
}

type Filer struct {
	Name       string
	Income     float64
	Deductions []float64
	Claims     []string
}

type ClaimError struct {
	Filer, Claim string
}

func (e *ClaimError) Error() string { return fmt.Sprintf("%s: unknown credit %q", e.Filer, e.Claim) }

func (s Schedule) Tax(taxable float64) (float64, []string) {
	tax, lower := 0.0, 0.0
	var lines []string
	for _, b := range s.Brackets {
		upper := b.Upto
		if upper == 0 || taxable < upper {
			upper = taxable
		}
		if upper <= lower {
			break
		}
		part := (upper - lower) * b.Rate
		lines = append(lines, fmt.Sprintf("%9.2f-%9.2f @%4.1f%% = %8.2f", lower, upper, b.Rate*100, part))
		tax += part
		lower = upper
	}
	return tax, lines
}

func (s Schedule) File(f Filer) (float64, error) {
	ded := 0.0
	for _, d := range f.Deductions {
		ded += d
	}
	taxable := f.Income - ded
	if taxable < 0 {
		taxable = 0
	}
	tax, lines := s.Tax(taxable)
	var errs []error
	for _, c := range f.Claims {
		amt, ok := s.Credits[c]
		if !ok {
			errs = append(errs, &ClaimError{f.Name, c})
			continue
		}
		tax -= amt
		lines = append(lines, fmt.Sprintf("credit %-17s = %8.2f", c, -amt))
	}
	if tax < 0 {
		tax = 0
	}
	fmt.Printf("%s: income %.2f, deductions %.2f, taxable %.2f\n  %s\n", f.Name, f.Income, ded, taxable, strings.Join(lines, "\n  "))
	return tax, errors.Join(errs...)
}

func main() {
	s := Schedule{
		Name:     "2025",
		Brackets: []Bracket{{10000, 0}, {40000, 0.15}, {100000, 0.3}, {0, 0.45}},
		Credits:  map[string]float64{"child": 1200, "green-energy": 500, "student": 300},
	}
	filers := []Filer{
		{"Ana", 8500, nil, nil},
		{"Bea", 52000, []float64{2000, 1500}, []string{"child"}},
		{"Cal", 250000, []float64{10000}, []string{"green-energy", "yacht", "child"}},
		{"Dov", 41000, []float64{45000}, []string{"student"}},
	}
	results := map[string]float64{}
	for _, f := range filers {
		tax, err := s.File(f)
		results[f.Name] = tax
		var ce *ClaimError
		if errors.As(err, &ce) {
			fmt.Println("  warning:", err, "| first bad claim:", ce.Claim)
		}
		eff := 0.0
		if f.Income > 0 {
			eff = tax / f.Income * 100
		}
		fmt.Printf("  => tax %.2f (effective %.2f%%)\n", tax, eff)
	}
	names := make([]string, 0, len(results))
	for n := range results {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool {
		if results[names[i]] != results[names[j]] {
			return results[names[i]] > results[names[j]]
		}
		return names[i] < names[j]
	})
	fmt.Println("by tax:", names)
}
