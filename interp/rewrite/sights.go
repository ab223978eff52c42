package rewrite

import (
	"go/ast"
	"go/token"
	"reflect"

	"github.com/gopad/gopad/interp/source"
)

// sights is what the Wants of the typed passes look for in a chunk's
// syntax, gathered in one walk: a type check costs milliseconds, and the
// Wants decide whether a chunk gets one.
type sights struct {
	calledIdents map[string]bool // f in f(...)
	sels         []sel
	ranges       bool
	typeSwitches bool
	receives     bool // <-ch
	sends        bool // ch <- v
	typeDecls    bool
	generics     map[string]bool // generic functions the chunk declares
	defines      [][]*ast.Ident  // top-level := of two names or more
	defers       bool
	indexes      bool // x[i] or x[lo:hi]
	funcs        bool // a function declaration or literal with a body
	compares     bool // == or !=
	asserts      bool // x.(T), not a type switch's guard
	litAsserts   bool // x.(interface{ ... })
	emptyAsserts bool // x.(any) or x.(interface{})
	errorNamed   bool // the type name error
	ifaceTypes   bool // the name any, or an interface type literal
	plainAssigns bool // x = y of names
	shifts       bool // x << y or x >> y
	callSels     bool // f(x).Name: a method of a call's result or a conversion
	aliases      bool // type A = T
	keyedLits    bool // a composite literal with a key: value element
	typeLitSels  bool // interface{ ... }.m, struct{ ... }.m or (*T).m
	callArgs     bool // f(g(x)): a call's result as a call's argument
	binaries     bool // a binary operation
	boundOps     bool // -x, +x, !x, ^x, a comparison or a binary operation returned, assigned with = or declared with a type
	tupleNils    bool // a, b = x, nil
	intQuotients bool // 1 / 2 or n % 3: a quotient or remainder with an integer literal
	quotients    bool // x / y
	bigConsts    bool // a number literal beyond 64 bits, or 1 << 64 and more
	lenOperands  bool // len(x) or cap(x) of an x with an index, a receive or a *p
	addrIndexes  bool // &x[i]
	constCalls   bool // a call (a conversion), a comparison, && or || in a const declaration's values, or a constant named iota
	ptrElemLits  bool // a literal of a type with a pointer, or of a package's type, holding literals without types
	commIndexes  bool // a select case on an element: case v := <-chans[0]
	sliceConvs   bool // a conversion to a slice type literal: []byte(s)
	// namedStrConvs: a call of a name with a string literal, which may
	// convert it to a named byte slice type (Bytes("ab")).
	namedStrConvs bool
	tuples        bool // a, b = x, y or var a, b T = x, y
	tupleCalls    bool // a, b = f() or a, b := f(): the values of one call
	callIndexes   bool // a top-level := or var initialized with an element of a call's result (w := f()[0]) or indexing a name (w := words[0])
	imagLits      bool // an imaginary literal: 2i
	complexNames  bool // the name complex64 or complex128
	floatLits     bool // a floating-point literal: 0.3
	// derefValues: *p as an operand of a binary operation, as a switch's
	// tag, or as the value of _ = *p (see nilDerefs).
	derefValues   bool
	nilPanics     bool // panic(nil)
	resultIndexes bool // f(x)[i], []T{...}[i] or v.([]T)[lo:hi]: an element or a slice of a value (valueOperand)
}

// sel is a selector x.Name.
type sel struct {
	x      string // x when it is an identifier
	name   string
	called bool
}

// sights walks u's syntax once.
func (u *Unit) sights() *sights {
	if u.seen != nil {
		return u.seen
	}
	s := &sights{calledIdents: map[string]bool{}, generics: map[string]bool{}}
	u.seen = s
	called := map[*ast.SelectorExpr]bool{}
	ast.Inspect(u.AST, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			s.call(n, called)
		case *ast.SelectorExpr:
			if _, ok := ast.Unparen(n.X).(*ast.CallExpr); ok {
				s.callSels = true
			}
			x := ""
			if id, ok := n.X.(*ast.Ident); ok {
				x = id.Name
			}
			s.sels = append(s.sels, sel{x, n.Sel.Name, called[n]})
			switch ast.Unparen(n.X).(type) {
			case *ast.InterfaceType, *ast.StructType, *ast.StarExpr:
				s.typeLitSels = true
			}
			if _, ok := ast.Unparen(n.X).(*ast.CallExpr); ok {
				s.callSels = true
			}
		case *ast.RangeStmt:
			s.ranges = true
		case *ast.TypeSwitchStmt:
			s.typeSwitches = true
		case *ast.UnaryExpr:
			s.receives = s.receives || n.Op == token.ARROW
			if _, ok := ast.Unparen(n.X).(*ast.IndexExpr); ok && n.Op == token.AND {
				s.addrIndexes = true
			}
		case *ast.SendStmt:
			s.sends = true
		case *ast.TypeSpec:
			s.typeDecls = true
			s.aliases = s.aliases || n.Assign.IsValid()
		case *ast.FuncDecl:
			if n.Recv == nil && n.Type.TypeParams != nil && n.Type.TypeParams.NumFields() > 0 {
				s.generics[n.Name.Name] = true
			}
			s.funcs = s.funcs || n.Body != nil
		default:
			s.more(n)
		}
		return true
	})
	s.callIndexes = callIndexInits(u)
	for _, st := range u.Body() {
		if as, ok := st.(*ast.AssignStmt); ok && as.Tok == token.DEFINE && len(as.Lhs) >= 2 {
			var ids []*ast.Ident
			for _, l := range as.Lhs {
				if id, ok := l.(*ast.Ident); ok {
					ids = append(ids, id)
				}
			}
			s.defines = append(s.defines, ids)
		}
	}
	return s
}

// callIndexInits reports whether a top-level variable of u (a statement
// chunk's :=, a var declaration) is initialized with an element of a
// call's result.
func callIndexInits(u *Unit) bool {
	var values []ast.Expr
	for _, st := range u.Body() {
		switch st := st.(type) {
		case *ast.AssignStmt:
			if st.Tok == token.DEFINE {
				values = append(values, st.Rhs...)
			}
		case *ast.DeclStmt:
			if gd, ok := st.Decl.(*ast.GenDecl); ok {
				values = append(values, specValues(gd)...)
			}
		}
	}
	if u.AST != nil && u.Kind != source.Stmt {
		for _, d := range u.AST.Decls {
			if gd, ok := d.(*ast.GenDecl); ok {
				values = append(values, specValues(gd)...)
			}
		}
	}
	for _, v := range values {
		if x, ok := indexedOperand(v); ok {
			if _, call := x.(*ast.CallExpr); call {
				return true
			}
		}
		if holdsNameIndex(v) {
			return true
		}
	}
	return false
}

// holdsNameIndex reports whether e, outside function literals, indexes a
// name (words[0], m["k"] + 1).
func holdsNameIndex(e ast.Expr) bool {
	found := false
	ast.Inspect(e, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.FuncLit:
			return false
		case *ast.IndexExpr:
			_, found = ast.Unparen(n.X).(*ast.Ident)
		}
		return !found
	})
	return found
}

// specValues are the initial values of gd's var specs.
func specValues(gd *ast.GenDecl) []ast.Expr {
	var values []ast.Expr
	if gd.Tok == token.VAR {
		for _, sp := range gd.Specs {
			values = append(values, sp.(*ast.ValueSpec).Values...)
		}
	}
	return values
}

// more notes the sights of n that only some passes look for.
// call notes what a call shows; called collects the selectors called.
func (s *sights) call(n *ast.CallExpr, called map[*ast.SelectorExpr]bool) {
	switch fn := ast.Unparen(n.Fun).(type) {
	case *ast.Ident:
		s.calledIdents[fn.Name] = true
		s.nilPanics = s.nilPanics || fn.Name == "panic" && len(n.Args) == 1 && isNilIdent(n.Args[0])
		s.lenOperands = s.lenOperands || lenOperand(fn.Name, n.Args)
	case *ast.SelectorExpr:
		called[fn] = true
	}
	for _, a := range n.Args {
		if _, ok := ast.Unparen(a).(*ast.CallExpr); ok {
			s.callArgs = true
		}
	}
	if at, ok := ast.Unparen(n.Fun).(*ast.ArrayType); ok && at.Len == nil {
		s.sliceConvs = true
	}
	if lit, ok := n.Fun.(*ast.Ident); ok && len(n.Args) == 1 && lit.Name != "string" {
		if bl, ok := n.Args[0].(*ast.BasicLit); ok && bl.Kind == token.STRING {
			s.namedStrConvs = true
		}
	}
}

func (s *sights) more(n ast.Node) {
	switch n := n.(type) {
	case *ast.DeferStmt:
		s.defers = true
	case *ast.GenDecl:
		s.constCalls = s.constCalls || n.Tok == token.CONST && (holdsCallOrComparison(n) || declaresIota(n))
	case *ast.IndexExpr:
		s.indexes = true
		s.resultIndexes = s.resultIndexes || valueOperand(n.X)
	case *ast.SliceExpr:
		s.indexes = true
		s.resultIndexes = s.resultIndexes || valueOperand(n.X)
	case *ast.FuncLit:
		s.funcs = true
	case *ast.BinaryExpr:
		s.compares = s.compares || n.Op == token.EQL || n.Op == token.NEQ
		s.shifts = s.shifts || n.Op == token.SHL || n.Op == token.SHR
		s.binaries = true
		s.bigConsts = s.bigConsts || bigShift(n)
		s.intQuotients = s.intQuotients || (n.Op == token.QUO || n.Op == token.REM) && (intLiteral(n.X) || intLiteral(n.Y))
		s.quotients = s.quotients || n.Op == token.QUO
		s.derefValues = s.derefValues || isStar(n.X) || isStar(n.Y)
	case *ast.SwitchStmt:
		s.derefValues = s.derefValues || n.Tag != nil && isStar(n.Tag)
	case *ast.BasicLit:
		s.bigConsts = s.bigConsts || bigLiteral(n)
		s.imagLits = s.imagLits || n.Kind == token.IMAG
		s.floatLits = s.floatLits || n.Kind == token.FLOAT
	case *ast.TypeAssertExpr:
		if n.Type != nil {
			s.asserts = true
			_, lit := n.Type.(*ast.InterfaceType)
			s.litAsserts = s.litAsserts || lit
			s.emptyAsserts = s.emptyAsserts || emptyTypeSyntax(n.Type)
		}
	case *ast.KeyValueExpr:
		s.keyedLits = true
	case *ast.CompositeLit:
		s.ptrElemLits = s.ptrElemLits || (holdsStar(n.Type) || isQualified(n.Type)) && holdsUntypedLit(n.Elts)
	case *ast.CommClause:
		_, ix := ast.Unparen(commChan(n.Comm)).(*ast.IndexExpr)
		s.commIndexes = s.commIndexes || ix
	case *ast.Ident:
		s.errorNamed = s.errorNamed || n.Name == "error"
		s.ifaceTypes = s.ifaceTypes || n.Name == "any"
		s.complexNames = s.complexNames || n.Name == "complex64" || n.Name == "complex128"
	case *ast.InterfaceType:
		s.ifaceTypes = true
	case *ast.AssignStmt:
		s.derefValues = s.derefValues || blankDeref(n)
		if len(n.Lhs) > 1 && len(n.Rhs) == 1 {
			_, call := ast.Unparen(n.Rhs[0]).(*ast.CallExpr)
			s.tupleCalls = s.tupleCalls || call
		}
		if n.Tok == token.ASSIGN && len(n.Lhs) == len(n.Rhs) {
			for _, r := range n.Rhs {
				if _, ok := ast.Unparen(r).(*ast.Ident); ok {
					s.plainAssigns = true
				}
			}
			s.boundOps = s.boundOps || anyOperation(n.Rhs)
			for _, r := range n.Rhs {
				if id, ok := r.(*ast.Ident); ok && id.Name == "nil" && len(n.Rhs) > 1 {
					s.tupleNils = true
				}
			}
			s.tuples = s.tuples || len(n.Rhs) > 1
		}
	case *ast.ValueSpec:
		s.tuples = s.tuples || len(n.Values) > 1
		s.boundOps = s.boundOps || n.Type != nil && anyOperation(n.Values)
	case *ast.ReturnStmt:
		s.boundOps = s.boundOps || anyOperation(n.Results)
	}
}

// intLiteral reports whether e is an integer literal.
func intLiteral(e ast.Expr) bool {
	lit, ok := ast.Unparen(e).(*ast.BasicLit)
	return ok && lit.Kind == token.INT
}

// anyOperation reports whether one of es is a unary -x, +x, !x or ^x or a
// comparison (see ifaceOperands).
func anyOperation(es []ast.Expr) bool {
	for _, e := range es {
		switch x := e.(type) {
		case *ast.UnaryExpr:
			if x.Op == token.SUB || x.Op == token.ADD || x.Op == token.NOT || x.Op == token.XOR {
				return true
			}
		case *ast.BinaryExpr:
			switch x.Op {
			case token.EQL, token.NEQ, token.LSS, token.LEQ, token.GTR, token.GEQ,
				token.ADD, token.SUB, token.MUL, token.QUO, token.REM,
				token.AND, token.OR, token.XOR, token.SHL, token.SHR, token.AND_NOT,
				token.LAND, token.LOR:
				return true
			}
		}
	}
	return false
}

// dynamicNames reports whether the session or the chunk declares types,
// whose values yaegi hands to compiled code without their names and
// methods.
func (u *Unit) dynamicNames() bool { return u.sights().typeDecls || u.Scope.DeclaresTypes() }

// selects reports whether the chunk has a selector for which ok holds,
// given the path of the package its x names ("" when x is no imported
// package).
func (u *Unit) selects(ok func(s sel, path string) bool) bool {
	for _, s := range u.sights().sels {
		path := ""
		if s.x != "" {
			path, _ = u.Scope.ImportPath(s.x)
		}
		if ok(s, path) {
			return true
		}
	}
	return false
}

// usesPackage reports whether the chunk selects a name of a package it
// imported from one of paths.
func (u *Unit) usesPackage(paths ...string) bool {
	return u.selects(func(_ sel, path string) bool {
		for _, p := range paths {
			if path == p {
				return true
			}
		}
		return false
	})
}

// callsCompiled reports whether the chunk calls a function of a compiled
// package whose value ok accepts.
func (u *Unit) callsCompiled(ok func(fn reflect.Value) bool) bool {
	return u.selects(func(s sel, path string) bool {
		if !s.called || path == "" {
			return false
		}
		v, found := u.Scope.Compiled(path, s.name)
		return found && v.Kind() == reflect.Func && ok(v)
	})
}

// callsMethod reports whether the chunk calls a method (or a package's
// function) named one of names.
func (u *Unit) callsMethod(names ...string) bool {
	return u.selects(func(s sel, _ string) bool {
		for _, n := range names {
			if s.called && s.name == n {
				return true
			}
		}
		return false
	})
}

// never is the Wants of a pass that only uses types a check made for
// others.
func never(*Unit) bool { return false }

// lenOperand reports whether a call of name with args is a len or cap
// whose operand holds an index, a receive or a dereference (see constlen.go; a call,
// len(strings.Fields(s)), is too common to ask for a check for the rare
// nil pointer to an array it could return).
func lenOperand(name string, args []ast.Expr) bool {
	if name != "len" && name != "cap" || len(args) != 1 {
		return false
	}
	found := false
	ast.Inspect(args[0], func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.IndexExpr:
			found = true
		case *ast.UnaryExpr:
			found = n.Op == token.ARROW
		case *ast.StarExpr:
			found = true // len(*p) of a nil *[N]T is N
		}
		return !found
	})
	return found
}

// holdsCallOrComparison reports whether n holds a call, a comparison or
// a logical operation (&&, ||).
func holdsCallOrComparison(n ast.Node) bool {
	found := false
	ast.Inspect(n, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.CallExpr:
			found = true
		case *ast.BinaryExpr:
			found = isComparison(n.Op) || n.Op == token.LAND || n.Op == token.LOR
		}
		return !found
	})
	return found
}

// holdsStar reports whether the type expression t has a pointer in it.
func holdsStar(t ast.Expr) bool {
	found := false
	if t != nil {
		ast.Inspect(t, func(n ast.Node) bool {
			_, star := n.(*ast.StarExpr)
			found = found || star
			return !found
		})
	}
	return found
}

// isQualified reports whether t is a package's type name (fstest.MapFS).
func isQualified(t ast.Expr) bool {
	_, ok := t.(*ast.SelectorExpr)
	return ok
}

// holdsUntypedLit reports whether elts has a composite literal without a
// type, as an element, a key or a value.
func holdsUntypedLit(elts []ast.Expr) bool {
	for _, el := range elts {
		parts := []ast.Expr{el}
		if kv, ok := el.(*ast.KeyValueExpr); ok {
			parts = []ast.Expr{kv.Key, kv.Value}
		}
		for _, p := range parts {
			if lit, ok := p.(*ast.CompositeLit); ok && lit.Type == nil {
				return true
			}
		}
	}
	return false
}

// declaresIota reports whether d declares a name iota.
func declaresIota(d *ast.GenDecl) bool {
	for _, sp := range d.Specs {
		if vs, ok := sp.(*ast.ValueSpec); ok {
			for _, n := range vs.Names {
				if n.Name == "iota" {
					return true
				}
			}
		}
	}
	return false
}

// blankDeref reports whether as assigns *p to "_" (see nilDerefs).
func blankDeref(as *ast.AssignStmt) bool {
	if len(as.Lhs) != len(as.Rhs) {
		return false
	}
	for i, l := range as.Lhs {
		if isBlank(l) && isStar(as.Rhs[i]) {
			return true
		}
	}
	return false
}

// isNilIdent reports whether e is the name nil.
func isNilIdent(e ast.Expr) bool {
	id, ok := ast.Unparen(e).(*ast.Ident)
	return ok && id.Name == "nil"
}

// valueOperand reports whether x, indexed or sliced, is a value that is
// not a variable: a call's result, a composite literal, an assertion.
func valueOperand(x ast.Expr) bool {
	switch ast.Unparen(x).(type) {
	case *ast.CallExpr, *ast.CompositeLit, *ast.TypeAssertExpr:
		return true
	}
	return false
}
