import { fmt, fmtDate, h } from '../dom';
import { PairDivergence } from '../types';
import { evidenceList, positionFacts, scaleStrip, SIDE_COLOURS } from './evidence';

function swatch(colour: string): HTMLElement {
  return h('span', { class: 'swatch', style: `background:${colour}`, 'aria-hidden': 'true' });
}

/** divergence(a, b) issue by issue: both positions on the scale, and the evidence of each side. */
export function pairPanel(pair: PairDivergence): HTMLElement {
  const [colourA, colourB] = SIDE_COLOURS;
  return h(
    'article',
    { class: 'panel', 'data-pair': `${pair.a.id}|${pair.b.id}` },
    h('h2', {}, `${pair.a.name} ↔ ${pair.b.name}`),
    h(
      'p',
      {},
      `Divergence D = ${fmt(pair.divergence, 3)} over ${pair.sharedIssues} shared issue(s)`,
      pair.redLineConflicts ? `, ${pair.redLineConflicts} red-line conflict(s)` : '',
      ` · as of ${fmtDate(pair.asOf)}`,
    ),
    h('p', { class: 'muted' }, 'D = Σ w·d / Σ w, d = |vₐ − v_b| / 100, w = mean salience.'),
    h('p', { class: 'key' }, swatch(colourA), ` ${pair.a.name}  `, swatch(colourB), ` ${pair.b.name}`),
    ...pair.perIssue.map((row) =>
      h(
        'section',
        { class: 'position', 'data-issue': row.issue.id },
        h('h4', {}, row.issue.name),
        h('p', { class: 'facts' }, `distance d = ${fmt(row.distance, 3)} · weight w = ${fmt(row.weight, 3)}`),
        scaleStrip(
          [
            { position: row.positionA, colour: colourA },
            { position: row.positionB, colour: colourB },
          ],
          [row.issue.scaleMin, row.issue.scaleMax],
        ),
        h(
          'p',
          { class: 'scale-ends' },
          h('span', {}, `0: ${row.issue.scaleMin}`),
          h('span', {}, `100: ${row.issue.scaleMax}`),
        ),
        h(
          'div',
          { class: 'sides' },
          h(
            'div',
            {},
            h('h5', {}, swatch(colourA), ` ${pair.a.name}`),
            h('p', { class: 'facts' }, positionFacts(row.positionA)),
            evidenceList(row.positionA),
          ),
          h(
            'div',
            {},
            h('h5', {}, swatch(colourB), ` ${pair.b.name}`),
            h('p', { class: 'facts' }, positionFacts(row.positionB)),
            evidenceList(row.positionB),
          ),
        ),
      ),
    ),
  );
}
