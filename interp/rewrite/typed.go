package rewrite

import (
	"fmt"
	"go/ast"
	"go/parser"
	"go/token"
	"go/types"
	"slices"
	"strings"
	"sync"

	"github.com/gopad/gopad/interp/source"
)

// The passes of the typed phase need the types of a chunk's expressions.
// The chunk is checked by go/types together with the session's imports,
// its declarations and its top-level variables (compiled packages are seen
// through their symbol tables and the generated generic declarations of
// interp/typeinfo), so that, for instance,
//
//	Map(nums, strconv.Itoa)        → Map[int, string](nums, strconv.Itoa)
//	slices.Max(xs)                 → slices.Max(xs).(float64)
//	for k, v := range seq { ... }  → seq(func(k K, v V) bool { ...; return true })
//
// yaegi cannot infer type arguments through function-typed arguments,
// untyped constants or variadic parameters; the standard library's generic
// functions reach cells as reflection-based stand-ins returning any; and
// yaegi has no range over functions. A construct whose types cannot all be
// written in the cell is left alone. Edits stay on their line, so line
// numbers in messages are unchanged.

// A CheckEnv is the session a chunk is type-checked in.
type CheckEnv struct {
	Imports  string            // the session's imports, as one import declaration
	Names    map[string]string // import path -> the name the cells use
	Decls    string            // what earlier chunks declared, as Go declarations
	Importer types.Importer
	// Copies maps the names of the session's copies of generic types
	// (instances made concrete for yaegi) to their Go names, as %T spells
	// them (main.Box[int]).
	Copies map[string]string
	// Spelled maps the names of the same copies to the instances they
	// stand for, as a cell writes them (List[int]): the types the passes
	// write name the copies (see monoSpelled).
	Spelled map[string]string
	// DeclaresTypes is set when the session declared types.
	DeclaresTypes bool
	// Parsed keeps the parse of Decls between checks; nil parses each time.
	Parsed *DeclParse
	// Written names the session's variables that a chunk may have written
	// since their declaration (see WrittenGlobals).
	Written map[string]bool
	// StackGlobals names the variables the running cell's statements
	// declare that Go would keep on the stack (Types.StackGlobals).
	StackGlobals map[string]bool
	// CellUses names what the running cell's statements use besides
	// their defers (CellUses); nil: the chunk alone tells.
	CellUses map[string]bool
	// ValueTypes maps a session variable to the cell type over a basic
	// type whose reflect.ValueOf the last statement chunk that wrote it
	// gave it, by its short name (Types.TopValueAssign), where no
	// function may write the variable.
	ValueTypes map[string]string
}

// A DeclParse keeps the parse of the session's declarations from one
// check to the next: they change only when a cell declares something, and
// parsing them again for every chunk would cost more than the chunk.
// Each check adds its chunk's file to the kept file set, so the parse is
// dropped after declParseUses checks. Safe for concurrent use.
type DeclParse struct {
	mu    sync.Mutex
	text  string
	fset  *token.FileSet
	file  *ast.File
	facts bodyFacts
	uses  int
}

const declParseUses = 256

// get returns a file set holding text's parse (signatures only), the
// parse, or nil when text does not parse, and what the dropped bodies do.
func (c *DeclParse) get(text string) (*token.FileSet, *ast.File, bodyFacts) {
	if c == nil {
		fset := token.NewFileSet()
		f, facts := parseDecls(fset, text)
		return fset, f, facts
	}
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.fset == nil || c.text != text || c.uses >= declParseUses {
		c.fset, c.text, c.uses = token.NewFileSet(), text, 0
		c.file, c.facts = parseDecls(c.fset, text)
	}
	c.uses++
	return c.fset, c.file, c.facts
}

// parseDecls parses the session's declarations into fset, keeping only
// the signatures of functions, and notes what their bodies do; nil if
// they do not parse.
func parseDecls(fset *token.FileSet, text string) (*ast.File, bodyFacts) {
	f, err := parser.ParseFile(fset, "session", text, parser.SkipObjectResolution)
	if err != nil {
		return nil, nil
	}
	facts := funcBodyFacts(f)
	return signaturesOnly(f), facts
}

// Types is a chunk checked by go/types in the session's context.
type Types struct {
	Fset   *token.FileSet
	File   *ast.File // the checked chunk, after the session's imports
	Info   *types.Info
	Pkg    *types.Package
	Text   string            // the checked file
	Prefix int               // bytes before the chunk in the checked file
	Names  map[string]string // import path -> the name the cell uses
	// dynamicNames is set when the session or the chunk declares types,
	// whose names %T of an interface looks up at run time.
	dynamicNames  bool
	copies        map[string]string
	spelled       map[string]string
	calls         []compiledCall // the compiled calls, once listed
	listed        bool
	switchVars    map[types.Object]types.Type  // see switchStatic
	sessionFacts  bodyFacts                    // what the session's functions do (deferpanics.go)
	session       *ast.File                    // the session's declarations, signatures only
	written       map[string]bool              // CheckEnv.Written
	valueTypes    map[string]string            // CheckEnv.ValueTypes
	inStructTry   bool                         // structFieldsTry is writing a printer (fmtdynamic.go)
	heldNest      int                          // heldStructTry's printers being written, one inside another
	heldSelf      map[types.Type]string        // the cells' interfaces whose printer is being written, and its variable (fmtheldlimit.go)
	bareFields    bool                         // structPrinter is writing an unexported field's printer: no methods
	structTries   map[structTryKey][]string    // structFieldsTry's, per type and printers' variables in scope, once a chunk
	printerMemo   map[printerKey]printerResult // dynamicFunc's and structNeedsMethods', once a chunk
	heldDepths    map[*types.Interface]int     // heldDepth's, once a chunk
	facts         map[types.Object]bodyFact    // funcFacts, once a chunk
	stackGlobals  map[string]bool              // CheckEnv.StackGlobals
	cellUses      map[string]bool              // CheckEnv.CellUses
	erasedVars    map[*types.Var]bool          // selfFuncFields' fields, once listed
	selfTypes     []*types.Named               // selfFuncTypes' types, once listed
	selfTypesDone bool
	inErase       bool           // erasedSignatures is spelling the types it looks for
	selfMapList   []*types.Named // selfMaps' types, once listed
	selfMapsDone  bool
	basicNames    []types.Type // basicNamedTypes, once listed
	basicDone     bool
	erasedUnders  []types.Type // twinComposite's underlying types, once listed (nil: not yet)
	erasedMemo    map[types.Type]bool
	anyList       []anySite         // anyConversions' values, once listed
	anySelf       map[ast.Expr]bool // their x where whole == x
	anyDone       bool
	rangeEdits    []source.Edit           // rangeFuncs', once a chunk
	rangeDefers   map[*ast.DeferStmt]bool // the defers they rewrite
	rangeDone     bool
}

// Off is the offset in the chunk's source of a position in its check.
func (tc *Types) Off(p token.Pos) int { return tc.Fset.Position(p).Offset - tc.Prefix }

// code is the chunk's text of n, with the reads of the fields yaegi
// holds as interfaces converted back (erasedReads, selffuncfields.go).
func (tc *Types) code(n ast.Node) string {
	from, to := tc.Fset.Position(n.Pos()).Offset, tc.Fset.Position(n.End()).Offset
	return tc.erasedReads(n, tc.Text[from:to], from)
}

// TypeText writes t as the chunk can name it; false if it cannot.
func (tc *Types) TypeText(t types.Type) (string, bool) {
	if _, named := t.(*types.Named); !named && t != nil && len(tc.selfMapTypes()) > 0 {
		if n, _, erased := tc.selfMapOf(t); n != nil {
			return erased, true // []List as yaegi sees it: selfmaps.go
		}
	}
	text, ok := TypeText(t, tc.Pkg, tc.Names)
	return tc.erasedSignatures(monoSpelled(text, tc.spelled)), ok
}

// Check checks chunk c in env; nil if it does not parse. Type errors are
// ignored: the passes use what could be typed.
func Check(c source.Chunk, env CheckEnv) *Types {
	prefix := "package p\n" + env.Imports
	text := prefix + c.Src
	if c.Kind == source.Stmt {
		prefix += "func _() {\n"
		text = prefix + c.Src + "\n}"
	}
	fset, session, facts := token.NewFileSet(), (*ast.File)(nil), bodyFacts(nil)
	if env.Decls != "" {
		fset, session, facts = env.Parsed.get(withStdGenericTypes(env.Imports, env.Decls))
	}
	f, err := parser.ParseFile(fset, "chunk", text, parser.SkipObjectResolution)
	if err != nil {
		return nil
	}
	// The session's declarations first: its variables are initialized
	// before the chunk's (Info.InitOrder, initorder.go).
	var files []*ast.File
	if session != nil {
		files = append(files, session)
	}
	files = append(files, f)
	conf := types.Config{Importer: env.Importer, Error: func(error) {}}
	info := &types.Info{
		Types:      map[ast.Expr]types.TypeAndValue{},
		Instances:  map[*ast.Ident]types.Instance{},
		Uses:       map[*ast.Ident]types.Object{},
		Defs:       map[*ast.Ident]types.Object{},
		Selections: map[*ast.SelectorExpr]*types.Selection{},
		Implicits:  map[ast.Node]types.Object{},
	}
	pkg, _ := conf.Check("p", fset, files, info)
	if pkg == nil {
		return nil
	}
	return &Types{Fset: fset, File: f, Info: info, Pkg: pkg, Text: text, Prefix: len(prefix), Names: env.Names,
		dynamicNames: env.DeclaresTypes || declaresType(f), copies: env.Copies, spelled: env.Spelled, sessionFacts: facts,
		session: session, written: env.Written, stackGlobals: env.StackGlobals, cellUses: env.CellUses,
		valueTypes: env.ValueTypes}
}

// signaturesOnly drops the bodies of f's non-generic functions and
// methods: a chunk sees only their signatures, and checking every earlier
// cell's bodies again for each chunk would cost more than the chunk.
func signaturesOnly(f *ast.File) *ast.File {
	for _, d := range f.Decls {
		if fd, ok := d.(*ast.FuncDecl); ok && fd.Type.TypeParams == nil && !genericRecv(fd) {
			fd.Body = nil
		}
	}
	return f
}

// genericRecv reports whether fd is a method of a generic type.
func genericRecv(fd *ast.FuncDecl) bool {
	if fd.Recv == nil || len(fd.Recv.List) == 0 {
		return false
	}
	t := fd.Recv.List[0].Type
	if st, ok := t.(*ast.StarExpr); ok {
		t = st.X
	}
	switch t.(type) {
	case *ast.IndexExpr, *ast.IndexListExpr:
		return true
	}
	return false
}

// declaresType reports whether f declares a type, at any level.
func declaresType(f *ast.File) bool {
	found := false
	ast.Inspect(f, func(n ast.Node) bool {
		if _, ok := n.(*ast.TypeSpec); ok {
			found = true
		}
		return !found
	})
	return found
}

// typeArgTexts spells type arguments as the chunk can; false when one
// cannot be written or involves a type parameter.
func (tc *Types) typeArgTexts(targs *types.TypeList) ([]string, bool) {
	args := make([]string, targs.Len())
	for i := range args {
		a, ok := tc.TypeText(targs.At(i))
		if !ok || mentionsTypeParam(targs.At(i)) {
			return nil, false
		}
		args[i] = a
	}
	return args, true
}

// selectorOf finds the selector expression pkg.Name whose Sel is id.
func (tc *Types) selectorOf(id *ast.Ident) (*ast.SelectorExpr, bool) {
	var found *ast.SelectorExpr
	ast.Inspect(tc.File, func(n ast.Node) bool {
		if sel, ok := n.(*ast.SelectorExpr); ok && sel.Sel == id {
			found = sel
		}
		return found == nil
	})
	return found, found != nil
}

// indexed reports whether e already has explicit type arguments.
func (tc *Types) indexed(e ast.Expr) bool {
	found := false
	ast.Inspect(tc.File, func(n ast.Node) bool {
		switch n := n.(type) {
		case *ast.IndexExpr:
			found = found || n.X == e
		case *ast.IndexListExpr:
			found = found || n.X == e
		}
		return !found
	})
	return found
}

// mentionsTypeParam reports whether t involves a type parameter.
func mentionsTypeParam(t types.Type) bool {
	found := false
	var walk func(t types.Type, depth int)
	walk = func(t types.Type, depth int) {
		if found || depth > 20 {
			return
		}
		switch t := t.(type) {
		case *types.TypeParam:
			found = true
		case *types.Named:
			for i := 0; i < t.TypeArgs().Len(); i++ {
				walk(t.TypeArgs().At(i), depth+1)
			}
		case interface{ Elem() types.Type }:
			walk(t.Elem(), depth+1)
		case *types.Signature:
			for _, tu := range []*types.Tuple{t.Params(), t.Results()} {
				for i := 0; i < tu.Len(); i++ {
					walk(tu.At(i).Type(), depth+1)
				}
			}
		}
		if m, ok := t.(*types.Map); ok {
			walk(m.Key(), depth+1)
		}
	}
	walk(t, 0)
	return found
}

// compiledCall is a call of a function or method of a compiled package
// (any other than the cells'): pkg.F(...) or v.M(...).
type compiledCall struct {
	call *ast.CallExpr
	sel  *ast.SelectorExpr
	fn   *types.Func
}

func (c compiledCall) method() bool { return c.fn.Type().(*types.Signature).Recv() != nil }

// in reports whether c calls function (not method) name of package path.
func (c compiledCall) in(path string, names ...string) bool {
	return !c.method() && c.fn.Pkg().Path() == path && slices.Contains(names, c.fn.Name())
}

// compiledCalls lists the chunk's calls of compiled functions and methods.
func (tc *Types) compiledCalls() []compiledCall {
	if tc.listed {
		return tc.calls
	}
	tc.listed = true
	var out []compiledCall
	ast.Inspect(tc.File, func(n ast.Node) bool {
		call, ok := n.(*ast.CallExpr)
		if !ok {
			return true
		}
		sel, ok := call.Fun.(*ast.SelectorExpr)
		if !ok {
			return true
		}
		if fn, ok := tc.Info.Uses[sel.Sel].(*types.Func); ok && fn.Pkg() != nil && fn.Pkg() != tc.Pkg {
			out = append(out, compiledCall{call, sel, fn})
		}
		return true
	})
	tc.calls = out
	return out
}

// mentionsPackage reports whether t refers to a named type of pkg.
func mentionsPackage(t types.Type, pkg *types.Package) bool {
	found := false
	var walk func(t types.Type, depth int)
	walk = func(t types.Type, depth int) {
		if found || depth > 20 {
			return
		}
		switch t := t.(type) {
		case *types.Alias: // type Eint = E[int]: what it stands for
			walk(types.Unalias(t), depth+1)
		case *types.Named:
			if t.Obj().Pkg() == pkg {
				found = true
				return
			}
			for i := 0; i < t.TypeArgs().Len(); i++ {
				walk(t.TypeArgs().At(i), depth+1)
			}
			if t.TypeArgs().Len() > 0 {
				walk(t.Underlying(), depth+1)
			}
		case *types.TypeParam:
			found = true
		case *types.Pointer:
			walk(t.Elem(), depth+1)
		case *types.Slice:
			walk(t.Elem(), depth+1)
		case *types.Array:
			walk(t.Elem(), depth+1)
		case *types.Map:
			walk(t.Key(), depth+1)
			walk(t.Elem(), depth+1)
		case *types.Chan:
			walk(t.Elem(), depth+1)
		case *types.Signature:
			for i := 0; i < t.Params().Len(); i++ {
				walk(t.Params().At(i).Type(), depth+1)
			}
			for i := 0; i < t.Results().Len(); i++ {
				walk(t.Results().At(i).Type(), depth+1)
			}
		case *types.Struct:
			for i := 0; i < t.NumFields(); i++ {
				walk(t.Field(i).Type(), depth+1)
			}
		}
	}
	walk(t, 0)
	return found
}

// TypeText writes t as a cell would: the cell's own types unqualified,
// other packages under the names the cell imported them as. It fails for
// types a cell cannot name.
func TypeText(t types.Type, self *types.Package, names map[string]string) (string, bool) {
	ok := true
	s := types.TypeString(t, func(p *types.Package) string {
		if p == self {
			return ""
		}
		n, found := names[p.Path()]
		if !found {
			ok = false
		}
		return n
	})
	if strings.Contains(s, "invalid type") || strings.Contains(s, "untyped ") {
		return "", false
	}
	return s, ok
}

// paramList writes a signature's parameters as a0 T0, a1 T1 and the
// arguments that pass them on.
func (tc *Types) paramList(sig *types.Signature) (params, args string, ok bool) {
	var ps, as []string
	for i := 0; i < sig.Params().Len(); i++ {
		t := sig.Params().At(i).Type()
		name := fmt.Sprintf("a%d", i)
		if sig.Variadic() && i == sig.Params().Len()-1 {
			text, ok := tc.TypeText(t.(*types.Slice).Elem())
			if !ok {
				return "", "", false
			}
			ps = append(ps, name+" ..."+text)
			as = append(as, name+"...")
			continue
		}
		text, ok := tc.TypeText(t)
		if !ok {
			return "", "", false
		}
		ps = append(ps, name+" "+text)
		as = append(as, name)
	}
	return strings.Join(ps, ", "), strings.Join(as, ", "), true
}

// resultList writes a signature's results as a function type shows them.
func (tc *Types) resultList(sig *types.Signature) (string, bool) {
	var rs []string
	for i := 0; i < sig.Results().Len(); i++ {
		text, ok := tc.TypeText(sig.Results().At(i).Type())
		if !ok {
			return "", false
		}
		rs = append(rs, text)
	}
	switch len(rs) {
	case 0:
		return "", true
	case 1:
		return rs[0], true
	}
	return "(" + strings.Join(rs, ", ") + ")", true
}

// Typed is the phase of the passes that need go/types. Its passes
// run in this order, and their edits are applied together.
var Typed = Phase{Name: "typed", Typed: true, Passes: []Pass{
	instantiatePass,
	stdGenericsPass,
	stdGenericUsesPass,
	floatShiftPass,
	shiftOperandsPass,
	zeroDivisorsPass,
	nilDerefsPass,
	byteConstsPass,
	floatConvsPass,
	complexArgsPass,
	funcConversionPass,
	untaggedStructsPass,
	float32ConstsPass,
	pkgFloatConstsPass,
	rangeChansPass,
	genericAliasPass,
	mapIndexOKPass,
	commaOkZeroPass,
	rangeStdItersPass,
	directedMakePass,
	goCallPass,
	loopCapturesPass,
	rangeFuncPass,
	rangeStringPass,
	constLenPass,
	rangeArrayPointerPass,
	constFoldPass,
	arrayAddrPass,
	funcValuesPass,
	elidedAddrsPass,
	rangeIntTypedPass,
	methodValuesPass,
	loopReceiversPass,
	selfMethodsPass,
	localMethodTypesPass,
	typeSwitchPass,
	mixedSwitchPass,
	anyConversionsPass,
	anyLiteralsPass,
	identityAssertPass,
	contextValueKeysPass,
	eqGuardPass,
	pairedEqualsPass,
	anyMapKeysPass,
	resultPass,
	recvOKPass,
	constSendPass,
	fieldOpsPass,
	nilReturnsPass,
	stdStreamsPass,
	redeclarePass,
	newExprPass,
	stringPrintPass,
	builtinPrintPass,
	ifaceCopyPass,
	ifaceConvertPass,
	ifaceArgsPass,
	funcIfaceArgsPass,
	funcFieldTypesPass,
	anonEmbedPass,
	selfFuncFieldsPass,
	selfFuncTypesPass,
	selfMapsPass,
	ifaceEqualPass,
	ifaceAssertPass,
	anyAssertPass,
	nilAssertPass,
	promotedAssertPass,
	anyToIfacePass,
	deferRecvPass,
	deferClosuresPass,
	deferPanicsPass,
	namedPanicsPass,
	returnFuncsPass,
	promotedMethodsPass,
	indexCheckPass,
	onceValuesPass,
	anyResultPass,
	callbackResultsPass,
	ifaceOperandsPass,
	tupleNilsPass,
	tupleIfacesPass,
	localAliasesPass,
	cellTypeResultPass,
	printArgsPass,
	errorsAsPass,
	reflectNamesPass,
	variadicArgsPass,
	lastSpreadPass,
	encodingPass,
	jsonAnyPass,
	templateErrorPass,
	templateMembersPass,
	templateMethodsPass,
	slogArgsPass,
	templateDataPass,
	flagValuesPass,
	logFlagsPass,
	contextKeysPass,
	anySwapPass,
	blankChecksPass,
	initOrderPass,
	promotedCallsPass,
	typedConstsPass,
	appendIfacePass,
	minMaxTypedPass,
	minMaxConstsPass,
	stackAppendsPass,
	genericInitsPass,
	globalRunesPass,
	handedArgsPass,
	markCompositesPass,
}}
