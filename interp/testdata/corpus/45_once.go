package main

import (
	"fmt"
	"sync"
)

type Config struct{ Name string }

var (
	once   sync.Once
	config *Config
	loads  int
)

func getConfig() *Config {
	once.Do(func() {
		loads++
		config = &Config{Name: "prod"}
	})
	return config
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			getConfig()
		}()
	}
	wg.Wait()
	fmt.Println(getConfig().Name, "loaded", loads, "time(s)")

	var o sync.Once
	for i := 0; i < 3; i++ {
		o.Do(func() { fmt.Println("only once, i =", i) })
	}
}
