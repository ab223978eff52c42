package main

import (
	"errors"
	"fmt"
	"strconv"
)

var (
	ErrNotFound     = errors.New("not found")
	ErrUnauthorized = errors.New("unauthorized")
	ErrInvalid      = errors.New("invalid input")
)

type User struct {
	ID   int
	Name string
}

var users = map[int]User{1: {1, "alice"}, 2: {2, "bob"}}

func parseID(s string) (int, error) {
	id, err := strconv.Atoi(s)
	if err != nil {
		return 0, fmt.Errorf("parse id %q: %w: %w", s, ErrInvalid, err)
	}
	return id, nil
}

func findUser(id int) (User, error) {
	u, ok := users[id]
	if !ok {
		return User{}, fmt.Errorf("user %d: %w", id, ErrNotFound)
	}
	return u, nil
}

func handle(token, idText string) (string, error) {
	if token != "secret" {
		return "", fmt.Errorf("handle: %w", ErrUnauthorized)
	}
	id, err := parseID(idText)
	if err != nil {
		return "", fmt.Errorf("handle: %w", err)
	}
	u, err := findUser(id)
	if err != nil {
		return "", fmt.Errorf("handle: %w", err)
	}
	return "hello " + u.Name, nil
}

func status(err error) int {
	switch {
	case err == nil:
		return 200
	case errors.Is(err, ErrUnauthorized):
		return 401
	case errors.Is(err, ErrNotFound):
		return 404
	case errors.Is(err, ErrInvalid):
		return 400
	default:
		return 500
	}
}

func main() {
	reqs := []struct{ token, id string }{
		{"secret", "1"},
		{"secret", "2"},
		{"nope", "1"},
		{"secret", "9"},
		{"secret", "x7"},
	}
	for _, r := range reqs {
		body, err := handle(r.token, r.id)
		code := status(err)
		if err != nil {
			fmt.Printf("%d %v\n", code, err)
			var numErr *strconv.NumError
			if errors.As(err, &numErr) {
				fmt.Printf("    cause: func=%s num=%q err=%v\n", numErr.Func, numErr.Num, numErr.Err)
			}
			continue
		}
		fmt.Printf("%d %s\n", code, body)
	}
	e := errors.Unwrap(fmt.Errorf("a: %w", fmt.Errorf("b: %w", ErrNotFound)))
	fmt.Println("unwrapped once:", e)
	fmt.Println("unwrapped twice:", errors.Unwrap(e))
	fmt.Println("unwrapped thrice:", errors.Unwrap(errors.Unwrap(e)))
}
