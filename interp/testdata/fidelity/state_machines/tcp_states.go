package main

import (
	"fmt"
	"strings"
)

type ConnState uint8

const (
	Closed ConnState = iota
	Listen
	SynReceived
	Established
	FinWait
	TimeWait
)

var names = [...]string{"CLOSED", "LISTEN", "SYN_RCVD", "ESTABLISHED", "FIN_WAIT", "TIME_WAIT"}

func (s ConnState) String() string { return names[s] }

type key struct {
	from ConnState
	ev   string
}

var table = map[key]ConnState{
	{Closed, "listen"}:     Listen,
	{Listen, "syn"}:        SynReceived,
	{SynReceived, "ack"}:   Established,
	{Established, "close"}: FinWait,
	{FinWait, "ack"}:       TimeWait,
	{TimeWait, "timeout"}:  Closed,
	{Listen, "close"}:      Closed,
	{SynReceived, "reset"}: Listen,
}

type Conn struct {
	state ConnState
	trace strings.Builder
}

func (c *Conn) Handle(ev string) bool {
	next, ok := table[key{c.state, ev}]
	if !ok {
		fmt.Fprintf(&c.trace, "[%v ignores %s] ", c.state, ev)
		return false
	}
	fmt.Fprintf(&c.trace, "%v-%s->%v ", c.state, ev, next)
	c.state = next
	return true
}

func main() {
	var c Conn
	events := strings.Fields("listen syn reset syn ack data close ack timeout")
	ok := 0
	for _, e := range events {
		if c.Handle(e) {
			ok++
		}
	}

	fmt.Println(c.trace.String())
	fmt.Println("handled", ok, "of", len(events), "final", c.state)
	fmt.Printf("%v %d\n", []ConnState{Listen, TimeWait}, Established)
}
