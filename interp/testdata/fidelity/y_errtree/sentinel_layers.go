package main

import (
	"errors"
	"fmt"
	"strings"
)

var (
	ErrNotFound     = errors.New("not found")
	ErrUnauthorized = errors.New("unauthorized")
	ErrInvalid      = errors.New("invalid input")
)

type Repo struct{ data map[string]string }

func (r *Repo) Get(key string) (string, error) {
	v, ok := r.data[key]
	if !ok {
		return "", fmt.Errorf("repo.Get(%q): %w", key, ErrNotFound)
	}
	return v, nil
}

type Service struct {
	repo  *Repo
	admin map[string]bool
}

func (s *Service) Lookup(user, key string) (string, error) {
	if !s.admin[user] && strings.HasPrefix(key, "secret/") {
		return "", fmt.Errorf("service: user %s: %w", user, ErrUnauthorized)
	}
	if strings.ContainsAny(key, " \t") {
		return "", fmt.Errorf("service: key %q: %w", key, ErrInvalid)
	}
	v, err := s.repo.Get(key)
	if err != nil {
		return "", fmt.Errorf("service: lookup: %w", err)
	}
	return v, nil
}

type HTTPStatus int

func statusFor(err error) HTTPStatus {
	switch {
	case err == nil:
		return 200
	case errors.Is(err, ErrNotFound):
		return 404
	case errors.Is(err, ErrUnauthorized):
		return 403
	case errors.Is(err, ErrInvalid):
		return 400
	}
	return 500
}

func (h HTTPStatus) String() string {
	return map[HTTPStatus]string{200: "OK", 400: "Bad Request", 403: "Forbidden", 404: "Not Found", 500: "Internal Server Error"}[h]
}

func chain(err error) []string {
	var out []string
	for err != nil {
		msg := err.Error()
		if next := errors.Unwrap(err); next != nil {
			msg = strings.TrimSuffix(msg, ": "+next.Error())
		}
		out = append(out, msg)
		err = errors.Unwrap(err)
	}
	return out
}

func main() {
	svc := &Service{
		repo:  &Repo{data: map[string]string{"greeting": "hello", "secret/key": "42"}},
		admin: map[string]bool{"root": true},
	}
	cases := [][2]string{{"ann", "greeting"}, {"ann", "secret/key"}, {"root", "secret/key"}, {"ann", "bad key"}, {"root", "missing"}}
	for _, c := range cases {
		v, err := svc.Lookup(c[0], c[1])
		st := statusFor(err)
		fmt.Printf("%-4s %-11q -> %d %v %q\n", c[0], c[1], st, st, v)
		if err != nil {
			fmt.Printf("     %q\n", chain(err))
		}
	}
	wrapped := fmt.Errorf("outer: %w and %w", ErrInvalid, ErrNotFound)
	fmt.Println(wrapped, statusFor(wrapped), errors.Unwrap(wrapped) == nil)
	fmt.Println(statusFor(errors.New("boom")), fmt.Sprintf("%d|%v|%s", HTTPStatus(403), HTTPStatus(404), HTTPStatus(201)))
}
