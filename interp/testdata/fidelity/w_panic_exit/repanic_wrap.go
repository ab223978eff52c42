package main

import (
	"errors"
	"fmt"
)

type StageError struct {
	Stage string
	Cause any
}

func (e *StageError) Error() string { return fmt.Sprintf("stage %s: %v", e.Stage, e.Cause) }

func stage(name string, f func()) {
	defer func() {
		if r := recover(); r != nil {
			panic(&StageError{name, r})
		}
	}()
	f()
}

func pipeline(steps map[string]func(), order []string) (err error) {
	defer func() {
		if r := recover(); r != nil {
			se, ok := r.(*StageError)
			if !ok {
				panic(r)
			}
			err = se
		}
	}()
	for _, name := range order {
		stage(name, steps[name])
	}
	return nil
}

func main() {
	steps := map[string]func(){
		"load":  func() { fmt.Println("loading") },
		"parse": func() { panic("unexpected token") },
		"save":  func() { fmt.Println("saving") },
		"index": func() { var a []int; _ = a[3] },
	}
	err := pipeline(steps, []string{"load", "parse", "save"})
	fmt.Println("err:", err)
	var se *StageError
	fmt.Println(errors.As(err, &se), se.Stage, se.Cause)
	err = pipeline(steps, []string{"load", "index"})
	fmt.Printf("%v | %T\n", err, err.(*StageError).Cause)
	fmt.Println(pipeline(steps, []string{"save"}))
	defer func() {
		r := recover()
		fmt.Println("main recovered:", r)
		panic(fmt.Sprintf("final: %v", r))
	}()
	stage("boot", func() { panic(errors.New("no disk")) })
}
