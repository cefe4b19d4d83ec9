import { expect, type Locator } from '@playwright/test';

/**
 * Clicks a form's button once React has hydrated its form. A click before that is not lost, but the
 * browser submits the form itself (progressive enhancement): a plain POST instead of a server action
 * call, which a test that captures the call would never see. On a busy machine that window is long.
 */
export async function clickWhenHydrated(button: Locator): Promise<void> {
  await expect
    .poll(
      () =>
        button.evaluate((element) => {
          const target = (element as HTMLButtonElement).form ?? element;
          // React records an element's props on it when it hydrates the element.
          return Object.keys(target).some((key) => key.startsWith('__reactProps$'));
        }),
      { message: `the form of ${button} is hydrated` },
    )
    .toBe(true);
  await button.click();
}
