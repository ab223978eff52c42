package install

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
)

// writeFileAtomic writes data to a temporary file beside path and renames
// it onto path, so readers see either the old or the new content.
func writeFileAtomic(path string, data []byte, perm fs.FileMode) error {
	return replaceFile(path, perm, func(w io.Writer) error {
		_, err := w.Write(data)
		return err
	})
}

// copyExecutable copies the file src to dst (mode 0755) through a
// temporary file and a rename. Nothing is done when src already is dst, as
// when the installed copy reinstalls itself.
func copyExecutable(src, dst string) error {
	in, err := os.Open(src)
	if err != nil {
		return err
	}
	defer in.Close()
	if si, err := in.Stat(); err == nil {
		if di, err := os.Stat(dst); err == nil && os.SameFile(si, di) {
			return nil
		}
	}
	return replaceFile(dst, 0o755, func(w io.Writer) error {
		_, err := io.Copy(w, in)
		return err
	})
}

// replaceFile creates a temporary file in path's directory, fills it with
// fill, gives it mode perm and renames it onto path.
func replaceFile(path string, perm fs.FileMode, fill func(io.Writer) error) (err error) {
	dir, base := filepath.Split(path)
	tmp, err := os.CreateTemp(dir, "."+base+".tmp-*")
	if err != nil {
		return fmt.Errorf("writing %s: %w", path, err)
	}
	defer func() {
		if err != nil {
			tmp.Close()
			os.Remove(tmp.Name())
		}
	}()
	if err := fill(tmp); err != nil {
		return fmt.Errorf("writing %s: %w", tmp.Name(), err)
	}
	if err := tmp.Sync(); err != nil {
		return fmt.Errorf("writing %s: %w", tmp.Name(), err)
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("writing %s: %w", tmp.Name(), err)
	}
	if err := os.Chmod(tmp.Name(), perm); err != nil {
		return fmt.Errorf("setting mode of %s: %w", tmp.Name(), err)
	}
	if err := renameOver(tmp.Name(), path); err != nil {
		return fmt.Errorf("replacing %s: %w", path, err)
	}
	return nil
}

// renameOver renames src onto dst. Where the system refuses to replace a
// file in use (Windows, for a running executable), dst is first moved
// aside to dst+".old", which such systems allow, and removed if possible.
func renameOver(src, dst string) error {
	err := os.Rename(src, dst)
	if err == nil {
		return nil
	}
	if _, serr := os.Lstat(dst); serr != nil {
		return err
	}
	old := dst + ".old"
	if rerr := os.Remove(old); rerr != nil && !errors.Is(rerr, fs.ErrNotExist) {
		return err
	}
	if rerr := os.Rename(dst, old); rerr != nil {
		return err
	}
	if rerr := os.Rename(src, dst); rerr != nil {
		os.Rename(old, dst) // put the previous file back
		return rerr
	}
	os.Remove(old) // fails harmlessly while the old file is still in use
	return nil
}
