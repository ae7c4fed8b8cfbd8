// Runs in the browser before the portal becomes interactive.
// Zod 4 probes whether it may compile validators with `new Function("")`. The Content-Security-Policy
// (no 'unsafe-eval', docs/decisions/028-http-hardening-and-rate-limits.md) blocks that, and the browser
// reports a CSP violation even though Zod catches the error. "jitless" skips the probe and the compiling;
// the browser validates only small forms, so nothing is lost. The server keeps Zod's fast path.
import { z } from "zod";

z.config({ jitless: true });
