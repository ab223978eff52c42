package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Base struct {
	ID   int
	Tags []string
}

func (b Base) Describe() string { return fmt.Sprintf("base#%d", b.ID) }
func (b *Base) Tag(t string)    { b.Tags = append(b.Tags, t) }
func (b Base) HasTag(t string) bool {
	for _, x := range b.Tags {
		if x == t {
			return true
		}
	}
	return false
}

type User struct {
	Base
	Name string
}

func (u User) Describe() string { return "user " + u.Name + " (" + u.Base.Describe() + ")" }

type Admin struct {
	*User
	Level int
}

type Describer interface{ Describe() string }

type SafeCounter struct {
	sync.Mutex
	counts map[string]int
}

func (c *SafeCounter) Inc(key string) {
	c.Lock()
	defer c.Unlock()
	c.counts[key]++
}

type Logger interface{ Log(string) }
type prefixLogger struct {
	prefix string
	out    *strings.Builder
}

func (p prefixLogger) Log(s string) { p.out.WriteString(p.prefix + s + "\n") }

type Service struct {
	Logger
	name string
}

func main() {
	u := User{Base{1, nil}, "ann"}
	u.Tag("new")
	u.Base.Tag("vip")
	fmt.Println(u.Describe(), u.HasTag("vip"), u.ID, u.Tags)
	a := Admin{&User{Base: Base{ID: 2}, Name: "root"}, 9}
	a.Tag("ops")
	fmt.Println(a.Describe(), a.Name, a.Level, a.Tags, a.User.Base.ID)
	things := []Describer{u, a, Base{ID: 3}, &u}
	for _, d := range things {
		fmt.Printf("%T: %s\n", d, d.Describe())
	}
	c := SafeCounter{counts: map[string]int{}}
	var wg sync.WaitGroup
	for i := 0; i < 50; i++ {
		wg.Add(1)
		go func(i int) {
			defer wg.Done()
			c.Inc([]string{"a", "b", "c"}[i%3])
		}(i)
	}
	wg.Wait()
	keys := make([]string, 0)
	for k := range c.counts {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Print(k, "=", c.counts[k], " ")
	}
	fmt.Println()
	var sb strings.Builder
	s := Service{prefixLogger{"[svc] ", &sb}, "billing"}
	s.Log("starting " + s.name)
	s.Logger.Log("ready")
	fmt.Print(sb.String())
	fmt.Printf("%+v\n", u)
}
