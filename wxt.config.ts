import { resolve } from 'node:path';
import { defineConfig } from 'wxt';
import { PORTAL_MATCHES } from './lib/portals/hosts';

// See README "Permissions" for why each one is here.
export default defineConfig({
  // Messages in locales/*.yml become _locales/*/messages.json, read through browser.i18n.
  modules: ['@wxt-dev/webextension-polyfill', '@wxt-dev/i18n/module'],
  zip: { excludeSources: ['bench/qr-screens/**', 'demo-output/**', 'docs/**'] },
  hooks: {
    // zxing-wasm's decoder ships as a file inside the extension (never fetched from a CDN,
    // and not inlined into the service worker, which would parse 1 MB at every start).
    'build:publicAssets': (_wxt, assets) => {
      assets.push({
        absoluteSrc: resolve('node_modules/zxing-wasm/dist/reader/zxing_reader.wasm'),
        relativeDest: 'zxing_reader.wasm',
      });
    },
  },
  // Preact's JSX runtime, compiled by Vite's esbuild (no Babel needed).
  vite: () => ({ esbuild: { jsx: 'automatic', jsxImportSource: 'preact' } }),
  manifest: ({ browser }) => ({
    name: '__MSG_extName__',
    default_locale: 'en',
    // offscreen documents' reasons and runtime.getContexts (116) are the newest APIs it uses.
    ...(browser === 'firefox' ? {} : { minimum_chrome_version: '116' }),
    description: '__MSG_extDescription__',
    permissions: [
      'storage',
      'alarms',
      'activeTab',
      'scripting',
      'contextMenus',
      'cookies',
      'notifications',
      'clipboardWrite',
      // Reads the Date header of portal pages (only on hosts it already has) to check the clock.
      'webRequest',
      ...(browser === 'firefox' ? [] : ['offscreen']),
    ],
    host_permissions: PORTAL_MATCHES,
    optional_host_permissions: ['https://*/*'],
    action: { default_title: '__MSG_extName__' },
    commands: {
      // Opens the popup from the keyboard (also how keyboard-only users reach it).
      _execute_action: {
        suggested_key: { default: 'Alt+Shift+K' },
        description: '__MSG_commandOpen__',
      },
      'fill-code': {
        suggested_key: { default: 'Alt+Shift+O' },
        description: '__MSG_commandFill__',
      },
      'scan-qr': {
        suggested_key: { default: 'Alt+Shift+Q' },
        description: '__MSG_commandScan__',
      },
    },
    content_security_policy: {
      extension_pages: "script-src 'self' 'wasm-unsafe-eval'; object-src 'self'",
    },
    // Practices can set limits centrally (Chrome policy "3rdparty" extension settings).
    ...(browser === 'firefox' ? {} : { storage: { managed_schema: 'managed_schema.json' } }),
    ...(browser === 'firefox'
      ? {
          browser_specific_settings: {
            gecko: {
              // Chosen for good: a published add-on's id can never change (policies name it too).
              id: 'second-factor-companion@secondfactorcompanion.org',
              strict_min_version: '140.0',
              // Android reads data_collection_permissions from 142 (desktop from 140).
              data_collection_permissions: { required: ['none'] },
            },
            gecko_android: { strict_min_version: '142.0' },
          },
        }
      : {}),
  }),
});
