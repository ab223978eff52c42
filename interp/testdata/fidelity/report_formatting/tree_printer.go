package main

import (
	"fmt"
	"sort"
	"strings"
)

type Node struct {
	Name     string
	Size     int64
	Children []*Node
}

func (n *Node) IsDir() bool { return n.Children != nil }

func (n *Node) Total() int64 {
	if !n.IsDir() {
		return n.Size
	}
	var t int64
	for _, c := range n.Children {
		t += c.Total()
	}
	return t
}

func human(b int64) string {
	const unit = 1024
	if b < unit {
		return fmt.Sprintf("%d B", b)
	}
	div, exp := int64(unit), 0
	for n := b / unit; n >= unit; n /= unit {
		div *= unit
		exp++
	}
	return fmt.Sprintf("%.1f %ciB", float64(b)/float64(div), "KMGTPE"[exp])
}

func build(paths map[string]int64) *Node {
	root := &Node{Name: ".", Children: []*Node{}}
	keys := make([]string, 0, len(paths))
	for k := range paths {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, p := range keys {
		cur := root
		parts := strings.Split(p, "/")
		for i, part := range parts {
			var next *Node
			for _, c := range cur.Children {
				if c.Name == part {
					next = c
				}
			}
			if next == nil {
				next = &Node{Name: part}
				if i < len(parts)-1 {
					next.Children = []*Node{}
				} else {
					next.Size = paths[p]
				}
				cur.Children = append(cur.Children, next)
			}
			cur = next
		}
	}
	return root
}

func print(n *Node, prefix string, last bool, depth int) {
	branch := "├── "
	if last {
		branch = "└── "
	}
	if depth == 0 {
		branch = ""
	}
	label := n.Name
	if n.IsDir() {
		label += "/"
	}
	fmt.Printf("%s%s%-*s %10s\n", prefix, branch, 24-len(prefix)-depth, label, human(n.Total()))
	childPrefix := prefix
	if depth > 0 {
		if last {
			childPrefix += "    "
		} else {
			childPrefix += "│   "
		}
	}
	for i, c := range n.Children {
		print(c, childPrefix, i == len(n.Children)-1, depth+1)
	}
}

func main() {
	files := map[string]int64{
		"go.mod":                   120,
		"main.go":                  2048,
		"cmd/server/main.go":       4096,
		"cmd/server/flags.go":      900,
		"internal/db/db.go":        15000,
		"internal/db/migrate.go":   3100,
		"internal/api/handlers.go": 52000,
		"assets/logo.png":          1 << 20,
		"assets/video.mp4":         3<<30 + 512<<20,
		"README.md":                1500,
	}
	root := build(files)
	print(root, "", true, 0)
	var count func(*Node) (int, int)
	count = func(n *Node) (dirs, files int) {
		if !n.IsDir() {
			return 0, 1
		}
		dirs = 1
		for _, c := range n.Children {
			d, f := count(c)
			dirs += d
			files += f
		}
		return
	}
	d, f := count(root)
	fmt.Printf("\n%d directories, %d files, %s total\n", d-1, f, human(root.Total()))
	for _, b := range []int64{0, 1023, 1024, 1536, 1 << 40, 1<<62 + 1} {
		fmt.Print(human(b), "; ")
	}
	fmt.Println()
}
