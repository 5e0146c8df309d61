import { fmt, fmtDate, h, svg } from '../dom';
import { OKABE_ITO, RED_LINE } from '../palette';
import { Evidence, PositionInfo } from '../types';

/** One line of numbers about a position, as the API gives them. */
export function positionFacts(position: PositionInfo): string {
  const range =
    position.acceptableMin !== null && position.acceptableMax !== null
      ? `acceptable ${fmt(position.acceptableMin)}–${fmt(position.acceptableMax)}`
      : 'acceptable range unknown';
  return [
    `value ${fmt(position.value)}`,
    range,
    position.redLine ? 'red line' : null,
    `salience ${fmt(position.salience)}`,
    `since ${fmtDate(position.validFrom)}`,
  ]
    .filter(Boolean)
    .join(' · ');
}

interface Mark {
  position: PositionInfo;
  colour: string;
}

/** Positions on a 0–100 strip: the acceptable range as a bar (vermillion edge for a red line), the value as a dot. */
export function scaleStrip(marks: Mark[], labels?: [string, string]): SVGSVGElement {
  const width = 300;
  const x = (value: number) => 10 + (value / 100) * (width - 20);
  const rowHeight = 14;
  const height = 14 + rowHeight * marks.length;
  const root = svg('svg', {
    class: 'strip',
    viewBox: `0 0 ${width} ${height}`,
    width,
    height,
    role: 'img',
    'aria-label': labels ? `0 = ${labels[0]}; 100 = ${labels[1]}` : 'position on the 0–100 scale',
  });
  root.append(svg('line', { x1: x(0), y1: 6, x2: x(100), y2: 6, stroke: '#888888' }));
  for (const tick of [0, 50, 100]) {
    root.append(svg('line', { x1: x(tick), y1: 2, x2: x(tick), y2: 10, stroke: '#888888' }));
  }
  marks.forEach(({ position, colour }, i) => {
    const y = 14 + i * rowHeight;
    if (position.acceptableMin !== null && position.acceptableMax !== null) {
      root.append(
        svg('rect', {
          x: x(position.acceptableMin),
          y: y + 1,
          width: Math.max(2, x(position.acceptableMax) - x(position.acceptableMin)),
          height: rowHeight - 4,
          fill: colour,
          'fill-opacity': 0.3,
          stroke: position.redLine ? RED_LINE : colour,
          'stroke-width': position.redLine ? 2.5 : 1,
        }),
      );
    }
    root.append(
      svg('circle', {
        cx: x(position.value),
        cy: y + rowHeight / 2 - 1,
        r: 5,
        fill: colour,
        stroke: '#111111',
      }),
    );
  });
  return root;
}

function citation(evidence: Evidence): HTMLElement {
  const source = evidence.source;
  const name = [source.publisher, source.title].filter(Boolean).join(' — ');
  const when = source.publishedAt ? `, ${fmtDate(source.publishedAt)}` : '';
  const label = `${name}${when} (reliability ${source.reliability})`;
  const link = source.url
    ? h('a', { href: source.url, target: '_blank', rel: 'noopener noreferrer' }, label)
    : h('span', {}, label);
  return h('cite', {}, link);
}

/** The statement and the verbatim quotes with their sources (linked when a url exists). */
export function evidenceList(position: PositionInfo): HTMLElement {
  return h(
    'div',
    { class: 'evidence' },
    position.statement ? h('p', { class: 'statement' }, position.statement) : null,
    ...position.evidence.map((item) =>
      h('blockquote', { class: 'quote' }, h('p', {}, `“${item.quote}”`), citation(item)),
    ),
    position.evidence.length === 0 ? h('p', { class: 'muted' }, 'No quote recorded.') : null,
  );
}

export const SIDE_COLOURS = [OKABE_ITO.blue, OKABE_ITO.orange] as const;
