package main

import (
	"fmt"
	"math"
)

type Float interface{ ~float32 | ~float64 }

type Vec[T Float] struct{ X, Y, Z T }

func (a Vec[T]) Add(b Vec[T]) Vec[T] { return Vec[T]{a.X + b.X, a.Y + b.Y, a.Z + b.Z} }
func (a Vec[T]) Scale(k T) Vec[T]    { return Vec[T]{a.X * k, a.Y * k, a.Z * k} }
func (a Vec[T]) Dot(b Vec[T]) T      { return a.X*b.X + a.Y*b.Y + a.Z*b.Z }
func (a Vec[T]) Len() float64        { return math.Sqrt(float64(a.Dot(a))) }
func (a Vec[T]) Cross(b Vec[T]) Vec[T] {
	return Vec[T]{a.Y*b.Z - a.Z*b.Y, a.Z*b.X - a.X*b.Z, a.X*b.Y - a.Y*b.X}
}

func (a Vec[T]) String() string { return fmt.Sprintf("(%.2f, %.2f, %.2f)", a.X, a.Y, a.Z) }

func Angle[T Float](a, b Vec[T]) float64 {
	return math.Acos(float64(a.Dot(b))/(a.Len()*b.Len())) * 180 / math.Pi
}

func main() {
	x := Vec[float64]{1, 0, 0}
	y := Vec[float64]{0, 1, 0}
	fmt.Println(x.Add(y), x.Cross(y), x.Dot(y))
	fmt.Printf("angle %.1f\n", Angle(x, y))

	v := Vec[float32]{1, 2, 2}
	fmt.Println(v, v.Len(), v.Scale(0.5))
	fmt.Printf("%v %T\n", v.Dot(v), v.Dot(v))

	diag := x.Add(y).Add(Vec[float64]{0, 0, 1})
	fmt.Printf("%.4f %.2f\n", diag.Len(), Angle(diag, x))
}
