import { expect, test, type Locator, type Page } from '@playwright/test';
import { E2E_ACCOUNTS } from './accounts';
import { expectNoAxeViolations } from './accessibility';
import { signedInPage } from './support/sign-in';
import { captureAction, replay } from './support/matrix';

/** Records a decision in the editor's region from its form (Swedish) and saves it as a draft. */
async function recordDecision(editor: Page, decision: { decidedOn: string; figure: string; targetYear: string; body: string; reference: string; source: string }) {
  await editor.goto('/rapportera/beslut/ny');
  await editor.getByLabel('Vad beslutades?').selectOption({ label: 'Beslut om en annan siffra' });
  await editor.getByLabel('Antal invånare per fast läkarkontakt').fill(decision.figure);
  await editor.getByLabel('Är siffran ett steg på vägen eller målet?').selectOption({ label: 'Ett steg mot 1 100' });
  await editor.getByLabel('Målår (om beslutet har ett)').fill(decision.targetYear);
  await editor.getByLabel('Beslutsdatum', { exact: true }).fill(decision.decidedOn);
  await editor.getByLabel('Beslutande organ').fill(decision.body);
  await editor.getByLabel('Diarienummer eller protokoll').fill(decision.reference);
  await editor.getByLabel('Länk till beslutet (https://…)').fill(decision.source);
  await editor.getByRole('button', { name: 'Spara utkast' }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Utkastet är sparat.' })).toBeVisible();
}

/**
 * The confirmation step's own request, sent again with another answer than "yes": refused with a
 * message (a redirect naming why, never a 5xx). Returns where the refusal sends the browser.
 */
async function refusedUnconfirmed(page: Page, button: string, answer: string): Promise<string> {
  const action = await captureAction(page, page.getByRole('button', { name: button }));
  const refused = await replay(page.request, action, { confirmed: answer });
  expect(refused.status).toBeLessThan(400);
  expect(refused.redirect).toContain('failed=confirm_required');
  // The header may add how to go there: ";push".
  return (refused.redirect ?? '').split(';')[0]!;
}

test('safe review: choices kept after a refusal, one column per fact with the decision’s source, the return reason in the region’s list, a saved returned record to send in again, and confirmations before publishing and deleting that the server insists on', async ({ browser }) => {
  // Two accounts, many page loads and several axe runs: a long test, however fast the machine.
  test.slow();
  const editor = await signedInPage(browser, E2E_ACCOUNTS.jamtland.email);
  const admin = await signedInPage(browser, E2E_ACCOUNTS.admin.email);
  const february = /Beslut februari 2019 från Region Jämtland/;
  const march = /Beslut mars 2019 från Region Jämtland/;

  // The region records and sends in two decisions, and keeps a third as a draft.
  await recordDecision(editor, { decidedOn: '2019-02', figure: '1 300', targetYear: '2027', body: 'Regionfullmäktige', reference: 'RS 2019/42', source: 'https://beslut.regionjh.example/rs-2019-42' });
  await recordDecision(editor, { decidedOn: '2019-03', figure: '1 250', targetYear: '2028', body: 'Regionstyrelsen', reference: 'RS 2019/77', source: 'https://beslut.regionjh.example/rs-2019-77' });
  await recordDecision(editor, { decidedOn: '2019-04', figure: '1 200', targetYear: '2029', body: 'Regionstyrelsen', reference: 'RS 2019/90', source: 'https://beslut.regionjh.example/rs-2019-90' });
  for (const month of [/februari 2019/, /mars 2019/]) {
    await editor.getByRole('row', { name: month }).getByRole('button', { name: 'Skicka in' }).click();
    await expect(editor.getByRole('status').filter({ hasText: 'Uppgiften är inskickad för granskning.' })).toBeVisible();
  }

  // Refused twice, nothing lost: the comment typed stays when nothing was chosen; the ticks stay when the reason is missing.
  await admin.goto('/administration/granskning');
  const comment = admin.getByLabel('Kommentar till regionen');
  await comment.fill('Ange vilket protokoll.');
  await admin.getByRole('button', { name: 'Skicka tillbaka valda' }).click();
  await expect(admin.getByTestId('review-error')).toHaveText('Välj minst en uppgift.');
  await expect(comment).toHaveValue('Ange vilket protokoll.');
  await comment.fill('');
  await admin.getByRole('checkbox', { name: february }).check();
  await admin.getByRole('button', { name: 'Skicka tillbaka valda' }).click();
  await expect(admin.getByTestId('review-error')).toHaveText('Skriv en motivering: regionen behöver veta varför.');
  await expect(admin.getByRole('checkbox', { name: february })).toBeChecked();
  await expect(admin.getByRole('checkbox', { name: march })).not.toBeChecked();
  await expect(comment).toBeFocused();
  await comment.fill('Länken leder till fel protokoll; ange rätt diarienummer.');
  await admin.getByRole('button', { name: 'Skicka tillbaka valda' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'De valda uppgifterna är tillbakaskickade till regionerna.' })).toBeVisible();

  // The region's list says why, without opening the record.
  await editor.goto('/rapportera');
  await expect(editor.getByRole('row', { name: /februari 2019/ })).toContainText('Återsänd för ändring: Länken leder till fel protokoll; ange rätt diarienummer.');
  await editor.getByRole('row', { name: /februari 2019/ }).getByRole('link', { name: 'Ändra' }).click();
  await expect(editor.getByText('Spara dina ändringar och skicka sedan in uppgiften igen')).toBeVisible();
  await editor.getByLabel('Diarienummer eller protokoll').fill('RS 2019/43');
  await editor.getByLabel('Länk till beslutet (https://…)').fill('https://beslut.regionjh.example/rs-2019-43');
  await editor.getByRole('button', { name: 'Spara utkast' }).click();
  // Saved, but still returned: the page says it must be sent in again, and offers the button there.
  const notSent = editor.getByTestId('saved-not-sent');
  await expect(notSent).toContainText('är sparad men fortfarande återsänd och måste skickas in igen');
  await expect(editor.getByRole('row', { name: /februari 2019/ })).toContainText('Återsänd för ändring');
  await notSent.getByRole('button', { name: 'Skicka in igen' }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Uppgiften är inskickad för granskning.' })).toBeVisible();
  await expect(editor.getByRole('row', { name: /februari 2019/ })).toContainText('Inskickad');

  // The administrator checks the decision against its source: one column per fact.
  await admin.goto('/administration/granskning');
  const decisions = admin.getByTestId('review-submitted-decisions');
  const headers = await decisions.getByRole('columnheader').allInnerTexts();
  expect(headers).toEqual(expect.arrayContaining(['Beslutsdatum', 'Måltyp', 'Målår', 'Beslutande organ', 'Diarienummer eller protokoll', 'Källa']));
  expect(headers).not.toContain('Uppgifterna');
  const cellOf = async (row: Locator, header: string) => row.locator('th, td').nth(headers.indexOf(header)).innerText();
  const row = decisions.getByRole('row', { name: /Region Jämtland/ }).filter({ hasText: 'RS 2019/43' });
  expect(await cellOf(row, 'Måltyp')).toBe('Ett steg mot 1 100');
  expect(await cellOf(row, 'Målår')).toBe('2027');
  expect(await cellOf(row, 'Diarienummer eller protokoll')).toBe('RS 2019/43');
  expect(await cellOf(row, 'Beslutande organ')).toBe('Regionfullmäktige');
  await expect(row.getByRole('link', { name: 'Källa (beslut.regionjh.example)' })).toHaveAttribute('href', 'https://beslut.regionjh.example/rs-2019-43');
  // No number or date breaks across lines.
  for (const header of ['Beslutsdatum', 'Målår', 'Inskickad']) {
    const cell = row.locator('th, td').nth(headers.indexOf(header));
    expect(await cell.evaluate((td) => getComputedStyle(td.querySelector('.nowrap') ?? td).whiteSpace), header).toBe('nowrap');
  }
  await expectNoAxeViolations(admin);
  await admin.getByRole('checkbox', { name: february }).check();
  await admin.getByRole('checkbox', { name: march }).check();
  await admin.getByRole('button', { name: 'Godkänn valda' }).click();
  await expect(admin.getByRole('status').filter({ hasText: 'De valda uppgifterna är godkända.' })).toBeVisible();

  // Publishing asks first, naming how many records from how many regions; cancelling keeps the ticks.
  const approved = admin.getByTestId('review-approved');
  await approved.getByRole('checkbox', { name: february }).check();
  await approved.getByRole('checkbox', { name: march }).check();
  await admin.getByRole('button', { name: 'Publicera valda' }).click();
  const question = admin.getByRole('heading', { name: 'Publicera 2 uppgifter från 1 region?' });
  await expect(question).toBeFocused();
  await expect(admin.getByTestId('publish-confirmation')).toContainText('De blir synliga för alla');
  await expect(admin.getByTestId('publish-confirmation').getByRole('listitem')).toHaveText(['Beslut mars 2019 från Region Jämtland Härjedalen', 'Beslut februari 2019 från Region Jämtland Härjedalen']);
  await expectNoAxeViolations(admin);
  await admin.getByRole('link', { name: 'Avbryt och gå tillbaka till listan' }).click();
  await expect(approved.getByRole('checkbox', { name: february })).toBeChecked();
  await expect(approved.getByRole('checkbox', { name: march })).toBeChecked();
  await admin.getByRole('button', { name: 'Publicera valda' }).click();
  await expect(question).toBeFocused();

  // The server insists on the confirmation: the same request without it is refused with a message, not a 5xx, and publishes nothing.
  await admin.goto(await refusedUnconfirmed(admin, 'Ja, publicera 2 uppgifter', ''));
  await expect(admin.getByTestId('publish-confirmation').getByRole('alert')).toHaveText('Bekräfta publiceringen först. Inget är publicerat.');
  await expect(admin.getByRole('heading', { name: 'Publicera 2 uppgifter från 1 region?' })).toBeVisible();

  // Confirmed by keyboard alone: from the question, Tab reaches the button.
  await expect(question).toBeFocused();
  await admin.keyboard.press('Tab');
  await expect(admin.getByRole('button', { name: 'Ja, publicera 2 uppgifter' })).toBeFocused();
  await admin.keyboard.press('Enter');
  await expect(admin.getByRole('status').filter({ hasText: 'De valda uppgifterna är publicerade och syns nu för alla.' })).toBeVisible();
  await editor.goto('/rapportera');
  await expect(editor.getByRole('row', { name: /februari 2019/ })).toContainText('Publicerad');

  // Deleting a draft asks first too, and the server insists on the answer.
  const draft = editor.getByRole('row', { name: /april 2019/ });
  await draft.getByRole('button', { name: 'Ta bort' }).click();
  const deleteQuestion = editor.getByRole('heading', { name: /^Ta bort utkastet Beslut april 2019/ });
  await expect(deleteQuestion).toBeFocused();
  await expect(editor.getByTestId('delete-confirmation')).toContainText('går inte att få tillbaka');
  await expectNoAxeViolations(editor);
  await editor.goto(await refusedUnconfirmed(editor, 'Ja, ta bort utkastet', 'no'));
  await expect(editor.getByTestId('delete-confirmation').getByRole('alert')).toHaveText('Bekräfta att utkastet ska tas bort. Inget är borttaget.');
  await editor.getByRole('link', { name: 'Avbryt' }).click();
  await expect(editor.getByRole('row', { name: /april 2019/ })).toContainText('Utkast');
  await editor.getByRole('row', { name: /april 2019/ }).getByRole('button', { name: 'Ta bort' }).click();
  await editor.getByRole('button', { name: 'Ja, ta bort utkastet' }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Utkastet är borttaget.' })).toBeVisible();
  await expect(editor.getByRole('row', { name: /april 2019/ })).toHaveCount(0);
});
