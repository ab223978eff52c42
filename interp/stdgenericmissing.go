package interp

import (
	"go/types"
	"sort"
	"strings"

	"github.com/gopad/gopad/interp/rewrite"
)

// missingStdGeneric names, for a chunk yaegi failed to compile, the
// generic functions and types of the standard library it uses that reach
// cells neither as compiled stand-ins (interp/stdlib) nor as gopad's
// generic source (rewrite.StdGenericSource), with what to do instead; "" when there
// are none. yaegi's own message ("undefined selector N") does not say why.
func (s *Session) missingStdGeneric(src string, stmt bool) string {
	tc := s.typeCheck(src, stmt)
	if tc == nil {
		return ""
	}
	impl := rewrite.StdGenericDecls()
	seen := map[string]bool{}
	for id, obj := range tc.info.Uses {
		if obj.Pkg() == nil || obj.Pkg() == tc.pkg || tc.off(id.Pos()) < 0 || !isGenericObject(obj) {
			continue
		}
		path := obj.Pkg().Path()
		if strings.Contains(strings.Split(path, "/")[0], ".") {
			continue // not the standard library
		}
		key := path + "." + obj.Name()
		if _, ok := impl[key]; ok || rewrite.SourceGeneric(path) {
			continue
		}
		if _, syms, ok := s.lookupTable(path); ok {
			if _, ok := syms[obj.Name()]; ok {
				continue
			}
		}
		seen[key] = true
	}
	if len(seen) == 0 {
		return ""
	}
	var names []string
	for k := range seen {
		names = append(names, k)
	}
	sort.Strings(names)
	return "gopad cannot use the standard library's generic " + strings.Join(names, ", ") +
		" yet: generic functions and types of the standard library reach cells only where gopad provides them; " +
		"write out what it does for your types (a loop, a map, a small function of your own)"
}

// isGenericObject reports whether obj is a generic function or type.
func isGenericObject(obj types.Object) bool {
	switch o := obj.(type) {
	case *types.Func:
		sig, ok := o.Type().(*types.Signature)
		return ok && sig.TypeParams().Len() > 0 && sig.Recv() == nil
	case *types.TypeName:
		if n, ok := o.Type().(*types.Named); ok {
			return n.TypeParams().Len() > 0
		}
		if a, ok := o.Type().(*types.Alias); ok {
			return a.TypeParams().Len() > 0
		}
	}
	return false
}
