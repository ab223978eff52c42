package main

import "fmt"

type Machine struct {
	state  stateFn
	credit int
	stock  map[string]int
	prices map[string]int
	out    []string
}

type stateFn func(m *Machine, input string) stateFn

func idle(m *Machine, in string) stateFn {
	switch in {
	case "coin":
		m.credit += 25
		m.out = append(m.out, fmt.Sprintf("credit %d", m.credit))
		return hasCredit
	default:
		m.out = append(m.out, "insert coin first")
		return idle
	}
}

func hasCredit(m *Machine, in string) stateFn {
	switch in {
	case "coin":
		m.credit += 25
		m.out = append(m.out, fmt.Sprintf("credit %d", m.credit))
		return hasCredit
	case "refund":
		m.out = append(m.out, fmt.Sprintf("refund %d", m.credit))
		m.credit = 0
		return idle
	}
	price, ok := m.prices[in]
	switch {
	case !ok:
		m.out = append(m.out, "unknown item "+in)
	case m.stock[in] == 0:
		m.out = append(m.out, in+" sold out")
	case m.credit < price:
		m.out = append(m.out, fmt.Sprintf("%s costs %d, have %d", in, price, m.credit))
	default:
		m.stock[in]--
		m.credit -= price
		m.out = append(m.out, fmt.Sprintf("vend %s change %d", in, m.credit))
		m.credit = 0
		return idle
	}
	return hasCredit
}

func main() {
	m := &Machine{
		state:  idle,
		stock:  map[string]int{"cola": 1, "chips": 3},
		prices: map[string]int{"cola": 75, "chips": 50},
	}

	inputs := []string{"cola", "coin", "coin", "cola", "coin", "cola", "coin", "coin", "coin", "cola", "gum", "chips", "coin", "refund"}
	for _, in := range inputs {
		m.state = m.state(m, in)
	}

	for i, line := range m.out {
		fmt.Printf("%2d %s\n", i, line)
	}
	fmt.Println(m.stock, m.credit)
}
