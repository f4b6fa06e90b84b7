/**
 * What a page of the site may load and run: only the site itself. Readers' browsers then refuse any
 * request to another host, even if registry text slipped through as markup. Search is the one
 * script; Pagefind compiles its WebAssembly, which needs 'wasm-unsafe-eval' (not 'unsafe-eval').
 * JSON-LD data blocks are not scripts that run, so they need no exception.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self' 'wasm-unsafe-eval'",
  "style-src 'self'",
  "img-src 'self'",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "media-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');
