// The three health endpoints of a server process, each of which must answer within a second
// whatever is down (Redis, the records).

/** Each of /livez, /readyz, /healthz: its status, answered within a second. */
export async function healthNow(http: string): Promise<Record<'livez' | 'readyz' | 'healthz', number>> {
  const one = async (path: string) => {
    const res = await fetch(`${http}${path}`, { signal: AbortSignal.timeout(1000) });
    await res.arrayBuffer();
    return res.status;
  };
  const [livez, readyz, healthz] = await Promise.all(['/livez', '/readyz', '/healthz'].map(one));
  return { livez, readyz, healthz };
}

