package main

import (
	"fmt"
	"strings"
	"sync"
)

func loadConfig() map[string]string {
	fmt.Println("loading config once")
	return map[string]string{"mode": "fast"}
}

func main() {
	getConfig := sync.OnceValue(loadConfig)
	for i := 0; i < 3; i++ {
		fmt.Println(getConfig()["mode"])
	}
	parse := sync.OnceValues(func() (int, error) {
		fmt.Println("parsing")
		return 42, nil
	})
	v, err := parse()
	v2, _ := parse()
	fmt.Println(v, v2, err)

	var sb strings.Builder
	initOnce := sync.OnceFunc(func() { sb.WriteString("init;") })
	var wg sync.WaitGroup
	for range 5 {
		wg.Add(1)
		go func() { defer wg.Done(); initOnce() }()
	}
	wg.Wait()
	fmt.Println(sb.String())
}
