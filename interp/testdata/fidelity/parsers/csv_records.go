package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"
)

const data = `name,age,city
"Smith, John",42,Boston
Jane Doe,not-a-number,Denver
"Quote ""Q"" Person",31,"San Jose"
Bob,29
`

type Person struct {
	Name string
	Age  int
	City string
}

func main() {
	r := csv.NewReader(strings.NewReader(data))
	r.FieldsPerRecord = -1
	header, err := r.Read()
	if err != nil {
		panic(err)
	}
	fmt.Println("header:", header)

	var people []Person
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println("read error:", err)
			continue
		}
		if len(rec) != 3 {
			fmt.Printf("skip %q: %d fields\n", rec, len(rec))
			continue
		}
		age, err := strconv.Atoi(rec[1])
		if err != nil {
			var ne *strconv.NumError
			if errors.As(err, &ne) {
				fmt.Println("bad age:", ne.Func, ne.Num, ne.Err)
			}
			continue
		}
		people = append(people, Person{rec[0], age, rec[2]})
	}

	for _, p := range people {
		fmt.Printf("%+v\n", p)
	}

	var sb strings.Builder
	w := csv.NewWriter(&sb)
	for _, p := range people {
		w.Write([]string{p.City, strconv.Itoa(p.Age * 2), p.Name})
	}
	w.Flush()
	fmt.Print(sb.String())
}
