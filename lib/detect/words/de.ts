import type { Vocabulary } from './types';

export const german: Vocabulary = {
  languages: ['de'],
  codeField: ['bestätigungscode', 'sicherheitscode', 'verifizierungscode', 'einmalcode', 'anmeldecode'],
  maybeCodeField: [],
  neverCode: ['postleitzahl', 'gutschein', 'karte', 'rabatt'],
  otherUnlessCode: ['telefon', 'wiederherstellung'],
  recoveryField: ['wiederherstellung'],
  captcha: ['captcha', 'im bild', 'aus dem bild'],
  codeHint: ['authentifizierung', 'bestätigung', 'gesendet'],
  challenge: ['wir haben', 'gesendet', 'geben sie den code ein', 'zwei-faktor', 'bestätigungscode'],
  payment: ['zahlung', 'bezahlung', 'kauf'],
  management: [
    'zwei-faktor-authentifizierung deaktivieren',
    'sicherheitseinstellungen',
    'codes neu generieren',
  ],
  enrollment: [
    'scannen',
    'scannen sie',
    'qr-code',
    'authenticator-app',
    'zwei-faktor-authentifizierung einrichten',
  ],
  codeRefused: [
    'ungültig',
    'falsch',
    'nicht korrekt',
    'abgelaufen',
    'erneut versuchen',
    'versuchen sie es erneut',
  ],
};
