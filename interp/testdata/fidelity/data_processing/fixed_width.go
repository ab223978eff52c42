package main

import (
	"bufio"
	"errors"
	"fmt"
	"strconv"
	"strings"
)

type Field struct {
	Name  string
	Start int
	Width int
}

type Record map[string]string

var layout = []Field{{"id", 0, 4}, {"name", 4, 10}, {"qty", 14, 5}, {"price", 19, 8}}

type FieldError struct {
	Line  int
	Field string
	Err   error
}

func (e *FieldError) Error() string {
	return fmt.Sprintf("line %d field %s: %v", e.Line, e.Field, e.Err)
}

func (e *FieldError) Unwrap() error { return e.Err }

func parseLine(n int, line string) (Record, error) {
	rec := Record{}
	for _, f := range layout {
		end := f.Start + f.Width
		if len(line) < end {
			return nil, &FieldError{n, f.Name, errors.New("line too short")}
		}
		rec[f.Name] = strings.TrimSpace(line[f.Start:end])
	}
	return rec, nil
}

const input = `0001Widget       12   2.50
0002Gadget        3  10.00
0003Gizmo
0004Doohickey   abc   1.00
0005Thing         7   0.25`

func main() {
	sc := bufio.NewScanner(strings.NewReader(input))
	var total float64
	var qtyTotal int
	for n := 1; sc.Scan(); n++ {
		rec, err := parseLine(n, sc.Text())
		if err != nil {
			fmt.Println("error:", err)
			continue
		}
		qty, err := strconv.Atoi(rec["qty"])
		if err != nil {
			fe := &FieldError{n, "qty", err}
			var ne *strconv.NumError
			fmt.Println("error:", fe, errors.As(fe, &ne), ne.Num)
			continue
		}
		price, _ := strconv.ParseFloat(rec["price"], 64)
		line := float64(qty) * price
		total += line
		qtyTotal += qty
		fmt.Printf("%s %-10s %3d x %6.2f = %7.2f\n", rec["id"], rec["name"], qty, price, line)
	}
	fmt.Printf("%-19s %3d %17.2f\n", "TOTAL", qtyTotal, total)
	fmt.Println(fmt.Sprintf("%-4s|%10s|%-5s|", "ab", "right", "x"))
	fmt.Printf("%05d %x %X %#x %o %#o %b %e %E %.3g\n", 42, 255, 255, 255, 8, 8, 10, 1234.5678, 0.000123, 1234.5678)
	fmt.Printf("%8.2f|%-8.2f|%+.1f|% d|%c|%U|%q|%v\n", 3.14159, 2.5, 3.0, 7, 'G', 'G', 'G', []byte("hi"))
	fmt.Printf("%t %p %T %v\n", true, nil, 3+4i, 3+4i)
	fmt.Printf("%6.3v|%.2s|%5.1q|%x|% x\n", 3.14159, "hello", "abc", "hi", "hi")
	fmt.Printf("%[2]d %[1]d %d\n", 1, 2)
	fmt.Printf("%d %s\n", "str", 5)
	fmt.Printf("%d\n", 1, 2)
	fmt.Printf("%!\n")
}
