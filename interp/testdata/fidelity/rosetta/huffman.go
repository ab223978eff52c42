package main

import (
	"container/heap"
	"fmt"
	"sort"
	"strings"
)

type HuffmanTree interface {
	Freq() int
}

type HuffmanLeaf struct {
	freq  int
	value rune
}

type HuffmanNode struct {
	freq        int
	left, right HuffmanTree
}

func (l HuffmanLeaf) Freq() int { return l.freq }
func (n HuffmanNode) Freq() int { return n.freq }

type treeHeap []HuffmanTree

func (th treeHeap) Len() int { return len(th) }
func (th treeHeap) Less(i, j int) bool {
	if th[i].Freq() != th[j].Freq() {
		return th[i].Freq() < th[j].Freq()
	}
	return key(th[i]) < key(th[j])
}
func (th *treeHeap) Push(ele any) { *th = append(*th, ele.(HuffmanTree)) }
func (th *treeHeap) Pop() (popped any) {
	popped = (*th)[len(*th)-1]
	*th = (*th)[:len(*th)-1]
	return
}
func (th treeHeap) Swap(i, j int) { th[i], th[j] = th[j], th[i] }

// key gives a deterministic tie-break: the smallest rune under the tree.
func key(t HuffmanTree) rune {
	switch n := t.(type) {
	case HuffmanLeaf:
		return n.value
	case HuffmanNode:
		return min(key(n.left), key(n.right))
	}
	panic("unreachable")
}

func buildTree(symFreqs map[rune]int) HuffmanTree {
	var trees treeHeap
	for c, f := range symFreqs {
		trees = append(trees, HuffmanLeaf{f, c})
	}
	heap.Init(&trees)
	for trees.Len() > 1 {
		a := heap.Pop(&trees).(HuffmanTree)
		b := heap.Pop(&trees).(HuffmanTree)
		heap.Push(&trees, HuffmanNode{a.Freq() + b.Freq(), a, b})
	}
	return heap.Pop(&trees).(HuffmanTree)
}

func codes(tree HuffmanTree, prefix []byte, out map[rune]string) {
	switch i := tree.(type) {
	case HuffmanLeaf:
		out[i.value] = string(prefix)
	case HuffmanNode:
		codes(i.left, append(prefix, '0'), out)
		codes(i.right, append(prefix, '1'), out)
	}
}

func main() {
	test := "this is an example for huffman encoding"
	symFreqs := make(map[rune]int)
	for _, c := range test {
		symFreqs[c]++
	}
	tree := buildTree(symFreqs)
	fmt.Printf("root %T freq=%d\n", tree, tree.Freq())
	table := map[rune]string{}
	codes(tree, nil, table)
	syms := make([]rune, 0, len(table))
	for r := range table {
		syms = append(syms, r)
	}
	sort.Slice(syms, func(i, j int) bool { return syms[i] < syms[j] })
	fmt.Println("SYMBOL\tWEIGHT\tHUFFMAN CODE")
	total := 0
	for _, r := range syms {
		fmt.Printf("%q\t%d\t%s\n", r, symFreqs[r], table[r])
		total += symFreqs[r] * len(table[r])
	}
	var enc strings.Builder
	for _, c := range test {
		enc.WriteString(table[c])
	}
	fmt.Println("encoded bits:", total, enc.Len())
	fmt.Println(enc.String()[:64])
	// decode
	var dec strings.Builder
	node := tree
	for _, bit := range enc.String() {
		n := node.(HuffmanNode)
		if bit == '0' {
			node = n.left
		} else {
			node = n.right
		}
		if leaf, ok := node.(HuffmanLeaf); ok {
			dec.WriteRune(leaf.value)
			node = tree
		}
	}
	fmt.Println("round trip ok:", dec.String() == test)
}
