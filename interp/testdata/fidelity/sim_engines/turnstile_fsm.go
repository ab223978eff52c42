package main

import (
	"fmt"
	"strings"
)

type State int
type Input int

const (
	Locked State = iota
	Unlocked
	Broken
)

const (
	Coin Input = iota
	Push
	Kick
	Repair
)

var stateNames = map[State]string{Locked: "Locked", Unlocked: "Unlocked", Broken: "Broken"}
var inputNames = [...]string{"coin", "push", "kick", "repair"}

func (s State) String() string { return stateNames[s] }
func (i Input) String() string { return inputNames[i] }

type key struct {
	s State
	i Input
}

type Action func(t *Turnstile)

type Turnstile struct {
	state   State
	coins   int
	passed  int
	refunds int
	kicks   int
	trans   map[key]State
	actions map[key]Action
	trace   []string
}

func New() *Turnstile {
	t := &Turnstile{
		trans: map[key]State{
			{Locked, Coin}:   Unlocked,
			{Locked, Push}:   Locked,
			{Unlocked, Coin}: Unlocked,
			{Unlocked, Push}: Locked,
			{Locked, Kick}:   Broken,
			{Unlocked, Kick}: Unlocked,
			{Broken, Repair}: Locked,
			{Broken, Coin}:   Broken,
		},
	}
	t.actions = map[key]Action{
		{Locked, Coin}:   func(t *Turnstile) { t.coins++ },
		{Unlocked, Coin}: func(t *Turnstile) { t.coins++; t.refunds++ },
		{Unlocked, Push}: func(t *Turnstile) { t.passed++ },
		{Broken, Coin}:   func(t *Turnstile) { t.coins++; t.refunds++ },
		{Locked, Kick}:   func(t *Turnstile) { t.kicks++ },
		{Unlocked, Kick}: (*Turnstile).kick,
	}
	return t
}

func (t *Turnstile) kick() { t.kicks++ }

func (t *Turnstile) Feed(in Input) bool {
	k := key{t.state, in}
	next, ok := t.trans[k]
	if !ok {
		t.trace = append(t.trace, fmt.Sprintf("%v ignores %v", t.state, in))
		return false
	}
	if a := t.actions[k]; a != nil {
		a(t)
	}
	if next != t.state {
		t.trace = append(t.trace, fmt.Sprintf("%v --%v--> %v", t.state, in, next))
	}
	t.state = next
	return true
}

func parse(s string) []Input {
	var out []Input
	for _, w := range strings.Fields(s) {
		for i, n := range inputNames {
			if n == w {
				out = append(out, Input(i))
			}
		}
	}
	return out
}

func main() {
	t := New()
	seq := "push coin push push coin coin push kick coin push kick repair push coin kick push repair"
	accepted := 0
	for _, in := range parse(seq) {
		if t.Feed(in) {
			accepted++
		}
	}
	for _, line := range t.trace {
		fmt.Println(line)
	}
	fmt.Printf("state=%v coins=%d passed=%d refunds=%d kicks=%d accepted=%d\n", t.state, t.coins, t.passed, t.refunds, t.kicks, accepted)
	fmt.Println(Kick, Locked, []State{Broken, Unlocked}, map[Input]int{Coin: 2})
	fmt.Printf("%d %v %s\n", Unlocked, Repair, Broken)
}
