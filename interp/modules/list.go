package modules

import (
	"bytes"
	"context"
	"encoding/json"
	"io"
)

// goPackage is what go list says of a package.
type goPackage struct {
	ImportPath     string
	Name           string
	Dir            string
	Standard       bool
	GoFiles        []string
	CgoFiles       []string
	SFiles         []string
	IgnoredGoFiles []string
	// IgnoredOtherFiles holds the non-Go files left out by build
	// constraints, such as assembly that the build tags turned off.
	IgnoredOtherFiles []string
	Imports           []string
	Module            *struct {
		Path    string
		Version string
		Main    bool
	}
	Error *struct{ Err string }
}

// buildTags are the tags the session lists packages with: purego and noasm
// select the pure-Go variant of packages that offer one instead of
// assembly (golang.org/x/crypto uses purego, gonum noasm).
const buildTags = "purego,noasm"

// listPackages lists the packages matched by patterns and their
// dependencies, for this machine's GOOS and GOARCH, in dependency order.
func (m *Manager) listPackages(ctx context.Context, patterns ...string) ([]*goPackage, *Error) {
	args := append([]string{"list", "-e", "-deps", "-tags=" + buildTags,
		"-json=ImportPath,Name,Dir,Standard,GoFiles,CgoFiles,SFiles,IgnoredGoFiles,IgnoredOtherFiles,Imports,Module,Error"}, patterns...)
	b, err := m.runGo(ctx, nil, args...)
	if err != nil {
		return nil, err
	}
	var pkgs []*goPackage
	dec := json.NewDecoder(bytes.NewReader(b))
	for {
		p := new(goPackage)
		if err := dec.Decode(p); err == io.EOF {
			break
		} else if err != nil {
			return nil, moduleError("reading go list's output: " + err.Error())
		}
		pkgs = append(pkgs, p)
	}
	return pkgs, nil
}

func find(pkgs []*goPackage, path string) *goPackage {
	for _, p := range pkgs {
		if p.ImportPath == path {
			return p
		}
	}
	return nil
}

func moduleVersion(p *goPackage) string {
	if p.Module == nil {
		return "no module"
	}
	return p.Module.Path + " " + p.Module.Version
}
