package main

import (
	"errors"
	"fmt"
	"sync"
)

type Store[K comparable, V any] struct {
	mu   sync.RWMutex
	data map[K]V
}

func (s *Store[K, V]) Put(k K, v V) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.data == nil {
		s.data = make(map[K]V)
	}
	s.data[k] = v
}

func (s *Store[K, V]) Get(k K) (V, bool) {
	s.mu.RLock()
	defer s.mu.RUnlock()
	v, ok := s.data[k]
	return v, ok
}

func (s *Store[K, V]) Len() int {
	s.mu.RLock()
	defer s.mu.RUnlock()
	return len(s.data)
}

type Session struct {
	User  string
	Roles []string
}

type SessionStore struct {
	Store[string, Session]
	created int
}

var ErrNoSession = errors.New("no such session")

func (ss *SessionStore) Create(token, user string, roles ...string) {
	ss.Put(token, Session{user, roles})
	ss.created++
}

func (ss *SessionStore) Authorize(token, role string) error {
	s, ok := ss.Get(token)
	if !ok {
		return fmt.Errorf("authorize %q: %w", token, ErrNoSession)
	}
	for _, r := range s.Roles {
		if r == role {
			return nil
		}
	}
	return fmt.Errorf("user %s lacks role %q", s.User, role)
}

type Audited[T any] struct {
	Value   T
	History []T
}

func (a *Audited[T]) Set(v T) {
	a.History = append(a.History, a.Value)
	a.Value = v
}

type Config struct {
	Audited[int]
	Name string
}

func main() {
	var ss SessionStore
	ss.Create("t1", "ann", "admin", "dev")
	ss.Create("t2", "bob", "dev")
	for _, c := range []struct{ tok, role string }{{"t1", "admin"}, {"t2", "admin"}, {"t3", "dev"}, {"t2", "dev"}} {
		err := ss.Authorize(c.tok, c.role)
		fmt.Printf("%s/%s: %v (nosession=%v)\n", c.tok, c.role, err, errors.Is(err, ErrNoSession))
	}
	fmt.Println(ss.Len(), ss.created)
	s, ok := ss.Get("t1")
	fmt.Printf("%+v %v\n", s, ok)
	s, ok = ss.Get("zz")
	fmt.Printf("%+v %v\n", s, ok)

	cfg := Config{Name: "retries"}
	cfg.Set(3)
	cfg.Set(5)
	cfg.Audited.Set(8)
	fmt.Println(cfg.Name, cfg.Value, cfg.History)
	var st Store[int, []string]
	st.Put(1, []string{"a"})
	v, _ := st.Get(1)
	v2, ok2 := st.Get(2)
	fmt.Println(v, v2 == nil, ok2, st.Len())
}
