package interp

import (
	"sort"
	"strings"
)

// monoSpelled replaces, in a type written by typeText, the instances of
// the cells' generic types that the session runs as concrete copies
// (mono.go) by the copies' names: code a typed pass writes about
// []Pair[string, int] must name the type the chunk's values have,
// []Pairᐸstringˏintᐳ.
func (tc *typedChunk) monoSpelled(text string) string {
	if len(tc.copies) == 0 || !strings.Contains(text, "[") {
		return text
	}
	type copyName struct{ spelled, name string }
	var list []copyName
	for name, c := range tc.copies {
		if strings.Contains(text, c.spelled) {
			list = append(list, copyName{c.spelled, name})
		}
	}
	// Outer instances first: Box[Pair[string, int]] before Pair[string, int].
	sort.Slice(list, func(i, j int) bool { return len(list[i].spelled) > len(list[j].spelled) })
	for _, c := range list {
		var b strings.Builder
		rest := text
		for {
			i := strings.Index(rest, c.spelled)
			if i < 0 {
				break
			}
			b.WriteString(rest[:i])
			if i > 0 && isIdentByte(rest[i-1]) {
				b.WriteString(c.spelled) // the end of a longer name
			} else {
				b.WriteString(c.name)
			}
			rest = rest[i+len(c.spelled):]
		}
		b.WriteString(rest)
		text = b.String()
	}
	return text
}
