import { describe, expect, it } from 'vitest';
import { shownText } from './helpers/text';
import { useBrowser } from './harness';
import { practiceQChallenge, therapyAppointmentTextedCode } from './helpers/portals';
import { IQ_USERS } from '../fixtures/server/users';

// A front desk whose browser speaks Spanish: Chromium started in Spanish, as a computer set to
// Spanish starts it. Everything below is what that person reads, in the real popup and page.
const t = useBrowser({ language: 'es' });
const TA = 'https://portal.therapyappointment.com/';

describe('in Spanish', () => {
  it('the browser really runs in Spanish, and so do the extension’s shortcuts', async () => {
    expect(await t.session.inWorker(() => chrome.i18n.getUILanguage(), null)).toMatch(/^es/);
    const commands = await t.session.inWorker(() => chrome.commands.getAll(), null);
    expect(commands.map((c) => c.description)).toContain('Rellenar el código de doble factor en esta página');
  });

  it('the sign-in banner says in Spanish that a code is coming', async () => {
    const page = await t.session.open(TA);
    await expect
      .poll(() => t.session.closedShadowText(page, 'sfc-banner').catch(() => ''))
      .toContain(
        'TherapyAppointment no recuerda este navegador. Después de iniciar sesión, se enviará un código por mensaje de texto a su teléfono.',
      );
    await page.close();
  });

  it('the popup: creating the vault, a wrong passphrase, and a texted code filled', async () => {
    const page = await therapyAppointmentTextedCode(t.session);
    const popup = await t.session.openToolbarPopup(page);
    await expect.poll(() => popup.text()).toContain('Elija una frase de contraseña');
    await popup.getByLabel('Frase de contraseña').fill('grapa batería caballo');
    await popup.getByLabel('Escríbala otra vez').fill('grapa batería caballo');
    await popup.getByRole('button', { name: 'Crear la bóveda' }).click();
    await expect.poll(() => popup.text()).toContain('Todavía no hay cuentas');
    expect(await popup.evaluate<string>('document.documentElement.lang')).toMatch(/^es/);

    await popup.getByRole('button', { name: 'Bloquear' }).click();
    await popup.getByLabel('Frase de contraseña').fill('otra cosa');
    await popup.getByRole('button', { name: 'Desbloquear' }).click();
    await expect
      .poll(shownText(popup.getByRole('alert').first()))
      .toContain('Esa frase de contraseña no es correcta');
    await popup.getByLabel('Frase de contraseña').fill('grapa batería caballo');
    await popup.getByRole('button', { name: 'Desbloquear' }).click();

    await expect
      .poll(shownText(popup.getByTestId('site-summary')))
      .toBe(
        'TherapyAppointment está pidiendo un código (enviado por mensaje de texto a su teléfono o leído en una llamada telefónica).',
      );
    const paste = popup.getByTestId('paste-code');
    await expect
      .poll(() => paste.innerText())
      .toContain('Código de un mensaje de texto o una llamada telefónica');
    await paste.getByLabel(/Código de/).fill('hola');
    await paste.getByRole('button', { name: 'Rellenar en la página' }).click();
    await expect.poll(() => popup.getByRole('alert').first().innerText()).toContain('Eso no es un código');
    const code = t.sim.state.outbox.at(-1)!.code;
    await paste.getByLabel(/Código de/).fill(code);
    await paste.getByRole('button', { name: 'Rellenar en la página' }).click();
    await expect.poll(shownText(popup.getByTestId('notice'))).toContain('Código rellenado.');
    expect(await page.locator('#verification_code').inputValue()).toBe(code);
    await popup.close();
    await page.close();
  });

  it('a code step with its account and 30 others: Rellenar has the keyboard, the popup does not scroll, Enter fills', async () => {
    const { id } = await t.session.ask<{ id: string }>('accounts.add', {
      uri: `otpauth://totp/PracticeQ:${IQ_USERS.app.email}?secret=${IQ_USERS.app.secret}&issuer=PracticeQ`,
    });
    await t.session.ask('accounts.update', {
      id,
      bindings: [{ kind: 'origin', origin: 'https://intakeq.com' }],
    });
    const b32 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ234567';
    for (let i = 0; i < 30; i++)
      await t.session.ask('accounts.add', {
        uri: `otpauth://totp/Servicio%20${i}:personal${i}?secret=JBSWY3DPEHPK3P${b32[i >> 5]}${b32[i % 32]}&issuer=Servicio%20${i}`,
      });
    const page = await practiceQChallenge(t.session);
    const popup = await t.session.openToolbarPopup(page);
    await expect
      .poll(() => popup.evaluate<string>('document.activeElement?.getAttribute("aria-label") ?? ""'))
      .toBe(`Rellenar el código de PracticeQ ${IQ_USERS.app.email}`);
    const fits = await popup.evaluate<{ height: number; scrolls: boolean }>(
      '({ height: innerHeight, scrolls: document.documentElement.scrollHeight > innerHeight })',
    );
    expect(fits.scrolls).toBe(false);
    expect(fits.height).toBeLessThanOrEqual(600);
    await t.session.pressKeysHere('Return');
    await expect.poll(() => page.locator('#code').inputValue()).toMatch(/^\d{6}$/);
    await popup.close();
    await page.close();
  });

  it('the settings page', async () => {
    const settings = await t.session.open(t.session.extensionUrl('options.html'));
    await expect.poll(() => settings.title()).toBe('Second Factor Companion – Configuración');
    expect(await settings.evaluate(() => document.documentElement.lang)).toMatch(/^es/);
    await expect.poll(() => settings.locator('h2').allInnerTexts()).toContain('Portales de la consulta');
    await settings.close();
  });
});
