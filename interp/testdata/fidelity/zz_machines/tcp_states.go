package main

import (
	"fmt"
	"sort"
	"strings"
)

type TCPState string

const (
	Closed      TCPState = "CLOSED"
	Listen      TCPState = "LISTEN"
	SynSent     TCPState = "SYN_SENT"
	SynRcvd     TCPState = "SYN_RCVD"
	Established TCPState = "ESTABLISHED"
	FinWait1    TCPState = "FIN_WAIT_1"
	FinWait2    TCPState = "FIN_WAIT_2"
	CloseWait   TCPState = "CLOSE_WAIT"
	LastAck     TCPState = "LAST_ACK"
	TimeWait    TCPState = "TIME_WAIT"
)

type transition struct {
	from  TCPState
	event string
}

var table = map[transition]TCPState{
	{Closed, "APP_PASSIVE_OPEN"}: Listen,
	{Closed, "APP_ACTIVE_OPEN"}:  SynSent,
	{Listen, "RCV_SYN"}:          SynRcvd,
	{Listen, "APP_SEND"}:         SynSent,
	{Listen, "APP_CLOSE"}:        Closed,
	{SynRcvd, "APP_CLOSE"}:       FinWait1,
	{SynRcvd, "RCV_ACK"}:         Established,
	{SynSent, "RCV_SYN"}:         SynRcvd,
	{SynSent, "RCV_SYN_ACK"}:     Established,
	{SynSent, "APP_CLOSE"}:       Closed,
	{Established, "APP_CLOSE"}:   FinWait1,
	{Established, "RCV_FIN"}:     CloseWait,
	{FinWait1, "RCV_FIN"}:        "CLOSING",
	{FinWait1, "RCV_FIN_ACK"}:    TimeWait,
	{FinWait1, "RCV_ACK"}:        FinWait2,
	{"CLOSING", "RCV_ACK"}:       TimeWait,
	{FinWait2, "RCV_FIN"}:        TimeWait,
	{TimeWait, "APP_TIMEOUT"}:    Closed,
	{CloseWait, "APP_CLOSE"}:     LastAck,
	{LastAck, "RCV_ACK"}:         Closed,
}

type TransitionError struct {
	State TCPState
	Event string
	Step  int
}

func (e *TransitionError) Error() string {
	return fmt.Sprintf("step %d: no transition from %s on %s", e.Step, e.State, e.Event)
}

func run(events []string) (TCPState, []TCPState, error) {
	s := Closed
	path := []TCPState{s}
	for i, ev := range events {
		n, ok := table[transition{s, ev}]
		if !ok {
			return s, path, &TransitionError{s, ev, i + 1}
		}
		s = n
		path = append(path, s)
	}
	return s, path, nil
}

func main() {
	tests := [][]string{
		{"APP_PASSIVE_OPEN", "RCV_SYN", "RCV_ACK"},
		{"APP_ACTIVE_OPEN", "RCV_SYN_ACK", "APP_CLOSE", "RCV_FIN_ACK", "RCV_ACK"},
		{"APP_ACTIVE_OPEN", "RCV_SYN_ACK", "RCV_FIN", "APP_CLOSE", "RCV_ACK"},
		{"APP_ACTIVE_OPEN", "RCV_SYN_ACK", "APP_CLOSE", "RCV_FIN", "RCV_ACK", "APP_TIMEOUT"},
		{"APP_SEND"},
		{},
	}
	for _, t := range tests {
		final, path, err := run(t)
		if err != nil {
			fmt.Printf("ERROR %v (path %v)\n", err, path)
			continue
		}
		fmt.Printf("%-11s via %s\n", final, strings.Trim(fmt.Sprint(path), "[]"))
	}
	reach := map[TCPState]int{}
	for tr, to := range table {
		reach[tr.from]++
		_ = to
	}
	var states []string
	for s, n := range reach {
		states = append(states, fmt.Sprintf("%s:%d", s, n))
	}
	sort.Strings(states)
	fmt.Println(strings.Join(states, " "))
	fmt.Printf("%q %v %d\n", Established, TCPState("X") == "X", len(table))
}
