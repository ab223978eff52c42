package main

import (
	"fmt"
	"strings"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
	Error
)

func (l Level) String() string {
	switch l {
	case Debug:
		return "DEBUG"
	case Info:
		return "INFO"
	case Warn:
		return "WARN"
	case Error:
		return "ERROR"
	}
	return fmt.Sprintf("Level(%d)", int(l))
}

type Entry struct {
	Lvl  Level
	Msg  string
	Tags map[string]string
}

type Matrix [][]float64

func (m Matrix) String() string {
	var sb strings.Builder
	for _, row := range m {
		for j, v := range row {
			if j > 0 {
				sb.WriteByte(' ')
			}
			fmt.Fprintf(&sb, "%6.2f", v)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

type Secret string

func (s Secret) GoString() string { return `Secret("***")` }
func (s Secret) Format(f fmt.State, verb rune) {
	switch verb {
	case 'v', 's':
		if f.Flag('+') {
			fmt.Fprintf(f, "secret(%d chars)", len(s))
			return
		}
		fmt.Fprint(f, "***")
	default:
		fmt.Fprintf(f, "%%!%c(Secret)", verb)
	}
}

type Temp float64

func (t Temp) String() string { return fmt.Sprintf("%.1f°C", float64(t)) }

func main() {
	levels := []Level{Debug, Warn, Level(9)}
	fmt.Println(levels, Info)
	fmt.Printf("%v %s %d %q %x\n", Warn, Error, Error, Info, Warn)
	fmt.Printf("%-8v|%8v|\n", Info, Error)
	e := Entry{Warn, "disk low", map[string]string{"dev": "sda"}}
	fmt.Printf("%v\n%+v\n", e, e)
	fmt.Println(e.Lvl, e.Msg)

	m := Matrix{{1, 2.5}, {-3.25, 100}}
	fmt.Print(m)
	fmt.Printf("%v", m)
	fmt.Println(len(m.String()))

	pw := Secret("hunter2")
	fmt.Println(pw)
	fmt.Printf("%v %+v %s %d %#v\n", pw, pw, pw, pw, pw)

	temps := map[string]Temp{"mon": 21.5, "tue": 19.25}
	fmt.Println(temps)
	fmt.Printf("%v %.3v %6.2f\n", temps["mon"], temps["tue"], float64(temps["tue"]))
	var st fmt.Stringer = Temp(-4)
	fmt.Println(st, []fmt.Stringer{Temp(1), Warn})
	fmt.Println(fmt.Sprint(Temp(1), Temp(2)), fmt.Sprint("a", Temp(3), "b"), fmt.Sprintln(Warn, 5))
	ptr := &e
	fmt.Printf("%v\n", ptr.Lvl)
	arr := [3]Level{Info, Info, Error}
	fmt.Println(arr, arr[1:])
}
