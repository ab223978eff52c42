package main

import (
	"fmt"
	"sync"
	"sync/atomic"
)

type Stats struct {
	requests atomic.Int64
	errors   atomic.Int32
	maxSeen  atomic.Int64
	healthy  atomic.Bool
}

func (s *Stats) observe(latency int64, failed bool) {
	s.requests.Add(1)
	if failed {
		s.errors.Add(1)
	}
	for {
		cur := s.maxSeen.Load()
		if latency <= cur || s.maxSeen.CompareAndSwap(cur, latency) {
			return
		}
	}
}

type Config struct {
	Name    string
	Workers int
}

type Server struct {
	cfg atomic.Pointer[Config]
}

func (s *Server) Reload(c *Config) *Config { return s.cfg.Swap(c) }

func main() {
	var st Stats
	st.healthy.Store(true)
	var wg sync.WaitGroup
	for i := 1; i <= 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			st.observe(int64(i*37%101), i%7 == 0)
		}(i)
	}
	wg.Wait()
	fmt.Println("requests", st.requests.Load(), "errors", st.errors.Load(), "max", st.maxSeen.Load(), "healthy", st.healthy.Load())
	fmt.Println(st.healthy.CompareAndSwap(true, false), st.healthy.Load(), st.healthy.Swap(true))

	var srv Server
	fmt.Println("initial nil:", srv.cfg.Load() == nil)
	old := srv.Reload(&Config{"v1", 4})
	fmt.Println(old == nil, srv.cfg.Load().Name)
	old = srv.Reload(&Config{"v2", 8})
	fmt.Println(old.Name, srv.cfg.Load().Name, srv.cfg.Load().Workers)

	var counter int64
	var u32 uint32
	var wg2 sync.WaitGroup
	for i := 0; i < 20; i++ {
		wg2.Add(1)
		go func() {
			defer wg2.Done()
			for j := 0; j < 100; j++ {
				atomic.AddInt64(&counter, 2)
				atomic.AddUint32(&u32, 1)
			}
		}()
	}
	wg2.Wait()
	fmt.Println(atomic.LoadInt64(&counter), atomic.LoadUint32(&u32))
	atomic.AddUint32(&u32, ^uint32(0))
	fmt.Println("decremented:", u32)
	fmt.Println(atomic.CompareAndSwapInt64(&counter, 4000, 1), counter)
	fmt.Println(atomic.SwapInt64(&counter, 99), counter)

	var v atomic.Value
	fmt.Println("empty value:", v.Load())
	v.Store([]string{"a", "b"})
	fmt.Println(v.Load().([]string))
	func() {
		defer func() { fmt.Println("recovered:", recover()) }()
		v.Store(42)
	}()

	var u atomic.Uint64
	u.Store(1 << 63)
	u.Add(1 << 63)
	fmt.Println("wrapped:", u.Load())
	var i32 atomic.Int32
	i32.Store(-5)
	fmt.Println(i32.Add(10), i32.And(4), i32.Or(3), i32.Load())
	var up atomic.Uintptr
	up.Store(7)
	fmt.Println(up.Load())
	ids := make(chan int64, 10)
	var seq atomic.Int64
	var wg3 sync.WaitGroup
	for i := 0; i < 10; i++ {
		wg3.Add(1)
		go func() { defer wg3.Done(); ids <- seq.Add(1) }()
	}
	wg3.Wait()
	close(ids)
	sum := int64(0)
	for id := range ids {
		sum += id
	}
	fmt.Println("ids sum:", sum)
}
