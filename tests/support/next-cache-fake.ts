// Stand-in for "next/cache" outside a Next.js request: revalidation is recorded, not performed.
import { currentRequest } from "./request-context";

export function revalidatePath(path: string): void {
  currentRequest().revalidated.push(path);
}

export function revalidateTag(tag: string): void {
  currentRequest().revalidated.push(`tag:${tag}`);
}

export function unstable_cache<T extends (...args: never[]) => unknown>(fn: T): T {
  return fn;
}

export function unstable_noStore(): void {}
