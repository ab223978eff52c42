package main

import (
	"errors"
	"fmt"
)

type ValidationError struct {
	Field string
	Msg   string
}

func (e *ValidationError) Error() string {
	return fmt.Sprintf("validation failed on %s: %s", e.Field, e.Msg)
}

type User struct {
	Name string
	Age  int
}

func validate(u User) error {
	if u.Name == "" {
		return &ValidationError{Field: "name", Msg: "must not be empty"}
	}
	if u.Age < 0 || u.Age > 150 {
		return &ValidationError{Field: "age", Msg: fmt.Sprintf("%d is out of range", u.Age)}
	}
	return nil
}

func main() {
	users := []User{{"Ann", 31}, {"", 20}, {"Bob", 200}}
	for _, u := range users {
		err := validate(u)
		if err == nil {
			fmt.Printf("%s ok\n", u.Name)
			continue
		}
		var ve *ValidationError
		if errors.As(err, &ve) {
			fmt.Println("field:", ve.Field)
		}
		fmt.Println("error:", err)
	}
}
