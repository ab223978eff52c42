package main

import (
	"fmt"
	"unsafe"
)

type Bad struct {
	A bool
	B int64
	C bool
	D int32
	E bool
}

type Good struct {
	B int64
	D int32
	A bool
	C bool
	E bool
}

type Header struct {
	Kind  uint8
	Flags uint16
	Len   uint32
	Name  string
	Tags  []string
	Meta  map[string]int
	Next  *Header
	Any   any
}

func main() {
	fmt.Println("Bad:", unsafe.Sizeof(Bad{}), "Good:", unsafe.Sizeof(Good{}))
	var b Bad
	fmt.Println("offsets:", unsafe.Offsetof(b.A), unsafe.Offsetof(b.B), unsafe.Offsetof(b.C), unsafe.Offsetof(b.D), unsafe.Offsetof(b.E))
	fmt.Println("align:", unsafe.Alignof(b.B), unsafe.Alignof(b.D), unsafe.Alignof(b))
	var h Header
	fmt.Println("Header:", unsafe.Sizeof(h), unsafe.Offsetof(h.Name), unsafe.Offsetof(h.Any))
	fmt.Println("basics:", unsafe.Sizeof(int(0)), unsafe.Sizeof(""), unsafe.Sizeof([]int{}), unsafe.Sizeof(map[int]int{}), unsafe.Sizeof(struct{}{}), unsafe.Sizeof([3]int16{}))
	const n = unsafe.Sizeof(Good{}) * 2
	var arr [n]byte
	fmt.Println(len(arr), n)
	total := uintptr(0)
	for _, s := range []uintptr{unsafe.Sizeof(b.A), unsafe.Sizeof(b.B), unsafe.Sizeof(b.D)} {
		total += s
	}
	fmt.Println("sum of field sizes:", total, "padding in Bad:", unsafe.Sizeof(b)-total-2)
}
