"""Runs a command with no network at all, and reports every network attempt it made.

    unshare --net --mount python -m tests.hardening.isolated OUT.json -- CMD...

Inside new network and mount namespaces (as root): only the loopback interface exists; it is
brought up, and /etc/resolv.conf is replaced by one naming a DNS listener on 127.0.0.1 that
records every query it receives (and answers 127.0.0.1 for every name). Listeners on 80 and 443
record every connection and the first bytes sent (a TLS ClientHello starts with 0x16). The
command runs under strace, which records every connect/sendto/sendmsg to an IPv4 or IPv6
address, whether it could succeed or not. The namespace also has a link with a default route
(see ``_seems_online``), and the packets sent on every interface are counted before and after.
OUT.json gets all of it plus the command's exit code and output.

Without ``unshare`` (no root) the caller runs this with ``--no-namespace``: only strace watches.
``--until-seen SECONDS`` (a control run) ends the command as soon as a connection reached a
listener, or after SECONDS: how soon a library phones home depends on how busy the machine is.
"""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

INET_CALL = re.compile(r"\b(connect|sendto|sendmsg|sendmmsg)\(.*sa_family=AF_INET6?\b")


class Listeners:
    def __init__(self) -> None:
        self.queries: list[str] = []
        self.connections: list[dict[str, object]] = []
        self._stop = threading.Event()
        self.threads = [threading.Thread(target=self._dns, daemon=True)]
        self.threads += [
            threading.Thread(target=self._tcp, args=(port,), daemon=True) for port in (80, 443)
        ]
        self._ready = threading.Barrier(len(self.threads) + 1)

    def start(self) -> None:
        for thread in self.threads:
            thread.start()
        self._ready.wait(10)

    def stop(self) -> None:
        self._stop.set()

    def _dns(self) -> None:
        sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        sock.bind(("127.0.0.1", 53))
        sock.settimeout(0.2)
        self._ready.wait(10)
        while not self._stop.is_set():
            try:
                packet, peer = sock.recvfrom(4096)
            except TimeoutError:
                continue
            self.queries.append(_query_name(packet))
            sock.sendto(_answer(packet), peer)

    def _tcp(self, port: int) -> None:
        server = socket.socket()
        server.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        server.bind(("127.0.0.1", port))
        server.listen()
        server.settimeout(0.2)
        self._ready.wait(10)
        while not self._stop.is_set():
            try:
                conn, _peer = server.accept()
            except TimeoutError:
                continue
            conn.settimeout(2)
            try:
                first = conn.recv(16)
            except OSError:
                first = b""
            self.connections.append({"port": port, "first_bytes": first.hex()})
            conn.close()


def _answer(query: bytes) -> bytes:
    """Every name is 127.0.0.1 (an A query) or has no address (any other type): a caller that
    gets this far goes on to connect to our listeners, which then see what it sends."""
    end = query.index(b"\x00", 12) + 5  # the question: name, type, class
    question = query[12:end]
    is_a = question[-4:-2] == b"\x00\x01"
    header = query[:2] + b"\x81\x80" + b"\x00\x01" + (b"\x00\x01" if is_a else b"\x00\x00")
    answer = b"\xc0\x0c\x00\x01\x00\x01\x00\x00\x00\x3c\x00\x04\x7f\x00\x00\x01"
    return header + b"\x00\x00\x00\x00" + question + (answer if is_a else b"")


def _query_name(packet: bytes) -> str:
    labels, at = [], 12
    while at < len(packet) and packet[at]:
        size = packet[at]
        labels.append(packet[at + 1 : at + 1 + size].decode("ascii", "replace"))
        at += 1 + size
    return ".".join(labels)


def _seems_online() -> None:
    """Loopback, plus a link with an address and a default route that leads nowhere: software
    that checks for a network before it sends (onnxruntime's telemetry does) must believe it is
    online, or the test would see nothing. Anything sent that way is counted, then dropped."""
    subprocess.run(
        ["ip", "link", "add", "net0", "type", "veth", "peer", "name", "net1"], check=True
    )
    for link in ("net0", "net1"):  # no IPv6 autoconfiguration chatter of its own
        Path(f"/proc/sys/net/ipv6/conf/{link}/disable_ipv6").write_text("1")
    for command in (
        "ip link set lo up",
        "ip addr add 10.9.0.2/24 dev net0",
        "ip link set net0 up",
        "ip link set net1 up",
        "ip route add default via 10.9.0.1 dev net0",
    ):
        subprocess.run(command.split(), check=True)
    # A link coming up announces itself (IGMP reports for a second or two): let that pass
    # before counting, so only the command's packets are counted.
    last, quiet_since = _packets(), time.monotonic()
    while time.monotonic() - quiet_since < 2.5:
        time.sleep(0.25)
        now = _packets()
        if now != last:
            last, quiet_since = now, time.monotonic()


def _packets() -> int:
    """Packets sent on every interface of this network namespace so far (/proc/net/dev is the
    namespace's own; /sys/class/net would show the host's)."""
    total = 0
    for line in Path("/proc/self/net/dev").read_text().splitlines()[2:]:
        counters = line.split(":", 1)[1].split()
        total += int(counters[9])  # transmit packets
    return total


def main(argv: list[str]) -> int:
    namespace = argv[0] != "--no-namespace"
    if not namespace:
        argv = argv[1:]
    until_seen = None
    if argv[0] == "--until-seen":  # SECONDS: end the command once a connection was seen
        until_seen, argv = float(argv[1]), argv[2:]
    out, command = Path(argv[0]), argv[argv.index("--") + 1 :]
    listeners = Listeners()
    if namespace:
        _seems_online()
        resolv = Path(tempfile.mkdtemp()) / "resolv.conf"
        resolv.write_text("nameserver 127.0.0.1\noptions attempts:1 timeout:1\n")
        subprocess.run(["mount", "--bind", str(resolv), "/etc/resolv.conf"], check=True)
        listeners.start()
    trace = Path(tempfile.mkdtemp()) / "strace.txt"
    before = _packets() if namespace else 0
    strace = ["strace", "-f", "-qq", "-e", "trace=connect,sendto,sendmsg,sendmmsg", "-o"]
    process = subprocess.Popen(
        [*strace, str(trace), *command],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        start_new_session=True,  # its own group: ending it ends what strace traces too
    )
    if until_seen is not None:  # a control run: stop once something was seen (or give up)
        deadline = time.monotonic() + until_seen
        while process.poll() is None and time.monotonic() < deadline:
            if listeners.connections:
                break
            time.sleep(0.2)
        time.sleep(1.0)  # what follows a first connection (its first bytes) is seen too
        # strace alone would detach and leave the traced command running with our pipes.
        os.killpg(process.pid, signal.SIGKILL)
    stdout, stderr = process.communicate(timeout=600)
    run = subprocess.CompletedProcess(process.args, process.returncode, stdout, stderr)
    after = _packets() if namespace else 0
    listeners.stop()
    calls = [line for line in trace.read_text().splitlines() if INET_CALL.search(line)]
    report = {
        "namespace": namespace,
        "returncode": run.returncode,
        "stdout": run.stdout[-20000:],
        "stderr": run.stderr[-20000:],
        "dns_queries": listeners.queries,
        "connections": listeners.connections,
        "inet_calls": calls,
        "packets": after - before,
    }
    out.write_text(json.dumps(report, indent=1))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
