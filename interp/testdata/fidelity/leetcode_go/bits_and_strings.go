package main

import (
	"fmt"
	"math/bits"
	"sort"
	"strings"
	"unicode"
)

func singleNumber(nums []int) int {
	x := 0
	for _, n := range nums {
		x ^= n
	}
	return x
}

func countBits(n int) []int {
	res := make([]int, n+1)
	for i := 1; i <= n; i++ {
		res[i] = res[i>>1] + i&1
	}
	return res
}

func reverseBits(n uint32) uint32 {
	var r uint32
	for i := 0; i < 32; i++ {
		r = r<<1 | n&1
		n >>= 1
	}
	return r
}

func groupAnagrams(strs []string) [][]string {
	groups := map[[26]byte][]string{}
	var order [][26]byte
	for _, s := range strs {
		var k [26]byte
		for _, c := range s {
			k[c-'a']++
		}
		if _, ok := groups[k]; !ok {
			order = append(order, k)
		}
		groups[k] = append(groups[k], s)
	}
	res := make([][]string, 0, len(order))
	for _, k := range order {
		res = append(res, groups[k])
	}
	sort.SliceStable(res, func(i, j int) bool { return len(res[i]) > len(res[j]) })
	return res
}

func isPalindrome(s string) bool {
	var rs []rune
	for _, r := range s {
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			rs = append(rs, unicode.ToLower(r))
		}
	}
	for i, j := 0, len(rs)-1; i < j; i, j = i+1, j-1 {
		if rs[i] != rs[j] {
			return false
		}
	}
	return true
}

func lengthOfLongestSubstring(s string) int {
	last := map[byte]int{}
	best, start := 0, 0
	for i := 0; i < len(s); i++ {
		if j, ok := last[s[i]]; ok && j >= start {
			start = j + 1
		}
		last[s[i]] = i
		best = max(best, i-start+1)
	}
	return best
}

func main() {
	fmt.Println(singleNumber([]int{4, 1, 2, 1, 2}))
	fmt.Println(countBits(10))
	fmt.Printf("%032b\n%032b\n", uint32(43261596), reverseBits(43261596))
	fmt.Println(reverseBits(43261596) == bits.Reverse32(43261596), bits.OnesCount(255), bits.Len(1024))
	fmt.Println(groupAnagrams([]string{"eat", "tea", "tan", "ate", "nat", "bat"}))
	for _, s := range []string{"A man, a plan, a canal: Panama", "race a car", " ", "Était-ce?  ec Tiaté"} {
		fmt.Printf("%q palindrome=%v\n", s, isPalindrome(s))
	}
	for _, s := range []string{"abcabcbb", "bbbbb", "pwwkew", ""} {
		fmt.Printf("%-10s %d\n", s, lengthOfLongestSubstring(s))
	}
	fmt.Println(strings.Map(func(r rune) rune {
		if r >= 'a' && r <= 'z' {
			return 'a' + (r-'a'+13)%26
		}
		return r
	}, "hello, world"))
}
