package main

import (
	"fmt"
	"strings"
)

type Cents int64

func (c Cents) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		sign := ""
		v := int64(c)
		if v < 0 {
			sign, v = "-", -v
		} else if f.Flag('+') {
			sign = "+"
		}
		s := fmt.Sprintf("%s$%d.%02d", sign, v/100, v%100)
		if w, ok := f.Width(); ok && len(s) < w {
			pad := strings.Repeat(" ", w-len(s))
			if f.Flag('-') {
				s += pad
			} else {
				s = pad + s
			}
		}
		fmt.Fprint(f, s)
	case 'd':
		fmt.Fprintf(f, "%d", int64(c))
	default:
		fmt.Fprintf(f, "%%!%c(Cents=%d)", verb, int64(c))
	}
}

type Entry struct {
	Memo   string
	Amount Cents
}

type Account struct {
	ID      string
	Entries []Entry
}

func (a *Account) Balance() Cents {
	var b Cents
	for _, e := range a.Entries {
		b += e.Amount
	}
	return b
}

func main() {
	acct := &Account{ID: "chk-1", Entries: []Entry{
		{"salary", 250000},
		{"rent", -120050},
		{"coffee", -455},
		{"refund", 1999},
	}}
	for _, e := range acct.Entries {
		fmt.Printf("%-8s|%12v|%-12v|%+v|%d\n", e.Memo, e.Amount, e.Amount, e.Amount, e.Amount)
	}
	fmt.Printf("balance %v %s %x\n", acct.Balance(), acct.Balance(), acct.Balance())
	fmt.Println(acct.Entries[1])
	fmt.Printf("%v\n%+v\n", acct.Entries[2], acct.Entries[3])
	fmt.Println(acct.Entries[:2])
	byMemo := map[string]Cents{}
	for _, e := range acct.Entries {
		byMemo[e.Memo] = e.Amount
	}
	fmt.Println(byMemo)
	fmt.Printf("%v\n", *acct)
	s := fmt.Sprint(Cents(5), Cents(-7))
	fmt.Println(s, len(s))
	fmt.Println(fmt.Sprintf("%8.2v|", Cents(123)))
}
