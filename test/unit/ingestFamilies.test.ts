import fs from 'node:fs';
import path from 'node:path';
import { decodeSource } from '../../src/ingest/decodeSource';
import { IngestError } from '../../src/ingest/ingestError';
import { parseDocument, type ParsedDocument } from '../../src/ingest/parseDocument';
import { seedCatalogue } from '../support/catalogueFixture';

// Issue 9: every family and shape, with counts taken by hand from the fixtures (invented texts in the real layouts).
const FIXTURES = path.join(__dirname, '../fixtures/ingest');
const read = (rel: string) => fs.readFileSync(path.join(FIXTURES, rel), 'utf8');
const parse = (rel: string, text = read(rel)) =>
  parseDocument(text, { id: 'test-doc', sourceName: path.basename(rel), catalogue: seedCatalogue() });
const qa = (d: ParsedDocument) => ({
  questions: d.questions.map((q) => `${q.faction} ${q.number}: ${q.text}`),
  answers: d.answers.map((a) => `${a.faction} ${a.numbers.join('+')}: ${a.text}`),
});

describe('schriftelijke vragen (Aanhangsel van de Handelingen)', () => {
  describe('as a PDF text export: form feed, running footers, a footnote at the page foot, hyphenation', () => {
    let d: ParsedDocument;
    beforeAll(() => {
      d = parse('schriftelijke-vragen/ah-tk-wachttijden.txt');
    });

    it('is recognised by its header, with chamber, date and the identifier of its colophon', () => {
      expect(d.meta).toEqual({
        family: 'SCHRIFTELIJKE_VRAGEN',
        familyEvidence: ['Aanhangsel van de Handelingen'],
        chamber: 'TK',
        date: '2025-02-28',
        sourceIdentifier: 'ah-tk-20242025-1234',
      });
      expect(d.kind).toBe('schriftelijke-vragen');
      expect(d.title).toBe('Vragen over wachttijden voor taallessen in de asielopvang (ingezonden 3 februari 2025)');
      expect(d.pageCount).toBe(2);
    });

    it('names the askers with party, the addressee, both dates and the answering office-holder', () => {
      expect(d.family.askers).toEqual([
        { name: 'Podt', party: 'D66' },
        { name: 'Van Dijk', party: 'VVD' },
      ]);
      expect(d.family).toMatchObject({
        addressee: 'staatssecretaris van Justitie en Veiligheid',
        submitted: '2025-02-03',
        received: '2025-02-28',
        answeredBy: { name: 'Coenradie', role: 'staatssecretaris van Justitie en Veiligheid' },
      });
    });

    it('has 5 questions and 4 answers ("Antwoord 1", "Antwoord op vraag 2", "Antwoord op vragen 4 en 5"), all paired, the hyphenation undone', () => {
      expect(d.questions.map((q) => [q.number, q.page])).toEqual([
        [1, 1],
        [2, 1],
        [3, 2],
        [4, 2],
        [5, 2],
      ]);
      expect(d.answers.map((a) => [a.label, a.numbers])).toEqual([
        ['Antwoord 1', [1]],
        ['Antwoord op vraag 2', [2]],
        ['Antwoord 3', [3]],
        ['Antwoord op vragen 4 en 5', [4, 5]],
      ]);
      expect(d.questions[1]?.text).toBe(
        'Hoeveel inburgeringsplichtigen wachten op dit moment langer dan drie maanden op een plek in een taalcursus?',
      );
      expect(d.answers[0]?.text).toBe('Ja, ik ben bekend met dit bericht.');
      expect(d.warnings).toEqual([]);
    });

    it('leaves the running footers and the colophon out of passages and mentions, and finds the footnote marker "COA?1"', () => {
      expect(d.passages.some((p) => /vergaderjaar 2024–2025, aanhangsel|ISSN/.test(p.text))).toBe(false);
      expect(d.passages.filter((p) => p.footnote).map((p) => [p.footnote?.number, p.page, p.text])).toEqual([
        [1, 1, '1 Nieuwsbericht van 30 januari 2025 over taallessen in de opvang.'],
      ]);
      expect(d.footnoteRefs.map((r) => d.text.slice(r.offset - 4, r.offset + 1))).toEqual(['COA?1']);
      for (const m of d.mentions) expect(d.text.slice(m.start, m.end)).toBe(m.matched);
    });
  });

  it('as an HTML page of the publication site gives the same questions and answers as the PDF text', () => {
    const html = parse('schriftelijke-vragen/ah-tk-wachttijden.html');
    const pdf = parse('schriftelijke-vragen/ah-tk-wachttijden.txt');
    expect(qa(html)).toEqual(qa(pdf));
    expect(html.family.askers).toEqual(pdf.family.askers);
    expect(html.meta).toMatchObject({
      family: 'SCHRIFTELIJKE_VRAGEN',
      chamber: 'TK',
      date: '2025-02-28',
      sourceIdentifier: null,
    });
    // No pages on a web page; the site's navigation and footer are not text of the document.
    expect(html.pageCount).toBe(1);
    expect(html.text).not.toMatch(/Zoeken|Cookies|dataLayer/);
    expect(html.passages.filter((p) => p.footnote).map((p) => p.footnote?.number)).toEqual([1]);
    expect(html.footnoteRefs).toHaveLength(1);
  });

  it('with a "Mededeling" instead of answers (browser "save as text" of an Eerste Kamer page): questions stand unanswered without a warning', () => {
    const d = parse('schriftelijke-vragen/ah-ek-mededeling-opgeslagen.txt');
    expect(d.meta).toMatchObject({ family: 'SCHRIFTELIJKE_VRAGEN', chamber: 'EK', date: '2025-02-04' });
    expect(d.family.askers).toEqual([{ name: 'Moonen', party: 'D66' }]);
    expect(d.questions.map((q) => q.text)).toEqual([
      'Hoeveel gemeenten bieden de Z-route aan zonder de volledige financiering uit de specifieke uitkering te ontvangen?',
      'Deelt u de zorg van de VNG dat de Z-route in kleine gemeenten onder druk staat?1',
    ]);
    expect(d.answers).toEqual([]);
    expect(d.family.postponement?.date).toBe('2025-02-04');
    expect(d.family.postponement?.text).toMatch(
      /^Mededeling van staatssecretaris Coenradie .* kunnen niet binnen de gebruikelijke termijn van drie weken worden beantwoord/,
    );
    expect(d.warnings).toEqual([]);
    // Footnotes at the end of an unpaged text.
    expect(d.passages.filter((p) => p.footnote).map((p) => p.footnote?.number)).toEqual([1]);
  });
});

describe('verslag van een schriftelijk overleg', () => {
  it('Eerste Kamer (the seed) keeps its family, chamber and date', () => {
    const d = parseDocument(
      fs.readFileSync(path.join(__dirname, '../../seeds/documents/ek-vso-wi2021-monitoring-2024.txt'), 'utf8'),
      { id: 'ek-vso', sourceName: 'seed.txt', catalogue: seedCatalogue() },
    );
    expect(d.meta).toEqual({
      family: 'VSO',
      familyEvidence: ['VERSLAG VAN EEN SCHRIFTELIJK OVERLEG'],
      chamber: 'EK',
      date: '2024-12-04',
      sourceIdentifier: null,
    });
    expect([d.questions.length, d.answers.length, d.warnings]).toEqual([19, 17, []]);
  });

  it('Tweede Kamer with answers interleaved ("Antwoord" after each question): 3 questions, 3 answers, no faction linked to the Eerste Kamer', () => {
    const d = parse('vso-tk/kst-32824-462-vso-interleaved.txt');
    expect(d.meta).toMatchObject({
      family: 'VSO',
      chamber: 'TK',
      date: '2025-04-10',
      sourceIdentifier: 'kst-32824-462',
    });
    expect(d.title).toBe(
      'Verslag van een schriftelijk overleg over de voortgang van de Wet inburgering 2021 (vastgesteld 10 april 2025)',
    );
    expect(d.questions.map((q) => `${q.faction} ${q.number}`)).toEqual(['VVD 1', 'VVD 2', 'D66 1']);
    expect(d.answers.map((a) => `${a.faction} ${a.numbers.join('+')}`)).toEqual(['VVD 1', 'VVD 2', 'D66 1']);
    expect(d.questions[2]?.text).toBe(
      'De leden van de D66-fractie lezen dat de onderwijsroute groeit. Kan de staatssecretaris aangeven welke leeftijdsgrens hij voor ogen heeft?',
    );
    expect(d.answers[1]?.text).toBe('Ja, de doorlooptijden worden opgenomen in de jaarlijkse voortgangsbrief.');
    // The intro paragraph ("hebben kennisgenomen") asks nothing.
    expect(d.questions.some((q) => /kennisgenomen/.test(q.text))).toBe(false);
    expect([...d.questions, ...d.answers].some((x) => x.factionId)).toBe(false);
    expect(d.warnings).toEqual([]);
  });

  it('Tweede Kamer with a part "II Reactie van de bewindspersoon": the table of contents skipped, repeated questions answered, one left open', () => {
    const d = parse('vso-tk/kst-32824-463-vso-reactie.txt');
    expect(d.questions.map((q) => `${q.faction} ${q.number}`)).toEqual(['PVV 1', 'CDA 1', 'CDA 2']);
    expect(d.answers.map((a) => `${a.faction} ${a.numbers.join('+')}: ${a.text}`)).toEqual([
      'PVV 1: In 2024 hebben ongeveer 1.900 inburgeraars de Z-route afgerond.',
      'CDA 1: Ja. Ik laat in 2025 een verkenning uitvoeren onder gemeenten met minder dan 30.000 inwoners.',
    ]);
    expect(d.warnings).toEqual(['question CDA 2 has no answer']);
  });

  it('a VSO with no questions is a warning, never a silent nothing', () => {
    const d = parse('bad/vso-zonder-vragen.txt');
    expect(d.meta.family).toBe('VSO');
    expect(d.warnings).toEqual([
      'recognised as VSO (VERSLAG VAN EEN SCHRIFTELIJK OVERLEG) but its structure is empty: no questions found',
    ]);
  });
});

describe('bill procedure', () => {
  it('verslag: the factions\' questions, the faction named in the paragraph or carried on by "Deze leden"', () => {
    const d = parse('wetsvoorstel/kst-36999-5-verslag.txt');
    expect(d.meta).toMatchObject({
      family: 'BILL_PROCEDURE',
      familyEvidence: ['Nr. 5 VERSLAG'],
      chamber: 'TK',
      date: '2025-05-15',
      sourceIdentifier: 'kst-36999-5',
    });
    expect(d.kind).toBe('verslag');
    expect(d.questions.map((q) => `${q.faction} ${q.number}`)).toEqual(['VVD 1', 'D66 1', 'VVD 2']);
    expect(d.answers).toEqual([]);
    expect(d.warnings).toEqual([]);
  });

  it("nota naar aanleiding van het verslag: each repeated question with the government's answer after it", () => {
    const d = parse('wetsvoorstel/kst-36999-6-nota.txt');
    expect(d.kind).toBe('nota-naar-aanleiding-van-het-verslag');
    expect(d.meta).toMatchObject({ family: 'BILL_PROCEDURE', date: '2025-06-12', sourceIdentifier: 'kst-36999-6' });
    expect(d.questions.map((q) => `${q.faction} ${q.number}`)).toEqual(['VVD 1', 'D66 1', 'VVD 2']);
    expect(d.answers.map((a) => `${a.faction} ${a.numbers.join('+')}`)).toEqual(['VVD 1', 'D66 1', 'VVD 2']);
    expect(d.answers[1]?.text).toBe(
      'De kwaliteit wordt bewaakt door de Inspectie van het Onderwijs. Daarnaast monitort DUO de resultaten per onderwijsinstelling.',
    );
    // The closing signature is not part of the last answer.
    expect(d.answers[2]?.text).toBe(
      'De kosten worden geraamd op 6 miljoen euro per jaar en worden via de specifieke uitkering aan gemeenten vergoed.',
    );
    expect(d.warnings).toEqual([]);
  });
});

describe('Kamerbrief as a PDF text export', () => {
  let d: ParsedDocument;
  beforeAll(() => {
    d = parse('kamerbrief/kst-32824-455.txt');
  });

  it('"Nr. 455 BRIEF VAN DE STAATSSECRETARIS …": the right title, date, addressee, signatory and office, identifier from the colophon', () => {
    expect(d.meta).toEqual({
      family: 'KAMERBRIEF',
      familyEvidence: ['Nr. 455 BRIEF VAN DE STAATSSECRETARIS VAN JUSTITIE EN VEILIGHEID'],
      chamber: 'TK',
      date: '2025-02-12',
      sourceIdentifier: 'kst-32824-455',
    });
    expect(d.title).toBe('Brief van de Staatssecretaris van Justitie en Veiligheid van 12 februari 2025');
    expect(d.parts.map((p) => [p.kind, p.date, p.addressee, p.signatory, p.office, p.officeId])).toEqual([
      [
        'LETTER',
        '2025-02-12',
        'de Voorzitter van de Tweede Kamer der Staten-Generaal',
        'I. Coenradie',
        'Staatssecretaris van Justitie en Veiligheid',
        'staatssecretaris-jenv',
      ],
    ]);
    expect(d.family.answeredBy).toEqual({ name: 'I. Coenradie', role: 'Staatssecretaris van Justitie en Veiligheid' });
    expect(d.warnings).toEqual([]);
  });

  it('has 2 pages (form feed), 3 headings, and the running footers are neither passages nor mentions', () => {
    expect(d.pageCount).toBe(2);
    expect(d.family.headings).toEqual([
      { text: 'Brede intake', page: 1 },
      { text: 'Onderwijsroute', page: 2 },
      { text: 'Z-route', page: 2 },
    ]);
    expect(d.passages.some((p) => /vergaderjaar|ISSN/.test(p.text))).toBe(false);
    const footers = [...d.text.matchAll(/^.*(?:vergaderjaar|ISSN).*$/gm)].map(
      (m) => [m.index, m.index + m[0].length] as const,
    );
    expect(footers).toHaveLength(2);
    expect(d.mentions.filter((m) => footers.some(([a, b]) => m.start >= a && m.end <= b))).toEqual([]);
    // The footnote at the foot of page 1 ends before the footer.
    expect(d.passages.filter((p) => p.footnote).map((p) => p.text)).toEqual(['1 Kamerstuk 32 824, nr. 438.']);
  });
});

describe('verslag van een commissiedebat', () => {
  let d: ParsedDocument;
  beforeAll(() => {
    d = parse('commissiedebat/kst-32824-461-commissiedebat.txt');
  });

  it('is recognised, with the members present and the office-holder', () => {
    expect(d.meta).toEqual({
      family: 'COMMISSIEDEBAT',
      familyEvidence: ['VERSLAG VAN EEN COMMISSIEDEBAT'],
      chamber: 'TK',
      date: '2025-03-14',
      sourceIdentifier: 'kst-32824-461',
    });
    expect(d.title).toBe('Verslag van een commissiedebat, 32 824 Integratiebeleid (vastgesteld 14 maart 2025)');
    expect(d.family.present).toEqual([
      { name: 'Van Beek' },
      { name: 'Ceder' },
      { name: 'Podt' },
      { name: 'Van Dijk' },
      { name: 'Coenradie', role: 'staatssecretaris van Justitie en Veiligheid' },
    ]);
  });

  it('has 12 speaker turns with speaker, party or office, and 2 interruptions', () => {
    expect(
      d.family.speakerTurns.map((t) => `${t.speaker}|${t.party ?? t.office}${t.interruption ? '|interruptie' : ''}`),
    ).toEqual([
      'De voorzitter|voorzitter',
      'Podt|D66',
      'De voorzitter|voorzitter',
      'Van Dijk|VVD|interruptie',
      'Podt|D66',
      'De voorzitter|voorzitter',
      'Ceder|ChristenUnie',
      'De voorzitter|voorzitter',
      'Coenradie|staatssecretaris',
      'Ceder|ChristenUnie|interruptie',
      'Coenradie|staatssecretaris',
      'De voorzitter|voorzitter',
    ]);
    const t4 = d.family.speakerTurns[3]!;
    expect(t4.text).toBe('Is mevrouw Podt het met mij eens dat gemeenten ook zelf meer kunnen doen?');
    expect(d.text.slice(t4.start, t4.end)).toBe(t4.text);
    expect(d.warnings).toEqual([]);
  });

  it('lists the 3 toezeggingen with owner and deadline (none for the third)', () => {
    expect(d.family.commitments.map((c) => [c.owner, c.deadline ?? null])).toEqual([
      ['De staatssecretaris', 'voor de zomer van 2025'],
      ['De staatssecretaris', 'in het derde kwartaal van 2025'],
      ['De staatssecretaris', null],
    ]);
    expect(d.family.commitments[0]?.text).toBe(
      'De staatssecretaris zegt toe de Kamer voor de zomer van 2025 te informeren over de resultaten van de Z-route.',
    );
    for (const c of d.family.commitments) expect(d.text.slice(c.start, c.start + 20)).toBe(c.text.slice(0, 20));
  });
});

describe('motie and amendement', () => {
  it('motie: submitters, dossier, date and the operative part "verzoekt de regering …"', () => {
    const d = parse('motie-amendement/kst-32824-470-motie.txt');
    expect(d.meta).toMatchObject({
      family: 'MOTIE',
      chamber: 'TK',
      date: '2025-03-20',
      sourceIdentifier: 'kst-32824-470',
    });
    expect(d.title).toBe('Motie van het lid Podt c.s. (32 824), voorgesteld 20 maart 2025');
    expect(d.family.motion).toMatchObject({
      kind: 'MOTIE',
      dossier: '32 824',
      submitters: ['Podt', 'Van Dijk', 'Ceder'],
      operative:
        'verzoekt de regering om met de VNG afspraken te maken over een maximale doorlooptijd van de brede intake, en de Kamer daarover voor 1 oktober 2025 te informeren',
    });
    expect(d.warnings).toEqual([]);
  });

  it('amendement: the change between "amendement voor:" and "Toelichting"', () => {
    const d = parse('motie-amendement/kst-36999-8-amendement.txt');
    expect(d.meta).toMatchObject({ family: 'AMENDEMENT', date: '2025-06-18', sourceIdentifier: 'kst-36999-8' });
    expect(d.family.motion).toMatchObject({
      kind: 'AMENDEMENT',
      dossier: '36 999',
      submitters: ['Ceder'],
      operative: 'In artikel I, onderdeel A, wordt "30 jaar" vervangen door "35 jaar".',
    });
    expect(d.warnings).toEqual([]);
  });
});

describe('anything else, and bad input', () => {
  it('a document of no family: plain passages and mentions, a warning, and a numbered heading is no footnote', () => {
    const d = parse('plain/notitie-taalniveau.txt');
    expect(d.meta).toEqual({ family: null, familyEvidence: [], chamber: null, date: null, sourceIdentifier: null });
    expect(d.structures).toEqual(['passages', 'mentions']);
    expect(d.warnings).toEqual([
      expect.stringMatching(/^no document family recognised .*: ingested as a plain document/),
    ]);
  });

  it('a file holding only a title is refused clearly', () => {
    expect(() => parse('bad/alleen-titel.txt')).toThrow(
      /holds only a title \("VERSLAG VAN EEN SCHRIFTELIJK OVERLEG"\) and no text/,
    );
  });

  it('an HTML page that is not a publication is refused clearly', () => {
    try {
      parse('schriftelijke-vragen/geen-publicatie.html');
      throw new Error('expected IngestError');
    } catch (e) {
      expect(e).toBeInstanceOf(IngestError);
      expect((e as IngestError).code).toBe('NOT_A_PUBLICATION');
      expect((e as IngestError).message).toMatch(
        /geen-publicatie\.html: this HTML page is not a parliamentary publication/,
      );
    }
  });

  const utf16 = (text: string, order: 'le' | 'be', bom: boolean) => {
    const out: number[] = bom ? (order === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]) : [];
    for (const c of text) {
      const u = c.charCodeAt(0);
      out.push(...(order === 'le' ? [u & 0xff, u >> 8] : [u >> 8, u & 0xff]));
    }
    return Uint8Array.from(out);
  };
  it.each(['le', 'be'] as const)('UTF-16 %s with a BOM is decoded and parses as its UTF-8 original', (order) => {
    const original = read('motie-amendement/kst-32824-470-motie.txt');
    const text = decodeSource(utf16(original, order, true), 'motie.txt');
    expect(text).toBe(original);
    expect(parse('motie-amendement/kst-32824-470-motie.txt', text).family.motion?.submitters).toEqual([
      'Podt',
      'Van Dijk',
      'Ceder',
    ]);
  });

  it('UTF-16 without a BOM: "UTF-16: convert to UTF-8"', () => {
    expect(() =>
      decodeSource(utf16('VERSLAG VAN EEN SCHRIFTELIJK OVERLEG\nVastgesteld 1 juli 2025\n', 'le', false), 'vso.txt'),
    ).toThrow(/vso\.txt: UTF-16: convert to UTF-8/);
  });
});
