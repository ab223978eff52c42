package main

import (
	"encoding/json"
	"fmt"
	"strings"
)

type Weekday int

const (
	Sunday Weekday = iota
	Monday
	Tuesday
	Wednesday
	Thursday
	Friday
	Saturday
)

var dayNames = [...]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}

func (d Weekday) String() string {
	if d < Sunday || d > Saturday {
		return fmt.Sprintf("Weekday(%d)", int(d))
	}
	return dayNames[d]
}

func (d Weekday) Weekend() bool { return d == Saturday || d == Sunday }

func (d Weekday) MarshalText() ([]byte, error) { return []byte(strings.ToLower(d.String())), nil }

func (d *Weekday) UnmarshalText(b []byte) error {
	for i, n := range dayNames {
		if strings.EqualFold(n, string(b)) {
			*d = Weekday(i)
			return nil
		}
	}
	return fmt.Errorf("unknown weekday %q", b)
}

type Flags uint8

const (
	FlagRead Flags = 1 << iota
	FlagWrite
	FlagExec
)

func (f Flags) String() string {
	if f == 0 {
		return "none"
	}
	var parts []string
	names := []string{"read", "write", "exec"}
	for i, n := range names {
		if f&(1<<i) != 0 {
			parts = append(parts, n)
		}
	}
	return strings.Join(parts, "|")
}

type Meeting struct {
	Title string  `json:"title"`
	Day   Weekday `json:"day"`
	Perm  Flags   `json:"perm"`
}

type Size int

const (
	_       = iota
	KB Size = 1 << (10 * iota)
	MB
	GB
)

func main() {
	for d := Sunday; d <= Saturday; d++ {
		fmt.Printf("%d %-9v weekend=%t\n", d, d, d.Weekend())
	}
	fmt.Println(Weekday(9))
	fmt.Printf("%v %s %d %q\n", Friday, Friday, Friday, Friday)

	m := Meeting{"standup", Tuesday, FlagRead | FlagExec}
	b, err := json.Marshal(m)
	fmt.Println(string(b), err)

	var back Meeting
	err = json.Unmarshal([]byte(`{"title":"retro","day":"FRIDAY","perm":3}`), &back)
	fmt.Printf("%+v %v\n", back, err)
	err = json.Unmarshal([]byte(`{"day":"Funday"}`), &back)
	fmt.Println("error:", err)

	fmt.Println(FlagRead, FlagWrite|FlagRead, Flags(0), FlagRead|FlagWrite|FlagExec)
	fmt.Println(KB, MB, GB)
	days := map[Weekday]int{Monday: 3, Friday: 1}
	fmt.Println(days)
	fmt.Printf("%v\n", []Weekday{Monday, Sunday})
}
