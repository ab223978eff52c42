package main

import (
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"os"
	"sort"
	"strconv"
	"strings"
)

const data = `name,department,salary,start_year
"Smith, John",Engineering,95000,2018
Jane Doe,Marketing,72000,2020
"O'Brien, Pat",Engineering,105000,2015
Li Wei,Sales,"68,000",2021
Ana Souza,Sales,71000,2019
"Quote ""Q"" Person",Engineering,88000,2022
`

type Employee struct {
	Name   string
	Dept   string
	Salary int
	Year   int
}

func main() {
	r := csv.NewReader(strings.NewReader(data))
	header, err := r.Read()
	fmt.Println("header:", header, err)
	var emps []Employee
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			fmt.Println("read error:", err)
			continue
		}
		sal, err := strconv.Atoi(strings.ReplaceAll(rec[2], ",", ""))
		if err != nil {
			fmt.Println("bad salary:", err)
			continue
		}
		year, _ := strconv.Atoi(rec[3])
		emps = append(emps, Employee{rec[0], rec[1], sal, year})
	}
	line, col := r.FieldPos(0)
	fmt.Println("records:", len(emps), "last pos:", line, col)

	byDept := map[string][]Employee{}
	for _, e := range emps {
		byDept[e.Dept] = append(byDept[e.Dept], e)
	}
	depts := make([]string, 0, len(byDept))
	for d := range byDept {
		depts = append(depts, d)
	}
	sort.Strings(depts)

	w := csv.NewWriter(os.Stdout)
	w.Write([]string{"department", "headcount", "total", "average", "senior"})
	for _, d := range depts {
		es := byDept[d]
		total := 0
		senior := es[0]
		for _, e := range es {
			total += e.Salary
			if e.Year < senior.Year {
				senior = e
			}
		}
		w.Write([]string{d, strconv.Itoa(len(es)), strconv.Itoa(total),
			strconv.FormatFloat(float64(total)/float64(len(es)), 'f', 2, 64), senior.Name})
	}
	w.Flush()
	fmt.Println("writer error:", w.Error())

	bad := "a,b,c\n1,2\n\"unterminated,3,4\n"
	br := csv.NewReader(strings.NewReader(bad))
	all, err := br.ReadAll()
	fmt.Println("readall:", all, "err:", err)
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		fmt.Println("parse error line:", pe.Line, "is field count:", errors.Is(pe.Err, csv.ErrFieldCount))
	}
	sr := csv.NewReader(strings.NewReader("x;y;z\n# comment\n1;2;3\n"))
	sr.Comma = ';'
	sr.Comment = '#'
	rows, _ := sr.ReadAll()
	fmt.Println("semicolon rows:", rows)
}
