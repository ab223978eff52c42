package main

import (
	"fmt"
	"os"
	"text/tabwriter"
)

type row struct {
	name  string
	qty   int
	price float64
}

func main() {
	rows := []row{{"apple", 3, 0.5}, {"watermelon", 1, 3.25}, {"fig", 12, 0.2}}
	fmt.Printf("%-12s %5s %8s\n", "ITEM", "QTY", "TOTAL")
	for _, r := range rows {
		fmt.Printf("%-12s %5d %8.2f\n", r.name, r.qty, float64(r.qty)*r.price)
	}
	fmt.Printf("%s\n", "------------------------------")

	w := tabwriter.NewWriter(os.Stdout, 0, 8, 1, ' ', tabwriter.AlignRight)
	fmt.Fprintln(w, "a\tbbb\tc\t")
	fmt.Fprintln(w, "aaaa\tb\tcccc\t")
	w.Flush()

	fmt.Fprintf(os.Stdout, "%v items\n", len(rows))
	s := fmt.Sprintf("%03d|%+d|%x", 7, 7, -255)
	fmt.Println(s)
	fmt.Println(fmt.Sprint("a", 1, 2, "b", "c", 3.5))
	fmt.Println(fmt.Sprintln("x", 1) == "x 1\n")
}
