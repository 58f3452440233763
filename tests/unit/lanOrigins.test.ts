// The network addresses a teacher's laptop offers its students instead of localhost.
import type { NetworkInterfaceInfo } from 'node:os';
import { describe, expect, it } from 'vitest';
import { isLoopback, lanOrigins } from '../../server/http/lanOrigins.ts';

const nic = (address: string, family: 'IPv4' | 'IPv6', internal: boolean) => ({ address, family, internal }) as NetworkInterfaceInfo;
const interfaces = {
  lo: [nic('127.0.0.1', 'IPv4', true), nic('::1', 'IPv6', true)],
  wlan0: [nic('192.168.1.20', 'IPv4', false), nic('fe80::1', 'IPv6', false)],
  eth0: [nic('10.0.0.5', 'IPv4', false)],
};

describe('lanOrigins', () => {
  it('lists every outside IPv4 address when listening on all interfaces', () => {
    expect(lanOrigins(2567, undefined, interfaces)).toEqual(['http://192.168.1.20:2567', 'http://10.0.0.5:2567']);
    expect(lanOrigins(2567, '0.0.0.0', interfaces)).toEqual(['http://192.168.1.20:2567', 'http://10.0.0.5:2567']);
  });

  it('offers only the address the server listens on, and nothing for loopback', () => {
    expect(lanOrigins(80, '10.0.0.5', interfaces)).toEqual(['http://10.0.0.5:80']);
    expect(lanOrigins(80, '127.0.0.1', interfaces)).toEqual([]);
  });

  it('knows loopback addresses, mapped IPv6 ones included', () => {
    expect(['127.0.0.1', '::1', '::ffff:127.0.0.1'].every(isLoopback)).toBe(true);
    expect(['192.168.1.20', '::ffff:10.0.0.5', undefined].some(isLoopback)).toBe(false);
  });
});
