// Package notebook reads, runs and writes Jupyter notebooks (nbformat 4)
// through a kernel, the way nbclient does: each code cell is sent as an
// execute_request and the iopub output is both printed live and stored.
package notebook

import (
	"bytes"
	"encoding/json"
	"fmt"
	"os"
	"strings"
)

// Notebook is an nbformat 4 notebook. Fields gopad does not use are kept
// in the raw maps so that writing a notebook back loses nothing.
type Notebook struct {
	Cells         []*Cell        `json:"cells"`
	Metadata      map[string]any `json:"metadata"`
	NBFormat      int            `json:"nbformat"`
	NBFormatMinor int            `json:"nbformat_minor"`
}

// Cell is one notebook cell.
type Cell struct {
	ID             string           `json:"id,omitempty"`
	CellType       string           `json:"cell_type"`
	Metadata       map[string]any   `json:"metadata"`
	Source         Source           `json:"source"`
	Outputs        []map[string]any `json:"outputs,omitempty"`
	ExecutionCount *int             `json:"execution_count,omitempty"`
	Attachments    map[string]any   `json:"attachments,omitempty"`
}

// MarshalJSON writes code cells with outputs and execution_count always
// present (nbformat requires them) and other cells without.
func (c *Cell) MarshalJSON() ([]byte, error) {
	m := map[string]any{
		"cell_type": c.CellType,
		"metadata":  orEmpty(c.Metadata),
		"source":    c.Source,
	}
	if c.ID != "" {
		m["id"] = c.ID
	}
	if c.Attachments != nil {
		m["attachments"] = c.Attachments
	}
	if c.CellType == "code" {
		outs := []map[string]any{}
		for _, o := range c.Outputs {
			outs = append(outs, storedOutput(o))
		}
		m["outputs"] = outs
		if c.ExecutionCount != nil {
			m["execution_count"] = *c.ExecutionCount
		} else {
			m["execution_count"] = nil
		}
	}
	return json.Marshal(m)
}

func orEmpty(m map[string]any) map[string]any {
	if m == nil {
		return map[string]any{}
	}
	return m
}

// Source is a cell's source, stored as a list of lines (or one string).
type Source string

// UnmarshalJSON accepts a string or a list of strings.
func (s *Source) UnmarshalJSON(b []byte) error {
	var one string
	if err := json.Unmarshal(b, &one); err == nil {
		*s = Source(one)
		return nil
	}
	var lines []string
	if err := json.Unmarshal(b, &lines); err != nil {
		return fmt.Errorf("cell source: %w", err)
	}
	*s = Source(strings.Join(lines, ""))
	return nil
}

// MarshalJSON writes the source as a list of lines, as Jupyter does.
func (s Source) MarshalJSON() ([]byte, error) {
	return json.Marshal(splitLines(string(s)))
}

// splitLines splits text into lines that keep their "\n".
func splitLines(text string) []string {
	lines := []string{}
	for text != "" {
		i := strings.IndexByte(text, '\n')
		if i < 0 {
			lines = append(lines, text)
			break
		}
		lines = append(lines, text[:i+1])
		text = text[i+1:]
	}
	return lines
}

// Tags returns the cell's metadata tags.
func (c *Cell) Tags() []string {
	raw, _ := c.Metadata["tags"].([]any)
	var tags []string
	for _, t := range raw {
		if s, ok := t.(string); ok {
			tags = append(tags, s)
		}
	}
	return tags
}

// HasTag reports whether the cell is tagged tag.
func (c *Cell) HasTag(tag string) bool {
	for _, t := range c.Tags() {
		if t == tag {
			return true
		}
	}
	return false
}

// Read reads a notebook file.
func Read(path string) (*Notebook, error) {
	b, err := os.ReadFile(path)
	if err != nil {
		return nil, err
	}
	var nb Notebook
	if err := json.Unmarshal(b, &nb); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if nb.NBFormat != 4 {
		return nil, fmt.Errorf("%s: nbformat %d is not supported (want 4)", path, nb.NBFormat)
	}
	return &nb, nil
}

// Write writes the notebook as Jupyter does: sorted keys, one-space indent,
// a final newline.
func (nb *Notebook) Write(path string) error {
	b, err := nb.Marshal()
	if err != nil {
		return err
	}
	tmp := path + ".tmp"
	if err := os.WriteFile(tmp, b, 0o644); err != nil {
		return err
	}
	return os.Rename(tmp, path)
}

// Marshal encodes the notebook.
func (nb *Notebook) Marshal() ([]byte, error) {
	if nb.Metadata == nil {
		nb.Metadata = map[string]any{}
	}
	raw, err := json.Marshal(nb)
	if err != nil {
		return nil, err
	}
	// Round-trip through a generic value so that keys come out sorted.
	var v any
	if err := json.Unmarshal(raw, &v); err != nil {
		return nil, err
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", " ")
	if err := enc.Encode(v); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

// storedOutput returns an output as nbformat stores it: multi-line strings
// as lists of lines, without the transient fields of the message.
func storedOutput(o map[string]any) map[string]any {
	s := map[string]any{}
	for k, v := range o {
		switch k {
		case "transient":
		case "text":
			if t, ok := v.(string); ok {
				s[k] = splitLines(t)
			} else {
				s[k] = v
			}
		case "data":
			d := map[string]any{}
			for mime, val := range asMap(v) {
				if t, ok := val.(string); ok && !strings.HasSuffix(mime, "json") {
					d[mime] = splitLines(t)
				} else {
					d[mime] = val
				}
			}
			s[k] = d
		default:
			s[k] = v
		}
	}
	return s
}
