package main

import (
	"errors"
	"fmt"
	"sync"
)

type Store interface {
	Get(key string) (string, bool)
}

type memStore struct{ data map[string]string }

func (m *memStore) Get(k string) (string, bool) { v, ok := m.data[k]; return v, ok }

type Greeter interface{ Greet(string) string }

type english struct{}

func (english) Greet(n string) string { return "Hello, " + n }

func main() {
	open := sync.OnceValues(func() (Store, error) {
		fmt.Println("opening store")
		return &memStore{map[string]string{"a": "1"}}, nil
	})
	for _, k := range []string{"a", "b"} {
		st, err := open()
		v, ok := st.Get(k)
		fmt.Println(k, v, ok, err)
	}
	failing := sync.OnceValues(func() (Store, error) { return nil, errors.New("no disk") })
	st, err := failing()
	fmt.Println(st == nil, err)

	greeter := sync.OnceValue(func() Greeter { return english{} })
	fmt.Println(greeter().Greet("gopher"))
	fmt.Printf("%T %v\n", greeter(), greeter())
}
