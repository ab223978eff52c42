package main

import (
	"encoding/json"
	"fmt"
	"io"
	"os"
	"strings"
)

type Event struct {
	Type string `json:"type"`
	N    int    `json:"n"`
}

func main() {
	stream := `{"type":"click","n":1}
{"type":"view","n":3}
{"type":"click","n":2}
`
	dec := json.NewDecoder(strings.NewReader(stream))
	totals := map[string]int{}
	for {
		var e Event
		err := dec.Decode(&e)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println(err)
			return
		}
		totals[e.Type] += e.N
	}
	enc := json.NewEncoder(os.Stdout)
	enc.Encode(totals)
	enc.SetIndent(">", "\t")
	enc.Encode([]int{1, 2})
	strict := json.NewDecoder(strings.NewReader(`{"type":"x","bogus":1}`))
	strict.DisallowUnknownFields()
	var e Event
	fmt.Println(strict.Decode(&e))
}
