// Vector and matrix types over arrays and slices, with methods, through interfaces.
package main

import (
	"fmt"
	"math"
)

type Vec3 [3]float64
type Matrix [][]float64

type Shape interface{ Norm() float64 }

func (v Vec3) Norm() float64 { return math.Sqrt(v[0]*v[0] + v[1]*v[1] + v[2]*v[2]) }
func (v Vec3) Add(w Vec3) Vec3 {
	return Vec3{v[0] + w[0], v[1] + w[1], v[2] + w[2]}
}
func (m Matrix) Norm() float64 {
	s := 0.0
	for _, r := range m {
		for _, x := range r {
			s += x * x
		}
	}
	return math.Sqrt(s)
}
func (m Matrix) Mul(v Vec3) Vec3 {
	var out Vec3
	for i := 0; i < 3; i++ {
		for j := 0; j < 3; j++ {
			out[i] += m[i][j] * v[j]
		}
	}
	return out
}

func describe(s Shape) string {
	switch x := s.(type) {
	case Vec3:
		return fmt.Sprintf("vector %v (norm %.3f)", [3]float64(x), x.Norm())
	case Matrix:
		return fmt.Sprintf("matrix %dx%d (norm %.3f)", len(x), len(x[0]), x.Norm())
	}
	return "?"
}

func main() {
	v := Vec3{1, 2, 2}
	id := Matrix{{1, 0, 0}, {0, 2, 0}, {0, 0, 3}}
	shapes := []Shape{v, id, v.Add(Vec3{1, 1, 1}), id.Mul(v)}
	for _, s := range shapes {
		fmt.Printf("%-7T %s\n", s, describe(s))
	}

	var a any = v
	fmt.Println(a == any(Vec3{1, 2, 2}), a == any([3]float64{1, 2, 2}))
	seen := map[any]string{}
	seen[Vec3{0, 0, 1}] = "z axis"
	seen[[3]float64{0, 0, 1}] = "plain array"
	fmt.Println(len(seen), seen[Vec3{0, 0, 1}], seen[[3]float64{0, 0, 1}])

	if m, ok := shapes[1].(Matrix); ok {
		fmt.Println("trace:", m[0][0]+m[1][1]+m[2][2])
	}
	fmt.Printf("%v %+v\n", shapes[0], shapes[3])
}
