package main

import (
	"errors"
	"fmt"
	"strings"
)

var (
	ErrNotFound     = errors.New("not found")
	ErrConflict     = errors.New("conflict")
	ErrUnauthorized = errors.New("unauthorized")
)

type QueryError struct {
	Table string
	Key   string
	Err   error
}

func (e *QueryError) Error() string {
	return fmt.Sprintf("query %s[%s]: %v", e.Table, e.Key, e.Err)
}

func (e *QueryError) Unwrap() error { return e.Err }

type Store struct {
	rows map[string]string
}

func (s *Store) Get(key string) (string, error) {
	v, ok := s.rows[key]
	if !ok {
		return "", &QueryError{Table: "users", Key: key, Err: ErrNotFound}
	}
	return v, nil
}

func (s *Store) Insert(key, val string) error {
	if _, ok := s.rows[key]; ok {
		return &QueryError{Table: "users", Key: key, Err: ErrConflict}
	}
	s.rows[key] = val
	return nil
}

type Service struct {
	store *Store
	token string
}

func (svc *Service) Rename(token, key, name string) error {
	if token != svc.token {
		return fmt.Errorf("rename %q: %w", key, ErrUnauthorized)
	}
	old, err := svc.store.Get(key)
	if err != nil {
		return fmt.Errorf("rename %q: %w", key, err)
	}
	if strings.EqualFold(old, name) {
		return nil
	}
	svc.store.rows[key] = name
	return nil
}

func status(err error) int {
	switch {
	case err == nil:
		return 200
	case errors.Is(err, ErrNotFound):
		return 404
	case errors.Is(err, ErrConflict):
		return 409
	case errors.Is(err, ErrUnauthorized):
		return 401
	}
	return 500
}

func main() {
	st := &Store{rows: map[string]string{"u1": "alice", "u2": "bob"}}
	svc := &Service{store: st, token: "secret"}

	cases := []struct {
		token, key, name string
	}{
		{"secret", "u1", "Alice"},
		{"secret", "u9", "zed"},
		{"wrong", "u2", "robert"},
		{"secret", "u2", "robert"},
	}
	for _, c := range cases {
		err := svc.Rename(c.token, c.key, c.name)
		fmt.Printf("%-6s %-3s -> %d", c.token, c.key, status(err))
		if err != nil {
			fmt.Printf(" (%v)", err)
		}
		fmt.Println()
		var qe *QueryError
		if errors.As(err, &qe) {
			fmt.Printf("  table=%s key=%s inner=%v\n", qe.Table, qe.Key, qe.Err)
		}
	}

	err := st.Insert("u1", "again")
	fmt.Println(status(err), err)
	wrapped := fmt.Errorf("batch: %w", err)
	fmt.Println(errors.Unwrap(wrapped) == err, errors.Is(wrapped, ErrConflict))
	fmt.Println(st.rows["u1"], st.rows["u2"])
}
