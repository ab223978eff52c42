package main

import (
	"fmt"
	"math"
	"sort"
	"strings"
)

type Series struct {
	Label string
	Value float64
}

var blocks = []rune{' ', '▏', '▎', '▍', '▌', '▋', '▊', '▉', '█'}

func bar(v, max float64, width int) string {
	if max <= 0 {
		return ""
	}
	eighths := int(math.Round(v / max * float64(width*8)))
	full := eighths / 8
	s := strings.Repeat("█", full)
	if rem := eighths % 8; rem > 0 {
		s += string(blocks[rem])
	}
	return s
}

func chart(title string, data []Series, width int) {
	fmt.Println(title)
	fmt.Println(strings.Repeat("=", len([]rune(title))))
	maxV, total := 0.0, 0.0
	labelW := 0
	for _, d := range data {
		maxV = math.Max(maxV, d.Value)
		total += d.Value
		if n := len([]rune(d.Label)); n > labelW {
			labelW = n
		}
	}
	for _, d := range data {
		pad := labelW - len([]rune(d.Label))
		fmt.Printf("%s%s │%-*s│ %7.1f %5.1f%%\n", d.Label, strings.Repeat(" ", pad), width, bar(d.Value, maxV, width), d.Value, d.Value/total*100)
	}
	fmt.Printf("%s └%s┘\n", strings.Repeat(" ", labelW), strings.Repeat("─", width))
}

func sparkline(xs []float64) string {
	ticks := []rune("▁▂▃▄▅▆▇█")
	lo, hi := xs[0], xs[0]
	for _, x := range xs {
		lo, hi = math.Min(lo, x), math.Max(hi, x)
	}
	var sb strings.Builder
	for _, x := range xs {
		i := 0
		if hi > lo {
			i = int((x - lo) / (hi - lo) * float64(len(ticks)-1))
		}
		sb.WriteRune(ticks[i])
	}
	return sb.String()
}

func main() {
	langs := []Series{{"Go", 42.5}, {"Rust", 38.25}, {"Python", 77}, {"C", 12.125}, {"Zig", 3.5}, {"Haskell", 0.75}}
	chart("Votes by language", langs, 30)
	fmt.Println()
	sort.Slice(langs, func(i, j int) bool { return langs[i].Value > langs[j].Value })
	chart("Sorted", langs[:4], 20)
	fmt.Println()
	temps := []float64{3, 5, 9, 14, 18, 22, 25, 24, 19, 13, 7, 4}
	months := "JFMAMJJASOND"
	fmt.Println(months)
	fmt.Println(sparkline(temps))
	fmt.Println(sparkline([]float64{1, 1, 1}))
	for i, t := range temps {
		fmt.Printf("%c%s", months[i], strings.Repeat("·", int(t/5)))
		if i%4 == 3 {
			fmt.Println()
		} else {
			fmt.Print("  ")
		}
	}
	fmt.Printf("%q\n", bar(5, 10, 3))
	fmt.Printf("[%6s][%-6s][%6.2s]\n", "█▌", "█▌", "█▌")
}
