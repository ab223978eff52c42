package main

import (
	"errors"
	"fmt"
	"strings"
)

type Tx struct {
	log       []string
	committed bool
}

func (t *Tx) Exec(stmt string) error {
	if strings.Contains(stmt, "DROP") {
		return fmt.Errorf("refused: %s", stmt)
	}
	t.log = append(t.log, stmt)
	return nil
}

func (t *Tx) Rollback() { t.log = append(t.log, "ROLLBACK") }
func (t *Tx) Commit()   { t.committed = true; t.log = append(t.log, "COMMIT") }

func run(stmts ...string) (tx *Tx, err error) {
	tx = &Tx{}
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("panic: %v", r)
		}
		if err != nil {
			tx.Rollback()
			return
		}
		tx.Commit()
	}()
	for i, s := range stmts {
		if s == "" {
			panic(fmt.Sprintf("empty statement #%d", i))
		}
		if err = tx.Exec(s); err != nil {
			return tx, err
		}
	}
	return tx, nil
}

func triple() (n int) {
	defer func() { n *= 3 }()
	n = 2
	return n + 1
}

func order() (s string) {
	for i := range 3 {
		defer func() { s += fmt.Sprint(i) }()
	}
	defer fmt.Print("printed first; ")
	return "x"
}

func deferArgs() {
	x := 1
	defer fmt.Println("deferred with x =", x)
	x = 2
	defer func() { fmt.Println("closure sees x =", x) }()
	x = 3
}

type closer struct{ name string }

func (c closer) Close() error {
	fmt.Println("close", c.name)
	if c.name == "b" {
		return errors.New("close b failed")
	}
	return nil
}

func useAll() (err error) {
	for _, n := range []string{"a", "b", "c"} {
		c := closer{n}
		defer func() { err = errors.Join(err, c.Close()) }()
	}
	return nil
}

func main() {
	for _, stmts := range [][]string{{"INSERT 1", "INSERT 2"}, {"INSERT 1", "DROP t"}, {"INSERT 1", ""}} {
		tx, err := run(stmts...)
		fmt.Printf("%v committed=%t err=%v\n", tx.log, tx.committed, err)
	}
	fmt.Println(triple())
	fmt.Println(order())
	deferArgs()
	fmt.Println("useAll:", useAll())
}
