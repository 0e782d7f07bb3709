/**
 * Generated documents for the ingest benchmark, written in the layouts of the common families (invented text, no
 * real document): schriftelijke vragen with answers, an Eerste Kamer VSO, a Kamerbrief, a verslag of a
 * commissiedebat and a motie. Deterministic (a document's text depends only on its number), so runs compare.
 */
import fs from 'node:fs';
import path from 'node:path';

const PARTIES = ['VVD', 'D66', 'GroenLinks-PvdA', 'CDA', 'SP', 'ChristenUnie', 'PVV', 'NSC'];
const TOPICS = [
  'de Wet inburgering 2021',
  'het COA',
  'de gemeenten',
  'de taaleis op B1-niveau',
  'de Z-route',
  'de onderwijsroute',
  'DUO',
  'de leerbaarheidstoets',
  'het persoonlijk plan inburgering en participatie',
  'de brede intake',
  'statushouders',
  'de kinderopvang',
];
const MONTHS = [
  'januari',
  'februari',
  'maart',
  'april',
  'mei',
  'juni',
  'juli',
  'augustus',
  'september',
  'oktober',
  'november',
  'december',
];

/** A deterministic sentence of about 40 words about a topic. */
function sentence(n: number, k: number): string {
  const t = (i: number) => TOPICS[(n * 7 + k * 3 + i) % TOPICS.length];
  return `Over ${t(0)} merkt de regering op dat de uitvoering in ${2021 + ((n + k) % 4)} verder is verbeterd, dat ${t(1)} een grotere rol krijgt bij de begeleiding naar werk en dat de samenwerking met ${t(2)} in de komende periode wordt geëvalueerd (punt ${k}).`;
}

function paragraphs(n: number, from: number, count: number): string[] {
  return Array.from({ length: count }, (_, i) => `${sentence(n, from + i)} ${sentence(n + 1, from + i)}`);
}

/** Paragraphs per page: about 4,000 characters, a printed Kamerstuk page. */
const PER_PAGE = 8;

const FAMILIES = ['vragen', 'vso', 'brief', 'debat', 'motie'] as const;
export type BenchFamily = (typeof FAMILIES)[number];

/** Document n of the corpus: `pages` pages separated by form feeds, of the family n mod 5. */
export function benchDocument(n: number, pages = 10): { name: string; family: BenchFamily; text: string } {
  const family = FAMILIES[n % FAMILIES.length]!;
  const party = PARTIES[n % PARTIES.length]!;
  const date = `${1 + (n % 28)} ${MONTHS[n % 12]} ${2022 + (n % 4)}`;
  const out: string[] = [];
  for (let p = 0; p < pages; p++) {
    const lines: string[] = [];
    if (p === 0) {
      if (family === 'vragen')
        lines.push(
          `Vragen van het lid Jansen${n} (${party}) aan de staatssecretaris van Sociale Zaken en Werkgelegenheid over ${TOPICS[n % TOPICS.length]} (ingezonden ${date}).`,
        );
      if (family === 'vso')
        lines.push(
          'VERSLAG VAN EEN SCHRIFTELIJK OVERLEG',
          '',
          `Vastgesteld ${date}`,
          '',
          `Vragen van de leden van de ${party}-fractie`,
        );
      if (family === 'brief')
        lines.push(
          `Nr. ${100 + (n % 800)}`,
          'BRIEF VAN DE STAATSSECRETARIS VAN SOCIALE ZAKEN EN WERKGELEGENHEID',
          '',
          'Aan de Voorzitter van de Tweede Kamer der Staten-Generaal',
          '',
          `Den Haag, ${date}`,
        );
      if (family === 'debat')
        lines.push(
          'VERSLAG VAN EEN COMMISSIEDEBAT',
          '',
          `Vastgesteld ${date}`,
          '',
          'De vaste commissie voor Sociale Zaken en Werkgelegenheid heeft een commissiedebat gevoerd over inburgering.',
        );
      if (family === 'motie')
        lines.push(
          `MOTIE VAN HET LID JANSEN${n}`,
          '',
          'Voorgesteld ' + date,
          '',
          'De Kamer, gehoord de beraadslaging,',
        );
      lines.push('');
    }
    paragraphs(n, p * PER_PAGE, PER_PAGE).forEach((text, i) => {
      const k = p * PER_PAGE + i;
      if (family === 'vragen' && i % 3 === 0)
        lines.push(`Vraag ${k / 3 + 1}`, text, '', `Antwoord ${k / 3 + 1}`, sentence(n, k + 100));
      else if (family === 'vso' && i % 3 === 0) lines.push(`${k / 3 + 1}. ${text}`);
      else if (family === 'debat' && i % 2 === 0)
        lines.push(`De heer Jansen${n + i} (${PARTIES[(n + i) % PARTIES.length]}):`, text);
      else if (family === 'motie' && i === PER_PAGE - 1 && p === pages - 1)
        lines.push(`verzoekt de regering ${sentence(n, k)}`, '', 'en gaat over tot de orde van de dag.');
      else lines.push(text);
      lines.push('');
    });
    out.push(lines.join('\n'));
  }
  return { name: `bench-${String(n).padStart(4, '0')}-${family}.txt`, family, text: `${out.join('\f')}\n` };
}

/** Writes documents 0..count-1 into `dir`; returns the total size in bytes. */
export function writeBenchCorpus(dir: string, count: number, pages = 10): number {
  fs.mkdirSync(dir, { recursive: true });
  let bytes = 0;
  for (let n = 0; n < count; n++) {
    const d = benchDocument(n, pages);
    fs.writeFileSync(path.join(dir, d.name), d.text);
    bytes += Buffer.byteLength(d.text);
  }
  return bytes;
}

/** One large Kamerbrief-shaped document of about `megabytes` MB (pages of the corpus documents, renumbered). */
export function writeLargeDocument(file: string, megabytes: number): number {
  const target = megabytes * 1024 * 1024;
  const fd = fs.openSync(file, 'w');
  let bytes = 0;
  try {
    fs.writeSync(
      fd,
      'BRIEF VAN DE STAATSSECRETARIS VAN SOCIALE ZAKEN EN WERKGELEGENHEID\n\nAan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\n',
    );
    for (let page = 0; bytes < target; page++) {
      const text = `${paragraphs(page, 0, 12)
        .map((p, i) => `${page * 12 + i + 1}. ${p}`)
        .join('\n\n')}\n\f`;
      fs.writeSync(fd, text);
      bytes += Buffer.byteLength(text);
    }
  } finally {
    fs.closeSync(fd);
  }
  return bytes;
}
