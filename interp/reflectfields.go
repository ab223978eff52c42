package interp

import (
	"go/ast"
	"go/parser"
	"go/token"
	"reflect"
	"slices"
	"sync"

	"github.com/gopad/gopad/interp/gopadrt"
)

// A struct field whose type is a cell's type over a basic, slice or map
// type (Lvl Level) has the underlying type at run time, so reflect would
// name it int. The session notes such fields when it registers the struct
// type, and reflect.Type.Field answers with the field's type named as in
// Go (gopadrt.NamedType).

// noteFieldTypes notes the fields of the struct type t, named name, whose
// type is such a cell type.
func (s *Session) noteFieldTypes(name string, t ast.Expr) {
	st, ok := t.(*ast.StructType)
	if !ok {
		return
	}
	named := map[string]string{}
	for _, f := range st.Fields.List {
		id, ok := f.Type.(*ast.Ident)
		if !ok || !s.namelessDecl(id.Name) {
			continue
		}
		for _, n := range f.Names {
			named[n.Name] = id.Name
		}
		if len(f.Names) == 0 {
			named[id.Name] = id.Name
		}
	}
	s.types.mu.Lock()
	defer s.types.mu.Unlock()
	if s.types.fieldTypes == nil {
		s.types.fieldTypes = map[string]map[string]string{}
	}
	s.types.fieldTypes[name] = named
}

// namelessDecl reports whether the cells declared name as a type that is
// neither a struct, an interface, an alias nor generic.
func (s *Session) namelessDecl(name string) bool {
	for _, d := range s.decls {
		if d.alias || !slices.Contains(d.keys, "type:"+name) {
			continue
		}
		f, err := parser.ParseFile(token.NewFileSet(), "", "package p\n"+d.src, parser.SkipObjectResolution)
		if err != nil {
			return false
		}
		found := false
		ast.Inspect(f, func(n ast.Node) bool {
			if ts, ok := n.(*ast.TypeSpec); ok && ts.Name.Name == name && ts.TypeParams == nil {
				switch ts.Type.(type) {
				case *ast.StructType, *ast.InterfaceType:
				default:
					found = true
				}
			}
			return !found
		})
		return found
	}
	return false
}

// namedField gives f, a field of the struct type t, its type's Go name
// when the session noted it.
func (tn *typeNames) namedField(t reflect.Type, f reflect.StructField) reflect.StructField {
	sname := tn.structName(t)
	tn.mu.RLock()
	name := tn.fieldTypes[sname][f.Name]
	tn.mu.RUnlock()
	if name != "" {
		f.Type = gopadrt.NamedType(f.Type, name, tn.methodSets)
	}
	return f
}

// noteCellField notes f, reflect's value of the field named field of the
// struct type t, with the name of its type when that is a cell's type
// yaegi gives no run-time type (Lvl Level): its Interface() is the bare
// basic value, which package rewrite's reflectNames converts back to the
// type by that name (f.Interface() printed 2 where Go prints warn).
func (tn *typeNames) noteCellField(t reflect.Type, field string, f reflect.Value) {
	sname := tn.structName(t)
	tn.mu.RLock()
	name := tn.fieldTypes[sname][field]
	tn.mu.RUnlock()
	if name != "" {
		tn.cellFields.add(f, name)
	}
}

// namedValues remembers names for reflect's values (comparable: type,
// pointer, flags). It forgets them all when it holds maxUnexported.
type namedValues struct {
	mu  sync.Mutex
	set map[reflect.Value]string
}

func (n *namedValues) add(v reflect.Value, name string) {
	n.mu.Lock()
	defer n.mu.Unlock()
	if n.set == nil || len(n.set) >= maxUnexported {
		n.set = map[reflect.Value]string{}
	}
	n.set[v] = name
}

// name is gopadBuiltin.ValueCellType: the name noted for v, "" when none.
func (n *namedValues) name(v reflect.Value) string {
	n.mu.Lock()
	defer n.mu.Unlock()
	return n.set[v]
}
