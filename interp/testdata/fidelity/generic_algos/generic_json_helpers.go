package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"sort"
	"strings"
	"sync"
)

func Decode[T any](s string) (T, error) {
	var v T
	dec := json.NewDecoder(strings.NewReader(s))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&v); err != nil {
		return v, fmt.Errorf("decode %T: %w", v, err)
	}
	return v, nil
}

func MustEncode[T any](v T) string {
	b, err := json.Marshal(v)
	if err != nil {
		panic(err)
	}
	return string(b)
}

type Envelope[T any] struct {
	Kind string `json:"kind"`
	Data T      `json:"data"`
	Meta *Meta  `json:"meta,omitempty"`
}

type Meta struct {
	Version int      `json:"version"`
	Tags    []string `json:"tags,omitempty"`
}

type User struct {
	Name  string `json:"name"`
	Email string `json:"email"`
	Admin bool   `json:"admin,omitempty"`
}

type SyncMap[K comparable, V any] struct{ m sync.Map }

func (s *SyncMap[K, V]) Store(k K, v V) { s.m.Store(k, v) }
func (s *SyncMap[K, V]) Load(k K) (V, bool) {
	v, ok := s.m.Load(k)
	if !ok {
		var zero V
		return zero, false
	}
	return v.(V), true
}
func (s *SyncMap[K, V]) Keys() []K {
	var out []K
	s.m.Range(func(k, _ any) bool { out = append(out, k.(K)); return true })
	return out
}

func main() {
	u, err := Decode[User](`{"name":"ann","email":"a@x.io","admin":true}`)
	fmt.Printf("%+v %v\n", u, err)
	_, err = Decode[User](`{"name":"bob","role":"x"}`)
	fmt.Println(err)
	var se *json.SyntaxError
	_, err = Decode[[]int](`[1,2,`)
	fmt.Println(err, errors.As(err, &se))
	nums, err := Decode[map[string][]float64](`{"a":[1.5,2],"b":[]}`)
	fmt.Println(nums, err)

	env := Envelope[User]{Kind: "user", Data: u, Meta: &Meta{Version: 2, Tags: []string{"x"}}}
	s := MustEncode(env)
	fmt.Println(s)
	back, err := Decode[Envelope[User]](s)
	fmt.Printf("%+v %+v %v\n", back.Data, *back.Meta, err)
	list := Envelope[[]User]{Kind: "users", Data: []User{{Name: "c"}, {Name: "d", Admin: true}}}
	fmt.Println(MustEncode(list))
	fmt.Println(MustEncode(Envelope[map[string]int]{Kind: "counts", Data: map[string]int{"z": 1, "a": 2}}))
	raw, _ := Decode[Envelope[json.RawMessage]](`{"kind":"raw","data":{"any":[1,"two"]}}`)
	fmt.Println(raw.Kind, string(raw.Data), raw.Meta == nil)

	var sm SyncMap[string, User]
	sm.Store("ann", u)
	sm.Store("zed", User{Name: "zed"})
	got, ok := sm.Load("ann")
	_, missing := sm.Load("nobody")
	keys := sm.Keys()
	sort.Strings(keys)
	fmt.Println(got.Email, ok, missing, keys)
	func() {
		defer func() { fmt.Println("recovered:", recover() != nil) }()
		MustEncode(map[string]any{"f": func() {}})
	}()
}
