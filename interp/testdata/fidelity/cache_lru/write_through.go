package main

import (
	"errors"
	"fmt"
)

type Store interface {
	Load(key string) (string, error)
	Save(key, val string) error
}

var ErrNotFound = errors.New("not found")

type mapStore struct {
	data  map[string]string
	loads int
}

func (m *mapStore) Load(k string) (string, error) {
	m.loads++
	v, ok := m.data[k]
	if !ok {
		return "", fmt.Errorf("load %q: %w", k, ErrNotFound)
	}
	return v, nil
}

func (m *mapStore) Save(k, v string) error {
	if k == "" {
		return errors.New("empty key")
	}
	m.data[k] = v
	return nil
}

type CachedStore struct {
	Store
	cache map[string]string
}

func (c *CachedStore) Load(k string) (string, error) {
	if v, ok := c.cache[k]; ok {
		return v, nil
	}
	v, err := c.Store.Load(k)
	if err != nil {
		return "", err
	}
	c.cache[k] = v
	return v, nil
}

func (c *CachedStore) Save(k, v string) error {
	if err := c.Store.Save(k, v); err != nil {
		return fmt.Errorf("write-through: %w", err)
	}
	c.cache[k] = v
	return nil
}

func main() {
	backend := &mapStore{data: map[string]string{"x": "1"}}
	var s Store = &CachedStore{Store: backend, cache: map[string]string{}}

	for i := 0; i < 3; i++ {
		v, err := s.Load("x")
		fmt.Println(v, err)
	}
	_, err := s.Load("y")
	fmt.Println(err, errors.Is(err, ErrNotFound))

	fmt.Println(s.Save("y", "2"), s.Save("", "bad"))
	v, _ := s.Load("y")
	fmt.Println(v, "backend loads:", backend.loads, backend.data)
}
