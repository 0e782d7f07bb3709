import type { DocumentStructureRecord } from '../db/familyRecords';
import { Chamber, DocumentFamily, MotionKind, type NamedPerson } from '../generated/graphql';
import type { Resolvers } from '../generated/resolvers';
import { checkInt, MAX_ID } from './bounds';

/** Speaker turns are read in slices of at most this many: a long debate report has a few hundred. */
export const MAX_SPEAKER_TURNS = 1000;

const FAMILIES = new Set<string>(Object.values(DocumentFamily));
const family = (s: DocumentStructureRecord | null) =>
  s?.family && FAMILIES.has(s.family) ? (s.family as DocumentFamily) : null;
/** Parallel lists of names and parties/roles (Neo4j properties hold no maps) back into persons; '' is "not given". */
const people = (names: string[] | null, second: string[] | null, key: 'party' | 'role'): NamedPerson[] =>
  (names ?? []).map((name, i) => ({ name, party: null, role: null, [key]: second?.[i] || null }));

/** Document.family / structure / speakerTurns / recordedCommitments and the DocumentStructure fields. */
export const documentStructureResolvers: Resolvers = {
  Document: {
    family: async (d, _a, ctx) => family(await ctx.repos.families.structureOf(d.id)),
    structure: (d, _a, ctx) => ctx.repos.families.structureOf(d.id),
    speakerTurns: (d, { speaker, first }, ctx) =>
      ctx.repos.families.speakerTurnsOf(
        d.id,
        speaker && speaker.length <= MAX_ID ? speaker : null,
        checkInt('first', first ?? 200, { min: 1, max: MAX_SPEAKER_TURNS }),
      ),
    recordedCommitments: (d, _a, ctx) => ctx.repos.families.recordedCommitmentsOf(d.id),
  },
  DocumentStructure: {
    family: (s) => family(s),
    familyEvidence: (s) => s.familyEvidence ?? [],
    chamber: (s) => (s.chamber === 'TK' ? Chamber.Tk : s.chamber === 'EK' ? Chamber.Ek : null),
    askers: (s) => people(s.askerNames, s.askerParties, 'party'),
    answeredBy: (s) => (s.answeredByName ? { name: s.answeredByName, party: null, role: s.answeredByRole } : null),
    present: (s) => people(s.presentNames, s.presentRoles, 'role'),
    headings: (s) => (s.headingTexts ?? []).map((text, i) => ({ text, page: Number(s.headingPages?.[i] ?? 1) })),
    motion: (s) =>
      s.motionKind && s.motionOperative
        ? {
            kind: s.motionKind === 'AMENDEMENT' ? MotionKind.Amendement : MotionKind.Motie,
            dossier: s.motionDossier,
            submitters: s.motionSubmitters ?? [],
            operative: s.motionOperative,
            page: Number(s.motionPage ?? 1),
          }
        : null,
  },
  Commitment: {
    owner: async (c, _a, ctx) =>
      c.owner !== undefined ? c.owner : (await ctx.repos.families.commitmentDetails(c.id)).owner,
    deadline: async (c, _a, ctx) =>
      c.deadline !== undefined ? c.deadline : (await ctx.repos.families.commitmentDetails(c.id)).deadline,
  },
  SpeakerTurn: {
    document: async (t, _a, ctx) => (await ctx.loaders.entity.load(t.documentId))!,
    startOffset: (t) => t.start,
    endOffset: (t) => t.end,
  },
};
