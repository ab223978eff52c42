package remote

import (
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"time"
)

// A session's temporary GOPATH (where %go get puts sources and its module)
// is the folder "gopath" in a session folder gopad-gopath-* in the temporary
// directory. The supervisor makes one for each child, passes the GOPATH in
// envGoPath, and removes the session folder when the child has exited,
// however it ended; after %reset the next child takes it over, so that what
// %go get fetched stays. OwnerFile in the session folder holds the
// supervisor's process id, so that a kernel starting up can tell a folder
// whose kernel is gone (killed, crashed) from one in use.
const (
	goPathPattern = "gopad-gopath-"
	// OwnerFile is the file in a session's GOPATH folder that holds the
	// owning kernel's process id.
	OwnerFile = "gopad-owner"
	envGoPath = "GOPAD_GOPATH"
	// staleAge is the age after which a folder is removed when its owner
	// cannot be told (no OwnerFile, or no way to look a process up on this
	// system). A day: far longer than a folder of a running session goes
	// untouched in practice, and at worst such a session loses the sources
	// %go get fetched.
	staleAge = 24 * time.Hour
)

// SessionGoPath returns the GOPATH folder the supervisor made for this child
// process, or "" when there is none (the session then makes its own).
func SessionGoPath() string { return os.Getenv(envGoPath) }

// NewGoPath makes a session folder in root (the temporary directory when
// root is ""), owned by this process. Its GOPATH is GoPathIn(dir); the
// caller removes dir.
func NewGoPath(root string) (dir string, err error) {
	dir, err = os.MkdirTemp(root, goPathPattern)
	if err != nil {
		return "", fmt.Errorf("creating the session's GOPATH: %w", err)
	}
	err = os.MkdirAll(filepath.Join(GoPathIn(dir), "src"), 0o755)
	if err == nil {
		err = os.WriteFile(filepath.Join(dir, OwnerFile), []byte(strconv.Itoa(os.Getpid())+"\n"), 0o644)
	}
	if err != nil {
		os.RemoveAll(dir)
		return "", fmt.Errorf("creating the session's GOPATH: %w", err)
	}
	return dir, nil
}

// GoPathIn returns the GOPATH of the session folder dir. (A session removes
// a GOPATH it made itself, not this one.)
func GoPathIn(dir string) string { return filepath.Join(dir, "gopath") }

// RemoveStaleGoPaths removes the session GOPATH folders in root (the
// temporary directory when root is "") whose owning process is gone, and
// those older than staleAge whose owner cannot be told.
func RemoveStaleGoPaths(root string, log *slog.Logger) {
	if root == "" {
		root = os.TempDir()
	}
	entries, err := os.ReadDir(root)
	if err != nil {
		log.Debug("looking for stale session folders", "dir", root, "err", err)
		return
	}
	for _, e := range entries {
		if !e.IsDir() || !strings.HasPrefix(e.Name(), goPathPattern) {
			continue
		}
		dir := filepath.Join(root, e.Name())
		if !stale(dir) {
			continue
		}
		if err := os.RemoveAll(dir); err != nil {
			log.Debug("removing a stale session folder", "dir", dir, "err", err)
			continue
		}
		log.Debug("removed a stale session folder", "dir", dir)
	}
}

// stale reports whether the session folder dir can go.
func stale(dir string) bool {
	if b, err := os.ReadFile(filepath.Join(dir, OwnerFile)); err == nil {
		pid, err := strconv.Atoi(strings.TrimSpace(string(b)))
		if err == nil && pid > 0 {
			if alive, known := processAlive(pid); known {
				return !alive
			}
		}
	}
	info, err := os.Stat(dir)
	return err == nil && time.Since(info.ModTime()) > staleAge
}
