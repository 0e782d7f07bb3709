import type { EntityType, RelationType, SuggestionEdits } from './gql/graphql';
import type { RelationTypeInfo, ReviewItem } from './reviewApi';
import { TYPE_STYLE } from './typeStyle';

const esc = (s: string) =>
  s.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string);

const field = (id: string, label: string, value: string, hint = '') =>
  `<label for="${id}">${label}</label><input id="${id}" value="${esc(value)}" autocomplete="off" spellcheck="false">${hint ? `<small class="muted">${hint}</small>` : ''}`;

/**
 * The relation types for the select: those whose domain and range hold the ends' types first (what the API will
 * accept for these ends), then the others, since the curator may also change an end.
 */
function typeOptions(item: ReviewItem, types: readonly RelationTypeInfo[]): string {
  const fits = (t: RelationTypeInfo) =>
    !item.from || !item.to || (t.from.includes(item.from.type) && t.to.includes(item.to.type));
  const option = (t: RelationTypeInfo) =>
    `<option value="${t.type}"${t.type === item.relationType ? ' selected' : ''}>${t.type} · ${esc(t.labelEn)}</option>`;
  const good = types.filter(fits);
  const other = types.filter((t) => !fits(t));
  return `<optgroup label="Fit these ends">${good.map(option).join('')}</optgroup>${
    other.length ? `<optgroup label="Other types (for other ends)">${other.map(option).join('')}</optgroup>` : ''
  }`;
}

/** The edit form of one suggestion: what the API's SuggestionEdits lets a curator change for its kind. */
export function editFormHtml(item: ReviewItem, types: readonly RelationTypeInfo[]): string {
  let fields: string;
  if (item.kind === 'RELATION') {
    fields = `<label for="rv-edit-type">Relation type</label><select id="rv-edit-type">${typeOptions(item, types)}</select>
      ${field('rv-edit-from', `From (entity id; now ${esc(item.from?.name ?? '')})`, item.from?.id ?? '')}
      ${field('rv-edit-to', `To (entity id; now ${esc(item.to?.name ?? '')})`, item.to?.id ?? '')}`;
  } else if (item.kind === 'ENTITY') {
    const typeSelect = Object.entries(TYPE_STYLE)
      .map(([t, s]) => `<option value="${t}"${t === item.entityType ? ' selected' : ''}>${esc(s.label)}</option>`)
      .join('');
    fields = `${field('rv-edit-name', 'Name', item.name ?? '')}
      <label for="rv-edit-entity-type">Entity type</label><select id="rv-edit-entity-type">${typeSelect}</select>
      ${field('rv-edit-entity-id', 'Entity id', '', 'empty: the API makes one from the name')}
      ${field('rv-edit-description', 'Description', '')}`;
  } else {
    fields = field('rv-edit-alias', `Alias of ${esc(item.entity?.name ?? '')}`, item.alias ?? '');
  }
  return `<h3 id="rv-form-title">Edit, then accept</h3>${fields}
    <div class="actions"><button type="submit">Accept with these edits</button><button type="button" data-act="cancel">Cancel (Escape)</button></div>`;
}

export function rejectFormHtml(): string {
  return `<h3 id="rv-form-title">Reject</h3>
    <label for="rv-reason">Reason (kept with the decision; the same evidence is never suggested again)</label>
    <input id="rv-reason" autocomplete="off">
    <div class="actions"><button type="submit">Reject</button><button type="button" data-act="cancel">Cancel (Escape)</button></div>`;
}

/** Only what the curator changed, so an untouched field never overrides what the suggestion proposes. */
export function readEdits(form: HTMLElement, item: ReviewItem): SuggestionEdits {
  const value = (id: string) => form.querySelector<HTMLInputElement | HTMLSelectElement>(`#${id}`)?.value.trim() ?? '';
  const edits: SuggestionEdits = {};
  if (item.kind === 'RELATION') {
    const type = value('rv-edit-type');
    if (type && type !== item.relationType) edits.relationType = type as RelationType;
    const from = value('rv-edit-from');
    if (from && from !== item.from?.id) edits.from = from;
    const to = value('rv-edit-to');
    if (to && to !== item.to?.id) edits.to = to;
  } else if (item.kind === 'ENTITY') {
    const name = value('rv-edit-name');
    if (name && name !== item.name) edits.name = name;
    const type = value('rv-edit-entity-type');
    if (type && type !== item.entityType) edits.entityType = type as EntityType;
    const id = value('rv-edit-entity-id');
    if (id) edits.entityId = id;
    const description = value('rv-edit-description');
    if (description) edits.description = description;
  } else {
    const alias = value('rv-edit-alias');
    if (alias && alias !== item.alias) edits.alias = alias;
  }
  return edits;
}
