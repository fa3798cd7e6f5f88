// Types for static-server.mjs, which the Playwright specs use too (e2e/offline.spec.ts).
import type { IncomingMessage, ServerResponse } from "node:http";

export interface StaticServerOptions {
  port?: number;
  onServed?: (path: string, status: number, bodyBytes: number) => void;
  before?: (path: string, req: IncomingMessage, res: ServerResponse) => boolean | Promise<boolean>;
  /** Send brotli or gzip when the request accepts it (default true). */
  compress?: boolean;
}

export function startStaticServer(roots: Record<string, string>, options?: StaticServerOptions): Promise<{ url: string; close: () => Promise<void> }>;

export function stockPyodideDir(): string;
