package main

import (
	"fmt"
	"sort"
	"strings"
)

// TimeMap: key-value store with timestamps.
type TimeMap struct {
	data map[string][]entry
}

type entry struct {
	ts  int
	val string
}

func NewTimeMap() TimeMap { return TimeMap{data: map[string][]entry{}} }

func (t *TimeMap) Set(key, value string, ts int) {
	t.data[key] = append(t.data[key], entry{ts, value})
}

func (t *TimeMap) Get(key string, ts int) string {
	es := t.data[key]
	i := sort.Search(len(es), func(i int) bool { return es[i].ts > ts })
	if i == 0 {
		return ""
	}
	return es[i-1].val
}

// Twitter-lite with a global clock.
type Twitter struct {
	clock   int
	tweets  map[int][][2]int // user -> (time, id)
	follows map[int]map[int]struct{}
}

func NewTwitter() *Twitter {
	return &Twitter{tweets: map[int][][2]int{}, follows: map[int]map[int]struct{}{}}
}

func (t *Twitter) PostTweet(user, id int) {
	t.clock++
	t.tweets[user] = append(t.tweets[user], [2]int{t.clock, id})
}

func (t *Twitter) Follow(a, b int) {
	if t.follows[a] == nil {
		t.follows[a] = map[int]struct{}{}
	}
	t.follows[a][b] = struct{}{}
}

func (t *Twitter) Unfollow(a, b int) { delete(t.follows[a], b) }

func (t *Twitter) NewsFeed(user int) []int {
	all := append([][2]int{}, t.tweets[user]...)
	for f := range t.follows[user] {
		if f != user {
			all = append(all, t.tweets[f]...)
		}
	}
	sort.Slice(all, func(i, j int) bool { return all[i][0] > all[j][0] })
	var ids []int
	for i := 0; i < len(all) && i < 10; i++ {
		ids = append(ids, all[i][1])
	}
	return ids
}

type Logger struct{ last map[string]int }

func (l *Logger) ShouldPrint(ts int, msg string) bool {
	if l.last == nil {
		l.last = make(map[string]int)
	}
	if prev, ok := l.last[msg]; ok && ts-prev < 10 {
		return false
	}
	l.last[msg] = ts
	return true
}

func main() {
	tm := NewTimeMap()
	tm.Set("foo", "bar", 1)
	fmt.Printf("%q %q\n", tm.Get("foo", 1), tm.Get("foo", 3))
	tm.Set("foo", "bar2", 4)
	fmt.Printf("%q %q %q\n", tm.Get("foo", 4), tm.Get("foo", 5), tm.Get("foo", 0))

	tw := NewTwitter()
	tw.PostTweet(1, 5)
	fmt.Println(tw.NewsFeed(1))
	tw.Follow(1, 2)
	tw.PostTweet(2, 6)
	tw.PostTweet(1, 7)
	fmt.Println(tw.NewsFeed(1))
	tw.Unfollow(1, 2)
	fmt.Println(tw.NewsFeed(1), tw.NewsFeed(2), tw.NewsFeed(3) == nil)

	var lg Logger
	for _, c := range []struct {
		ts  int
		msg string
	}{{1, "foo"}, {2, "bar"}, {3, "foo"}, {8, "bar"}, {10, "foo"}, {11, "foo"}} {
		fmt.Printf("%2d %-4s %v\n", c.ts, c.msg, lg.ShouldPrint(c.ts, c.msg))
	}
	fmt.Println(strings.Repeat("=", 20))
}
