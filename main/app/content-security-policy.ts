import { ASSET_SCHEME } from './schemes';

/**
 * The renderer's Content-Security-Policy. The app:// protocol handler sends it as a response
 * header on every renderer file (Electron's webRequest header hooks skip custom schemes),
 * the session adds it to any http(s) response as a second line of defence, and
 * renderer/index.html carries the same policy in a meta tag for the browser test harness.
 * Photos and fonts are the only things loaded from outside the app origin, from banmian://.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  `img-src 'self' data: ${ASSET_SCHEME}:`,
  `font-src 'self' ${ASSET_SCHEME}:`,
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
].join('; ');

/** Response headers with the policy set, replacing any policy already present. */
export function withContentSecurityPolicy(headers: Record<string, string[]> | undefined): Record<string, string[]> {
  const result: Record<string, string[]> = {};
  for (const [name, value] of Object.entries(headers ?? {})) {
    if (name.toLowerCase() !== 'content-security-policy') result[name] = value;
  }
  result['Content-Security-Policy'] = [CONTENT_SECURITY_POLICY]; // eng-disable CSP_GLOBAL_CHECK -- the scanner cannot read a constant; it evaluates the same policy in renderer/index.html (equality is unit-tested)
  return result;
}
