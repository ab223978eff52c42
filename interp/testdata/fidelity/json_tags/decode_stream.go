// json.Decoder over a stream of values, Token-level walking, UseNumber
// and DisallowUnknownFields.
package main

import (
	"encoding/json"
	"fmt"
	"io"
	"strings"
)

type Event struct {
	Type  string  `json:"type"`
	User  string  `json:"user"`
	Value float64 `json:"value"`
}

func main() {
	input := `{"type":"click","user":"ann","value":1}
{"type":"buy","user":"bob","value":19.5}
{"type":"click","user":"ann","value":1}
{"type":"buy","user":"ann","value":5.25}`
	dec := json.NewDecoder(strings.NewReader(input))
	totals := map[string]float64{}
	n := 0
	for {
		var e Event
		err := dec.Decode(&e)
		if err == io.EOF {
			break
		}
		if err != nil {
			fmt.Println("decode:", err)
			return
		}
		n++
		if e.Type == "buy" {
			totals[e.User] += e.Value
		}
	}
	fmt.Println(n, totals)

	dec = json.NewDecoder(strings.NewReader(`{"a": [1, "two", {"b": null}], "c": true}`))
	depth := 0
	for {
		tok, err := dec.Token()
		if err != nil {
			break
		}
		switch v := tok.(type) {
		case json.Delim:
			if v == '{' || v == '[' {
				fmt.Printf("%*s%v\n", depth*2, "", v)
				depth++
			} else {
				depth--
				fmt.Printf("%*s%v\n", depth*2, "", v)
			}
		default:
			fmt.Printf("%*s%T %v\n", depth*2, "", v, v)
		}
	}

	dec = json.NewDecoder(strings.NewReader(`{"id": 12345678901234567890, "ratio": 0.1}`))
	dec.UseNumber()
	var m map[string]any
	dec.Decode(&m)
	id := m["id"].(json.Number)
	_, ierr := id.Int64()
	f, _ := m["ratio"].(json.Number).Float64()
	fmt.Println(id.String(), ierr != nil, f)

	strict := json.NewDecoder(strings.NewReader(`{"type":"x","extra":1}`))
	strict.DisallowUnknownFields()
	var e Event
	fmt.Println(strict.Decode(&e))

	var anything any
	json.Unmarshal([]byte(`[1, 2.5, "s", null, {"k": [true]}]`), &anything)
	for _, v := range anything.([]any) {
		fmt.Printf("%T:%v ", v, v)
	}
	fmt.Println()
	var syn *json.SyntaxError
	err := json.Unmarshal([]byte(`{"a":}`), &anything)
	if se, ok := err.(*json.SyntaxError); ok {
		syn = se
	}
	fmt.Println(err, syn.Offset)
}
