package main

import (
	"fmt"
	"time"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

const DaysInWeek = Saturday + 1

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

func (d Weekday) Next() Weekday { return (d + 1) % DaysInWeek }

type Level uint8

const (
	Debug Level = iota + 1
	Info
	Warn
	Error
	Fatal = Error + 1
)

var levelNames = map[Level]string{Debug: "DEBUG", Info: "INFO", Warn: "WARN", Error: "ERROR", Fatal: "FATAL"}

func (l Level) String() string { return levelNames[l] }

type Timeout time.Duration

const (
	Short  Timeout = Timeout(100 * time.Millisecond)
	Long           = Short * 10
	Double         = 2 * Long
)

const big = 1 << 62
const huge = big * 4 / 8

func main() {
	for d := Sunday; d < DaysInWeek; d++ {
		fmt.Printf("%d weekend=%v next=%d\n", d, d.Weekend(), d.Next())
	}
	var l Level = 3
	fmt.Println(l == Warn, l, Fatal, Fatal == 5, Error < Fatal)
	switch l {
	case Debug, Info:
		fmt.Println("verbose")
	case Warn:
		fmt.Println("warning level")
	}
	fmt.Println(time.Duration(Short), time.Duration(Long), time.Duration(Double), Long == Timeout(time.Second))
	fmt.Println(huge, int64(big)/2 == huge)
	const typedFloat float32 = 1.0 / 3
	fmt.Println(typedFloat, typedFloat*3 == 1)
	days := map[Weekday]bool{Saturday: true}
	fmt.Println(days[6], days[Weekday(6)], len(days))
}
