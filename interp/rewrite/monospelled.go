package rewrite

import "strings"

// monoSpelled replaces, in the type text t (as TypeText writes it), the
// instances of the cells' generic types that have concrete copies by the
// copies' names: List[int] → Listᐸintᐳ, *List[int] → *Listᐸintᐳ. Code the
// passes write (a conversion, a parameter's type) must name the same type
// as the values the monomorphized chunk makes, and yaegi's own instance of
// List[int] is another type. spelled maps a copy's name to the instance
// it stands for, as written (List[int]).
func monoSpelled(t string, spelled map[string]string) string {
	if len(spelled) == 0 || !strings.Contains(t, "[") {
		return t
	}
	byText := make(map[string]string, len(spelled))
	for name, text := range spelled {
		byText[strings.ReplaceAll(text, " ", "")] = name
	}
	return spellCopies(t, byText)
}

// spellCopies is monoSpelled with the copies' names by their instances'
// text, spaces removed.
func spellCopies(t string, byText map[string]string) string {
	var b strings.Builder
	for i := 0; i < len(t); {
		j := i
		for j < len(t) && typeNameByte(t[j]) {
			j++
		}
		if j == i {
			b.WriteByte(t[i])
			i++
			continue
		}
		qualified := i > 0 && t[i-1] == '.'
		if end := closingBracket(t, j); end > 0 && !qualified {
			// The copy's type arguments may be spelled as written or by
			// their own copies' names.
			inner := t[i:j] + "[" + spellCopies(t[j+1:end], byText) + "]"
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
		b.WriteString(t[i:j])
		i = j
	}
	return b.String()
}

// typeNameByte reports whether c may be part of a name in a type's text
// (copies' names hold non-ASCII letters).
func typeNameByte(c byte) bool {
	return c == '_' || c >= '0' && c <= '9' || c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= 0x80
}

// closingBracket returns the index of the ']' that closes the '[' at
// t[open], or -1 (also when t[open] is not '[').
func closingBracket(t string, open int) int {
	if open >= len(t) || t[open] != '[' {
		return -1
	}
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
