"""A guard that refuses every network connection and writes down who tried (for the no-network
tests). Local (AF_UNIX) sockets are not network and pass."""

from __future__ import annotations

import socket
import traceback
from pathlib import Path

NETWORK = (socket.AF_INET, socket.AF_INET6)


def refuse_network(log: Path) -> None:
    def record(what: str) -> None:
        with log.open("a", encoding="utf-8") as out:
            out.write(f"{what}\n{''.join(traceback.format_stack(limit=12))}\n")

    real_connect, real_connect_ex = socket.socket.connect, socket.socket.connect_ex

    def connect(self: socket.socket, address: object) -> None:
        if self.family in NETWORK:
            record(f"connect {address!r}")
            raise OSError("network access refused by the test guard")
        real_connect(self, address)  # type: ignore[arg-type]

    def connect_ex(self: socket.socket, address: object) -> int:
        if self.family in NETWORK:
            record(f"connect_ex {address!r}")
            return 111  # ECONNREFUSED
        return real_connect_ex(self, address)  # type: ignore[arg-type]

    def getaddrinfo(host: object, *args: object, **kwargs: object) -> list[object]:
        record(f"getaddrinfo {host!r}")
        raise socket.gaierror("name lookup refused by the test guard")

    socket.socket.connect = connect  # type: ignore[method-assign]
    socket.socket.connect_ex = connect_ex  # type: ignore[method-assign]
    socket.getaddrinfo = getaddrinfo  # type: ignore[assignment]
    log.touch()
