package main

import (
	"context"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
)

type ctxKey int

const (
	userKey ctxKey = iota
	requestIDKey
)

type User struct {
	Name  string
	Roles []string
}

func (u *User) Has(role string) bool {
	for _, r := range u.Roles {
		if r == role {
			return true
		}
	}
	return false
}

var users = map[string]*User{
	"tok-admin": {Name: "root", Roles: []string{"admin", "user"}},
	"tok-bob":   {Name: "bob", Roles: []string{"user"}},
}

func withRequestID(next http.Handler) http.Handler {
	n := 0
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		n++
		id := fmt.Sprintf("req-%03d", n)
		w.Header().Set("X-Request-ID", id)
		next.ServeHTTP(w, r.WithContext(context.WithValue(r.Context(), requestIDKey, id)))
	})
}

func withUser(next http.Handler) http.Handler {
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		tok := r.Header.Get("X-Token")
		if u, ok := users[tok]; ok {
			r = r.WithContext(context.WithValue(r.Context(), userKey, u))
		}
		next.ServeHTTP(w, r)
	})
}

func userFrom(ctx context.Context) (*User, bool) {
	u, ok := ctx.Value(userKey).(*User)
	return u, ok
}

func requireRole(role string, h http.HandlerFunc) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		u, ok := userFrom(r.Context())
		if !ok {
			http.Error(w, "login required", http.StatusUnauthorized)
			return
		}
		if !u.Has(role) {
			http.Error(w, fmt.Sprintf("%s lacks role %s", u.Name, role), http.StatusForbidden)
			return
		}
		h(w, r)
	}
}

func main() {
	mux := http.NewServeMux()
	mux.HandleFunc("/profile", requireRole("user", func(w http.ResponseWriter, r *http.Request) {
		u, _ := userFrom(r.Context())
		fmt.Fprintf(w, "profile of %s, roles %s [%v]", u.Name, strings.Join(u.Roles, "+"), r.Context().Value(requestIDKey))
	}))
	mux.HandleFunc("/admin", requireRole("admin", func(w http.ResponseWriter, r *http.Request) {
		fmt.Fprintf(w, "admin panel [%v]", r.Context().Value(requestIDKey))
	}))
	mux.HandleFunc("/cancel", func(w http.ResponseWriter, r *http.Request) {
		ctx, cancel := context.WithCancel(r.Context())
		cancel()
		select {
		case <-ctx.Done():
			http.Error(w, ctx.Err().Error(), http.StatusRequestTimeout)
		default:
			fmt.Fprint(w, "not cancelled")
		}
	})
	app := withRequestID(withUser(mux))

	for _, c := range []struct{ path, token string }{
		{"/profile", "tok-bob"}, {"/profile", ""}, {"/admin", "tok-bob"}, {"/admin", "tok-admin"},
		{"/profile", "tok-admin"}, {"/cancel", ""},
	} {
		req := httptest.NewRequest("GET", c.path, nil)
		if c.token != "" {
			req.Header.Set("X-Token", c.token)
		}
		rec := httptest.NewRecorder()
		app.ServeHTTP(rec, req)
		fmt.Printf("%s %-9s %-10s %d %s\n", rec.Header().Get("X-Request-ID"), c.path, c.token, rec.Code, strings.TrimSpace(rec.Body.String()))
	}
	ctx := context.WithValue(context.Background(), userKey, "not a user")
	_, ok := userFrom(ctx)
	fmt.Println("wrong type ok:", ok, ctx.Value(requestIDKey) == nil)
}
