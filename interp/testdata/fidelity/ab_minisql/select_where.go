package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

type Value interface{}

type Row map[string]Value

type Table struct {
	Name    string
	Columns []string
	Rows    []Row
}

type Cond interface {
	Eval(r Row) bool
	fmt.Stringer
}

type Cmp struct {
	Col string
	Op  string
	Lit Value
}

func compare(a, b Value) (int, bool) {
	switch x := a.(type) {
	case int:
		y, ok := b.(int)
		if !ok {
			return 0, false
		}
		return x - y, true
	case string:
		y, ok := b.(string)
		if !ok {
			return 0, false
		}
		return strings.Compare(x, y), true
	case float64:
		y, ok := b.(float64)
		if !ok {
			return 0, false
		}
		switch {
		case x < y:
			return -1, true
		case x > y:
			return 1, true
		}
		return 0, true
	}
	return 0, false
}

func (c Cmp) Eval(r Row) bool {
	d, ok := compare(r[c.Col], c.Lit)
	if !ok {
		return false
	}
	switch c.Op {
	case "=":
		return d == 0
	case "<":
		return d < 0
	case ">":
		return d > 0
	case "<=":
		return d <= 0
	case ">=":
		return d >= 0
	case "!=":
		return d != 0
	}
	return false
}

func (c Cmp) String() string { return fmt.Sprintf("%s %s %#v", c.Col, c.Op, c.Lit) }

type And []Cond
type Or []Cond

func (a And) Eval(r Row) bool {
	for _, c := range a {
		if !c.Eval(r) {
			return false
		}
	}
	return true
}
func (a And) String() string { return join(a, " AND ") }
func (o Or) Eval(r Row) bool {
	for _, c := range o {
		if c.Eval(r) {
			return true
		}
	}
	return false
}
func (o Or) String() string { return join(o, " OR ") }

func join(cs []Cond, sep string) string {
	parts := make([]string, len(cs))
	for i, c := range cs {
		parts[i] = c.String()
	}
	return "(" + strings.Join(parts, sep) + ")"
}

type Query struct {
	From    *Table
	Cols    []string
	Where   Cond
	OrderBy string
	Desc    bool
	Limit   int
}

func (q Query) Run() [][]Value {
	var rows []Row
	for _, r := range q.From.Rows {
		if q.Where == nil || q.Where.Eval(r) {
			rows = append(rows, r)
		}
	}
	if q.OrderBy != "" {
		sort.SliceStable(rows, func(i, j int) bool {
			d, _ := compare(rows[i][q.OrderBy], rows[j][q.OrderBy])
			if q.Desc {
				return d > 0
			}
			return d < 0
		})
	}
	if q.Limit > 0 && len(rows) > q.Limit {
		rows = rows[:q.Limit]
	}
	out := make([][]Value, 0, len(rows))
	for _, r := range rows {
		vals := make([]Value, len(q.Cols))
		for i, c := range q.Cols {
			vals[i] = r[c]
		}
		out = append(out, vals)
	}
	return out
}

func parseCSV(name, text string) *Table {
	lines := strings.Split(strings.TrimSpace(text), "\n")
	t := &Table{Name: name, Columns: strings.Split(lines[0], ",")}
	for _, ln := range lines[1:] {
		r := Row{}
		for i, f := range strings.Split(ln, ",") {
			if n, err := strconv.Atoi(f); err == nil {
				r[t.Columns[i]] = n
			} else if x, err := strconv.ParseFloat(f, 64); err == nil {
				r[t.Columns[i]] = x
			} else {
				r[t.Columns[i]] = f
			}
		}
		t.Rows = append(t.Rows, r)
	}
	return t
}

const people = `
name,dept,age,salary
ann,eng,34,120.5
bob,ops,45,98
cid,eng,29,101.25
dee,sales,29,87.5
eve,eng,41,150
fay,ops,23,64.75
gus,sales,52,99
`

func main() {
	t := parseCSV("people", people)
	fmt.Println(t.Name, t.Columns, len(t.Rows))
	queries := []Query{
		{From: t, Cols: []string{"name", "age"}, Where: Cmp{"dept", "=", "eng"}, OrderBy: "age"},
		{From: t, Cols: []string{"name", "salary"}, Where: Or{Cmp{"age", "<", 25}, Cmp{"age", ">", 50}}},
		{From: t, Cols: []string{"dept", "name"}, Where: And{Cmp{"salary", ">=", 90.0}, Cmp{"dept", "!=", "eng"}}, OrderBy: "name", Desc: true},
		{From: t, Cols: []string{"name"}, OrderBy: "age", Limit: 3},
		{From: t, Cols: []string{"name", "age"}, Where: Cmp{"age", "=", "29"}},
	}
	for i, q := range queries {
		fmt.Printf("q%d where %v order=%q desc=%t\n", i, q.Where, q.OrderBy, q.Desc)
		for _, row := range q.Run() {
			fmt.Printf("   %v\n", row)
		}
	}
	fmt.Printf("%v\n", t.Rows[0])
	fmt.Printf("%#v\n", queries[1].Where)
}
