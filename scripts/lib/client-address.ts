// Which address a request came from, for the per-address sign-in limit and the audit log. Only
// the connection's own address and the entries that trusted proxies appended can be believed:
// anything further left in X-Forwarded-For is whatever the client chose to send. The server
// (scripts/serve.mjs) sets X-Forwarded-For to this one address before the app sees the request.
// Type-only syntax, so that Node runs this file as it is (serve.mjs is plain JavaScript).
type TClientAddressInput = {
  /** The TCP peer, e.g. the proxy's address, or the browser's when nothing is in front. */
  socketAddress: string | undefined;
  forwardedFor: string | string[] | undefined;
  trustedProxyHops: number;
};

/** "::ffff:127.0.0.1" is how Node reports an IPv4 peer on a dual-stack socket. */
const plain = (address: string) => address.replace(/^::ffff:(?=\d+\.\d+\.\d+\.\d+$)/, "");

export function clientAddress({ socketAddress, forwardedFor, trustedProxyHops }: TClientAddressInput): string {
  const socket = socketAddress ? plain(socketAddress) : "unknown";
  if (trustedProxyHops === 0) return socket;
  const forwarded = (Array.isArray(forwardedFor) ? forwardedFor.join(",") : (forwardedFor ?? ""))
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Right to left: the socket is the nearest proxy, each forwarded entry one hop further out.
  const hops = [...forwarded, socket];
  const trusted = hops.length - 1 - trustedProxyHops;
  // Fewer entries than proxies: the request did not come through them all; the leftmost is the best we know.
  return plain(hops[Math.max(0, trusted)]!);
}
