// Stand-in for "next/headers" outside a Next.js request: the cookies and headers of tests/support/request-context.ts.
import { currentRequest } from "./request-context";

export async function cookies() {
  const jar = currentRequest().cookies;
  return {
    get: (name: string) => (jar.has(name) ? { name, value: jar.get(name)! } : undefined),
    getAll: () => [...jar].map(([name, value]) => ({ name, value })),
    has: (name: string) => jar.has(name),
    set: (name: string | { name: string; value: string }, value?: string) => {
      if (typeof name === "string") jar.set(name, value ?? "");
      else jar.set(name.name, name.value);
    },
    delete: (name: string) => jar.delete(name),
  };
}

export async function headers() {
  return currentRequest().headers;
}

export async function draftMode() {
  return { isEnabled: false, enable() {}, disable() {} };
}
