/**
 * zod, configured for pages under our Content-Security-Policy (index.html: script-src 'self', no 'unsafe-eval').
 * zod 4 speeds object parsing up by compiling parsers with `new Function`, and first probes whether it may; under
 * the policy that probe is refused and the browser reports a script-src violation on every page load, although
 * zod catches it and parses without compiling. jitless skips the probe and takes the parser it would fall back to.
 * Imported first by every entry of the client (main.tsx and its workers).
 */
import { z } from 'zod';

z.config({ jitless: true });
