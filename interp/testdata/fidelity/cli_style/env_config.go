package main

import (
	"bufio"
	"flag"
	"fmt"
	"os"
	"sort"
	"strings"
	"text/tabwriter"
	"time"
)

type durations []time.Duration

func (d *durations) String() string {
	parts := make([]string, len(*d))
	for i, x := range *d {
		parts[i] = x.String()
	}
	return "[" + strings.Join(parts, " ") + "]"
}

func (d *durations) Set(s string) error {
	for _, f := range strings.Split(s, ",") {
		x, err := time.ParseDuration(strings.TrimSpace(f))
		if err != nil {
			return fmt.Errorf("bad duration %q: %w", f, err)
		}
		*d = append(*d, x)
	}
	return nil
}

const envFile = `# service settings
HOST=localhost
PORT=8080
URL=http://${HOST}:${PORT}/api
GREETING="hello, $USER"
EMPTY=
export PATH_EXTRA=/opt/bin:$HOME/bin
BROKEN LINE
`

func parseEnv(text string, base map[string]string) (map[string]string, []string) {
	env := map[string]string{}
	for k, v := range base {
		env[k] = v
	}
	var problems []string
	sc := bufio.NewScanner(strings.NewReader(text))
	n := 0
	for sc.Scan() {
		n++
		line := strings.TrimSpace(sc.Text())
		if line == "" || strings.HasPrefix(line, "#") {
			continue
		}
		line = strings.TrimPrefix(line, "export ")
		k, v, ok := strings.Cut(line, "=")
		if !ok {
			problems = append(problems, fmt.Sprintf("line %d: no '=' in %q", n, line))
			continue
		}
		v = strings.Trim(v, `"`)
		env[k] = os.Expand(v, func(name string) string {
			if val, ok := env[name]; ok {
				return val
			}
			return "<" + name + "?>"
		})
	}
	return env, problems
}

func main() {
	env, problems := parseEnv(envFile, map[string]string{"USER": "gopher", "HOME": "/home/gopher"})
	keys := make([]string, 0, len(env))
	for k := range env {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	tw := tabwriter.NewWriter(os.Stdout, 0, 0, 2, ' ', 0)
	fmt.Fprintln(tw, "KEY\tVALUE\tLEN")
	for _, k := range keys {
		fmt.Fprintf(tw, "%s\t%q\t%d\n", k, env[k], len(env[k]))
	}
	tw.Flush()
	for _, p := range problems {
		fmt.Println("warning:", p)
	}

	r := strings.NewReplacer("{name}", env["USER"], "{port}", env["PORT"], "{{", "{", "}}", "}")
	fmt.Println(r.Replace("user {name} listens on {port} ({{literal}})"))

	fs := flag.NewFlagSet("svc", flag.ContinueOnError)
	fs.SetOutput(os.Stdout)
	var retries durations
	fs.Var(&retries, "retry", "comma-separated backoff durations")
	verbose := fs.Bool("verbose", false, "log more")
	level := fs.String("level", "info", "log level")
	err := fs.Parse([]string{"-retry", "100ms,1s", "-retry=2m30s", "-verbose", "-level", "debug", "serve"})
	fmt.Println("err:", err, "retries:", retries.String(), "verbose:", *verbose, "level:", *level, "args:", fs.Args())
	var total time.Duration
	for _, d := range retries {
		total += d
	}
	fmt.Printf("total backoff %v (%.1f s)\n", total, total.Seconds())
	err = fs.Parse([]string{"-retry", "soon"})
	fmt.Println("err:", err)
	fmt.Println(os.Expand("$A-${B}-$", func(s string) string { return strings.ToUpper(s) + "!" }))
}
