package main

import (
	"fmt"
	"sort"
	"strings"
)

type Account struct {
	Code     string
	Name     string
	Budget   float64
	Actual   float64
	Children []*Account
}

func (a *Account) Rollup() (budget, actual float64) {
	budget, actual = a.Budget, a.Actual
	for _, c := range a.Children {
		b, x := c.Rollup()
		budget += b
		actual += x
	}
	return
}

type Variance struct {
	Code    string
	Percent float64
}

func (v Variance) String() string { return fmt.Sprintf("%s:%+.1f%%", v.Code, v.Percent) }

type Visitor func(a *Account, depth int) bool

func (a *Account) Walk(depth int, visit Visitor) {
	if !visit(a, depth) {
		return
	}
	kids := append([]*Account(nil), a.Children...)
	sort.SliceStable(kids, func(i, j int) bool { return kids[i].Code < kids[j].Code })
	for _, c := range kids {
		c.Walk(depth+1, visit)
	}
}

func build(lines []string) *Account {
	root := &Account{Code: "0", Name: "Total"}
	byCode := map[string]*Account{"0": root}
	for _, ln := range lines {
		f := strings.Split(ln, "|")
		var b, x float64
		fmt.Sscanf(f[2], "%f", &b)
		fmt.Sscanf(f[3], "%f", &x)
		acc := &Account{Code: f[0], Name: f[1], Budget: b, Actual: x}
		byCode[acc.Code] = acc
		parent := root
		if i := strings.LastIndex(acc.Code, "."); i >= 0 {
			parent = byCode[acc.Code[:i]]
		}
		parent.Children = append(parent.Children, acc)
	}
	return root
}

func main() {
	root := build([]string{
		"1|Payroll|0|0",
		"1.2|Contractors|40000|46500",
		"1.1|Salaries|250000|248100",
		"2|Facilities|0|0",
		"2.1|Rent|60000|60000",
		"2.2|Utilities|8000|9120.5",
		"2.2.1|Internet|2400|2399.99",
		"3|Travel|15000|7300",
	})
	var variances []Variance
	root.Walk(0, func(a *Account, depth int) bool {
		b, x := a.Rollup()
		pct := 0.0
		if b != 0 {
			pct = (x - b) / b * 100
		}
		flag := ""
		switch {
		case pct > 5:
			flag = "OVER"
		case pct < -25:
			flag = "under"
		}
		fmt.Printf("%-22s|%10.2f|%10.2f|%7.2f%%|%s\n", strings.Repeat("  ", depth)+a.Code+" "+a.Name, b, x, pct, flag)
		if depth > 0 {
			variances = append(variances, Variance{a.Code, pct})
		}
		return depth < 2
	})
	sort.Slice(variances, func(i, j int) bool {
		if variances[i].Percent != variances[j].Percent {
			return variances[i].Percent > variances[j].Percent
		}
		return variances[i].Code < variances[j].Code
	})
	fmt.Println(variances)
	fmt.Printf("%v\n", variances[:2])
	top := variances[0]
	fmt.Printf("%s %v %+v\n", top, top, top)
	count := 0
	root.Walk(0, func(*Account, int) bool { count++; return true })
	fmt.Println("accounts:", count)
}
