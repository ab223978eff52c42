package main

import (
	"errors"
	"fmt"
	"strings"
)

// repository layer
var ErrNoRows = errors.New("sql: no rows in result set")

type DBError struct {
	Query string
	Err   error
}

func (e *DBError) Error() string { return "db: " + e.Query + ": " + e.Err.Error() }
func (e *DBError) Unwrap() error { return e.Err }

type Repo struct{ rows map[int]string }

func (r Repo) FindName(id int) (string, error) {
	if id < 0 {
		return "", &DBError{Query: fmt.Sprintf("SELECT name WHERE id=%d", id), Err: errors.New("negative id")}
	}
	n, ok := r.rows[id]
	if !ok {
		return "", &DBError{Query: fmt.Sprintf("SELECT name WHERE id=%d", id), Err: ErrNoRows}
	}
	return n, nil
}

// service layer
var ErrUserNotFound = errors.New("user not found")

type Service struct{ repo Repo }

func (s Service) Greeting(id int) (string, error) {
	name, err := s.repo.FindName(id)
	if errors.Is(err, ErrNoRows) {
		return "", fmt.Errorf("greeting for %d: %w", id, ErrUserNotFound)
	}
	if err != nil {
		return "", fmt.Errorf("greeting for %d: %w", id, err)
	}
	return "Hello, " + strings.Title(name) + "!", nil
}

// handler layer
type APIError struct {
	Status int
	Msg    string
	cause  error
}

func (e APIError) Error() string { return fmt.Sprintf("%d %s", e.Status, e.Msg) }
func (e APIError) Unwrap() error { return e.cause }

func handle(s Service, id int) (string, error) {
	g, err := s.Greeting(id)
	switch {
	case errors.Is(err, ErrUserNotFound):
		return "", APIError{404, "no such user", err}
	case err != nil:
		return "", APIError{500, "internal error", err}
	}
	return g, nil
}

func main() {
	svc := Service{Repo{rows: map[int]string{1: "ada lovelace", 2: "alan turing"}}}
	for _, id := range []int{1, 7, -3, 2} {
		out, err := handle(svc, id)
		if err == nil {
			fmt.Println(id, "->", out)
			continue
		}
		fmt.Println(id, "->", err)
		var api APIError
		if errors.As(err, &api) {
			fmt.Println("   status:", api.Status)
		}
		var dbe *DBError
		if errors.As(err, &dbe) {
			fmt.Println("   query:", dbe.Query)
		}
		fmt.Println("   chain:")
		for e := err; e != nil; e = errors.Unwrap(e) {
			fmt.Printf("     %T: %v\n", e, e)
		}
	}
}
