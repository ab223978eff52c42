package main

// The import rules that keep the layout's layers apart, checked on the
// module's import graph (production code; tests may import more, such as
// kernel's end-to-end tests, which run the real interpreter).

import (
	"os/exec"
	"slices"
	"strings"
	"testing"
)

const (
	modPath = "github.com/gopad/gopad"
	yaegi   = "github.com/traefik/yaegi"
	zeromq  = "github.com/go-zeromq"
)

// importRule forbids packages matching from to import packages matching
// any of forbid: through any chain of imports, or only directly when
// direct is set. A pattern ending in "/..." matches a path and everything
// under it; any other pattern matches one path exactly.
type importRule struct {
	from   string
	forbid []string
	direct bool
	why    string
}

var importRules = []importRule{
	{from: modPath + "/interp/source/...", forbid: []string{yaegi + "/...", modPath + "/interp", modPath + "/kernel/..."},
		why: "splitting and parsing cells is pure source work"},
	{from: modPath + "/interp/rewrite/...", forbid: []string{yaegi + "/...", modPath + "/interp", modPath + "/kernel/..."},
		why: "the rewrite passes are pure source to source"},
	// Direct only: a run-time table may name yaegi's types, and yaegi
	// itself parses.
	{from: modPath + "/interp/gopadrt/...", forbid: []string{"go/ast"}, direct: true,
		why: "run-time helpers work on values, not syntax"},
	{from: modPath + "/interp/pairs", forbid: []string{yaegi + "/...", modPath + "/interp/..."},
		why: "yaegi's pairs are read by reflection, with no tie to yaegi's own code"},
	{from: modPath + "/kernel/...", forbid: []string{modPath + "/interp/...", yaegi + "/..."},
		why: "the kernel knows the language only through kernel/engine"},
	{from: modPath + "/interp/...", forbid: []string{zeromq + "/..."},
		why: "the interpreter does not see sockets"},
}

// matches reports whether path matches pattern (see importRule).
func matches(pattern, path string) bool {
	if prefix, ok := strings.CutSuffix(pattern, "/..."); ok {
		return path == prefix || strings.HasPrefix(path, prefix+"/")
	}
	return path == pattern
}

// importViolations returns, for each package of graph (package → its
// direct imports) that breaks a rule, the chain of imports that breaks it.
func importViolations(graph map[string][]string, rules []importRule) []string {
	var out []string
	pkgs := make([]string, 0, len(graph))
	for p := range graph {
		pkgs = append(pkgs, p)
	}
	slices.Sort(pkgs)
	for _, r := range rules {
		for _, p := range pkgs {
			if !matches(r.from, p) {
				continue
			}
			if chain := forbiddenChain(graph, p, r); chain != nil {
				out = append(out, strings.Join(chain, " → ")+" ("+r.why+")")
			}
		}
	}
	return out
}

// forbiddenChain returns a shortest chain of imports from p to a package
// rule r forbids, or nil.
func forbiddenChain(graph map[string][]string, p string, r importRule) []string {
	prev := map[string]string{p: ""}
	queue := []string{p}
	for len(queue) > 0 {
		cur := queue[0]
		queue = queue[1:]
		for _, imp := range graph[cur] {
			if _, seen := prev[imp]; seen {
				continue
			}
			prev[imp] = cur
			if slices.ContainsFunc(r.forbid, func(f string) bool { return matches(f, imp) }) {
				var chain []string
				for at := imp; at != ""; at = prev[at] {
					chain = append([]string{at}, chain...)
				}
				return chain
			}
			if !r.direct {
				queue = append(queue, imp)
			}
		}
	}
	return nil
}

// moduleGraph returns the import graph of the module's packages and
// everything they import, as the go command sees it.
func moduleGraph(t *testing.T) map[string][]string {
	t.Helper()
	out, err := exec.Command("go", "list", "-deps", "-f", "{{.ImportPath}}{{range .Imports}} {{.}}{{end}}", "./...").Output()
	if err != nil {
		t.Fatalf("go list: %v", err)
	}
	graph := map[string][]string{}
	for _, line := range strings.Split(strings.TrimSpace(string(out)), "\n") {
		f := strings.Fields(line)
		graph[f[0]] = f[1:]
	}
	return graph
}

// TestImportRules: no package of the module breaks a layout rule.
func TestImportRules(t *testing.T) {
	graph := moduleGraph(t)
	for _, p := range []string{modPath + "/kernel", modPath + "/interp", modPath + "/kernel/engine/remote"} {
		if _, ok := graph[p]; !ok {
			t.Fatalf("go list did not report %s: the graph is incomplete", p)
		}
	}
	for _, v := range importViolations(graph, importRules) {
		t.Error(v)
	}
}

// TestImportRulesCatchViolations: the checker finds direct and indirect
// breaks of each rule in a made-up graph, and lets a clean one pass.
func TestImportRulesCatchViolations(t *testing.T) {
	m := func(p string) string { return modPath + "/" + p }
	graph := map[string][]string{
		m("interp/source"):       {"go/parser", m("interp/source/split")},
		m("interp/source/split"): {m("interp")},
		m("interp"):              {yaegi + "/interp", m("kernel/engine")},
		m("interp/rewrite"):      {yaegi + "/interp"},
		m("interp/gopadrt"):      {"go/ast"},
		m("interp/modules"):      {zeromq + "/zmq4"},
		m("kernel"):              {m("kernel/engine"), m("kernel/wire")},
		m("kernel/wire"):         {m("interp/display")},
		m("kernel/engine"):       {"context"},
		yaegi + "/interp":        {"go/ast"},
	}
	want := []string{
		m("interp/source") + " → " + m("interp/source/split") + " → " + m("interp"),
		m("interp/source/split") + " → " + m("interp"),
		m("interp/rewrite") + " → " + yaegi + "/interp",
		m("interp/gopadrt") + " → go/ast",
		m("kernel") + " → " + m("kernel/wire") + " → " + m("interp/display"),
		m("kernel/wire") + " → " + m("interp/display"),
		m("interp/modules") + " → " + zeromq + "/zmq4",
	}
	got := importViolations(graph, importRules)
	for _, w := range want {
		if !slices.ContainsFunc(got, func(g string) bool { return strings.HasPrefix(g, w+" (") }) {
			t.Errorf("missed %s", w)
		}
	}
	if len(got) != len(want) {
		t.Errorf("got %d violations, want %d:\n%s", len(got), len(want), strings.Join(got, "\n"))
	}

	// interp reaches go/ast only through yaegi: allowed for gopadrt's
	// direct rule, and interp itself has no such rule.
	clean := map[string][]string{
		m("interp/gopadrt"): {yaegi + "/interp"},
		yaegi + "/interp":   {"go/ast"},
		m("kernel"):         {m("kernel/engine")},
		m("interp/source"):  {"go/parser", "go/ast"},
	}
	if v := importViolations(clean, importRules); len(v) > 0 {
		t.Errorf("a clean graph broke rules: %q", v)
	}
}
