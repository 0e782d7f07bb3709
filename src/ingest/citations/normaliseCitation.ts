import { EntityType } from '../../generated/graphql';
import type { RawCitation, RawKamerstuk, RawPublication } from './rawCitation';

export type CitationKind =
  | 'KAMERSTUK'
  | 'MOTION'
  | 'HANDELINGEN'
  | 'AANHANGSEL'
  | 'STAATSBLAD'
  | 'STAATSCOURANT'
  | 'ECLI'
  | 'LAW'
  | 'TOEZEGGING'
  | 'ARTICLE'
  | 'REPORT'
  | 'URL';

/** What a placeholder entity for an identifier the graph lacks looks like (see resolveCitation). */
export interface Placeholder {
  readonly type: EntityType;
  readonly kind: string;
  readonly name: string;
  /** "SCHEME:value" */
  readonly identifier: string;
}

/** One cited document, law or commitment with its official identifier; offsets are within the passage. */
export interface NormalisedCitation {
  readonly kind: CitationKind;
  readonly identifier: string;
  readonly start: number;
  readonly end: number;
  /** Page reference as printed ("p. 41", "blz. 3-5"). */
  readonly locator?: string;
  /** For a motion: the members it is named after ("motie-Podt" → Podt). */
  readonly submitters?: readonly string[];
  readonly placeholder?: Placeholder;
}

const HOUSE = { tk: 'II', ek: 'I' } as const;
const sessionText = (s: string) => `${s.slice(0, 4)}-${s.slice(4)}`;

/**
 * The identifiers a raw citation stands for, in the official publications' notation: kst-32824-438,
 * kst-36400-VI-12, kst-35483-L, ah-tk-20242025-512, h-tk-20232024-45-12, stb-2021-38, stcrt-2023-12345,
 * ECLI:NL:HR:2023:1234, BWBR0044770, T03101. A Kamerstuk citation of several dossiers or numbers gives one per
 * combination. Articles are not handled here: which law they name is for the catalogue to say.
 */
export function normaliseCitation(raw: Exclude<RawCitation, { form: 'article' }>): NormalisedCitation[] {
  const span = { start: raw.start, end: raw.end };
  switch (raw.form) {
    case 'kamerstuk':
      return kamerstukken(raw).map((k) => ({ ...span, ...k }));
    case 'motion':
      return kamerstukken(raw.inner).map((k) => ({
        ...span,
        ...k,
        kind: 'MOTION' as const,
        submitters: raw.submitters,
        placeholder: {
          ...k.placeholder,
          kind: 'motie',
          name: `Motie-${raw.submitters.join('/')} (${k.placeholder.name})`,
        },
      }));
    case 'aanhangsel': {
      const identifier = `ah-${raw.chamber}-${raw.session}-${raw.number}`;
      return [
        {
          ...span,
          kind: 'AANHANGSEL',
          identifier,
          placeholder: publication(
            'aanhangsel-handelingen',
            `Aanhangsel Handelingen ${HOUSE[raw.chamber]} ${sessionText(raw.session)}, nr. ${raw.number}`,
            identifier,
          ),
        },
      ];
    }
    case 'handelingen': {
      const identifier = `h-${raw.chamber}-${raw.session}-${raw.number}-${raw.item}`;
      return [
        {
          ...span,
          kind: 'HANDELINGEN',
          identifier,
          ...(raw.locator ? { locator: raw.locator } : {}),
          placeholder: publication(
            'handelingen',
            `Handelingen ${HOUSE[raw.chamber]} ${sessionText(raw.session)}, nr. ${raw.number}, item ${raw.item}`,
            identifier,
          ),
        },
      ];
    }
    case 'staatsblad':
    case 'staatscourant':
      return [gazette(raw.form, raw.year, raw.number, span)];
    case 'ecli': {
      const identifier = `ECLI:${raw.country}:${raw.court}:${raw.year}:${raw.number}`.toUpperCase();
      return [
        {
          ...span,
          kind: 'ECLI',
          identifier,
          placeholder: {
            type: EntityType.Document,
            kind: 'uitspraak',
            name: identifier,
            identifier: `ECLI:${identifier}`,
          },
        },
      ];
    }
    case 'bwb':
      return [
        {
          ...span,
          kind: 'LAW',
          identifier: raw.id,
          placeholder: { type: EntityType.Law, kind: 'regeling', name: raw.id, identifier: `BWB:${raw.id}` },
        },
      ];
    case 'toezegging':
      return [
        {
          ...span,
          kind: 'TOEZEGGING',
          identifier: raw.id,
          placeholder: {
            type: EntityType.Commitment,
            kind: 'toezegging',
            name: `Toezegging ${raw.id}`,
            identifier: `TOEZEGGING:${raw.id}`,
          },
        },
      ];
    case 'publication':
      return [publicationId(raw, span)];
  }
}

function kamerstukken(raw: RawKamerstuk) {
  const chamber = raw.chamber ? ` ${raw.chamber}` : '';
  const session = raw.session ? ` ${sessionText(raw.session)},` : '';
  return raw.refs.flatMap((ref) =>
    ref.numbers.flatMap((n) =>
      ref.dossiers.map((d) => {
        const dossier = d.sub ? `${d.main}-${d.sub}` : d.main;
        const identifier = `kst-${dossier}-${n}`;
        // "Kamerstukken II 2023-2024, 32824, nr. 438" as the seed names them; "Kamerstuk 32824, nr. 325" without chamber and session.
        const head = chamber || session ? `Kamerstukken${chamber}${session || ','}` : 'Kamerstuk';
        const name = `${head} ${d.sub ? `${d.main} ${d.sub}` : d.main}, ${/^\d/.test(n) ? `nr. ${n}` : n}`;
        return {
          kind: 'KAMERSTUK' as const,
          identifier,
          ...(raw.locator ? { locator: raw.locator } : {}),
          placeholder: { type: EntityType.Document, kind: 'kamerstuk', name, identifier: `KAMERSTUK:${identifier}` },
        };
      }),
    ),
  );
}

function publication(kind: string, name: string, identifier: string): Placeholder {
  return { type: EntityType.Document, kind, name, identifier: `PUBLICATION:${identifier}` };
}

function gazette(
  form: 'staatsblad' | 'staatscourant',
  year: string,
  number: string,
  span: { start: number; end: number },
): NormalisedCitation {
  const prefix = form === 'staatsblad' ? 'stb' : 'stcrt';
  const identifier = `${prefix}-${year}-${number}`;
  const title = form === 'staatsblad' ? 'Staatsblad' : 'Staatscourant';
  return {
    ...span,
    kind: form === 'staatsblad' ? 'STAATSBLAD' : 'STAATSCOURANT',
    identifier,
    placeholder: publication(form, `${title} ${year}, ${number}`, identifier),
  };
}

/** A web address or bare identifier of officielebekendmakingen.nl, in the site's own case (Roman numerals and letters upper). */
function publicationId(raw: RawPublication, span: { start: number; end: number }): NormalisedCitation {
  const parts = raw.parts.map((p) => (/^\d+$/.test(p) ? p : p.toUpperCase()));
  switch (raw.scheme) {
    case 'kst': {
      const identifier = `kst-${raw.dossier}-${parts.join('-')}`;
      const n = parts[parts.length - 1] as string;
      const dossier = [raw.dossier, ...parts.slice(0, -1)].join(' ');
      return {
        ...span,
        kind: 'KAMERSTUK',
        identifier,
        placeholder: {
          type: EntityType.Document,
          kind: 'kamerstuk',
          name: `Kamerstuk ${dossier}, ${/^\d/.test(n) ? `nr. ${n}` : n}`,
          identifier: `KAMERSTUK:${identifier}`,
        },
      };
    }
    case 'ah': {
      const identifier = `ah-${raw.chamber}-${raw.session}-${parts[0]}`;
      return {
        ...span,
        kind: 'AANHANGSEL',
        identifier,
        placeholder: publication(
          'aanhangsel-handelingen',
          `Aanhangsel Handelingen ${HOUSE[raw.chamber!]} ${sessionText(raw.session!)}, nr. ${parts[0]}`,
          identifier,
        ),
      };
    }
    case 'h': {
      const identifier = `h-${raw.chamber}-${raw.session}-${parts.join('-')}`;
      return {
        ...span,
        kind: 'HANDELINGEN',
        identifier,
        placeholder: publication(
          'handelingen',
          `Handelingen ${HOUSE[raw.chamber!]} ${sessionText(raw.session!)}, nr. ${parts[0]}, item ${parts[1]}`,
          identifier,
        ),
      };
    }
    case 'stb':
    case 'stcrt':
      return gazette(raw.scheme === 'stb' ? 'staatsblad' : 'staatscourant', raw.year!, parts[0] as string, span);
  }
}
