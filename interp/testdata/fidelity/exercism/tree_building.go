package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Record struct {
	ID     int
	Parent int
}

type Node struct {
	ID       int
	Children []*Node
}

type TreeError struct {
	Record Record
	Reason string
}

func (e *TreeError) Error() string {
	return fmt.Sprintf("record %+v: %s", e.Record, e.Reason)
}

var ErrEmpty = errors.New("no records")

func Build(records []Record) (*Node, error) {
	if len(records) == 0 {
		return nil, ErrEmpty
	}
	sort.Slice(records, func(i, j int) bool { return records[i].ID < records[j].ID })
	nodes := make([]*Node, len(records))
	for i, r := range records {
		switch {
		case r.ID != i:
			return nil, &TreeError{r, "non-continuous"}
		case r.ID == 0 && r.Parent != 0:
			return nil, &TreeError{r, "root has parent"}
		case r.ID != 0 && r.Parent >= r.ID:
			return nil, &TreeError{r, "parent must be lower"}
		}
		nodes[i] = &Node{ID: r.ID}
		if i > 0 {
			p := nodes[r.Parent]
			p.Children = append(p.Children, nodes[i])
		}
	}
	return nodes[0], nil
}

func (n *Node) String() string {
	var sb strings.Builder
	n.write(&sb, 0)
	return sb.String()
}

func (n *Node) write(sb *strings.Builder, depth int) {
	fmt.Fprintf(sb, "%s%d\n", strings.Repeat("  ", depth), n.ID)
	for _, c := range n.Children {
		c.write(sb, depth+1)
	}
}

func (n *Node) Count() int {
	c := 1
	for _, ch := range n.Children {
		c += ch.Count()
	}
	return c
}

func main() {
	inputs := [][]Record{
		{{ID: 0}},
		{{2, 0}, {4, 1}, {1, 0}, {0, 0}, {3, 2}, {5, 1}, {6, 3}},
		{},
		{{1, 0}, {2, 0}},
		{{0, 1}},
		{{0, 0}, {1, 0}, {2, 2}},
		{{0, 0}, {1, 2}, {2, 1}},
	}
	for i, in := range inputs {
		root, err := Build(in)
		var te *TreeError
		switch {
		case errors.Is(err, ErrEmpty):
			fmt.Printf("#%d: empty: %v\n", i, err)
		case errors.As(err, &te):
			fmt.Printf("#%d: bad record %d (%s): %v\n", i, te.Record.ID, te.Reason, err)
		case err != nil:
			fmt.Printf("#%d: unexpected %v\n", i, err)
		default:
			fmt.Printf("#%d: %d nodes\n%v", i, root.Count(), root)
		}
	}
}
