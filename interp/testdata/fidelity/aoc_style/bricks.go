package main

import (
	"fmt"
	"sort"
	"strings"
)

const snapshot = `1,0,1~1,2,1
0,0,2~2,0,2
0,2,3~2,2,3
0,0,4~0,2,4
2,0,5~2,2,5
0,1,6~2,1,6
1,1,8~1,1,9`

type Brick struct {
	x1, y1, z1, x2, y2, z2 int
	id                     int
}

func (b Brick) overlaps(o Brick) bool {
	return max(b.x1, o.x1) <= min(b.x2, o.x2) && max(b.y1, o.y1) <= min(b.y2, o.y2)
}

func settle(bricks []Brick) (supports, supportedBy map[int][]int) {
	sort.Slice(bricks, func(i, j int) bool { return bricks[i].z1 < bricks[j].z1 })
	for i := range bricks {
		floor := 1
		for j := 0; j < i; j++ {
			if bricks[i].overlaps(bricks[j]) {
				floor = max(floor, bricks[j].z2+1)
			}
		}
		h := bricks[i].z2 - bricks[i].z1
		bricks[i].z1, bricks[i].z2 = floor, floor+h
	}
	supports, supportedBy = map[int][]int{}, map[int][]int{}
	for i, upper := range bricks {
		for _, lower := range bricks[:i] {
			if upper.overlaps(lower) && lower.z2+1 == upper.z1 {
				supports[lower.id] = append(supports[lower.id], upper.id)
				supportedBy[upper.id] = append(supportedBy[upper.id], lower.id)
			}
		}
	}
	return
}

func chain(start int, supports, supportedBy map[int][]int) int {
	falling := map[int]bool{start: true}
	queue := []int{start}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
	next:
		for _, up := range supports[cur] {
			if falling[up] {
				continue
			}
			for _, below := range supportedBy[up] {
				if !falling[below] {
					continue next
				}
			}
			falling[up] = true
			queue = append(queue, up)
		}
	}
	return len(falling) - 1
}

func main() {
	var bricks []Brick
	for i, line := range strings.Split(snapshot, "\n") {
		b := Brick{id: i}
		fmt.Sscanf(line, "%d,%d,%d~%d,%d,%d", &b.x1, &b.y1, &b.z1, &b.x2, &b.y2, &b.z2)
		bricks = append(bricks, b)
	}
	supports, supportedBy := settle(bricks)
	safe, total := 0, 0
	for _, b := range bricks {
		name := string(rune('A' + b.id))
		ok := true
		for _, up := range supports[b.id] {
			if len(supportedBy[up]) == 1 {
				ok = false
			}
		}
		n := chain(b.id, supports, supportedBy)
		fmt.Printf("%s z=%d..%d supports %v safe=%t chain=%d\n", name, b.z1, b.z2, supports[b.id], ok, n)
		if ok {
			safe++
		}
		total += n
	}
	fmt.Println("safe to disintegrate:", safe)
	fmt.Println("sum of chain reactions:", total)
}
