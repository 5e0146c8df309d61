/**
 * Okabe & Ito's colour-blind-safe palette. Vermillion is kept for red lines alone, so that
 * communities never share its colour; red lines are also dashed, so colour is never the only cue.
 */
export const OKABE_ITO = {
  orange: '#E69F00',
  skyBlue: '#56B4E9',
  bluishGreen: '#009E73',
  yellow: '#F0E442',
  blue: '#0072B2',
  vermillion: '#D55E00',
  reddishPurple: '#CC79A7',
  black: '#000000',
} as const;

export const RED_LINE = OKABE_ITO.vermillion;
export const EDGE_GREY = '#6b6b6b';
export const OTHER_COMMUNITY = '#c8c8c8';

const COMMUNITY_COLOURS = [
  OKABE_ITO.blue,
  OKABE_ITO.orange,
  OKABE_ITO.bluishGreen,
  OKABE_ITO.reddishPurple,
  OKABE_ITO.skyBlue,
  OKABE_ITO.yellow,
  OKABE_ITO.black,
];

/** The colour of the community ranked `rank` by size (0 = largest); grey past the palette. */
export function communityColour(rank: number): string {
  return COMMUNITY_COLOURS[rank] ?? OTHER_COMMUNITY;
}

export const COMMUNITY_COLOUR_COUNT = COMMUNITY_COLOURS.length;

/** Viridis, reversed: 0 light yellow ... 1 dark purple; readable in every common colour blindness. */
const VIRIDIS = ['#fde725', '#5ec962', '#21918c', '#3b528b', '#440154'];

function channel(hex: string, index: number): number {
  return parseInt(hex.slice(1 + index * 2, 3 + index * 2), 16);
}

export function sequential(t: number): string {
  const x = Math.min(1, Math.max(0, t)) * (VIRIDIS.length - 1);
  const i = Math.min(VIRIDIS.length - 2, Math.floor(x));
  const f = x - i;
  const mix = [0, 1, 2].map((c) =>
    Math.round(channel(VIRIDIS[i], c) + f * (channel(VIRIDIS[i + 1], c) - channel(VIRIDIS[i], c))),
  );
  return `#${mix.map((v) => v.toString(16).padStart(2, '0')).join('')}`;
}

export const SEQUENTIAL_STOPS = VIRIDIS;
