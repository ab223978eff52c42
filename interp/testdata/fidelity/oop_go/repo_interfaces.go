package main

import (
	"errors"
	"fmt"
	"sort"
)

type User struct {
	ID    int
	Name  string
	Email string
}

var ErrNotFound = errors.New("user not found")
var ErrDuplicate = errors.New("duplicate email")

type Reader interface {
	Get(id int) (User, error)
	List() []User
}

type Writer interface {
	Put(u User) (int, error)
	Delete(id int) error
}

type Repository interface {
	Reader
	Writer
}

type memRepo struct {
	next  int
	users map[int]User
}

func NewMemRepo() Repository {
	return &memRepo{next: 1, users: make(map[int]User)}
}

func (r *memRepo) Get(id int) (User, error) {
	u, ok := r.users[id]
	if !ok {
		return User{}, fmt.Errorf("get %d: %w", id, ErrNotFound)
	}
	return u, nil
}

func (r *memRepo) List() []User {
	out := make([]User, 0, len(r.users))
	for _, u := range r.users {
		out = append(out, u)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	return out
}

func (r *memRepo) Put(u User) (int, error) {
	for _, e := range r.users {
		if e.Email == u.Email && e.ID != u.ID {
			return 0, fmt.Errorf("put %s: %w", u.Email, ErrDuplicate)
		}
	}
	if u.ID == 0 {
		u.ID = r.next
		r.next++
	}
	r.users[u.ID] = u
	return u.ID, nil
}

func (r *memRepo) Delete(id int) error {
	if _, ok := r.users[id]; !ok {
		return fmt.Errorf("delete %d: %w", id, ErrNotFound)
	}
	delete(r.users, id)
	return nil
}

type loggingRepo struct {
	Repository
	calls []string
}

func (l *loggingRepo) Put(u User) (int, error) {
	id, err := l.Repository.Put(u)
	l.calls = append(l.calls, fmt.Sprintf("Put(%s)->%d,%v", u.Name, id, err != nil))
	return id, err
}

func main() {
	base := NewMemRepo()
	repo := &loggingRepo{Repository: base}
	for _, u := range []User{{Name: "ann", Email: "a@x"}, {Name: "bob", Email: "b@x"}, {Name: "ann2", Email: "a@x"}, {Name: "cy", Email: "c@x"}} {
		if _, err := repo.Put(u); err != nil {
			fmt.Println("error:", err, errors.Is(err, ErrDuplicate))
		}
	}
	fmt.Println(repo.List())
	if err := repo.Delete(2); err != nil {
		fmt.Println(err)
	}
	if err := repo.Delete(2); err != nil {
		fmt.Println(err, errors.Is(err, ErrNotFound))
	}
	_, err := repo.Get(7)
	fmt.Println(err)
	u, _ := repo.Get(3)
	u.Name = "cyril"
	repo.Put(u)
	for _, u := range repo.List() {
		fmt.Printf("%d %-6s %s\n", u.ID, u.Name, u.Email)
	}
	fmt.Println(repo.calls)
	var r Reader = repo
	_, isWriter := r.(Writer)
	fmt.Println("reader is writer:", isWriter, len(r.List()))
}
