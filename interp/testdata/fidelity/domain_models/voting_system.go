package main

import (
	"errors"
	"fmt"
	"sort"
	"strings"
)

type Ballot []string // ranked preferences

var (
	ErrEmpty     = errors.New("empty ballot")
	ErrDuplicate = errors.New("duplicate candidate")
	ErrUnknown   = errors.New("unknown candidate")
)

type BallotError struct {
	Index int
	Err   error
}

func (e BallotError) Error() string { return fmt.Sprintf("ballot %d: %v", e.Index, e.Err) }
func (e BallotError) Unwrap() error { return e.Err }

type Election struct {
	Candidates map[string]bool
	Ballots    []Ballot
}

func (e *Election) Validate() ([]Ballot, error) {
	var ok []Ballot
	var errs []error
	for i, b := range e.Ballots {
		if err := e.check(b); err != nil {
			errs = append(errs, BallotError{i, err})
			continue
		}
		ok = append(ok, b)
	}
	return ok, errors.Join(errs...)
}

func (e *Election) check(b Ballot) error {
	if len(b) == 0 {
		return ErrEmpty
	}
	seen := map[string]bool{}
	for _, c := range b {
		if !e.Candidates[c] {
			return fmt.Errorf("%w %q", ErrUnknown, c)
		}
		if seen[c] {
			return fmt.Errorf("%w %q", ErrDuplicate, c)
		}
		seen[c] = true
	}
	return nil
}

func plurality(bs []Ballot) map[string]int {
	t := map[string]int{}
	for _, b := range bs {
		t[b[0]]++
	}
	return t
}

func instantRunoff(bs []Ballot, cands []string) (string, []string) {
	out := map[string]bool{}
	var rounds []string
	for {
		tally := map[string]int{}
		for _, c := range cands {
			if !out[c] {
				tally[c] = 0
			}
		}
		active := 0
		for _, b := range bs {
			for _, c := range b {
				if !out[c] {
					tally[c]++
					active++
					break
				}
			}
		}
		names := make([]string, 0, len(tally))
		for c := range tally {
			names = append(names, c)
		}
		sort.Slice(names, func(i, j int) bool {
			if tally[names[i]] != tally[names[j]] {
				return tally[names[i]] > tally[names[j]]
			}
			return names[i] < names[j]
		})
		var parts []string
		for _, n := range names {
			parts = append(parts, fmt.Sprintf("%s:%d", n, tally[n]))
		}
		rounds = append(rounds, strings.Join(parts, " "))
		if tally[names[0]]*2 > active || len(names) == 1 {
			return names[0], rounds
		}
		out[names[len(names)-1]] = true
	}
}

func main() {
	e := &Election{Candidates: map[string]bool{"alice": true, "bob": true, "carol": true, "dave": true}}
	raw := []string{
		"alice bob carol", "bob carol", "carol bob alice", "alice carol", "dave carol bob",
		"bob alice", "carol", "", "bob bob", "eve alice", "dave bob", "carol alice", "bob carol alice", "alice dave",
	}
	for _, r := range raw {
		e.Ballots = append(e.Ballots, Ballot(strings.Fields(r)))
	}
	valid, err := e.Validate()
	if err != nil {
		fmt.Println("invalid ballots:")
		fmt.Println(err)
		fmt.Println("empty:", errors.Is(err, ErrEmpty), "dup:", errors.Is(err, ErrDuplicate), "unknown:", errors.Is(err, ErrUnknown))
		var be BallotError
		if errors.As(err, &be) {
			fmt.Println("first bad ballot index:", be.Index)
		}
	}
	fmt.Println("valid:", len(valid))
	p := plurality(valid)
	fmt.Println("plurality:", p)
	winner, rounds := instantRunoff(valid, []string{"alice", "bob", "carol", "dave"})
	for i, r := range rounds {
		fmt.Printf("round %d: %s\n", i+1, r)
	}
	fmt.Println("IRV winner:", winner)
}
