package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"sort"
	"strings"
)

const logs = `{"level":"info","msg":"start","ms":0}
{"level":"warn","msg":"slow query","ms":1200,"query":"SELECT 1"}
{"level":"info","msg":"request","ms":35,"path":"/a"}
not json at all
{"level":"error","msg":"db down","ms":5000,"retry":true}
{"level":"info","msg":"request","ms":42,"path":"/b"}
{"level":"debug"`

type Entry struct {
	Level string         `json:"level"`
	Msg   string         `json:"msg"`
	MS    int            `json:"ms"`
	Extra map[string]any `json:"-"`
}

func (e *Entry) UnmarshalJSON(b []byte) error {
	type plain Entry
	if err := json.Unmarshal(b, (*plain)(e)); err != nil {
		return err
	}
	var all map[string]any
	if err := json.Unmarshal(b, &all); err != nil {
		return err
	}
	for _, k := range []string{"level", "msg", "ms"} {
		delete(all, k)
	}
	if len(all) > 0 {
		e.Extra = all
	}
	return nil
}

type LineError struct {
	N   int
	Err error
}

func (l LineError) Error() string { return fmt.Sprintf("line %d: %v", l.N, l.Err) }
func (l LineError) Unwrap() error { return l.Err }

func main() {
	sc := bufio.NewScanner(strings.NewReader(logs))
	byLevel := map[string][]Entry{}
	var errs []error
	n := 0
	for sc.Scan() {
		n++
		var e Entry
		if err := json.Unmarshal(sc.Bytes(), &e); err != nil {
			errs = append(errs, LineError{n, err})
			continue
		}
		byLevel[e.Level] = append(byLevel[e.Level], e)
	}
	levels := make([]string, 0, len(byLevel))
	for l := range byLevel {
		levels = append(levels, l)
	}
	sort.Strings(levels)
	for _, l := range levels {
		total := 0
		for _, e := range byLevel[l] {
			total += e.MS
		}
		fmt.Printf("%-5s n=%d total=%dms\n", l, len(byLevel[l]), total)
		for _, e := range byLevel[l] {
			fmt.Printf("      %-10s %v\n", e.Msg, e.Extra)
		}
	}
	for _, err := range errs {
		var se *json.SyntaxError
		fmt.Println(err, errors.As(err, &se), errors.Is(err, io.ErrUnexpectedEOF))
	}
	dec := json.NewDecoder(strings.NewReader(`{"a":1} {"a":2} [3]`))
	for {
		var v map[string]int
		err := dec.Decode(&v)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("stream:", err)
			break
		}
		fmt.Println(v, dec.InputOffset())
	}
}
