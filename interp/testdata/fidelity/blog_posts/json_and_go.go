package main

import (
	"encoding/json"
	"fmt"
	"os"
	"sort"
	"strings"
)

// From "JSON and Go".

type Message struct {
	Name string
	Body string
	Time int64
}

type FamilyMember struct {
	Name    string
	Age     int
	Parents []string
}

type Foo struct {
	Bar *Bar
}

type Bar struct{ X int }

type Config struct {
	Host     string            `json:"host"`
	Port     int               `json:"port,omitempty"`
	Debug    bool              `json:"debug,string"`
	Password string            `json:"-"`
	Labels   map[string]string `json:"labels,omitempty"`
	Timeout  float64           `json:"timeout_s"`
}

func main() {
	m := Message{"Alice", "Hello", 1294706395881547000}
	b, err := json.Marshal(m)
	fmt.Println(string(b), err)
	var m2 Message
	err = json.Unmarshal(b, &m2)
	fmt.Printf("%+v %v\n", m2, err)

	b = []byte(`{"Name":"Bob","Food":"Pickle"}`)
	var m3 Message
	json.Unmarshal(b, &m3)
	fmt.Printf("%#v\n", m3)

	b = []byte(`{"Name":"Wednesday","Age":6,"Parents":["Gomez","Morticia"]}`)
	var f interface{}
	json.Unmarshal(b, &f)
	mm := f.(map[string]interface{})
	keys := make([]string, 0, len(mm))
	for k := range mm {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		switch vv := mm[k].(type) {
		case string:
			fmt.Println(k, "is string", vv)
		case float64:
			fmt.Println(k, "is float64", vv)
		case []interface{}:
			fmt.Println(k, "is an array:")
			for i, u := range vv {
				fmt.Println(i, u)
			}
		default:
			fmt.Println(k, "is of a type I don't know how to handle")
		}
	}
	var fm FamilyMember
	json.Unmarshal(b, &fm)
	fmt.Printf("%+v\n", fm)

	var foo Foo
	json.Unmarshal([]byte(`{"Bar":{"X":7}}`), &foo)
	fmt.Println(foo.Bar.X)
	json.Unmarshal([]byte(`{}`), &foo)
	fmt.Println(foo.Bar != nil)

	const stream = `
	{"Name": "Ed", "Text": "Knock knock."}
	{"Name": "Sam", "Text": "Who's there?"}
	{"Name": "Ed", "Text": "Go fmt."}
`
	dec := json.NewDecoder(strings.NewReader(stream))
	enc := json.NewEncoder(os.Stdout)
	for dec.More() {
		var v map[string]interface{}
		if err := dec.Decode(&v); err != nil {
			fmt.Println(err)
			return
		}
		for k := range v {
			if k != "Name" {
				delete(v, k)
			}
		}
		enc.Encode(&v)
	}
	cfg := Config{Host: "localhost", Debug: true, Password: "secret", Timeout: 2.5}
	out, _ := json.MarshalIndent(cfg, "", "\t")
	fmt.Println(string(out))
	var back Config
	err = json.Unmarshal([]byte(`{"host":"x","port":"80"}`), &back)
	fmt.Println(err)
	var ute *json.UnmarshalTypeError
	if e, ok := err.(*json.UnmarshalTypeError); ok {
		ute = e
		fmt.Println(ute.Field, ute.Value, ute.Type)
	}
	err = json.Unmarshal([]byte(`{"host": }`), &back)
	fmt.Printf("%v | %T\n", err, err)
}
