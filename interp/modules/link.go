package modules

import (
	"bytes"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
)

// linkPackages links the third-party packages of pkgs (in dependency
// order) into the GOPATH, or records why they cannot be interpreted.
// Packages with errors (such as a module missing from the session) are
// left alone, for a later fetch. With report, the packages that cannot be
// interpreted are listed on stderr (else the caller's ImportError says it).
func (m *Manager) linkPackages(pkgs []*goPackage, stderr io.Writer, report bool) {
	reasons := map[string]string{} // packages that cannot be interpreted
	broken := map[string]bool{}    // packages with errors
	var problems []string
	for _, p := range pkgs {
		if p.Standard || !NeedsFetch(p.ImportPath) || (p.Module != nil && p.Module.Main) {
			continue
		}
		reason := m.problemOf(p)
		if reason == "" && p.Error != nil {
			broken[p.ImportPath] = true
			continue
		}
		for _, imp := range p.Imports {
			if reason != "" {
				break
			}
			if r, ok := reasons[imp]; ok {
				reason = "imports " + imp + ", which " + strings.TrimSuffix(r, ",") + ","
			} else if broken[imp] {
				broken[p.ImportPath] = true
			}
		}
		if broken[p.ImportPath] && reason == "" {
			continue
		}
		if reason != "" {
			reasons[p.ImportPath] = reason
		}
		changed, err := m.link(p, reason)
		if err != nil {
			fmt.Fprintf(stderr, "gopad: linking %s: %v\n", p.ImportPath, err)
			continue
		}
		if reason != "" && report {
			problems = append(problems, p.ImportPath)
		}
		if changed && reason == "" {
			m.noteLinked(p, stderr)
		}
	}
	sort.Strings(problems)
	for _, p := range problems {
		fmt.Fprintf(stderr, "gopad: %s cannot be interpreted: it %s\n", p, strings.TrimSuffix(reasons[p], ","))
	}
}

// noteLinked tells the user what they may not expect of a package whose
// files were just linked.
func (m *Manager) noteLinked(p *goPackage, stderr io.Writer) {
	if pureGoByTags(p) {
		fmt.Fprintf(stderr, "gopad: %s: using its pure-Go code (build tags %s) instead of its assembly\n", p.ImportPath, strings.ReplaceAll(buildTags, ",", ", "))
	}
	if m.imported(p.ImportPath) {
		fmt.Fprintf(stderr, "gopad: %s changed (%s); this session already imported it: %%reset to use the new version\n", p.ImportPath, moduleVersion(p))
	}
}

// linkEntry is one file of a package's GoPath/src folder.
type linkEntry struct {
	target string // a file to link to
	data   []byte // or the file's content
}

// link makes GoPath/src/IMPORT/PATH hold p's Go files (symbolic links, or
// copies where links cannot be made), or only a problem marker when reason
// is not "". When the interpreter, which initializes package variables in
// source order, would get their order wrong, the folder holds instead one
// file with the package's declarations, variables in Go's initialization
// order (see mergedSource). It reports whether the folder changed.
func (m *Manager) link(p *goPackage, reason string) (bool, error) {
	dst := m.srcDir(p.ImportPath)
	if err := os.MkdirAll(dst, 0o755); err != nil {
		return false, err
	}
	want := wantedFiles(p, reason)
	entries, err := os.ReadDir(dst)
	if err != nil {
		return false, err
	}
	if upToDate(dst, entries, want) {
		return false, nil
	}
	for _, e := range entries {
		if !e.IsDir() {
			if err := os.Remove(filepath.Join(dst, e.Name())); err != nil {
				return false, err
			}
		}
	}
	return true, writeEntries(dst, want)
}

// wantedFiles returns the files p's GoPath/src folder should hold.
func wantedFiles(p *goPackage, reason string) map[string]linkEntry {
	want := map[string]linkEntry{}
	switch {
	case reason != "":
		want[problemFile] = linkEntry{data: []byte(reason + "\n")}
	default:
		if src := mergedSource(p); src != nil {
			want[mergedFile] = linkEntry{data: src}
			break
		}
		for _, f := range p.GoFiles {
			want[f] = linkEntry{target: filepath.Join(p.Dir, f)}
		}
	}
	return want
}

// upToDate reports whether the files of dir (its entries) are those of
// want.
func upToDate(dir string, entries []os.DirEntry, want map[string]linkEntry) bool {
	have := 0
	for _, e := range entries {
		if e.IsDir() {
			continue
		}
		have++
		w, ok := want[e.Name()]
		name := filepath.Join(dir, e.Name())
		switch {
		case !ok:
			return false
		case w.data != nil:
			if old, err := os.ReadFile(name); err != nil || !bytes.Equal(old, w.data) {
				return false
			}
		default:
			if target, err := os.Readlink(name); err != nil || target != w.target {
				return false
			}
		}
	}
	return have == len(want)
}

// writeEntries writes the files of want into dir.
func writeEntries(dir string, want map[string]linkEntry) error {
	for name, w := range want {
		to := filepath.Join(dir, name)
		if w.data != nil {
			if err := os.WriteFile(to, w.data, 0o644); err != nil {
				return err
			}
			continue
		}
		if err := os.Symlink(w.target, to); err != nil {
			if err := copyFile(w.target, to); err != nil {
				return err
			}
		}
	}
	return nil
}

func copyFile(from, to string) error {
	b, err := os.ReadFile(from)
	if err != nil {
		return err
	}
	return os.WriteFile(to, b, 0o644)
}

// linked reports whether path has files (or a problem) in the GOPATH.
func (m *Manager) linked(path string) bool {
	entries, err := os.ReadDir(m.srcDir(path))
	if err != nil {
		return false
	}
	for _, e := range entries {
		if !e.IsDir() && (strings.HasSuffix(e.Name(), ".go") || e.Name() == problemFile) {
			return true
		}
	}
	return false
}
