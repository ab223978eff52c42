package main

import (
	"bytes"
	"fmt"
	"io"
	"reflect"
	"time"
)

const (
	finalWord      = "Go!"
	countdownStart = 3
	write          = "write"
	sleep          = "sleep"
)

type Sleeper interface {
	Sleep()
}

type SpyCountdownOperations struct {
	Calls []string
}

func (s *SpyCountdownOperations) Sleep() {
	s.Calls = append(s.Calls, sleep)
}

func (s *SpyCountdownOperations) Write(p []byte) (n int, err error) {
	s.Calls = append(s.Calls, write)
	return len(p), nil
}

type SpyTime struct {
	durationSlept time.Duration
}

func (s *SpyTime) Sleep(duration time.Duration) {
	s.durationSlept += duration
}

type ConfigurableSleeper struct {
	duration time.Duration
	sleep    func(time.Duration)
}

func (c *ConfigurableSleeper) Sleep() {
	c.sleep(c.duration)
}

func Countdown(out io.Writer, sleeper Sleeper) {
	for i := countdownStart; i > 0; i-- {
		fmt.Fprintln(out, i)
		sleeper.Sleep()
	}
	fmt.Fprint(out, finalWord)
}

func main() {
	buffer := &bytes.Buffer{}
	Countdown(buffer, &SpyCountdownOperations{})
	got := buffer.String()
	want := "3\n2\n1\nGo!"
	fmt.Printf("output ok=%v %q\n", got == want, got)

	spy := &SpyCountdownOperations{}
	Countdown(spy, spy)
	wantCalls := []string{write, sleep, write, sleep, write, sleep, write}
	fmt.Println("order ok:", reflect.DeepEqual(wantCalls, spy.Calls), spy.Calls)

	spyTime := &SpyTime{}
	sleeper := ConfigurableSleeper{5 * time.Second, spyTime.Sleep}
	sleeper.Sleep()
	sleeper.Sleep()
	fmt.Println("slept", spyTime.durationSlept)
	var w io.Writer = spy
	n, err := w.Write([]byte("x"))
	fmt.Println(n, err, len(spy.Calls))
}
