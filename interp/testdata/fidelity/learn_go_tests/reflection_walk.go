package main

import (
	"fmt"
	"reflect"
	"sort"
	"strings"
)

type Person struct {
	Name    string
	Profile Profile
}

type Profile struct {
	Age  int
	City string
}

func walk(x interface{}, fn func(input string)) {
	val := getValue(x)

	walkValue := func(value reflect.Value) {
		walk(value.Interface(), fn)
	}

	switch val.Kind() {
	case reflect.String:
		fn(val.String())
	case reflect.Struct:
		for i := 0; i < val.NumField(); i++ {
			walkValue(val.Field(i))
		}
	case reflect.Slice, reflect.Array:
		for i := 0; i < val.Len(); i++ {
			walkValue(val.Index(i))
		}
	case reflect.Map:
		keys := val.MapKeys()
		sort.Slice(keys, func(i, j int) bool { return keys[i].String() < keys[j].String() })
		for _, key := range keys {
			walkValue(val.MapIndex(key))
		}
	case reflect.Chan:
		for {
			if v, ok := val.Recv(); ok {
				walkValue(v)
			} else {
				break
			}
		}
	case reflect.Func:
		valFnResult := val.Call(nil)
		for _, res := range valFnResult {
			walkValue(res)
		}
	}
}

func getValue(x interface{}) reflect.Value {
	val := reflect.ValueOf(x)
	if val.Kind() == reflect.Pointer {
		val = val.Elem()
	}
	return val
}

func main() {
	cases := []struct {
		Name  string
		Input interface{}
	}{
		{"struct with one string field", struct{ Name string }{"Chris"}},
		{"struct with two string fields", struct {
			Name string
			City string
		}{"Chris", "London"}},
		{"struct with non string field", struct {
			Name string
			Age  int
		}{"Chris", 33}},
		{"nested fields", Person{"Chris", Profile{33, "London"}}},
		{"pointers to things", &Person{"Chris", Profile{33, "London"}}},
		{"slices", []Profile{{33, "London"}, {34, "Reykjavik"}}},
		{"arrays", [2]Profile{{33, "London"}, {34, "Reykjavik"}}},
		{"maps", map[string]string{"Cow": "Moo", "Sheep": "Baa"}},
		{"functions", func() (Profile, Profile) { return Profile{33, "Berlin"}, Profile{34, "Katowice"} }},
	}
	for _, c := range cases {
		var got []string
		walk(c.Input, func(input string) {
			got = append(got, input)
		})
		fmt.Printf("%-30s -> [%s]\n", c.Name, strings.Join(got, ", "))
	}
	ch := make(chan Profile, 2)
	ch <- Profile{33, "Berlin"}
	ch <- Profile{34, "Katowice"}
	close(ch)
	var got []string
	walk(ch, func(s string) { got = append(got, s) })
	fmt.Println("channel:", got)
	fmt.Println(reflect.TypeOf(Person{}).Field(1).Type, reflect.ValueOf(&Person{}).Kind())
}
