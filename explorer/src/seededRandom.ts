/**
 * Runs `work` with Math.random drawing from a generator seeded by `key` (FNV-1a hash, then mulberry32), and puts
 * Math.random back after. fcose takes its random start from Math.random and has no seed option; with this the
 * same entities on the same canvas are drawn the same way every time, so a link or a reload in another tab shows
 * the picture its sender saw. Only for synchronous work (a layout run without animation).
 */
export function withSeededRandom<T>(key: string, work: () => T): T {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  let s = h >>> 0;
  const original = Math.random;
  Math.random = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  try {
    return work();
  } finally {
    Math.random = original;
  }
}
