package main

import (
	"fmt"
	"strings"
)

type Observer interface {
	Notify(stock string, price float64)
}

type Subject struct {
	observers []Observer
	prices    map[string]float64
}

func (s *Subject) Attach(o Observer) { s.observers = append(s.observers, o) }

func (s *Subject) Detach(o Observer) bool {
	for i, x := range s.observers {
		if x == o {
			s.observers = append(s.observers[:i], s.observers[i+1:]...)
			return true
		}
	}
	return false
}

func (s *Subject) SetPrice(stock string, p float64) {
	if s.prices == nil {
		s.prices = map[string]float64{}
	}
	if old, ok := s.prices[stock]; ok && old == p {
		return
	}
	s.prices[stock] = p
	for _, o := range s.observers {
		o.Notify(stock, p)
	}
}

type Printer struct{ prefix string }

func (p Printer) Notify(stock string, price float64) {
	fmt.Printf("%s %s=%.2f\n", p.prefix, stock, price)
}

type Threshold struct {
	Stock  string
	Above  float64
	Alerts []string
}

func (t *Threshold) Notify(stock string, price float64) {
	if stock == t.Stock && price > t.Above {
		t.Alerts = append(t.Alerts, fmt.Sprintf("%s over %.0f: %.2f", stock, t.Above, price))
	}
}

type History map[string][]float64

func (h History) Notify(stock string, price float64) { h[stock] = append(h[stock], price) }

type ObserverFunc func(string, float64)

func (f ObserverFunc) Notify(s string, p float64) { f(s, p) }

func main() {
	var subj Subject
	pr := Printer{"[tick]"}
	th := &Threshold{Stock: "ACME", Above: 100}
	hist := History{}
	var calls int
	counter := ObserverFunc(func(string, float64) { calls++ })

	subj.Attach(pr)
	subj.Attach(th)
	subj.Attach(hist)
	subj.Attach(counter)

	subj.SetPrice("ACME", 98.5)
	subj.SetPrice("ACME", 101.25)
	subj.SetPrice("INIT", 12)
	subj.SetPrice("ACME", 101.25)

	fmt.Println("detach printer copy:", subj.Detach(Printer{"[tick]"}))
	fmt.Println("detach other printer:", subj.Detach(Printer{"[x]"}))
	fmt.Println("detach threshold:", subj.Detach(th))
	fmt.Println("detach new threshold:", subj.Detach(&Threshold{Stock: "ACME", Above: 100}))
	subj.SetPrice("ACME", 130)
	subj.SetPrice("INIT", 9.75)

	fmt.Println(strings.Join(th.Alerts, "; "))
	fmt.Println(hist["ACME"], hist["INIT"], len(hist))
	fmt.Println("calls:", calls, "observers:", len(subj.observers))
	for _, o := range subj.observers {
		switch v := o.(type) {
		case History:
			fmt.Println("history with", len(v), "stocks")
		case ObserverFunc:
			fmt.Println("func observer")
		default:
			fmt.Printf("other %T\n", v)
		}
	}
	defer func() {
		fmt.Println("panic:", recover())
	}()
	subj.Attach(hist)
	fmt.Println(subj.Detach(hist))
}
