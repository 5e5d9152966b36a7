import { chacha20, hchacha } from '@noble/ciphers/chacha.js';
import { poly1305 } from '@noble/ciphers/_poly1305.js';

// libsodium's crypto_secretstream_xchacha20poly1305, the pull side, for the one-message streams
// Ente Auth seals its export in. Built from @noble/ciphers' ChaCha20, HChaCha20 and Poly1305
// as libsodium's secretstream.c composes them (subkey from the header's first 16 bytes; a
// 64-byte block carrying the tag; Poly1305 over it, the message and their lengths).

const SIGMA = new Uint32Array([0x61707865, 0x3320646e, 0x79622d32, 0x6b206574]);
const words = (bytes: Uint8Array) => new Uint32Array(bytes.slice().buffer);
const TAG_FINAL = 3;

function le64(n: number): Uint8Array {
  const out = new Uint8Array(8);
  new DataView(out.buffer).setBigUint64(0, BigInt(n), true);
  return out;
}

/** The message of a one-message stream sealed with `key` under `header`; null when it does not open. */
export function openSecretStream(key: Uint8Array, header: Uint8Array, sealed: Uint8Array): Uint8Array | null {
  if (key.length !== 32 || header.length !== 24 || sealed.length < 17) return null;
  const sub = new Uint32Array(8);
  hchacha(SIGMA, words(key), words(header.slice(0, 16)), sub);
  const k = new Uint8Array(sub.buffer);
  const nonce = new Uint8Array(12);
  nonce[0] = 1; // the stream's counter, little-endian, starts at 1
  nonce.set(header.slice(16, 24), 4);

  const polyKey = chacha20(k, nonce, new Uint8Array(64), undefined, 0).slice(0, 32);
  const block = new Uint8Array(64);
  block[0] = sealed[0]!;
  const opened = chacha20(k, nonce, block, undefined, 1);
  const tag = opened[0]!;
  opened[0] = sealed[0]!;
  const body = sealed.slice(1, sealed.length - 16);
  // libsodium pads with (0x10 - 64 + mlen) & 0xf zero bytes, which is mlen % 16 (not up to 16).
  const pad = new Uint8Array(body.length % 16);
  const mac = poly1305(
    new Uint8Array([...opened, ...body, ...pad, ...le64(0), ...le64(64 + body.length)]),
    polyKey,
  );
  const given = sealed.slice(sealed.length - 16);
  let diff = 0;
  for (let i = 0; i < 16; i++) diff |= mac[i]! ^ given[i]!;
  if (diff !== 0 || tag !== TAG_FINAL) return null;
  return chacha20(k, nonce, body, undefined, 2);
}
