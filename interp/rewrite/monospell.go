package rewrite

import (
	"sort"
	"strings"
)

// monoSpelled replaces, in a type written by typeText, the instances of
// the cells' generic types that the session runs as concrete copies
// (mono.go in interp) by the copies' names: code a typed pass writes about
// []Pair[string, int] must name the type the chunk's values have,
// []Pairᐸstringˏintᐳ.
func (tc *Types) monoSpelled(text string) string {
	if len(tc.spelled) == 0 || !strings.Contains(text, "[") {
		return text
	}
	type copyName struct{ spelled, name string }
	var list []copyName
	for name, spelled := range tc.spelled {
		if strings.Contains(text, spelled) {
			list = append(list, copyName{spelled, name})
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

// isIdentByte reports whether b may be part of an identifier.
func isIdentByte(b byte) bool {
	return b == '_' || b >= '0' && b <= '9' || b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= 0x80
}
