package main

import (
	"fmt"
	"sync"
)

type Config struct {
	mu     sync.RWMutex
	values map[string]string
}

var (
	cfg     *Config
	cfgOnce sync.Once
	loads   int
)

func getConfig() *Config {
	cfgOnce.Do(func() {
		loads++
		cfg = &Config{values: map[string]string{"env": "prod"}}
	})
	return cfg
}

func (c *Config) Get(k string) string {
	c.mu.RLock()
	defer c.mu.RUnlock()
	return c.values[k]
}

func (c *Config) Set(k, v string) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.values[k] = v
}

func main() {
	var wg sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			_ = getConfig().Get("env")
		}()
	}
	wg.Wait()
	getConfig().Set("env", "dev")
	fmt.Println(loads, getConfig().Get("env"))
}
