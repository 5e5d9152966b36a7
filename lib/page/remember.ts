// The portals' "remember this computer" choices: a checkbox (PracticeQ "Trust this computer")
// or a radio among "authorize options" (TherapyAppointment). Found by their label text.
const REMEMBER = /(remember|trust|don.?t ask|recordar|confiar|mémoriser|se souvenir|merken|vertrauen)/i;
const THING =
  /(computer|device|browser|machine|equipo|dispositivo|navegador|ordinateur|appareil|navigateur|gerät|browser|this)/i;

function labelOf(input: HTMLInputElement): string {
  return (
    [...(input.labels ?? [])].map((l) => l.textContent ?? '').join(' ') ||
    input.getAttribute('aria-label') ||
    ''
  );
}

export function findRememberOption(scope: ParentNode): HTMLInputElement | null {
  const choices = [...scope.querySelectorAll<HTMLInputElement>('input[type=checkbox], input[type=radio]')];
  return choices.find((el) => !el.disabled && REMEMBER.test(labelOf(el)) && THING.test(labelOf(el))) ?? null;
}

/** Ticks the option the way a click would, so the page's own handlers (AngularJS) see it. */
export function chooseRemember(scope: ParentNode): boolean {
  const option = findRememberOption(scope);
  if (!option) return false;
  if (!option.checked) option.click();
  return option.checked;
}
