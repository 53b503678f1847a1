/**
 * The server-side request forgery guard: every address the audit connects to is resolved first, and private,
 * loopback, link-local and other non-public ranges are refused unless the caller allows them (tests, intranets).
 */
import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { BlockList, isIP, type LookupFunction } from 'node:net';

const NON_PUBLIC = new BlockList();
for (const [network, prefix] of [
  ['0.0.0.0', 8], ['10.0.0.0', 8], ['100.64.0.0', 10], ['127.0.0.0', 8], ['169.254.0.0', 16], ['172.16.0.0', 12],
  ['192.0.0.0', 24], ['192.0.2.0', 24], ['192.88.99.0', 24], ['192.168.0.0', 16], ['198.18.0.0', 15],
  ['198.51.100.0', 24], ['203.0.113.0', 24], ['224.0.0.0', 4], ['240.0.0.0', 4],
] as const) {
  NON_PUBLIC.addSubnet(network, prefix, 'ipv4');
}
for (const [network, prefix] of [
  ['::', 128], ['::1', 128], ['64:ff9b:1::', 48], ['100::', 64], ['2001::', 23], ['2001:db8::', 32], ['2002::', 16],
  ['fc00::', 7], ['fe80::', 10], ['fec0::', 10], ['ff00::', 8],
] as const) {
  NON_PUBLIC.addSubnet(network, prefix, 'ipv6');
}

/** True for an address that is not on the public internet (private, loopback, link-local, reserved, multicast). */
export function isNonPublicAddress(address: string): boolean {
  const family = isIP(address);
  if (family === 4) return NON_PUBLIC.check(address, 'ipv4');
  if (family !== 6) return true;
  const lower = address.toLowerCase();
  // IPv4-mapped and IPv4-compatible forms (::ffff:10.0.0.1) are judged by the IPv4 address inside.
  const mapped = /^(?:::ffff:(?:0:)?|::)(\d+\.\d+\.\d+\.\d+)$/.exec(lower);
  if (mapped?.[1] !== undefined) return NON_PUBLIC.check(mapped[1], 'ipv4');
  const mappedHex = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/.exec(lower);
  if (mappedHex?.[1] !== undefined && mappedHex[2] !== undefined) {
    const high = Number.parseInt(mappedHex[1], 16);
    const low = Number.parseInt(mappedHex[2], 16);
    return NON_PUBLIC.check(`${high >> 8}.${high & 255}.${low >> 8}.${low & 255}`, 'ipv4');
  }
  return NON_PUBLIC.check(lower, 'ipv6');
}

/** Raised when a host resolves to an address the guard refuses. */
export class PrivateAddressError extends Error {
  readonly code = 'ERR_LOSI_PRIVATE_ADDRESS';
  constructor(readonly host: string, readonly address: string) {
    super(`${host} resolves to ${address}, a private or loopback address; the audit refuses those unless allowPrivate is set`);
    this.name = 'PrivateAddressError';
  }
}

/** Strips the brackets of an IPv6 literal host ([::1] → ::1). */
export function bareHost(hostname: string): string {
  return hostname.startsWith('[') && hostname.endsWith(']') ? hostname.slice(1, -1) : hostname;
}

/** Decides which resolved addresses are refused: true refuses the connection. */
export type AddressPolicy = (address: string, host: string) => boolean;

/** The guard's policy: refuse non-public addresses, or nothing when private addresses are allowed. */
export function addressPolicy(allowPrivate: boolean): AddressPolicy {
  return allowPrivate ? () => false : (address) => isNonPublicAddress(address);
}

/** Throws PrivateAddressError when the host is an IP literal the policy refuses (literals skip DNS, so check them here). */
export function assertAllowedLiteral(hostname: string, refuse: AddressPolicy): void {
  const host = bareHost(hostname);
  if (isIP(host) !== 0 && refuse(host, host)) throw new PrivateAddressError(host, host);
}

/** Throws PrivateAddressError when the host is a non-public IP literal and private addresses are not allowed. */
export function assertPublicLiteral(hostname: string, allowPrivate: boolean): void {
  assertAllowedLiteral(hostname, addressPolicy(allowPrivate));
}

/**
 * A `lookup` for node:net / node:http that resolves every address of the host and refuses the connection when any of
 * them is non-public; the socket then connects to an address that was checked, so DNS rebinding cannot slip past.
 */
export function guardedLookup(refuse: AddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (error, addresses: LookupAddress[]) => {
      if (error) {
        callback(error, '', 0);
        return;
      }
      const refused = addresses.find((entry) => refuse(entry.address, hostname));
      if (refused !== undefined) {
        callback(Object.assign(new PrivateAddressError(hostname, refused.address), { errno: 0, syscall: 'lookup' }), '', 0);
        return;
      }
      const first = addresses[0];
      if (first === undefined) {
        callback(Object.assign(new Error(`${hostname} has no address`), { code: 'ENOTFOUND', errno: 0, syscall: 'lookup' }), '', 0);
        return;
      }
      if ((options as { all?: boolean }).all) (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, addresses);
      else callback(null, first.address, first.family);
    });
  };
}
