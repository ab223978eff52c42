package main

import (
	"encoding/json"
	"fmt"
	"os"
	"strings"
	"time"
)

type Level int

const (
	Debug Level = iota
	Info
	Warn
)

func (l Level) MarshalText() ([]byte, error) {
	return []byte([]string{"debug", "info", "warn"}[l]), nil
}

func (l *Level) UnmarshalText(b []byte) error {
	switch string(b) {
	case "debug":
		*l = Debug
	case "info":
		*l = Info
	case "warn":
		*l = Warn
	default:
		return fmt.Errorf("unknown level %q", b)
	}
	return nil
}

type Config struct {
	Name     string          `json:"name"`
	Level    Level           `json:"level"`
	Timeout  time.Duration   `json:"timeout_ns"`
	Tags     []string        `json:"tags,omitempty"`
	Limits   map[string]int  `json:"limits"`
	Owner    *Owner          `json:"owner,omitempty"`
	Extra    json.RawMessage `json:"extra"`
	internal string
	Labels   map[string]string `json:"-"`
}

type Owner struct {
	Email string `json:"email"`
	Since int    `json:"since,string"`
}

func main() {
	in := `{"name":"svc","level":"warn","timeout_ns":1500000000,"limits":{"b":2,"a":1},
	        "owner":{"email":"x@y.z","since":"2019"},"extra":{"k":[1,2,3]},"unknown":true}`
	var c Config
	if err := json.Unmarshal([]byte(in), &c); err != nil {
		fmt.Println("error:", err)
		return
	}
	fmt.Printf("%s %v %v %v %+v %s\n", c.Name, c.Level, c.Timeout, c.Limits, *c.Owner, c.Extra)
	c.Tags = []string{"a", "b"}
	c.internal = "hidden"
	c.Labels = map[string]string{"x": "y"}
	out, _ := json.Marshal(c)
	fmt.Println(string(out))

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", "  ")
	enc.Encode(map[string]any{"levels": []Level{Debug, Warn}, "n": 1.5, "nil": nil})

	dec := json.NewDecoder(strings.NewReader(`{"name":"a","level":"loud"}`))
	var bad Config
	err := dec.Decode(&bad)
	fmt.Println(err)

	strict := json.NewDecoder(strings.NewReader(`{"name":"a","bogus":1}`))
	strict.DisallowUnknownFields()
	fmt.Println(strict.Decode(&bad))

	var anyv any
	json.Unmarshal([]byte(`[1, "two", {"three": 3.5}, null, true]`), &anyv)
	for _, v := range anyv.([]any) {
		fmt.Printf("%T:%v ", v, v)
	}
	fmt.Println()
	var se *json.SyntaxError
	err = json.Unmarshal([]byte(`{"a":}`), &anyv)
	fmt.Println(err, fmt.Sprintf("%T", err), se == nil)
}
