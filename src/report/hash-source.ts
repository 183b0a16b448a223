import { createHash } from "node:crypto";

/**
 * A CSP source allowing exactly one inline script or style: `'sha256-<base64 of its SHA-256>'`, of
 * the text's UTF-8 or of bytes that are UTF-8 already (the same hash for the same text).
 */
export function hashSource(content: string | Uint8Array): string {
  return `'sha256-${createHash("sha256").update(content).digest("base64")}'`;
}
