// A Bolt TCP proxy that makes the worst transient failure happen on demand: the server commits a transaction,
// and the client never hears it. Armed, it lets the next COMMIT through, waits for the server's answer (so the
// commit has happened) and then cuts the connection instead of passing the answer on. The driver sees a
// dropped connection, a retryable error, and runs the transaction function again: a replay after the commit
// point, the case an idempotent write must survive.
import net from 'node:net';

// A COMMIT message alone in its chunk: size 2, an empty struct (0xB0) with signature 0x12, then the end marker.
const COMMIT = Buffer.from([0x00, 0x02, 0xb0, 0x12, 0x00, 0x00]);
// A BEGIN (a one-field struct, signature 0x11), and the `mode: "r"` entry its metadata has for a read transaction.
const BEGIN = Buffer.from([0xb1, 0x11]);
const READ_MODE = Buffer.concat([Buffer.from([0x84]), Buffer.from('mode'), Buffer.from([0x81]), Buffer.from('r')]);

export interface CommitFaultProxy {
  uri: string;
  /** Cuts the connection after the next `count` commits of write transactions (reads pass untouched). */
  dropAfterNextCommits(count?: number): void;
  /** Commits whose answer was withheld so far. */
  dropped(): number;
  close(): Promise<void>;
}

export async function startCommitFaultProxy(upstreamPort: number): Promise<CommitFaultProxy> {
  let armed = 0;
  let dropped = 0;
  const sockets = new Set<net.Socket>();
  const server = net.createServer((client) => {
    const upstream = net.connect(upstreamPort, '127.0.0.1');
    sockets.add(client).add(upstream);
    let tail = Buffer.alloc(0);
    let cutOnAnswer = false;
    let reading = false;
    const cut = () => {
      client.destroy();
      upstream.destroy();
    };
    client.on('data', (data: Buffer) => {
      // Keep the last bytes of the previous packet, so a COMMIT split across two packets is still seen.
      const window = Buffer.concat([tail, data]);
      tail = window.subarray(Math.max(0, window.length - (COMMIT.length - 1)));
      // The driver sends BEGIN with the transaction's first query in one packet.
      if (data.includes(BEGIN)) reading = data.includes(READ_MODE);
      if (armed > 0 && !cutOnAnswer && !reading && window.includes(COMMIT)) {
        armed -= 1;
        cutOnAnswer = true;
      }
      upstream.write(data);
    });
    upstream.on('data', (data: Buffer) => {
      if (cutOnAnswer) {
        dropped += 1;
        cut();
        return;
      }
      client.write(data);
    });
    for (const socket of [client, upstream]) {
      socket.on('error', cut);
      socket.on('close', () => {
        sockets.delete(socket);
        cut();
      });
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as net.AddressInfo;
  return {
    uri: `bolt://127.0.0.1:${port}`,
    dropAfterNextCommits(count = 1) {
      armed = count;
    },
    dropped: () => dropped,
    async close() {
      for (const socket of sockets) socket.destroy();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
