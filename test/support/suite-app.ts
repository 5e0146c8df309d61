import { foundationDataset } from '../fixtures/foundation-dataset';
import { importDataset } from './import';
import { TestApp } from './test-app';

/**
 * A TestApp for the enclosing `describe`: started with the test database emptied before its tests,
 * emptied again and stopped after them. Returns a getter (the app exists once beforeAll has run).
 */
export function suiteApp(): () => TestApp {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
    await app.reset();
  });
  afterAll(async () => {
    await app.reset();
    await app.stop();
  });
  return () => app;
}

/**
 * A TestApp for the enclosing `describe` whose every test starts on the foundation dataset alone
 * (the database emptied and the dataset imported before each). Returns a getter, as suiteApp.
 */
export function foundationSuiteApp(): () => TestApp {
  let app: TestApp;
  beforeAll(async () => {
    app = await TestApp.start();
  });
  beforeEach(async () => {
    await app.reset();
    await importDataset(app, foundationDataset());
  });
  afterAll(() => app.stop());
  return () => app;
}
