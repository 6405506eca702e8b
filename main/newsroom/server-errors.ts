/** A replication or HTTP error from the newsroom server, in words a desk can show. */
export function describeServerError(error: unknown, url: string): string {
  const details = (error ?? {}) as { status?: number; name?: string; reason?: string; message?: string; code?: string; cause?: { code?: string } };
  const reason = details.reason ?? details.message ?? String(error);
  const where = safeUrl(url);
  if (details.status === 401 || details.name === 'unauthorized') return `${where} refused the user name or password (${reason}).`;
  if (details.status === 403 || details.name === 'forbidden') return `${where} refused this user: ${reason}`;
  if (details.status === 404 || details.name === 'not_found') return `${where} has no newsroom database (run "banmian newsroom init" on it first).`;
  const code = details.code ?? details.cause?.code;
  if (code === 'ECONNREFUSED' || code === 'ENOTFOUND' || code === 'ETIMEDOUT' || code === 'ECONNRESET' || /fetch failed|ECONNREFUSED/.test(reason)) {
    return `Cannot reach ${where}; working offline, changes wait on this desk.`;
  }
  return `${where}: ${reason}`;
}

/** The URL without any credentials in it, for messages and logs. */
export function safeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    parsed.username = '';
    parsed.password = '';
    return parsed.toString().replace(/\/$/, '');
  } catch {
    return url;
  }
}
