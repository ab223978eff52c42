package main

import (
	"fmt"
	"slices"
	"sort"
	"strings"
	"unicode"
)

type Solution struct{}

func (Solution) LengthOfLongestSubstring(s string) int {
	last := map[rune]int{}
	best, start := 0, 0
	for i, r := range []rune(s) {
		if j, ok := last[r]; ok && j >= start {
			start = j + 1
		}
		last[r] = i
		best = max(best, i-start+1)
	}
	return best
}

func (Solution) IsValid(s string) bool {
	pairs := map[rune]rune{')': '(', ']': '[', '}': '{'}
	var stack []rune
	for _, r := range s {
		switch r {
		case '(', '[', '{':
			stack = append(stack, r)
		default:
			if len(stack) == 0 || stack[len(stack)-1] != pairs[r] {
				return false
			}
			stack = stack[:len(stack)-1]
		}
	}
	return len(stack) == 0
}

func (Solution) GroupAnagrams(strs []string) [][]string {
	groups := map[string][]string{}
	for _, s := range strs {
		b := []byte(s)
		slices.Sort(b)
		groups[string(b)] = append(groups[string(b)], s)
	}
	out := make([][]string, 0, len(groups))
	for _, g := range groups {
		sort.Strings(g)
		out = append(out, g)
	}
	sort.Slice(out, func(i, j int) bool {
		if len(out[i]) != len(out[j]) {
			return len(out[i]) > len(out[j])
		}
		return out[i][0] < out[j][0]
	})
	return out
}

func (Solution) IsPalindrome(s string) bool {
	var clean []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			clean = append(clean, unicode.ToLower(r))
		}
	}
	for i, j := 0, len(clean)-1; i < j; i, j = i+1, j-1 {
		if clean[i] != clean[j] {
			return false
		}
	}
	return true
}

func (Solution) MinWindow(s, t string) string {
	need := [128]int{}
	for i := range len(t) {
		need[t[i]]++
	}
	missing, l, bestL, bestR := len(t), 0, 0, -1
	for r := 0; r < len(s); r++ {
		if need[s[r]] > 0 {
			missing--
		}
		need[s[r]]--
		for missing == 0 {
			if bestR < 0 || r-l < bestR-bestL {
				bestL, bestR = l, r
			}
			need[s[l]]++
			if need[s[l]] > 0 {
				missing++
			}
			l++
		}
	}
	return s[bestL : bestR+1]
}

func (Solution) ReverseWords(s string) string {
	w := strings.Fields(s)
	slices.Reverse(w)
	return strings.Join(w, " ")
}

func main() {
	var sol Solution
	for _, s := range []string{"abcabcbb", "bbbbb", "pwwkew", "", "héllo wörld"} {
		fmt.Printf("%-14q -> %d\n", s, sol.LengthOfLongestSubstring(s))
	}
	for _, s := range []string{"()", "()[]{}", "(]", "([)]", "{[]}", "("} {
		fmt.Print(sol.IsValid(s), " ")
	}
	fmt.Println()
	fmt.Println(sol.GroupAnagrams([]string{"eat", "tea", "tan", "ate", "nat", "bat"}))
	fmt.Println(sol.IsPalindrome("A man, a plan, a canal: Panama"), sol.IsPalindrome("race a car"))
	fmt.Printf("%q %q %q\n", sol.MinWindow("ADOBECODEBANC", "ABC"), sol.MinWindow("a", "a"), sol.MinWindow("a", "aa"))
	fmt.Printf("%q\n", sol.ReverseWords("  the sky   is blue "))
}
