package wire_test

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"

	"github.com/gopad/gopad/kernel/wire"
)

func writeConn(t *testing.T, content string) string {
	t.Helper()
	p := filepath.Join(t.TempDir(), "kernel.json")
	if err := os.WriteFile(p, []byte(content), 0o600); err != nil {
		t.Fatal(err)
	}
	return p
}

// A connection file as jupyter_client writes it.
const jupyterConn = `{
  "shell_port": 50001,
  "iopub_port": 50002,
  "stdin_port": 50003,
  "control_port": 50004,
  "hb_port": 50005,
  "ip": "127.0.0.1",
  "key": "a0436f6c-1916-498b-8eb9-e81ab9368e84",
  "transport": "tcp",
  "signature_scheme": "hmac-sha256",
  "kernel_name": "gopad"
}`

func TestReadConnectionFile(t *testing.T) {
	ci, err := wire.ReadConnectionFile(writeConn(t, jupyterConn))
	if err != nil {
		t.Fatal(err)
	}
	want := wire.ConnectionInfo{
		Transport: "tcp", IP: "127.0.0.1", ShellPort: 50001, IOPubPort: 50002, StdinPort: 50003,
		ControlPort: 50004, HBPort: 50005, Key: "a0436f6c-1916-498b-8eb9-e81ab9368e84",
		SignatureScheme: "hmac-sha256", KernelName: "gopad",
	}
	if ci != want {
		t.Errorf("got %+v\nwant %+v", ci, want)
	}
	if got := ci.Endpoint(ci.ShellPort); got != "tcp://127.0.0.1:50001" {
		t.Errorf("Endpoint = %q", got)
	}
}

func TestReadConnectionFileDefaults(t *testing.T) {
	ci, err := wire.ReadConnectionFile(writeConn(t,
		`{"ip":"127.0.0.1","shell_port":1,"iopub_port":2,"stdin_port":3,"control_port":4,"hb_port":5,"key":""}`))
	if err != nil {
		t.Fatal(err)
	}
	if ci.Transport != "tcp" || ci.SignatureScheme != "hmac-sha256" {
		t.Errorf("defaults: transport %q, scheme %q", ci.Transport, ci.SignatureScheme)
	}
}

func TestReadConnectionFileErrors(t *testing.T) {
	base := `"shell_port":50001,"iopub_port":50002,"stdin_port":50003,"control_port":50004,"hb_port":50005,"key":"k"`
	tests := []struct {
		name, content, wantInErr string
	}{
		{"bad JSON", `{"ip": "127.0.0.1",`, "parsing"},
		{"not an object", `[1,2]`, "parsing"},
		{"port is a string", `{"ip":"127.0.0.1","shell_port":"50001"}`, "parsing"},
		{"zero port", `{"ip":"127.0.0.1",` + strings.Replace(base, `"hb_port":50005`, `"hb_port":0`, 1) + `}`, "hb_port"},
		{"negative port", `{"ip":"127.0.0.1",` + strings.Replace(base, `"stdin_port":50003`, `"stdin_port":-3`, 1) + `}`, "stdin_port"},
		{"port too big", `{"ip":"127.0.0.1",` + strings.Replace(base, `"shell_port":50001`, `"shell_port":65536`, 1) + `}`, "shell_port"},
		{"missing ports", `{"ip":"127.0.0.1","key":"k"}`, "port"},
		{"missing ip", `{` + base + `}`, "ip"},
		{"bad ip", `{"ip":"not an address",` + base + `}`, "ip"},
		{"unsupported transport", `{"ip":"127.0.0.1","transport":"udp",` + base + `}`, "transport"},
		{"unsupported scheme", `{"ip":"127.0.0.1","signature_scheme":"hmac-md5",` + base + `}`, "scheme"},
		{"ipc without path", `{"transport":"ipc",` + base + `}`, "ip"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ci, err := wire.ReadConnectionFile(writeConn(t, tt.content))
			if err == nil {
				t.Fatalf("accepted: %+v", ci)
			}
			if !strings.Contains(err.Error(), tt.wantInErr) {
				t.Errorf("error %q does not mention %q", err, tt.wantInErr)
			}
		})
	}
	t.Run("missing file", func(t *testing.T) {
		_, err := wire.ReadConnectionFile(filepath.Join(t.TempDir(), "nope.json"))
		if err == nil || !os.IsNotExist(unwrapAll(err)) {
			t.Errorf("err = %v, want a not-exist error", err)
		}
	})
}

func unwrapAll(err error) error {
	for {
		u, ok := err.(interface{ Unwrap() error })
		if !ok {
			return err
		}
		err = u.Unwrap()
	}
}

func TestEndpoint(t *testing.T) {
	tests := []struct {
		ci   wire.ConnectionInfo
		want string
	}{
		{wire.ConnectionInfo{Transport: "tcp", IP: "127.0.0.1"}, "tcp://127.0.0.1:5555"},
		{wire.ConnectionInfo{Transport: "tcp", IP: "0.0.0.0"}, "tcp://0.0.0.0:5555"},
		{wire.ConnectionInfo{Transport: "tcp", IP: "*"}, "tcp://*:5555"},
		{wire.ConnectionInfo{Transport: "tcp", IP: "::1"}, "tcp://[::1]:5555"},
		{wire.ConnectionInfo{Transport: "tcp", IP: "[::1]"}, "tcp://[::1]:5555"},
		{wire.ConnectionInfo{Transport: "tcp", IP: "fe80::1"}, "tcp://[fe80::1]:5555"},
		// jupyter_client: "ipc://%s-%i" % (ip, port).
		{wire.ConnectionInfo{Transport: "ipc", IP: "/tmp/kernel-ipc"}, "ipc:///tmp/kernel-ipc-5555"},
		{wire.ConnectionInfo{Transport: "ipc", IP: "kernel-ipc"}, "ipc://kernel-ipc-5555"},
	}
	for _, tt := range tests {
		if got := tt.ci.Endpoint(5555); got != tt.want {
			t.Errorf("%s %s: Endpoint = %q, want %q", tt.ci.Transport, tt.ci.IP, got, tt.want)
		}
	}
}

func TestValidateAcceptsIPv6AndIPC(t *testing.T) {
	for _, ci := range []wire.ConnectionInfo{
		{IP: "::1", ShellPort: 1, IOPubPort: 2, StdinPort: 3, ControlPort: 4, HBPort: 5},
		{IP: "[::1]", ShellPort: 1, IOPubPort: 2, StdinPort: 3, ControlPort: 4, HBPort: 5},
		{IP: "localhost", ShellPort: 1, IOPubPort: 2, StdinPort: 3, ControlPort: 4, HBPort: 5},
		{Transport: "ipc", IP: "/tmp/x", ShellPort: 1, IOPubPort: 2, StdinPort: 3, ControlPort: 4, HBPort: 5},
	} {
		if err := ci.Validate(); err != nil {
			t.Errorf("%+v: %v", ci, err)
		}
	}
}

func TestExposedKey(t *testing.T) {
	if runtime.GOOS == "windows" {
		t.Skip("file modes do not describe access on Windows")
	}
	dir := t.TempDir()
	private := filepath.Join(dir, "private.json")
	shared := filepath.Join(dir, "shared.json")
	if err := os.WriteFile(private, []byte("{}"), 0o600); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(shared, []byte("{}"), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.Chmod(shared, 0o644); err != nil {
		t.Fatal(err)
	}
	if wire.ExposedKey(private) {
		t.Error("a 0600 file is reported as exposed")
	}
	if !wire.ExposedKey(shared) {
		t.Error("a 0644 file is not reported as exposed")
	}
}
