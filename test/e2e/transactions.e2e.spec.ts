import { cypher } from '../../src/database/cypher-registry';
import { suiteApp } from '../support/suite-app';

describe('transactions on the real database', () => {
  const testApp = suiteApp();

  const actor = (id: string) => ({
    id,
    name: id,
    kind: 'STATE',
    aliases: [],
    capability: 0.5,
    description: null,
  });

  it('a write hands its bookmark to the reads after it (on a cluster they wait until they see it)', async () => {
    const app = testApp();
    const bookmarks = app.db.driver.executeQueryBookmarkManager;
    const before = await bookmarks.getBookmarks();
    await app.db.write((tx) => tx.run(cypher().actors.create, { actor: actor('bookmarked') }));
    const after = await bookmarks.getBookmarks();
    expect(after).toHaveLength(1);
    expect(after).not.toEqual(before);
    // The next write starts from that bookmark and leaves a newer one.
    await app.db.write((tx) => tx.run(cypher().actors.create, { actor: actor('bookmarked-2') }));
    expect(await bookmarks.getBookmarks()).not.toEqual(after);
  });

  it('a write that fails leaves nothing of its work (the transaction rolls back)', async () => {
    const app = testApp();
    const before = await app.counts();
    await expect(
      app.db.write(async (tx) => {
        await tx.run(cypher().actors.create, { actor: actor('half-written') });
        await tx.run(cypher().actors.create, { actor: actor('half-written') }); // the id constraint refuses it
      }),
    ).rejects.toMatchObject({ code: 'CONFLICT' });
    expect(await app.counts()).toEqual(before);
  });
});
