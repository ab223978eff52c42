package main

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strconv"
	"strings"
	"time"
)

type Todo struct {
	ID        int        `json:"id"`
	Title     string     `json:"title"`
	Done      bool       `json:"done"`
	Tags      []string   `json:"tags,omitempty"`
	CreatedAt time.Time  `json:"created_at"`
	DoneAt    *time.Time `json:"done_at,omitempty"`
}

type apiError struct {
	Error string `json:"error"`
	Field string `json:"field,omitempty"`
}

type TodoAPI struct {
	todos  map[int]*Todo
	nextID int
	clock  func() time.Time
}

func writeJSON(w http.ResponseWriter, status int, v any) {
	w.Header().Set("Content-Type", "application/json")
	w.WriteHeader(status)
	enc := json.NewEncoder(w)
	enc.SetIndent("", "  ")
	enc.Encode(v)
}

func (a *TodoAPI) create(w http.ResponseWriter, r *http.Request) {
	var in struct {
		Title string   `json:"title"`
		Tags  []string `json:"tags"`
	}
	dec := json.NewDecoder(r.Body)
	dec.DisallowUnknownFields()
	if err := dec.Decode(&in); err != nil {
		var se *json.SyntaxError
		if errors.As(err, &se) {
			writeJSON(w, http.StatusBadRequest, apiError{Error: fmt.Sprintf("syntax error at byte %d", se.Offset)})
			return
		}
		writeJSON(w, http.StatusBadRequest, apiError{Error: err.Error()})
		return
	}
	if strings.TrimSpace(in.Title) == "" {
		writeJSON(w, http.StatusUnprocessableEntity, apiError{Error: "required", Field: "title"})
		return
	}
	a.nextID++
	t := &Todo{ID: a.nextID, Title: in.Title, Tags: in.Tags, CreatedAt: a.clock()}
	a.todos[t.ID] = t
	writeJSON(w, http.StatusCreated, t)
}

func (a *TodoAPI) list(w http.ResponseWriter, r *http.Request) {
	out := make([]*Todo, 0, len(a.todos))
	for _, t := range a.todos {
		if r.URL.Query().Get("done") == "true" && !t.Done {
			continue
		}
		out = append(out, t)
	}
	sort.Slice(out, func(i, j int) bool { return out[i].ID < out[j].ID })
	writeJSON(w, http.StatusOK, map[string]any{"count": len(out), "items": out})
}

func (a *TodoAPI) complete(w http.ResponseWriter, r *http.Request) {
	id, err := strconv.Atoi(r.PathValue("id"))
	if err != nil {
		writeJSON(w, http.StatusBadRequest, apiError{Error: "bad id", Field: "id"})
		return
	}
	t, ok := a.todos[id]
	if !ok {
		writeJSON(w, http.StatusNotFound, apiError{Error: "not found"})
		return
	}
	now := a.clock()
	t.Done, t.DoneAt = true, &now
	writeJSON(w, http.StatusOK, t)
}

func main() {
	base := time.Date(2024, 3, 1, 9, 0, 0, 0, time.UTC)
	tick := 0
	api := &TodoAPI{todos: map[int]*Todo{}, clock: func() time.Time {
		tick++
		return base.Add(time.Duration(tick) * time.Minute)
	}}
	mux := http.NewServeMux()
	mux.HandleFunc("POST /todos", api.create)
	mux.HandleFunc("GET /todos", api.list)
	mux.HandleFunc("POST /todos/{id}/complete", api.complete)

	call := func(method, path, body string) {
		req := httptest.NewRequest(method, path, bytes.NewBufferString(body))
		req.Header.Set("Content-Type", "application/json")
		rec := httptest.NewRecorder()
		mux.ServeHTTP(rec, req)
		fmt.Printf(">>> %s %s => %d %s\n%s", method, path, rec.Code, rec.Header().Get("Content-Type"), rec.Body.String())
	}
	call("POST", "/todos", `{"title":"write probes","tags":["go","test"]}`)
	call("POST", "/todos", `{"title":"fix bugs"}`)
	call("POST", "/todos", `{"title":"   "}`)
	call("POST", "/todos", `{"title": "x", "priority": 3}`)
	call("POST", "/todos", `{"title": "x",}`)
	call("POST", "/todos/1/complete", "")
	call("POST", "/todos/abc/complete", "")
	call("POST", "/todos/99/complete", "")
	call("GET", "/todos", "")
	call("GET", "/todos?done=true", "")

	var decoded struct {
		Count int    `json:"count"`
		Items []Todo `json:"items"`
	}
	rec := httptest.NewRecorder()
	mux.ServeHTTP(rec, httptest.NewRequest("GET", "/todos", nil))
	if err := json.Unmarshal(rec.Body.Bytes(), &decoded); err != nil {
		fmt.Println("decode:", err)
	}
	for _, t := range decoded.Items {
		fmt.Println(t.ID, t.Title, t.Done, t.CreatedAt.Format(time.Kitchen), t.DoneAt != nil)
	}
}
