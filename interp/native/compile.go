package native

import (
	"go/ast"
	"go/token"
	"go/types"
	"math"
	"reflect"
)

// kind is how a value is held in a slot.
type kind uint8

const (
	kNone  kind = iota
	kInt        // int, int64
	kFloat      // float64, as its bits
	kBool       // 0 or 1
)

// goType is the Go type of a value of kind k and Go type t.
func (k kind) goType(t types.Type) reflect.Type {
	switch {
	case k == kFloat:
		return reflect.TypeFor[float64]()
	case k == kBool:
		return reflect.TypeFor[bool]()
	case types.Identical(t, types.Typ[types.Int64]):
		return reflect.TypeFor[int64]()
	}
	return reflect.TypeFor[int]()
}

// ctl is how a statement ends.
type ctl uint8

const (
	ctlNext ctl = iota
	ctlBreak
	ctlContinue
	ctlReturn
)

type (
	stmt      func(m *machine, bp int) ctl
	intFunc   func(m *machine, bp int) int64
	floatFunc func(m *machine, bp int) float64
	boolFunc  func(m *machine, bp int) bool
)

// expr is a compiled expression: one of i, f, b by its kind. slot (>= 0)
// and isConst describe the leaves the operators specialize on.
type expr struct {
	k       kind
	i       intFunc
	f       floatFunc
	b       boolFunc
	slot    int
	isConst bool
	c       int64 // the constant, as a slot holds it
}

// raw returns e as the int64 a slot holds.
func (e *expr) raw() intFunc {
	switch e.k {
	case kFloat:
		f := e.f
		return func(m *machine, bp int) int64 { return int64(math.Float64bits(f(m, bp))) }
	case kBool:
		b := e.b
		return func(m *machine, bp int) int64 {
			if b(m, bp) {
				return 1
			}
			return 0
		}
	}
	return e.i
}

// unsupported is the panic of a construct outside the subset.
type unsupported struct {
	pos  token.Pos
	what string
}

type compiler struct {
	info       *types.Info
	fn         *function
	self       types.Object
	slots      map[types.Object]int
	temps      int // hidden slots (switch tags, range bounds)
	resultSlot int // the named result's slot, or -1
}

func (c *compiler) fail(n ast.Node, what string) {
	panic(unsupported{n.Pos(), what})
}

func (c *compiler) slot(o types.Object) int {
	if s, ok := c.slots[o]; ok {
		return s
	}
	s := len(c.slots) + c.temps
	c.slots[o] = s
	return s
}

func (c *compiler) temp() int {
	s := len(c.slots) + c.temps
	c.temps++
	return s
}

// kindOf is the kind of values of type t (n is where t is written).
func (c *compiler) kindOf(n ast.Node, t types.Type) kind {
	b, ok := t.(*types.Basic)
	if !ok {
		c.fail(n, "type "+t.String())
	}
	switch b.Kind() {
	case types.Int, types.Int64:
		return kInt
	case types.Float64:
		return kFloat
	case types.Bool, types.UntypedBool:
		return kBool
	}
	c.fail(n, "type "+t.String())
	return kNone
}

// object is the variable an identifier names (declared or used).
func (c *compiler) object(id *ast.Ident) types.Object {
	if o := c.info.Defs[id]; o != nil {
		return o
	}
	return c.info.Uses[id]
}

func (c *compiler) local(id *ast.Ident) int {
	o, ok := c.object(id).(*types.Var)
	if !ok {
		c.fail(id, "not a local variable: "+id.Name)
	}
	s, ok := c.slots[o]
	if !ok {
		if c.info.Defs[id] == nil {
			c.fail(id, "not a local variable: "+id.Name)
		}
		s = c.slot(o)
	}
	return s
}

// ---- statements ----

func (c *compiler) block(list []ast.Stmt) stmt {
	var ss []stmt
	for _, s := range list {
		if st := c.stmt(s); st != nil {
			ss = append(ss, st)
		}
	}
	return seq(ss)
}

// seq runs ss in order, up to one that does not end normally.
func seq(ss []stmt) stmt {
	switch len(ss) {
	case 0:
		return func(*machine, int) ctl { return ctlNext }
	case 1:
		return ss[0]
	case 2:
		a, b := ss[0], ss[1]
		return func(m *machine, bp int) ctl {
			if r := a(m, bp); r != ctlNext {
				return r
			}
			return b(m, bp)
		}
	}
	return func(m *machine, bp int) ctl {
		for _, s := range ss {
			if r := s(m, bp); r != ctlNext {
				return r
			}
		}
		return ctlNext
	}
}

func (c *compiler) stmt(s ast.Stmt) stmt {
	switch s := s.(type) {
	case *ast.EmptyStmt:
		return nil
	case *ast.BlockStmt:
		return c.block(s.List)
	case *ast.ExprStmt:
		call, ok := s.X.(*ast.CallExpr)
		if !ok {
			c.fail(s, "expression statement")
		}
		f := c.call(call)
		return func(m *machine, bp int) ctl { f(m, bp); return ctlNext }
	case *ast.IncDecStmt:
		id, ok := s.X.(*ast.Ident)
		if !ok || c.kindOf(s.X, c.info.TypeOf(s.X)) != kInt {
			c.fail(s, "increment of a non-integer")
		}
		k := c.local(id)
		if s.Tok == token.INC {
			return func(m *machine, bp int) ctl { m.s[bp+k]++; return ctlNext }
		}
		return func(m *machine, bp int) ctl { m.s[bp+k]--; return ctlNext }
	case *ast.AssignStmt:
		return c.assign(s)
	case *ast.DeclStmt:
		return c.declStmt(s)
	case *ast.ReturnStmt:
		return c.ret(s)
	case *ast.IfStmt:
		return c.ifStmt(s)
	case *ast.ForStmt:
		return c.forStmt(s)
	case *ast.RangeStmt:
		return c.rangeStmt(s)
	case *ast.SwitchStmt:
		return c.switchStmt(s)
	case *ast.BranchStmt:
		if s.Label != nil {
			c.fail(s, "labeled branch")
		}
		switch s.Tok {
		case token.BREAK:
			return func(*machine, int) ctl { return ctlBreak }
		case token.CONTINUE:
			return func(*machine, int) ctl { return ctlContinue }
		}
		c.fail(s, s.Tok.String())
	}
	c.fail(s, "statement")
	return nil
}

// store returns a statement setting slot k to e. (Values are computed
// before m.s is indexed: a call may grow m.s.)
func store(k int, e *expr) stmt {
	switch {
	case e.isConst:
		v := e.c
		return func(m *machine, bp int) ctl { m.s[bp+k] = v; return ctlNext }
	case e.k == kInt:
		f := e.i
		return func(m *machine, bp int) ctl {
			v := f(m, bp) // first: a call in f may grow m.s
			m.s[bp+k] = v
			return ctlNext
		}
	}
	f := e.raw()
	return func(m *machine, bp int) ctl {
		v := f(m, bp)
		m.s[bp+k] = v
		return ctlNext
	}
}

func (c *compiler) assign(s *ast.AssignStmt) stmt {
	if s.Tok != token.ASSIGN && s.Tok != token.DEFINE {
		// x op= y
		if len(s.Lhs) != 1 {
			c.fail(s, "assignment")
		}
		id, ok := s.Lhs[0].(*ast.Ident)
		if !ok {
			c.fail(s, "assignment to a non-variable")
		}
		op := map[token.Token]token.Token{
			token.ADD_ASSIGN: token.ADD, token.SUB_ASSIGN: token.SUB, token.MUL_ASSIGN: token.MUL,
			token.QUO_ASSIGN: token.QUO, token.REM_ASSIGN: token.REM, token.AND_ASSIGN: token.AND,
			token.OR_ASSIGN: token.OR, token.XOR_ASSIGN: token.XOR, token.SHL_ASSIGN: token.SHL,
			token.SHR_ASSIGN: token.SHR, token.AND_NOT_ASSIGN: token.AND_NOT,
		}[s.Tok]
		x := c.expr(s.Lhs[0])
		return store(c.local(id), c.binary(s, op, x, c.expr(s.Rhs[0]), x.k))
	}
	if len(s.Lhs) != len(s.Rhs) {
		c.fail(s, "assignment of a multi-valued expression")
	}
	var slots []int
	var vals []*expr
	for i, l := range s.Lhs {
		id, ok := l.(*ast.Ident)
		if !ok {
			c.fail(l, "assignment to a non-variable")
		}
		v := c.expr(s.Rhs[i])
		if id.Name == "_" {
			slots = append(slots, -1)
		} else {
			slots = append(slots, c.local(id))
		}
		vals = append(vals, v)
	}
	if len(slots) == 1 {
		if slots[0] < 0 {
			f := vals[0].raw()
			return func(m *machine, bp int) ctl { f(m, bp); return ctlNext }
		}
		return store(slots[0], vals[0])
	}
	// a, b = b, a+b: every value first, then the stores.
	fs := make([]intFunc, len(vals))
	for i, v := range vals {
		fs[i] = v.raw()
	}
	if len(fs) == 2 && slots[0] >= 0 && slots[1] >= 0 {
		f0, f1, k0, k1 := fs[0], fs[1], slots[0], slots[1]
		return func(m *machine, bp int) ctl {
			v0, v1 := f0(m, bp), f1(m, bp)
			m.s[bp+k0], m.s[bp+k1] = v0, v1
			return ctlNext
		}
	}
	if len(fs) > maxParams {
		c.fail(s, "assignment of more than 8 values")
	}
	return func(m *machine, bp int) ctl {
		var tmp [maxParams]int64
		for i, f := range fs {
			tmp[i] = f(m, bp)
		}
		for i, k := range slots {
			if k >= 0 {
				m.s[bp+k] = tmp[i]
			}
		}
		return ctlNext
	}
}

func (c *compiler) declStmt(s *ast.DeclStmt) stmt {
	g := s.Decl.(*ast.GenDecl)
	switch g.Tok {
	case token.CONST:
		return nil // its uses are constants
	case token.VAR:
	default:
		c.fail(s, "declaration")
	}
	var ss []stmt
	for _, sp := range g.Specs {
		vs := sp.(*ast.ValueSpec)
		if len(vs.Values) != 0 && len(vs.Values) != len(vs.Names) {
			c.fail(vs, "declaration of a multi-valued expression")
		}
		for i, n := range vs.Names {
			var v *expr
			if len(vs.Values) > 0 {
				v = c.expr(vs.Values[i])
			}
			if n.Name == "_" {
				if v != nil && !v.isConst {
					f := v.raw()
					ss = append(ss, func(m *machine, bp int) ctl { f(m, bp); return ctlNext })
				}
				continue
			}
			o := c.info.Defs[n]
			k := c.kindOf(n, o.Type())
			if v == nil {
				// Zeroed explicitly: the slot may hold a value of an
				// earlier iteration.
				v = constant0(k)
			}
			ss = append(ss, store(c.slot(o), v))
		}
	}
	return seq(ss)
}

func (c *compiler) ret(s *ast.ReturnStmt) stmt {
	switch {
	case len(s.Results) == 0 && c.resultSlot >= 0:
		k := c.resultSlot
		return func(m *machine, bp int) ctl { m.ret = m.s[bp+k]; return ctlReturn }
	case len(s.Results) == 0:
		return func(*machine, int) ctl { return ctlReturn }
	case len(s.Results) > 1:
		c.fail(s, "several results")
	}
	e := c.expr(s.Results[0])
	if e.slot >= 0 {
		k := e.slot
		return func(m *machine, bp int) ctl { m.ret = m.s[bp+k]; return ctlReturn }
	}
	f := e.raw()
	return func(m *machine, bp int) ctl { m.ret = f(m, bp); return ctlReturn }
}

func (c *compiler) cond(e ast.Expr) boolFunc {
	x := c.expr(e)
	if x.k != kBool {
		c.fail(e, "condition")
	}
	return x.b
}

func (c *compiler) ifStmt(s *ast.IfStmt) stmt {
	var init stmt
	if s.Init != nil {
		init = c.stmt(s.Init)
	}
	cond := c.cond(s.Cond)
	then := c.block(s.Body.List)
	var els stmt
	if s.Else != nil {
		els = c.stmt(s.Else)
	}
	var st stmt
	if els == nil {
		st = func(m *machine, bp int) ctl {
			if cond(m, bp) {
				return then(m, bp)
			}
			return ctlNext
		}
	} else {
		st = func(m *machine, bp int) ctl {
			if cond(m, bp) {
				return then(m, bp)
			}
			return els(m, bp)
		}
	}
	if init != nil {
		return seq([]stmt{init, st})
	}
	return st
}

// loop runs body while cond holds (cond nil: always), then post, checking
// for an interrupt at each iteration.
func loop(cond boolFunc, body, post stmt) stmt {
	if post == nil {
		post = func(*machine, int) ctl { return ctlNext }
	}
	if cond == nil {
		cond = func(*machine, int) bool { return true }
	}
	return func(m *machine, bp int) ctl {
		for cond(m, bp) {
			switch body(m, bp) {
			case ctlBreak:
				return ctlNext
			case ctlReturn:
				return ctlReturn
			}
			post(m, bp)
			m.check()
		}
		return ctlNext
	}
}

func (c *compiler) forStmt(s *ast.ForStmt) stmt {
	var init, post stmt
	var cond boolFunc
	if s.Init != nil {
		init = c.stmt(s.Init)
	}
	if s.Cond != nil {
		cond = c.cond(s.Cond)
	}
	if s.Post != nil {
		post = c.stmt(s.Post)
	}
	l := loop(cond, c.block(s.Body.List), post)
	if init != nil {
		return seq([]stmt{init, l})
	}
	return l
}

// rangeStmt compiles a range over an integer: for i := range n.
func (c *compiler) rangeStmt(s *ast.RangeStmt) stmt {
	n := c.expr(s.X)
	if n.k != kInt || s.Value != nil {
		c.fail(s, "range over a non-integer")
	}
	end, i := c.temp(), c.temp()
	key := -1
	if id, ok := s.Key.(*ast.Ident); ok && id.Name != "_" {
		key = c.local(id)
	} else if s.Key != nil && !ok {
		c.fail(s.Key, "range key")
	}
	nf := n.raw()
	body := c.block(s.Body.List)
	return func(m *machine, bp int) ctl {
		v := nf(m, bp)
		m.s[bp+end], m.s[bp+i] = v, 0
		for m.s[bp+i] < m.s[bp+end] {
			if key >= 0 {
				m.s[bp+key] = m.s[bp+i]
			}
			switch body(m, bp) {
			case ctlBreak:
				return ctlNext
			case ctlReturn:
				return ctlReturn
			}
			m.s[bp+i]++
			m.check()
		}
		return ctlNext
	}
}

func (c *compiler) switchStmt(s *ast.SwitchStmt) stmt {
	var ss []stmt
	if s.Init != nil {
		ss = append(ss, c.stmt(s.Init))
	}
	var tag *expr
	if s.Tag != nil {
		t := c.expr(s.Tag)
		k := c.temp()
		ss = append(ss, store(k, t))
		tag = &expr{k: t.k, slot: k}
		tag.i, tag.f, tag.b = slotFuncs(k)
	}
	type clause struct {
		conds []boolFunc
		body  stmt
	}
	var clauses []clause
	var dflt stmt
	for _, cc := range s.Body.List {
		cc := cc.(*ast.CaseClause)
		for _, st := range cc.Body {
			if b, ok := st.(*ast.BranchStmt); ok && b.Tok == token.FALLTHROUGH {
				c.fail(b, "fallthrough")
			}
		}
		var conds []boolFunc
		for _, e := range cc.List {
			if tag == nil {
				conds = append(conds, c.cond(e))
			} else {
				conds = append(conds, c.binary(e, token.EQL, tag, c.expr(e), kBool).b)
			}
		}
		body := c.block(cc.Body)
		if cc.List == nil {
			dflt = body
			continue
		}
		clauses = append(clauses, clause{conds, body})
	}
	ss = append(ss, func(m *machine, bp int) ctl {
		run := dflt
		for _, cl := range clauses {
			for _, cond := range cl.conds {
				if cond(m, bp) {
					run = cl.body
					goto found
				}
			}
		}
	found:
		if run == nil {
			return ctlNext
		}
		if r := run(m, bp); r != ctlBreak {
			return r
		}
		return ctlNext // break ends the switch
	})
	return seq(ss)
}
