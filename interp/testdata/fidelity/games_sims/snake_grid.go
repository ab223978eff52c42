package main

import (
	"fmt"
	"strings"
)

type Point struct{ X, Y int }

func (p Point) Add(q Point) Point { return Point{p.X + q.X, p.Y + q.Y} }

var dirs = map[byte]Point{'U': {0, -1}, 'D': {0, 1}, 'L': {-1, 0}, 'R': {1, 0}}

type Snake struct {
	body []Point
	grow int
}

func (s *Snake) Head() Point { return s.body[0] }

func (s *Snake) Occupies(p Point) bool {
	for _, b := range s.body {
		if b == p {
			return true
		}
	}
	return false
}

type World struct {
	W, H  int
	snake *Snake
	food  []Point
	score int
}

func (w *World) Step(d byte) error {
	next := w.snake.Head().Add(dirs[d])
	if next.X < 0 || next.Y < 0 || next.X >= w.W || next.Y >= w.H {
		return fmt.Errorf("hit wall at %v", next)
	}
	tail := w.snake.body[:len(w.snake.body)-1]
	if w.snake.grow > 0 {
		tail = w.snake.body
	}
	for _, b := range tail {
		if b == next {
			return fmt.Errorf("bit itself at %v", next)
		}
	}
	w.snake.body = append([]Point{next}, w.snake.body...)
	if w.snake.grow > 0 {
		w.snake.grow--
	} else {
		w.snake.body = w.snake.body[:len(w.snake.body)-1]
	}
	for i, f := range w.food {
		if f == next {
			w.food = append(w.food[:i], w.food[i+1:]...)
			w.snake.grow += 2
			w.score += 10
			break
		}
	}
	return nil
}

func (w *World) Render() string {
	rows := make([][]byte, w.H)
	for y := range rows {
		rows[y] = []byte(strings.Repeat(".", w.W))
	}
	for _, f := range w.food {
		rows[f.Y][f.X] = '*'
	}
	for i, b := range w.snake.body {
		if i == 0 {
			rows[b.Y][b.X] = '@'
		} else {
			rows[b.Y][b.X] = 'o'
		}
	}
	lines := make([]string, len(rows))
	for i, r := range rows {
		lines[i] = string(r)
	}
	return strings.Join(lines, "\n")
}

func main() {
	w := &World{W: 8, H: 6, snake: &Snake{body: []Point{{2, 2}, {1, 2}}}, food: []Point{{5, 2}, {5, 4}, {1, 4}}}
	moves := "RRRDDLLLLUURRRUU"
	fmt.Println(w.Render())
	for i := 0; i < len(moves); i++ {
		if err := w.Step(moves[i]); err != nil {
			fmt.Printf("move %d (%c): game over: %v\n", i, moves[i], err)
			break
		}
		if i%4 == 3 {
			fmt.Printf("after move %d, length %d, score %d\n%s\n", i, len(w.snake.body), w.score, w.Render())
		}
	}
	fmt.Println("final score:", w.score, "head:", w.snake.Head(), "food left:", w.food)
	fmt.Println(w.snake.Occupies(Point{3, 4}), w.snake.Occupies(w.snake.Head()))
}
