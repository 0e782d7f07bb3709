import { findAbbreviations } from '../../src/suggest/findAbbreviations';
import { coordinatedNames } from '../../src/suggest/coordinatedNames';
import { findNameCandidates } from '../../src/suggest/findNameCandidates';
import { matchShortForm } from '../../src/suggest/matchShortForm';
import { Catalogue } from '../../src/ingest/catalogue';
import { EntityType as E } from '../../src/generated/graphql';

const defs = (s: string) =>
  findAbbreviations(s).map((d) => {
    // Offsets point at the forms in the sentence.
    expect(s.slice(d.long.start, d.long.end)).toBe(d.long.text);
    expect(s.slice(d.short.start, d.short.end)).toBe(d.short.text);
    return [d.long.text, d.short.text, d.order];
  });

describe('abbreviation definitions', () => {
  it('long form first, with an article before it', () => {
    expect(defs('Dit meldt de Immigratie- en Naturalisatiedienst (IND) vandaag.')).toEqual([
      ['Immigratie- en Naturalisatiedienst', 'IND', 'LONG_FIRST'],
    ]);
    expect(defs('Zo wordt het programma Vroege integratie en participatie (VrIP) aangeboden.')).toEqual([
      ['Vroege integratie en participatie', 'VrIP', 'LONG_FIRST'],
    ]);
    expect(defs('over de Wet inburgering 2021 (Wi2021) en')).toEqual([
      ['Wet inburgering 2021', 'Wi2021', 'LONG_FIRST'],
    ]);
  });

  it('short form first', () => {
    expect(defs('De IND (Immigratie- en Naturalisatiedienst) beslist.')).toEqual([
      ['Immigratie- en Naturalisatiedienst', 'IND', 'SHORT_FIRST'],
    ]);
  });

  it('letters inside compounds and a function word the first letter must skip', () => {
    expect(defs('het monitoring en evaluatieplan (M&E-plan), de')).toEqual([
      ['monitoring en evaluatieplan', 'M&E-plan', 'LONG_FIRST'],
    ]);
    expect(defs('met de Vereniging van Nederlandse Gemeenten (VNG) is')).toEqual([
      ['Vereniging van Nederlandse Gemeenten', 'VNG', 'LONG_FIRST'],
    ]);
  });

  it('a party, a function, a year or a gloss in brackets is no definition', () => {
    expect(defs('het lid Podt (D66) vroeg')).toEqual([]);
    expect(defs('Vos (GroenLinks-PvdA) (voorzitter), Ramsodit (GroenLinks-PvdA)')).toEqual([]);
    expect(defs('Nuffic (2023), ‘Blijven na afstuderen’')).toEqual([]);
    expect(defs('de maatschappelijke doelstelling (arbeidsparticipatie) en')).toEqual([]);
  });

  it('matchShortForm: the first letter starts a word, the others may sit inside words', () => {
    const long = 'de Immigratie- en Naturalisatiedienst';
    expect(long.slice(matchShortForm('IND', long))).toBe('Immigratie- en Naturalisatiedienst');
    expect(matchShortForm('XYZ', long)).toBe(-1);
  });
});

describe('hyphenated coordination', () => {
  const catalogue = new Catalogue([
    { id: 'arbeidsmigranten', type: E.TargetGroup, name: 'arbeidsmigranten', aliases: [], identifiers: [] },
    { id: 'kennismigranten', type: E.TargetGroup, name: 'kennismigranten', aliases: [], identifiers: [] },
    { id: 'hbo-instellingen', type: E.Organisation, name: 'hbo-instellingen', aliases: [], identifiers: [] },
  ]);
  it('completes each truncated word with the shared head of the last', () => {
    const s = 'om arbeids-, kennis- en studiemigranten meer te laten inburgeren';
    expect(coordinatedNames(s, catalogue).map((c) => [c.entry.id, s.slice(c.start, c.end)])).toEqual([
      ['arbeidsmigranten', 'arbeids-'],
      ['kennismigranten', 'kennis-'],
    ]);
    const t = 'een zorgplicht voor hbo- en wo-instellingen';
    expect(coordinatedNames(t, catalogue).map((c) => c.entry.id)).toEqual(['hbo-instellingen']);
  });
});

describe('names by the conventions of government prose', () => {
  const names = (s: string) => findNameCandidates(s).map((c) => [c.text, c.entityType, c.rule]);
  it('laws, programmes, pilots, ministries, municipalities, bodies, documents and quoted titles', () => {
    expect(names('De Wet kinderopvang wordt gewijzigd en het Besluit inburgering 2021 blijft.')).toEqual([
      ['Wet kinderopvang', E.Law, 'convention:law'],
      ['Besluit inburgering 2021', E.Law, 'convention:law'],
    ]);
    expect(names('Ik investeer in het programma ‘Economische veerkracht van vrouwen’.')).toEqual([
      ['Economische veerkracht van vrouwen', E.Programme, 'convention:title'],
    ]);
    expect(names('De pilot Taalhuis start in de gemeente Utrecht.')).toEqual([
      ['Taalhuis', E.Programme, 'convention:programme'],
      ['gemeente Utrecht', E.Organisation, 'convention:municipality'],
    ]);
    expect(names('Dit is het advies van de Raad van State en van het Ministerie van Asiel en Migratie.')).toEqual([
      ['Raad van State', E.Organisation, 'convention:body'],
      ['Ministerie van Asiel en Migratie', E.Organisation, 'convention:ministry'],
    ]);
    expect(names('Het CBS publiceert elk jaar de Monitor Inburgering.')).toEqual([
      ['Monitor Inburgering', E.Document, 'convention:document'],
    ]);
  });

  it('a scare-quoted phrase in lower case is no title', () => {
    expect(names('Veel mensen staan ‘in de wacht’ voor de ‘geleerde lessen’.')).toEqual([]);
  });
});
