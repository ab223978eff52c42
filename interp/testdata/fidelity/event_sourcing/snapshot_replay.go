package main

import (
	"fmt"
	"strings"
)

type Op struct {
	Kind string // "set", "del", "incr"
	Key  string
	Val  int
}

type State struct {
	Vals map[string]int
	At   int // number of ops applied
}

func (s State) Clone() State {
	c := State{Vals: make(map[string]int, len(s.Vals)), At: s.At}
	for k, v := range s.Vals {
		c.Vals[k] = v
	}
	return c
}

func (s *State) Apply(op Op) {
	switch op.Kind {
	case "set":
		s.Vals[op.Key] = op.Val
	case "del":
		delete(s.Vals, op.Key)
	case "incr":
		s.Vals[op.Key] += op.Val
	}
	s.At++
}

type Store struct {
	log       []Op
	snapshots []State
	every     int
}

func (st *Store) Append(op Op, cur *State) {
	st.log = append(st.log, op)
	cur.Apply(op)
	if cur.At%st.every == 0 {
		st.snapshots = append(st.snapshots, cur.Clone())
	}
}

// StateAt rebuilds the state after n ops from the nearest snapshot.
func (st *Store) StateAt(n int) (State, int) {
	s := State{Vals: map[string]int{}}
	for _, snap := range st.snapshots {
		if snap.At <= n {
			s = snap.Clone()
		}
	}
	replayed := 0
	for _, op := range st.log[s.At:n] {
		s.Apply(op)
		replayed++
	}
	return s, replayed
}

func main() {
	st := &Store{every: 3}
	cur := State{Vals: map[string]int{}}
	for _, line := range strings.Split("set a 1;set b 2;incr a 5;del b 0;set c 9;incr c 1;incr a 1;set b 4", ";") {
		var op Op
		fmt.Sscanf(line, "%s %s %d", &op.Kind, &op.Key, &op.Val)
		st.Append(op, &cur)
	}

	fmt.Println("current:", cur.Vals, cur.At)
	fmt.Println("snapshots at:", len(st.snapshots), st.snapshots[0].At, st.snapshots[1].At)

	for _, n := range []int{0, 2, 3, 5, 8} {
		s, replayed := st.StateAt(n)
		fmt.Printf("after %d ops: %v (replayed %d)\n", n, s.Vals, replayed)
	}
}
