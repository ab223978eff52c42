package main

import (
	"errors"
	"fmt"
	"strings"
)

type Money struct {
	Amount   int64
	Currency string
}

func (m *Money) String() string {
	return fmt.Sprintf("%d.%02d %s", m.Amount/100, m.Amount%100, m.Currency)
}

type Tag string

func (t Tag) String() string { return "#" + strings.ToLower(string(t)) }

type Matrix2 [2][2]int

func (m Matrix2) String() string {
	return fmt.Sprintf("[%d %d; %d %d]", m[0][0], m[0][1], m[1][0], m[1][1])
}

type Item struct {
	Name  string
	Price Money
	Tags  []Tag
}

type Temp float64

func (t Temp) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		fmt.Fprintf(f, "%.1f°", float64(t))
	default:
		fmt.Fprintf(f, "%%!%c(Temp)", verb)
	}
}

type ValidationErrors []error

func (v ValidationErrors) Error() string {
	msgs := make([]string, len(v))
	for i, e := range v {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "; ")
}

type GoStr struct{ A int }

func (g GoStr) GoString() string { return "GoStr!" }

func main() {
	m := Money{12345, "EUR"}
	fmt.Println(m)
	fmt.Println(&m)
	fmt.Printf("%v %s %+v\n", m, &m, m)
	item := Item{"lamp", m, []Tag{"Home", "LIGHT"}}
	fmt.Printf("%v\n%+v\n", item, item)
	fmt.Println(item.Tags, Tag("Go"))
	items := []*Money{{100, "USD"}, {5, "JPY"}}
	fmt.Println(items[0], items[1])
	fmt.Println(Matrix2{{1, 2}, {3, 4}})
	fmt.Println(Temp(21.456), []Temp{1, 2.25})
	fmt.Printf("%v|%s|%d\n", Temp(3), Temp(4), Temp(5))
	var errs ValidationErrors
	errs = append(errs, errors.New("name empty"), fmt.Errorf("age %d < 0", -3))
	var err error = errs
	fmt.Println(err)
	fmt.Printf("%v | %d errors\n", err, len(errs))
	fmt.Printf("%#v %v\n", GoStr{1}, GoStr{2})
	mm := map[Tag]int{"b": 2, "A": 1}
	fmt.Println(mm)
	type pair struct {
		k Tag
		v *Money
	}
	p := pair{"x", &Money{1, "GBP"}}
	fmt.Printf("%v %v\n", p.k, p.v)
}
