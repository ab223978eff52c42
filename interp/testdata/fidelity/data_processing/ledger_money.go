package main

import (
	"errors"
	"fmt"
	"os"
	"sort"
	"strconv"
	"strings"
	"text/tabwriter"
	"time"
)

type Cents int64

func (c Cents) String() string {
	sign := ""
	if c < 0 {
		sign = "-"
		c = -c
	}
	return fmt.Sprintf("%s$%d.%02d", sign, c/100, c%100)
}

func ParseCents(s string) (Cents, error) {
	neg := strings.HasPrefix(s, "-")
	s = strings.TrimPrefix(s, "-")
	whole, frac, _ := strings.Cut(s, ".")
	w, err := strconv.ParseInt(whole, 10, 64)
	if err != nil {
		return 0, fmt.Errorf("amount %q: %w", s, err)
	}
	for len(frac) < 2 {
		frac += "0"
	}
	f, err := strconv.ParseInt(frac[:2], 10, 64)
	if err != nil {
		return 0, fmt.Errorf("amount %q: %w", s, err)
	}
	c := Cents(w*100 + f)
	if neg {
		c = -c
	}
	return c, nil
}

type Entry struct {
	Date     time.Time
	Desc     string
	Category string
	Amount   Cents
}

const journal = `2024-01-03|Salary|income|3200.00
2024-01-05|Rent|housing|-1200
2024-01-09|Groceries|food|-84.37
2024-01-12|Coffee beans|food|-18.5
2024-01-15|Refund|shopping|25.99
2024-01-20|Internet|utilities|-49.99
2024-01-22|Groceries|food|-101.12
2024-13-01|Broken|misc|-1
2024-01-28|Cinema|fun|-x`

func main() {
	var entries []Entry
	var errs []error
	for n, line := range strings.Split(journal, "\n") {
		f := strings.Split(line, "|")
		d, err := time.Parse(time.DateOnly, f[0])
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: %w", n+1, err))
			continue
		}
		amt, err := ParseCents(f[3])
		if err != nil {
			errs = append(errs, fmt.Errorf("line %d: %w", n+1, err))
			continue
		}
		entries = append(entries, Entry{d, f[1], f[2], amt})
	}
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "date\tdescription\tamount\tbalance\t")
	var bal Cents
	for _, e := range entries {
		bal += e.Amount
		fmt.Fprintf(tw, "%s\t%s\t%v\t%v\t\n", e.Date.Format("Jan 02"), e.Desc, e.Amount, bal)
	}
	tw.Flush()

	byCat := map[string]Cents{}
	for _, e := range entries {
		byCat[e.Category] += e.Amount
	}
	cats := make([]string, 0, len(byCat))
	for c := range byCat {
		cats = append(cats, c)
	}
	sort.Slice(cats, func(i, j int) bool { return byCat[cats[i]] < byCat[cats[j]] })
	for _, c := range cats {
		fmt.Printf("%-10s %10s\n", c, byCat[c])
	}
	fmt.Println("problems:")
	for _, e := range errs {
		fmt.Println(" -", e)
	}
	var ne *strconv.NumError
	fmt.Println(errors.As(errs[len(errs)-1], &ne), ne.Func)
	fmt.Printf("%v %d %s\n", Cents(-5), Cents(1234), Cents(100000))
}
