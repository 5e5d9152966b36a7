import type { Handlers } from '@/lib/messaging';
import { accountHandlers } from './account-handlers';
import { importHandlers } from './import-handlers';
import { qrHandlers } from './qr-handlers';
import { tabHandlers } from './tab-handlers';
import { vaultHandlers } from './vault-handlers';

export const handlers: Handlers = { ...tabHandlers, ...vaultHandlers, ...accountHandlers, ...importHandlers, ...qrHandlers };
