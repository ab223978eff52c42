package main

import (
	"errors"
	"fmt"
)

type Code int

func (c Code) String() string { return fmt.Sprintf("code-%d", int(c)) }

type Failure struct {
	Step   string
	Reason string
}

type BadInput struct{ Field string }

func (b *BadInput) Error() string { return "bad input: " + b.Field }

type Level string

func run(name string, f func()) {
	defer func() {
		r := recover()
		switch v := r.(type) {
		case nil:
			fmt.Println(name, "-> no panic")
		case error:
			fmt.Printf("%s -> error %v (%T)\n", name, v, v)
		case fmt.Stringer:
			fmt.Printf("%s -> stringer %v (%T)\n", name, v, v)
		case Failure:
			fmt.Printf("%s -> failure %+v\n", name, v)
		case string:
			fmt.Printf("%s -> string %q\n", name, v)
		default:
			fmt.Printf("%s -> other %v (%T)\n", name, v, v)
		}
	}()
	f()
}

func main() {
	run("code", func() { panic(Code(7)) })
	run("failure", func() { panic(Failure{"load", "missing"}) })
	run("ptr failure", func() { panic(&Failure{"save", "disk"}) })
	run("bad input", func() { panic(&BadInput{"age"}) })
	run("errors.New", func() { panic(errors.New("plain")) })
	run("wrapped", func() { panic(fmt.Errorf("ctx: %w", &BadInput{"name"})) })
	run("string", func() { panic("just text") })
	run("level", func() { panic(Level("warn")) })
	run("int", func() { panic(12) })
	run("slice", func() { panic([]int{1, 2}) })
	run("nothing", func() {})

	defer func() {
		r := recover()
		f, ok := r.(Failure)
		fmt.Println("main recovered:", ok, f.Step, f.Reason)
		var bi *BadInput
		err, _ := r.(error)
		fmt.Println(errors.As(err, &bi))
	}()
	panic(Failure{"main", "end"})
}
