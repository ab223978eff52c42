package main

import "fmt"

type State interface {
	Name() string
	Duration() int
	Next(pedestrian bool) State
}

type red struct{}
type green struct{}
type yellow struct{}
type walk struct{ remaining int }

func (red) Name() string  { return "RED" }
func (red) Duration() int { return 4 }
func (red) Next(p bool) State {
	if p {
		return &walk{3}
	}
	return green{}
}

func (green) Name() string      { return "GREEN" }
func (green) Duration() int     { return 5 }
func (green) Next(bool) State   { return yellow{} }
func (yellow) Name() string     { return "YELLOW" }
func (yellow) Duration() int    { return 2 }
func (yellow) Next(bool) State  { return red{} }
func (w *walk) Name() string    { return fmt.Sprintf("WALK(%d)", w.remaining) }
func (w *walk) Duration() int   { return w.remaining }
func (w *walk) Next(bool) State { return green{} }

type Light struct {
	state   State
	elapsed int
	button  bool
	history map[string]int
}

func (l *Light) Tick() (changed bool) {
	l.elapsed++
	l.history[l.state.Name()]++
	if l.elapsed >= l.state.Duration() {
		l.state = l.state.Next(l.button)
		if _, ok := l.state.(*walk); ok {
			l.button = false
		}
		l.elapsed = 0
		return true
	}
	return false
}

func main() {
	l := &Light{state: red{}, history: map[string]int{}}
	presses := map[int]bool{2: true, 17: true, 18: true}
	var timeline []byte
	for t := 0; t < 40; t++ {
		if presses[t] {
			l.button = true
			fmt.Printf("t=%d button pressed\n", t)
		}
		name := l.state.Name()
		timeline = append(timeline, name[0])
		if l.Tick() {
			fmt.Printf("t=%2d %-8s -> %s\n", t, name, l.state.Name())
		}
	}
	fmt.Println(string(timeline))
	for _, k := range []string{"RED", "GREEN", "YELLOW", "WALK(3)"} {
		fmt.Printf("%-8s %d ticks\n", k, l.history[k])
	}
	var s State = yellow{}
	for i := 0; i < 5; i++ {
		fmt.Print(s.Name(), " ")
		s = s.Next(i%2 == 0)
	}
	fmt.Println()
}
