package main

import (
	"errors"
	"fmt"
	"time"
)

var ErrTransient = errors.New("transient")

type Op func(attempt int) (string, error)

func Retry(op Op, attempts int, backoff time.Duration) (res string, err error) {
	delay := backoff
	var log []string
	defer func() {
		if err != nil {
			err = fmt.Errorf("after %d attempts (%v): %w", attempts, log, err)
		}
	}()
	for i := 1; i <= attempts; i++ {
		res, err = op(i)
		if err == nil {
			return res, nil
		}
		if !errors.Is(err, ErrTransient) {
			return "", err
		}
		log = append(log, delay.String())
		delay *= 2
	}
	return "", err
}

func main() {
	flaky := func(okAt int) Op {
		return func(a int) (string, error) {
			if a < okAt {
				return "", fmt.Errorf("try %d: %w", a, ErrTransient)
			}
			return fmt.Sprintf("ok on %d", a), nil
		}
	}
	fmt.Println(Retry(flaky(3), 5, 10*time.Millisecond))
	res, err := Retry(flaky(9), 3, time.Second)
	fmt.Printf("%q %v %t\n", res, err, errors.Is(err, ErrTransient))
	fatal := func(int) (string, error) { return "", errors.New("fatal") }
	_, err = Retry(fatal, 4, time.Millisecond)
	fmt.Println(err)

	attempt := 0
	var last error
	for attempt = 1; attempt <= 4; attempt++ {
		if _, err := flaky(4)(attempt); err != nil {
			last = err
			continue
		}
		break
	}
	fmt.Println(attempt, last)
	total := time.Duration(0)
	for d := 50 * time.Millisecond; d < 2*time.Second; d *= 3 {
		total += d
	}
	fmt.Println(total, total.Round(time.Second), total.Truncate(100*time.Millisecond).Seconds())
}
