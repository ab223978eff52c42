package main

import (
	"fmt"
	"strings"
	"time"
)

type Request struct {
	ID      int
	Arrival time.Duration
}

type Outcome struct {
	Req     Request
	Start   time.Duration
	Dropped bool
}

func (o Outcome) String() string {
	if o.Dropped {
		return fmt.Sprintf("#%d dropped at %v", o.Req.ID, o.Req.Arrival)
	}
	return fmt.Sprintf("#%d arrived %v served %v (waited %v)", o.Req.ID, o.Req.Arrival, o.Start, o.Start-o.Req.Arrival)
}

// LeakyBucket serves one request per interval, queueing at most cap requests.
type LeakyBucket struct {
	Interval time.Duration
	Cap      int
	queue    []Request
	nextFree time.Duration
}

func (lb *LeakyBucket) Simulate(reqs []Request) []Outcome {
	var out []Outcome
	for _, r := range reqs {
		// drain everything served before this arrival
		for len(lb.queue) > 0 && lb.nextFree <= r.Arrival {
			q := lb.queue[0]
			lb.queue = lb.queue[1:]
			out = append(out, Outcome{Req: q, Start: lb.nextFree})
			lb.nextFree += lb.Interval
		}
		if len(lb.queue) == 0 && lb.nextFree <= r.Arrival {
			lb.nextFree = r.Arrival
		}
		if len(lb.queue) >= lb.Cap {
			out = append(out, Outcome{Req: r, Dropped: true})
			continue
		}
		lb.queue = append(lb.queue, r)
	}
	for _, q := range lb.queue {
		out = append(out, Outcome{Req: q, Start: lb.nextFree})
		lb.nextFree += lb.Interval
	}
	lb.queue = nil
	return out
}

func main() {
	ms := time.Millisecond
	var reqs []Request
	arrivals := []int{0, 10, 20, 30, 40, 50, 400, 410, 900, 901, 902, 903, 904}
	for i, a := range arrivals {
		reqs = append(reqs, Request{ID: i + 1, Arrival: time.Duration(a) * ms})
	}
	lb := &LeakyBucket{Interval: 100 * ms, Cap: 3}
	outs := lb.Simulate(reqs)
	served, dropped := 0, 0
	var maxWait time.Duration
	for _, o := range outs {
		fmt.Println(o)
		if o.Dropped {
			dropped++
			continue
		}
		served++
		maxWait = max(maxWait, o.Start-o.Req.Arrival)
	}
	fmt.Printf("served=%d dropped=%d maxWait=%v\n", served, dropped, maxWait)
	hist := map[int]int{}
	for _, o := range outs {
		if !o.Dropped {
			hist[int(o.Start/(250*ms))]++
		}
	}
	for b := 0; b <= 5; b++ {
		fmt.Printf("[%4v,%4v) %s\n", time.Duration(b)*250*ms, time.Duration(b+1)*250*ms, strings.Repeat("#", hist[b]))
	}
	fmt.Printf("%v %s %d\n", outs[0], 1500*time.Microsecond, len(outs))
}
