package main

import "fmt"

type State interface {
	Coin(t *Turnstile) State
	Push(t *Turnstile) State
	Name() string
}

type Turnstile struct {
	state  State
	coins  int
	passes int
	alarms int
}

type locked struct{}
type unlocked struct{}

func (locked) Coin(t *Turnstile) State { t.coins++; return unlocked{} }
func (locked) Push(t *Turnstile) State { t.alarms++; return locked{} }
func (locked) Name() string            { return "locked" }

func (unlocked) Coin(t *Turnstile) State { t.coins++; return unlocked{} }
func (unlocked) Push(t *Turnstile) State { t.passes++; return locked{} }
func (unlocked) Name() string            { return "unlocked" }

func (t *Turnstile) Do(action string) {
	before := t.state.Name()
	switch action {
	case "coin":
		t.state = t.state.Coin(t)
	case "push":
		t.state = t.state.Push(t)
	}
	fmt.Printf("%-8s + %-4s -> %s\n", before, action, t.state.Name())
}

func main() {
	t := &Turnstile{state: locked{}}
	for _, a := range []string{"push", "coin", "coin", "push", "push", "coin", "push"} {
		t.Do(a)
	}

	fmt.Printf("coins=%d passes=%d alarms=%d\n", t.coins, t.passes, t.alarms)
	_, isLocked := t.state.(locked)
	fmt.Println("locked now:", isLocked)
	fmt.Printf("%T %v\n", t.state, t.state)
}
