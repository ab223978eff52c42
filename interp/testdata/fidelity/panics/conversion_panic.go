package main

import (
	"fmt"
	"io"
	"strings"
)

type Shape interface{ Area() float64 }
type Square struct{ S float64 }

func (s Square) Area() float64 { return s.S * s.S }

func main() {
	defer func() {
		fmt.Println("recovered:", recover())
	}()
	var r io.Reader = strings.NewReader("x")
	if _, ok := r.(io.Writer); !ok {
		fmt.Println("reader is not a writer")
	}
	var s Shape = Square{2}
	fmt.Println(s.Area())

	sq := s.(Square)
	fmt.Println(sq.S)

	_ = r.(io.Writer)
}
