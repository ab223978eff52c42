package main

import (
	"fmt"
	"hash/fnv"
	"sort"
	"strings"
	"sync"
	"time"
)

type Event struct {
	User   string
	At     time.Time
	Action string
}

type Session struct {
	User       string
	Start, End time.Time
	Actions    []string
}

func (s Session) Duration() time.Duration { return s.End.Sub(s.Start) }

func (s Session) String() string {
	return fmt.Sprintf("%s[%s..%s %v %s]", s.User, s.Start.Format("15:04"), s.End.Format("15:04"), s.Duration(), strings.Join(s.Actions, ">"))
}

func shard(user string, n int) int {
	h := fnv.New32a()
	h.Write([]byte(user))
	return int(h.Sum32() % uint32(n))
}

func sessionize(events []Event, gap time.Duration) []Session {
	sort.SliceStable(events, func(i, j int) bool { return events[i].At.Before(events[j].At) })
	var out []Session
	open := map[string]*Session{}
	for _, e := range events {
		s, ok := open[e.User]
		if ok && e.At.Sub(s.End) > gap {
			out = append(out, *s)
			ok = false
		}
		if !ok {
			s = &Session{User: e.User, Start: e.At}
			open[e.User] = s
		}
		s.End = e.At
		s.Actions = append(s.Actions, e.Action)
	}
	for _, s := range open {
		out = append(out, *s)
	}
	return out
}

func parseEvents(src string, day time.Time) []Event {
	var evs []Event
	for _, ln := range strings.Split(strings.TrimSpace(src), "\n") {
		f := strings.Fields(ln)
		hm, _ := time.Parse("15:04", f[0])
		at := day.Add(time.Duration(hm.Hour())*time.Hour + time.Duration(hm.Minute())*time.Minute)
		evs = append(evs, Event{f[1], at, f[2]})
	}
	return evs
}

const src = `
09:00 ana login
09:02 bo login
09:05 ana search
09:07 cy login
09:20 ana view
09:58 ana buy
10:01 bo search
10:03 cy view
10:40 bo logout
11:00 ana login
11:01 dee login
11:02 dee search
11:45 cy buy
11:46 cy logout
12:30 dee view
`

func main() {
	day := time.Date(2024, 7, 1, 0, 0, 0, 0, time.UTC)
	events := parseEvents(src, day)
	const workers = 3
	shards := make([][]Event, workers)
	for _, e := range events {
		i := shard(e.User, workers)
		shards[i] = append(shards[i], e)
	}
	results := make([][]Session, workers)
	var wg sync.WaitGroup
	for i := range shards {
		wg.Add(1)
		go func() {
			defer wg.Done()
			results[i] = sessionize(shards[i], 30*time.Minute)
		}()
	}
	wg.Wait()
	var all []Session
	for i, r := range results {
		users := map[string]bool{}
		for _, s := range r {
			users[s.User] = true
		}
		fmt.Printf("shard %d: %d events, %d sessions, %d users\n", i, len(shards[i]), len(r), len(users))
		all = append(all, r...)
	}
	sort.Slice(all, func(i, j int) bool {
		if !all[i].Start.Equal(all[j].Start) {
			return all[i].Start.Before(all[j].Start)
		}
		return all[i].User < all[j].User
	})
	for _, s := range all {
		fmt.Println(s)
	}
	stats := map[string]struct {
		n     int
		total time.Duration
	}{}
	for _, s := range all {
		st := stats[s.User]
		st.n++
		st.total += s.Duration()
		stats[s.User] = st
	}
	users := make([]string, 0, len(stats))
	for u := range stats {
		users = append(users, u)
	}
	sort.Strings(users)
	for _, u := range users {
		st := stats[u]
		fmt.Printf("%-4s sessions=%d avg=%v\n", u, st.n, st.total/time.Duration(st.n))
	}
	converted := 0
	for _, s := range all {
		for _, a := range s.Actions {
			if a == "buy" {
				converted++
				break
			}
		}
	}
	fmt.Printf("conversion %d/%d = %.1f%%\n", converted, len(all), 100*float64(converted)/float64(len(all)))
	fmt.Printf("%v\n%+v\n", all[0], stats["ana"])
}
