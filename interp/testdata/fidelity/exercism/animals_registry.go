package main

import (
	"fmt"
	"sort"
	"strings"
	"sync"
)

type Animal interface {
	Sound() string
	Name() string
}

type base struct{ name string }

func (b base) Name() string { return b.name }

type Dog struct {
	base
	tricks []string
}

func (d *Dog) Sound() string { return "woof" }
func (d *Dog) String() string {
	return fmt.Sprintf("Dog(%s, %d tricks)", d.name, len(d.tricks))
}

type Cat struct{ base }

func (Cat) Sound() string { return "meow" }

type Temp float64

func (t *Temp) String() string { return fmt.Sprintf("%.1f°", float64(*t)) }

type Registry struct {
	sync.Mutex
	animals map[string]Animal
}

func (r *Registry) Add(a Animal) {
	r.Lock()
	defer r.Unlock()
	if r.animals == nil {
		r.animals = make(map[string]Animal)
	}
	r.animals[a.Name()] = a
}

func (r *Registry) Names() []string {
	r.Lock()
	defer r.Unlock()
	var out []string
	for n := range r.animals {
		out = append(out, n)
	}
	sort.Strings(out)
	return out
}

type Logger struct {
	prefix string
	lines  []string
}

func (l *Logger) Logf(format string, args ...any) {
	l.lines = append(l.lines, l.prefix+fmt.Sprintf(format, args...))
}

type Service struct {
	*Logger
	Name string
}

func main() {
	d := Dog{base{"rex"}, []string{"sit", "roll"}}
	fmt.Println(d.Name(), d.Sound())
	fmt.Println(&d)
	fmt.Printf("%v | %s | %+v\n", &d, &d, d.base)
	c := Cat{base{"tom"}}
	animals := []Animal{&d, c, Cat{base{"kit"}}}
	for _, a := range animals {
		fmt.Printf("%-4s says %s (%T)\n", a.Name(), a.Sound(), a)
	}
	fmt.Println(animals[0])
	t := Temp(21.5)
	fmt.Println(&t, t)
	temps := []*Temp{&t}
	fmt.Println(temps[0], len(temps))
	var r Registry
	var wg sync.WaitGroup
	for _, a := range animals {
		wg.Add(1)
		go func() {
			defer wg.Done()
			r.Add(a)
		}()
	}
	wg.Wait()
	fmt.Println(r.Names())
	s := Service{&Logger{prefix: "[svc] "}, "api"}
	s.Logf("starting %s on %d", s.Name, 8080)
	s.Logf("ready")
	fmt.Println(strings.Join(s.lines, "\n"))
	var sounds []string
	for _, a := range animals {
		if st, ok := a.(fmt.Stringer); ok {
			sounds = append(sounds, "stringer:"+st.String())
			continue
		}
		sounds = append(sounds, a.Sound())
	}
	fmt.Println(sounds)
	type named interface{ Name() string }
	var n named = c
	if a, ok := n.(Animal); ok {
		fmt.Println("cat is an animal:", a.Sound())
	}
	_, isAnimal := n.(interface{ Fly() })
	fmt.Println(isAnimal)
}
