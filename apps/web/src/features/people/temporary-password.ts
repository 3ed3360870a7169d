// No 0/O, 1/l/I: the admin reads this out or writes it down for the person.
const ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

/** 16 random characters in groups of four (about 92 bits), e.g. "hK7d-m2Pq-…". */
export function generateTemporaryPassword(): string {
  const chars: string[] = [];
  const bytes = new Uint8Array(1);
  // Rejection sampling keeps every character equally likely.
  const limit = 256 - (256 % ALPHABET.length);
  while (chars.length < 16) {
    crypto.getRandomValues(bytes);
    const byte = bytes[0] ?? 0;
    if (byte < limit) chars.push(ALPHABET[byte % ALPHABET.length] ?? "");
  }
  return [0, 4, 8, 12].map((start) => chars.slice(start, start + 4).join("")).join("-");
}
