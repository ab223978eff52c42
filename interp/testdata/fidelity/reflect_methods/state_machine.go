// A state machine whose states are methods named State<Name>.
package main

import (
	"fmt"
	"reflect"
)

type Door struct {
	state string
	log   []string
}

func (d *Door) StateClosed(ev string) string {
	switch ev {
	case "open":
		return "Open"
	case "lock":
		return "Locked"
	}
	return "Closed"
}

func (d *Door) StateOpen(ev string) string {
	if ev == "close" {
		return "Closed"
	}
	return "Open"
}

func (d *Door) StateLocked(ev string) string {
	if ev == "unlock" {
		return "Closed"
	}
	return "Locked"
}

func (d *Door) Fire(ev string) {
	m := reflect.ValueOf(d).MethodByName("State" + d.state)
	next := m.Call([]reflect.Value{reflect.ValueOf(ev)})[0].String()
	d.log = append(d.log, fmt.Sprintf("%s --%s--> %s", d.state, ev, next))
	d.state = next
}

func main() {
	d := &Door{state: "Closed"}
	for _, ev := range []string{"open", "lock", "close", "lock", "open", "unlock", "open"} {
		d.Fire(ev)
	}
	for _, l := range d.log {
		fmt.Println(l)
	}
	states := 0
	t := reflect.TypeOf(d)
	for i := 0; i < t.NumMethod(); i++ {
		if n := t.Method(i).Name; len(n) > 5 && n[:5] == "State" {
			states++
		}
	}
	fmt.Println("states:", states)
}
