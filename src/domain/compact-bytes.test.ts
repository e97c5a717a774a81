import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ByteError, ByteReader, ByteWriter, encodeText, fromBase64Url, toBase64Url } from './compact-bytes';

function roundTripText(text: string): string {
  const encoded = encodeText(text);
  const bytes = new ByteWriter().text(encoded).done();
  const reader = new ByteReader(bytes);
  const back = reader.text(encoded.encoding);
  reader.end();
  return back;
}

describe('base64url', () => {
  it('writes what the platform writes, without padding, and reads it back', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        const text = toBase64Url(bytes);
        expect(text).toBe(Buffer.from(bytes).toString('base64url'));
        expect(Array.from(fromBase64Url(text))).toEqual(Array.from(bytes));
      }),
    );
  });

  it.each([
    ['padding', 'QQ=='],
    ['a plus (base64, not base64url)', 'a+b/'],
    ['a space', 'QU E'],
    ['an impossible length', 'QUJDR'],
    ['stray low bits (a second spelling of "A")', 'QR'],
  ])('refuses %s', (_, text) => {
    expect(() => fromBase64Url(text)).toThrow(ByteError);
  });
});

describe('encodeText', () => {
  it('gives back every text exactly, whatever encoding it picks', () => {
    // Any well-formed text (a lone surrogate has no UTF-8 form; hostile-texts covers what a file may hold).
    const wellFormed = fc.string({ unit: 'binary', maxLength: 80 }).filter((t) => !/[\uD800-\uDFFF]/u.test(t));
    fc.assert(
      fc.property(wellFormed, (text) => {
        expect(roundTripText(text)).toBe(text);
      }),
    );
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(...Array.from('aZąĄßÆøÕ 9-.,()/&\'ẞİK')), maxLength: 80 }), (text) => {
        expect(roundTripText(text)).toBe(text);
      }),
    );
  });

  it('refuses a lone surrogate rather than change it', () => {
    expect(() => encodeText('a\uD800b')).toThrow(ByteError);
    expect(roundTripText('🌍')).toBe('🌍');
  });

  it('stores a Polish name in six bits a letter, capitals and all', () => {
    const name = 'Źdźbło Łąki Żółć Gęśla Jaźń';
    const encoded = encodeText(name);
    expect(encoded.encoding).toBe(2);
    expect(encoded.bytes.length).toBeLessThan(Array.from(name).length);
    expect(roundTripText(name)).toBe(name);
  });

  it('falls back to ISO-8859-13 for Baltic letters outside the six-bit set, and to UTF-8 for the rest', () => {
    expect(encodeText('Rīga – Šiauliai').encoding).toBe(0);
    expect(encodeText('Rīga Šiauliai').encoding).toBe(1);
    expect(encodeText('Київ').encoding).toBe(0);
  });

  it('uses the ISO-8859-13 table of the Encoding standard', () => {
    // Every byte of the Baltic encoding reads as the platform's iso-8859-13 decoder reads it.
    const platform = new TextDecoder('iso-8859-13');
    for (let b = 0x20; b <= 0xff; b++) {
      if (b > 0x7e && b < 0xa0) continue;
      const c = platform.decode(Uint8Array.of(b));
      const encoded = encodeText(c);
      if (encoded.encoding === 1) expect(Array.from(encoded.bytes)).toEqual([b]);
      expect(roundTripText(c)).toBe(c);
    }
  });
});

describe('ByteReader', () => {
  it.each([
    ['a control byte in ISO-8859-13', [1, 1, 0x07]],
    ['a C1 byte in ISO-8859-13', [1, 1, 0x85]],
    ['broken UTF-8', [0, 2, 0xc3, 0x28]],
    ['a lone surrogate in UTF-8', [0, 3, 0xed, 0xa0, 0x80]],
    ['six-bit code 63', [2, 1, 0xfc]],
    ['a capital mark at the end', [2, 1, 62 << 2]],
    ['a capital mark before a digit', [2, 2, (62 << 2) | (44 >> 4), (44 & 15) << 4]],
    ['non-zero padding after six-bit text', [2, 1, 0x01]],
    ['an unknown text encoding', [3, 0]],
    ['a length past the end', [1, 5, 0x41]],
  ])('refuses %s', (_, bytes) => {
    const [encoding = 0, ...rest] = bytes;
    expect(() => new ByteReader(Uint8Array.from(rest)).text(encoding)).toThrow(ByteError);
  });

  it('refuses a varint in a longer spelling than needed, or longer than three bytes', () => {
    expect(() => new ByteReader(Uint8Array.of(0x81, 0x00)).varint()).toThrow(ByteError);
    expect(() => new ByteReader(Uint8Array.of(0x80, 0x80, 0x80, 0x01)).varint()).toThrow(ByteError);
    expect(new ByteReader(Uint8Array.of(0xff, 0xff, 0x7f)).varint()).toBe(2 ** 21 - 1);
  });

  it('reads ids: UUIDs as 16 bytes, others as text; a UUID spelled as text is not ours', () => {
    const uuid = '3f2a9c1e-7b4d-4e8a-b1c2-d3e4f5a6b7c8';
    const bytes = new ByteWriter().id(uuid).id('a1').id('3F2A9C1E-7B4D-4E8A-B1C2-D3E4F5A6B7C8').done();
    expect(bytes.length).toBe(17 + 3 + 37);
    const r = new ByteReader(bytes);
    expect([r.id(), r.id(), r.id()]).toEqual([uuid, 'a1', '3F2A9C1E-7B4D-4E8A-B1C2-D3E4F5A6B7C8']);
    const text = new TextEncoder().encode(uuid);
    expect(() => new ByteReader(Uint8Array.from([text.length, ...text])).id()).toThrow(ByteError);
  });

  it('refuses anything after the last field', () => {
    const r = new ByteReader(Uint8Array.of(1, 2));
    r.byte();
    expect(() => {
      r.end();
    }).toThrow(ByteError);
  });
});
