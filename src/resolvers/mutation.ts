import { hasRole, type Auth } from '../auth';
import type { Actor } from '../domain/curationPolicy';
import { badUserInput, forbidden, notFound, unauthenticated } from '../errors';
import { IngestError } from '../ingest/ingestError';
import type { MutationResolvers } from '../generated/resolvers';
import { entitySchema, ID_PATTERN, identifierSchema, TYPE_FIELDS } from '../domain/seedSchema';
import { MAX_ID, MAX_WRITE_TEXT } from './bounds';

/** The caller as an actor, or UNAUTHENTICATED / FORBIDDEN before anything is read or written. */
function requireCurator(auth: Auth): Actor {
  if (auth.kind === 'anonymous') throw unauthenticated('send Authorization: Bearer <token>');
  if (auth.kind === 'invalid') throw unauthenticated(auth.reason);
  if (!hasRole(auth, 'curator')) throw forbidden(`the ${auth.role} role cannot write; a curator or admin token can`);
  return { name: auth.name, admin: hasRole(auth, 'admin') };
}

function checkLength(argument: string, value: string | null | undefined, max = MAX_WRITE_TEXT): void {
  if (value != null && value.length > max) throw badUserInput(argument, `must be at most ${max} characters`);
}

/** The same validation as the seed files (id format, fields per type, identifier formats), with argument names. */
function validateIdentifiers(
  argument: string,
  ids: readonly { scheme: string; value: string }[] | null | undefined,
): string[] {
  return (ids ?? []).map((i, k) => {
    const r = identifierSchema.safeParse(i);
    if (!r.success) throw badUserInput(`${argument}[${k}]`, `is not a valid ${i.scheme} identifier ("${i.value}")`);
    return `${i.scheme}:${i.value}`;
  });
}

export const mutationResolvers: MutationResolvers = {
  createEntity: async (_p, { input }, ctx) => {
    const actor = requireCurator(ctx.auth);
    for (const [k, v] of Object.entries(input)) if (typeof v === 'string') checkLength(`input.${k}`, v);
    const identifiers = validateIdentifiers('input.identifiers', input.identifiers);
    const { type: _type, ...fields } = input;
    const parsed = entitySchema
      .partial({ descriptionNl: true })
      .safeParse(
        Object.fromEntries(
          Object.entries({ ...fields, aliases: input.aliases ?? [], identifiers: input.identifiers ?? [] }).filter(
            ([, v]) => v !== null && v !== undefined,
          ),
        ),
      );
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      throw badUserInput(`input.${issue?.path.join('.') ?? ''}`, issue?.message ?? 'is invalid');
    }
    for (const [field, types] of Object.entries(TYPE_FIELDS)) {
      if (input[field as keyof typeof input] != null && !types.includes(input.type))
        throw badUserInput(`input.${field}`, `is not a field of ${input.type}`);
    }
    const e = parsed.data;
    return ctx.repos.curation.createEntity(actor, {
      id: e.id,
      type: input.type,
      name: e.name,
      aliases: e.aliases,
      description: e.description,
      identifiers,
      ...(e.descriptionNl ? { descriptionNl: e.descriptionNl } : {}),
      ...(e.kind ? { kind: e.kind } : {}),
      ...(e.role ? { role: e.role } : {}),
      ...(e.date ? { date: e.date } : {}),
    });
  },
  updateEntity: async (_p, { id, input }, ctx) => {
    const actor = requireCurator(ctx.auth);
    if (id.length > MAX_ID || !ID_PATTERN.test(id)) throw badUserInput('id', 'is not an entity id');
    for (const [k, v] of Object.entries(input)) if (typeof v === 'string') checkLength(`input.${k}`, v);
    if (input.name !== undefined && (input.name === null || !input.name.trim()))
      throw badUserInput('input.name', 'cannot be empty');
    if (input.description === null) throw badUserInput('input.description', 'cannot be removed');
    const changes = {
      ...(input.name ? { name: input.name.trim() } : {}),
      ...(input.aliases ? { aliases: input.aliases.map((a) => a.trim()).filter(Boolean) } : {}),
      ...(input.description ? { description: input.description.trim() } : {}),
      ...(input.descriptionNl ? { descriptionNl: input.descriptionNl.trim() } : {}),
      ...(input.kind ? { kind: input.kind.trim() } : {}),
      ...(input.identifiers ? { identifiers: validateIdentifiers('input.identifiers', input.identifiers) } : {}),
    };
    if (!Object.keys(changes).length) throw badUserInput('input', 'changes nothing');
    return ctx.repos.curation.updateEntity(actor, id, changes);
  },
  addRelation: async (_p, { input }, ctx) => {
    const actor = requireCurator(ctx.auth);
    for (const [k, v] of [
      ['input.from', input.from],
      ['input.to', input.to],
    ] as const)
      if (v.length > MAX_ID || !ID_PATTERN.test(v)) throw badUserInput(k, 'is not an entity id');
    if (input.evidence.length > 20) throw badUserInput('input.evidence', 'takes at most 20 quotes');
    input.evidence.forEach((e, i) => checkLength(`input.evidence[${i}].quote`, e.quote));
    return ctx.repos.curation.addRelation(actor, input);
  },
  retractRelation: async (_p, { id, reason }, ctx) => {
    const actor = requireCurator(ctx.auth);
    if (id.length > MAX_ID * 3) throw badUserInput('id', 'is not a relation id');
    if (!reason.trim()) throw badUserInput('reason', 'must say why');
    checkLength('reason', reason);
    return ctx.repos.curation.retractRelation(actor, id, reason.trim());
  },
  acceptSuggestion: async (_p, { id, edits }, ctx) => {
    const actor = requireCurator(ctx.auth);
    checkLength('id', id, MAX_ID * 3);
    const e = edits ?? {};
    for (const [k, v] of Object.entries(e)) if (typeof v === 'string') checkLength(`edits.${k}`, v);
    if (e.entityId != null && !ID_PATTERN.test(e.entityId))
      throw badUserInput('edits.entityId', 'use lower-case letters, digits and single hyphens');
    return ctx.repos.suggestions.accept(actor, id, e);
  },
  rejectSuggestion: async (_p, { id, reason }, ctx) => {
    const actor = requireCurator(ctx.auth);
    checkLength('id', id, MAX_ID * 3);
    checkLength('reason', reason);
    if (!reason.trim()) throw badUserInput('reason', 'say why, so the next curator knows');
    return ctx.repos.suggestions.reject(actor, id, reason.trim());
  },
  removeDocument: async (_p, { id }, ctx) => {
    const actor = requireCurator(ctx.auth);
    if (!actor.admin) throw forbidden('removing a document needs an admin token');
    if (id.length > MAX_ID || !ID_PATTERN.test(id)) throw badUserInput('id', 'is not a document id');
    try {
      return await ctx.repos.documentAdmin.remove(id);
    } catch (e) {
      if (e instanceof IngestError && e.code === 'NOT_FOUND') throw notFound('ingested document', id);
      throw e;
    }
  },
};
