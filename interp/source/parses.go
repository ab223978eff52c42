package source

import (
	"go/ast"
	"go/scanner"
	"sync"
)

// Parses remembers the last few parses of chunks. A chunk is parsed by
// every step it goes through (the syntax check, auto-import, the
// rewrites, the trailing expression, ...), mostly as the same text, and a
// parse costs more than the rest of a small cell's steps together. The
// ASTs are shared and must not be changed. A Parses is safe for
// concurrent use; its zero value is ready, and a nil *Parses parses every
// time.
type Parses struct {
	mu   sync.Mutex
	last [parsesKept]parsed // the latest first
}

// parsesKept is how many parses a Parses keeps: a chunk as written, as
// the typed and the syntax passes left it, and as made ready to run.
const parsesKept = 4

type parsed struct {
	f   *File
	err error
}

// Parse parses c, or returns the parse of the same text kept from before
// (with c's position in the cell).
func (p *Parses) Parse(c Chunk) (*File, error) {
	if p == nil {
		return Parse(c)
	}
	p.mu.Lock()
	defer p.mu.Unlock()
	e := p.find(Chunk{Kind: c.Kind, Src: c.Src}) // kept without a position
	if e.f.Chunk == c {
		return e.f, e.err
	}
	f := *e.f
	f.Chunk = c
	return &f, e.err
}

// find returns the parse of c, kept or made (and then kept).
func (p *Parses) find(c Chunk) parsed {
	for i, e := range p.last {
		if e.f != nil && e.f.Chunk == c {
			copy(p.last[1:i+1], p.last[:i])
			p.last[0] = e
			return e
		}
	}
	f, err := Parse(c)
	copy(p.last[1:], p.last[:])
	p.last[0] = parsed{f, err}
	return p.last[0]
}

// Stmts parses src as a statement chunk.
func (p *Parses) Stmts(src string) (*File, error) { return p.Parse(Chunk{Kind: Stmt, Src: src}) }

// LastExpr returns the expression of a statement chunk's last statement
// when that statement is an expression statement (nil otherwise, and for
// a chunk that does not parse).
func (p *Parses) LastExpr(src string) ast.Expr {
	f, err := p.Stmts(src)
	if err != nil {
		return nil
	}
	if es, ok := f.Last().(*ast.ExprStmt); ok {
		return ast.Unparen(es.X)
	}
	return nil
}

// TrailingCall reports whether the statements src end with a call.
func (p *Parses) TrailingCall(src string) bool {
	_, ok := p.LastExpr(src).(*ast.CallExpr)
	return ok
}

// TrailingExpr reports whether the statements in src end with an
// expression statement whose value should be shown: not a call to a
// printing function, nor to a compiled function without results (yaegi
// then returns a stale value). resultless tells, for pkg.Name, whether it
// is such a function.
func (p *Parses) TrailingExpr(src string, resultless func(pkg, name string) bool) bool {
	return ShowsValue(p.LastExpr(src), resultless)
}

// SyntaxError checks a chunk with Go's parser and returns its first error
// in the cell's coordinates (see the function SyntaxError).
func (p *Parses) SyntaxError(ch Chunk) *scanner.Error {
	if ch.Kind != Stmt && ch.Kind != Decl {
		return nil
	}
	_, err := p.Parse(ch)
	return cellError(ch, err)
}
