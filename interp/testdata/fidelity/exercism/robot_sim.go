package main

import (
	"errors"
	"fmt"
	"sort"
)

type Dir int

const (
	N Dir = iota
	E
	S
	W
)

func (d Dir) String() string {
	return [...]string{"North", "East", "South", "West"}[d]
}

type Pos struct{ Easting, Northing int }

type Robot struct {
	Name string
	Pos
	Dir
}

type Action byte

var ErrBadCommand = errors.New("bad command")

type CommandError struct {
	Robot string
	Cmd   rune
	Index int
}

func (e CommandError) Error() string {
	return fmt.Sprintf("robot %s: command %q at %d", e.Robot, e.Cmd, e.Index)
}

func (e CommandError) Unwrap() error { return ErrBadCommand }

func (r *Robot) Right() { r.Dir = (r.Dir + 1) % 4 }
func (r *Robot) Left()  { r.Dir = (r.Dir + 3) % 4 }
func (r *Robot) Advance() {
	switch r.Dir {
	case N:
		r.Northing++
	case S:
		r.Northing--
	case E:
		r.Easting++
	case W:
		r.Easting--
	}
}

func (r *Robot) Run(cmds string) error {
	for i, c := range cmds {
		switch c {
		case 'R':
			r.Right()
		case 'L':
			r.Left()
		case 'A':
			r.Advance()
		default:
			return fmt.Errorf("run: %w", CommandError{r.Name, c, i})
		}
	}
	return nil
}

func main() {
	robots := []*Robot{
		{"alpha", Pos{0, 0}, N},
		{"beta", Pos{7, 3}, N},
		{"gamma", Pos{-2, 1}, E},
		{"delta", Pos{1, 1}, S},
	}
	programs := map[string]string{
		"alpha": "RAALAL",
		"beta":  "RAALALLLL",
		"gamma": "AAXA",
		"delta": "LAAARRRALLLL",
	}
	for _, r := range robots {
		err := r.Run(programs[r.Name])
		var ce CommandError
		if errors.As(err, &ce) {
			fmt.Printf("%s failed: %v (is bad: %t, idx %d)\n", r.Name, err, errors.Is(err, ErrBadCommand), ce.Index)
		}
		fmt.Printf("%-6s at %+v facing %v\n", r.Name, r.Pos, r.Dir)
	}
	sort.Slice(robots, func(i, j int) bool {
		a, b := robots[i].Pos, robots[j].Pos
		if a.Easting != b.Easting {
			return a.Easting < b.Easting
		}
		return a.Northing < b.Northing
	})
	for _, r := range robots {
		fmt.Printf("%v\n", *r)
	}
	fmt.Printf("%d %v %s\n", W, W, S)
}
