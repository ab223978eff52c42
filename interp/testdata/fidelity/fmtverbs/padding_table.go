package main

import "fmt"

type row struct {
	item  string
	qty   int
	price float64
}

func main() {
	rows := []row{{"Widget", 3, 4.5}, {"Gadget extra", 12, 19.99}, {"Nut", 1000, 0.015}}
	fmt.Printf("%-14s|%6s|%9s\n", "ITEM", "QTY", "PRICE")
	fmt.Printf("%s\n", "--------------+------+---------")

	total := 0.0
	for _, r := range rows {
		fmt.Printf("%-14.14s|%6d|%9.3f\n", r.item, r.qty, r.price)
		total += float64(r.qty) * r.price
	}
	fmt.Printf("%-14s|%6s|%9.2f\n", "TOTAL", "", total)
	fmt.Printf("|%8.3e|%-10v|%+.1f|\n", 123456.789, "left", -0.05)
	fmt.Printf("|%x|%X|% X|%#v|\n", "Go", []byte{1, 171}, []byte{1, 171}, []byte{1, 171})
}
