package main

import (
	"fmt"
	"strings"
)

const program = `addx 15
addx -11
addx 6
addx -3
addx 5
addx -1
addx -8
addx 13
addx 4
noop
addx -1
addx 5
addx -1
addx 5
addx -1
addx 5
addx -1
addx 5
addx -1
addx -35
addx 1
addx 24
addx -19
addx 1
addx 16
addx -11
noop
noop
addx 21
addx -15
noop
noop
addx -3
addx 9
addx 1
addx -3
addx 8
addx 1
addx 5
noop`

type CPU struct {
	X      int
	cycle  int
	onTick func(cycle, x int)
}

func (c *CPU) tick() {
	c.cycle++
	if c.onTick != nil {
		c.onTick(c.cycle, c.X)
	}
}

func (c *CPU) Run(src string) {
	for _, line := range strings.Split(src, "\n") {
		var op string
		var arg int
		n, _ := fmt.Sscan(line, &op, &arg)
		switch op {
		case "noop":
			c.tick()
		case "addx":
			if n != 2 {
				panic("addx needs an argument: " + line)
			}
			c.tick()
			c.tick()
			c.X += arg
		}
	}
}

func main() {
	strength := 0
	var screen [2][40]byte
	for r := range screen {
		for c := range screen[r] {
			screen[r][c] = ' '
		}
	}
	cpu := &CPU{X: 1}
	cpu.onTick = func(cycle, x int) {
		if (cycle-20)%40 == 0 {
			fmt.Printf("cycle %3d: X=%3d strength=%d\n", cycle, x, cycle*x)
			strength += cycle * x
		}
		pos := (cycle - 1) % 40
		row := (cycle - 1) / 40
		if row < len(screen) {
			if pos >= x-1 && pos <= x+1 {
				screen[row][pos] = '#'
			} else {
				screen[row][pos] = '.'
			}
		}
	}
	cpu.Run(program)
	fmt.Println("cycles:", cpu.cycle, "final X:", cpu.X)
	fmt.Println("sum:", strength)
	for _, row := range screen {
		fmt.Println(string(row[:]))
	}
}
