import { formatDay, formatDaysAgo, formatList, i18n } from '@/lib/i18n';
import type { PortalOverview } from '@/lib/messaging/types';

const WORDS = {
  email: () => i18n.t('trust.by.email'),
  sms: () => i18n.t('trust.by.sms'),
  voice: () => i18n.t('trust.by.voice'),
  authenticator: () => i18n.t('trust.by.authenticator'),
} as const;

function recognitionText(r: PortalOverview['recognition']): string {
  if (r.state === 'recognized') return i18n.t('trust.rememberedUntil', [formatDay(r.until)]);
  if (r.state === 'lost') {
    if (r.how === 'expired') return i18n.t('trust.lostExpired', [formatDay(r.at)]);
    if (r.how === 'evicted') return i18n.t('trust.lostEvicted', [formatDay(r.at)]);
    return i18n.t('trust.lostCleared', [formatDay(r.at)]);
  }
  return i18n.t('trust.notRemembered');
}

/** Per portal: is this browser remembered, by which cookies, and how old is the password. */
export function TrustTable({ rows, now }: { rows: PortalOverview[]; now: number }) {
  return (
    <table data-testid="trust-table">
      <thead>
        <tr>
          <th>{i18n.t('trust.portal')}</th>
          <th>{i18n.t('trust.thisBrowser')}</th>
          <th>{i18n.t('trust.byCookies')}</th>
          <th>{i18n.t('trust.passwordChanged')}</th>
          <th>{i18n.t('trust.codesBy')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.id} data-portal={r.id}>
            <td>{r.name}</td>
            <td>{recognitionText(r.recognition)}</td>
            <td>
              {r.cookies.length
                ? formatList(
                    r.cookies.map((c) => i18n.t('trust.cookieUntil', [c.name, formatDay(c.expiresAt)])),
                  )
                : i18n.t('trust.notLearned')}
            </td>
            <td>
              {r.passwordChangedAt
                ? formatDaysAgo(Math.floor((now - r.passwordChangedAt) / 86_400_000))
                : i18n.t('trust.notSeen')}
            </td>
            <td>
              {formatList(
                r.deliveries.map((d) => WORDS[d]()),
                'disjunction',
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
