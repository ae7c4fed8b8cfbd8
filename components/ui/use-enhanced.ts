"use client";
import { useSyncExternalStore } from "react";

const subscribe = () => () => {};

/**
 * True once JavaScript runs in the page (after hydration); false in the server's HTML, which is what a browser
 * without JavaScript keeps. Forms render their no-JavaScript controls (a round trip for the next questions) only
 * while this is false (issue 19 item 5).
 */
export function useEnhanced(): boolean {
  return useSyncExternalStore(
    subscribe,
    () => true,
    () => false,
  );
}
