// Attempts and best results: each recorded attempt carries a ULID and the device id, its best
// result is updated in the same transaction, incremental updates equal a recomputation in any
// order, and a full device keeps the attempt in memory until a retry writes it.
import { describe, expect, it, vi } from 'vitest';
import { attemptInput, CRASH, testStorage } from './helpers';
import { resultFromAttempts } from '../../../src/storage/best-results';
import type { AttemptRecord } from '../../../src/storage/records';

const pupil = { pupilId: 'P1', sessionId: 'S1' };
const level = { packId: 'pack-a', levelId: 'level-1' };

function quotaError(): DOMException {
  return new DOMException('The quota has been exceeded.', 'QuotaExceededError');
}

describe('AttemptRepository', () => {
  it('stores an attempt with a ULID, the device id and the learner key', async () => {
    const storage = testStorage();
    await storage.attempts.record(attemptInput(pupil));
    const [stored] = await storage.attempts.listForSession('S1');
    expect(stored?.id).toMatch(/^[0-9A-HJKMNP-TV-Z]{26}$/);
    expect(stored?.deviceId).toBe(await storage.settings.deviceId());
    expect(stored).toMatchObject({
      learner: 'pupil:P1',
      pupilId: 'P1',
      groupId: null,
      packId: 'pack-a',
      stars: 3,
    });
  });

  it('keeps the best result up to date with each attempt', async () => {
    const storage = testStorage();
    await storage.attempts.record(attemptInput(pupil, { outcome: CRASH, stars: 0, blockCount: 7 }));
    let best = await storage.attempts.bestResult('pupil:P1', level);
    expect(best).toMatchObject({
      attempts: 1,
      successes: 0,
      stars: 0,
      bestBlockCount: null,
      firstSuccessAt: null,
    });

    await storage.attempts.record(
      attemptInput(pupil, { stars: 2, blockCount: 6, endedAt: 90_000 }),
    );
    await storage.attempts.record(
      attemptInput(pupil, { stars: 3, blockCount: 4, endedAt: 120_000 }),
    );
    await storage.attempts.record(
      attemptInput(pupil, { stars: 1, blockCount: 9, endedAt: 150_000 }),
    );
    best = await storage.attempts.bestResult('pupil:P1', level);
    const attempts = await storage.attempts.listForLevel('pupil:P1', level);
    expect(best).toMatchObject({
      attempts: 4,
      successes: 3,
      stars: 3,
      bestBlockCount: 4,
      firstSuccessAt: 90_000,
    });
    expect(best?.bestAttemptId).toBe(attempts[2]?.id);
    expect(best?.lastAttemptAt).toBe(150_000);
  });

  it('gives the same best result whatever the order the attempts are folded in', async () => {
    const storage = testStorage();
    const outcomes = [CRASH, { kind: 'success' } as const];
    for (let i = 0; i < 12; i++) {
      await storage.attempts.record(
        attemptInput(pupil, {
          outcome: outcomes[i % 2]!,
          stars: (i * 7) % 4,
          blockCount: 3 + ((i * 5) % 6),
          startedAt: 1000 * i,
          endedAt: 1000 * i + 500 + ((i * 13) % 5) * 100,
        }),
      );
    }
    const attempts = await storage.attempts.listForLevel('pupil:P1', level);
    const incremental = await storage.attempts.bestResult('pupil:P1', level);
    const shuffled = (seed: number): AttemptRecord[] =>
      [...attempts].sort(
        (a, b) => ((a.id.charCodeAt(25) * seed) % 31) - ((b.id.charCodeAt(25) * seed) % 31),
      );
    for (const seed of [1, 3, 7, 11])
      expect(resultFromAttempts(shuffled(seed))).toEqual(incremental);
    expect(resultFromAttempts([...attempts].reverse())).toEqual(incremental);
  });

  it('keeps attempts in memory when the device is full, tells the health state, and writes them on retry', async () => {
    const storage = testStorage();
    await storage.settings.deviceId();
    const events: string[] = [];
    storage.health.subscribe(() =>
      events.push(`${storage.health.snapshot.problem}:${storage.health.snapshot.pendingWrites}`),
    );
    const add = vi.spyOn(storage.db.attempts, 'add').mockRejectedValue(quotaError());

    await storage.attempts.record(attemptInput(pupil));
    await storage.attempts.record(attemptInput(pupil, { stars: 2 }));
    expect(storage.health.snapshot).toEqual({ problem: 'quota-exceeded', pendingWrites: 2 });
    expect(await storage.attempts.count()).toBe(0);
    // The session view still sees them.
    expect(await storage.attempts.listForSession('S1')).toHaveLength(2);

    add.mockRestore();
    expect(await storage.health.retry()).toBe(true);
    expect(storage.health.snapshot).toEqual({ problem: null, pendingWrites: 0 });
    expect(await storage.attempts.count()).toBe(2);
    expect((await storage.attempts.bestResult('pupil:P1', level))?.attempts).toBe(2);
    expect(events).toEqual(['quota-exceeded:1', 'quota-exceeded:2', 'null:0']);
  });

  it('reports a quota error that Dexie wrapped in an abort error', async () => {
    const storage = testStorage();
    const wrapped = Object.assign(new Error('Transaction aborted'), {
      name: 'AbortError',
      inner: quotaError(),
    });
    vi.spyOn(storage.db.bestResults, 'put').mockRejectedValue(wrapped);
    await storage.attempts.record(attemptInput(pupil));
    expect(storage.health.snapshot.problem).toBe('quota-exceeded');
    // The transaction rolled back: no attempt without its best result.
    expect(await storage.db.attempts.count()).toBe(0);
  });
});

describe('stars by level', () => {
  it('reads the best stars of each level of a pack from the best results', async () => {
    const storage = testStorage();
    await storage.attempts.record(attemptInput(pupil, { stars: 2 }));
    await storage.attempts.record(attemptInput(pupil, { stars: 3 }));
    await storage.attempts.record(
      attemptInput(pupil, {
        level: { packId: 'pack-a', levelId: 'level-2' },
        outcome: CRASH,
        stars: 0,
      }),
    );
    await storage.attempts.record(
      attemptInput(pupil, { level: { packId: 'pack-b', levelId: 'level-1' }, stars: 1 }),
    );
    await storage.attempts.record(attemptInput({ pupilId: 'P2', sessionId: 'S1' }, { stars: 1 }));
    const stars = await storage.attempts.starsByLevel(pupil, 'pack-a');
    expect([...stars].sort()).toEqual([
      ['level-1', 3],
      ['level-2', 0],
    ]);
  });
});
