package main

import (
	"fmt"
	"os"
	"regexp"
	"strings"
	"text/tabwriter"
)

type Line struct {
	SKU   string
	Desc  string
	Qty   int
	Price float64
}

var skuRe = regexp.MustCompile(`^([A-Z]{2,3})-(\d{3,})$`)

func main() {
	items := []Line{
		{"AB-100", "Widget, blue", 3, 4.5},
		{"XYZ-20", "bad sku", 1, 1},
		{"CD-2001", "Gadget \"pro\"", 12, 19.99},
		{"EF-300", "Thing", 0, 7.25},
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 4, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "SKU\tfamily\tdesc\tqty\ttotal\t")
	var grand float64
	for _, it := range items {
		m := skuRe.FindStringSubmatch(it.SKU)
		fam := "?"
		if m != nil {
			fam = m[1] + "/" + m[2]
		}
		total := float64(it.Qty) * it.Price
		grand += total
		fmt.Fprintf(w, "%s\t%s\t%s\t%d\t%.2f\t\n", it.SKU, fam, it.Desc, it.Qty, total)
	}
	fmt.Fprintf(w, "\t\t\t\t%.2f\t\n", grand)
	w.Flush()

	r := strings.NewReplacer("<", "&lt;", ">", "&gt;", "&", "&amp;")
	fmt.Println(r.Replace(`a < b && c > d`))
	re := regexp.MustCompile(`(?i)(\w+)@(\w+)\.com`)
	text := "Contact: Bob@Example.com, alice@test.com; nope@x.org"
	fmt.Println(re.FindAllString(text, -1))
	fmt.Println(re.ReplaceAllString(text, "<$2:$1>"))
	fmt.Println(re.ReplaceAllStringFunc(text, strings.ToUpper))
	for _, idx := range re.FindAllStringSubmatchIndex(text, -1) {
		fmt.Print(idx, " ")
	}
	fmt.Println()
	fmt.Println(re.NumSubexp(), re.String(), regexp.QuoteMeta("a.b*c"))
	tw := tabwriter.NewWriter(os.Stdout, 8, 8, 1, '.', 0)
	fmt.Fprintln(tw, "k\tvalue\tx")
	fmt.Fprintln(tw, "longer key\tv\ty")
	tw.Flush()
}
