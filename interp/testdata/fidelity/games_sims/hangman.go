package main

import (
	"fmt"
	"strings"
)

type Game struct {
	word    string
	guessed map[rune]bool
	misses  []rune
	maxMiss int
}

type Outcome int

const (
	Playing Outcome = iota
	Won
	Lost
)

func (o Outcome) String() string {
	return [...]string{"playing", "won", "lost"}[o]
}

func NewGame(word string, maxMiss int) *Game {
	return &Game{word: strings.ToUpper(word), guessed: map[rune]bool{}, maxMiss: maxMiss}
}

func (g *Game) Guess(r rune) (string, error) {
	r = []rune(strings.ToUpper(string(r)))[0]
	if r < 'A' || r > 'Z' {
		return "", fmt.Errorf("%q is not a letter", r)
	}
	if g.guessed[r] {
		return "", fmt.Errorf("already guessed %c", r)
	}
	g.guessed[r] = true
	if strings.ContainsRune(g.word, r) {
		return fmt.Sprintf("yes, %d × %c", strings.Count(g.word, string(r)), r), nil
	}
	g.misses = append(g.misses, r)
	return fmt.Sprintf("no %c", r), nil
}

func (g *Game) Masked() string {
	var sb strings.Builder
	for i, r := range g.word {
		if i > 0 {
			sb.WriteByte(' ')
		}
		if g.guessed[r] {
			sb.WriteRune(r)
		} else {
			sb.WriteRune('_')
		}
	}
	return sb.String()
}

func (g *Game) State() Outcome {
	if len(g.misses) >= g.maxMiss {
		return Lost
	}
	for _, r := range g.word {
		if !g.guessed[r] {
			return Playing
		}
	}
	return Won
}

var gallows = []string{
	"  +---+\n      |\n      |\n      |\n=======",
	"  +---+\n  O   |\n      |\n      |\n=======",
	"  +---+\n  O   |\n  |   |\n      |\n=======",
	"  +---+\n  O   |\n /|\\  |\n      |\n=======",
	"  +---+\n  O   |\n /|\\  |\n / \\  |\n=======",
}

func main() {
	games := []struct {
		word    string
		guesses string
	}{
		{"gopher", "eaiou1ghprs"},
		{"channel", "xyzqwk"},
	}
	for _, gm := range games {
		g := NewGame(gm.word, 4)
		fmt.Println("New game:", g.Masked())
		for _, r := range gm.guesses {
			msg, err := g.Guess(r)
			if err != nil {
				fmt.Println("  !", err)
				continue
			}
			fmt.Printf("  %c: %-10s %s  misses=%s\n", r, msg, g.Masked(), string(g.misses))
			if st := g.State(); st != Playing {
				fmt.Println("  result:", st)
				break
			}
		}
		fmt.Println(gallows[len(g.misses)])
	}
}
