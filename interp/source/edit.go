package source

import (
	"fmt"
	"sort"
	"strings"
)

// An Edit replaces the bytes [From, To) of a chunk with Text; From == To
// inserts. Pass names the pass that made it, for the error of an overlap.
type Edit struct {
	From, To int
	Text     string
	// Order ranks edits at the same place: a lower Order is applied first,
	// so its text ends up after the others'. Wrapping a range gives its
	// closing text -1 and its opening text +1, so that the pair encloses
	// any other edit at the range's edges.
	Order int
	// Other is, for the two insertions of Around, the offset of the
	// pair's other end plus one (0 for any other edit): of two pairs that
	// start (or end) at one offset, the longer one encloses the shorter,
	// whichever pass made them.
	Other int
	Pass  string
}

// Around wraps the bytes [from, to) in open and close, as two insertions
// that enclose any other edit inside or at the edges of the range.
func Around(from, to int, open, close string) []Edit {
	return []Edit{{From: from, To: from, Text: open, Order: 1, Other: to + 1}, {From: to, To: to, Text: close, Order: -1, Other: from + 1}}
}

// Insert is an insertion of text at off.
func Insert(off int, text string) Edit { return Edit{From: off, To: off, Text: text} }

// Replace replaces [from, to) with text.
func Replace(from, to int, text string) Edit { return Edit{From: from, To: to, Text: text} }

// OverlapError reports two edits that touch the same bytes: applying both
// would lose one of them, so the rewrite is refused instead.
type OverlapError struct{ A, B Edit }

func (e *OverlapError) Error() string {
	return fmt.Sprintf("gopad: the rewrites %q and %q both change bytes %d-%d of the chunk (a bug in gopad: please report the cell)",
		e.A.Pass, e.B.Pass, max(e.A.From, e.B.From), min(e.A.To, e.B.To))
}

// Apply applies edits to src. Insertions at one offset keep their Order;
// an insertion at the edge of a replaced range stays outside it. Two edits
// of which one replaces bytes the other also replaces, or inside which the
// other inserts, make an *OverlapError; an edit outside src is an error too.
// Identical edits count once.
func Apply(src string, edits []Edit) (string, error) {
	es := append([]Edit(nil), edits...)
	at := make(map[*Edit]int, len(es)) // each edit's place among edits
	ptrs := make([]*Edit, len(es))
	for i := range es {
		ptrs[i] = &es[i]
		at[ptrs[i]] = i
	}
	// Later edits first; of two at one offset, the longer replacement
	// first, so that an insertion lands before it. Insertions at one
	// offset in one Order land in the text in reverse when they open
	// (Order >= 0) and in order when they close (Order < 0), so that two
	// Arounds of one range nest: the later one encloses the earlier.
	sort.SliceStable(ptrs, func(i, j int) bool {
		a, b := ptrs[i], ptrs[j]
		if a.From != b.From {
			return a.From > b.From
		}
		if a.To != b.To {
			return a.To > b.To
		}
		if a.Order != b.Order {
			return a.Order < b.Order
		}
		if a.Other != 0 && b.Other != 0 && a.Other != b.Other {
			// Two pairs of Around at one end, the longer enclosing the
			// shorter: an insertion applied first lands after the
			// others, so the shorter pair's opening (which closes
			// sooner) and the longer pair's closing (which opened
			// sooner) go first.
			return a.Other < b.Other
		}
		return a.Order < 0 && at[a] > at[b]
	})
	sorted := make([]Edit, len(ptrs))
	for i, p := range ptrs {
		sorted[i] = *p
	}
	kept, err := checked(src, sorted)
	if err != nil {
		return src, err
	}
	// Applied from the last to the first, each edit's text would land
	// before the texts of the edits at its offset applied earlier; so the
	// text is written from the start with the edits in reverse.
	var out strings.Builder
	out.Grow(len(src))
	pos := 0
	for i := len(kept) - 1; i >= 0; i-- {
		e := kept[i]
		out.WriteString(src[pos:e.From])
		out.WriteString(e.Text)
		pos = e.To
	}
	out.WriteString(src[pos:])
	return out.String(), nil
}

// checked is the sorted edits (later first) without those made twice, or
// the error of an edit outside src or of two that overlap.
func checked(src string, sorted []Edit) ([]Edit, error) {
	kept := sorted[:0:0]
	for _, e := range sorted {
		if e.From < 0 || e.From > e.To || e.To > len(src) {
			return nil, fmt.Errorf("gopad: the rewrite %q edits bytes %d-%d of a %d-byte chunk (a bug in gopad)", e.Pass, e.From, e.To, len(src))
		}
		if n := len(kept); n > 0 && same(kept[n-1], e) {
			continue
		}
		if n := len(kept); n > 0 && overlaps(e, kept[n-1]) {
			return nil, &OverlapError{A: e, B: kept[n-1]}
		}
		kept = append(kept, e)
	}
	return kept, nil
}

// overlaps reports whether e, which sorts before p (it starts at or before
// p), touches bytes p changes: a replacement reaching into p's range, or two
// replacements of one range.
func overlaps(e, p Edit) bool {
	if e.To > p.From {
		return true
	}
	return e.From == p.From && e.To == p.To && e.From != e.To
}

// same reports whether a and b are one edit made twice by one pass. Two
// insertions of one text at one place in different Orders, or by two
// passes, are two (the closing parentheses of two calls wrapped around one
// expression).
func same(a, b Edit) bool {
	return a.From == b.From && a.To == b.To && a.Text == b.Text && a.Order == b.Order &&
		(a.Pass == b.Pass || a.From != a.To)
}
