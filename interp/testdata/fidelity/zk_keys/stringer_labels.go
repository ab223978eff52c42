package main

import (
	"fmt"
	"sort"
)

type Weekday int

func (d Weekday) String() string {
	return [...]string{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"}[d]
}

type Month int

func (m Month) String() string {
	return [...]string{"", "Jan", "Feb", "Mar"}[m]
}

type Holiday struct {
	Name string
	Day  int
}

func (h Holiday) String() string { return fmt.Sprintf("%s(%d)", h.Name, h.Day) }

func main() {
	notes := map[fmt.Stringer]string{}
	notes[Weekday(1)] = "standup"
	notes[Month(1)] = "planning"
	notes[Weekday(5)] = "demo"
	notes[Holiday{"NewYear", 1}] = "off"
	notes[Weekday(1)] += " + retro"
	fmt.Println(len(notes))
	fmt.Println(notes[Weekday(1)], "|", notes[Month(1)], "|", notes[Holiday{"NewYear", 1}])
	var keys []fmt.Stringer
	for k := range notes {
		keys = append(keys, k)
	}
	sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
	for _, k := range keys {
		fmt.Printf("%-12s %T %q\n", k, k, notes[k])
	}
	if _, ok := notes[Weekday(2)]; !ok {
		fmt.Println("Tue free")
	}
}
