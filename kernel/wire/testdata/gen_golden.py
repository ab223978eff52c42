#!/usr/bin/python3
"""Regenerates golden_frames.json with Debian's jupyter_client, and prints the
HMAC vectors hard-coded in ../wire_test.go (TestSignGoldenVectors).

Run from this folder with /usr/bin/python3 gen_golden.py. The output is
deterministic: headers are fixed, not generated.
"""
import base64
import hashlib
import hmac
import json

from jupyter_client.session import Session

KEY = b"0f3d6c2a-golden-key"


def header(msg_id, msg_type, session="sess-golden", username="tester"):
    return {
        "msg_id": msg_id,
        "session": session,
        "username": username,
        "date": "2026-11-02T10:20:30.123456Z",
        "msg_type": msg_type,
        "version": "5.3",
    }


def case(name, msg, idents=(), key=KEY):
    s = Session(key=key)
    # Session.send appends the buffers after serialize's frames.
    frames = s.serialize(msg, ident=list(idents)) + list(msg["buffers"])
    return {
        "name": name,
        "key": key.decode(),
        "frames": [base64.b64encode(f).decode() for f in frames],
    }


cases = []
cases.append(case("execute_request", {
    "header": header("3f2b-0001", "execute_request"),
    "parent_header": {},
    "metadata": {},
    "content": {"code": "fmt.Println(\"héllo ✓\")", "silent": False, "store_history": True,
                "user_expressions": {}, "allow_stdin": True, "stop_on_error": True},
    "buffers": [],
}, idents=[b"client-identity-1"]))
cases.append(case("stream_with_parent", {
    "header": header("3f2b-0002", "stream", session="kernel-sess"),
    "parent_header": header("3f2b-0001", "execute_request"),
    "metadata": {"x": [1, 2.5, None]},
    "content": {"name": "stdout", "text": "line 1\nline 2\n"},
    "buffers": [],
}))
cases.append(case("comm_msg_buffers", {
    "header": header("3f2b-0003", "comm_msg"),
    "parent_header": {},
    "metadata": {},
    "content": {"comm_id": "c1", "data": {"n": 3}},
    "buffers": [b"\x00\x01\x02\xff", b"", b"<IDS|MSG>"],
}, idents=[b"id-a", b"\x00\xfe"]))
cases.append(case("unsigned", {
    "header": header("3f2b-0004", "kernel_info_request"),
    "parent_header": {},
    "metadata": {},
    "content": {},
    "buffers": [],
}, key=b""))

with open("golden_frames.json", "w") as f:
    json.dump(cases, f, indent=1, ensure_ascii=False)
    f.write("\n")

vectors = []
for key, parts in [
    (b"key", [b"{}", b"{}", b"{}", b"{}"]),
    (b"0f3d6c2a-golden-key", [b'{"msg_id":"a","msg_type":"b"}', b"{}", b'{"k":1}', b'{"text":"\xc3\xa9"}']),
    (b"\x00\xff binary key", [b"", b"", b"", b""]),
    (b"k" * 100, [b"header", b"parent", b"metadata", b"content"]),
]:
    h = hmac.new(key, digestmod=hashlib.sha256)
    for p in parts:
        h.update(p)
    vectors.append({
        "key": base64.b64encode(key).decode(),
        "parts": [base64.b64encode(p).decode() for p in parts],
        "sha256": h.hexdigest(),
    })
for v in vectors:
    print(v)
for digest in (hashlib.sha512, hashlib.sha1):
    print(digest().name, hmac.new(b"key", b"{}{}{}{}", digest).hexdigest())
