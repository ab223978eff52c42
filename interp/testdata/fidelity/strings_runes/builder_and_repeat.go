package main

import (
	"fmt"
	"strings"
)

func box(lines []string) string {
	width := 0
	for _, l := range lines {
		width = max(width, len(l))
	}
	var b strings.Builder
	b.WriteString("+" + strings.Repeat("-", width+2) + "+\n")
	for _, l := range lines {
		fmt.Fprintf(&b, "| %-*s |\n", width, l)
	}
	b.WriteString("+" + strings.Repeat("-", width+2) + "+")
	return b.String()
}

func main() {
	fmt.Println(box([]string{"gopad", "Go in notebooks", "ok"}))

	var sb strings.Builder
	for i := 3; i > 0; i-- {
		fmt.Fprintf(&sb, "%d...", i)
	}
	sb.WriteByte('!')
	sb.WriteRune('🚀')
	fmt.Println(sb.String(), sb.Len())
}
