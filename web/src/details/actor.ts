import { fmt, fmtDate, h } from '../dom';
import { ActorDetail } from '../types';
import { evidenceList, positionFacts, scaleStrip, SIDE_COLOURS } from './evidence';

/** An actor's positions at asOf, issue by issue, with the quotes that evidence them. */
export function actorPanel(actor: ActorDetail, asOf: string | null): HTMLElement {
  const positions = [...actor.positions].sort(
    (a, b) => b.salience - a.salience || a.issue.name.localeCompare(b.issue.name),
  );
  return h(
    'article',
    { class: 'panel', 'data-actor': actor.id },
    h('h2', {}, actor.name),
    h(
      'p',
      { class: 'muted' },
      `${actor.kind.toLowerCase()} · capability ${fmt(actor.capability)}`,
      actor.aliases.length ? ` · also ${actor.aliases.join(', ')}` : '',
    ),
    actor.description ? h('p', {}, actor.description) : null,
    h('h3', {}, `Positions as of ${fmtDate(asOf)} (${positions.length})`),
    positions.length === 0 ? h('p', { class: 'muted' }, 'No position at this date.') : null,
    ...positions.map((position) =>
      h(
        'section',
        { class: 'position', 'data-issue': position.issue.id },
        h(
          'h4',
          {},
          position.issue.name,
          position.redLine ? h('span', { class: 'badge red' }, 'red line') : null,
        ),
        scaleStrip(
          [{ position, colour: SIDE_COLOURS[0] }],
          [position.issue.scaleMin, position.issue.scaleMax],
        ),
        h(
          'p',
          { class: 'scale-ends' },
          h('span', {}, `0: ${position.issue.scaleMin}`),
          h('span', {}, `100: ${position.issue.scaleMax}`),
        ),
        h('p', { class: 'facts' }, positionFacts(position)),
        evidenceList(position),
      ),
    ),
  );
}
