// Where students on the same network can reach this server when the teacher opened the
// game as "localhost" (a laptop running `npm start`): a phone cannot open localhost, so the
// console shows the join link on the machine's network address instead.
import { networkInterfaces } from 'node:os';

const LOOPBACK = /^(127\.|::1$|::ffff:127\.)/;

export const isLoopback = (address: string | undefined): boolean => !!address && LOOPBACK.test(address);

/**
 * `http://ip:port` for each IPv4 address of this machine's network interfaces, unless the
 * server listens on one address only (HOST), when only that one is reachable.
 */
export function lanOrigins(port: number, host: string | undefined, interfaces = networkInterfaces()): string[] {
  if (host && host !== '0.0.0.0' && host !== '::') return isLoopback(host) ? [] : [`http://${host}:${port}`];
  const out: string[] = [];
  for (const list of Object.values(interfaces)) {
    for (const i of list ?? []) if (i.family === 'IPv4' && !i.internal) out.push(`http://${i.address}:${port}`);
  }
  return out;
}
