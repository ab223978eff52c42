package main

import (
	"fmt"
	"strconv"
	"strings"
)

const initSeq = "rn=1,cm-,qp=3,cm=2,qp-,pc=4,ot=9,ab=5,pc-,pc=6,ot=7"

func hash(s string) int {
	h := 0
	for _, c := range []byte(s) {
		h = (h + int(c)) * 17 % 256
	}
	return h
}

type lens struct {
	label string
	focal int
}

type boxes [256][]lens

func (b *boxes) remove(label string) {
	h := hash(label)
	for i, l := range b[h] {
		if l.label == label {
			b[h] = append(b[h][:i], b[h][i+1:]...)
			return
		}
	}
}

func (b *boxes) put(label string, focal int) {
	h := hash(label)
	for i := range b[h] {
		if b[h][i].label == label {
			b[h][i].focal = focal
			return
		}
	}
	b[h] = append(b[h], lens{label, focal})
}

func (b *boxes) String() string {
	var sb strings.Builder
	for i, box := range b {
		if len(box) == 0 {
			continue
		}
		fmt.Fprintf(&sb, "Box %d:", i)
		for _, l := range box {
			fmt.Fprintf(&sb, " [%s %d]", l.label, l.focal)
		}
		sb.WriteByte('\n')
	}
	return sb.String()
}

func main() {
	fmt.Println("HASH =", hash("HASH"))
	steps := strings.Split(initSeq, ",")
	sum := 0
	for _, s := range steps {
		sum += hash(s)
	}
	fmt.Println("part 1:", sum)

	var b boxes
	for _, s := range steps {
		if label, ok := strings.CutSuffix(s, "-"); ok {
			b.remove(label)
		} else {
			label, val, _ := strings.Cut(s, "=")
			n, err := strconv.Atoi(val)
			if err != nil {
				panic(err)
			}
			b.put(label, n)
		}
		fmt.Printf("After %q:\n%v", s, &b)
	}
	power := 0
	for i, box := range b {
		for j, l := range box {
			power += (i + 1) * (j + 1) * l.focal
		}
	}
	fmt.Println("focusing power:", power)
}
