import fs from 'node:fs';
import path from 'node:path';
import { TestApp } from '../support/test-app';
import {
  ARTIFACTS,
  attributeIs,
  clickDrawn,
  Dashboard,
  dashboardSuite,
  loadSeed,
  openDashboard,
  screenshot,
  waitUntilReady,
} from './browser';

interface Quote {
  quote: string;
}

describe('dashboard on the seed: network, details, issue and matrix views', () => {
  let app: TestApp;
  let dashboard: Dashboard;

  dashboardSuite(async (started, browser) => {
    app = started;
    await loadSeed(app);
    dashboard = await openDashboard(browser, app);
  });

  it('serves the page at / and its files from the same server', async () => {
    const page = await fetch(`${app.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<script src="/dashboard/app.js">');
    expect((await fetch(`${app.url}/dashboard/app.js`)).headers.get('content-type')).toMatch(/javascript/);
    expect((await fetch(`${app.url}/dashboard/.built`)).status).toBe(404);
    expect((await fetch(`${app.url}/dashboard/..%2Fpackage.json`)).status).toBe(404);
  });

  it('draws one node per actor of the API network, and its edges', async () => {
    const { disagreementNetwork: api } = await app.data<{
      disagreementNetwork: { nodes: { id: string }[]; edges: { redLineConflicts: number }[] };
    }>('{ disagreementNetwork { nodes { id } edges { redLineConflicts } } }');
    const network = dashboard.page.locator('#network');
    expect(api.nodes.length).toBeGreaterThan(2);
    await attributeIs(network, 'data-node-count', String(api.nodes.length));
    await attributeIs(network, 'data-edge-count', String(api.edges.length));
    const redLines = api.edges.filter((edge) => edge.redLineConflicts > 0).length;
    await attributeIs(network, 'data-red-line-edge-count', String(redLines));
    await expectText(dashboard, '#network-legend', 'Red-line conflict');
    await screenshot(dashboard.page, 'network');
  });

  it('shows Russia’s positions with the article’s quotes when Russia is clicked', async () => {
    const { actor } = await app.data<{ actor: { positions: { evidence: Quote[] }[] } }>(
      '{ actor(id: "russia") { positions { evidence { quote } } } }',
    );
    const quotes = actor.positions.flatMap((position) => position.evidence.map((item) => item.quote));
    await clickDrawn(dashboard.page, 'node', 'russia');
    const panel = dashboard.page.locator('#details [data-actor="russia"]');
    await panel.waitFor();
    const text = await panel.innerText();
    expect(text).toContain('Russia');
    expect(quotes.length).toBeGreaterThan(0);
    for (const quote of quotes) expect(text).toContain(`“${quote}”`);
    await screenshot(dashboard.page, 'actor-russia');
  });

  it('breaks an edge down per issue with the evidence on both sides when it is clicked', async () => {
    const { divergence } = await app.data<{
      divergence: { perIssue: { positionA: { evidence: Quote[] }; positionB: { evidence: Quote[] } }[] };
    }>(
      '{ divergence(a: "russia", b: "ukraine") { perIssue { positionA { evidence { quote } } positionB { evidence { quote } } } } }',
    );
    await clickDrawn(dashboard.page, 'edge', 'russia|ukraine');
    const panel = dashboard.page.locator('#details [data-pair="russia|ukraine"]');
    await panel.waitFor();
    expect(await panel.locator('section.position').count()).toBe(divergence.perIssue.length);
    const text = await panel.innerText();
    for (const row of divergence.perIssue) {
      for (const item of [...row.positionA.evidence, ...row.positionB.evidence])
        expect(text).toContain(item.quote);
    }
    await screenshot(dashboard.page, 'edge-russia-ukraine');
  });

  it('shows the deadlock on the contested regions with its binding pair and the predicted outcome', async () => {
    const { agreementZone: zone } = await app.data<{
      agreementZone: {
        deadlock: boolean;
        gap: number;
        floorSetter: { name: string };
        ceilingSetter: { name: string };
      };
    }>(
      '{ agreementZone(issue: "territory-contested-regions") { deadlock gap floorSetter { name } ceilingSetter { name } } }',
    );
    expect(zone.deadlock).toBe(true);
    const { page } = dashboard;
    await page.click('#tab-issue');
    await page.selectOption('#issue-select', 'territory-contested-regions');
    await attributeIs(page.locator('#issue-chart'), 'data-deadlock', 'true');
    const summary = await page.locator('#issue-summary').innerText();
    expect(summary).toContain('Deadlock');
    expect(summary).toContain(`Gap ${zone.gap}`);
    expect(summary).toContain(`Binding pair: ${zone.floorSetter.name} and ${zone.ceilingSetter.name}`);
    expect(summary).toContain('Predicted outcome');
    const chart = await page.locator('#issue-chart').innerHTML();
    expect(chart).toContain('deadlock-band');
    expect(chart).toContain('0 = Ukraine keeps or regains full control');
    await screenshot(page, 'issue-territory-contested-regions');
  });

  it('draws the divergence matrix in community order', async () => {
    const { page } = dashboard;
    await page.click('#tab-matrix');
    const matrix = page.locator('#matrix');
    await matrix.locator('svg').waitFor();
    const n = Number(await matrix.getAttribute('data-actor-count'));
    expect(n).toBeGreaterThan(2);
    expect(await matrix.locator('rect.cell').count()).toBe(n * (n - 1));
    await screenshot(page, 'matrix');
  });

  it('saves the view on screen as PNG and SVG, and links the data exports', async () => {
    const { page } = dashboard;
    await page.click('#tab-network');
    await waitUntilReady(dashboard);
    for (const kind of ['png', 'svg']) {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#export-${kind}`)]);
      const file = path.join(ARTIFACTS, `export-${download.suggestedFilename()}`);
      await download.saveAs(file);
      const bytes = fs.readFileSync(file);
      if (kind === 'png') expect(bytes.subarray(1, 4).toString()).toBe('PNG');
      else expect(bytes.toString()).toContain('Russia');
    }
    expect(await page.getAttribute('#export-json', 'href')).toBe('/export/json');
    expect(await page.getAttribute('#export-graphml', 'href')).toBe('/export/graphml');
    expect(await page.getAttribute('#export-csv', 'href')).toBe('/export/csv');
  });

  it('loaded nothing from outside the server and threw no script error', () => {
    expect(dashboard.outside).toEqual([]);
    expect(dashboard.errors).toEqual([]);
  });
});

async function expectText(dashboard: Dashboard, selector: string, text: string): Promise<void> {
  expect(await dashboard.page.locator(selector).innerText()).toContain(text);
}
