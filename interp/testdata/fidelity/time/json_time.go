package main

import (
	"encoding/json"
	"fmt"
	"time"
)

type Log struct {
	At      time.Time     `json:"at"`
	Elapsed time.Duration `json:"elapsed"`
	Msg     string        `json:"msg"`
}

func main() {
	l := Log{time.Date(2024, 1, 2, 3, 4, 5, 0, time.UTC), 1500 * time.Millisecond, "ok"}
	b, _ := json.Marshal(l)
	fmt.Println(string(b))

	var back Log
	err := json.Unmarshal([]byte(`{"at":"2025-12-31T23:59:59Z","elapsed":2000000000,"msg":"bye"}`), &back)
	fmt.Println(err, back.At, back.Elapsed, back.Msg)

	err = json.Unmarshal([]byte(`{"at":"yesterday"}`), &back)
	fmt.Println(err)
}
