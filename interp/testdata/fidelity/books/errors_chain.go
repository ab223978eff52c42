package main

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"strconv"
)

type Status int

type StatusErr struct {
	Status  Status
	Message string
	Err     error
}

func (se StatusErr) Error() string { return se.Message }
func (se StatusErr) Unwrap() error { return se.Err }

const (
	InvalidLogin Status = iota + 1
	NotFound
)

var ErrQuota = errors.New("quota exceeded")

type ValidationError struct {
	Field string
	Value any
}

func (v *ValidationError) Error() string {
	return fmt.Sprintf("invalid %s: %v", v.Field, v.Value)
}

func (v *ValidationError) Is(target error) bool {
	t, ok := target.(*ValidationError)
	return ok && (t.Field == "" || t.Field == v.Field)
}

func login(uid string) error {
	if uid == "" {
		return &ValidationError{"uid", uid}
	}
	if uid == "guest" {
		return StatusErr{InvalidLogin, "guest cannot log in", nil}
	}
	if uid == "heavy" {
		return StatusErr{NotFound, "user data: " + ErrQuota.Error(), ErrQuota}
	}
	if _, err := strconv.Atoi(uid); err != nil {
		return fmt.Errorf("login %q: %w", uid, err)
	}
	return nil
}

func loadAll(ids ...string) error {
	var errs []error
	for _, id := range ids {
		if err := login(id); err != nil {
			errs = append(errs, fmt.Errorf("id %d: %w", len(errs), err))
		}
	}
	return errors.Join(errs...)
}

func main() {
	for _, id := range []string{"42", "", "guest", "heavy", "bob"} {
		err := login(id)
		var se StatusErr
		var ve *ValidationError
		var ne *strconv.NumError
		switch {
		case err == nil:
			fmt.Printf("%-6q ok\n", id)
		case errors.As(err, &se):
			fmt.Printf("%-6q status %d: %v (quota? %v)\n", id, se.Status, se, errors.Is(err, ErrQuota))
		case errors.As(err, &ve):
			fmt.Printf("%-6q validation on %s, Is any: %v\n", id, ve.Field, errors.Is(err, &ValidationError{}))
		case errors.As(err, &ne):
			fmt.Printf("%-6q number error in %s: %v | %v\n", id, ne.Func, ne.Err, errors.Unwrap(err) == ne)
		}
	}
	err := loadAll("1", "x", "guest", "", "2")
	fmt.Println(err)
	fmt.Println("joined Is quota:", errors.Is(err, ErrQuota), "Is syntax:", errors.Is(err, strconv.ErrSyntax))
	if u, ok := err.(interface{ Unwrap() []error }); ok {
		fmt.Println("parts:", len(u.Unwrap()))
	}

	_, err = os.Open("/definitely/not/here.txt")
	fmt.Println(errors.Is(err, fs.ErrNotExist), errors.Is(err, os.ErrNotExist))
	var pe *fs.PathError
	if errors.As(err, &pe) {
		fmt.Println("op:", pe.Op, "path:", pe.Path)
	}
	wrapped := fmt.Errorf("layer2: %w", fmt.Errorf("layer1: %w", ErrQuota))
	for e := wrapped; e != nil; e = errors.Unwrap(e) {
		fmt.Println(" ->", e)
	}
	two := fmt.Errorf("both: %w and %w", ErrQuota, fs.ErrPermission)
	fmt.Println(two, errors.Is(two, fs.ErrPermission), errors.Unwrap(two) == nil)
}
