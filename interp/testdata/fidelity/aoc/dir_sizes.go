package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

const input = `$ cd /
$ ls
dir a
14848514 b.txt
8504156 c.dat
dir d
$ cd a
$ ls
dir e
29116 f
2557 g
62596 h.lst
$ cd e
$ ls
584 i
$ cd ..
$ cd ..
$ cd d
$ ls
4060174 j
8033020 d.log
5626152 d.ext
7214296 k`

type Dir struct {
	Name     string
	Parent   *Dir
	Children map[string]*Dir
	Files    map[string]int
}

func newDir(name string, parent *Dir) *Dir {
	return &Dir{Name: name, Parent: parent, Children: map[string]*Dir{}, Files: map[string]int{}}
}

func (d *Dir) Size() int {
	total := 0
	for _, s := range d.Files {
		total += s
	}
	for _, c := range d.Children {
		total += c.Size()
	}
	return total
}

func (d *Dir) Walk(fn func(path string, d *Dir), prefix string) {
	path := prefix + d.Name
	if d.Name != "/" {
		path += "/"
	}
	fn(path, d)
	names := make([]string, 0, len(d.Children))
	for n := range d.Children {
		names = append(names, n)
	}
	sort.Strings(names)
	for _, n := range names {
		d.Children[n].Walk(fn, path)
	}
}

func main() {
	root := newDir("/", nil)
	cwd := root
	for _, line := range strings.Split(input, "\n") {
		f := strings.Fields(line)
		switch {
		case f[0] == "$" && f[1] == "cd":
			switch f[2] {
			case "/":
				cwd = root
			case "..":
				cwd = cwd.Parent
			default:
				cwd = cwd.Children[f[2]]
			}
		case f[0] == "$":
		case f[0] == "dir":
			cwd.Children[f[1]] = newDir(f[1], cwd)
		default:
			size, err := strconv.Atoi(f[0])
			if err != nil {
				panic(err)
			}
			cwd.Files[f[1]] = size
		}
	}

	small := 0
	var sizes []int
	root.Walk(func(path string, d *Dir) {
		s := d.Size()
		fmt.Printf("%-8s %9d\n", path, s)
		if s <= 100000 {
			small += s
		}
		sizes = append(sizes, s)
	}, "")
	fmt.Println("Part 1:", small)

	need := 30000000 - (70000000 - root.Size())
	sort.Ints(sizes)
	idx := sort.SearchInts(sizes, need)
	fmt.Println("need:", need, "Part 2:", sizes[idx])
}
