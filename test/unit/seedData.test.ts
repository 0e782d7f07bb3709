import fs from 'node:fs';
import path from 'node:path';
import { EntityType, RelationType } from '../../src/generated/graphql';
import { splitPages } from '../../src/domain/pages';
import { SEED_DIR } from '../../src/seeding/seedPipeline';
import { seedSet } from '../support/testDb';

/** The curated seed graph checked against its source text, independently of the loader. */
describe('the seed graph', () => {
  const set = seedSet();
  const byId = new Map(set.entities.map((e) => [e.id, e]));

  it('has every relationship backed by a quote that occurs on its page of its document', () => {
    let checked = 0;
    const pagesOf = new Map<string, string[]>();
    for (const r of set.relations) {
      expect(r.evidence.length).toBeGreaterThan(0);
      for (const ev of r.evidence) {
        const doc = byId.get(ev.document);
        expect(doc?.textFile).toBeDefined();
        if (!pagesOf.has(ev.document)) {
          const raw = fs.readFileSync(path.join(SEED_DIR, doc!.textFile!), 'utf8');
          pagesOf.set(ev.document, splitPages(raw).map((p) => p.replace(/\s+/g, ' ')));
        }
        const page = pagesOf.get(ev.document)![ev.page - 1];
        expect({ relation: r.id, found: page?.includes(ev.quote.replace(/\s+/g, ' ')) }).toEqual({ relation: r.id, found: true });
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThanOrEqual(290);
  });

  it('is well over a hundred relationships, uses every entity type, and leaves no entity unconnected', () => {
    expect(set.relations.length).toBeGreaterThan(250);
    expect(new Set(set.entities.map((e) => e.type))).toEqual(new Set(Object.values(EntityType)));
    const connected = new Set(set.relations.flatMap((r) => [r.from, r.to]));
    expect(set.entities.filter((e) => !connected.has(e.id)).map((e) => e.id)).toEqual([]);
    // REPLACES is in the vocabulary for later documents; this source never says the Wi2021 replaced the Wi2013.
    const used = new Set(set.relations.map((r) => r.type));
    expect(Object.values(RelationType).filter((t) => !used.has(t))).toEqual([RelationType.Replaces]);
  });

  it('covers the organisations, programmes and laws the source names', () => {
    const required = [
      'coa', 'divosa', 'vng', 'duo', 'kis', 'wodc', 'radaradvies', 'nuffic', 'ministerie-jenv', 'ministerie-szw', 'ministerie-ocw',
      'ministerie-asiel-en-migratie', 'staatssecretaris-jenv', 'eerste-kamer', 'tweede-kamer', 'ek-commissie-szw', 'ek-commissie-jenv',
      'gemeente-meierijstad', 'gemeente-gouda', 'regionale-verbinders', 'vrip', 'voorinburgering', 'map', 'onderwijsroute', 'z-route',
      'meedoenbalies', 'communities-of-practice', 'kis-e-learning-klantmanagers', 'economische-veerkracht-van-vrouwen', 'wi2021', 'wi2013',
      'besluit-inburgering-2021', 'wet-kinderopvang', 'wib', 'web', 'europese-opvangrichtlijn', 'coenradie', 'karthaus', 't03101',
    ];
    expect(required.filter((id) => !byId.has(id))).toEqual([]);
    expect(byId.get('vrip')?.aliases).toContain('VrIP');
  });

  it('records the certain identifiers and no malformed ones', () => {
    const ids = (id: string) => byId.get(id)?.identifiers.map((i) => `${i.scheme}:${i.value}`);
    expect(ids('wi2021')).toEqual(['BWB:BWBR0044770']);
    expect(ids('besluit-inburgering-2021')).toEqual(['BWB:BWBR0045555']);
    expect(ids('wi2013')).toEqual(['BWB:BWBR0020611']);
    expect(ids('kst-32824-438')).toEqual(['KAMERSTUK:kst-32824-438']);
    expect(ids('t03101')).toEqual(['TOEZEGGING:T03101']);
  });

  it('has a Document with a normalised kst identifier for every Kamerstuk the text cites', () => {
    const text = fs.readFileSync(path.join(SEED_DIR, 'documents/ek-vso-wi2021-monitoring-2024.txt'), 'utf8').replace(/\s+/g, ' ');
    const cited = new Set<string>();
    for (const m of text.matchAll(/Kamerstukken (?:I|II),? \d{4}[-/]\d{4}, (\d[\d ]*\d),? (?:nr\. (\d+)|([A-Z])\b)/g)) {
      cited.add(`kst-${m[1]!.replace(/ /g, '')}-${m[2] ?? m[3]}`);
    }
    expect([...cited].sort()).toEqual(['kst-22452-91', 'kst-32824-438', 'kst-35483-L']);
    const known = new Set(set.entities.flatMap((e) => e.identifiers.filter((i) => i.scheme === 'KAMERSTUK').map((i) => i.value)));
    expect([...cited].filter((c) => !known.has(c))).toEqual([]);
  });

  it('gives every committee member a faction and the committee its chair and vice-chair', () => {
    const members = set.relations.filter((r) => r.type === RelationType.MemberOf && r.to === 'ek-commissie-szw').map((r) => r.from);
    expect(members).toHaveLength(26);
    for (const m of members) {
      expect(set.relations.some((r) => r.from === m && r.type === RelationType.MemberOf && byId.get(r.to)?.type === EntityType.Faction)).toBe(true);
    }
    expect(set.relations.find((r) => r.type === RelationType.Chairs)?.from).toBe('ek-vos');
    expect(set.relations.find((r) => r.type === RelationType.ViceChairs)?.from).toBe('ek-moonen');
  });
});
