// A small DNS server on 127.0.0.1 (UDP) for tests of the `_atproto` TXT method through PLEDGE_DNS_SERVERS:
// it answers TXT and A questions from a table, NXDOMAIN for names not in it, no records (NODATA) for a type
// a name lacks. Just enough of RFC 1035 for node:dns (c-ares) to read.
import { createSocket } from 'node:dgram';

/** A name's records: TXT (each record its strings) and A (IPv4 addresses). */
export interface DnsRecords {
  txt?: string[][];
  a?: string[];
}

const TXT = 16;
const A = 1;

function readName(msg: Buffer, at: number): { name: string; end: number } {
  const labels: string[] = [];
  let i = at;
  while (msg[i]! > 0) {
    labels.push(msg.toString('latin1', i + 1, i + 1 + msg[i]!));
    i += msg[i]! + 1;
  }
  return { name: labels.join('.').toLowerCase(), end: i + 1 };
}

function answer(query: Buffer, records: Record<string, DnsRecords>): Buffer {
  const { name, end } = readName(query, 12);
  const type = query.readUInt16BE(end);
  const question = query.subarray(12, end + 4);
  const entry = records[name];
  const rdatas: Buffer[] =
    type === TXT
      ? (entry?.txt ?? []).map((strings) =>
          Buffer.concat(strings.map((s) => Buffer.concat([Buffer.from([Buffer.byteLength(s)]), Buffer.from(s)]))),
        )
      : type === A
        ? (entry?.a ?? []).map((ip) => Buffer.from(ip.split('.').map(Number)))
        : [];
  const header = Buffer.alloc(12);
  query.copy(header, 0, 0, 2); // the id
  header.writeUInt16BE(entry ? 0x8180 : 0x8183, 2); // a response, recursion available; NXDOMAIN for unknown names
  header.writeUInt16BE(1, 4);
  header.writeUInt16BE(rdatas.length, 6);
  const answers = rdatas.map((rdata) => {
    const rr = Buffer.alloc(12);
    rr.writeUInt16BE(0xc00c, 0); // the name: a pointer to the question's
    rr.writeUInt16BE(type, 2);
    rr.writeUInt16BE(1, 4); // IN
    rr.writeUInt32BE(60, 6);
    rr.writeUInt16BE(rdata.length, 10);
    return Buffer.concat([rr, rdata]);
  });
  return Buffer.concat([header, question, ...answers]);
}

/** Starts the server on a free UDP port: its `host:port` for PLEDGE_DNS_SERVERS, and close(). */
export async function startDnsServer(
  records: Record<string, DnsRecords>,
): Promise<{ server: string; close(): Promise<void> }> {
  const socket = createSocket('udp4');
  socket.on('message', (msg, from) => socket.send(answer(msg, records), from.port, from.address));
  await new Promise<void>((resolve) => socket.bind(0, '127.0.0.1', resolve));
  const { port } = socket.address();
  return { server: `127.0.0.1:${port}`, close: () => new Promise((resolve) => socket.close(() => resolve())) };
}
