package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
)

const storyJSON = `{
  "intro": {
    "title": "The Little Blue Gopher",
    "story": ["Once upon a time...", "a gopher set out on an adventure."],
    "options": [
      {"text": "Go to New York", "arc": "new-york"},
      {"text": "Go to Denver", "arc": "denver"}
    ]
  },
  "new-york": {
    "title": "Visiting New York",
    "story": ["Upon arriving in New York you find a big city."],
    "options": [{"text": "Go home", "arc": "home"}, {"text": "Go to Denver", "arc": "denver"}]
  },
  "denver": {
    "title": "Adventures in Denver",
    "story": ["Mountains everywhere.", "You meet a friendly gopher."],
    "options": [{"text": "Go home", "arc": "home"}]
  },
  "home": {
    "title": "Home Sweet Home",
    "story": ["You made it home."],
    "options": []
  }
}`

type Story map[string]Chapter

type Chapter struct {
	Title      string   `json:"title"`
	Paragraphs []string `json:"story"`
	Options    []Option `json:"options"`
}

type Option struct {
	Text    string `json:"text"`
	Chapter string `json:"arc"`
}

var ErrNoArc = errors.New("no such arc")

func (s Story) Walk(start string, choices []int) ([]string, error) {
	var path []string
	cur := start
	for step := 0; ; step++ {
		ch, ok := s[cur]
		if !ok {
			return path, fmt.Errorf("step %d: %q: %w", step, cur, ErrNoArc)
		}
		path = append(path, ch.Title)
		if len(ch.Options) == 0 {
			return path, nil
		}
		pick := 0
		if step < len(choices) {
			pick = choices[step]
		}
		if pick >= len(ch.Options) {
			return path, fmt.Errorf("step %d: option %d of %d", step, pick, len(ch.Options))
		}
		cur = ch.Options[pick].Chapter
	}
}

func main() {
	var story Story
	if err := json.Unmarshal([]byte(storyJSON), &story); err != nil {
		fmt.Println("error:", err)
		return
	}
	arcs := make([]string, 0, len(story))
	for k := range story {
		arcs = append(arcs, k)
	}
	sort.Strings(arcs)
	for _, a := range arcs {
		c := story[a]
		fmt.Printf("[%s] %s (%d paragraphs, %d options)\n", a, c.Title, len(c.Paragraphs), len(c.Options))
		for _, p := range c.Paragraphs {
			fmt.Println("   ", p)
		}
	}
	for _, choices := range [][]int{{0, 0}, {0, 1}, {1}, {5}} {
		path, err := story.Walk("intro", choices)
		fmt.Printf("%v -> %s err=%v\n", choices, strings.Join(path, " > "), err)
	}
	story["broken"] = Chapter{Title: "Broken", Options: []Option{{"nowhere", "void"}}}
	_, err := story.Walk("broken", nil)
	fmt.Println(err, errors.Is(err, ErrNoArc))
	out, _ := json.MarshalIndent(story["home"], "", "  ")
	fmt.Println(string(out))
	out, _ = json.Marshal(story["denver"].Options)
	fmt.Println(string(out))
	fmt.Printf("%+v\n", story["home"])
}
