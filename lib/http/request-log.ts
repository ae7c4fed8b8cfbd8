// Which requests the server's request log (scripts/serve.ts) writes at the default level (info) and which
// only at debug: a page view in the browser brings a dozen requests besides the page itself (Next's router
// prefetching the links on it, its scripts and styles, the favicon). Those are routine while they succeed;
// the page, every action and every failure (status 400 or more) stay at info. Decision 045.

type Headers = Record<string, string | string[] | undefined>;

function header(headers: Headers, name: string): string {
  const value = headers[name];
  return (Array.isArray(value) ? value.join(",") : (value ?? "")).toLowerCase();
}

/** A request the browser makes ahead of time: Next's router prefetch, or the browser's own (Sec-Purpose). */
export function isPrefetch(headers: Headers): boolean {
  return (
    header(headers, "next-router-prefetch") !== "" ||
    header(headers, "sec-purpose").includes("prefetch") ||
    header(headers, "purpose").includes("prefetch")
  );
}

/** Next's build output and image optimiser, and the files of public/ (given by their paths, "/favicon.ico"). */
export function isStaticFile(path: string, publicFiles: ReadonlySet<string>): boolean {
  const bare = path.split(/[?#]/, 1)[0]!;
  return bare.startsWith("/_next/static/") || bare.startsWith("/_next/image") || publicFiles.has(bare);
}

/** True when the request line belongs at debug level: a prefetch or a static file, answered without error. */
export function isRoutineRequest(
  input: { method: string; path: string; headers: Headers; status: number },
  publicFiles: ReadonlySet<string>,
): boolean {
  if (input.status >= 400) return false;
  if (input.method !== "GET" && input.method !== "HEAD") return false;
  return isPrefetch(input.headers) || isStaticFile(input.path, publicFiles);
}
