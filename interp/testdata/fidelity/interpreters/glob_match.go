package main

import "fmt"

// match reports whether name matches the glob pattern, supporting
// '*' (any run), '?' (one char), '[abc]', '[a-z]', '[!x]' and '\' escapes.
func match(pattern, name string) (bool, error) {
	px, nx := 0, 0
	nextPx, nextNx := 0, 0
	for px < len(pattern) || nx < len(name) {
		if px < len(pattern) {
			c := pattern[px]
			switch c {
			case '*':
				nextPx = px
				nextNx = nx + 1
				px++
				continue
			case '?':
				if nx < len(name) {
					px++
					nx++
					continue
				}
			case '[':
				if nx < len(name) {
					ok, width, err := matchClass(pattern[px:], name[nx])
					if err != nil {
						return false, err
					}
					if ok {
						px += width
						nx++
						continue
					}
				}
			case '\\':
				if px+1 >= len(pattern) {
					return false, fmt.Errorf("trailing backslash in %q", pattern)
				}
				if nx < len(name) && name[nx] == pattern[px+1] {
					px += 2
					nx++
					continue
				}
			default:
				if nx < len(name) && name[nx] == c {
					px++
					nx++
					continue
				}
			}
		}
		if 0 < nextNx && nextNx <= len(name) {
			px = nextPx
			nx = nextNx
			continue
		}
		return false, nil
	}
	return true, nil
}

func matchClass(p string, c byte) (bool, int, error) {
	i := 1
	negate := false
	if i < len(p) && p[i] == '!' {
		negate = true
		i++
	}
	matched := false
	first := true
	for ; i < len(p); i++ {
		if p[i] == ']' && !first {
			return matched != negate, i + 1, nil
		}
		first = false
		lo := p[i]
		hi := lo
		if i+2 < len(p) && p[i+1] == '-' && p[i+2] != ']' {
			hi = p[i+2]
			i += 2
		}
		if lo <= c && c <= hi {
			matched = true
		}
	}
	return false, 0, fmt.Errorf("unterminated class in %q", p)
}

func main() {
	cases := []struct{ pat, name string }{
		{"*.go", "main.go"},
		{"*.go", "main.go.bak"},
		{"a*b*c", "aXXbYYc"},
		{"a*b*c", "abcbc"},
		{"a*b*c", "acb"},
		{"?at", "cat"},
		{"?at", "at"},
		{"[ch]at", "hat"},
		{"[!ch]at", "hat"},
		{"[a-f]*[0-9]", "beta7"},
		{"[a-f]*[0-9]", "zeta7"},
		{"\\*star", "*star"},
		{"\\*star", "xstar"},
		{"*", ""},
		{"", ""},
		{"", "x"},
		{"**x", "abx"},
		{"[]]x", "]x"},
		{"[abc", "a"},
		{"bad\\", "bad"},
		{"*/*.txt", "docs/readme.txt"},
	}
	hits := 0
	for _, c := range cases {
		ok, err := match(c.pat, c.name)
		if err != nil {
			fmt.Printf("%-12q %-16q error: %v\n", c.pat, c.name, err)
			continue
		}
		if ok {
			hits++
		}
		fmt.Printf("%-12q %-16q %t\n", c.pat, c.name, ok)
	}
	fmt.Println("hits:", hits, "of", len(cases))
}
