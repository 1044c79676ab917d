// Review actions for a signed-in analyst: confirm, edit (type, date, place, actors, toll rule), merge another
// incident in, split reports out, discount or restore a claim. Each calls the API with the analyst's token and
// the page reloads the incident, whose audit log then shows the action under the token's name.
import type { ApiClaim, ApiIncident, ApiTaxonomy, IncidentPatchT } from '../server/schemas.js';
import { patch, post } from './api.js';
import { announce, el } from './dom.js';

/** Runs an action, then reloads the page with a message (or shows the API's error). */
export type Run = (action: () => Promise<unknown>, done: string) => Promise<void>;

let fieldIds = 0;
/** A labelled form field. */
function field(label: string, control: HTMLInputElement | HTMLSelectElement): HTMLElement {
  control.id ||= `review-field-${++fieldIds}`;
  return el('div', { class: 'field' }, el('label', { for: control.id }, label), control);
}

const option = (value: string, label: string, selected: boolean) => el('option', { value, selected }, label);

export function confirmButton(incident: ApiIncident, run: Run): HTMLElement {
  const button = el('button', { type: 'button', id: 'confirm-incident', disabled: incident.status === 'confirmed' }, incident.status === 'confirmed' ? 'Confirmed' : 'Confirm incident');
  button.addEventListener('click', () => run(() => post(`/api/incidents/${incident.id}/confirm`), `Incident ${incident.id} confirmed.`));
  return button;
}

export function mergeForm(incident: ApiIncident, run: Run): HTMLElement {
  const input = el('input', { type: 'number', min: 1, step: 1, required: true, id: 'merge-from', name: 'from', inputmode: 'numeric' });
  const form = el('form', { class: 'review-form', id: 'merge-form', 'aria-label': 'Merge another incident into this one' },
    field('Incident number to merge into this one', input),
    el('button', { type: 'submit' }, 'Merge'));
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const from = Number(input.value);
    void run(() => post(`/api/incidents/${incident.id}/merge`, { from }), `Incident ${from} merged into incident ${incident.id}.`);
  });
  return form;
}

/** The split button for the reports list's checkboxes (named "split-report"). */
export function splitButton(incident: ApiIncident, reportsList: HTMLElement, run: Run): HTMLElement {
  const button = el('button', { type: 'button', id: 'split-reports' }, 'Split checked reports into a new incident');
  button.addEventListener('click', () => {
    const reportIds = [...reportsList.querySelectorAll<HTMLInputElement>('input[name="split-report"]:checked')].map((c) => Number(c.value));
    void run(() => post(`/api/incidents/${incident.id}/split`, { reportIds }), `${reportIds.length} report(s) split out of incident ${incident.id}.`);
  });
  return button;
}

export function claimControls(claim: ApiClaim, run: Run): HTMLElement {
  if (claim.discounted) {
    const restore = el('button', { type: 'button', class: 'small', 'aria-label': `Restore claim ${claim.id}` }, 'Restore');
    restore.addEventListener('click', () => run(() => post(`/api/claims/${claim.id}/restore`), `Claim ${claim.id} counts again.`));
    return el('div', { class: 'claim-controls' }, restore);
  }
  const reason = el('input', { type: 'text', required: true, maxlength: 1000, name: 'reason', id: `discount-reason-${claim.id}` });
  const form = el('form', { class: 'discount-form', hidden: true, 'aria-label': `Discount claim ${claim.id}` },
    field('Reason', reason), el('button', { type: 'submit' }, 'Discount'));
  const open = el('button', { type: 'button', class: 'small', 'aria-expanded': 'false', 'aria-label': `Discount claim ${claim.id}…` }, 'Discount…');
  open.addEventListener('click', () => {
    form.hidden = !form.hidden;
    open.setAttribute('aria-expanded', String(!form.hidden));
    if (!form.hidden) reason.focus();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    void run(() => post(`/api/claims/${claim.id}/discount`, { reason: reason.value }), `Claim ${claim.id} discounted.`);
  });
  return el('div', { class: 'claim-controls' }, open, form);
}

/** The edit form; only fields the analyst changed are sent. */
export function editForm(incident: ApiIncident, taxonomy: ApiTaxonomy, run: Run): HTMLElement {
  const sub = el('select', { name: 'subEventType' });
  for (const t of taxonomy.eventTypes) {
    const group = el('optgroup', { label: t.name });
    for (const s of t.subEventTypes) group.append(option(s, s, s === incident.subEventType));
    sub.append(group);
  }
  const d = incident.date;
  const start = el('input', { type: 'date', name: 'start', value: d?.start ?? '' });
  const end = el('input', { type: 'date', name: 'end', value: d?.end ?? '' });
  const precision = el('select', { name: 'precision' }, ...['day', 'week', 'month', 'year'].map((p) => option(p, p, p === (d?.precision ?? 'day'))));
  const loc = incident.location;
  const place = el('input', { type: 'text', name: 'place', value: loc?.name ?? '', maxlength: 200 });
  const admin1 = el('input', { type: 'text', name: 'admin1', value: loc?.admin1 ?? '', maxlength: 200 });
  const country = el('input', { type: 'text', name: 'country', value: loc?.country ?? '', maxlength: 100 });
  const code = el('input', { type: 'text', name: 'countryCode', value: loc?.countryCode ?? '', pattern: '[A-Z]{2}', maxlength: 2, size: 3 });
  const lat = el('input', { type: 'number', name: 'lat', value: loc?.lat ?? '', step: 'any', min: -90, max: 90 });
  const lon = el('input', { type: 'number', name: 'lon', value: loc?.lon ?? '', step: 'any', min: -180, max: 180 });
  const geo = el('select', { name: 'geoPrecision' }, ...['exact', 'near', 'admin2', 'admin1', 'country'].map((p) => option(p, p, p === (loc?.precision ?? 'exact'))));
  const rule = el('select', { name: 'rule' }, ...taxonomy.rules.map((r) => option(r, r, r === incident.rule)));

  const actorRows = el('div', { class: 'actor-rows' });
  const roles = ['perpetrator', 'target', 'victim', 'other'] as const;
  const addActor = (name: string, role: string) => {
    const nameInput = el('input', { type: 'text', name: 'actorName', value: name, maxlength: 200, 'aria-label': 'Actor name' });
    const roleSelect = el('select', { name: 'actorRole', 'aria-label': 'Actor role' }, ...roles.map((r) => option(r, r, r === role)));
    const remove = el('button', { type: 'button', class: 'small', 'aria-label': 'Remove actor' }, '×');
    const row = el('div', { class: 'actor-row' }, nameInput, roleSelect, remove);
    remove.addEventListener('click', () => row.remove());
    actorRows.append(row);
  };
  for (const a of incident.actors) addActor(a.name, a.role);
  const more = el('button', { type: 'button', class: 'small' }, 'Add actor');
  more.addEventListener('click', () => addActor('', 'perpetrator'));
  const actorsKey = (list: { name: string; role: string }[]) => JSON.stringify(list.map((a) => [a.name, a.role]));
  const before = actorsKey(incident.actors);

  const form = el('form', { class: 'review-form edit-form', id: 'edit-form', 'aria-label': 'Edit incident' },
    el('fieldset', {}, el('legend', {}, 'Event'), field('Sub-event type (sets the event type)', sub), field('Toll rule', rule)),
    el('fieldset', {}, el('legend', {}, 'Date'), field('Start', start), field('End', end), field('Precision', precision)),
    el('fieldset', {}, el('legend', {}, 'Place'), field('Name', place), field('Region (admin1)', admin1), field('Country', country), field('Country code', code),
      field('Latitude', lat), field('Longitude', lon), field('Precision', geo)),
    el('fieldset', {}, el('legend', {}, 'Actors'), actorRows, more),
    el('button', { type: 'submit' }, 'Save changes'));

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const change: IncidentPatchT = {};
    if (sub.value !== incident.subEventType) change.subEventType = sub.value;
    if (rule.value !== incident.rule) change.rule = rule.value as IncidentPatchT['rule'];
    if (start.value && end.value && (start.value !== d?.start || end.value !== d?.end || precision.value !== d?.precision)) {
      change.date = { start: start.value, end: end.value, precision: precision.value as 'day' };
    }
    const placeChanged = !loc || place.value !== loc.name || admin1.value !== (loc.admin1 ?? '') || country.value !== loc.country || code.value !== loc.countryCode
      || Number(lat.value) !== loc.lat || Number(lon.value) !== loc.lon || geo.value !== loc.precision;
    if (place.value.trim() && lat.value !== '' && lon.value !== '' && placeChanged) {
      change.location = {
        name: place.value.trim(), admin1: admin1.value.trim() || null, country: country.value.trim(), countryCode: code.value.trim().toUpperCase(),
        lat: Number(lat.value), lon: Number(lon.value), precision: geo.value as 'exact',
      };
    }
    const actors = [...actorRows.querySelectorAll('.actor-row')].map((row) => ({
      name: (row.querySelector('input') as HTMLInputElement).value.trim(),
      role: (row.querySelector('select') as HTMLSelectElement).value as 'other',
    })).filter((a) => a.name !== '');
    if (actorsKey(actors) !== before) change.actors = actors;
    if (Object.keys(change).length === 0) {
      announce('Nothing to save: no field was changed.');
      return;
    }
    void run(() => patch(`/api/incidents/${incident.id}`, change), `Incident ${incident.id} edited.`);
  });
  return form;
}
