package main

import (
	"fmt"
	"sort"
	"strings"
)

// LeetCode 690 (employee importance) with a small class hierarchy:
// every kind of staff embeds *Person, whose methods have pointer receivers.

type Staff interface {
	ID() int
	Importance() int
	Reports() []int
}

type Person struct {
	id, importance int
	reports        []int
}

func (p *Person) ID() int         { return p.id }
func (p *Person) Importance() int { return p.importance }
func (p *Person) Reports() []int  { return p.reports }

type Engineer struct {
	*Person
	Lang string
}

type Manager struct {
	*Person
	Team string
}

type Contractor struct {
	*Person
	Agency string
}

func (c Contractor) Importance() int { return c.Person.Importance() / 2 }

func total(staff map[int]Staff, id int) int {
	s := staff[id]
	sum := s.Importance()
	for _, r := range s.Reports() {
		sum += total(staff, r)
	}
	return sum
}

func describe(s Staff) string {
	switch v := s.(type) {
	case Manager:
		return fmt.Sprintf("manager of %s", v.Team)
	case Engineer:
		return fmt.Sprintf("engineer (%s)", v.Lang)
	case Contractor:
		return "contractor via " + v.Agency
	}
	return "unknown"
}

func main() {
	staff := map[int]Staff{
		1: Manager{&Person{1, 5, []int{2, 3}}, "platform"},
		2: Engineer{&Person{2, 3, nil}, "Go"},
		3: Manager{&Person{3, 3, []int{4, 5}}, "data"},
		4: Engineer{&Person{4, 2, nil}, "SQL"},
		5: Contractor{&Person{5, 8, nil}, "Acme"},
	}
	ids := make([]int, 0, len(staff))
	for id := range staff {
		ids = append(ids, id)
	}
	sort.Ints(ids)
	for _, id := range ids {
		s := staff[id]
		fmt.Printf("%d: %-22s importance %d, total %d\n", id, describe(s), s.Importance(), total(staff, id))
	}

	if m, ok := staff[3].(Manager); ok {
		m.Team = strings.ToUpper(m.Team)
		m.importance = 10
		fmt.Println("copy's team:", m.Team, "original:", describe(staff[3]), "shared importance:", staff[3].Importance())
	}
	_, isEng := staff[1].(Engineer)
	fmt.Println("1 is an engineer:", isEng)
	c := staff[5].(Contractor)
	fmt.Println(c.Agency, c.ID(), c.Importance(), c.Person.Importance())
}
