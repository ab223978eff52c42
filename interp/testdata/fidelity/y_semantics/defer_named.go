package main

import (
	"errors"
	"fmt"
)

type Tx struct {
	log       []string
	committed bool
}

func (t *Tx) Exec(q string) error {
	if q == "BAD" {
		return errors.New("syntax error near BAD")
	}
	t.log = append(t.log, q)
	return nil
}

func withTx(queries []string) (tx *Tx, err error) {
	tx = &Tx{}
	defer func() {
		if err != nil {
			tx.log = append(tx.log, "ROLLBACK")
			err = fmt.Errorf("tx aborted after %d statements: %w", len(tx.log)-1, err)
			return
		}
		tx.committed = true
		tx.log = append(tx.log, "COMMIT")
	}()
	for _, q := range queries {
		if err = tx.Exec(q); err != nil {
			return
		}
	}
	return tx, nil
}

func counter() (n int) {
	defer func() { n *= 2 }()
	defer func() { n += 3 }()
	n = 1
	return n + 10
}

func order() (s string) {
	for i := 0; i < 3; i++ {
		defer func() { s += fmt.Sprint(i) }()
	}
	for _, w := range []string{"a", "b"} {
		defer func(w string) { s += w }(w)
	}
	return "start:"
}

func argsEvaluatedEarly() {
	x := 1
	defer fmt.Println("deferred x =", x)
	p := &x
	defer func() { fmt.Println("closure x =", *p) }()
	x = 42
}

func recoverResult() (res int, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("recovered: %v", r)
			res = -res
		}
	}()
	res = 7
	var arr []int
	_ = arr[res]
	return 99, nil
}

func main() {
	tx, err := withTx([]string{"INSERT 1", "UPDATE 2"})
	fmt.Println(tx.log, tx.committed, err)
	tx, err = withTx([]string{"INSERT 1", "BAD", "DELETE"})
	fmt.Println(tx.log, tx.committed, err)
	fmt.Println(counter(), order())
	argsEvaluatedEarly()
	fmt.Println(recoverResult())
	func() {
		defer fmt.Println("1st deferred, runs last")
		defer func() {
			fmt.Println("recover in deferred:", recover())
		}()
		defer fmt.Println("runs first")
		panic("boom")
	}()
	fmt.Println("main continues")
}
