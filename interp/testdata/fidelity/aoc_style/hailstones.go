package main

import (
	"fmt"
	"math/big"
	"regexp"
	"strconv"
)

const stones = `19, 13, 30 @ -2,  1, -2
18, 19, 22 @ -1, -1, -2
20, 25, 34 @ -2, -2, -4
12, 31, 28 @ -1, -2, -1
20, 19, 15 @  1, -5, -3`

type Vec3 [3]int64

type Stone struct {
	P, V Vec3
}

var numRe = regexp.MustCompile(`-?\d+`)

func parse(s string) []Stone {
	var out []Stone
	for _, line := range regexp.MustCompile(`\r?\n`).Split(s, -1) {
		ms := numRe.FindAllString(line, -1)
		var st Stone
		for i, m := range ms {
			v, err := strconv.ParseInt(m, 10, 64)
			if err != nil {
				panic(err)
			}
			if i < 3 {
				st.P[i] = v
			} else {
				st.V[i-3] = v
			}
		}
		out = append(out, st)
	}
	return out
}

// intersect2D returns where the paths of a and b cross in x/y, as exact rationals.
func intersect2D(a, b Stone) (x, y *big.Rat, ok bool) {
	det := a.V[0]*b.V[1] - a.V[1]*b.V[0]
	if det == 0 {
		return nil, nil, false
	}
	dx, dy := b.P[0]-a.P[0], b.P[1]-a.P[1]
	tNum := dx*b.V[1] - dy*b.V[0]
	t := big.NewRat(tNum, det)
	x = new(big.Rat).Mul(t, big.NewRat(a.V[0], 1))
	x.Add(x, big.NewRat(a.P[0], 1))
	y = new(big.Rat).Mul(t, big.NewRat(a.V[1], 1))
	y.Add(y, big.NewRat(a.P[1], 1))
	sNum := dx*a.V[1] - dy*a.V[0]
	if t.Sign() < 0 || big.NewRat(sNum, det).Sign() < 0 {
		return x, y, false
	}
	return x, y, true
}

func main() {
	st := parse(stones)
	lo, hi := big.NewRat(7, 1), big.NewRat(27, 1)
	inside := 0
	for i := 0; i < len(st); i++ {
		for j := i + 1; j < len(st); j++ {
			x, y, ok := intersect2D(st[i], st[j])
			switch {
			case x == nil:
				fmt.Printf("%d/%d: parallel\n", i, j)
			case !ok:
				fmt.Printf("%d/%d: crossed in the past\n", i, j)
			default:
				in := x.Cmp(lo) >= 0 && x.Cmp(hi) <= 0 && y.Cmp(lo) >= 0 && y.Cmp(hi) <= 0
				fx, _ := x.Float64()
				fy, _ := y.Float64()
				fmt.Printf("%d/%d: x=%.3f y=%.3f (%s, %s) inside=%v\n", i, j, fx, fy, x.RatString(), y.RatString(), in)
				if in {
					inside++
				}
			}
		}
	}
	fmt.Println("inside test area:", inside)
	fmt.Printf("%v %+v\n", st[0], st[4])
}
