/**
 * Base-protocol framing that survives a broken frame. vscode-jsonrpc reads a header block up to
 * the blank line and needs `Content-Length` in it. A frame whose length is wrong leaves bytes
 * that run into the next header ("…}}Content-Length: 52"); that header is rejected, its body is
 * then read as the next header, and so on: the server never reads another message. This stream
 * sits between stdin and the library and passes on only well-formed frames: in a header block
 * without a usable Content-Length line, the last "Content-Length:" (where the next real frame
 * starts) is taken; a block without any is dropped. Bodies go on as they are: a body that is not
 * JSON-RPC is reported and skipped by the library, which then reads on.
 */
import { Transform, type TransformCallback } from 'node:stream';

const HEADER_END = Buffer.from('\r\n\r\n', 'ascii');
const CONTENT_LENGTH = /content-length[ \t]*:[ \t]*(\d+)[ \t\r]*$/gim;

export class Reframer extends Transform {
  private chunks: Buffer[] = [];
  private buffered = 0;
  /** The body length of the frame being read, or -1 while reading a header. */
  private length = -1;

  constructor(private readonly onJunk: (message: string) => void = () => undefined) {
    super();
  }

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    this.chunks.push(chunk);
    this.buffered += chunk.length;
    for (;;) {
      if (this.length < 0) {
        const buffer = this.joinBuffered();
        const end = buffer.indexOf(HEADER_END);
        if (end < 0) break;
        const header = buffer.subarray(0, end).toString('latin1');
        this.setBuffered(buffer.subarray(end + HEADER_END.length));
        const last = [...header.matchAll(CONTENT_LENGTH)].at(-1);
        if (!last) {
          this.onJunk(`dropped ${end + HEADER_END.length} bytes without a Content-Length header`);
          continue;
        }
        if (last.index !== 0 && !/\r\n$/.test(header.slice(0, last.index))) this.onJunk(`skipped ${last.index} bytes before a Content-Length header`);
        this.length = Number(last[1]);
      }
      if (this.buffered < this.length) break;
      const buffer = this.joinBuffered();
      this.push(Buffer.from(`Content-Length: ${this.length}\r\n\r\n`, 'ascii'));
      this.push(buffer.subarray(0, this.length));
      this.setBuffered(buffer.subarray(this.length));
      this.length = -1;
    }
    done();
  }

  /** Everything buffered, as one buffer (joined only when a header or a whole body is there to read). */
  private joinBuffered(): Buffer {
    if (this.chunks.length > 1) this.chunks = [Buffer.concat(this.chunks)];
    return this.chunks[0] ?? Buffer.alloc(0);
  }

  private setBuffered(rest: Buffer): void {
    this.chunks = rest.length ? [rest] : [];
    this.buffered = rest.length;
  }
}
