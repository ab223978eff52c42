package main

import (
	"errors"
	"fmt"
	"strings"
)

type Tier int

const (
	Bronze Tier = iota
	Silver
	Gold
	Platinum
)

func (t Tier) String() string {
	return [...]string{"Bronze", "Silver", "Gold", "Platinum"}[t]
}

func (t Tier) Multiplier() float64 {
	switch t {
	case Silver:
		return 1.25
	case Gold:
		return 1.5
	case Platinum:
		return 2
	default:
		return 1
	}
}

type Member struct {
	Name     string
	Points   int
	Lifetime int
	Tier
	history []string
}

var ErrNotEnoughPoints = errors.New("not enough points")

type RedeemError struct {
	Member string
	Want   int
	Have   int
}

func (e *RedeemError) Error() string {
	return fmt.Sprintf("%s wants %d points but has %d", e.Member, e.Want, e.Have)
}

func (e *RedeemError) Is(target error) bool { return target == ErrNotEnoughPoints }

func (m *Member) Earn(spendCents int) int {
	base := spendCents / 100
	pts := int(float64(base) * m.Multiplier())
	m.Points += pts
	m.Lifetime += pts
	m.history = append(m.history, fmt.Sprintf("+%d", pts))
	m.promote()
	return pts
}

func (m *Member) promote() {
	thresholds := []struct {
		min  int
		tier Tier
	}{{5000, Platinum}, {2000, Gold}, {500, Silver}}
	for _, th := range thresholds {
		if m.Lifetime >= th.min && m.Tier < th.tier {
			m.history = append(m.history, fmt.Sprintf("%v->%v", m.Tier, th.tier))
			m.Tier = th.tier
			return
		}
	}
}

func (m *Member) Redeem(pts int) error {
	if pts > m.Points {
		return &RedeemError{m.Name, pts, m.Points}
	}
	m.Points -= pts
	m.history = append(m.history, fmt.Sprintf("-%d", pts))
	return nil
}

func (m Member) String() string {
	return fmt.Sprintf("%s [%v] %d pts (lifetime %d)", m.Name, m.Tier, m.Points, m.Lifetime)
}

func main() {
	members := []*Member{{Name: "Ivy"}, {Name: "Omar", Tier: Gold, Lifetime: 2500}}
	purchases := map[string][]int{
		"Ivy":  {4599, 12000, 30050, 999, 250000},
		"Omar": {10000, 5000},
	}
	for _, m := range members {
		for _, p := range purchases[m.Name] {
			got := m.Earn(p)
			fmt.Printf("%-5s spent $%7.2f earned %4d -> %v\n", m.Name, float64(p)/100, got, m)
		}
	}
	for _, req := range []struct {
		who int
		pts int
	}{{0, 1000}, {1, 500}, {1, 10000}} {
		m := members[req.who]
		if err := m.Redeem(req.pts); err != nil {
			var re *RedeemError
			fmt.Println("redeem failed:", err, errors.Is(err, ErrNotEnoughPoints), errors.As(err, &re) && re.Have == m.Points)
			continue
		}
		fmt.Println("redeemed", req.pts, "->", *m)
	}
	for _, m := range members {
		fmt.Printf("%s history: %s\n", m.Name, strings.Join(m.history, " "))
	}
	fmt.Println(Gold, Platinum.Multiplier(), fmt.Sprint(Tier(1)))
	fmt.Printf("%d %v %s\n", Silver, Silver, Silver)
}
