package main

import (
	"fmt"
	"math"
	"strings"
)

type Account interface {
	Month(m int) string
	Balance() float64
	Kind() string
}

type Savings struct {
	bal, rate float64
}

type Loan struct {
	principal, rate, payment float64
	paidOff                  int
}

type Checking struct {
	bal     float64
	fee     float64
	deposit float64
}

func (s *Savings) Month(int) string {
	interest := s.bal * s.rate / 12
	s.bal += interest
	return fmt.Sprintf("+%.2f", interest)
}
func (s *Savings) Balance() float64 { return s.bal }
func (s *Savings) Kind() string     { return "savings" }

func (l *Loan) Month(m int) string {
	if l.principal <= 0 {
		return "paid"
	}
	interest := l.principal * l.rate / 12
	pay := math.Min(l.payment, l.principal+interest)
	l.principal += interest - pay
	if l.principal <= 0.005 {
		l.principal = 0
		l.paidOff = m
	}
	return fmt.Sprintf("-%.2f", pay)
}
func (l *Loan) Balance() float64 { return -l.principal }
func (l *Loan) Kind() string     { return "loan" }

func (c *Checking) Month(m int) string {
	c.bal += c.deposit - c.fee
	if m%3 == 0 {
		c.bal -= 25
		return "quarterly -25"
	}
	return ""
}
func (c *Checking) Balance() float64 { return c.bal }
func (c *Checking) Kind() string     { return "checking" }

func amortize(principal, annualRate float64, months int) float64 {
	r := annualRate / 12
	return principal * r / (1 - math.Pow(1+r, -float64(months)))
}

func main() {
	accounts := []Account{
		&Savings{bal: 1000, rate: 0.05},
		&Loan{principal: 1200, rate: 0.12, payment: 110},
		&Checking{bal: 50, fee: 5, deposit: 40},
	}
	fmt.Printf("%-5s", "month")
	for _, a := range accounts {
		fmt.Printf(" | %-22s", a.Kind())
	}
	fmt.Println()
	fmt.Println(strings.Repeat("-", 80))
	for m := 1; m <= 12; m++ {
		fmt.Printf("%5d", m)
		net := 0.0
		for _, a := range accounts {
			note := a.Month(m)
			fmt.Printf(" | %9.2f %-12s", a.Balance(), note)
			net += a.Balance()
		}
		fmt.Printf(" net %.2f\n", net)
	}
	if l, ok := accounts[1].(*Loan); ok {
		fmt.Println("loan paid off in month", l.paidOff)
	}
	p := amortize(200000, 0.065, 360)
	fmt.Printf("mortgage payment: %.2f, total paid: %.2f\n", p, p*360)
	fmt.Printf("rule of 72 at 6%%: %.1f years, exact: %.2f\n", 72/6.0, math.Log(2)/math.Log(1.06))
}
