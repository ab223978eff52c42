package main

import (
	"fmt"
	"sort"
	"strings"
)

type Query struct {
	table   string
	fields  []string
	wheres  []string
	orderBy string
	limit   int
	args    []interface{}
}

type QueryBuilder struct {
	q   Query
	err error
}

func Select(fields ...string) *QueryBuilder {
	return &QueryBuilder{q: Query{fields: fields}}
}

func (b *QueryBuilder) From(t string) *QueryBuilder {
	if t == "" {
		b.err = fmt.Errorf("empty table name")
	}
	b.q.table = t
	return b
}

func (b *QueryBuilder) Where(cond string, args ...interface{}) *QueryBuilder {
	b.q.wheres = append(b.q.wheres, cond)
	b.q.args = append(b.q.args, args...)
	return b
}

func (b *QueryBuilder) OrderBy(f string) *QueryBuilder {
	b.q.orderBy = f
	return b
}

func (b *QueryBuilder) Limit(n int) *QueryBuilder {
	b.q.limit = n
	return b
}

func (b *QueryBuilder) Build() (string, []interface{}, error) {
	if b.err != nil {
		return "", nil, b.err
	}
	var sb strings.Builder
	sb.WriteString("SELECT ")
	if len(b.q.fields) == 0 {
		sb.WriteString("*")
	} else {
		sb.WriteString(strings.Join(b.q.fields, ", "))
	}
	sb.WriteString(" FROM ")
	sb.WriteString(b.q.table)
	if len(b.q.wheres) > 0 {
		sb.WriteString(" WHERE ")
		sb.WriteString(strings.Join(b.q.wheres, " AND "))
	}
	if b.q.orderBy != "" {
		fmt.Fprintf(&sb, " ORDER BY %s", b.q.orderBy)
	}
	if b.q.limit > 0 {
		fmt.Fprintf(&sb, " LIMIT %d", b.q.limit)
	}
	return sb.String(), b.q.args, nil
}

type HTMLBuilder struct {
	depth int
	lines []string
}

func (h *HTMLBuilder) Open(tag string, attrs map[string]string) *HTMLBuilder {
	keys := make([]string, 0, len(attrs))
	for k := range attrs {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	s := "<" + tag
	for _, k := range keys {
		s += fmt.Sprintf(" %s=%q", k, attrs[k])
	}
	h.lines = append(h.lines, strings.Repeat("  ", h.depth)+s+">")
	h.depth++
	return h
}

func (h *HTMLBuilder) Text(t string) *HTMLBuilder {
	h.lines = append(h.lines, strings.Repeat("  ", h.depth)+t)
	return h
}

func (h *HTMLBuilder) Close(tag string) *HTMLBuilder {
	h.depth--
	h.lines = append(h.lines, strings.Repeat("  ", h.depth)+"</"+tag+">")
	return h
}

func main() {
	sql, args, err := Select("id", "name").From("users").Where("age > ?", 18).Where("active = ?", true).OrderBy("name").Limit(10).Build()
	fmt.Println(sql)
	fmt.Println(args, len(args), err)

	sql, args, err = Select().From("logs").Build()
	fmt.Printf("%q %v %v\n", sql, args, err)
	fmt.Println(args == nil)

	_, _, err = Select("x").From("").Build()
	fmt.Println("err:", err)

	h := &HTMLBuilder{}
	h.Open("html", nil).Open("body", map[string]string{"class": "main", "id": "root"}).
		Open("p", nil).Text("Hello, builder").Close("p").
		Open("a", map[string]string{"href": "https://go.dev"}).Text("Go").Close("a").
		Close("body").Close("html")
	fmt.Println(strings.Join(h.lines, "\n"))
	fmt.Println("depth:", h.depth)
}
