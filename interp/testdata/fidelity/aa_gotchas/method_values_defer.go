package main

import "fmt"

type Counter struct {
	name string
	n    int
}

func (c Counter) Report() string { return fmt.Sprintf("%s=%d", c.name, c.n) }
func (c *Counter) Inc()          { c.n++ }

type Logger struct{ lines []string }

func (l *Logger) Log(s string) { l.lines = append(l.lines, s) }

func work(l *Logger) (result int) {
	c := Counter{"work", 0}
	defer l.Log("deferred value report: " + c.Report())
	defer func() { l.Log("closure report: " + c.Report()) }()
	report := c.Report
	defer func() { l.Log("method value bound early: " + report()) }()
	for i := 0; i < 3; i++ {
		c.Inc()
		defer func(n int) { result += n }(i)
	}
	return c.n * 100
}

type Op struct {
	Name string
	Fn   func(int, int) int
}

type Calc struct{ acc int }

func (c *Calc) Add(x int) *Calc { c.acc += x; return c }
func (c *Calc) Mul(x int) *Calc { c.acc *= x; return c }
func (c Calc) Value() int       { return c.acc }

func main() {
	l := &Logger{}
	fmt.Println("result:", work(l))
	for _, line := range l.lines {
		fmt.Println(line)
	}
	ops := []Op{
		{"add", func(a, b int) int { return a + b }},
		{"sub", func(a, b int) int { return a - b }},
	}
	byName := map[string]func(int, int) int{}
	for _, op := range ops {
		byName[op.Name] = op.Fn
	}
	fmt.Println(byName["add"](2, 3), byName["sub"](2, 3), byName["mul"] == nil)

	c := &Calc{}
	fmt.Println(c.Add(2).Mul(5).Add(1).Value())
	val := c.Value
	c.Add(100)
	fmt.Println(val(), c.Value())
	fns := []func() int{c.Value, (*c).Value}
	c.Add(1)
	fmt.Println(fns[0](), fns[1]())
	inc := (*Counter).Inc
	rep := Counter.Report
	cc := Counter{name: "expr"}
	inc(&cc)
	inc(&cc)
	fmt.Println(rep(cc))
	var calls []string
	for _, name := range []string{"a", "b"} {
		defer func() { fmt.Println("main defer", name, len(calls)) }()
		calls = append(calls, name)
	}
}
