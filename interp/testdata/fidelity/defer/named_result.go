package main

import (
	"errors"
	"fmt"
)

func double() (n int) {
	defer func() { n *= 2 }()
	n = 21
	return n
}

func tripleReturn() (n int) {
	defer func() { n += 1 }()
	return 10
}

type file struct{ name string }

func (f *file) Close() error {
	if f.name == "bad" {
		return errors.New("close " + f.name + ": i/o error")
	}
	return nil
}

func process(name string) (err error) {
	f := &file{name}
	defer func() {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = cerr
		}
	}()
	fmt.Println("processing", name)
	return nil
}

func main() {
	fmt.Println(double(), tripleReturn())
	fmt.Println(process("good"))
	fmt.Println(process("bad"))
}
