package main

import (
	"errors"
	"fmt"
)

type Op struct {
	Name string
	Err  error
}

func (o Op) Error() string { return o.Name + " failed: " + o.Err.Error() }

type Level int

func (l Level) String() string {
	switch l {
	case 0:
		return "DEBUG"
	case 1:
		return "INFO"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

func main() {
	e := Op{"write", errors.New("disk full")}
	fmt.Println(e)
	fmt.Printf("%v|%s|%q\n", e, e, e)
	fmt.Println([]error{e, e})
	fmt.Println(Level(0), Level(1), Level(7))
	fmt.Printf("%v %d %x\n", Level(1), Level(1), Level(1))

	type entry struct {
		L   Level
		Msg string
	}
	fmt.Printf("%v %+v\n", entry{1, "hi"}, entry{0, "x"})
}
