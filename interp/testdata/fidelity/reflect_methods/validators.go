// Struct validation: each field Xxx may have a ValidateXxx method.
package main

import (
	"fmt"
	"reflect"
	"strings"
)

type Signup struct {
	Email    string
	Age      int
	Password string
}

func (s Signup) ValidateEmail() error {
	if !strings.Contains(s.Email, "@") {
		return fmt.Errorf("email %q has no @", s.Email)
	}
	return nil
}

func (s Signup) ValidateAge() error {
	if s.Age < 18 {
		return fmt.Errorf("age %d is under 18", s.Age)
	}
	return nil
}

func validate(x any) []error {
	v := reflect.ValueOf(x)
	t := v.Type()
	var errs []error
	for i := 0; i < t.NumField(); i++ {
		name := t.Field(i).Name
		m := v.MethodByName("Validate" + name)
		if !m.IsValid() {
			fmt.Println("no check for", name)
			continue
		}
		if err := m.Call(nil)[0].Interface(); err != nil {
			errs = append(errs, err.(error))
		}
	}
	return errs
}

func main() {
	for _, s := range []Signup{{"a@b.c", 30, "x"}, {"nobody", 12, ""}} {
		errs := validate(s)
		fmt.Println(len(errs), "problems")
		for _, e := range errs {
			fmt.Println(" -", e)
		}
	}
}
