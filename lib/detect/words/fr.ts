import type { Vocabulary } from './types';

export const french: Vocabulary = {
  languages: ['fr'],
  codeField: ['code de vérification', 'code de sécurité', 'code à usage unique', 'code d’authentification'],
  maybeCodeField: [],
  neverCode: ['code postal', 'carte', 'bon de réduction', 'code promo'],
  otherUnlessCode: ['téléphone', 'secours'],
  recoveryField: ['récupération', 'secours'],
  captcha: ['captcha', "de l'image", 'de l’image', "dans l'image", 'dans l’image'],
  codeHint: ['authentification', 'vérification', 'envoyé'],
  challenge: ['nous avons envoyé', 'saisissez le code', 'entrez le code', 'vérification en deux étapes'],
  payment: ['paiement', 'achat'],
  management: ['désactiver la double authentification', 'paramètres de sécurité', 'régénérer les codes'],
  enrollment: [
    'scannez',
    'scanner',
    'code qr',
    'application d’authentification',
    "application d'authentification",
    'authentification à deux facteurs',
  ],
  codeRefused: ['incorrect', 'invalide', "n'est pas valide", 'expiré', 'réessayez', 'réessayer'],
};
