import { byId, fmt, h } from './dom';
import { issueChart } from './issue-chart';
import { IssueAnalysis } from './queries';
import { AgreementZone, IssueSummary } from './types';

function zoneText(zone: AgreementZone): HTMLElement {
  const floor = zone.floorSetter?.name ?? 'no one';
  const ceiling = zone.ceilingSetter?.name ?? 'no one';
  if (zone.lower === null || zone.upper === null) {
    return h('p', {}, 'No party has a known acceptable range on this issue, so there is no zone to compute.');
  }
  if (zone.deadlock) {
    return h(
      'p',
      { class: 'deadlock' },
      h('strong', {}, 'Deadlock: '),
      `no outcome is acceptable to every party. Gap ${fmt(zone.gap)} between the floor ${fmt(zone.lower)} `,
      `(the highest acceptable minimum, set by ${floor}) and the ceiling ${fmt(zone.upper)} `,
      `(the lowest acceptable maximum, set by ${ceiling}). Binding pair: ${floor} and ${ceiling}.`,
    );
  }
  return h(
    'p',
    { class: 'zone' },
    h('strong', {}, 'Zone of possible agreement: '),
    `${fmt(zone.lower)}–${fmt(zone.upper)} (floor set by ${floor}, ceiling by ${ceiling}).`,
  );
}

function summaryText(summary: IssueSummary): HTMLElement {
  const rule = summary.outcomeRule === 'MEDIAN' ? 'weighted median' : 'capability × salience weighted mean';
  return h(
    'p',
    {},
    h('strong', {}, 'Predicted outcome: '),
    summary.predictedOutcome === null
      ? 'none (the weights sum to 0).'
      : `${fmt(summary.predictedOutcome, 1)} on the 0–100 scale (${rule}, over ${summary.n} positions). `,
    `Salience-weighted mean ${fmt(summary.weightedMean, 1)}, standard deviation ${fmt(summary.weightedStdDev, 1)}, `,
    `range ${fmt(summary.range, 1)}, Esteban–Ray polarization ${fmt(summary.estebanRay, 3)}.`,
  );
}

/** The issue view: the chart, then in words what it shows. */
export class IssueView {
  private readonly chart = byId('issue-chart');
  private readonly text = byId('issue-summary');
  current: SVGSVGElement | null = null;

  show(analysis: IssueAnalysis, onActor: (id: string) => void): void {
    const { agreementZone: zone, issueSummary: summary } = analysis;
    this.current = issueChart(zone, summary, onActor);
    this.chart.replaceChildren(this.current);
    this.chart.dataset.deadlock = String(zone.deadlock);
    const excluded = zone.excluded.map((actor) => actor.name).join(', ');
    this.text.replaceChildren(
      h(
        'div',
        {},
        zoneText(zone),
        summaryText(summary),
        excluded &&
          h('p', { class: 'muted' }, `Left out of the zone (no known acceptable range): ${excluded}.`),
        zone.issue.description && h('p', { class: 'muted' }, zone.issue.description),
      ),
    );
  }

  empty(message: string): void {
    this.current = null;
    this.chart.replaceChildren(h('p', { class: 'muted' }, message));
    this.text.replaceChildren();
  }
}
