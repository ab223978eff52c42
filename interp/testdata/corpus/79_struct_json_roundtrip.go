package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Status int

const (
	Active Status = iota
	Inactive
)

func (s Status) MarshalJSON() ([]byte, error) {
	return json.Marshal(strings.ToLower([]string{"ACTIVE", "INACTIVE"}[s]))
}

func (s *Status) UnmarshalJSON(b []byte) error {
	var str string
	if err := json.Unmarshal(b, &str); err != nil {
		return err
	}
	switch str {
	case "active":
		*s = Active
	case "inactive":
		*s = Inactive
	default:
		return fmt.Errorf("bad status %q", str)
	}
	return nil
}

type Account struct {
	Name   string `json:"name"`
	Status Status `json:"status"`
}

func main() {
	b, err := json.Marshal(Account{"x", Inactive})
	fmt.Println(string(b), err)
	var a Account
	err = json.Unmarshal([]byte(`{"name":"y","status":"active"}`), &a)
	fmt.Println(a.Name, a.Status == Active, err)
	err = json.Unmarshal([]byte(`{"status":"weird"}`), &a)
	fmt.Println(err)
	dec := json.NewDecoder(strings.NewReader(`{"name":"a"} {"name":"b"}`))
	for {
		var acc Account
		if err := dec.Decode(&acc); err != nil {
			break
		}
		fmt.Println("decoded", acc.Name)
	}
}
