import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CLOCK_SECRET } from '../fixtures/server/portals/clock';
import { useBrowser } from './harness';
import { savedFileText } from './helpers/download';
import { addBoundAccount } from './helpers/portals';
import { shownText } from './helpers/text';

// What a practice needs, read in Spanish: the clock corrected and said so, the activity record
// and the handover list in Settings, and a Date years away set aside with a clear line.
const SITE = 'https://www.clinic-example.test';
const CHALLENGE = `${SITE}/clock/challenge`;
const t = useBrowser({ language: 'es', grantHosts: [`${SITE}/*`] });
const NAME = 'Clinic Scheduling – recepción';

describe('what a practice needs, in Spanish', () => {
  it('a slow clock: codes corrected, said once in the popup, and the site takes them', async () => {
    t.sim.state.skew.computerSlowByMs = 120_000;
    await t.session.ask('vault.create', { passphrase: 'grapadora batería caballo' });
    await addBoundAccount(
      t.session,
      `otpauth://totp/Clinic%20Scheduling:recepci%C3%B3n?secret=${CLOCK_SECRET}&issuer=Clinic%20Scheduling`,
      SITE,
    );
    const page = await t.session.open(CHALLENGE);
    await page.reload();
    await page.reload();
    await expect.poll(() => t.session.badgeText(page)).toBe('1');
    const popup = await t.session.openToolbarPopup(page);
    await expect
      .poll(shownText(popup.getByTestId('clock-line')))
      .toBe('El reloj de este equipo va 2 minutos atrasado; los códigos se corrigen.');
    await t.session.pressFillShortcut(page);
    await expect.poll(() => page.locator('#code').inputValue()).toMatch(/^\d{6}$/);
    await page.getByRole('button', { name: 'Verify' }).click();
    await expect.poll(shownText(page.locator('#result'))).toBe('You are signed in');
    await popup.close();
    await page.close();
  });

  it('Settings: the clock, a Date years away set aside, the activity record and the handover list', async () => {
    t.sim.state.skew.computerSlowByMs = 5 * 365 * 86_400_000;
    const far = await t.session.open(CHALLENGE);
    await expect.poll(() => t.session.badgeText(far)).toBe('1');
    await far.close();
    t.sim.state.skew.computerSlowByMs = 120_000;

    const options = await t.session.open(t.session.extensionUrl('options.html#clock'));
    await expect.poll(shownText(options.getByTestId('clock-summary'))).toContain('va 2 minutos atrasado');
    await expect
      .poll(shownText(options.getByTestId('clock-set-aside')))
      .toContain('a 5 años de la de este equipo');
    const activity = options.getByTestId('activity');
    await expect
      .poll(shownText(activity.locator('tr', { hasText: 'Código rellenado' })))
      .toContain(`${NAME}\twww.clinic-example.test\tatajo de teclado`);
    await expect.poll(shownText(activity)).toContain('Cuenta añadida');
    const handover = options.getByTestId('handover').locator('tbody tr', { hasText: NAME });
    await expect.poll(shownText(handover)).toContain('ninguno');
    await expect.poll(shownText(handover)).toContain('Inicie sesión en el sitio');
    await expect
      .poll(shownText(options.getByRole('navigation')))
      .toMatch(/Actividad[\s\S]*Traspaso[\s\S]*Reloj/);
    await options.close();
  });

  it('recovery codes: kept from the setup page, the next one filled, a paste that is not codes refused', async () => {
    const setup = await t.session.open(`${SITE}/recovery/setup`);
    const shown = await setup.locator('#backup-codes code').allInnerTexts();
    const popup = await t.session.openToolbarPopup(setup);
    await popup.getByRole('button', { name: 'Buscar en la página', exact: true }).click();
    await expect.poll(shownText(popup.getByTestId('finding'))).toContain('anna@clinic.test');
    await popup.getByRole('button', { name: 'Añadir esta cuenta' }).click();
    await expect
      .poll(shownText(popup.getByTestId('recovery-offer')))
      .toContain('Esta página muestra 10 códigos de recuperación');
    await popup.getByRole('button', { name: 'Guardar los códigos de recuperación' }).click();
    await expect
      .poll(shownText(popup.getByTestId('recovery-kept')))
      .toContain('10 códigos de recuperación guardados');
    await popup.close();
    await setup.close();

    const page = await t.session.open(`${SITE}/recovery/challenge`);
    const onStep = await t.session.openToolbarPopup(page);
    await onStep.getByText('¿Perdió el teléfono? Use un código de recuperación').click();
    await onStep.getByRole('button', { name: 'Rellenar el siguiente código de recuperación' }).click();
    await expect.poll(() => page.locator('#recovery').inputValue()).toBe(shown[0]);
    await expect
      .poll(shownText(onStep.getByTestId('recovery-left')))
      .toContain('Quedan 9 códigos de recuperación');
    await onStep.close();
    await page.close();

    const options = await t.session.open(t.session.extensionUrl('options.html#accounts'));
    const editor = options.getByTestId('account-editor').filter({ hasText: 'Clinic Records' });
    await editor.locator('button[aria-expanded]').click();
    const box = editor.getByTestId('recovery-codes');
    await box
      .getByLabel('¿Códigos nuevos del sitio? Péguelos aquí para reemplazar estos.')
      .fill('Hola, llámeme');
    await box.getByRole('button', { name: 'Guardar estos códigos' }).click();
    await expect
      .poll(shownText(options.getByTestId('message-accounts')))
      .toContain('"Hola" no parece un código de recuperación');
    await expect.poll(shownText(box.getByTestId('recovery-count'))).toBe('Quedan 9 códigos de recuperación.');
    await options.close();
  });

  it('an account shared with a colleague: made, a wrong passphrase refused, then added with its site', async () => {
    const options = await t.session.open(t.session.extensionUrl('options.html#accounts'));
    const editor = options.getByTestId('account-editor').filter({ hasText: 'Clinic Scheduling' });
    await editor.locator('button[aria-expanded]').click();
    const share = editor.getByTestId('share');
    await share.getByText('Compartir con un compañero').click();
    await share.getByLabel('Para (su nombre)').fill('María');
    await share
      .getByLabel('Frase de acceso de su bóveda, para compartirla')
      .fill('grapadora batería caballo');
    const content = await savedFileText(options, share.getByRole('button', { name: 'Crear el archivo' }));
    const said = shownText(options.getByTestId('message-accounts'));
    await expect.poll(said).toContain('Dígale a María esta frase de acceso por teléfono o en persona');
    const passphrase = /solo se muestra ahora: ([0-9A-Z]{4}(?:-[0-9A-Z]{4}){3})/.exec(await said())![1]!;

    const file = join(mkdtempSync(join(tmpdir(), 'sfc-es-')), 'compartida.json');
    writeFileSync(file, content);
    await editor.getByRole('button', { name: 'Quitar', exact: true }).click();
    await expect
      .poll(() => options.getByTestId('account-editor').filter({ hasText: 'Clinic Scheduling' }).count())
      .toBe(0);
    await options.getByLabel(/Elija un archivo exportado/).setInputFiles(file);
    const step = options.getByTestId('import-password');
    await step.getByLabel('Contraseña de esta exportación').fill('AAAA-BBBB-CCCC-DDDD');
    await step.getByRole('button', { name: 'Abrir' }).click();
    await expect
      .poll(shownText(options.getByTestId('message-import')))
      .toContain('Esa contraseña no abre esta cuenta compartida para María');
    await step.getByLabel('Contraseña de esta exportación').fill(passphrase);
    await step.getByRole('button', { name: 'Abrir' }).click();
    await options.getByRole('button', { name: 'Importar 1 cuenta' }).click();
    const back = options.getByTestId('account-editor').filter({ hasText: 'Clinic Scheduling' });
    await expect.poll(shownText(back)).toContain('www.clinic-example.test');
    await options.close();
  });
});
