package main

import (
	"bytes"
	"fmt"
	"io"
)

type Shape interface{ Area() float64 }
type Sq struct{ s float64 }

func (q Sq) Area() float64 { return q.s * q.s }

func main() {
	var sh Shape = Sq{3}
	area := sh.Area
	sh = Sq{10}
	fmt.Println(area(), sh.Area())

	var buf bytes.Buffer
	var w io.Writer = &buf
	write := w.Write
	write([]byte("via method value"))
	fmt.Println(buf.String())

	fe := fmt.Errorf("x").Error
	fmt.Println(fe())
}
