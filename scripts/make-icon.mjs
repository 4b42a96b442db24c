// Draws the extension's icon (images/icon.png, 128x128): a blue shield with a white tick, the
// shape the GitHub Action's branding uses. No image library and no download: the pixels are
// computed here and written as a PNG with Node's zlib. Run `node scripts/make-icon.mjs`.
import { deflateSync } from 'node:zlib';
import { writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const SIZE = 128;
const SAMPLES = 4; // per axis, for smooth (anti-aliased) edges
const BLUE = [29, 78, 216];
const WHITE = [255, 255, 255];

/** Inside the shield: a flat top with rounded shoulders, straight sides, then curves to a point. */
function inShield(x, y) {
  const cx = 64;
  const top = 14;
  const halfWidth = 46;
  const shoulder = 16;
  const sideEnd = 62;
  const tip = 118;
  if (y < top || y > tip) return false;
  const dx = Math.abs(x - cx);
  if (y < top + shoulder) {
    // rounded corners at the top
    const ox = halfWidth - shoulder;
    if (dx <= ox) return true;
    return (dx - ox) ** 2 + (y - (top + shoulder)) ** 2 <= shoulder ** 2;
  }
  if (y <= sideEnd) return dx <= halfWidth;
  // from the sides to the tip along a curve
  const t = (y - sideEnd) / (tip - sideEnd);
  return dx <= halfWidth * Math.cos((t * Math.PI) / 2);
}

/** Distance from (x, y) to the segment a-b. */
function toSegment(x, y, [ax, ay], [bx, by]) {
  const vx = bx - ax;
  const vy = by - ay;
  const t = Math.max(0, Math.min(1, ((x - ax) * vx + (y - ay) * vy) / (vx * vx + vy * vy)));
  return Math.hypot(x - (ax + t * vx), y - (ay + t * vy));
}

function inTick(x, y) {
  const a = [42, 64];
  const b = [58, 80];
  const c = [88, 46];
  return Math.min(toSegment(x, y, a, b), toSegment(x, y, b, c)) <= 7;
}

const rows = [];
for (let y = 0; y < SIZE; y++) {
  const row = Buffer.alloc(1 + SIZE * 4); // filter byte 0, then RGBA
  for (let x = 0; x < SIZE; x++) {
    let shield = 0;
    let tick = 0;
    for (let sy = 0; sy < SAMPLES; sy++) {
      for (let sx = 0; sx < SAMPLES; sx++) {
        const px = x + (sx + 0.5) / SAMPLES;
        const py = y + (sy + 0.5) / SAMPLES;
        if (inShield(px, py)) {
          shield++;
          if (inTick(px, py)) tick++;
        }
      }
    }
    const n = SAMPLES * SAMPLES;
    const alpha = shield / n;
    const white = shield ? tick / shield : 0;
    const o = 1 + x * 4;
    for (let i = 0; i < 3; i++) row[o + i] = Math.round(BLUE[i] * (1 - white) + WHITE[i] * white);
    row[o + 3] = Math.round(alpha * 255);
  }
  rows.push(row);
}

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});
function crc32(buf) {
  let c = 0xffffffff;
  for (const b of buf) c = CRC_TABLE[(c ^ b) & 0xff] ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}
function chunk(type, data) {
  const len = Buffer.alloc(4);
  len.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([len, body, crc]);
}

const header = Buffer.alloc(13);
header.writeUInt32BE(SIZE, 0);
header.writeUInt32BE(SIZE, 4);
header[8] = 8; // bit depth
header[9] = 6; // RGBA
const png = Buffer.concat([
  Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
  chunk('IHDR', header),
  chunk('IDAT', deflateSync(Buffer.concat(rows), { level: 9 })),
  chunk('IEND', Buffer.alloc(0)),
]);

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.join(root, 'images', 'icon.png');
mkdirSync(path.dirname(out), { recursive: true });
writeFileSync(out, png);
console.log(`wrote ${path.relative(root, out)} (${SIZE}x${SIZE}, ${png.length} bytes)`);
