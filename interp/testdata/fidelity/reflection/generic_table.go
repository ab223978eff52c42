package main

import (
	"fmt"
	"os"
	"reflect"
	"strings"
	"text/tabwriter"
)

type Book struct {
	Title  string
	Author string
	Year   int
	Rating float64
}

type City struct {
	Name       string
	Country    string
	Population int
}

func printTable(rows interface{}) {
	v := reflect.ValueOf(rows)
	if v.Kind() != reflect.Slice {
		fmt.Println("not a slice:", v.Kind())
		return
	}
	elem := v.Type().Elem()
	w := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	var hdr []string
	for i := 0; i < elem.NumField(); i++ {
		hdr = append(hdr, strings.ToUpper(elem.Field(i).Name))
	}
	fmt.Fprintln(w, strings.Join(hdr, "\t"))
	for r := 0; r < v.Len(); r++ {
		row := v.Index(r)
		var cells []string
		for i := 0; i < row.NumField(); i++ {
			f := row.Field(i)
			switch f.Kind() {
			case reflect.Float64:
				cells = append(cells, fmt.Sprintf("%.1f", f.Float()))
			default:
				cells = append(cells, fmt.Sprint(f.Interface()))
			}
		}
		fmt.Fprintln(w, strings.Join(cells, "\t"))
	}
	w.Flush()
	fmt.Printf("(%d rows of %s)\n\n", v.Len(), elem.Name())
}

func sumField(rows interface{}, field string) float64 {
	v := reflect.ValueOf(rows)
	total := 0.0
	for i := 0; i < v.Len(); i++ {
		f := v.Index(i).FieldByName(field)
		switch f.Kind() {
		case reflect.Int:
			total += float64(f.Int())
		case reflect.Float64:
			total += f.Float()
		}
	}
	return total
}

func main() {
	books := []Book{
		{"The Go Programming Language", "Donovan & Kernighan", 2015, 4.7},
		{"Concurrency in Go", "Cox-Buday", 2017, 4.5},
		{"Learning Go", "Bodner", 2021, 4.6},
	}
	cities := []City{{"Tokyo", "Japan", 37400068}, {"Delhi", "India", 28514000}, {"Lagos", "Nigeria", 13463000}}
	printTable(books)
	printTable(cities)
	printTable(42)
	fmt.Printf("total population: %.0f\n", sumField(cities, "Population"))
	fmt.Printf("average rating: %.2f\n", sumField(books, "Rating")/float64(len(books)))
}
