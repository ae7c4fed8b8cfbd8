/**
 * The client's address: the first hop of X-Forwarded-For (set by the load balancer in front of the portal),
 * else X-Real-IP. Only meaningful behind a proxy that overwrites these headers (docs/operations); without
 * one a client could choose its own key, which the per-account limit still covers.
 */
export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for");
  const first = forwarded?.split(",")[0]?.trim();
  if (first) return first.slice(0, 100);
  const real = headers.get("x-real-ip")?.trim();
  return real ? real.slice(0, 100) : null;
}
