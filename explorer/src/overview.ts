import './styles.css';
import * as vega from 'vega';
import { compile, type TopLevelSpec } from 'vega-lite';
import { ApiError, gql } from './api';
import { graphql } from './gql';

const OverviewEntities = graphql(`
  query OverviewEntities($after: String) {
    entities(first: 100, after: $after) {
      totalCount
      nodes {
        id
        type
        name
        relationCount
        ... on Document {
          date
        }
        ... on Commitment {
          date
        }
      }
      pageInfo {
        hasNextPage
        endCursor
      }
    }
  }
`);
const OverviewStats = graphql(`
  query OverviewStats {
    stats {
      nodeCount
      relationCount
      evidenceCount
      byType {
        type
        count
      }
    }
  }
`);
import { TYPE_STYLE } from './typeStyle';

/**
 * The graph at a glance, drawn with Vega-Lite: entities and relations by type, the most connected entities, and
 * documents and commitments over time. Everything comes from the public API.
 */
const ENTITY_TYPES = Object.keys(TYPE_STYLE);
/** Entities read to rank by connections; the seed graph has far fewer, a larger graph is ranked among these. */
const MAX_ENTITIES = 2000;

interface Row {
  id: string;
  type: string;
  name: string;
  relationCount: number;
  date?: string | null;
}

async function allEntities(): Promise<{ rows: Row[]; total: number }> {
  const rows: Row[] = [];
  let after: string | null = null;
  let total = 0;
  while (rows.length < MAX_ENTITIES) {
    const d: {
      entities: { totalCount: number; nodes: Row[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
    } = await gql(OverviewEntities, { after });
    rows.push(...d.entities.nodes);
    total = d.entities.totalCount;
    if (!d.entities.pageInfo.hasNextPage) break;
    after = d.entities.pageInfo.endCursor;
  }
  return { rows, total };
}

async function draw(id: string, spec: TopLevelSpec, onClick?: (datum: Record<string, unknown>) => void): Promise<void> {
  const box = document.getElementById(id) as HTMLElement;
  // The chart with its axes and legend fits the width of its figure, on a phone as on a desktop.
  const sized = {
    ...spec,
    width: Math.max(200, box.clientWidth - 8),
    autosize: { type: 'fit-x', contains: 'padding' },
  } as TopLevelSpec;
  const view = new vega.View(vega.parse(compile(sized).spec), { renderer: 'svg', container: box, hover: true });
  if (onClick)
    view.addEventListener('click', (_e, item) => {
      const datum = (item as { datum?: Record<string, unknown> } | null | undefined)?.datum;
      if (datum) onClick(datum);
    });
  await view.runAsync();
}

/** The type colours of the explorer, for the types that occur in `labels` only (so a legend lists only those). */
const colour = (labels: string[]) => {
  const present = ENTITY_TYPES.filter((t) => labels.includes(TYPE_STYLE[t]!.label));
  return {
    scale: { domain: present.map((t) => TYPE_STYLE[t]!.label), range: present.map((t) => TYPE_STYLE[t]!.color) },
    legend: null,
  };
};

async function main(): Promise<void> {
  const status = document.getElementById('status') as HTMLElement;
  try {
    const [stats, all] = await Promise.all([
      gql<{
        stats: {
          nodeCount: number;
          relationCount: number;
          evidenceCount: number;
          byType: { type: string; count: number }[];
        };
      }>(OverviewStats),
      allEntities(),
    ]);
    const byType = stats.stats.byType;
    const entityRows = byType
      .filter((t) => ENTITY_TYPES.includes(t.type))
      .map((t) => ({ type: TYPE_STYLE[t.type]!.label, count: t.count }));
    const relRows = byType.filter((t) => !ENTITY_TYPES.includes(t.type)).map((t) => ({ type: t.type, count: t.count }));
    await draw('chart-types', {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      data: { values: entityRows },
      mark: { type: 'bar', tooltip: true },
      encoding: {
        y: { field: 'type', type: 'nominal', sort: '-x', title: null },
        x: { field: 'count', type: 'quantitative', title: 'entities' },
        color: { field: 'type', type: 'nominal', ...colour(entityRows.map((r) => r.type)) },
      },
    });
    await draw('chart-rels', {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      data: { values: relRows },
      mark: { type: 'bar', tooltip: true, color: '#888' },
      encoding: {
        y: { field: 'type', type: 'nominal', sort: '-x', title: null },
        x: { field: 'count', type: 'quantitative', title: 'relations' },
      },
    });
    const top = [...all.rows]
      .sort((a, b) => b.relationCount - a.relationCount || a.name.localeCompare(b.name))
      .slice(0, 15)
      .map((r) => ({ ...r, label: TYPE_STYLE[r.type]?.label ?? r.type }));
    await draw(
      'chart-top',
      {
        $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
        data: { values: top },
        mark: { type: 'bar', tooltip: true, cursor: 'pointer' },
        encoding: {
          y: {
            field: 'name',
            type: 'nominal',
            sort: '-x',
            title: null,
            axis: { labelLimit: document.body.clientWidth < 600 ? 130 : 260 },
          },
          x: { field: 'relationCount', type: 'quantitative', title: 'relations' },
          color: {
            field: 'label',
            type: 'nominal',
            ...colour(top.map((r) => r.label)),
            legend: { title: null, orient: 'bottom' },
          },
          tooltip: [
            { field: 'name' },
            { field: 'label', title: 'type' },
            { field: 'relationCount', title: 'relations' },
          ],
        },
      },
      (d) => {
        if (typeof d.id === 'string')
          location.assign(`./#n=${encodeURIComponent(d.id)}&sel=${encodeURIComponent(d.id)}`);
      },
    );
    const dated = all.rows
      .filter((r) => (r.type === 'DOCUMENT' || r.type === 'COMMITMENT') && r.date && /^\d{4}/.test(r.date))
      .map((r) => ({ year: r.date!.slice(0, 4), kind: TYPE_STYLE[r.type]!.label, name: r.name }));
    await draw('chart-time', {
      $schema: 'https://vega.github.io/schema/vega-lite/v6.json',
      data: { values: dated },
      mark: { type: 'bar', tooltip: true },
      encoding: {
        x: { field: 'year', type: 'ordinal', title: 'year' },
        y: { aggregate: 'count', type: 'quantitative', title: 'number' },
        color: {
          field: 'kind',
          type: 'nominal',
          ...colour(dated.map((r) => r.kind)),
          legend: { title: null, orient: 'bottom' },
        },
        xOffset: { field: 'kind' },
      },
    });
    const undated = all.rows.filter(
      (r) => (r.type === 'DOCUMENT' || r.type === 'COMMITMENT') && !(r.date && /^\d{4}/.test(r.date)),
    ).length;
    status.className = '';
    status.textContent = `${stats.stats.nodeCount} entities, ${stats.stats.relationCount} relations, ${stats.stats.evidenceCount} evidence quotes.${undated ? ` ${undated} documents and commitments without a date are not in the time chart.` : ''}${all.total > all.rows.length ? ` The ranking is over the first ${all.rows.length} of ${all.total} entities.` : ''}`;
  } catch (e) {
    status.className = 'error';
    status.textContent = e instanceof ApiError ? e.message : 'Something went wrong; see the browser console.';
    console.error(e);
  } finally {
    document.body.dataset.busy = 'false';
  }
}

void main();
