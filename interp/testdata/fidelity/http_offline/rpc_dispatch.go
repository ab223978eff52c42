package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"net/http"
	"net/http/httptest"
	"sort"
	"strings"
)

type Request struct {
	ID     int             `json:"id"`
	Method string          `json:"method"`
	Params json.RawMessage `json:"params"`
}

type Response struct {
	ID     int    `json:"id"`
	Result any    `json:"result,omitempty"`
	Error  *Error `json:"error,omitempty"`
}

type Error struct {
	Code    int    `json:"code"`
	Message string `json:"message"`
}

func (e *Error) Error() string { return fmt.Sprintf("rpc error %d: %s", e.Code, e.Message) }

type HandlerFunc func(params json.RawMessage) (any, error)

type RPC struct {
	methods map[string]HandlerFunc
}

func (r *RPC) Register(name string, h HandlerFunc) { r.methods[name] = h }

func (r *RPC) ServeHTTP(w http.ResponseWriter, req *http.Request) {
	var batch []Request
	dec := json.NewDecoder(req.Body)
	if err := dec.Decode(&batch); err != nil {
		w.WriteHeader(http.StatusBadRequest)
		json.NewEncoder(w).Encode(Response{Error: &Error{-32700, "parse error"}})
		return
	}
	out := make([]Response, 0, len(batch))
	for _, call := range batch {
		h, ok := r.methods[call.Method]
		if !ok {
			out = append(out, Response{ID: call.ID, Error: &Error{-32601, "method not found: " + call.Method}})
			continue
		}
		res, err := h(call.Params)
		var rerr *Error
		switch {
		case errors.As(err, &rerr):
			out = append(out, Response{ID: call.ID, Error: rerr})
		case err != nil:
			out = append(out, Response{ID: call.ID, Error: &Error{-32000, err.Error()}})
		default:
			out = append(out, Response{ID: call.ID, Result: res})
		}
	}
	w.Header().Set("Content-Type", "application/json")
	json.NewEncoder(w).Encode(out)
}

func main() {
	rpc := &RPC{methods: map[string]HandlerFunc{}}
	rpc.Register("add", func(p json.RawMessage) (any, error) {
		var nums []float64
		if err := json.Unmarshal(p, &nums); err != nil {
			return nil, &Error{-32602, "invalid params: " + err.Error()}
		}
		s := 0.0
		for _, n := range nums {
			s += n
		}
		return s, nil
	})
	rpc.Register("upper", func(p json.RawMessage) (any, error) {
		var args struct {
			Text string `json:"text"`
		}
		json.Unmarshal(p, &args)
		if args.Text == "" {
			return nil, errors.New("text required")
		}
		return map[string]string{"text": strings.ToUpper(args.Text)}, nil
	})
	rpc.Register("methods", func(json.RawMessage) (any, error) {
		names := make([]string, 0, len(rpc.methods))
		for n := range rpc.methods {
			names = append(names, n)
		}
		sort.Strings(names)
		return names, nil
	})

	body := `[{"id":1,"method":"add","params":[1,2,3.5]},
	{"id":2,"method":"upper","params":{"text":"hi"}},
	{"id":3,"method":"upper","params":{}},
	{"id":4,"method":"nope"},
	{"id":5,"method":"add","params":"x"},
	{"id":6,"method":"methods"}]`
	rec := httptest.NewRecorder()
	rpc.ServeHTTP(rec, httptest.NewRequest("POST", "/rpc", strings.NewReader(body)))
	fmt.Println(rec.Code)
	fmt.Print(rec.Body.String())

	var resps []Response
	json.Unmarshal(rec.Body.Bytes(), &resps)
	for _, r := range resps {
		if r.Error != nil {
			fmt.Printf("%d: %v\n", r.ID, r.Error)
		} else {
			fmt.Printf("%d: %v (%T)\n", r.ID, r.Result, r.Result)
		}
	}
	rec = httptest.NewRecorder()
	rpc.ServeHTTP(rec, httptest.NewRequest("POST", "/rpc", strings.NewReader("{")))
	fmt.Println(rec.Code, strings.TrimSpace(rec.Body.String()))
}
