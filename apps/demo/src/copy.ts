import { t } from './shell.js';

/**
 * Copies a text field's value to the clipboard and says so in `status` (a polite live region). Where the
 * clipboard is not available, selects the text instead and asks the user to copy it.
 */
export async function copyField(field: HTMLInputElement | HTMLTextAreaElement, status: HTMLElement): Promise<void> {
  try {
    await navigator.clipboard.writeText(field.value);
    status.textContent = t('copied');
    status.classList.add('ok');
  } catch {
    field.focus();
    field.select();
    status.textContent = t('copyFailed');
    status.classList.remove('ok');
  }
}
