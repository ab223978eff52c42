package main

import "fmt"

type Event interface{ isEvent() }

type Click struct{ X, Y int }
type Key struct{ Code rune }
type Resize struct{ W, H int }

func (Click) isEvent()   {}
func (Key) isEvent()     {}
func (*Resize) isEvent() {}

func handle(e Event) string {
	switch ev := e.(type) {
	case Click:
		return fmt.Sprintf("click at %d,%d", ev.X, ev.Y)
	case Key:
		if ev.Code == 'q' {
			return "quit"
		}
		return fmt.Sprintf("key %q", ev.Code)
	case *Resize:
		ev.W, ev.H = max(ev.W, 100), max(ev.H, 100)
		return fmt.Sprintf("resize to %dx%d", ev.W, ev.H)
	case nil:
		return "no event"
	}
	return "unknown"
}

func main() {
	r := &Resize{50, 300}
	for _, e := range []Event{Click{1, 2}, Key{'a'}, r, nil, Key{'q'}} {
		fmt.Println(handle(e))
	}
	fmt.Println(*r)
}
