package main

import (
	"errors"
	"fmt"
)

type Temp struct{ C float64 }

func (t *Temp) String() string { return fmt.Sprintf("%.1f°C", t.C) }

type Code int

func (c *Code) Error() string { return fmt.Sprintf("code %d", int(*c)) }

type Pair struct {
	A Temp
	B *Temp
}

type Label struct{ S string }

func (l Label) String() string { return "<" + l.S + ">" }

func find(fail bool) error {
	var c *Code
	if fail {
		v := Code(7)
		c = &v
	}
	return c
}

func main() {
	t := Temp{21.5}
	fmt.Println(t, &t)
	fmt.Printf("%v %v %s %+v\n", t, &t, &t, t)
	p := Pair{Temp{1}, &Temp{2}}
	fmt.Printf("%v %+v\n", p, p)
	ts := []*Temp{{3}, {4}}
	fmt.Println(ts[0], len(ts))
	vs := []Temp{{5}, {6}}
	fmt.Println(vs)
	l := Label{"x"}
	lp := &l
	fmt.Println(l, lp, []Label{{"a"}}, []*Label{lp}[0])
	err := find(false)
	fmt.Println(err == nil, err != nil)
	fmt.Printf("%T %v\n", err, errors.Unwrap(fmt.Errorf("w: %w", find(true))))
	var s fmt.Stringer = &t
	t.C = 30
	fmt.Println(s)
	m := map[string]Temp{"k": {9}}
	fmt.Println(m)
	mp := map[string]*Label{"k": {"v"}}
	fmt.Println(mp["k"], *mp["k"])
	type wrap struct {
		L  Label
		PL *Label
	}
	fmt.Printf("%v %+v\n", wrap{l, lp}, wrap{L: l})
}
