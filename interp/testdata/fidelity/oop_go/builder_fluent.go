package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Query struct {
	table  string
	fields []string
	wheres []string
	args   []any
	order  string
	desc   bool
	limit  int
	errs   []error
}

func Select(fields ...string) *Query {
	return &Query{fields: fields, limit: -1}
}

func (q *Query) From(t string) *Query {
	if t == "" {
		q.errs = append(q.errs, errors.New("empty table"))
	}
	q.table = t
	return q
}

func (q *Query) Where(cond string, args ...any) *Query {
	if n := strings.Count(cond, "?"); n != len(args) {
		q.errs = append(q.errs, fmt.Errorf("where %q: %d placeholders, %d args", cond, n, len(args)))
	}
	q.wheres = append(q.wheres, cond)
	q.args = append(q.args, args...)
	return q
}

func (q *Query) OrderBy(f string, desc bool) *Query { q.order, q.desc = f, desc; return q }
func (q *Query) Limit(n int) *Query                 { q.limit = n; return q }

func (q *Query) Build() (string, []any, error) {
	if err := errors.Join(q.errs...); err != nil {
		return "", nil, err
	}
	var b strings.Builder
	b.WriteString("SELECT ")
	if len(q.fields) == 0 {
		b.WriteString("*")
	} else {
		b.WriteString(strings.Join(q.fields, ", "))
	}
	b.WriteString(" FROM " + q.table)
	if len(q.wheres) > 0 {
		b.WriteString(" WHERE " + strings.Join(q.wheres, " AND "))
	}
	if q.order != "" {
		b.WriteString(" ORDER BY " + q.order)
		if q.desc {
			b.WriteString(" DESC")
		}
	}
	if q.limit >= 0 {
		fmt.Fprintf(&b, " LIMIT %d", q.limit)
	}
	return b.String(), q.args, nil
}

type Row map[string]any

func (q *Query) Run(rows []Row) []Row {
	var out []Row
	for _, r := range rows {
		keep := true
		for i, w := range q.wheres {
			f := strings.Fields(w)
			switch f[1] {
			case ">":
				keep = keep && r[f[0]].(int) > q.args[i].(int)
			case "=":
				keep = keep && r[f[0]] == q.args[i]
			}
		}
		if keep {
			out = append(out, r)
		}
	}
	if q.order != "" {
		sort.SliceStable(out, func(i, j int) bool {
			a, b := out[i][q.order].(int), out[j][q.order].(int)
			if q.desc {
				return a > b
			}
			return a < b
		})
	}
	if q.limit >= 0 && len(out) > q.limit {
		out = out[:q.limit]
	}
	return out
}

func main() {
	q := Select("name", "age").From("people").Where("age > ?", 30).Where("city = ?", "Oslo").OrderBy("age", true).Limit(2)
	sql, args, err := q.Build()
	fmt.Println(sql)
	fmt.Println(args, err)

	_, _, err = Select().From("").Where("a = ? AND b = ?", 1).Build()
	fmt.Printf("error:\n%v\n", err)

	sql, _, _ = Select().From("t").Build()
	fmt.Println(sql)

	rows := []Row{
		{"name": "ann", "age": 34, "city": "Oslo"},
		{"name": "bob", "age": 29, "city": "Oslo"},
		{"name": "cy", "age": 41, "city": "Oslo"},
		{"name": "di", "age": 52, "city": "Rome"},
		{"name": "ed", "age": 38, "city": "Oslo"},
	}
	for _, r := range q.Run(rows) {
		fmt.Println(r["name"], r["age"])
	}
	fmt.Println(len(Select().From("x").Where("age > ?", 0).Run(rows)))
	fmt.Printf("%v\n", rows[0])
}
