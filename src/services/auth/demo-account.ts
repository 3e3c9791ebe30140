import { randomBytes } from 'node:crypto';
import type { Store } from '../../store/open-database.ts';
import { countUsers } from '../../store/users/users.ts';
import { createUser } from './users.ts';

export const DEMO_USERNAME = 'demo';

/**
 * The local demo account (演示账号) of the bundled sample: created only together with the sample
 * plan on an empty embedded database, and only when no account exists. Its password is random,
 * announced once on the console; authorization stays on like everywhere else.
 */
export async function createDemoAccount(
  store: Store,
): Promise<{ username: string; password: string } | null> {
  if ((await countUsers(store)) > 0) return null;
  const password = `sample-${randomBytes(6).toString('hex')}-k7`;
  await createUser(
    store,
    { username: DEMO_USERNAME, role: 'admin', password, displayName: '演示账号', demo: true },
    'planwatch (sample)',
  );
  return { username: DEMO_USERNAME, password };
}
