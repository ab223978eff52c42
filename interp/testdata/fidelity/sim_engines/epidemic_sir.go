package main

import (
	"fmt"
	"math"
	"math/rand"
	"strings"
)

type Status byte

const (
	S Status = 'S'
	I Status = 'I'
	R Status = 'R'
)

type Person struct {
	status   Status
	sickDays int
	contacts []int
}

type Model struct {
	people   []Person
	beta     float64
	duration int
	rng      *rand.Rand
}

func NewModel(n, k int, seed int64) *Model {
	rng := rand.New(rand.NewSource(seed))
	m := &Model{people: make([]Person, n), beta: 0.12, duration: 5, rng: rng}
	for i := range m.people {
		m.people[i].status = S
		for j := 1; j <= k/2; j++ {
			m.people[i].contacts = append(m.people[i].contacts, (i+j)%n, (i-j+n)%n)
		}
		if rng.Float64() < 0.05 {
			m.people[i].contacts = append(m.people[i].contacts, rng.Intn(n))
		}
	}
	return m
}

func (m *Model) Step() {
	var newly []int
	for _, p := range m.people {
		if p.status != I {
			continue
		}
		for _, c := range p.contacts {
			if m.people[c].status == S && m.rng.Float64() < m.beta {
				newly = append(newly, c)
			}
		}
	}
	for i := range m.people {
		p := &m.people[i]
		if p.status == I {
			p.sickDays++
			if p.sickDays >= m.duration {
				p.status = R
			}
		}
	}
	for _, i := range newly {
		if m.people[i].status == S {
			m.people[i].status = I
		}
	}
}

func (m *Model) Count() (s, i, r int) {
	for _, p := range m.people {
		switch p.status {
		case S:
			s++
		case I:
			i++
		case R:
			r++
		}
	}
	return
}

func main() {
	m := NewModel(200, 6, 2024)
	m.people[0].status = I
	m.people[100].status = I
	peak, peakDay := 0, 0
	for day := 0; day <= 60; day++ {
		s, i, r := m.Count()
		if i > peak {
			peak, peakDay = i, day
		}
		if day%5 == 0 {
			bar := strings.Repeat("#", i/4)
			fmt.Printf("day %2d S=%3d I=%3d R=%3d %s\n", day, s, i, r, bar)
		}
		if i == 0 {
			fmt.Println("epidemic over on day", day)
			break
		}
		m.Step()
	}
	s, _, r := m.Count()
	fmt.Printf("peak %d on day %d; attack rate %.1f%%; never infected %d\n", peak, peakDay, 100*float64(r)/200, s)
	fmt.Printf("R0 estimate %.2f\n", m.beta*6*float64(m.duration)*math.Pow(1-m.beta, 0))
	var line []byte
	for _, p := range m.people[:60] {
		line = append(line, byte(p.status))
	}
	fmt.Println(string(line))
}
