package main

import (
	"errors"
	"fmt"
	"sort"
	"time"
)

type Person struct {
	Name string
	Born time.Time
}

func age(born, on time.Time) (years, months, days int) {
	years = on.Year() - born.Year()
	months = int(on.Month()) - int(born.Month())
	days = on.Day() - born.Day()
	if days < 0 {
		months--
		days += time.Date(on.Year(), on.Month(), 0, 0, 0, 0, 0, time.UTC).Day()
	}
	if months < 0 {
		years--
		months += 12
	}
	return
}

func nextBirthday(born, on time.Time) time.Time {
	b := time.Date(on.Year(), born.Month(), born.Day(), 0, 0, 0, 0, time.UTC)
	if born.Month() == time.February && born.Day() == 29 && b.Month() != time.February {
		b = time.Date(on.Year(), time.February, 28, 0, 0, 0, 0, time.UTC)
	}
	if b.Before(on) {
		return nextBirthday(born, time.Date(on.Year()+1, 1, 1, 0, 0, 0, 0, time.UTC))
	}
	return b
}

var ErrFuture = errors.New("born in the future")

func parse(name, s string, today time.Time) (Person, error) {
	t, err := time.Parse("02.01.2006", s)
	if err != nil {
		return Person{}, fmt.Errorf("%s: %w", name, err)
	}
	if t.After(today) {
		return Person{}, fmt.Errorf("%s: %s: %w", name, t.Format(time.DateOnly), ErrFuture)
	}
	return Person{name, t}, nil
}

func main() {
	today := time.Date(2025, 3, 1, 0, 0, 0, 0, time.UTC)
	input := [][2]string{
		{"Ada", "10.12.1815"}, {"Leap", "29.02.2000"}, {"Kid", "01.03.2019"},
		{"Soon", "02.03.1990"}, {"Bad", "31.04.2001"}, {"Future", "01.01.2030"},
	}
	var people []Person
	for _, in := range input {
		p, err := parse(in[0], in[1], today)
		if err != nil {
			fmt.Println("skip:", err, errors.Is(err, ErrFuture))
			continue
		}
		people = append(people, p)
	}
	sort.Slice(people, func(i, j int) bool {
		return nextBirthday(people[i].Born, today).Before(nextBirthday(people[j].Born, today))
	})
	for _, p := range people {
		y, m, d := age(p.Born, today)
		nb := nextBirthday(p.Born, today)
		days := int(nb.Sub(today).Hours() / 24)
		fmt.Printf("%-5s %s  %3dy %2dm %2dd  next %s (in %d days, %s)\n",
			p.Name, p.Born.Format("Jan 02 2006"), y, m, d, nb.Format("2006-01-02"), days, nb.Weekday())
	}
	days := today.Sub(people[len(people)-1].Born).Hours() / 24
	fmt.Printf("%.0f days; %v\n", days, time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC).AddDate(1, 0, 0).Format(time.DateOnly))
}
