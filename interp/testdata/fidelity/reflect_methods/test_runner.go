// A tiny test runner that calls every TestXxx method of a suite.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type T struct {
	name   string
	failed bool
	logs   []string
}

func (t *T) Errorf(format string, args ...any) {
	t.failed = true
	t.logs = append(t.logs, fmt.Sprintf(format, args...))
}

type MathSuite struct{ calls int }

func (s *MathSuite) TestAdd(t *T) {
	s.calls++
	if 2+2 != 4 {
		t.Errorf("2+2 != 4")
	}
}

func (s *MathSuite) TestDivide(t *T) {
	s.calls++
	if got := 7 / 2; got != 4 {
		t.Errorf("7/2 = %d, want 4", got)
	}
}

func (s *MathSuite) TestMul(t *T) {
	s.calls++
}

func (s *MathSuite) Helper() int { return 42 }

func runSuite(suite any) (passed, failed int) {
	v := reflect.ValueOf(suite)
	typ := v.Type()
	for i := 0; i < typ.NumMethod(); i++ {
		m := typ.Method(i)
		if !strings.HasPrefix(m.Name, "Test") {
			continue
		}
		t := &T{name: m.Name}
		m.Func.Call([]reflect.Value{v, reflect.ValueOf(t)})
		if t.failed {
			failed++
			fmt.Printf("--- FAIL: %s\n", t.name)
			for _, l := range t.logs {
				fmt.Printf("    %s\n", l)
			}
		} else {
			passed++
			fmt.Printf("--- PASS: %s\n", t.name)
		}
	}
	return
}

func main() {
	s := &MathSuite{}
	p, f := runSuite(s)
	fmt.Printf("%d passed, %d failed, %d calls\n", p, f, s.calls)
}
