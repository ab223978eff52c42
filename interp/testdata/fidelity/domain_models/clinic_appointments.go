package main

import (
	"errors"
	"fmt"
	"sort"
	"time"
)

type Doctor struct {
	Name      string
	Specialty string
	Start     int // hour
	End       int
}

type Appointment struct {
	Patient string
	Doctor  *Doctor
	At      time.Time
	Length  time.Duration
}

func (a Appointment) End() time.Time { return a.At.Add(a.Length) }

func (a Appointment) String() string {
	return fmt.Sprintf("%s %s-%s %s with Dr. %s", a.At.Format("Mon 02 Jan"), a.At.Format("15:04"), a.End().Format("15:04"), a.Patient, a.Doctor.Name)
}

type ScheduleError struct {
	Patient string
	Err     error
}

func (e *ScheduleError) Error() string { return e.Patient + ": " + e.Err.Error() }
func (e *ScheduleError) Unwrap() error { return e.Err }

var (
	ErrOutsideHours = errors.New("outside working hours")
	ErrOverlap      = errors.New("overlaps another appointment")
	ErrWeekend      = errors.New("clinic closed on weekends")
)

type Clinic struct {
	appts []Appointment
}

func (c *Clinic) Book(a Appointment) error {
	wrap := func(err error) error { return &ScheduleError{a.Patient, err} }
	if wd := a.At.Weekday(); wd == time.Saturday || wd == time.Sunday {
		return wrap(ErrWeekend)
	}
	if a.At.Hour() < a.Doctor.Start || a.End().Hour() > a.Doctor.End || a.End().Hour() == a.Doctor.End && a.End().Minute() > 0 {
		return wrap(fmt.Errorf("%w (%02d-%02d)", ErrOutsideHours, a.Doctor.Start, a.Doctor.End))
	}
	for _, b := range c.appts {
		if b.Doctor == a.Doctor && a.At.Before(b.End()) && b.At.Before(a.End()) {
			return wrap(fmt.Errorf("%w: %s", ErrOverlap, b.Patient))
		}
	}
	c.appts = append(c.appts, a)
	return nil
}

func main() {
	house := &Doctor{"House", "diagnostics", 9, 17}
	grey := &Doctor{"Grey", "surgery", 7, 13}
	day := time.Date(2024, 5, 6, 0, 0, 0, 0, time.UTC) // a Monday
	at := func(d, h, m int) time.Time {
		return day.AddDate(0, 0, d).Add(time.Duration(h)*time.Hour + time.Duration(m)*time.Minute)
	}
	c := &Clinic{}
	reqs := []Appointment{
		{"Ann", house, at(0, 9, 0), 30 * time.Minute},
		{"Ben", house, at(0, 9, 15), 30 * time.Minute},
		{"Cat", grey, at(0, 7, 30), time.Hour},
		{"Dan", grey, at(0, 12, 30), time.Hour},
		{"Eve", house, at(5, 10, 0), 20 * time.Minute},
		{"Fay", house, at(0, 9, 30), 45 * time.Minute},
		{"Gus", grey, at(1, 12, 0), time.Hour},
		{"Hal", house, at(2, 16, 15), 45 * time.Minute},
	}
	for _, r := range reqs {
		err := c.Book(r)
		var se *ScheduleError
		switch {
		case err == nil:
			fmt.Println("booked ", r)
		case errors.Is(err, ErrOverlap):
			fmt.Println("overlap", err)
		case errors.As(err, &se):
			fmt.Printf("refused %s: %v (hours=%v weekend=%v)\n", se.Patient, se.Err, errors.Is(err, ErrOutsideHours), errors.Is(err, ErrWeekend))
		}
	}
	sort.Slice(c.appts, func(i, j int) bool { return c.appts[i].At.Before(c.appts[j].At) })
	var busy = map[string]time.Duration{}
	for _, a := range c.appts {
		fmt.Println(" -", a)
		busy[a.Doctor.Name] += a.Length
	}
	fmt.Println(busy["House"], busy["Grey"], busy)
}
