// Draws the add-in icons (assets/icon-16.png … icon-80.png): a green rounded square with three white rising bars.
// Run once with `node scripts/make-icons.js`; the PNGs are committed. Pure Node (>= 20.15 for zlib.crc32).
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");

const SIZES = [16, 32, 64, 80];
const GREEN = [0x1b, 0x7f, 0x4c];
const WHITE = [0xff, 0xff, 0xff];
const SUBSAMPLES = 4;

/** Shapes in a 1×1 square: the background and the bars, as [x0, y0, x1, y1] boxes. */
const CORNER_RADIUS = 0.2;
const BARS = [
  [0.2, 0.55, 0.34, 0.8],
  [0.43, 0.4, 0.57, 0.8],
  [0.66, 0.2, 0.8, 0.8],
];

function insideRoundedSquare(x, y) {
  const dx = Math.max(CORNER_RADIUS - x, 0, x - (1 - CORNER_RADIUS));
  const dy = Math.max(CORNER_RADIUS - y, 0, y - (1 - CORNER_RADIUS));
  return dx * dx + dy * dy <= CORNER_RADIUS * CORNER_RADIUS;
}

function insideBar(x, y) {
  return BARS.some(([x0, y0, x1, y1]) => x >= x0 && x < x1 && y >= y0 && y < y1);
}

/** RGBA pixels, antialiased by averaging SUBSAMPLES² samples per pixel. */
function drawIcon(size) {
  const pixels = Buffer.alloc(size * size * 4);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let covered = 0;
      let white = 0;
      for (let sy = 0; sy < SUBSAMPLES; sy++) {
        for (let sx = 0; sx < SUBSAMPLES; sx++) {
          const x = (px + (sx + 0.5) / SUBSAMPLES) / size;
          const y = (py + (sy + 0.5) / SUBSAMPLES) / size;
          if (insideRoundedSquare(x, y)) {
            covered++;
            if (insideBar(x, y)) white++;
          }
        }
      }
      const offset = (py * size + px) * 4;
      const whiteShare = covered ? white / covered : 0;
      for (let c = 0; c < 3; c++) {
        pixels[offset + c] = Math.round(GREEN[c] + (WHITE[c] - GREEN[c]) * whiteShare);
      }
      pixels[offset + 3] = Math.round((255 * covered) / (SUBSAMPLES * SUBSAMPLES));
    }
  }
  return pixels;
}

function chunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, "ascii"), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(zlib.crc32(body));
  return Buffer.concat([length, body, crc]);
}

function encodePng(size, pixels) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(size, 0);
  header.writeUInt32BE(size, 4);
  header.set([8, 6, 0, 0, 0], 8); // 8 bits per channel, RGBA, deflate, no filter method, no interlace
  const rows = [];
  for (let y = 0; y < size; y++) {
    rows.push(Buffer.from([0]), pixels.subarray(y * size * 4, (y + 1) * size * 4)); // filter type 0 per row
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk("IHDR", header),
    chunk("IDAT", zlib.deflateSync(Buffer.concat(rows), { level: 9 })),
    chunk("IEND", Buffer.alloc(0)),
  ]);
}

const assets = path.resolve(__dirname, "..", "assets");
fs.mkdirSync(assets, { recursive: true });
for (const size of SIZES) {
  const file = path.join(assets, `icon-${size}.png`);
  fs.writeFileSync(file, encodePng(size, drawIcon(size)));
  console.log(`${path.relative(process.cwd(), file)} (${size}×${size})`);
}
