package interp

import (
	"context"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"sort"
	"strings"
	"unicode"

	"github.com/gopad/gopad/interp/rewrite"
	"github.com/gopad/gopad/interp/source"
	"github.com/gopad/gopad/kernel/engine"
)

// Monomorphization. yaegi compiles generic code by instantiating its
// syntax tree at run time, and its compiler fails on many shapes there
// (a "CFG post-order panic" for a type assertion to a generic type or a
// type switch in a generic function, a "constant definition loop" for
// `x := F(3)`, endless type generation for a recursive generic type used
// in a closure). Concrete code it compiles well. go/types knows every
// instantiation of a chunk (Info.Instances), so before a chunk runs the
// session writes one concrete copy per instantiation of the cells'
// generic functions and types, and points the chunk at it:
//
//	func Sum[T int | float64](xs []T) T { ... }
//	Sum([]int{1, 2})      →  Sumᐸintᐳ([]int{1, 2})
//	                         func Sumᐸintᐳ(xs []int) int { ... }
//
// Copies are made again for what they instantiate in turn (rounds, up to
// monoRounds). The generic declarations stay as written (completion,
// inspection, and any instantiation that cannot be copied: type arguments
// a cell cannot name at the top level, such as a function's local types).
// A copy that go/types rejects cancels the whole pass for the chunk, which
// then runs as before. Names of copies read like the instantiation
// (ᐸ and ᐳ are letters of Unicode's Canadian syllabics), and messages
// spell them back as Go does (Sum[int]).

const (
	monoOpen   = "ᐸ"
	monoClose  = "ᐳ"
	monoSep    = "ˏ" // between type arguments (a modifier letter)
	monoRounds = 8
)

// monoState is what the session remembers between chunks: the copies it
// has made, keyed by their names, with the instantiation they stand for
// and the generic source they were made from.
type monoState struct {
	made map[string]monoCopy
	// orig holds the cells' declarations as written (before the other
	// rewrites), by decl key, for the declarations copies are made of.
	orig map[string]string
	// pending holds the copies of the chunk being rewritten, committed
	// once it ran.
	pending map[string]monoCopy
}

// copies returns the committed and the pending copies.
func (m *monoState) copies() map[string]monoCopy {
	if len(m.pending) == 0 {
		return m.made
	}
	out := make(map[string]monoCopy, len(m.made)+len(m.pending))
	for k, v := range m.made {
		out[k] = v
	}
	for k, v := range m.pending {
		out[k] = v
	}
	return out
}

type monoCopy struct {
	spelled string // Sum[int]
	goName  string // main.Sum[int], as %T spells the type
	origin  string // source of the generic declaration copied
}

// monoText is a chunk of source being monomorphized: the checked text
// and where the part that may be edited starts.
type monoCheck struct {
	fset  *token.FileSet
	file  *ast.File
	info  *types.Info
	pkg   *types.Package
	text  string // the whole checked file
	from  int    // offset in text where the editable part starts
	errs  []types.Error
	files map[*token.File]monoFile
	names map[string]string // import path -> the name the cell uses
}

type monoFile struct {
	file *ast.File
	text string
}

// monoNeeded reports whether the session or src declares generic
// functions or types, the only case the pass has work.
func (s *Session) monoNeeded(src string, stmt bool) bool {
	if len(s.genericFuncs(src, stmt)) > 0 || s.hasGenericTypes() {
		return true
	}
	if stmt || !strings.Contains(src, "[") {
		return false
	}
	ds, _ := parseDecls(src)
	return hasGenericType(ds)
}

// monomorphize returns src with the instantiations of the cells' generic
// functions and types replaced by concrete copies, and the copies as a
// declaration chunk. For a declaration chunk the copies are appended to
// the chunk (they may use its types) and extra is "". It returns src
// unchanged and "" when there is nothing to do or the pass fails. The
// copies made are committed to the session (commitMono) once the chunk
// ran.
func (s *Session) monomorphize(src string, stmt bool) (out, extra string, made map[string]monoCopy) {
	if !s.monoNeeded(src, stmt) {
		return src, "", nil
	}
	made = map[string]monoCopy{}
	var copies []string
	mc := s.monoCheck(src, "", stmt)
	if mc == nil {
		return src, "", nil
	}
	text, pending := mc.rewrite(s, made)
	if !stmt {
		pending = append(pending, mc.lateMethods(s)...)
	}
	if len(pending) == 0 {
		return text, "", nil
	}
	base := ""
	if !stmt {
		base = text + "\n"
	}
	for round := 0; len(pending) > 0; round++ {
		if round == monoRounds {
			return src, "", nil // polymorphic recursion: leave it to yaegi
		}
		chunkText := strings.Join(pending, "\n")
		prev := base
		for _, c := range copies {
			prev += c + "\n"
		}
		mc := s.monoCheck(chunkText, prev, false)
		if mc == nil { // (errors are expected: the copies' own instances are still generic)
			return src, "", nil
		}
		var done string
		done, pending = mc.rewrite(s, made)
		copies = append(copies, done)
	}
	// The final text must type-check where the copies are.
	all, mc := s.monoRepaired(strings.Join(copies, "\n"), base)
	if mc == nil || len(mc.errs) > 0 {
		return src, "", nil
	}
	all = typesFirst(all)
	if stmt {
		return text, all, made
	}
	return text + "\n" + all, "", made
}

// typesFirst returns the declarations of src (the copies) with the type
// declarations first. A later round's copies are the types an earlier
// round's functions name, and yaegi fails ("nil reflect type") on a
// signature that instantiates a generic type of a compiled package with
// a type declared after it (func Zipᐸstringˏintᐳ(...) iter.Seq[Pairᐸstringˏintᐳ]).
func typesFirst(src string) string {
	const head = "package p\n"
	f, err := parser.ParseFile(token.NewFileSet(), "", head+src, parser.SkipObjectResolution)
	if err != nil {
		return src
	}
	var typeDecls, others []string
	for _, d := range f.Decls {
		text := src[int(d.Pos())-1-len(head) : int(d.End())-1-len(head)]
		if gd, ok := d.(*ast.GenDecl); ok && gd.Tok == token.TYPE {
			typeDecls = append(typeDecls, text)
		} else {
			others = append(others, text)
		}
	}
	return strings.Join(append(typeDecls, others...), "\n")
}

// monoRepaired returns the copies in all, checked after base, with what
// their type arguments make invalid rewritten (monoRepair) while go/types
// reports errors and repairs apply, and the last check.
func (s *Session) monoRepaired(all, base string) (string, *monoCheck) {
	mc := s.monoCheck(all, base, false)
	for i := 0; i < 3 && mc != nil && len(mc.errs) > 0; i++ {
		fixed, ok := mc.monoRepair()
		if !ok {
			break
		}
		all = fixed
		mc = s.monoCheck(all, base, false)
	}
	return all, mc
}

// monoChunk monomorphizes a chunk of a cell. The copies a statement
// chunk needs are declared first; a declaration chunk carries its own.
func (s *Session) monoChunk(ctx context.Context, src, code string, ch source.Chunk) (string, map[string]monoCopy, *engine.Error) {
	orig := src
	src, extra, made := s.monomorphize(src, ch.Kind == source.Stmt)
	s.mono.pending = made
	if ch.Kind == source.Decl && strings.Contains(orig, "[") {
		s.keepOrig(orig)
	}
	if extra == "" {
		return src, made, nil
	}
	s.keepOrig(extra)
	pre := extra
	extra, err := s.rewrite(extra, false)
	if err != nil {
		return "", nil, compileError(code, err, 0)
	}
	if _, err := s.eval(ctx, extra); err != nil {
		return "", nil, s.evalError(code, err, -1, ch)
	}
	ds, _ := parseDecls(extra)
	// The type checker sees copies whose types the rewrite erased as
	// written (a self-returning Srcᐸintᐳ: later chunks' calls of it are
	// read back as it).
	withTyped(ds, pre)
	s.remember(ds)
	s.commitMono(made)
	s.registerTypes(ctx, ds)
	return src, nil, nil
}

// monoOrig is a declaration as written.
func (s *Session) monoOrig(d decl) string {
	if len(d.keys) == 1 {
		if o, ok := s.mono.orig[d.keys[0]]; ok {
			return o
		}
	}
	return checkedSource(d)
}

// keepOrig records the declarations of a chunk as written.
func (s *Session) keepOrig(src string) {
	ds, err := parseDecls(src)
	if err != nil {
		return
	}
	if s.mono.orig == nil {
		s.mono.orig = map[string]string{}
	}
	for _, d := range ds {
		if len(d.keys) == 1 && strings.Contains(d.src, "[") {
			s.mono.orig[d.keys[0]] = d.src
		}
	}
}

// commitMono records copies a chunk defined.
func (s *Session) commitMono(made map[string]monoCopy) {
	if s.mono.made == nil {
		s.mono.made = map[string]monoCopy{}
	}
	for k, v := range made {
		s.mono.made[k] = v
	}
}

// monoCheck type-checks prev+src (a statement chunk alone) in the
// session's context; the errors kept are those in src.
func (s *Session) monoCheck(src, prev string, stmt bool) *monoCheck {
	imports, names := s.importBlock()
	prefix := "package p\n" + imports + prev
	text := prefix + src
	if stmt {
		prefix += "func _() {\n"
		text = prefix + src + "\n}"
	}
	fset := token.NewFileSet()
	f, err := parser.ParseFile(fset, "chunk", text, parser.SkipObjectResolution)
	if err != nil {
		return nil
	}
	mc := &monoCheck{fset: fset, file: f, text: text, from: len(prefix), files: map[*token.File]monoFile{}, names: names}
	mc.files[fset.File(f.Pos())] = monoFile{f, text}
	files := []*ast.File{f}
	if ctx := s.typeContextOf(prev+src, stmt, s.monoOrig); ctx != "" {
		ctxText := "package p\n" + imports + ctx
		if cf, err := parser.ParseFile(fset, "session", ctxText, parser.SkipObjectResolution); err == nil {
			files = append(files, cf)
			mc.files[fset.File(cf.Pos())] = monoFile{cf, ctxText}
		}
	}
	chunkFile := fset.File(f.Pos())
	conf := types.Config{Importer: s.typesImporter(), Error: func(err error) {
		if te, ok := err.(types.Error); ok && te.Fset.File(te.Pos) == chunkFile && te.Fset.Position(te.Pos).Offset >= mc.from {
			mc.errs = append(mc.errs, te)
		}
	}}
	mc.info = &types.Info{
		Types:     map[ast.Expr]types.TypeAndValue{},
		Instances: map[*ast.Ident]types.Instance{},
		Uses:      map[*ast.Ident]types.Object{},
		Defs:      map[*ast.Ident]types.Object{},
		Implicits: map[ast.Node]types.Object{},
	}
	mc.pkg, _ = conf.Check("p", fset, files, mc.info)
	if mc.pkg == nil {
		return nil
	}
	return mc
}

// rewrite points the editable part's instantiations of the cells' generic
// declarations at their copies, and returns the new editable text and
// the copies it needs that neither the session nor made has yet (they are
// added to made).
func (mc *monoCheck) rewrite(s *Session, made map[string]monoCopy) (string, []string) {
	var edits []source.Edit
	var pending []string
	src := mc.text[mc.from:]
	if strings.HasSuffix(mc.text, "\n}") && strings.HasSuffix(mc.text[:mc.from], "func _() {\n") {
		src = src[:len(src)-2]
	}
	embedded := mc.embeddedGenerics()
	inspectWithStack(mc.file, func(n ast.Node, stack []ast.Node) {
		id, ok := n.(*ast.Ident)
		if !ok || mc.off(id.Pos()) < mc.from {
			return
		}
		inst, ok := mc.info.Instances[id]
		if !ok {
			return
		}
		obj := mc.info.Uses[id]
		if tn, ok := obj.(*types.TypeName); ok && tn.IsAlias() {
			// An instance of a generic alias of an instance (type
			// StrPair[V any] = Pair[string, V]): the copy of the type
			// it stands for, as Pair[string, int] would get.
			named, ok := types.Unalias(inst.Type).(*types.Named)
			if !ok || named.TypeArgs().Len() == 0 {
				return
			}
			obj, inst = named.Obj(), types.Instance{TypeArgs: named.TypeArgs(), Type: named}
		}
		if obj == nil || obj.Pkg() != mc.pkg || obj.Parent() != mc.pkg.Scope() || embedded[obj] {
			return
		}
		args, ok := mc.argTexts(inst.TypeArgs)
		if !ok {
			return
		}
		name, spelled := s.monoName(obj.Name(), args, made)
		if _, have := made[name]; !have {
			if _, old := s.mono.made[name]; !old || s.mono.made[name].origin != mc.origin(obj) {
				copies, ok := mc.copyOf(obj, name, args)
				if !ok {
					return
				}
				made[name] = monoCopy{spelled: spelled, origin: mc.origin(obj), goName: mc.goName(inst.Type)}
				pending = append(pending, copies...)
			}
		}
		from, to := mc.off(id.Pos()), mc.off(id.End())
		if len(stack) > 1 {
			switch p := stack[len(stack)-2].(type) {
			case *ast.IndexExpr:
				if p.X == id {
					to = mc.off(p.End())
				}
			case *ast.IndexListExpr:
				if p.X == id {
					to = mc.off(p.End())
				}
			}
		}
		edits = append(edits, source.Replace(from-mc.from, to-mc.from, name))
	})
	out, err := source.Apply(src, outermost(edits))
	if err != nil {
		return src, nil
	}
	return out, pending
}

// lateMethods are the copies of the methods the chunk declares for a
// generic type of the cells, for each copy of the type an earlier chunk
// made (a function's Box[int] before the cell that declares Box's Set):
// the copy was made with the methods declared then, and yaegi would find
// no Set on it.
func (mc *monoCheck) lateMethods(s *Session) []string {
	var out []string
	for _, d := range mc.file.Decls {
		fd, ok := d.(*ast.FuncDecl)
		if !ok || fd.Recv == nil || len(fd.Recv.List) != 1 || mc.off(fd.Pos()) < mc.from {
			continue
		}
		obj := receiverBase(mc.info, fd.Recv.List[0].Type)
		if obj == nil {
			continue
		}
		origin := mc.origin(obj)
		names := make([]string, 0, len(s.mono.made))
		for name, c := range s.mono.made {
			if c.origin == origin && strings.HasPrefix(c.spelled, obj.Name()+"[") {
				names = append(names, name)
			}
		}
		sort.Strings(names)
		for _, name := range names {
			args := spelledArgs(s.mono.made[name].spelled)
			if c, ok := mc.copyMethod(fd, monoFile{mc.file, mc.text}, name, args); ok {
				out = append(out, c)
			}
		}
	}
	return out
}

// receiverBase is the generic type a method's receiver type expression
// (*Box[T], Box[K, V]) names, or nil.
func receiverBase(info *types.Info, rt ast.Expr) *types.TypeName {
	if st, ok := rt.(*ast.StarExpr); ok {
		rt = st.X
	}
	switch x := rt.(type) {
	case *ast.IndexExpr:
		rt = x.X
	case *ast.IndexListExpr:
		rt = x.X
	default:
		return nil
	}
	id, ok := rt.(*ast.Ident)
	if !ok {
		return nil
	}
	tn, _ := info.Uses[id].(*types.TypeName)
	return tn
}

// spelledArgs are the type arguments of an instance as monoName spells it
// (Pair[string, Box[int]] → string, Box[int]).
func spelledArgs(spelled string) []string {
	open := strings.Index(spelled, "[")
	if open < 0 || !strings.HasSuffix(spelled, "]") {
		return nil
	}
	var args []string
	depth, start := 0, open+1
	inner := spelled[:len(spelled)-1]
	for i := open + 1; i < len(inner); i++ {
		switch inner[i] {
		case '[', '(', '{':
			depth++
		case ']', ')', '}':
			depth--
		case ',':
			if depth == 0 {
				args = append(args, strings.TrimSpace(inner[start:i]))
				start = i + 1
			}
		}
	}
	return append(args, strings.TrimSpace(inner[start:]))
}

// outermost drops the edits inside another edit's range: an instance
// among the type arguments of another (Pair[string, int] in
// Stack[Pair[string, int]]) is spelled by the outer copy's name, and the
// outer copy's own text instantiates it in the next round.
func outermost(edits []source.Edit) []source.Edit {
	var out []source.Edit
	for i, e := range edits {
		inside := false
		for j, o := range edits {
			if i != j && o.From <= e.From && e.To <= o.To && (o.From != e.From || o.To != e.To) {
				inside = true
				break
			}
		}
		if !inside {
			out = append(out, e)
		}
	}
	return out
}

// embeddedGenerics lists the generic types embedded in a struct: a copy
// would change the field's name (A[int] is the field A), so they stay
// generic.
func (mc *monoCheck) embeddedGenerics() map[types.Object]bool {
	out := map[types.Object]bool{}
	for _, f := range mc.files {
		ast.Inspect(f.file, func(n ast.Node) bool {
			st, ok := n.(*ast.StructType)
			if !ok {
				return true
			}
			for _, fld := range st.Fields.List {
				if len(fld.Names) == 0 {
					markEmbedded(mc.info, fld.Type, out)
				}
			}
			return true
		})
	}
	return out
}

// markEmbedded adds the generic type of an embedded field t to out.
func markEmbedded(info *types.Info, t ast.Expr, out map[types.Object]bool) {
	if st, ok := t.(*ast.StarExpr); ok {
		t = st.X
	}
	var x ast.Expr
	switch t := t.(type) {
	case *ast.IndexExpr:
		x = t.X
	case *ast.IndexListExpr:
		x = t.X
	}
	if id, ok := x.(*ast.Ident); ok && info.Uses[id] != nil {
		out[info.Uses[id]] = true
	}
}

// goName spells an instance's type as %T does (main.F[main.foo,int32];
// monospell.go).
func (mc *monoCheck) goName(t types.Type) string { return reflectName(t, mc.pkg) }

func (mc *monoCheck) off(p token.Pos) int { return mc.fset.Position(p).Offset }

// origin is the source text of obj's generic declaration, which tells a
// redefined generic from the one a copy was made of.
func (mc *monoCheck) origin(obj types.Object) string {
	d, f := mc.declOf(obj.Pos())
	if d == nil {
		return ""
	}
	return nodeText(mc.fset, f.text, d.Pos(), d.End())
}

// argTexts spells type arguments as top-level code can; false when one
// involves a type parameter or a type only a function can name.
func (mc *monoCheck) argTexts(targs *types.TypeList) ([]string, bool) {
	if targs == nil || targs.Len() == 0 {
		return nil, false
	}
	out := make([]string, targs.Len())
	for i := range out {
		t := canonType(targs.At(i)) // Box[rune] is Box[int32] (monospell.go)
		if !topLevelType(t, mc.pkg, 0) {
			return nil, false
		}
		a, ok := rewrite.TypeText(t, mc.pkg, mc.names)
		if !ok {
			return nil, false
		}
		out[i] = a
	}
	return out, true
}

// topLevelType reports whether t can be written at the top level: no type
// parameters, no local named types.
func topLevelType(t types.Type, pkg *types.Package, depth int) bool {
	if depth > 20 {
		return false
	}
	switch t := t.(type) {
	case *types.TypeParam:
		return false
	case *types.Named:
		if o := t.Obj(); o.Pkg() != nil && o.Pkg() != pkg {
			// A compiled package's type, spelled by its package name,
			// which the importer gives as the one the cell uses.
		} else if o.Pkg() == pkg && o.Parent() != pkg.Scope() {
			return false
		}
		for i := 0; i < t.TypeArgs().Len(); i++ {
			if !topLevelType(t.TypeArgs().At(i), pkg, depth+1) {
				return false
			}
		}
		return true
	case *types.Alias:
		return topLevelType(types.Unalias(t), pkg, depth+1)
	case *types.Pointer:
		return topLevelType(t.Elem(), pkg, depth+1)
	case *types.Slice:
		return topLevelType(t.Elem(), pkg, depth+1)
	case *types.Array:
		return topLevelType(t.Elem(), pkg, depth+1)
	case *types.Chan:
		return topLevelType(t.Elem(), pkg, depth+1)
	case *types.Map:
		return topLevelType(t.Key(), pkg, depth+1) && topLevelType(t.Elem(), pkg, depth+1)
	case *types.Signature:
		return tupleTopLevel(t.Params(), pkg, depth) && tupleTopLevel(t.Results(), pkg, depth)
	case *types.Struct:
		for i := 0; i < t.NumFields(); i++ {
			if !t.Field(i).Exported() && t.Field(i).Pkg() != pkg || !topLevelType(t.Field(i).Type(), pkg, depth+1) {
				return false
			}
		}
		return true
	case *types.Interface:
		if !t.IsMethodSet() {
			return false
		}
		for i := 0; i < t.NumMethods(); i++ {
			if !topLevelType(t.Method(i).Type(), pkg, depth+1) {
				return false
			}
		}
		return true
	case *types.Basic:
		return t.Info()&types.IsUntyped == 0 && t.Kind() != types.Invalid
	}
	return false
}

func tupleTopLevel(t *types.Tuple, pkg *types.Package, depth int) bool {
	for i := 0; i < t.Len(); i++ {
		if !topLevelType(t.At(i).Type(), pkg, depth+1) {
			return false
		}
	}
	return true
}

// monoName names the copy of name for args, unique in the session.
func (s *Session) monoName(name string, args []string, made map[string]monoCopy) (string, string) {
	spelled := name + "[" + strings.Join(args, ", ") + "]"
	parts := make([]string, len(args))
	for i, a := range args {
		parts[i] = strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' {
				return r
			}
			return '_'
		}, a)
	}
	base := name + monoOpen + strings.Join(parts, monoSep) + monoClose
	mangled := base
	for n := 2; ; n++ {
		c, ok := made[mangled]
		if !ok {
			c, ok = s.mono.made[mangled]
		}
		if !ok || c.spelled == spelled {
			return mangled, spelled
		}
		mangled = base + strings.Repeat("ʹ", n-1)
	}
}

// declOf finds the declaration (a FuncDecl or a TypeSpec) at pos.
func (mc *monoCheck) declOf(pos token.Pos) (ast.Node, monoFile) {
	f, ok := mc.files[mc.fset.File(pos)]
	if !ok {
		return nil, monoFile{}
	}
	for _, d := range f.file.Decls {
		switch d := d.(type) {
		case *ast.FuncDecl:
			if d.Name.Pos() == pos {
				return d, f
			}
		case *ast.GenDecl:
			for _, sp := range d.Specs {
				if ts, ok := sp.(*ast.TypeSpec); ok && ts.Name.Pos() == pos {
					return ts, f
				}
			}
		}
	}
	return nil, monoFile{}
}

// copyOf writes the concrete copies of a generic function, or of a
// generic type and its methods, for the type arguments args.
func (mc *monoCheck) copyOf(obj types.Object, name string, args []string) ([]string, bool) {
	d, f := mc.declOf(obj.Pos())
	switch d := d.(type) {
	case *ast.FuncDecl:
		if d.Type.TypeParams == nil {
			return nil, false
		}
		c, ok := mc.copyFunc(d, f, d.Type.TypeParams, name, args, nil)
		return []string{c}, ok
	case *ast.TypeSpec:
		if d.TypeParams == nil || d.Assign.IsValid() {
			return nil, false // generic aliases are left to yaegi
		}
		subst, ok := mc.paramMap(d.TypeParams, args)
		if !ok {
			return nil, false
		}
		body, ok := mc.substitute(f, d.Type, subst, nil)
		if !ok {
			return nil, false
		}
		out := []string{"type " + name + " " + body}
		named, ok := obj.Type().(*types.Named)
		if !ok {
			return nil, false
		}
		for i := 0; i < named.NumMethods(); i++ {
			m := named.Method(i)
			md, mf := mc.declOf(m.Pos())
			fd, ok := md.(*ast.FuncDecl)
			if !ok || fd.Recv == nil || len(fd.Recv.List) != 1 {
				return nil, false
			}
			c, ok := mc.copyMethod(fd, mf, name, args)
			if !ok {
				return nil, false
			}
			out = append(out, c)
		}
		return out, true
	}
	return nil, false
}

// paramMap maps the type parameters a list declares to their arguments.
func (mc *monoCheck) paramMap(list *ast.FieldList, args []string) (map[types.Object]string, bool) {
	subst := map[types.Object]string{}
	i := 0
	for _, fld := range list.List {
		for _, n := range fld.Names {
			if i >= len(args) {
				return nil, false
			}
			if obj := mc.info.Defs[n]; obj != nil {
				subst[obj] = args[i]
			}
			i++
		}
	}
	return subst, i == len(args)
}

// copyFunc writes a generic function's declaration with its type
// parameters list dropped, its name replaced and the parameters' uses
// substituted.
func (mc *monoCheck) copyFunc(d *ast.FuncDecl, f monoFile, tparams *ast.FieldList, name string, args []string, recv *ast.Field) (string, bool) {
	subst, ok := mc.paramMap(tparams, args)
	if !ok {
		return "", false
	}
	extra := []source.Edit{
		source.Replace(mc.off(d.Name.Pos()), mc.off(d.Name.End()), name),
		source.Replace(mc.off(tparams.Opening), mc.off(tparams.Closing)+1, ""),
	}
	return mc.substitute(f, d, subst, extra)
}

// copyMethod writes a method of a generic type as a method of the copy
// named typeName: the receiver's type becomes the copy, the receiver's
// type parameters the arguments.
func (mc *monoCheck) copyMethod(d *ast.FuncDecl, f monoFile, typeName string, args []string) (string, bool) {
	rt := d.Recv.List[0].Type
	if st, ok := rt.(*ast.StarExpr); ok {
		rt = st.X
	}
	var idx []ast.Expr
	switch x := rt.(type) {
	case *ast.IndexExpr:
		idx = []ast.Expr{x.Index}
	case *ast.IndexListExpr:
		idx = x.Indices
	default:
		return "", false
	}
	if len(idx) != len(args) {
		return "", false
	}
	subst := map[types.Object]string{}
	for i, e := range idx {
		id, ok := e.(*ast.Ident)
		if !ok {
			return "", false
		}
		if obj := mc.info.Defs[id]; obj != nil {
			subst[obj] = args[i]
		}
	}
	extra := []source.Edit{source.Replace(mc.off(rt.Pos()), mc.off(rt.End()), typeName)}
	return mc.substitute(f, d, subst, extra)
}

// substitute returns n's source with the uses of the substituted type
// parameters replaced by their arguments, plus the extra edits (which
// take precedence over substitutions inside them).
func (mc *monoCheck) substitute(f monoFile, n ast.Node, subst map[types.Object]string, extra []source.Edit) (string, bool) {
	base := mc.off(n.Pos())
	extra = append(append([]source.Edit(nil), extra...), mc.dupCaseEdits(f, n, subst)...)
	extra = append(extra, mc.failedAssertEdits(f, n, subst)...)
	edits := append([]source.Edit(nil), extra...)
	inside := func(at int) bool {
		for _, e := range extra {
			if at >= e.From && at < e.To {
				return true
			}
		}
		return false
	}
	edits = append(edits, mc.unshadowEdits(n, subst, inside)...)
	ok := true
	inspectWithStack(n, func(x ast.Node, stack []ast.Node) {
		id, isID := x.(*ast.Ident)
		if !isID {
			return
		}
		arg, found := subst[mc.info.Uses[id]]
		if !found || inside(mc.off(id.Pos())) {
			return
		}
		if !isPlainTypeName(arg) {
			if len(stack) > 1 {
				if cl, isLit := stack[len(stack)-2].(*ast.CompositeLit); isLit && cl.Type == id {
					ok = false // (*T){} is not Go
				}
			}
			arg = "(" + arg + ")"
		}
		edits = append(edits, source.Replace(mc.off(id.Pos()), mc.off(id.End()), arg))
	})
	if !ok {
		return "", false
	}
	for i := range edits {
		edits[i].From -= base
		edits[i].To -= base
	}
	out, err := source.Apply(nodeText(mc.fset, f.text, n.Pos(), n.End()), edits)
	return out, err == nil
}

// unshadowEdits renames, in the copy of n, the variables n declares
// (parameters, results, locals) whose names a type argument's text uses:
// in func GroupBy[T any, K comparable](xs []T, key func(T) K) the copy
// for K = key wrote make(map[key][]T) where key is the parameter, and the
// copy did not type-check (the call was left to yaegi, which failed). The
// variable becomes nameʹ, which nothing shows.
func (mc *monoCheck) unshadowEdits(n ast.Node, subst map[types.Object]string, inside func(int) bool) []source.Edit {
	used := map[string]bool{}
	for _, arg := range subst {
		for _, w := range strings.FieldsFunc(arg, func(r rune) bool {
			return !unicode.IsLetter(r) && !unicode.IsDigit(r) && r != '_'
		}) {
			used[w] = true
		}
	}
	renamed := map[types.Object]bool{}
	ast.Inspect(n, func(x ast.Node) bool {
		if id, ok := x.(*ast.Ident); ok && used[id.Name] {
			if v, ok := mc.info.Defs[id].(*types.Var); ok && !v.IsField() {
				renamed[v] = true
			}
		}
		return true
	})
	if len(renamed) == 0 {
		return nil
	}
	var edits []source.Edit
	ast.Inspect(n, func(x ast.Node) bool {
		id, ok := x.(*ast.Ident)
		if !ok || inside(mc.off(id.Pos())) {
			return true
		}
		if obj := mc.info.Defs[id]; renamed[obj] || renamed[mc.info.Uses[id]] {
			edits = append(edits, source.Replace(mc.off(id.Pos()), mc.off(id.End()), id.Name+"ʹ"))
		}
		return true
	})
	return edits
}

// isPlainTypeName reports whether a type's text can stand anywhere a type
// parameter's name stood without parentheses.
func isPlainTypeName(s string) bool {
	return !strings.HasPrefix(s, "*") && !strings.HasPrefix(s, "func") &&
		!strings.HasPrefix(s, "chan") && !strings.HasPrefix(s, "<-")
}

// inspectWithStack walks n calling f with each node and its ancestors.
func inspectWithStack(n ast.Node, f func(ast.Node, []ast.Node)) {
	var stack []ast.Node
	ast.Inspect(n, func(x ast.Node) bool {
		if x == nil {
			stack = stack[:len(stack)-1]
			return true
		}
		stack = append(stack, x)
		f(x, stack)
		return true
	})
}

// monoSpelling replaces the names of copies in a message by the
// instantiations they stand for.
func (s *Session) monoSpelling(msg string) string {
	if !strings.Contains(msg, monoOpen) {
		return msg
	}
	names := make([]string, 0, len(s.mono.made))
	for n := range s.mono.made {
		names = append(names, n)
	}
	sort.Slice(names, func(i, j int) bool { return len(names[i]) > len(names[j]) })
	for _, n := range names {
		msg = strings.ReplaceAll(msg, n, s.mono.made[n].spelled)
	}
	return msg
}
