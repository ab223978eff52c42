package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Tier string

type Event struct {
	Name     string
	Capacity map[Tier]int
	Price    map[Tier]float64
	sold     map[Tier]int
	tickets  []*Ticket
	waitlist []string
}

type Ticket struct {
	Code   string
	Holder string
	Tier   Tier
	Paid   float64
	Used   bool
}

func (t Ticket) String() string {
	status := "valid"
	if t.Used {
		status = "used"
	}
	return fmt.Sprintf("%s[%s %s %.2f %s]", t.Code, t.Holder, t.Tier, t.Paid, status)
}

var (
	ErrSoldOut     = errors.New("sold out")
	ErrInvalidTier = errors.New("invalid tier")
	ErrUsed        = errors.New("ticket already used")
)

type PurchaseError struct {
	Buyer string
	Tier  Tier
	Err   error
}

func (e *PurchaseError) Error() string {
	return fmt.Sprintf("purchase by %s (%s): %v", e.Buyer, e.Tier, e.Err)
}
func (e *PurchaseError) Unwrap() error { return e.Err }

func (e *Event) Buy(buyer string, tier Tier, promo string) (*Ticket, error) {
	capacity, ok := e.Capacity[tier]
	if !ok {
		return nil, &PurchaseError{buyer, tier, ErrInvalidTier}
	}
	if e.sold[tier] >= capacity {
		e.waitlist = append(e.waitlist, buyer)
		return nil, &PurchaseError{buyer, tier, ErrSoldOut}
	}
	price := e.Price[tier]
	if strings.HasPrefix(promo, "HALF") {
		price /= 2
	}
	e.sold[tier]++
	t := &Ticket{fmt.Sprintf("%s-%s-%03d", strings.ToUpper(e.Name[:3]), strings.ToUpper(string(tier)[:1]), len(e.tickets)+1), buyer, tier, price, false}
	e.tickets = append(e.tickets, t)
	return t, nil
}

func (e *Event) Scan(code string) error {
	for _, t := range e.tickets {
		if t.Code == code {
			if t.Used {
				return fmt.Errorf("scan %s: %w", code, ErrUsed)
			}
			t.Used = true
			return nil
		}
	}
	return fmt.Errorf("scan %s: no such ticket", code)
}

func main() {
	e := &Event{
		Name:     "gophercon",
		Capacity: map[Tier]int{"general": 3, "vip": 1},
		Price:    map[Tier]float64{"general": 99.5, "vip": 450},
		sold:     map[Tier]int{},
	}
	buys := [][3]string{{"ann", "general", ""}, {"bob", "vip", "HALF24"}, {"cy", "vip", ""}, {"dee", "general", "HALF"},
		{"eve", "backstage", ""}, {"fay", "general", ""}, {"gus", "general", ""}}
	for _, b := range buys {
		t, err := e.Buy(b[0], Tier(b[1]), b[2])
		var pe *PurchaseError
		switch {
		case errors.Is(err, ErrSoldOut):
			fmt.Println("waitlisted:", err)
		case errors.As(err, &pe):
			fmt.Println("rejected:", pe.Buyer, pe.Err)
		default:
			fmt.Println("sold:", t)
		}
	}
	for _, code := range []string{"GOP-G-001", "GOP-V-002", "GOP-G-001", "GOP-X-999"} {
		if err := e.Scan(code); err != nil {
			fmt.Println("scan error:", err, errors.Is(err, ErrUsed))
		} else {
			fmt.Println("admitted", code)
		}
	}
	revenue := 0.0
	for _, t := range e.tickets {
		revenue += t.Paid
	}
	tiers := make([]string, 0)
	for t := range e.sold {
		tiers = append(tiers, string(t))
	}
	sort.Strings(tiers)
	for _, t := range tiers {
		fmt.Printf("%-8s %d/%d\n", t, e.sold[Tier(t)], e.Capacity[Tier(t)])
	}
	fmt.Printf("revenue %.2f, waitlist %v\n", revenue, e.waitlist)
	fmt.Println(e.tickets)
}
