package main

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

type team struct {
	name                     string
	played, won, drawn, lost int
}

func (t *team) points() int { return 3*t.won + t.drawn }

type ParseError struct {
	Line int
	Text string
}

func (e ParseError) Error() string { return fmt.Sprintf("line %d: cannot parse %q", e.Line, e.Text) }

func Tally(r io.Reader, w io.Writer) error {
	teams := map[string]*team{}
	get := func(n string) *team {
		t, ok := teams[n]
		if !ok {
			t = &team{name: n}
			teams[n] = t
		}
		return t
	}
	sc := bufio.NewScanner(r)
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimSpace(sc.Text())
		if text == "" || strings.HasPrefix(text, "#") {
			continue
		}
		parts := strings.Split(text, ";")
		if len(parts) != 3 {
			return ParseError{line, text}
		}
		a, b := get(parts[0]), get(parts[1])
		switch parts[2] {
		case "win":
			a.won++
			b.lost++
		case "loss":
			a.lost++
			b.won++
		case "draw":
			a.drawn++
			b.drawn++
		default:
			return fmt.Errorf("tally: %w", ParseError{line, text})
		}
		a.played++
		b.played++
	}
	list := make([]*team, 0, len(teams))
	for _, t := range teams {
		list = append(list, t)
	}
	sort.Slice(list, func(i, j int) bool {
		if list[i].points() != list[j].points() {
			return list[i].points() > list[j].points()
		}
		return list[i].name < list[j].name
	})
	fmt.Fprintf(w, "%-31s| MP |  W |  D |  L |  P\n", "Team")
	for _, t := range list {
		fmt.Fprintf(w, "%-31s| %2d | %2d | %2d | %2d | %2d\n", t.name, t.played, t.won, t.drawn, t.lost, t.points())
	}
	return nil
}

func main() {
	input := `
Allegoric Alaskans;Blithering Badgers;win
Devastating Donkeys;Courageous Californians;draw
Devastating Donkeys;Allegoric Alaskans;win
# a comment
Courageous Californians;Blithering Badgers;loss
Blithering Badgers;Devastating Donkeys;loss
Allegoric Alaskans;Courageous Californians;win
`
	var buf bytes.Buffer
	if err := Tally(strings.NewReader(input), &buf); err != nil {
		fmt.Println("error:", err)
	}
	fmt.Print(buf.String())
	for _, bad := range []string{"a;b;c;d", "a;b;maybe", "x;y;win\nbroken"} {
		buf.Reset()
		err := Tally(strings.NewReader(bad), &buf)
		var pe ParseError
		fmt.Printf("%v | as=%t line=%d\n", err, errors.As(err, &pe), pe.Line)
	}
}
