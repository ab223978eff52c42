package main

import (
	"errors"
	"fmt"
)

type Status int

const (
	Created Status = iota
	Paid
	Shipped
	Delivered
	Cancelled
	Refunded
)

func (s Status) String() string {
	return [...]string{"Created", "Paid", "Shipped", "Delivered", "Cancelled", "Refunded"}[s]
}

type TransitionError struct {
	From, To Status
	OrderID  string
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("order %s: cannot go from %v to %v", e.OrderID, e.From, e.To)
}

func (e *TransitionError) Is(target error) bool {
	return target == ErrIllegalTransition
}

var ErrIllegalTransition = errors.New("illegal transition")
var ErrPayment = errors.New("payment declined")

type PaymentError struct {
	Amount int
	Reason string
	Err    error
}

func (e PaymentError) Error() string {
	return fmt.Sprintf("payment of %d failed: %s", e.Amount, e.Reason)
}
func (e PaymentError) Unwrap() error { return e.Err }

var allowed = map[Status][]Status{
	Created:   {Paid, Cancelled},
	Paid:      {Shipped, Cancelled, Refunded},
	Shipped:   {Delivered},
	Delivered: {Refunded},
}

type Order struct {
	ID      string
	Total   int
	Status  Status
	History []Status
}

func (o *Order) move(to Status) error {
	for _, s := range allowed[o.Status] {
		if s == to {
			o.History = append(o.History, o.Status)
			o.Status = to
			return nil
		}
	}
	return &TransitionError{o.Status, to, o.ID}
}

func (o *Order) Pay(card string) error {
	if card == "declined" {
		return fmt.Errorf("pay %s: %w", o.ID, PaymentError{o.Total, "card declined", ErrPayment})
	}
	return o.move(Paid)
}

func main() {
	orders := []*Order{{ID: "A1", Total: 120}, {ID: "B2", Total: 75}, {ID: "C3", Total: 300}}
	script := []struct {
		id     string
		action string
	}{
		{"A1", "pay"}, {"B2", "pay-declined"}, {"A1", "ship"}, {"B2", "ship"}, {"C3", "cancel"},
		{"A1", "deliver"}, {"C3", "pay"}, {"A1", "refund"}, {"B2", "pay"}, {"B2", "refund"}, {"A1", "ship"},
	}
	byID := map[string]*Order{}
	for _, o := range orders {
		byID[o.ID] = o
	}
	for _, st := range script {
		o := byID[st.id]
		var err error
		switch st.action {
		case "pay":
			err = o.Pay("visa")
		case "pay-declined":
			err = o.Pay("declined")
		case "ship":
			err = o.move(Shipped)
		case "deliver":
			err = o.move(Delivered)
		case "cancel":
			err = o.move(Cancelled)
		case "refund":
			err = o.move(Refunded)
		}
		var te *TransitionError
		var pe PaymentError
		switch {
		case err == nil:
			fmt.Printf("%s %-12s => %v\n", o.ID, st.action, o.Status)
		case errors.As(err, &te):
			fmt.Printf("%s %-12s !! %v (illegal=%t, from=%v)\n", o.ID, st.action, err, errors.Is(err, ErrIllegalTransition), te.From)
		case errors.As(err, &pe):
			fmt.Printf("%s %-12s !! %v [amount %d, declined=%t]\n", o.ID, st.action, err, pe.Amount, errors.Is(err, ErrPayment))
		default:
			fmt.Println("unexpected", err)
		}
	}
	for _, o := range orders {
		fmt.Printf("%s: %v -> %v\n", o.ID, o.History, o.Status)
	}
}
