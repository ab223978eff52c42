package install

import (
	"bytes"
	"context"
	"encoding/json"
	"encoding/xml"
	"errors"
	"flag"
	"fmt"
	"image/png"
	"io"
	"io/fs"
	"os"
	"os/exec"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
	"time"
)

// clearJupyterEnv makes the Jupyter-related environment predictable.
func clearJupyterEnv(t *testing.T) {
	t.Helper()
	for _, v := range []string{"JUPYTER_DATA_DIR", "JUPYTER_CONFIG_DIR", "JUPYTER_PATH",
		"JUPYTER_PLATFORM_DIRS", "XDG_DATA_HOME", "VIRTUAL_ENV", "CONDA_PREFIX"} {
		t.Setenv(v, "")
	}
}

func sameBytes(t *testing.T, a, b string) {
	t.Helper()
	da, err := os.ReadFile(a)
	if err != nil {
		t.Fatal(err)
	}
	db, err := os.ReadFile(b)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(da, db) {
		t.Errorf("%s (%d bytes) differs from %s (%d bytes)", a, len(da), b, len(db))
	}
}

// checkSpec verifies every file of an installed kernelspec in dir.
func checkSpec(t *testing.T, dir, displayName string) {
	t.Helper()
	bin := filepath.Join(dir, BinaryName())

	data, err := os.ReadFile(filepath.Join(dir, "kernel.json"))
	if err != nil {
		t.Fatal(err)
	}
	var spec struct {
		Argv          []string       `json:"argv"`
		DisplayName   string         `json:"display_name"`
		Language      string         `json:"language"`
		InterruptMode string         `json:"interrupt_mode"`
		Metadata      map[string]any `json:"metadata"`
	}
	if err := json.Unmarshal(data, &spec); err != nil {
		t.Fatalf("kernel.json: %v\n%s", err, data)
	}
	if len(spec.Argv) != 3 || spec.Argv[0] != bin || spec.Argv[1] != "kernel" || spec.Argv[2] != "{connection_file}" {
		t.Errorf("argv = %q, want [%q kernel {connection_file}]", spec.Argv, bin)
	}
	if !filepath.IsAbs(spec.Argv[0]) {
		t.Errorf("argv[0] %q is not absolute", spec.Argv[0])
	}
	if spec.DisplayName != displayName {
		t.Errorf("display_name = %q, want %q", spec.DisplayName, displayName)
	}
	if spec.Language != "go" {
		t.Errorf("language = %q, want go", spec.Language)
	}
	if spec.InterruptMode != "message" {
		t.Errorf("interrupt_mode = %q, want message", spec.InterruptMode)
	}
	if d, ok := spec.Metadata["debugger"]; !ok || d != false {
		t.Errorf("metadata = %v, want debugger: false", spec.Metadata)
	}

	fi, err := os.Lstat(bin)
	if err != nil {
		t.Fatal(err)
	}
	if !fi.Mode().IsRegular() {
		t.Errorf("%s is %v, want a regular file (a copy, not a link)", bin, fi.Mode())
	}
	if runtime.GOOS != "windows" && fi.Mode().Perm() != 0o755 {
		t.Errorf("%s has mode %v, want 0755", bin, fi.Mode().Perm())
	}
	exe, err := os.Executable()
	if err != nil {
		t.Fatal(err)
	}
	sameBytes(t, bin, exe)

	for _, size := range []int{32, 64} {
		name := filepath.Join(dir, fmt.Sprintf("logo-%dx%d.png", size, size))
		f, err := os.Open(name)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if b := img.Bounds(); b.Dx() != size || b.Dy() != size {
			t.Errorf("%s is %dx%d", name, b.Dx(), b.Dy())
		}
	}

	svg, err := os.ReadFile(filepath.Join(dir, "logo-svg.svg"))
	if err != nil {
		t.Fatal(err)
	}
	checkSVG(t, svg)

	entries, err := os.ReadDir(dir)
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range entries {
		if strings.Contains(e.Name(), ".tmp-") {
			t.Errorf("temporary file %s left behind", e.Name())
		}
	}
}

func checkSVG(t *testing.T, data []byte) {
	t.Helper()
	var root struct {
		XMLName xml.Name
		ViewBox string `xml:"viewBox,attr"`
	}
	if err := xml.Unmarshal(data, &root); err != nil {
		t.Fatalf("SVG does not parse: %v\n%s", err, data)
	}
	if root.XMLName.Local != "svg" || root.XMLName.Space != "http://www.w3.org/2000/svg" {
		t.Errorf("root element is %v, want svg in the SVG namespace", root.XMLName)
	}
	if root.ViewBox == "" {
		t.Error("SVG has no viewBox")
	}
	// Every token must parse too, not only what the struct captured.
	d := xml.NewDecoder(bytes.NewReader(data))
	for {
		_, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			t.Fatalf("SVG: %v", err)
		}
	}
}

func TestInstallUserDataDir(t *testing.T) {
	clearJupyterEnv(t)
	data := t.TempDir()
	t.Setenv("JUPYTER_DATA_DIR", data)

	var out bytes.Buffer
	dir, err := Install(Options{Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(data, "kernels", "gopad")
	if dir != want {
		t.Fatalf("installed in %s, want %s", dir, want)
	}
	if !strings.Contains(out.String(), dir) {
		t.Errorf("output %q does not name %s", out.String(), dir)
	}
	checkSpec(t, dir, DefaultDisplayName)

	// Reinstalling over an existing spec replaces it.
	if _, err := Install(Options{DisplayName: "Go ✓"}); err != nil {
		t.Fatalf("reinstall: %v", err)
	}
	checkSpec(t, dir, "Go ✓")

	out.Reset()
	got, err := Uninstall(Options{Stdout: &out})
	if err != nil {
		t.Fatal(err)
	}
	if got != dir {
		t.Errorf("Uninstall removed %s, want %s", got, dir)
	}
	if _, err := os.Stat(dir); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("after Uninstall, Stat(%s) = %v", dir, err)
	}
	if !strings.Contains(out.String(), dir) {
		t.Errorf("output %q does not name %s", out.String(), dir)
	}

	_, err = Uninstall(Options{})
	if !errors.Is(err, fs.ErrNotExist) || !strings.Contains(err.Error(), "not installed") {
		t.Errorf("second Uninstall: err = %v, want a not-installed error", err)
	}
}

func TestInstallPrefix(t *testing.T) {
	clearJupyterEnv(t)
	t.Setenv("JUPYTER_DATA_DIR", filepath.Join(t.TempDir(), "unused"))
	prefix := t.TempDir()

	dir, err := Install(Options{Prefix: prefix, Name: "GoPad-Test"})
	if err != nil {
		t.Fatal(err)
	}
	want := filepath.Join(prefix, "share", "jupyter", "kernels", "gopad-test")
	if dir != want {
		t.Fatalf("installed in %s, want %s", dir, want)
	}
	checkSpec(t, dir, DefaultDisplayName)

	// The installed copy can reinstall itself.
	bin := filepath.Join(dir, BinaryName())
	if _, err := Install(Options{Prefix: prefix, Name: "gopad-test", Executable: bin}); err != nil {
		t.Fatalf("reinstall from the installed copy: %v", err)
	}
	checkSpec(t, dir, DefaultDisplayName)

	if _, err := Uninstall(Options{Prefix: prefix, Name: "gopad-test"}); err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("after Uninstall, Stat(%s) = %v", dir, err)
	}
}

func TestInstallRelativePrefixIsAbsolute(t *testing.T) {
	clearJupyterEnv(t)
	t.Chdir(t.TempDir())
	dir, err := KernelDir(Options{Prefix: "env"})
	if err != nil {
		t.Fatal(err)
	}
	if !filepath.IsAbs(dir) {
		t.Errorf("KernelDir = %s, want an absolute path", dir)
	}
}

func TestInstallSysPrefixFromEnv(t *testing.T) {
	clearJupyterEnv(t)
	venv := t.TempDir()
	t.Setenv("VIRTUAL_ENV", venv)
	dir, err := Install(Options{SysPrefix: true})
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(venv, "share", "jupyter", "kernels", "gopad"); dir != want {
		t.Errorf("installed in %s, want %s", dir, want)
	}

	t.Setenv("VIRTUAL_ENV", "")
	conda := filepath.Join(t.TempDir(), "conda")
	t.Setenv("CONDA_PREFIX", conda)
	dir, err = KernelDir(Options{SysPrefix: true})
	if err != nil {
		t.Fatal(err)
	}
	if want := filepath.Join(conda, "share", "jupyter", "kernels", "gopad"); dir != want {
		t.Errorf("KernelDir = %s, want %s", dir, want)
	}
}

// writeScript writes an executable shell script; it skips on Windows.
func writeScript(t *testing.T, path, body string) {
	t.Helper()
	if runtime.GOOS == "windows" {
		t.Skip("shell scripts stand in for python3 and jupyter")
	}
	if err := os.WriteFile(path, []byte(body), 0o755); err != nil {
		t.Fatal(err)
	}
}

func TestSysPrefixFromPath(t *testing.T) {
	clearJupyterEnv(t)
	bin := t.TempDir()
	writeScript(t, filepath.Join(bin, "python3"), "#!/bin/sh\necho /opt/fake-python\n")
	t.Setenv("PATH", bin)
	p, err := SysPrefix()
	if err != nil {
		t.Fatal(err)
	}
	if p != "/opt/fake-python" {
		t.Errorf("SysPrefix from python3 = %q", p)
	}

	// jupyter's interpreter (from its #! line) wins over python3.
	other := filepath.Join(bin, "jupyter-python")
	writeScript(t, other, "#!/bin/sh\necho /opt/jupyter-env\n")
	writeScript(t, filepath.Join(bin, "jupyter"), "#!"+other+"\n# launcher\n")
	if p, err = SysPrefix(); err != nil || p != "/opt/jupyter-env" {
		t.Errorf("SysPrefix from jupyter = %q, %v", p, err)
	}

	// "#!/usr/bin/env NAME" is followed to NAME on PATH.
	writeScript(t, filepath.Join(bin, "jupyter"), "#!/usr/bin/env jupyter-python\n")
	if p, err = SysPrefix(); err != nil || p != "/opt/jupyter-env" {
		t.Errorf("SysPrefix from env jupyter = %q, %v", p, err)
	}
}

func TestSysPrefixMissing(t *testing.T) {
	clearJupyterEnv(t)
	t.Setenv("PATH", t.TempDir())
	_, err := SysPrefix()
	if err == nil || !strings.Contains(err.Error(), "sys.prefix") {
		t.Fatalf("SysPrefix with nothing on PATH: err = %v", err)
	}
	if _, err := Install(Options{SysPrefix: true}); err == nil {
		t.Error("Install --sys-prefix succeeded without any Python")
	}

	bin := t.TempDir()
	writeScript(t, filepath.Join(bin, "python3"), "#!/bin/sh\necho broken >&2\nexit 3\n")
	t.Setenv("PATH", bin)
	_, err = SysPrefix()
	if err == nil || !strings.Contains(err.Error(), "broken") {
		t.Errorf("SysPrefix with a failing python3: err = %v", err)
	}
}

func TestDataDir(t *testing.T) {
	defer func(g string) { goos = g }(goos)
	clearJupyterEnv(t)
	home := t.TempDir()
	if r, err := filepath.EvalSymlinks(home); err == nil {
		home = r
	}
	t.Setenv("HOME", home)
	t.Setenv("USERPROFILE", home)
	t.Setenv("APPDATA", "")
	t.Setenv("LOCALAPPDATA", "")

	check := func(os, want string) {
		t.Helper()
		goos = os
		got, err := DataDir()
		if err != nil {
			t.Fatal(err)
		}
		if got != want {
			t.Errorf("%s: DataDir = %s, want %s", os, got, want)
		}
	}
	if runtime.GOOS != "windows" {
		check("linux", filepath.Join(home, ".local", "share", "jupyter"))
		check("darwin", filepath.Join(home, "Library", "Jupyter"))
		check("windows", filepath.Join(home, ".jupyter", "data"))
	}
	t.Setenv("XDG_DATA_HOME", filepath.Join(home, "xdg"))
	check("linux", filepath.Join(home, "xdg", "jupyter"))
	t.Setenv("JUPYTER_CONFIG_DIR", filepath.Join(home, "cfg"))
	check("windows", filepath.Join(home, "cfg", "data"))
	t.Setenv("APPDATA", filepath.Join(home, "Roaming"))
	check("windows", filepath.Join(home, "Roaming", "jupyter"))

	t.Setenv("JUPYTER_PLATFORM_DIRS", "0")
	check("windows", filepath.Join(home, "Roaming", "jupyter"))
	t.Setenv("JUPYTER_PLATFORM_DIRS", "1")
	t.Setenv("LOCALAPPDATA", filepath.Join(home, "Local"))
	check("windows", filepath.Join(home, "Local", "Jupyter"))
	if runtime.GOOS != "windows" {
		check("darwin", filepath.Join(home, "Library", "Application Support", "Jupyter"))
	}

	t.Setenv("JUPYTER_DATA_DIR", filepath.Join(home, "explicit"))
	for _, o := range []string{"linux", "darwin", "windows"} {
		check(o, filepath.Join(home, "explicit"))
	}
}

func TestParseArgs(t *testing.T) {
	o, err := ParseArgs(nil)
	if err != nil {
		t.Fatal(err)
	}
	if o.User || o.SysPrefix || o.Prefix != "" || o.Uninstall || o.Name != "gopad" || o.DisplayName != DefaultDisplayName || o.Stdout == nil {
		t.Errorf("ParseArgs(nil) = %+v", o)
	}

	o, err = ParseArgs([]string{"--prefix", "/opt/x", "--name", "go2", "--display-name", "Go 2", "--uninstall"})
	if err != nil {
		t.Fatal(err)
	}
	if o.Prefix != "/opt/x" || o.Name != "go2" || o.DisplayName != "Go 2" || !o.Uninstall {
		t.Errorf("ParseArgs = %+v", o)
	}
	if o, err = ParseArgs([]string{"-sys-prefix"}); err != nil || !o.SysPrefix {
		t.Errorf("ParseArgs(-sys-prefix) = %+v, %v", o, err)
	}
	if o, err = ParseArgs([]string{"--user"}); err != nil || !o.User {
		t.Errorf("ParseArgs(--user) = %+v, %v", o, err)
	}

	for _, bad := range [][]string{
		{"--user", "--prefix", "/x"},
		{"--sys-prefix", "--prefix=/x"},
		{"--user", "--sys-prefix"},
		{"--prefix="},
		{"--name", "bad/name"},
		{"--name", ".."},
		{"--bogus"},
		{"extra"},
	} {
		if _, err := ParseArgs(bad); err == nil || errors.Is(err, flag.ErrHelp) {
			t.Errorf("ParseArgs(%q) err = %v, want an error", bad, err)
		}
	}
	if _, err := ParseArgs([]string{"-h"}); !errors.Is(err, flag.ErrHelp) {
		t.Errorf("ParseArgs(-h) err = %v, want flag.ErrHelp", err)
	}
}

func TestRun(t *testing.T) {
	clearJupyterEnv(t)
	prefix := t.TempDir()
	var stdout, stderr bytes.Buffer
	if err := Run([]string{"--prefix", prefix}, &stdout, &stderr); err != nil {
		t.Fatalf("Run: %v\n%s", err, stderr.String())
	}
	dir := filepath.Join(prefix, "share", "jupyter", "kernels", "gopad")
	if !strings.Contains(stdout.String(), dir) {
		t.Errorf("Run printed %q, want it to name %s", stdout.String(), dir)
	}
	checkSpec(t, dir, DefaultDisplayName)
	if err := Run([]string{"--prefix", prefix, "--uninstall"}, &stdout, &stderr); err != nil {
		t.Fatalf("Run --uninstall: %v", err)
	}
	if _, err := os.Stat(dir); !errors.Is(err, fs.ErrNotExist) {
		t.Errorf("after Run --uninstall, Stat(%s) = %v", dir, err)
	}

	stdout.Reset()
	if err := Run([]string{"-help"}, &stdout, &stderr); err != nil {
		t.Errorf("Run(-help) = %v", err)
	}
	if !strings.Contains(stdout.String(), "--sys-prefix") && !strings.Contains(stdout.String(), "-sys-prefix") {
		t.Errorf("usage lacks the flags:\n%s", stdout.String())
	}
	stderr.Reset()
	if err := Run([]string{"--nope"}, &stdout, &stderr); err == nil || stderr.Len() == 0 {
		t.Errorf("Run(--nope) = %v with stderr %q", err, stderr.String())
	}
}

func TestLogos(t *testing.T) {
	for _, size := range []int{32, 64} {
		data, err := LogoPNG(size)
		if err != nil {
			t.Fatal(err)
		}
		img, err := png.Decode(bytes.NewReader(data))
		if err != nil {
			t.Fatal(err)
		}
		if b := img.Bounds(); b.Dx() != size || b.Dy() != size {
			t.Errorf("logo is %v, want %dx%d", b, size, size)
		}
		// Corners are transparent, the edge midpoints Go cyan, and some
		// pixels white lettering.
		if _, _, _, a := img.At(0, 0).RGBA(); a != 0 {
			t.Errorf("%d: corner alpha = %d, want 0", size, a)
		}
		r, g, b, a := img.At(size/2, size/12).RGBA()
		if r>>8 != 0x00 || g>>8 != 0xAD || b>>8 != 0xD8 || a>>8 != 0xFF {
			t.Errorf("%d: top-middle pixel = %x %x %x %x, want Go cyan", size, r>>8, g>>8, b>>8, a>>8)
		}
		white := 0
		for y := 0; y < size; y++ {
			for x := 0; x < size; x++ {
				if r, g, b, _ := img.At(x, y).RGBA(); r>>8 == 0xFF && g>>8 == 0xFF && b>>8 == 0xFF {
					white++
				}
			}
		}
		if white < size*size/20 {
			t.Errorf("%d: only %d white pixels", size, white)
		}
	}
	if _, err := LogoPNG(0); err == nil {
		t.Error("LogoPNG(0) succeeded")
	}
	checkSVG(t, LogoSVG())
}

// debianJupyter is the jupyter command of Debian's packages; the python3
// first on PATH may belong to another installation without jupyter_client.
const debianJupyter = "/usr/bin/jupyter"

func TestJupyterFindsKernelspec(t *testing.T) {
	if _, err := os.Stat(debianJupyter); err != nil {
		if os.Getenv("CI") == "true" {
			t.Fatalf("%s is missing in CI: %v", debianJupyter, err)
		}
		t.Skipf("%s not available: %v", debianJupyter, err)
	}
	clearJupyterEnv(t)
	data := t.TempDir()
	t.Setenv("JUPYTER_DATA_DIR", data)
	t.Setenv("JUPYTER_CONFIG_DIR", t.TempDir())
	t.Setenv("HOME", t.TempDir())
	dir, err := Install(Options{})
	if err != nil {
		t.Fatal(err)
	}

	ctx, cancel := context.WithTimeout(context.Background(), 2*time.Minute)
	defer cancel()
	cmd := exec.CommandContext(ctx, debianJupyter, "kernelspec", "list", "--json")
	var stderr bytes.Buffer
	cmd.Stderr = &stderr
	out, err := cmd.Output()
	if err != nil {
		t.Fatalf("jupyter kernelspec list: %v\n%s", err, stderr.String())
	}
	var list struct {
		Kernelspecs map[string]struct {
			ResourceDir string `json:"resource_dir"`
			Spec        struct {
				Argv          []string `json:"argv"`
				DisplayName   string   `json:"display_name"`
				Language      string   `json:"language"`
				InterruptMode string   `json:"interrupt_mode"`
			} `json:"spec"`
		} `json:"kernelspecs"`
	}
	if err := json.Unmarshal(out, &list); err != nil {
		t.Fatalf("parsing jupyter's output: %v\n%s", err, out)
	}
	ks, ok := list.Kernelspecs["gopad"]
	if !ok {
		t.Fatalf("jupyter does not list gopad:\n%s", out)
	}
	real := func(p string) string {
		if r, err := filepath.EvalSymlinks(p); err == nil {
			return r
		}
		return p
	}
	if real(ks.ResourceDir) != real(dir) {
		t.Errorf("jupyter's resource_dir = %s, want %s", ks.ResourceDir, dir)
	}
	if ks.Spec.Language != "go" || ks.Spec.DisplayName != DefaultDisplayName || ks.Spec.InterruptMode != "message" ||
		len(ks.Spec.Argv) != 3 || ks.Spec.Argv[0] != filepath.Join(dir, BinaryName()) {
		t.Errorf("jupyter read spec %+v", ks.Spec)
	}
}
