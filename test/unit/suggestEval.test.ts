import fs from 'node:fs';
import path from 'node:path';
import { scoreRelations } from '../../scripts/suggestEval/scoreRelations';
import { EVAL_DIR, runSuggestEval } from '../../scripts/suggestEval/runSuggestEval';

describe('scoreRelations', () => {
  it('scores pairs unordered and typed relations with direction; duplicates count once', () => {
    const gold = [
      { type: 'RUNS', from: 'a', to: 'b' },
      { type: 'FUNDS', from: 'c', to: 'd' },
    ];
    const suggested = [
      { type: 'RUNS', from: 'a', to: 'b' },
      { type: 'RUNS', from: 'a', to: 'b' },
      { type: 'OFFERS', from: 'd', to: 'c' },
      { type: 'RUNS', from: 'x', to: 'y' },
    ];
    const s = scoreRelations(gold, suggested);
    expect(s.pair).toEqual({ gold: 2, suggested: 3, correct: 2, precision: 0.667, recall: 1 });
    expect(s.typed).toEqual({ gold: 2, suggested: 3, correct: 1, precision: 0.333, recall: 0.5 });
    expect(s.byType.OFFERS?.pair).toMatchObject({ precision: 1 });
    expect(s.byType.OFFERS?.typed).toMatchObject({ precision: 0 });
    expect(s.byType.FUNDS?.pair).toMatchObject({ recall: 1 });
    expect(s.byType.FUNDS?.typed).toMatchObject({ recall: 0 });
  });
});

describe('npm run eval:suggest', () => {
  // Recomputed here, not read: the committed results must be what the code gives now.
  const now = runSuggestEval();
  const committed = JSON.parse(fs.readFileSync(path.join(EVAL_DIR, 'suggest-results.json'), 'utf8'));
  const md = fs.readFileSync(path.join(EVAL_DIR, 'suggest-results.md'), 'utf8');

  it('the committed results are the current figures (run npm run eval:suggest after a change)', () => {
    const { timing: _t, ...figures } = committed;
    expect(JSON.parse(JSON.stringify(now))).toEqual(figures);
  });

  it('meets the seed targets, or the results say which are missed', () => {
    for (const [name, t] of Object.entries(now.seed.targets)) {
      if (t.met) expect(t.value).toBeGreaterThanOrEqual(t.target);
      else
        expect(md).toMatch(
          new RegExp(`\\| ${name.replace(/[A-Z]/g, (c) => ` ${c.toLowerCase()}`)} .*\\*\\*missed\\*\\*`),
        );
    }
  });

  it('finds every abbreviation definition of the hand list on the seed', () => {
    expect(now.seed.abbreviations.missed).toEqual([]);
  });
});
