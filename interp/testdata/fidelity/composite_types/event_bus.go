// Event payload types sent through a chan any.
package main

import (
	"fmt"
	"strings"
)

type Tags []string
type Headers map[string]string
type Checksum [4]byte
type Ping struct{}
type Shutdown struct{}

func handle(ev any) string {
	switch e := ev.(type) {
	case Tags:
		return "tags " + strings.Join(e, "+")
	case Headers:
		return fmt.Sprintf("headers host=%s len=%d", e["Host"], len(e))
	case Checksum:
		return fmt.Sprintf("checksum %x", e[:])
	case Ping:
		return "ping"
	case Shutdown:
		return "shutdown"
	case []string:
		return "raw strings"
	case [4]byte:
		return "raw bytes"
	}
	return fmt.Sprintf("unknown %T", ev)
}

func main() {
	events := make(chan any, 10)
	events <- Tags{"a", "b"}
	events <- Headers{"Host": "example.com", "Accept": "*/*"}
	events <- Checksum{0xde, 0xad, 0xbe, 0xef}
	events <- []string{"plain"}
	events <- [4]byte{1, 2, 3, 4}
	events <- Ping{}
	events <- Shutdown{}
	close(events)

	done := make(chan string)
	go func() {
		var log []string
		for ev := range events {
			log = append(log, handle(ev))
			if _, stop := ev.(Shutdown); stop {
				log = append(log, "(stopping)")
			}
		}
		done <- strings.Join(log, "\n")
	}()
	fmt.Println(<-done)

	var last any = Checksum{1, 1, 1, 1}
	fmt.Println(last == Checksum{1, 1, 1, 1}, last == [4]byte{1, 1, 1, 1})
	fmt.Printf("%T %v\n", last, last)
}
