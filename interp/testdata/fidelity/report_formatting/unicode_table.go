package main

import (
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"
)

type Row struct {
	City    string
	Country string
	Pop     int
	Note    string
}

// displayWidth approximates terminal width: East Asian wide runes count 2.
func displayWidth(s string) int {
	w := 0
	for _, r := range s {
		switch {
		case unicode.Is(unicode.Han, r), unicode.Is(unicode.Hiragana, r), unicode.Is(unicode.Katakana, r), unicode.Is(unicode.Hangul, r):
			w += 2
		case unicode.Is(unicode.Mn, r):
		default:
			w++
		}
	}
	return w
}

func pad(s string, width int, right bool) string {
	gap := width - displayWidth(s)
	if gap <= 0 {
		return s
	}
	if right {
		return strings.Repeat(" ", gap) + s
	}
	return s + strings.Repeat(" ", gap)
}

func commas(n int) string {
	s := fmt.Sprint(n)
	var out []byte
	for i := range s {
		if i > 0 && (len(s)-i)%3 == 0 {
			out = append(out, ',')
		}
		out = append(out, s[i])
	}
	return string(out)
}

func main() {
	rows := []Row{
		{"Tokyo", "日本", 13960000, "東京都"},
		{"São Paulo", "Brasil", 12330000, "maior cidade"},
		{"Zürich", "Schweiz", 421878, ""},
		{"서울", "대한민국", 9776000, "capital"},
		{"Kraków", "Polska", 779115, "stare miasto"},
		{"Reykjavík", "Ísland", 131136, "❄"},
	}
	headers := []string{"City", "Country", "Population", "Note"}
	widths := make([]int, len(headers))
	for i, h := range headers {
		widths[i] = displayWidth(h)
	}
	cells := make([][]string, len(rows))
	for i, r := range rows {
		cells[i] = []string{r.City, r.Country, commas(r.Pop), r.Note}
		for j, c := range cells[i] {
			if w := displayWidth(c); w > widths[j] {
				widths[j] = w
			}
		}
	}
	line := func(l, m, r string) string {
		parts := make([]string, len(widths))
		for i, w := range widths {
			parts[i] = strings.Repeat("─", w+2)
		}
		return l + strings.Join(parts, m) + r
	}
	fmt.Println(line("┌", "┬", "┐"))
	var hs []string
	for i, h := range headers {
		hs = append(hs, " "+pad(h, widths[i], false)+" ")
	}
	fmt.Println("│" + strings.Join(hs, "│") + "│")
	fmt.Println(line("├", "┼", "┤"))
	for _, c := range cells {
		var cs []string
		for j, v := range c {
			cs = append(cs, " "+pad(v, widths[j], j == 2)+" ")
		}
		fmt.Println("│" + strings.Join(cs, "│") + "│")
	}
	fmt.Println(line("└", "┴", "┘"))

	fmt.Println("naive %-10s padding (counts runes):")
	for _, r := range rows {
		fmt.Printf("[%-10s][%10s] bytes=%2d runes=%2d width=%2d\n", r.City, r.Country, len(r.City), utf8.RuneCountInString(r.City), displayWidth(r.City))
	}
	fmt.Printf("[%-6.3s][%6.2s]\n", "日本語テキスト", "Ísland")
	for _, s := range []string{"e\u0301", "é", "ﬁ", "Straße"} {
		fmt.Printf("%q len=%d runes=%d upper=%q title=%q\n", s, len(s), utf8.RuneCountInString(s), strings.ToUpper(s), strings.ToTitle(s))
	}
	fmt.Println(strings.EqualFold("Straße", "STRASSE"), strings.EqualFold("Gö", "GÖ"))
}
