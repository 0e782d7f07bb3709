import fs from 'node:fs';
import path from 'node:path';
import { Kind, parse, type EnumTypeDefinitionNode } from 'graphql';
import { domainRangeError, meaningOf, RELATION_VOCABULARY } from '../../src/domain/relationVocabulary';
import { EntityType, RelationType } from '../../src/generated/graphql';
import { seedSet } from '../support/testDb';

/** The SDL enum is the contract; the vocabulary data must list exactly its values, in its order. */
const sdl = parse(fs.readFileSync(path.join(__dirname, '../../schema/relations.graphql'), 'utf8'));
const sdlTypes = (
  sdl.definitions.find(
    (d) => d.kind === Kind.ENUM_TYPE_DEFINITION && d.name.value === 'RelationType',
  ) as EnumTypeDefinitionNode
).values!.map((v) => v.name.value);

describe('the relation vocabulary', () => {
  it('lists the same types as the SDL enum RelationType, in the same order', () => {
    expect(RELATION_VOCABULARY.map((m) => m.type)).toEqual(sdlTypes);
  });

  it('gives every type both labels, a definition, an inverse reading and a non-empty domain and range of real entity types', () => {
    const entityTypes = new Set<string>(Object.values(EntityType));
    for (const m of RELATION_VOCABULARY) {
      for (const text of [m.labelNl, m.labelEn, m.definition, m.inverseNl])
        expect({ type: m.type, text: text.trim().length > 0 }).toEqual({ type: m.type, text: true });
      expect(m.from.length && m.to.length).toBeTruthy();
      for (const t of [...m.from, ...m.to]) expect(entityTypes.has(t)).toBe(true);
    }
  });

  it('names the relation, the offending end and the allowed types when an end is outside the domain or range', () => {
    expect(
      domainRangeError(
        RelationType.Targets,
        { id: 'z-route', type: EntityType.Programme },
        { id: 'gemeenten', type: EntityType.Organisation },
      ),
    ).toEqual({
      end: 'to',
      reason: 'z-route TARGETS gemeenten: the end "gemeenten" is a ORGANISATION, but TARGETS ends only at TARGET_GROUP',
    });
    expect(
      domainRangeError(
        RelationType.Concerns,
        { id: 'z-route', type: EntityType.Programme },
        { id: 'maatwerk', type: EntityType.Topic },
      )?.end,
    ).toBe('from');
    expect(
      domainRangeError(
        RelationType.Runs,
        { id: 'coa', type: EntityType.Organisation },
        { id: 'vrip', type: EntityType.Programme },
      ),
    ).toBeNull();
  });

  // Regression guard for issue 10: filtering on a type must return only what its definition says.
  describe.each(RELATION_VOCABULARY.map((m) => [m.type, m] as const))('every seed relation of type %s', (type, m) => {
    const set = seedSet();
    const typeOf = new Map(set.entities.map((e) => [e.id, e.type]));
    const rels = set.relations.filter((r) => r.type === type);
    it(`starts at ${m.from.join('/')} and ends at ${m.to.join('/')}`, () => {
      const outside = rels
        .filter((r) => !m.from.includes(typeOf.get(r.from)!) || !m.to.includes(typeOf.get(r.to)!))
        .map((r) => r.id);
      expect(outside).toEqual([]);
    });
    if (meaningOf(type).needsDate) {
      it('has evidence from a dated document', () => {
        const dated = new Set(set.entities.filter((e) => e.date !== undefined).map((e) => e.id));
        expect(rels.filter((r) => !r.evidence.some((ev) => dated.has(ev.document))).map((r) => r.id)).toEqual([]);
      });
    }
  });
});
