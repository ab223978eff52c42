package main

import (
	"bytes"
	"encoding/json"
	"errors"
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

var levelNames = []string{"debug", "info", "warn"}

func (l Level) MarshalJSON() ([]byte, error) {
	if int(l) >= len(levelNames) {
		return nil, fmt.Errorf("bad level %d", int(l))
	}
	return json.Marshal(levelNames[l])
}

func (l *Level) UnmarshalJSON(b []byte) error {
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return err
	}
	for i, n := range levelNames {
		if n == s {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", s)
}

type Duration struct{ time.Duration }

func (d Duration) MarshalText() ([]byte, error) { return []byte(d.String()), nil }
func (d *Duration) UnmarshalText(b []byte) error {
	v, err := time.ParseDuration(string(b))
	d.Duration = v
	return err
}

type Config struct {
	Name     string            `json:"name"`
	Level    Level             `json:"level"`
	Timeout  Duration          `json:"timeout"`
	Labels   map[string]string `json:"labels,omitempty"`
	Extra    json.RawMessage   `json:"extra,omitempty"`
	Internal string            `json:"-"`
	Ports    []int             `json:"ports"`
	Ratio    float64           `json:"ratio,string"`
}

func main() {
	cfg := Config{Name: "svc", Level: Warn, Timeout: Duration{1500 * time.Millisecond},
		Labels: map[string]string{"z": "last", "a": "first"}, Extra: json.RawMessage(`{"k":[1,2]}`),
		Internal: "hidden", Ratio: 0.25}
	b, err := json.Marshal(cfg)
	fmt.Println(string(b), err)

	var back Config
	err = json.Unmarshal(b, &back)
	fmt.Printf("%+v %v\n", back.Level, err)
	fmt.Println(back.Timeout.Seconds(), string(back.Extra), back.Ports == nil, back.Internal == "")

	for _, in := range []string{`{"level":"loud"}`, `{"timeout":"soon"}`, `{"ports":"x"}`, `{"name":1}`, `{"ratio":"abc"}`} {
		var c Config
		err := json.Unmarshal([]byte(in), &c)
		var ute *json.UnmarshalTypeError
		fmt.Printf("%-22s %v | typeErr=%v\n", in, err, errors.As(err, &ute))
	}

	_, err = json.Marshal(Config{Level: Level(9)})
	fmt.Println(err)
	var me *json.MarshalerError
	fmt.Println(errors.As(err, &me))

	var out bytes.Buffer
	json.Indent(&out, []byte(`{"a":[1,2,{"b":null}],"c":"d"}`), "", "  ")
	fmt.Println(out.String())
	out.Reset()
	json.Compact(&out, []byte("{ \"x\" : [ 1 , 2 ] }"))
	fmt.Println(out.String(), json.Valid([]byte(`{"x":}`)))

	dec := json.NewDecoder(strings.NewReader(`[{"name":"a","level":"info"},{"name":"b","level":"debug"}]`))
	tok, _ := dec.Token()
	fmt.Printf("%T %v\n", tok, tok)
	for dec.More() {
		var c Config
		if err := dec.Decode(&c); err != nil {
			fmt.Println("decode:", err)
			break
		}
		fmt.Println(c.Name, c.Level, levelNames[c.Level])
	}
	enc := json.NewEncoder(os.Stdout)
	enc.SetEscapeHTML(false)
	enc.Encode(map[string]any{"html": "<b>&</b>", "n": 1.0, "list": []any{true, nil, "x"}})
	var anyv any
	json.Unmarshal([]byte(`{"n": 12345678901, "f": 1.5, "arr": [1, "two"]}`), &anyv)
	m := anyv.(map[string]any)
	fmt.Printf("%T %v %T %v\n", m["n"], m["n"], m["arr"], m["arr"])
	d := json.NewDecoder(strings.NewReader(`{"n": 12345678901}`))
	d.UseNumber()
	var nm map[string]any
	d.Decode(&nm)
	num := nm["n"].(json.Number)
	i, _ := num.Int64()
	fmt.Println(num, i+1)
}
