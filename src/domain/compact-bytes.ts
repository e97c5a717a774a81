/**
 * Building blocks of the QR payloads (qr-payload.ts): base64url without padding, texts in as few bytes as
 * possible, ids as 16 bytes when they are UUIDs. Pure; every reader is strict and throws a ByteError on
 * anything a writer here would never have written.
 */

export class ByteError extends Error {}

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const B64_INDEX = new Map(Array.from(B64).map((c, i) => [c, i]));

/** base64url (RFC 4648 §5) without padding. */
export function toBase64Url(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 3) {
    const n = ((bytes[i] ?? 0) << 16) | ((bytes[i + 1] ?? 0) << 8) | (bytes[i + 2] ?? 0);
    const chars = Math.min(4, Math.ceil(((bytes.length - i) * 8) / 6));
    for (let c = 0; c < chars; c++) out += B64.charAt((n >> (18 - 6 * c)) & 63);
  }
  return out;
}

/** Reads base64url without padding; refuses other characters, an impossible length and stray low bits. */
export function fromBase64Url(text: string): Uint8Array {
  if (text.length % 4 === 1) throw new ByteError('length');
  const out = new Uint8Array(Math.floor((text.length * 6) / 8));
  let acc = 0;
  let bits = 0;
  let o = 0;
  for (const c of text) {
    const v = B64_INDEX.get(c);
    if (v === undefined) throw new ByteError('character');
    acc = ((acc << 6) | v) & 0xffff;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (acc >> bits) & 0xff;
    }
  }
  // The bits left over must be zero: one payload has one spelling.
  if ((acc & ((1 << bits) - 1)) !== 0) throw new ByteError('trailing bits');
  return out;
}

/**
 * ISO-8859-13 ("Baltic Rim"), bytes 0xA0–0xFF: one byte for each letter of Polish, German, the Nordic and
 * Baltic languages, so a 60-letter Polish name takes 60 bytes instead of up to 120 in UTF-8.
 */
const BALTIC_HIGH =
  '\u00a0”¢£¤„¦§Ø©Ŗ«¬\u00ad®Æ°±²³“µ¶·ø¹ŗ»¼½¾æĄĮĀĆÄÅĘĒČÉŹĖĢĶĪĻŠŃŅÓŌÕÖ×ŲŁŚŪÜŻŽßąįāćäåęēčéźėģķīļšńņóōõö÷ųłśūüżž’';
const BALTIC_CODE = new Map(Array.from(BALTIC_HIGH).map((c, i) => [c, 0xa0 + i]));

/** How a text is stored: 0 UTF-8, 1 ISO-8859-13, 2 six bits a character (below). */
export type TextEncoding = 0 | 1 | 2;
export const TEXT_ENCODINGS: readonly TextEncoding[] = [0, 1, 2];

/**
 * Six bits a character for the letters of names and regions around the Baltic: a–z, the Polish and the
 * German/Nordic letters, space, digits and a little punctuation. Code 62 makes the next letter a capital;
 * 63 is never written.
 */
const SIX = "abcdefghijklmnopqrstuvwxyząćęłńóśźżäöüßåæøõ 0123456789-.,()/&'";
const SIX_LETTERS = 43;
const SHIFT = 62;

function sixCodes(text: string): number[] | null {
  const codes: number[] = [];
  for (const c of text) {
    const code = SIX.indexOf(c);
    if (code >= 0) {
      codes.push(code);
      continue;
    }
    const lower = c.toLowerCase();
    const letter = SIX.indexOf(lower);
    if (letter < 0 || letter >= SIX_LETTERS || lower.length !== 1 || lower.toUpperCase() !== c) return null;
    codes.push(SHIFT, letter);
  }
  return codes;
}

function balticCode(c: string): number | undefined {
  const code = c.codePointAt(0) ?? -1;
  if (code >= 0x20 && code <= 0x7e) return code;
  return BALTIC_CODE.get(c);
}

// In a /u pattern a surrogate pair is one code point, so only an unpaired half matches.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/** A text as its encoding, its length field (bytes, or characters for six bits) and its bytes. */
export type EncodedText = { encoding: TextEncoding; count: number; bytes: Uint8Array };

function packSix(codes: readonly number[]): Uint8Array {
  const out = new Uint8Array(Math.ceil((codes.length * 6) / 8));
  codes.forEach((code, i) => {
    for (let bit = 0; bit < 6; bit++) {
      if (code & (32 >> bit)) {
        const at = i * 6 + bit;
        out[at >> 3] = (out[at >> 3] ?? 0) | (128 >> (at & 7));
      }
    }
  });
  return out;
}

/** The shortest encoding that holds the text exactly. A lone surrogate (no UTF-8 form) throws: never changed silently. */
export function encodeText(text: string): EncodedText {
  if (LONE_SURROGATE.test(text)) throw new ByteError('lone surrogate');
  const candidates: EncodedText[] = [];
  const utf8Bytes = new TextEncoder().encode(text);
  candidates.push({ encoding: 0, count: utf8Bytes.length, bytes: utf8Bytes });
  const baltic = Array.from(text).map(balticCode);
  if (baltic.every((c) => c !== undefined)) candidates.push({ encoding: 1, count: baltic.length, bytes: Uint8Array.from(baltic) });
  const six = sixCodes(text);
  if (six) candidates.push({ encoding: 2, count: six.length, bytes: packSix(six) });
  return candidates.reduce((best, c) => (c.bytes.length < best.bytes.length ? c : best));
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function decodeSix(bytes: Uint8Array, count: number): string {
  let out = '';
  let shift = false;
  for (let i = 0; i < count; i++) {
    let code = 0;
    for (let bit = 0; bit < 6; bit++) {
      const at = i * 6 + bit;
      code = (code << 1) | (((bytes[at >> 3] ?? 0) >> (7 - (at & 7))) & 1);
    }
    if (code === SHIFT) {
      if (shift) throw new ByteError('six');
      shift = true;
      continue;
    }
    const c = SIX[code];
    if (c === undefined) throw new ByteError('six');
    if (shift && (code >= SIX_LETTERS || c.toUpperCase().length !== 1)) throw new ByteError('six');
    out += shift ? c.toUpperCase() : c;
    shift = false;
  }
  if (shift) throw new ByteError('six');
  // The padding bits after the last character are zero.
  const used = count * 6;
  const last = bytes[bytes.length - 1];
  if (used % 8 !== 0 && last !== undefined && (last & (0xff >> (used % 8))) !== 0) throw new ByteError('six padding');
  return out;
}

export function decodeText(bytes: Uint8Array, encoding: TextEncoding, count: number): string {
  if (encoding === 2) return decodeSix(bytes, count);
  if (encoding === 0) {
    try {
      return utf8.decode(bytes);
    } catch {
      throw new ByteError('utf-8');
    }
  }
  let out = '';
  for (const b of bytes) {
    if (b >= 0x20 && b <= 0x7e) out += String.fromCharCode(b);
    else if (b >= 0xa0) out += BALTIC_HIGH[b - 0xa0] ?? '';
    // Control characters are never written in this encoding.
    else throw new ByteError('baltic');
  }
  return out;
}

/** How many bytes a text field of this encoding and count takes. */
export function textByteLength(encoding: TextEncoding, count: number): number {
  return encoding === 2 ? Math.ceil((count * 6) / 8) : count;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** A growing byte buffer. */
export class ByteWriter {
  private readonly bytes: number[] = [];

  byte(value: number): this {
    if (!Number.isInteger(value) || value < 0 || value > 255) throw new ByteError('byte');
    this.bytes.push(value);
    return this;
  }

  raw(bytes: Uint8Array): this {
    for (const b of bytes) this.bytes.push(b);
    return this;
  }

  /** Unsigned LEB128. */
  varint(value: number): this {
    let v = value;
    do {
      const low = v & 0x7f;
      v = Math.floor(v / 128);
      this.bytes.push(v > 0 ? low | 0x80 : low);
    } while (v > 0);
    return this;
  }

  /** 6 bytes, big-endian: milliseconds since 1970 up to the year 10889. */
  uint48(value: number): this {
    if (!Number.isSafeInteger(value) || value < 0 || value >= 2 ** 48) throw new ByteError('uint48');
    for (let shift = 5; shift >= 0; shift--) this.bytes.push(Math.floor(value / 2 ** (8 * shift)) % 256);
    return this;
  }

  /** An id: a canonical lowercase UUID as 0 then its 16 bytes, any other id as its UTF-8 length (1–255) then the bytes. */
  /** A text's length field (varint) and bytes; its encoding goes into a flags byte. */
  text(encoded: EncodedText): this {
    return this.varint(encoded.count).raw(encoded.bytes);
  }

  id(id: string): this {
    if (UUID.test(id)) return this.byte(0).raw(Uint8Array.from(id.replace(/-/g, '').match(/../g) ?? [], (h) => parseInt(h, 16)));
    const bytes = new TextEncoder().encode(id);
    if (bytes.length === 0 || bytes.length > 255) throw new ByteError('id');
    return this.byte(bytes.length).raw(bytes);
  }

  done(): Uint8Array {
    return Uint8Array.from(this.bytes);
  }
}

/** Reads what ByteWriter wrote; every read past the end throws. */
export class ByteReader {
  private at = 0;

  constructor(private readonly bytes: Uint8Array) {}

  byte(): number {
    const b = this.bytes[this.at];
    if (b === undefined) throw new ByteError('end');
    this.at += 1;
    return b;
  }

  take(length: number): Uint8Array {
    if (this.at + length > this.bytes.length) throw new ByteError('end');
    const out = this.bytes.slice(this.at, this.at + length);
    this.at += length;
    return out;
  }

  /** Unsigned LEB128 of at most 3 bytes (below 2 097 152), in its shortest spelling. */
  varint(): number {
    let value = 0;
    for (let i = 0; i < 3; i++) {
      const b = this.byte();
      value += (b & 0x7f) * 128 ** i;
      if ((b & 0x80) === 0) {
        if (i > 0 && b === 0) throw new ByteError('varint');
        return value;
      }
    }
    throw new ByteError('varint');
  }

  uint48(): number {
    let value = 0;
    for (const b of this.take(6)) value = value * 256 + b;
    return value;
  }

  id(): string {
    const length = this.byte();
    if (length > 0) {
      const text = decodeText(this.take(length), 0, length);
      // A UUID is always written as 16 bytes: the long spelling of one is not ours.
      if (UUID.test(text)) throw new ByteError('id');
      return text;
    }
    const hex = Array.from(this.take(16)).map((b) => b.toString(16).padStart(2, '0')).join('');
    return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
  }

  text(encoding: number): string {
    if (encoding !== 0 && encoding !== 1 && encoding !== 2) throw new ByteError('encoding');
    const count = this.varint();
    return decodeText(this.take(textByteLength(encoding, count)), encoding, count);
  }

  /** Nothing may follow the last field. */
  end(): void {
    if (this.at !== this.bytes.length) throw new ByteError('trailing bytes');
  }
}
