package main

import (
	"errors"
	"fmt"
	"strings"
)

type Cents int64

func (c Cents) String() string { return fmt.Sprintf("$%d.%02d", c/100, c%100) }

// RateBP is an interest rate in basis points.
type RateBP int

type TooSmallError Cents

func (e TooSmallError) Error() string {
	return "minimum balance not met: " + Cents(e).String()
}

type Savings struct {
	Owner   string
	Balance Cents
	Rate    RateBP
	history []string
}

const minBalance Cents = 10000

// applyInterest rounds half-up to the nearest cent.
func (s *Savings) applyInterest(months int) error {
	if s.Balance < minBalance {
		return TooSmallError(s.Balance)
	}
	for m := 1; m <= months; m++ {
		num := int64(s.Balance) * int64(s.Rate)
		den := int64(10000 * 12)
		interest := Cents((num + den/2) / den)
		s.Balance += interest
		s.history = append(s.history, fmt.Sprintf("m%02d +%v=%v", m, interest, s.Balance))
	}
	return nil
}

func main() {
	accts := []*Savings{
		{Owner: "ann", Balance: 1_000_000, Rate: 450},
		{Owner: "ben", Balance: 5_000, Rate: 300},
		{Owner: "cy", Balance: 250_075, Rate: 125},
	}
	for _, a := range accts {
		err := a.applyInterest(6)
		var small TooSmallError
		switch {
		case errors.As(err, &small):
			fmt.Printf("%s: skipped (%v), short by %v\n", a.Owner, err, minBalance-Cents(small))
		case err != nil:
			fmt.Println("error", err)
		default:
			fmt.Printf("%s: %s\n", a.Owner, strings.Join(a.history, "; "))
		}
	}
	var sum Cents
	for _, a := range accts {
		sum += a.Balance
	}
	fmt.Println("sum", sum, int64(sum))
	fmt.Printf("%v %d %s\n", accts[0].Rate, accts[0].Rate, TooSmallError(42))
}
