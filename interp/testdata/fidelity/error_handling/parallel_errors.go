package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
)

type FetchError struct {
	URL    string
	Status int
}

func (e *FetchError) Error() string { return fmt.Sprintf("fetch %s: status %d", e.URL, e.Status) }

var ErrTimeout = errors.New("timeout")

func fetch(url string) (string, error) {
	switch {
	case strings.Contains(url, "slow"):
		return "", fmt.Errorf("fetch %s: %w", url, ErrTimeout)
	case strings.HasSuffix(url, "404"):
		return "", &FetchError{url, 404}
	case strings.HasSuffix(url, "500"):
		return "", &FetchError{url, 500}
	}
	return "<html>" + url + "</html>", nil
}

type result struct {
	body string
	err  error
}

func fetchAll(urls []string) ([]string, error) {
	results := make([]result, len(urls))
	var wg sync.WaitGroup
	for i, u := range urls {
		wg.Add(1)
		go func() {
			defer wg.Done()
			b, err := fetch(u)
			results[i] = result{b, err}
		}()
	}
	wg.Wait()
	var bodies []string
	var errs []error
	for _, r := range results {
		if r.err != nil {
			errs = append(errs, r.err)
			continue
		}
		bodies = append(bodies, r.body)
	}
	return bodies, errors.Join(errs...)
}

func firstError(urls []string) error {
	errc := make(chan error, len(urls))
	for _, u := range urls {
		go func() {
			_, err := fetch(u)
			errc <- err
		}()
	}
	var first error
	for range urls {
		if err := <-errc; err != nil && first == nil {
			first = err
		}
	}
	return first
}

func main() {
	bodies, err := fetchAll([]string{"a.io", "b.io/404", "slow.io", "c.io", "d.io/500"})
	fmt.Println(len(bodies), bodies)
	fmt.Println("errors:")
	for _, line := range strings.Split(err.Error(), "\n") {
		fmt.Println(" -", line)
	}
	var fe *FetchError
	if errors.As(err, &fe) {
		fmt.Println("first fetch error:", fe.URL, fe.Status)
	}
	fmt.Println("timeout among them:", errors.Is(err, ErrTimeout))
	var statuses []int
	for _, e := range err.(interface{ Unwrap() []error }).Unwrap() {
		if errors.As(e, &fe) {
			statuses = append(statuses, fe.Status)
		}
	}
	fmt.Println(statuses)

	_, err = fetchAll([]string{"x.io", "y.io"})
	fmt.Println("all ok:", err == nil)
	fmt.Println(firstError([]string{"ok.io", "ok2.io"}))
	err = firstError([]string{"only.io/404"})
	fmt.Println(err, errors.As(err, &fe) && fe.Status == 404)
}
