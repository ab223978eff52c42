package main

import (
	"errors"
	"fmt"
	"strings"
)

type Policy struct {
	Number     string
	Holder     string
	Deductible float64
	Limit      float64
	Covers     map[string]float64 // category -> coinsurance share paid by insurer
}

type Claim struct {
	ID       int
	Policy   string
	Category string
	Amount   float64
}

type Decision struct {
	Claim   Claim
	Payout  float64
	Reasons []string
}

type DenialError struct {
	ClaimID int
	Reason  string
}

func (d *DenialError) Error() string { return fmt.Sprintf("claim %d denied: %s", d.ClaimID, d.Reason) }

var ErrNoPolicy = errors.New("no such policy")

type Insurer struct {
	policies map[string]*Policy
	used     map[string]float64 // deductible used
	paid     map[string]float64
}

func (in *Insurer) Process(c Claim) (Decision, error) {
	p, ok := in.policies[c.Policy]
	if !ok {
		return Decision{}, fmt.Errorf("claim %d: %w %q", c.ID, ErrNoPolicy, c.Policy)
	}
	share, covered := p.Covers[c.Category]
	if !covered {
		return Decision{}, &DenialError{c.ID, c.Category + " not covered"}
	}
	d := Decision{Claim: c}
	amt := c.Amount
	if left := p.Deductible - in.used[p.Number]; left > 0 {
		ded := min(left, amt)
		in.used[p.Number] += ded
		amt -= ded
		d.Reasons = append(d.Reasons, fmt.Sprintf("deductible %.2f", ded))
	}
	pay := amt * share
	if share < 1 {
		d.Reasons = append(d.Reasons, fmt.Sprintf("coinsurance %.0f%%", share*100))
	}
	if room := p.Limit - in.paid[p.Number]; pay > room {
		d.Reasons = append(d.Reasons, fmt.Sprintf("limit reached (%.2f left)", room))
		pay = room
	}
	in.paid[p.Number] += pay
	d.Payout = pay
	return d, nil
}

func main() {
	in := &Insurer{
		policies: map[string]*Policy{
			"P-1": {"P-1", "Ada", 500, 5000, map[string]float64{"medical": 0.8, "dental": 0.5}},
			"P-2": {"P-2", "Bo", 0, 1000, map[string]float64{"medical": 1, "vision": 1}},
		},
		used: map[string]float64{},
		paid: map[string]float64{},
	}
	claims := []Claim{
		{1, "P-1", "medical", 300}, {2, "P-1", "medical", 1200}, {3, "P-1", "dental", 400},
		{4, "P-2", "vision", 250}, {5, "P-2", "dental", 100}, {6, "P-3", "medical", 10},
		{7, "P-2", "medical", 900}, {8, "P-1", "medical", 6000},
	}
	var total float64
	for _, c := range claims {
		d, err := in.Process(c)
		var de *DenialError
		switch {
		case errors.As(err, &de):
			fmt.Printf("#%d DENIED  %s\n", de.ClaimID, de.Reason)
		case errors.Is(err, ErrNoPolicy):
			fmt.Printf("#%d ERROR   %v\n", c.ID, err)
		default:
			total += d.Payout
			fmt.Printf("#%d %-8s %8.2f of %8.2f  %s\n", c.ID, c.Category, d.Payout, c.Amount, strings.Join(d.Reasons, "; "))
		}
	}
	fmt.Printf("total paid %.2f\n", total)
	for _, n := range []string{"P-1", "P-2"} {
		fmt.Printf("%s %-3s paid=%.2f deductible used=%.2f\n", n, in.policies[n].Holder, in.paid[n], in.used[n])
	}
}
