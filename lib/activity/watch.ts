import { i18n } from '@/lib/i18n';
import type { Handlers, RequestOf, ResponseOf } from '@/lib/messaging';
import type { BackgroundProtocol } from '@/lib/messaging/protocol';
import type { SiteBinding } from '@/lib/messaging/types';
import { displayName } from '@/lib/otp';
import { currentDataKey, readAccount, vaultDb, WrongPassphraseError } from '@/lib/vault';
import type { ActivityEvent } from './entry';
import { recordActivity } from './record';

type Name = keyof BackgroundProtocol;
interface Watch<N extends Name> {
  /** Read before the action (a removed account's name is gone after it). */
  before?: (request: RequestOf<N>) => Promise<string | undefined>;
  after: (request: RequestOf<N>, response: ResponseOf<N>, before?: string) => Promise<ActivityEvent[]>;
}

async function nameOf(id: string | null | undefined): Promise<string | undefined> {
  if (!id) return undefined;
  const entry = await readAccount(await vaultDb(), await currentDataKey(), id).catch(() => null);
  return entry ? displayName(entry.account) : undefined;
}

const count = (n: number) => i18n.t('activity.accountsCount', n);
const sites = (bindings: SiteBinding[]) =>
  bindings.map((b) => (b.kind === 'origin' ? new URL(b.origin).host : `*.${b.domain}`)).join(', ');
const one = async (event: ActivityEvent) => [event];

// What each action of the person's records, read from the request and its answer. Fills are
// recorded where the code is handed over (lib/fill), auto-lock by its alarm.
const WATCHED: { [N in Name]?: Watch<N> } = {
  'accounts.add': {
    after: async (_req, res) =>
      res.duplicate ? [] : [{ kind: 'added', accountId: res.id, account: await nameOf(res.id) }],
  },
  'qr.add': {
    after: async (_req, res) =>
      res.id && !res.duplicate ? [{ kind: 'added', accountId: res.id, account: await nameOf(res.id) }] : [],
  },
  'accounts.update': {
    after: async (req) => {
      const account = await nameOf(req.id);
      const events: ActivityEvent[] = [];
      if (req.issuer !== undefined || req.account !== undefined)
        events.push({ kind: 'renamed', accountId: req.id, account });
      if (req.bindings)
        events.push({ kind: 'sitesChanged', accountId: req.id, account, detail: sites(req.bindings) });
      return events;
    },
  },
  'accounts.delete': {
    before: (req) => nameOf(req.id),
    after: (req, _res, name) => one({ kind: 'removed', accountId: req.id, account: name }),
  },
  'clipboard.copied': {
    after: async (req) =>
      req.accountId
        ? [{ kind: 'copied', accountId: req.accountId, account: await nameOf(req.accountId), door: 'popup' }]
        : [],
  },
  'recovery.copy': {
    after: async (req) => [
      {
        kind: 'recoveryUsed',
        accountId: req.id,
        account: await nameOf(req.id),
        door: 'popup',
        detail: i18n.t('activity.copiedDetail'),
      },
    ],
  },
  'import.commit': { after: (_req, res) => one({ kind: 'import', detail: count(res.added) }) },
  'backup.export': { after: (_req, res) => one({ kind: 'backup', detail: count(res.saved) }) },
  'backup.restore': { after: (_req, res) => one({ kind: 'restore', detail: count(res.added.length) }) },
  'export.accounts': {
    after: (req, res) =>
      one({
        kind: 'export',
        detail: `${count(res.saved)} (${req.format === 'aegis' ? 'Aegis' : 'otpauth'})`,
      }),
  },
};

/**
 * The handlers, each recording what it did once it succeeded (and every wrong passphrase, at
 * unlock or before a backup): the record is kept beside the actions, not inside each one.
 */
export function recordingActivity(handlers: Handlers): Handlers {
  const out: Record<string, Handlers[Name]> = { ...handlers };
  for (const [name, handler] of Object.entries(handlers) as [Name, Handlers[Name]][]) {
    const watch = WATCHED[name] as Watch<Name> | undefined;
    const handle = handler.handle as (req: unknown, sender: unknown) => Promise<unknown>;
    out[name] = {
      ...handler,
      handle: async (req: never, sender: never) => {
        const before = await watch?.before?.(req).catch(() => undefined);
        try {
          const res = await handle(req, sender);
          if (watch) {
            const events = await watch.after(req, res as never, before).catch(() => []);
            for (const event of events) await recordActivity(event);
          }
          return res;
        } catch (error) {
          if (error instanceof WrongPassphraseError) await recordActivity({ kind: 'unlockFailed' });
          throw error;
        }
      },
    } as Handlers[Name];
  }
  return out as Handlers;
}
