/**
 * Share links: an assessment travels in the URL fragment (after `#`), which browsers never send to a server.
 * Format: `v1.` + base64url(deflate-raw(JSON of the assessment)), using the browser's own CompressionStream
 * (no library). Decoding never throws: every failure comes back as a reason the page can explain.
 */
import type { Assessment } from '@losi/indicators';
import type { Problem } from '@losi/indicators/schema';

/** Version prefix of the fragment; a later format would use `v2.`. */
export const SHARE_VERSION = 'v1';

/**
 * Longest fragment accepted or produced, in characters. Whole links then stay well under the 8 KB that many
 * servers, proxies and chat tools accept for a URL. A complete 95-indicator assessment with a few notes takes
 * about 1,700 characters (the JSON keeps the indicator ids, so links stay readable by any later version), which
 * leaves room for many notes and evidence links.
 */
export const MAX_FRAGMENT_LENGTH = 8000;

/** Largest decompressed JSON accepted, in bytes: a guard against a small fragment that inflates enormously. */
export const MAX_JSON_BYTES = 256 * 1024;

/** Why a fragment could not be read. */
export type DecodeFailure =
  | { readonly ok: false; readonly reason: 'empty' }
  | { readonly ok: false; readonly reason: 'too-long'; readonly length: number }
  | { readonly ok: false; readonly reason: 'unknown-version'; readonly version: string }
  | { readonly ok: false; readonly reason: 'corrupt' }
  | { readonly ok: false; readonly reason: 'invalid'; readonly problems: readonly Problem[] };

/** The result of `decodeShareFragment`. */
export type DecodeResult = { readonly ok: true; readonly assessment: Assessment } | DecodeFailure;

/** The result of `encodeShareFragment`: the fragment (without `#`), or its length when it is over the limit. */
export type EncodeResult =
  | { readonly ok: true; readonly fragment: string }
  | { readonly ok: false; readonly reason: 'too-long'; readonly length: number };

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/** Bytes of a base64url text, or undefined when it is not base64url. */
function fromBase64Url(text: string): Uint8Array<ArrayBuffer> | undefined {
  if (!/^[A-Za-z0-9_-]*$/.test(text) || text.length % 4 === 1) return undefined;
  const base64 = text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  try {
    const binary = atob(base64);
    const bytes = new Uint8Array(binary.length);
    for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
    return bytes;
  } catch {
    return undefined;
  }
}

async function deflate(bytes: Uint8Array<ArrayBuffer>): Promise<Uint8Array> {
  const stream = new Blob([bytes]).stream().pipeThrough(new CompressionStream('deflate-raw'));
  return new Uint8Array(await new Response(stream).arrayBuffer());
}

/** The inflated bytes, or undefined when the data is not deflate-raw or inflates beyond `limit`. */
async function inflate(bytes: Uint8Array<ArrayBuffer>, limit: number): Promise<Uint8Array | undefined> {
  const reader = new Blob([bytes]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > limit) {
        await reader.cancel();
        return undefined;
      }
      chunks.push(value);
    }
  } catch {
    return undefined;
  }
  const out = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    out.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return out;
}

/** The share fragment (without `#`) of an assessment, or `too-long` when it would exceed `MAX_FRAGMENT_LENGTH`. */
export async function encodeShareFragment(assessment: Assessment): Promise<EncodeResult> {
  const { $schema: _schema, ...rest } = assessment as Assessment & { $schema?: unknown };
  const json = new TextEncoder().encode(JSON.stringify(rest));
  const fragment = `${SHARE_VERSION}.${toBase64Url(await deflate(json))}`;
  return fragment.length > MAX_FRAGMENT_LENGTH ? { ok: false, reason: 'too-long', length: fragment.length } : { ok: true, fragment };
}

/**
 * Reads a share fragment (with or without its leading `#`). Never throws: an empty, over-long, damaged or
 * invalid fragment comes back with its reason (`invalid` with the assessment problems of `parseAssessment`).
 */
export async function decodeShareFragment(hash: string): Promise<DecodeResult> {
  const fragment = hash.startsWith('#') ? hash.slice(1) : hash;
  if (fragment.trim() === '') return { ok: false, reason: 'empty' };
  if (fragment.length > MAX_FRAGMENT_LENGTH) return { ok: false, reason: 'too-long', length: fragment.length };
  const match = /^(v\d{1,3})\.(.*)$/s.exec(fragment);
  if (!match) return { ok: false, reason: 'corrupt' };
  const [, version, data] = match as unknown as [string, string, string];
  if (version !== SHARE_VERSION) return { ok: false, reason: 'unknown-version', version };
  const compressed = fromBase64Url(data);
  if (!compressed || compressed.length === 0) return { ok: false, reason: 'corrupt' };
  const bytes = await inflate(compressed, MAX_JSON_BYTES);
  if (!bytes) return { ok: false, reason: 'corrupt' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'corrupt' };
  }
  // The schema (zod) loads only when a link is read, so pages that only make links stay small.
  const { parseAssessment } = await import('@losi/indicators/schema');
  const parsed = parseAssessment(text);
  if (parsed.ok) return { ok: true, assessment: parsed.assessment };
  // Text that is not JSON at all means the data was damaged, not that the assessment is wrong.
  if (parsed.problems.some((problem) => 'line' in problem)) return { ok: false, reason: 'corrupt' };
  return { ok: false, reason: 'invalid', problems: parsed.problems };
}
