package main

import (
	"fmt"
	"sort"
	"strings"
)

type Clock struct {
	now    int
	timers []*Timer
	nextID int
	fired  []string
}

type Timer struct {
	id       int
	at       int
	every    int
	name     string
	fn       func(now int)
	canceled bool
}

func (c *Clock) After(d int, name string, fn func(int)) *Timer {
	c.nextID++
	t := &Timer{id: c.nextID, at: c.now + d, name: name, fn: fn}
	c.timers = append(c.timers, t)
	return t
}

func (c *Clock) Every(d int, name string, fn func(int)) *Timer {
	t := c.After(d, name, fn)
	t.every = d
	return t
}

func (t *Timer) Stop() bool {
	was := !t.canceled
	t.canceled = true
	return was
}

func (c *Clock) Advance(d int) {
	end := c.now + d
	for {
		sort.SliceStable(c.timers, func(i, j int) bool {
			if c.timers[i].at != c.timers[j].at {
				return c.timers[i].at < c.timers[j].at
			}
			return c.timers[i].id < c.timers[j].id
		})
		if len(c.timers) == 0 || c.timers[0].at > end {
			break
		}
		t := c.timers[0]
		c.timers = c.timers[1:]
		if t.canceled {
			continue
		}
		c.now = t.at
		c.fired = append(c.fired, fmt.Sprintf("%d:%s", c.now, t.name))
		t.fn(c.now)
		if t.every > 0 && !t.canceled {
			t.at += t.every
			c.timers = append(c.timers, t)
		}
	}
	c.now = end
}

func main() {
	c := &Clock{}
	beats := 0
	hb := c.Every(10, "heartbeat", func(now int) { beats++ })
	var log []string
	c.After(25, "timeout", func(now int) {
		log = append(log, fmt.Sprintf("timeout at %d", now))
		c.After(5, "retry", func(now int) { log = append(log, fmt.Sprintf("retry at %d", now)) })
	})
	cancelMe := c.After(40, "never", func(int) { log = append(log, "should not run") })
	c.Every(15, "poll", func(now int) {
		if now >= 45 {
			log = append(log, fmt.Sprintf("poll done at %d", now))
		}
	})
	c.Advance(30)
	fmt.Println("now", c.now, "beats", beats)
	fmt.Println(cancelMe.Stop(), cancelMe.Stop())
	c.Advance(30)
	fmt.Println("stop heartbeat:", hb.Stop())
	c.Advance(40)
	fmt.Println("now", c.now, "beats", beats)
	fmt.Println(strings.Join(log, "; "))
	for i := 0; i < len(c.fired); i += 6 {
		end := i + 6
		if end > len(c.fired) {
			end = len(c.fired)
		}
		fmt.Println(c.fired[i:end])
	}
	fmt.Println("pending timers:", len(c.timers))
}
