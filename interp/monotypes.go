package interp

import "strings"

// monoSpelled replaces, in the type text t (as typeText writes it), the
// instances of the cells' generic types that have concrete copies by the
// copies' names: List[int] → Listᐸintᐳ, *List[int] → *Listᐸintᐳ. Code the
// rewrites write (a conversion, a parameter's type) must name the same
// type as the values the monomorphized chunk makes, and yaegi's own
// instance of List[int] is another type.
func monoSpelled(t string, copies map[string]monoCopy) string {
	if len(copies) == 0 || !strings.Contains(t, "[") {
		return t
	}
	byText := map[string]string{}
	for name, c := range copies {
		byText[strings.ReplaceAll(c.spelled, " ", "")] = name
	}
	var b strings.Builder
	for i := 0; i < len(t); {
		j := i
		for j < len(t) && isIdentByte(t[j]) && t[j] != '.' {
			j++
		}
		if j == i {
			b.WriteByte(t[i])
			i++
			continue
		}
		qualified := i > 0 && t[i-1] == '.'
		if j < len(t) && t[j] == '[' && !qualified {
			if end := closingBracket(t, j); end > 0 {
				// The copy's type arguments may be spelled as written or
				// by their own copies' names.
				inner := t[i:j] + "[" + monoSpelled(t[j+1:end], copies) + "]"
				name, ok := byText[strings.ReplaceAll(t[i:end+1], " ", "")]
				if !ok {
					name, ok = byText[strings.ReplaceAll(inner, " ", "")]
				}
				if !ok {
					name = inner
				}
				b.WriteString(name)
				i = end + 1
				continue
			}
		}
		b.WriteString(t[i:j])
		i = j
	}
	return b.String()
}

// closingBracket returns the index of the ']' that closes the '[' at
// t[open], or -1.
func closingBracket(t string, open int) int {
	depth := 0
	for i := open; i < len(t); i++ {
		switch t[i] {
		case '[':
			depth++
		case ']':
			depth--
			if depth == 0 {
				return i
			}
		}
	}
	return -1
}

// outermostEdits drops the edits that lie inside another one: in
// List[Vec[float64]] the copy of the whole instance replaces the copy of
// its type argument (the copy's own declaration names Vec[float64], which
// a later round points at its copy).
func outermostEdits(edits []edit) []edit {
	var out []edit
	for i, e := range edits {
		inside := false
		for j, o := range edits {
			if i != j && o.from <= e.from && e.to <= o.to && (o.from != e.from || o.to != e.to) {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, e)
		}
	}
	return out
}
