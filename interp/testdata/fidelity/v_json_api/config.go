package main

import (
	"encoding/json"
	"fmt"
	"sort"
)

type Duration struct{ Seconds int }

func (d Duration) MarshalText() ([]byte, error) {
	return []byte(fmt.Sprintf("%ds", d.Seconds)), nil
}

func (d *Duration) UnmarshalText(b []byte) error {
	_, err := fmt.Sscanf(string(b), "%ds", &d.Seconds)
	return err
}

type Server struct {
	Host    string            `json:"host"`
	Port    int               `json:"port"`
	Timeout Duration          `json:"timeout"`
	Labels  map[string]string `json:"labels,omitempty"`
	TLS     *TLSConfig        `json:"tls,omitempty"`
}

type TLSConfig struct {
	Cert string `json:"cert"`
	Key  string `json:"-"`
}

type Config struct {
	Name    string            `json:"name"`
	Servers []Server          `json:"servers"`
	Extra   json.RawMessage   `json:"extra"`
	Limits  map[string]uint16 `json:"limits"`
}

func main() {
	raw := `{"name":"prod","servers":[{"host":"a.example","port":443,"timeout":"30s","tls":{"cert":"a.pem","key":"secret"}},{"host":"b.example","port":8080,"timeout":"5s","labels":{"zone":"eu","tier":"web"}}],"extra":{"x":[1,2,3]},"limits":{"conn":100,"rps":2500}}`
	var c Config
	if err := json.Unmarshal([]byte(raw), &c); err != nil {
		panic(err)
	}
	fmt.Printf("%s: %d servers\n", c.Name, len(c.Servers))
	for i, s := range c.Servers {
		fmt.Printf("%d %s:%d timeout=%+v tls=%v\n", i, s.Host, s.Port, s.Timeout, s.TLS != nil)
		keys := make([]string, 0, len(s.Labels))
		for k := range s.Labels {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Printf("  %s=%s\n", k, s.Labels[k])
		}
	}
	fmt.Println("extra:", string(c.Extra))
	fmt.Println("tls key kept in memory:", c.Servers[0].TLS.Key)
	out, err := json.Marshal(c)
	fmt.Println(string(out), err)
	var generic map[string]any
	json.Unmarshal([]byte(raw), &generic)
	servers := generic["servers"].([]any)
	first := servers[0].(map[string]any)
	fmt.Printf("%T %v %T\n", first["port"], first["port"], first["tls"])
	err = json.Unmarshal([]byte(`{"limits":{"conn":70000}}`), &c)
	fmt.Println("overflow:", err)
	err = json.Unmarshal([]byte(`{"servers":[{"timeout":"soon"}]}`), &c)
	fmt.Println("timeout:", err)
}
