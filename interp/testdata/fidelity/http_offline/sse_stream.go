package main

import (
	"bufio"
	"fmt"
	"net/http"
	"net/http/httptest"
	"strings"
	"time"
)

type event struct {
	id   int
	name string
	data string
}

func sseHandler(events []event) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		flusher, ok := w.(http.Flusher)
		if !ok {
			http.Error(w, "streaming unsupported", http.StatusInternalServerError)
			return
		}
		w.Header().Set("Content-Type", "text/event-stream")
		w.Header().Set("Cache-Control", "no-cache")
		last := r.Header.Get("Last-Event-ID")
		for _, e := range events {
			if last != "" && fmt.Sprint(e.id) <= last {
				continue
			}
			fmt.Fprintf(w, "id: %d\nevent: %s\n", e.id, e.name)
			for _, line := range strings.Split(e.data, "\n") {
				fmt.Fprintf(w, "data: %s\n", line)
			}
			fmt.Fprint(w, "\n")
			flusher.Flush()
		}
	}
}

func parseSSE(body string) []map[string]string {
	var out []map[string]string
	cur := map[string]string{}
	sc := bufio.NewScanner(strings.NewReader(body))
	for sc.Scan() {
		line := sc.Text()
		if line == "" {
			if len(cur) > 0 {
				out = append(out, cur)
				cur = map[string]string{}
			}
			continue
		}
		k, v, _ := strings.Cut(line, ": ")
		if prev, ok := cur[k]; ok && k == "data" {
			v = prev + "\n" + v
		}
		cur[k] = v
	}
	return out
}

func main() {
	events := []event{
		{1, "greeting", "hello"},
		{2, "update", "line one\nline two"},
		{3, "update", "{\"progress\": 50}"},
		{4, "done", "bye"},
	}
	h := sseHandler(events)
	rec := httptest.NewRecorder()
	h(rec, httptest.NewRequest("GET", "/events", nil))
	fmt.Println(rec.Code, rec.Header().Get("Content-Type"), rec.Flushed)
	fmt.Print(rec.Body.String())
	for _, ev := range parseSSE(rec.Body.String()) {
		fmt.Printf("parsed id=%s event=%s data=%q\n", ev["id"], ev["event"], ev["data"])
	}

	req := httptest.NewRequest("GET", "/events", nil)
	req.Header.Set("Last-Event-ID", "2")
	rec = httptest.NewRecorder()
	h(rec, req)
	fmt.Println("resumed:", len(parseSSE(rec.Body.String())))

	rc := http.NewResponseController(rec)
	fmt.Println("flush via controller:", rc.Flush())
	err := rc.SetWriteDeadline(time.Now().Add(time.Second))
	fmt.Println("deadline:", err)

	var plain struct{ http.ResponseWriter }
	plain.ResponseWriter = httptest.NewRecorder()
	h(plain, httptest.NewRequest("GET", "/events", nil))
	inner := plain.ResponseWriter.(*httptest.ResponseRecorder)
	fmt.Println(inner.Code, strings.TrimSpace(inner.Body.String()))
}
