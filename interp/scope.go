package interp

import (
	"maps"
	"slices"
)

// scope is everything the cells have declared, as one value: what the
// session knows of its names apart from the interpreter's own state. A
// rebuild (a fresh interpreter, see redefine.go) saves it with clone and
// restores it as a unit, the way go/types saves a checker's environment, so
// that no part of it is forgotten; %reset starts from newScope.
type scope struct {
	imported map[string]bool     // import specs evaluated, as written
	names    map[string]declared // top-level names, with their kinds
	declCell map[string]int      // the cell that last declared a function
	decls    []decl              // the latest top-level declarations, in order
	// stmtVars are the top-level variables statement chunks declared, as
	// var declarations, for the type checker of the rewrites.
	stmtVars []decl
	varTypes map[string]namedType // cell types of top-level variables, where known
	pending  []pendingDecl        // declarations kept until their names exist (pending.go)
	// written names the top-level variables a checked chunk may write
	// (rewrite.WrittenGlobals): their declared value is not their value.
	written map[string]bool
	// shadowed names the package-level names main's variables shadow
	// (mainshadow.go).
	shadowed map[string]bool
	// valueTypes and funcWritten: valuetypes.go.
	valueTypes  map[string]string
	funcWritten map[string]bool
}

// newScope is the scope of a fresh session.
func newScope() scope {
	return scope{
		imported:    map[string]bool{},
		names:       map[string]declared{},
		declCell:    map[string]int{},
		varTypes:    map[string]namedType{},
		written:     map[string]bool{},
		shadowed:    map[string]bool{},
		valueTypes:  map[string]string{},
		funcWritten: map[string]bool{},
	}
}

// clone returns a copy of sc that shares nothing it can change with sc.
// (A decl is not changed once made.)
func (sc *scope) clone() scope {
	return scope{
		imported:    maps.Clone(sc.imported),
		names:       maps.Clone(sc.names),
		declCell:    maps.Clone(sc.declCell),
		decls:       slices.Clone(sc.decls),
		stmtVars:    slices.Clone(sc.stmtVars),
		varTypes:    maps.Clone(sc.varTypes),
		written:     maps.Clone(sc.written),
		pending:     slices.Clone(sc.pending),
		shadowed:    maps.Clone(sc.shadowed),
		valueTypes:  maps.Clone(sc.valueTypes),
		funcWritten: maps.Clone(sc.funcWritten),
	}
}
