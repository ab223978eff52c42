package main

import (
	"errors"
	"fmt"
	"strings"
	"sync"
	"time"
)

type fetchResult struct {
	url  string
	size int
	err  error
}

var fakeWeb = map[string]string{
	"https://go.dev":          strings.Repeat("g", 120),
	"https://pkg.go.dev":      strings.Repeat("p", 80),
	"https://example.com":     "hello",
	"https://blog.golang.org": strings.Repeat("b", 42),
}

func fetch(url string) (int, error) {
	time.Sleep(time.Duration(len(url)) * time.Millisecond / 4)
	body, ok := fakeWeb[url]
	if !ok {
		return 0, fmt.Errorf("GET %s: %w", url, errNotFound)
	}
	return len(body), nil
}

var errNotFound = errors.New("404 not found")

func fetchAll(urls []string) []fetchResult {
	results := make([]fetchResult, len(urls))
	var wg sync.WaitGroup
	for i, u := range urls {
		wg.Add(1)
		go func(i int, u string) {
			defer wg.Done()
			n, err := fetch(u)
			results[i] = fetchResult{u, n, err}
		}(i, u)
	}
	wg.Wait()
	return results
}

func firstError(urls []string) error {
	errc := make(chan error, len(urls))
	for _, u := range urls {
		go func() {
			_, err := fetch(u)
			errc <- err
		}()
	}
	var errs []error
	for range urls {
		if err := <-errc; err != nil {
			errs = append(errs, err)
		}
	}
	if len(errs) == 0 {
		return nil
	}
	return fmt.Errorf("%d of %d failed", len(errs), len(urls))
}

func main() {
	urls := []string{"https://go.dev", "https://missing.example", "https://example.com", "https://pkg.go.dev"}
	total := 0
	for _, r := range fetchAll(urls) {
		if r.err != nil {
			fmt.Printf("%-26s error: %v (not found: %t)\n", r.url, r.err, errors.Is(r.err, errNotFound))
			continue
		}
		total += r.size
		fmt.Printf("%-26s %4d bytes\n", r.url, r.size)
	}
	fmt.Println("total:", total)
	fmt.Println(firstError(urls))
	fmt.Println(firstError(urls[:1]))

	timeout := time.After(2 * time.Second)
	done := make(chan string)
	go func() {
		time.Sleep(10 * time.Millisecond)
		done <- "work finished"
	}()
	select {
	case msg := <-done:
		fmt.Println(msg)
	case <-timeout:
		fmt.Println("timed out")
	}

	var mu sync.Mutex
	order := []int{}
	var wg sync.WaitGroup
	turn := make([]chan struct{}, 4)
	for i := range turn {
		turn[i] = make(chan struct{})
	}
	for i := 0; i < 4; i++ {
		wg.Add(1)
		go func(id int) {
			defer wg.Done()
			<-turn[id]
			mu.Lock()
			order = append(order, id)
			mu.Unlock()
			if id+1 < len(turn) {
				close(turn[id+1])
			}
		}(i)
	}
	close(turn[0])
	wg.Wait()
	fmt.Println("relay order:", order)
}
