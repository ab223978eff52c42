package main

import (
	"bufio"
	"fmt"
	"sort"
	"strings"
	"unicode"
)

type State int

const (
	Playing State = iota
	Won
	Lost
)

func (s State) String() string {
	switch s {
	case Playing:
		return "playing"
	case Won:
		return "won"
	case Lost:
		return "lost"
	}
	return "?"
}

type Game struct {
	word    string
	guessed map[rune]bool
	misses  []rune
	maxMiss int
}

func NewGame(word string, maxMiss int) *Game {
	return &Game{word: strings.ToLower(word), guessed: map[rune]bool{}, maxMiss: maxMiss}
}

func (g *Game) Guess(r rune) (hit bool, err error) {
	r = unicode.ToLower(r)
	if !unicode.IsLetter(r) {
		return false, fmt.Errorf("guess %q: not a letter", r)
	}
	if g.guessed[r] {
		return false, fmt.Errorf("guess %q: already guessed", r)
	}
	g.guessed[r] = true
	if strings.ContainsRune(g.word, r) {
		return true, nil
	}
	g.misses = append(g.misses, r)
	return false, nil
}

func (g *Game) Masked() string {
	return strings.Map(func(r rune) rune {
		if g.guessed[r] || !unicode.IsLetter(r) {
			return r
		}
		return '_'
	}, g.word)
}

func (g *Game) State() State {
	switch {
	case !strings.Contains(g.Masked(), "_"):
		return Won
	case len(g.misses) >= g.maxMiss:
		return Lost
	}
	return Playing
}

func play(word, input string, maxMiss int) {
	g := NewGame(word, maxMiss)
	sc := bufio.NewScanner(strings.NewReader(input))
	sc.Split(bufio.ScanRunes)
	for sc.Scan() && g.State() == Playing {
		r := []rune(sc.Text())[0]
		if unicode.IsSpace(r) {
			continue
		}
		hit, err := g.Guess(r)
		if err != nil {
			fmt.Println("  !", err)
			continue
		}
		fmt.Printf("  %c hit=%-5t %s misses=%q\n", r, hit, g.Masked(), string(g.misses))
	}
	letters := make([]string, 0, len(g.guessed))
	for r := range g.guessed {
		letters = append(letters, string(r))
	}
	sort.Strings(letters)
	fmt.Printf("%s: %v after %d guesses [%s]\n", word, g.State(), len(g.guessed), strings.Join(letters, ""))
}

func main() {
	play("Gopher", "e a o x g h p r", 5)
	play("concurrency", "zqxwvjk c", 6)
	play("big-data", "b 1 B i g d t a", 3)
	fmt.Println(Playing, Won, Lost, State(7))
	fmt.Printf("%v %d %s\n", Won, Won, Lost)
}
