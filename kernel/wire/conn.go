// Package wire implements the Jupyter messaging protocol's wire format:
// connection files, message framing and HMAC signing.
//
// It knows nothing about sockets or message semantics; package kernel builds
// on it.
package wire

import (
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"os"
	"runtime"
	"strconv"
	"strings"
)

// ConnectionInfo is the content of a Jupyter connection file.
type ConnectionInfo struct {
	Transport       string `json:"transport"`
	IP              string `json:"ip"`
	ShellPort       int    `json:"shell_port"`
	ControlPort     int    `json:"control_port"`
	StdinPort       int    `json:"stdin_port"`
	IOPubPort       int    `json:"iopub_port"`
	HBPort          int    `json:"hb_port"`
	Key             string `json:"key"`
	SignatureScheme string `json:"signature_scheme"`
	KernelName      string `json:"kernel_name,omitempty"`
}

// ReadConnectionFile reads and validates the connection file at path.
func ReadConnectionFile(path string) (ConnectionInfo, error) {
	var ci ConnectionInfo
	b, err := os.ReadFile(path)
	if err != nil {
		return ci, fmt.Errorf("reading connection file: %w", err)
	}
	if err := json.Unmarshal(b, &ci); err != nil {
		return ci, fmt.Errorf("parsing connection file %s: %w", path, err)
	}
	if err := ci.Validate(); err != nil {
		return ci, fmt.Errorf("connection file %s: %w", path, err)
	}
	return ci, nil
}

// Validate checks that the connection information is usable and fills in
// defaults (transport tcp, scheme hmac-sha256) that Jupyter's tools assume.
func (ci *ConnectionInfo) Validate() error {
	if ci.Transport == "" {
		ci.Transport = "tcp"
	}
	if ci.SignatureScheme == "" {
		ci.SignatureScheme = "hmac-sha256"
	}
	switch ci.Transport {
	case "tcp":
		if ci.IP == "" {
			return errors.New("missing ip")
		}
		if net.ParseIP(strings.Trim(ci.IP, "[]")) == nil && ci.IP != "localhost" && ci.IP != "*" {
			return fmt.Errorf("invalid ip %q", ci.IP)
		}
		for _, p := range []struct {
			name string
			port int
		}{{"shell_port", ci.ShellPort}, {"control_port", ci.ControlPort}, {"stdin_port", ci.StdinPort}, {"iopub_port", ci.IOPubPort}, {"hb_port", ci.HBPort}} {
			if p.port <= 0 || p.port > 65535 {
				return fmt.Errorf("invalid %s %d", p.name, p.port)
			}
		}
	case "ipc":
		if ci.IP == "" {
			return errors.New("missing ip (the ipc path prefix)")
		}
	default:
		return fmt.Errorf("unsupported transport %q", ci.Transport)
	}
	if _, err := NewSigner(ci.SignatureScheme, []byte(ci.Key)); err != nil {
		return err
	}
	return nil
}

// Endpoint returns the ZeroMQ endpoint for a port, e.g. tcp://127.0.0.1:5555
// or ipc://kernel-ipc-3.
func (ci ConnectionInfo) Endpoint(port int) string {
	if ci.Transport == "ipc" {
		return "ipc://" + ci.IP + "-" + strconv.Itoa(port)
	}
	ip := ci.IP
	if strings.Contains(ip, ":") && !strings.HasPrefix(ip, "[") {
		ip = "[" + ip + "]"
	}
	return "tcp://" + ip + ":" + strconv.Itoa(port)
}

// ExposedKey reports whether the connection file at path can be read by
// users other than its owner, who could then sign messages (Unix only:
// elsewhere file modes do not describe access).
func ExposedKey(path string) bool {
	if runtime.GOOS == "windows" || runtime.GOOS == "plan9" {
		return false
	}
	fi, err := os.Stat(path)
	return err == nil && fi.Mode().Perm()&0o077 != 0
}
