// Custom JSON: MarshalJSON/UnmarshalJSON on an enum and a date type,
// TextMarshaler map keys, and json.RawMessage for delayed decoding.
package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Status int

const (
	Todo Status = iota
	Doing
	Done
)

var statusNames = []string{"todo", "doing", "done"}

func (s Status) MarshalJSON() ([]byte, error) {
	if int(s) >= len(statusNames) {
		return nil, fmt.Errorf("bad status %d", int(s))
	}
	return json.Marshal(statusNames[s])
}

func (s *Status) UnmarshalJSON(b []byte) error {
	var name string
	if err := json.Unmarshal(b, &name); err != nil {
		return err
	}
	for i, n := range statusNames {
		if n == name {
			*s = Status(i)
			return nil
		}
	}
	return errors.New("unknown status " + name)
}

type Day struct{ Y, M, D int }

func (d Day) MarshalText() ([]byte, error) {
	return []byte(fmt.Sprintf("%04d-%02d-%02d", d.Y, d.M, d.D)), nil
}

func (d *Day) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "%d-%d-%d", &d.Y, &d.M, &d.D)
	return err
}

type Task struct {
	Title  string `json:"title"`
	Status Status `json:"status"`
	Due    Day    `json:"due"`
}

type Envelope struct {
	Kind string          `json:"kind"`
	Data json.RawMessage `json:"data"`
}

func main() {
	tasks := []Task{{"write", Doing, Day{2024, 5, 1}}, {"test", Todo, Day{2024, 5, 3}}}
	b, err := json.Marshal(tasks)
	fmt.Println(string(b), err)

	var back []Task
	err = json.Unmarshal(b, &back)
	fmt.Println(back, err)

	_, err = json.Marshal(Task{Status: Status(7)})
	fmt.Println(err)
	err = json.Unmarshal([]byte(`{"status":"blocked"}`), &back[0])
	fmt.Println(err)

	byDay := map[Day]int{{2024, 5, 3}: 2, {2024, 1, 9}: 5}
	mb, _ := json.Marshal(byDay)
	fmt.Println(string(mb))
	var days map[Day]int
	json.Unmarshal(mb, &days)
	keys := make([]string, 0)
	for k, v := range days {
		keys = append(keys, fmt.Sprintf("%d/%d=%d", k.M, k.D, v))
	}
	sort.Strings(keys)
	fmt.Println(strings.Join(keys, " "))

	stream := `[{"kind":"task","data":{"title":"ship","status":"done","due":"2024-06-30"}},
	            {"kind":"note","data":"remember the milk"},
	            {"kind":"count","data":42}]`
	var envs []Envelope
	if err := json.Unmarshal([]byte(stream), &envs); err != nil {
		panic(err)
	}
	for _, e := range envs {
		switch e.Kind {
		case "task":
			var t Task
			json.Unmarshal(e.Data, &t)
			fmt.Printf("task %+v\n", t)
		case "note":
			var s string
			json.Unmarshal(e.Data, &s)
			fmt.Println("note", s)
		default:
			fmt.Println(e.Kind, string(e.Data))
		}
	}
}
