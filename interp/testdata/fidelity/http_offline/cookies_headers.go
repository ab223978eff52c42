package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
	"time"
)

const sessionCookie = "session_id"

func login(w http.ResponseWriter, r *http.Request) {
	user := r.FormValue("user")
	if user == "" {
		http.Error(w, "missing user", http.StatusBadRequest)
		return
	}
	http.SetCookie(w, &http.Cookie{
		Name:     sessionCookie,
		Value:    "sess-" + strings.ToLower(user),
		Path:     "/",
		Expires:  time.Date(2030, 1, 1, 0, 0, 0, 0, time.UTC),
		HttpOnly: true,
		Secure:   true,
		SameSite: http.SameSiteLaxMode,
	})
	http.SetCookie(w, &http.Cookie{Name: "theme", Value: "dark", MaxAge: 3600})
	fmt.Fprintf(w, "welcome %s", user)
}

func whoami(w http.ResponseWriter, r *http.Request) {
	c, err := r.Cookie(sessionCookie)
	if err == http.ErrNoCookie {
		w.WriteHeader(http.StatusUnauthorized)
		fmt.Fprint(w, "no session")
		return
	}
	theme := "light"
	if t, err := r.Cookie("theme"); err == nil {
		theme = t.Value
	}
	w.Header().Set("Cache-Control", "no-store")
	w.Header().Add("Vary", "Cookie")
	w.Header().Add("Vary", "Accept-Encoding")
	fmt.Fprintf(w, "you are %s (theme %s)", strings.TrimPrefix(c.Value, "sess-"), theme)
}

func logout(w http.ResponseWriter, r *http.Request) {
	http.SetCookie(w, &http.Cookie{Name: sessionCookie, Value: "", Path: "/", MaxAge: -1})
	w.WriteHeader(http.StatusNoContent)
}

func main() {
	rec := httptest.NewRecorder()
	req := httptest.NewRequest("POST", "/login", strings.NewReader("user=Alice"))
	req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
	login(rec, req)
	fmt.Println(rec.Code, rec.Body.String())
	for _, sc := range rec.Header()["Set-Cookie"] {
		fmt.Println("Set-Cookie:", sc)
	}
	cookies := rec.Result().Cookies()
	for _, c := range cookies {
		fmt.Printf("parsed: %s=%s httponly=%v secure=%v maxage=%d samesite=%v\n", c.Name, c.Value, c.HttpOnly, c.Secure, c.MaxAge, c.SameSite)
	}

	req2 := httptest.NewRequest("GET", "/whoami", nil)
	for _, c := range cookies {
		req2.AddCookie(c)
	}
	fmt.Println("Cookie header:", req2.Header.Get("Cookie"))
	rec2 := httptest.NewRecorder()
	whoami(rec2, req2)
	fmt.Println(rec2.Code, rec2.Body.String())
	keys := make([]string, 0)
	for k := range rec2.Header() {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	for _, k := range keys {
		fmt.Printf("  %s: %s\n", k, strings.Join(rec2.Header()[k], ", "))
	}

	rec3 := httptest.NewRecorder()
	whoami(rec3, httptest.NewRequest("GET", "/whoami", nil))
	fmt.Println(rec3.Code, rec3.Body.String())

	rec4 := httptest.NewRecorder()
	logout(rec4, httptest.NewRequest("POST", "/logout", nil))
	fmt.Println(rec4.Code, rec4.Header().Get("Set-Cookie"))

	h := http.Header{}
	h.Set("content-type", "text/html")
	h.Add("X-Multi", "a")
	h.Add("x-multi", "b")
	fmt.Println(h.Get("Content-Type"), h.Values("X-Multi"), len(h))
	h2 := h.Clone()
	h2.Del("X-Multi")
	fmt.Println(len(h), len(h2))
	var sb strings.Builder
	h.Write(&sb)
	fmt.Print(sb.String())

	parsed, err := http.ParseCookie("a=1; b=two; c=\"three\"")
	fmt.Println(len(parsed), err)
	for _, c := range parsed {
		fmt.Println(c.Name, c.Value, c.Quoted)
	}
	c := &http.Cookie{Name: "bad name", Value: "x"}
	fmt.Printf("%q %v\n", c.String(), c.Valid())
}
