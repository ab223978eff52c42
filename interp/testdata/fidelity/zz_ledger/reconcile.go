package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const bankCSV = `id,date,amount
T100,2024-05-01,-45.10
T101,2024-05-02,1200.00
T102,2024-05-03,-12.99
T104,2024-05-06,-300.00
T105,2024-05-07,-7.5`

const bookCSV = `ref,date,amount,memo
T100,2024-05-01,-45.10,"Hardware, misc"
T101,2024-05-02,1200.00,Invoice 88
T102,2024-05-03,-12.90,Coffee
T103,2024-05-04,-60.00,Taxi
T105,2024-05-07,-7.50,Snacks`

type Row struct {
	ID    string
	Date  string
	Cents int64
	Memo  string
}

type ParseError struct {
	Line int
	Err  error
}

func (e *ParseError) Error() string { return fmt.Sprintf("line %d: %v", e.Line, e.Err) }
func (e *ParseError) Unwrap() error { return e.Err }

func cents(s string) (int64, error) {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	frac = (frac + "00")[:2]
	n, err := strconv.ParseInt(whole+frac, 10, 64)
	if neg {
		n = -n
	}
	return n, err
}

func load(src string) (map[string]Row, error) {
	recs, err := csv.NewReader(strings.NewReader(src)).ReadAll()
	if err != nil {
		return nil, err
	}
	out := map[string]Row{}
	for i, r := range recs[1:] {
		c, err := cents(r[2])
		if err != nil {
			return nil, &ParseError{i + 2, err}
		}
		row := Row{ID: r[0], Date: r[1], Cents: c}
		if len(r) > 3 {
			row.Memo = r[3]
		}
		out[r[0]] = row
	}
	return out, nil
}

func fmtCents(c int64) string {
	sign := ""
	if c < 0 {
		sign, c = "-", -c
	}
	return fmt.Sprintf("%s%d.%02d", sign, c/100, c%100)
}

func main() {
	bank, err1 := load(bankCSV)
	book, err2 := load(bookCSV)
	if err := errors.Join(err1, err2); err != nil {
		fmt.Println(err)
		return
	}
	ids := map[string]bool{}
	for id := range bank {
		ids[id] = true
	}
	for id := range book {
		ids[id] = true
	}
	keys := make([]string, 0, len(ids))
	for id := range ids {
		keys = append(keys, id)
	}
	sort.Strings(keys)
	var diff int64
	for _, id := range keys {
		a, inBank := bank[id]
		b, inBook := book[id]
		switch {
		case inBank && !inBook:
			fmt.Printf("%s only in bank  %9s\n", id, fmtCents(a.Cents))
			diff += a.Cents
		case !inBank && inBook:
			fmt.Printf("%s only in books %9s (%s)\n", id, fmtCents(b.Cents), b.Memo)
			diff -= b.Cents
		case a.Cents != b.Cents:
			fmt.Printf("%s mismatch     %9s vs %s (%q)\n", id, fmtCents(a.Cents), fmtCents(b.Cents), b.Memo)
			diff += a.Cents - b.Cents
		default:
			fmt.Printf("%s ok           %9s %q\n", id, fmtCents(a.Cents), b.Memo)
		}
	}
	fmt.Println("net difference:", fmtCents(diff))
	_, err := load("id,date,amount\nX,2024-01-01,abc")
	var pe *ParseError
	var ne *strconv.NumError
	fmt.Println(err, errors.As(err, &pe), errors.As(err, &ne), errors.Is(err, strconv.ErrSyntax))
}
