package main

import (
	"errors"
	"fmt"
	"sort"
)

var (
	ErrNotFound = errors.New("not found")
	ErrConflict = errors.New("conflict")
	ErrInvalid  = errors.New("invalid input")
)

type User struct {
	ID    int
	Email string
}

type Repo struct {
	byID    map[int]User
	byEmail map[string]int
	nextID  int
}

func NewRepo() *Repo {
	return &Repo{byID: map[int]User{}, byEmail: map[string]int{}, nextID: 1}
}

func (r *Repo) Insert(email string) (User, error) {
	if email == "" {
		return User{}, fmt.Errorf("repo.Insert: email: %w", ErrInvalid)
	}
	if id, ok := r.byEmail[email]; ok {
		return User{}, fmt.Errorf("repo.Insert %q (taken by #%d): %w", email, id, ErrConflict)
	}
	u := User{ID: r.nextID, Email: email}
	r.nextID++
	r.byID[u.ID] = u
	r.byEmail[email] = u.ID
	return u, nil
}

func (r *Repo) Get(id int) (User, error) {
	u, ok := r.byID[id]
	if !ok {
		return User{}, fmt.Errorf("repo.Get(%d): %w", id, ErrNotFound)
	}
	return u, nil
}

type Service struct{ repo *Repo }

func (s *Service) Register(email string) (int, error) {
	u, err := s.repo.Insert(email)
	if err != nil {
		return 0, fmt.Errorf("service.Register: %w", err)
	}
	return u.ID, nil
}

func (s *Service) Rename(id int, email string) error {
	u, err := s.repo.Get(id)
	if err != nil {
		return fmt.Errorf("service.Rename: %w", err)
	}
	if _, taken := s.repo.byEmail[email]; taken {
		return fmt.Errorf("service.Rename: %w", ErrConflict)
	}
	delete(s.repo.byEmail, u.Email)
	u.Email = email
	s.repo.byID[id] = u
	s.repo.byEmail[email] = id
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
	case errors.Is(err, ErrInvalid):
		return 400
	default:
		return 500
	}
}

func main() {
	svc := &Service{NewRepo()}
	for _, e := range []string{"a@x.io", "b@x.io", "a@x.io", ""} {
		id, err := svc.Register(e)
		fmt.Printf("register %-8q -> %d id=%d err=%v\n", e, status(err), id, err)
	}
	cases := []struct {
		id    int
		email string
	}{{1, "c@x.io"}, {9, "d@x.io"}, {2, "c@x.io"}}
	for _, c := range cases {
		err := svc.Rename(c.id, c.email)
		fmt.Printf("rename %d -> %d %v\n", c.id, status(err), err)
	}
	ids := make([]int, 0)
	for id := range svc.repo.byID {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		fmt.Printf("%+v\n", svc.repo.byID[id])
	}
	err := fmt.Errorf("outer: %w", fmt.Errorf("middle: %w", ErrNotFound))
	for e := err; e != nil; e = errors.Unwrap(e) {
		fmt.Printf("  %T %v\n", e, e)
	}
	fmt.Println(status(errors.New("boom")))
}
