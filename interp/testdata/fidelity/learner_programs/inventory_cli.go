package main

import (
	"errors"
	"fmt"
	"os"
	"strconv"
	"strings"
	"text/tabwriter"
)

type Item struct {
	SKU   string
	Name  string
	Qty   int
	Price float64
}

type InsufficientStock struct {
	SKU        string
	Have, Want int
}

func (e *InsufficientStock) Error() string {
	return fmt.Sprintf("sku %s: have %d, want %d", e.SKU, e.Have, e.Want)
}

var ErrUnknown = errors.New("unknown sku")

type Store struct {
	items map[string]*Item
	order []string
	log   []string
}

func (s *Store) exec(line string) error {
	f := strings.Fields(line)
	if len(f) == 0 {
		return nil
	}
	switch f[0] {
	case "add":
		if len(f) != 5 {
			return fmt.Errorf("add: want 4 args, got %d", len(f)-1)
		}
		qty, err := strconv.Atoi(f[3])
		if err != nil {
			return fmt.Errorf("add: bad qty: %w", err)
		}
		price, err := strconv.ParseFloat(f[4], 64)
		if err != nil {
			return fmt.Errorf("add: bad price: %w", err)
		}
		if _, ok := s.items[f[1]]; !ok {
			s.order = append(s.order, f[1])
		}
		s.items[f[1]] = &Item{f[1], f[2], qty, price}
	case "sell":
		it, ok := s.items[f[1]]
		if !ok {
			return fmt.Errorf("sell %s: %w", f[1], ErrUnknown)
		}
		n, _ := strconv.Atoi(f[2])
		if n > it.Qty {
			return &InsufficientStock{it.SKU, it.Qty, n}
		}
		it.Qty -= n
		s.log = append(s.log, fmt.Sprintf("sold %d x %s = %.2f", n, it.Name, float64(n)*it.Price))
	default:
		return fmt.Errorf("unknown command %q", f[0])
	}
	return nil
}

func main() {
	s := &Store{items: map[string]*Item{}}
	script := `add A1 widget 10 2.50
add B2 gadget 3 19.99
sell A1 4
sell B2 5
sell C3 1
add A1 widget x 2.5
restock A1
add C3 gizmo 7 0.75
sell C3 7`
	for i, line := range strings.Split(script, "\n") {
		err := s.exec(line)
		var ins *InsufficientStock
		var numErr *strconv.NumError
		switch {
		case err == nil:
		case errors.As(err, &ins):
			fmt.Printf("line %d: short by %d (%v)\n", i+1, ins.Want-ins.Have, err)
		case errors.Is(err, ErrUnknown):
			fmt.Printf("line %d: unknown: %v\n", i+1, err)
		case errors.As(err, &numErr):
			fmt.Printf("line %d: number %q: %v | %v\n", i+1, numErr.Num, numErr.Err, err)
		default:
			fmt.Printf("line %d: %v\n", i+1, err)
		}
	}
	w := tabwriter.NewWriter(os.Stdout, 0, 8, 2, ' ', tabwriter.AlignRight|tabwriter.Debug)
	fmt.Fprintln(w, "SKU\tName\tQty\tPrice\tValue\t")
	var total float64
	for _, k := range s.order {
		it := s.items[k]
		v := float64(it.Qty) * it.Price
		total += v
		fmt.Fprintf(w, "%s\t%s\t%d\t%.2f\t%.2f\t\n", it.SKU, it.Name, it.Qty, it.Price, v)
	}
	w.Flush()
	fmt.Printf("total stock value: %8.2f\n", total)
	for _, l := range s.log {
		fmt.Println(" -", l)
	}
	fmt.Printf("%v\n%+v\n", *s.items["A1"], s.items["B2"])
}
