package main

import (
	"errors"
	"fmt"
)

type DoorState int

const (
	Open DoorState = iota
	ClosedDoor
	Locked
)

func (d DoorState) String() string { return [...]string{"open", "closed", "locked"}[d] }

type StateError struct {
	State  DoorState
	Action string
}

func (e StateError) Error() string {
	return fmt.Sprintf("cannot %s a door that is %v", e.Action, e.State)
}

type Door struct {
	state DoorState
	code  string
}

func (d *Door) Close() error {
	if d.state != Open {
		return StateError{d.state, "close"}
	}
	d.state = ClosedDoor
	return nil
}

func (d *Door) Lock(code string) error {
	if d.state != ClosedDoor {
		return StateError{d.state, "lock"}
	}
	d.code, d.state = code, Locked
	return nil
}

func (d *Door) Unlock(code string) error {
	if d.state != Locked {
		return StateError{d.state, "unlock"}
	}
	if code != d.code {
		return fmt.Errorf("unlock: wrong code %q", code)
	}
	d.state = ClosedDoor
	return nil
}

func main() {
	d := &Door{}
	steps := []func() error{
		func() error { return d.Lock("1234") },
		d.Close,
		func() error { return d.Lock("1234") },
		func() error { return d.Unlock("0000") },
		func() error { return d.Unlock("1234") },
		d.Close,
	}

	for i, step := range steps {
		err := step()
		var se StateError
		switch {
		case err == nil:
			fmt.Println(i, "ok ->", d.state)
		case errors.As(err, &se):
			fmt.Println(i, "state error:", se.State, se.Action, "|", err)
		default:
			fmt.Println(i, "other error:", err)
		}
	}
}
