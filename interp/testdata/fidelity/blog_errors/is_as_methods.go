package main

import (
	"errors"
	"fmt"
)

// NetError matches any other NetError with the same Temporary flag
// through its Is method, like the blog's example of custom Is.
type NetError struct {
	Op        string
	Temporary bool
}

func (e *NetError) Error() string {
	kind := "permanent"
	if e.Temporary {
		kind = "temporary"
	}
	return fmt.Sprintf("%s: %s network failure", e.Op, kind)
}

func (e *NetError) Is(target error) bool {
	t, ok := target.(*NetError)
	if !ok {
		return false
	}
	return t.Op == "" && t.Temporary == e.Temporary
}

var ErrTemporary = &NetError{Temporary: true}

// RetryError remembers how many attempts were made.
type RetryError struct {
	Attempts int
	Last     error
}

func (r *RetryError) Error() string {
	return fmt.Sprintf("gave up after %d attempts: %v", r.Attempts, r.Last)
}
func (r *RetryError) Unwrap() error { return r.Last }

func retry(n int, op func(int) error) error {
	var err error
	for i := 1; i <= n; i++ {
		err = op(i)
		if err == nil {
			fmt.Printf("  attempt %d ok\n", i)
			return nil
		}
		fmt.Printf("  attempt %d: %v\n", i, err)
		if !errors.Is(err, ErrTemporary) {
			return err
		}
	}
	return &RetryError{Attempts: n, Last: err}
}

func main() {
	fmt.Println("flaky dial:")
	err := retry(5, func(i int) error {
		if i < 3 {
			return &NetError{Op: "dial", Temporary: true}
		}
		return nil
	})
	fmt.Println("result:", err)

	fmt.Println("always down:")
	err = retry(3, func(int) error { return fmt.Errorf("read: %w", &NetError{Op: "read", Temporary: true}) })
	fmt.Println("result:", err)
	var re *RetryError
	if errors.As(err, &re) {
		fmt.Println("attempts:", re.Attempts)
	}
	fmt.Println("still temporary:", errors.Is(err, ErrTemporary))

	fmt.Println("refused:")
	err = retry(3, func(int) error { return &NetError{Op: "connect"} })
	fmt.Println("result:", err)
	fmt.Println("temporary:", errors.Is(err, ErrTemporary))
	var ne *NetError
	fmt.Println("as NetError:", errors.As(err, &ne), ne.Op)
}
