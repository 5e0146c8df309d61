import { activate, fmt, fmtDate, svg, wrap } from './dom';
import { FONT } from './network/graph';
import { OKABE_ITO, RED_LINE } from './palette';
import { AgreementZone, IssueSummary, ZonePosition } from './types';

const W = 820;
const X0 = 210;
const X1 = W - 30;
const ROW = 32;
const x = (value: number) => X0 + (value / 100) * (X1 - X0);

function endLabels(zone: AgreementZone, y: number): { group: SVGGElement; height: number } {
  const left = wrap(`0 = ${zone.issue.scaleMin}`, 46);
  const right = wrap(`100 = ${zone.issue.scaleMax}`, 46);
  const group = svg('g', { 'font-size': 11, fill: '#333333' });
  left.forEach((line, i) => group.append(svg('text', { x: X0, y: y + 14 * i }, line)));
  right.forEach((line, i) => group.append(svg('text', { x: X1, y: y + 14 * i, 'text-anchor': 'end' }, line)));
  return { group, height: 14 * Math.max(left.length, right.length) };
}

function axis(y: number): SVGGElement {
  const group = svg('g', { 'font-size': 10, fill: '#555555' });
  group.append(svg('line', { x1: x(0), y1: y, x2: x(100), y2: y, stroke: '#777777' }));
  for (const tick of [0, 25, 50, 75, 100]) {
    group.append(
      svg('line', { x1: x(tick), y1: y - 4, x2: x(tick), y2: y + 4, stroke: '#777777' }),
      svg('text', { x: x(tick), y: y - 7, 'text-anchor': 'middle' }, String(tick)),
    );
  }
  return group;
}

function row(
  position: ZonePosition,
  y: number,
  zone: AgreementZone,
  onActor: (id: string) => void,
): SVGGElement {
  const holder = position.holder;
  const { acceptableMin: lo, acceptableMax: hi } = position;
  const facts = `${holder.name}: value ${fmt(position.value)}, acceptable ${lo === null ? 'unknown' : `${fmt(lo)}–${fmt(hi)}`}${position.redLine ? ', red line' : ''}`;
  const group = svg('g', { class: 'issue-row', 'data-holder': holder.id, 'aria-label': facts });
  group.append(svg('title', {}, facts));
  const name = holder.__typename === 'Proposal' ? `${holder.name} (proposal)` : holder.name;
  group.append(svg('text', { x: X0 - 12, y: y + 4, 'text-anchor': 'end', 'font-size': 12 }, name));
  if (position.redLine) {
    group.append(
      svg(
        'text',
        { x: X0 - 12, y: y + 16, 'text-anchor': 'end', 'font-size': 10, fill: RED_LINE },
        'red line',
      ),
    );
  }
  group.append(svg('line', { x1: x(0), y1: y, x2: x(100), y2: y, stroke: '#e4e4e4' }));
  if (lo !== null && hi !== null) {
    group.append(
      svg('rect', {
        x: x(lo),
        y: y - 7,
        width: Math.max(2, x(hi) - x(lo)),
        height: 14,
        fill: position.redLine ? RED_LINE : OKABE_ITO.skyBlue,
        'fill-opacity': position.redLine ? 0.25 : 0.45,
        stroke: position.redLine ? RED_LINE : OKABE_ITO.blue,
        'stroke-width': position.redLine ? 2.5 : 1,
      }),
    );
    if (zone.floorSetter?.id === holder.id && zone.lower !== null) {
      group.append(
        svg('line', {
          x1: x(zone.lower),
          y1: y - 11,
          x2: x(zone.lower),
          y2: y + 11,
          stroke: '#000',
          'stroke-width': 3,
        }),
      );
    }
    if (zone.ceilingSetter?.id === holder.id && zone.upper !== null) {
      group.append(
        svg('line', {
          x1: x(zone.upper),
          y1: y - 11,
          x2: x(zone.upper),
          y2: y + 11,
          stroke: '#000',
          'stroke-width': 3,
        }),
      );
    }
  }
  group.append(
    svg('circle', {
      cx: x(position.value),
      cy: y,
      r: 6,
      fill: '#111111',
      stroke: '#ffffff',
      'stroke-width': 1.5,
    }),
  );
  if (holder.__typename === 'Actor') {
    group.setAttribute('tabindex', '0');
    group.setAttribute('role', 'button');
    group.setAttribute('cursor', 'pointer');
    activate(group, () => onActor(holder.id));
  }
  return group;
}

/** Every position on the issue's 0–100 scale, the zone of agreement or the deadlock gap, and the predicted outcome. */
export function issueChart(
  zone: AgreementZone,
  summary: IssueSummary,
  onActor: (id: string) => void,
): SVGSVGElement {
  const positions = [...zone.positions].sort(
    (a, b) => a.value - b.value || a.holder.name.localeCompare(b.holder.name),
  );
  const title = svg(
    'text',
    { x: 12, y: 20, 'font-size': 15, 'font-weight': 'bold' },
    `${zone.issue.name} — as of ${fmtDate(zone.asOf)}`,
  );
  const ends = endLabels(zone, 44);
  const axisY = 44 + ends.height + 16;
  const top = axisY + 26;
  const bottom = top + ROW * Math.max(1, positions.length) - ROW / 2;
  const height = bottom + 86;
  const root = svg('svg', {
    xmlns: 'http://www.w3.org/2000/svg',
    viewBox: `0 0 ${W} ${height}`,
    width: W,
    height,
    'font-family': FONT,
    role: 'group',
    'aria-label': `Positions on ${zone.issue.name}`,
  });
  root.append(
    svg(
      'defs',
      {},
      svg(
        'pattern',
        {
          id: 'deadlock-hatch',
          width: 8,
          height: 8,
          patternUnits: 'userSpaceOnUse',
          patternTransform: 'rotate(45)',
        },
        svg('rect', { width: 8, height: 8, fill: '#ffffff' }),
        svg('line', {
          x1: 0,
          y1: 0,
          x2: 0,
          y2: 8,
          stroke: RED_LINE,
          'stroke-width': 3,
          'stroke-opacity': 0.6,
        }),
      ),
    ),
    svg('rect', { width: W, height, fill: '#ffffff' }),
    title,
    ends.group,
    axis(axisY),
  );
  const bandTop = top - 16;
  const bandHeight = bottom - top + 32;
  let bandLabel = 'no known acceptable range: no zone';
  if (zone.lower !== null && zone.upper !== null) {
    const [from, to] = zone.deadlock ? [zone.upper, zone.lower] : [zone.lower, zone.upper];
    root.append(
      svg('rect', {
        class: zone.deadlock ? 'deadlock-band' : 'zone-band',
        x: x(from),
        y: bandTop,
        width: Math.max(2, x(to) - x(from)),
        height: bandHeight,
        fill: zone.deadlock ? 'url(#deadlock-hatch)' : OKABE_ITO.bluishGreen,
        'fill-opacity': zone.deadlock ? 0.8 : 0.2,
      }),
    );
    bandLabel = zone.deadlock
      ? `Deadlock: gap ${fmt(zone.gap)} between ${fmt(zone.upper)} and ${fmt(zone.lower)}`
      : `Zone of agreement: ${fmt(zone.lower)}–${fmt(zone.upper)}`;
  }
  positions.forEach((position, i) => root.append(row(position, top + i * ROW, zone, onActor)));
  const outcome = summary.predictedOutcome;
  if (outcome !== null) {
    root.append(
      svg('line', {
        x1: x(outcome),
        y1: bandTop,
        x2: x(outcome),
        y2: bottom + 20,
        stroke: OKABE_ITO.blue,
        'stroke-width': 2,
        'stroke-dasharray': '5 4',
      }),
    );
  }
  const legend = svg('g', { 'font-size': 11, transform: `translate(0 ${bottom + 40})` });
  legend.append(
    svg(
      'text',
      { x: X0, y: 0, 'font-weight': 'bold', fill: zone.deadlock ? RED_LINE : '#1b6e55' },
      bandLabel,
    ),
    svg(
      'text',
      { x: X0, y: 16, fill: OKABE_ITO.blue },
      outcome === null
        ? 'No predicted outcome (weights sum to 0)'
        : `- - predicted outcome ${fmt(outcome, 1)} (${summary.outcomeRule.toLowerCase()}, capability × salience)`,
    ),
    svg(
      'text',
      { x: X0, y: 32, fill: '#444444' },
      'bar: acceptable range · dot: position · vermillion bar: red line · black tick: floor/ceiling of the zone',
    ),
  );
  root.append(legend);
  return root;
}
