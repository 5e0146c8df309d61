import { TestApp } from '../support/test-app';
import { attributeIs, Dashboard, dashboardSuite, loadSeed, openDashboard, screenshot } from './browser';

const SHIFT = '2025-12-10T00:00:00.000Z';
const BEFORE = '2025-12-03T00:00:00.000Z';

async function redLineEdges(app: TestApp, asOf: string | null): Promise<number> {
  const { disagreementNetwork } = await app.data<{
    disagreementNetwork: { edges: { redLineConflicts: number }[] };
  }>('query($asOf: DateTime) { disagreementNetwork(asOf: $asOf) { edges { redLineConflicts } } }', { asOf });
  return disagreementNetwork.edges.filter((edge) => edge.redLineConflicts > 0).length;
}

describe('dashboard over time: the asOf slider replays recorded shifts', () => {
  let app: TestApp;
  let dashboard: Dashboard;

  dashboardSuite(async (started, browser) => {
    app = started;
    await loadSeed(app);
    // The seed records no shift: Russia softens its stance on the contested regions after the talks.
    await app.data(
      `mutation {
        recordPosition(input: {
          holder: "russia", issue: "territory-contested-regions", value: 50, acceptableMin: 30,
          acceptableMax: 70, redLine: false, salience: 0.8, validFrom: "${SHIFT}",
          statement: "A softer stance, recorded by the dashboard test"
        }) { id }
      }`,
    );
    dashboard = await openDashboard(browser, app);
  });

  it('offers the dates where positions changed, then now', async () => {
    const slider = dashboard.page.locator('#as-of');
    await slider.and(dashboard.page.locator(':enabled')).waitFor();
    // 2025-11-24, 2025-12-02, 2025-12-03 from the seed, and the shift; the last step is now.
    expect(await slider.getAttribute('max')).toBe('4');
    expect(await dashboard.page.locator('#as-of-label').innerText()).toBe('now');
  });

  it('draws a different network before the shift, as the API answers it', async () => {
    const { page } = dashboard;
    const network = page.locator('#network');
    const now = await redLineEdges(app, null);
    const before = await redLineEdges(app, BEFORE);
    expect(before).not.toBe(now);
    await attributeIs(network, 'data-red-line-edge-count', String(now));
    await screenshot(page, 'time-now');

    await page.focus('#as-of');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await page.locator('#as-of-label').innerText()).toBe('2025-12-03');
    await attributeIs(network, 'data-as-of', BEFORE);
    await attributeIs(network, 'data-red-line-edge-count', String(before));
    await screenshot(page, 'time-before-shift');

    await page.keyboard.press('ArrowRight');
    await attributeIs(network, 'data-as-of', SHIFT);
    await attributeIs(network, 'data-red-line-edge-count', String(now));
  });

  it('plays the dates from the first one', async () => {
    const { page } = dashboard;
    await page.focus('#as-of');
    await page.keyboard.press('End');
    await page.click('#play');
    expect(await page.getAttribute('#play', 'aria-pressed')).toBe('true');
    await attributeIs(page.locator('#network'), 'data-as-of', '2025-11-24T00:00:00.000Z');
    await page.click('#play');
    expect(await page.getAttribute('#play', 'aria-pressed')).toBe('false');
    expect(dashboard.errors).toEqual([]);
  });
});
