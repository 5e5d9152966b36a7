import { i18n } from '@/lib/i18n';

/** The parts of an account a message can name, in the person's language ("the secret key"). */
export type Field = 'issuer' | 'serviceName' | 'accountName' | 'secretKey' | 'digits' | 'period' | 'counter';

export function fieldName(field: Field): string {
  switch (field) {
    case 'issuer':
      return i18n.t('field.issuer');
    case 'serviceName':
      return i18n.t('field.serviceName');
    case 'accountName':
      return i18n.t('field.accountName');
    case 'secretKey':
      return i18n.t('field.secretKey');
    case 'digits':
      return i18n.t('field.digits');
    case 'period':
      return i18n.t('field.period');
    case 'counter':
      return i18n.t('field.counter');
  }
}
