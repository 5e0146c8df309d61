import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Browser, chromium, Locator, Page } from 'playwright-core';
import { DatasetsService } from '../../src/datasets/datasets.service';
import { TestApp } from '../support/test-app';

const root = path.resolve(__dirname, '../..');
export const ARTIFACTS = path.join(root, 'test', 'artifacts', 'dashboard');
export const CHROMIUM = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
/** Long enough for a first apt-get install of Chromium on a fresh machine. */
export const SETUP_TIMEOUT_MS = 20 * 60_000;

/** Headless, and no background connections: this machine reaches no network but loopback. */
const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

function apt(args: string[]): void {
  const result = spawnSync('apt-get', args, {
    env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
    timeout: SETUP_TIMEOUT_MS - 60_000,
  });
  if (result.status !== 0) {
    const output = `${result.stdout ?? ''}${result.stderr ?? ''}`.slice(-2000);
    throw new Error(
      `apt-get ${args.join(' ')} failed; install Chromium by hand (apt-get install chromium):\n${output}`,
    );
  }
}

/** Debian's Chromium at /usr/bin/chromium (or CHROMIUM_PATH), installed with apt-get when missing. */
export function ensureChromium(): string {
  if (fs.existsSync(CHROMIUM)) return CHROMIUM;
  if (process.env.CHROMIUM_PATH || process.getuid?.() !== 0) {
    throw new Error(
      `The dashboard tests need Chromium at ${CHROMIUM}. Install Debian's package ` +
        '(sudo apt-get install chromium) or point CHROMIUM_PATH at a Chromium or Chrome binary.',
    );
  }
  process.stderr.write('dashboard tests: installing Debian chromium (apt-get)...\n');
  apt(['update']);
  apt(['install', '-y', 'chromium']);
  if (!fs.existsSync(CHROMIUM)) throw new Error(`apt-get installed chromium, but ${CHROMIUM} is missing`);
  return CHROMIUM;
}

/** Builds web/ into web/dist when it is missing or older than its sources (as npm start does). */
export function ensureWebBuilt(): void {
  const result = spawnSync(
    process.execPath,
    ['--input-type=module', '-e', "(await import('./scripts/bootstrap.mjs')).ensureWebBuilt()"],
    { cwd: root, stdio: 'inherit' },
  );
  if (result.status !== 0) throw new Error('the dashboard build failed: see the output above');
}

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: ensureChromium(), headless: true, args: FLAGS });
}

/**
 * The app and a Chromium for the enclosing `describe`: started before its tests, then `prepare`
 * readies them (loads data, opens the dashboard); after the tests the browser is closed and the
 * database emptied (no data or API key left for later suites).
 */
export function dashboardSuite(prepare: (app: TestApp, browser: Browser) => Promise<void>): void {
  let app: TestApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    ensureWebBuilt();
    browser = await launchBrowser();
    app = await TestApp.start();
    await prepare(app, browser);
  }, SETUP_TIMEOUT_MS);
  afterAll(async () => {
    await browser?.close();
    try {
      await app?.reset();
    } finally {
      await app?.stop();
    }
  });
}

export async function loadSeed(app: TestApp): Promise<void> {
  await app.reset();
  const seed: unknown = JSON.parse(fs.readFileSync(path.join(root, 'seeds/ukraine-talks-2025.json'), 'utf8'));
  await app.app.get(DatasetsService).import(seed);
}

export interface Dashboard {
  page: Page;
  /** Requests to anything but the app: must stay empty (the page works offline). */
  outside: string[];
  errors: string[];
}

/** A page of its own at a laptop's size, recording requests that leave the app and script errors. */
export async function openDashboard(browser: Browser, app: TestApp, wait = 'ready'): Promise<Dashboard> {
  const page = await browser.newPage({ viewport: { width: 1366, height: 820 } });
  const outside: string[] = [];
  const errors: string[] = [];
  page.on('request', (request) => {
    if (!request.url().startsWith(app.url) && !request.url().startsWith('blob:')) outside.push(request.url());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${app.url}/`);
  if (wait) await page.locator(`#main[data-state="${wait}"]`).waitFor({ timeout: 30_000 });
  return { page, outside, errors };
}

/**
 * Waits until the page says `ready`; if it does not, fails with what the page shows instead (its
 * state, the banner and the busy line) and the script errors seen, so a failure explains itself.
 */
export async function waitUntilReady(dashboard: Dashboard, timeout = 30_000): Promise<void> {
  const { page } = dashboard;
  try {
    await page.locator('#main[data-state="ready"]').waitFor({ timeout });
  } catch (error) {
    const state = await page.getAttribute('#main', 'data-state');
    const banner = await page.locator('#status').innerText();
    const busy = await page.locator('#busy').innerText();
    throw new Error(
      `the page stayed "${state}" (banner: "${banner}", busy: "${busy}", script errors: ` +
        `${JSON.stringify(dashboard.errors)}): ${(error as Error).message}`,
      { cause: error },
    );
  }
}

export async function screenshot(page: Page, name: string): Promise<void> {
  fs.mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`) });
}

/** Waits until an attribute has the expected value (the page draws asynchronously). */
export async function attributeIs(locator: Locator, name: string, value: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  let last: string | null = null;
  while (Date.now() < deadline) {
    last = await locator.getAttribute(name);
    if (last === value) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`${name} stayed ${String(last)}, expected ${value}`);
}

/** Clicks where the renderer drew an actor (or an edge's middle), as a person would. */
export async function clickDrawn(page: Page, kind: 'node' | 'edge', id: string): Promise<void> {
  const call = kind === 'node' ? 'renderedPosition' : 'renderedMidpoint';
  const point = (await page.evaluate(`window.faultline.${call}(${JSON.stringify(id)})`)) as {
    x: number;
    y: number;
  } | null;
  if (!point) throw new Error(`the network has no ${kind} ${id}`);
  const box = await page.locator('#network').boundingBox();
  if (!box) throw new Error('the network is not on screen');
  await page.mouse.click(box.x + point.x, box.y + point.y);
}
