import { Inflate } from 'fflate';

/**
 * What an XLSX file (a zip) unpacks to, measured before any spreadsheet library sees it: a few
 * kilobytes can inflate to gigabytes, and a workbook of a million rows keeps the server busy for
 * seconds. The entries are found as a zip reader finds them (the central directory), and each is
 * inflated a little at a time and counted, so the check stops as soon as a limit is passed and never
 * holds more than a slice of the output.
 */

export interface ZipLimits {
  maxUnpackedBytes: number;
  maxSheetRows: number;
}

export type ZipCheck = 'ok' | 'xlsx_unreadable' | 'xlsx_too_large' | 'too_many_rows';

const SLICE = 4 * 1024;
const SHEET = /^xl\/worksheets\/[^/]+\.xml$/i;
/** A row element (`<row r="2">` or `<row>`), not `<rowBreaks>`. */
const ROW = /<row[\s>]/g;

class Stop extends Error {
  constructor(readonly code: Exclude<ZipCheck, 'ok'>) {
    super(code);
  }
}

interface Entry {
  name: string;
  method: number;
  data: Uint8Array;
}

/** The entries the central directory lists, or null when it cannot be read (or needs ZIP64, which no workbook of this size does). */
function entries(bytes: Uint8Array): Entry[] | null {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let end = -1;
  for (let at = bytes.length - 22; at >= Math.max(0, bytes.length - 22 - 0xffff); at--) {
    if (view.getUint32(at, true) === 0x06054b50) {
      end = at;
      break;
    }
  }
  if (end < 0) return null;
  const count = view.getUint16(end + 10, true);
  let at = view.getUint32(end + 16, true);
  const found: Entry[] = [];
  const names = new TextDecoder();
  for (let index = 0; index < count; index++) {
    if (at + 46 > bytes.length || view.getUint32(at, true) !== 0x02014b50) return null;
    const method = view.getUint16(at + 10, true);
    const compressed = view.getUint32(at + 20, true);
    const nameLength = view.getUint16(at + 28, true);
    const local = view.getUint32(at + 42, true);
    if (compressed === 0xffffffff || local === 0xffffffff || at + 46 + nameLength > bytes.length) return null;
    const name = names.decode(bytes.subarray(at + 46, at + 46 + nameLength));
    at += 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (local + 30 > bytes.length || view.getUint32(local, true) !== 0x04034b50) return null;
    const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
    if (start + compressed > bytes.length) return null;
    found.push({ name, method, data: bytes.subarray(start, start + compressed) });
  }
  return found;
}

export function checkZip(bytes: Uint8Array, limits: ZipLimits): ZipCheck {
  const list = entries(bytes);
  if (list === null) return 'xlsx_unreadable';
  let unpacked = 0;
  try {
    for (const entry of list) {
      const sheet = SHEET.test(entry.name);
      let rows = 0;
      let tail = '';
      const take = (chunk: Uint8Array) => {
        unpacked += chunk.length;
        if (unpacked > limits.maxUnpackedBytes) throw new Stop('xlsx_too_large');
        if (!sheet) return;
        // The last characters of the previous slice join this one, so a tag split between them counts once.
        const text = tail + Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength).toString('latin1');
        rows += text.match(ROW)?.length ?? 0;
        tail = text.slice(-4);
        if (rows > limits.maxSheetRows) throw new Stop('too_many_rows');
      };
      if (entry.method === 0) take(entry.data);
      else if (entry.method === 8) {
        const inflater = new Inflate((chunk) => take(chunk));
        for (let at = 0; at < entry.data.length; at += SLICE) inflater.push(entry.data.subarray(at, at + SLICE), at + SLICE >= entry.data.length);
        if (entry.data.length === 0) inflater.push(new Uint8Array(0), true);
      } else return 'xlsx_unreadable';
    }
  } catch (error) {
    if (error instanceof Stop) return error.code;
    return 'xlsx_unreadable';
  }
  return 'ok';
}
