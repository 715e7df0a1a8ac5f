"""Which network addresses a fetch may reach: public ones, and the hosts the sources name.

A page, a feed entry or a redirect that leads to a loopback, link-local or private
address is refused, unless that host is one the user named as a source (a page or feed
given on the command line or in a sources file) or private addresses are allowed. The
check is made on the address each connection actually goes to, after resolving the
name once, so a name that resolves elsewhere the second time (DNS rebinding) gains
nothing. Behind an HTTP proxy (HTTP_PROXY and friends) the proxy connects, not this.
"""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Callable, Iterable

import httpcore
import httpx

Resolver = Callable[[str, int], list[str]]


class PrivateAddress(Exception):
    """A fetch would reach a loopback, link-local or private address it may not."""

    def __init__(self, host: str, address: str):
        super().__init__(host, address)
        self.reason = (f"refused: {host} is at {address}, a loopback, link-local or private address "
                       "that no source names (--allow-private-addresses fetches it)")


def is_public(address: str) -> bool:
    """Whether an IP address is on the public internet (not loopback, link-local, private,
    shared, reserved or multicast; an IPv4 address mapped into IPv6 counts as itself)."""
    ip = ipaddress.ip_address(address.split("%", 1)[0])
    if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
        ip = ip.ipv4_mapped
    return ip.is_global and not ip.is_multicast


def resolve(host: str, port: int) -> list[str]:
    """The addresses a host name resolves to, as the system resolver gives them."""
    return list(dict.fromkeys(info[4][0] for info in socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)))


def host_of(url: str) -> str:
    """The host a URL names, as a connection to it is made ("" for no URL)."""
    try:
        return httpx.URL(url).raw_host.decode("ascii").lower()
    except (httpx.InvalidURL, UnicodeDecodeError):
        return ""


class Guard(httpcore.NetworkBackend):
    """Connections to public addresses, or to the `trusted` hosts wherever they are."""

    def __init__(self, trusted: Iterable[str] = (), allow_private: bool = False, resolver: Resolver | None = None):
        self.trusted = frozenset(h.lower() for h in trusted)
        self.allow_private = allow_private
        self.resolver = resolver or resolve
        self.inner = httpcore.SyncBackend()

    def connect_tcp(self, host: str, port: int, timeout: float | None = None, local_address: str | None = None,
                    socket_options=None) -> httpcore.NetworkStream:
        try:
            addresses = self.resolver(host, port)
        except OSError as exc:
            raise httpcore.ConnectError(f"{host}: {exc.strerror or exc}") from exc
        if not self.allow_private and host.lower() not in self.trusted:
            public = [a for a in addresses if is_public(a)]
            if not public:
                raise PrivateAddress(host, addresses[0] if addresses else "no address")
            addresses = public
        failure: Exception = httpcore.ConnectError(f"{host}: no address")
        for address in addresses:
            try:
                return self.inner.connect_tcp(address, port, timeout, local_address, socket_options)
            except httpcore.ConnectError as exc:
                failure = exc
        raise failure

    def connect_unix_socket(self, path, timeout=None, socket_options=None):
        raise httpcore.ConnectError("unix sockets are not fetched")

    def sleep(self, seconds: float) -> None:
        self.inner.sleep(seconds)


class GuardedTransport(httpx.HTTPTransport):
    """httpx's own transport, its connections made through a Guard. (httpx has no public
    way to give a transport its network backend, hence the pool is made here.)"""

    def __init__(self, guard: Guard):
        super().__init__()
        self._pool = httpcore.ConnectionPool(ssl_context=httpx.create_ssl_context(), network_backend=guard,
                                             max_connections=100, max_keepalive_connections=20,
                                             keepalive_expiry=5.0)
