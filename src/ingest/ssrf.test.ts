import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SitrepError } from '../core/errors.js';
import { forbiddenReason, parseIPv4, parseIPv6, resolveChecked } from './ssrf.js';

test('every private, loopback, link-local and reserved IPv4 range is refused', () => {
  const refused: [string, RegExp][] = [
    ['127.0.0.1', /loopback/], ['127.255.255.254', /loopback/], ['0.0.0.0', /this network/], ['0.1.2.3', /this network/],
    ['10.0.0.1', /private/], ['10.255.255.255', /private/], ['172.16.0.1', /private/], ['172.31.255.255', /private/],
    ['192.168.0.1', /private/], ['169.254.169.254', /link-local.*metadata/], ['169.254.0.1', /link-local/],
    ['100.64.0.1', /carrier-grade NAT/], ['100.127.255.255', /carrier-grade NAT/], ['224.0.0.1', /multicast/],
    ['255.255.255.255', /broadcast/], ['198.18.0.1', /benchmarking/],
  ];
  for (const [address, reason] of refused) assert.match(forbiddenReason(address) ?? 'allowed', reason, address);
});

test('public IPv4 addresses next to the refused ranges are allowed', () => {
  for (const address of ['8.8.8.8', '1.1.1.1', '172.15.255.255', '172.32.0.1', '100.63.255.255', '100.128.0.1', '169.253.255.255', '11.0.0.1', '192.169.0.1']) {
    assert.equal(forbiddenReason(address), null, address);
  }
});

test('odd spellings of loopback are read as the URL standard reads them, and refused', () => {
  for (const spelling of ['2130706433', '0x7f000001', '0X7F000001', '0177.0.0.1', '0177.00.00.01', '127.1', '127.0.1', '0x7f.1', '0x7f.0.0.1', '017700000001', '127.0.0.1.']) {
    assert.deepEqual(parseIPv4(spelling), [127, 0, 0, 1], spelling);
    assert.match(forbiddenReason(spelling) ?? 'allowed', /loopback/, spelling);
  }
  assert.match(forbiddenReason('0xa9fea9fe') ?? 'allowed', /metadata/, 'hex metadata address');
  assert.match(forbiddenReason('3232235521') ?? 'allowed', /private/, 'decimal 192.168.0.1');
});

test('strings that are not IPv4 addresses are not misread as one', () => {
  for (const s of ['256.0.0.1', '1.2.3.4.5', '08.1.1.1', '0x1g', '4294967296', 'example.com', '1..2']) assert.equal(parseIPv4(s), null, s);
});

test('IPv6 loopback, unspecified, unique-local, link-local and multicast are refused', () => {
  const refused: [string, RegExp][] = [
    ['::1', /loopback/], ['0:0:0:0:0:0:0:1', /loopback/], ['::', /unspecified/], ['fc00::1', /unique local/],
    ['fdff:ffff::1', /unique local/], ['fe80::1', /link-local/], ['fe80::1%eth0', /link-local/], ['febf::1', /link-local/],
    ['[::1]', /loopback/], ['ff02::1', /multicast/],
  ];
  for (const [address, reason] of refused) assert.match(forbiddenReason(address) ?? 'allowed', reason, address);
});

test('IPv4-mapped and IPv4-compatible IPv6 addresses are judged by the IPv4 address inside', () => {
  for (const address of ['::ffff:127.0.0.1', '::ffff:7f00:1', '0:0:0:0:0:ffff:7f00:0001', '::ffff:10.0.0.1', '::ffff:a9fe:a9fe', '64:ff9b::7f00:1', '2002:7f00:1::1']) {
    assert.ok(forbiddenReason(address) !== null, address);
  }
  assert.match(forbiddenReason('::ffff:169.254.169.254') ?? '', /IPv4-mapped 169\.254\.169\.254, link-local/);
  assert.match(forbiddenReason('::127.0.0.1') ?? '', /IPv4-compatible/);
  assert.match(forbiddenReason('::7f00:1') ?? '', /IPv4-compatible/);
  assert.equal(forbiddenReason('::ffff:8.8.8.8'), null);
  assert.equal(forbiddenReason('2606:4700:4700::1111'), null);
});

test('IPv6 text forms parse to the right bytes', () => {
  assert.deepEqual(Array.from(parseIPv6('::ffff:1.2.3.4') ?? []), [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0xff, 0xff, 1, 2, 3, 4]);
  assert.deepEqual(Array.from(parseIPv6('1:2:3:4:5:6:7:8') ?? []), [0, 1, 0, 2, 0, 3, 0, 4, 0, 5, 0, 6, 0, 7, 0, 8]);
  for (const bad of ['1::2::3', '1:2:3:4:5:6:7', '1:2:3:4:5:6:7:8:9', '12345::', 'g::1', '::1.2.3', ':1::']) assert.equal(parseIPv6(bad), null, bad);
});

const refusedWith = (pattern: RegExp) => (e: unknown): boolean =>
  e instanceof SitrepError && e.code === 'FORBIDDEN_ADDRESS' && pattern.test(e.message);

test('a host name is checked after resolution, and one private address among public ones refuses it', async () => {
  const resolver = async (host: string): Promise<string[]> => (host === 'mixed.test' ? ['8.8.8.8', '10.1.2.3'] : ['8.8.4.4']);
  await assert.rejects(resolveChecked('mixed.test', 'http://mixed.test/', { resolver }), refusedWith(/^http:\/\/mixed\.test\/: refused: mixed\.test resolves to 10\.1\.2\.3, which is private/));
  assert.deepEqual(await resolveChecked('fine.test', 'http://fine.test/', { resolver }), { address: '8.8.4.4', family: 4 });
});

test('literal hosts in URL form are refused without any lookup, localhost names too', async () => {
  const resolver = async (): Promise<string[]> => assert.fail('no lookup expected');
  for (const host of ['127.0.0.1', '[::1]', '[::ffff:7f00:1]', '0x7f000001', 'localhost', 'api.localhost']) {
    await assert.rejects(resolveChecked(host, `http://${host}/`, { resolver }), refusedWith(/refused/), host);
  }
});

test('allowPrivate and allowHosts let a private address through; allowHosts only for the named host', async () => {
  const resolver = async (): Promise<string[]> => ['192.168.1.20'];
  assert.deepEqual(await resolveChecked('feeds.lan', 'u', { resolver, allowPrivate: true }), { address: '192.168.1.20', family: 4 });
  assert.deepEqual(await resolveChecked('feeds.lan', 'u', { resolver, allowHosts: ['FEEDS.lan'] }), { address: '192.168.1.20', family: 4 });
  await assert.rejects(resolveChecked('other.lan', 'u', { resolver, allowHosts: ['feeds.lan'] }), refusedWith(/private/));
});

test('a name that does not resolve is a fetch failure, not a crash', async () => {
  const resolver = async (): Promise<string[]> => {
    throw Object.assign(new Error('not found'), { code: 'ENOTFOUND' });
  };
  await assert.rejects(resolveChecked('nowhere.test', 'http://nowhere.test/', { resolver }),
    (e: unknown) => e instanceof SitrepError && e.code === 'FETCH_FAILED' && /could not resolve nowhere\.test \(ENOTFOUND\)/.test(e.message));
});
