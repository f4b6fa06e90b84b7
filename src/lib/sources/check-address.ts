/** What requesting one address found. */
export interface AddressCheck {
  url: string;
  /** True when the address (after any redirects) answered with a status below 400. */
  ok: boolean;
  /** The HTTP status, e.g. "404", or what went wrong: "no answer within 15 s", "connection refused"... */
  status: string;
  /** Each redirect followed: its status and where it led. */
  redirects: { status: number; to: string }[];
}

export interface CheckOptions {
  /** How long one attempt may wait for an answer. */
  timeoutMs: number;
  /** How long to wait before the one retry of an address that failed. */
  retryDelayMs: number;
  userAgent: string;
  maxRedirects?: number;
}

const redirectStatuses = new Set([301, 302, 303, 307, 308]);

/** Why a request failed, in a few words: the network error's code where Node gives one. */
function describeFailure(error: unknown, timeoutMs: number): string {
  if (error instanceof Error && error.name === 'TimeoutError') return `no answer within ${timeoutMs / 1000} s`;
  const code = (error as { cause?: { code?: string } }).cause?.code;
  const known: Record<string, string> = {
    ECONNREFUSED: 'connection refused',
    ECONNRESET: 'connection reset',
    ENOTFOUND: 'host not found',
    EAI_AGAIN: 'host not found',
    EHOSTUNREACH: 'host unreachable',
    ENETUNREACH: 'network unreachable',
  };
  if (code && known[code]) return known[code];
  if (code && /CERT|TLS|SSL/.test(code)) return `certificate problem (${code})`;
  return code ?? (error instanceof Error ? error.message : String(error));
}

/** One attempt: requests the address, following redirects one by one so that each can be reported. */
async function attempt(url: string, options: CheckOptions): Promise<AddressCheck> {
  const redirects: AddressCheck['redirects'] = [];
  const signal = AbortSignal.timeout(options.timeoutMs);
  let current = url;
  try {
    for (;;) {
      // GET, not HEAD: many official sites answer HEAD wrongly. The body is never read.
      const response = await fetch(current, { redirect: 'manual', signal, headers: { 'user-agent': options.userAgent, accept: '*/*' } });
      await response.body?.cancel();
      const location = response.headers.get('location');
      if (!redirectStatuses.has(response.status) || !location) {
        return { url, ok: response.status < 400, status: String(response.status), redirects };
      }
      const next = new URL(location, current);
      redirects.push({ status: response.status, to: next.href });
      if (!/^https?:$/.test(next.protocol)) return { url, ok: false, status: `redirects to a ${next.protocol} address`, redirects };
      if (redirects.length > (options.maxRedirects ?? 10)) return { url, ok: false, status: 'too many redirects', redirects };
      current = next.href;
    }
  } catch (error) {
    return { url, ok: false, status: describeFailure(error, options.timeoutMs), redirects };
  }
}

/** Requests an address, and once more after a pause if it failed, so that a passing hiccup is not reported. */
export async function checkAddress(url: string, options: CheckOptions): Promise<AddressCheck> {
  const first = await attempt(url, options);
  if (first.ok) return first;
  await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs));
  return attempt(url, options);
}
