import { Browser } from 'playwright-core';
import { ApiKeysService } from '../../src/auth/api-keys.service';
import { Role } from '../../src/auth/roles';
import { TestApp } from '../support/test-app';
import { dashboardSuite, openDashboard, screenshot } from './browser';

describe('dashboard bad states: a clear message, never a blank canvas', () => {
  let app: TestApp;
  let browser: Browser;
  // Emptied again after the tests, which removes the API key of the last one: later suites run open.
  dashboardSuite(async (started, launched) => {
    [app, browser] = [started, launched];
    await app.reset();
  });

  it('tells how to load data when the database is empty', async () => {
    const { page } = await openDashboard(browser, app, 'empty');
    const text = await page.locator('#status').innerText();
    expect(text).toContain('no positions yet');
    expect(text).toContain('npm run import -- file.json');
    await screenshot(page, 'state-empty');
    await page.close();
  });

  it('says the server cannot be reached, and recovers on "Try again"', async () => {
    const { page } = await openDashboard(browser, app, '');
    await page.route('**/graphql', (route) => route.abort('connectionrefused'));
    await page.reload();
    await page.locator('#main[data-state="error"]').waitFor();
    const text = await page.locator('#status').innerText();
    expect(text).toContain('Cannot reach the Faultline server');
    expect(text).toContain('npm start');
    await screenshot(page, 'state-unreachable');
    await page.unroute('**/graphql');
    await page.click('#status button');
    await page.locator('#main[data-state="empty"]').waitFor();
    await page.close();
  });

  it('shows a GraphQL error with its code', async () => {
    const { page } = await openDashboard(browser, app, '');
    await page.route('**/graphql', (route) =>
      route.fulfill({
        status: 200,
        contentType: 'application/json',
        body: JSON.stringify({
          errors: [{ message: 'the database is unavailable', extensions: { code: 'UNAVAILABLE' } }],
        }),
      }),
    );
    await page.reload();
    await page.locator('#main[data-state="error"]').waitFor();
    const text = await page.locator('#status').innerText();
    expect(text).toContain('the database is unavailable');
    expect(text).toContain('UNAVAILABLE');
    await page.close();
  });

  it('serves its files without a key, asks for one when the server has keys, and uses it', async () => {
    const { secret } = await app.app.get(ApiKeysService).create('dashboard-reader', Role.READER);
    const { page } = await openDashboard(browser, app, 'error');
    expect(await page.locator('#status').innerText()).toContain('UNAUTHENTICATED');
    await page.fill('#api-key', secret);
    await page.click('.key-form button');
    await page.locator('#main[data-state="empty"]').waitFor();
    await page.close();
  });
});
