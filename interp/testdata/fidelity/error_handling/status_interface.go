package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type StatusCoder interface {
	StatusCode() int
}

type NotFound struct{ What string }

func (e NotFound) Error() string   { return e.What + " not found" }
func (e NotFound) StatusCode() int { return 404 }

type Forbidden struct {
	User   string
	Action string
}

func (e *Forbidden) Error() string   { return fmt.Sprintf("%s may not %s", e.User, e.Action) }
func (e *Forbidden) StatusCode() int { return 403 }

type RateLimited int

func (r RateLimited) Error() string   { return fmt.Sprintf("rate limited for %ds", int(r)) }
func (r RateLimited) StatusCode() int { return 429 }

func status(err error) int {
	var sc StatusCoder
	if errors.As(err, &sc) {
		return sc.StatusCode()
	}
	if err != nil {
		return 500
	}
	return 200
}

func handle(path, user string) error {
	switch {
	case strings.HasPrefix(path, "/admin") && user != "root":
		return fmt.Errorf("handle %s: %w", path, &Forbidden{user, "view admin"})
	case path == "/missing":
		return fmt.Errorf("handle: %w", NotFound{"page " + path})
	case user == "spammer":
		return RateLimited(30)
	case path == "/crash":
		return errors.New("nil map write")
	}
	return nil
}

func main() {
	reqs := [][2]string{{"/", "ann"}, {"/admin/users", "bob"}, {"/admin", "root"}, {"/missing", "ann"}, {"/x", "spammer"}, {"/crash", "ann"}}
	counts := map[int]int{}
	for _, r := range reqs {
		err := handle(r[0], r[1])
		code := status(err)
		counts[code]++
		fmt.Printf("%-13s %-8s %d %v\n", r[0], r[1], code, err)
		switch e := errors.Unwrap(err).(type) {
		case *Forbidden:
			fmt.Println("   forbidden action:", e.Action)
		case NotFound:
			fmt.Println("   missing:", e.What)
		case nil:
		default:
			fmt.Printf("   other %T\n", e)
		}
	}
	var codes []int
	for c := range counts {
		codes = append(codes, c)
	}
	sort.Ints(codes)
	for _, c := range codes {
		fmt.Printf("%d x%d\n", c, counts[c])
	}
	var sc StatusCoder = RateLimited(5)
	if err, ok := sc.(error); ok {
		fmt.Println("also an error:", err)
	}
}
