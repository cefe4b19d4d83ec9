import { describe, expect, it } from 'vitest';
import { periodText } from './period';

describe('a source’s period in English', () => {
  it('names the season in English and keeps dates as they are', () => {
    expect(periodText('våren 2025', 'en')).toEqual({ text: 'spring 2025', sv: false });
    expect(periodText('hösten 2023', 'en')).toEqual({ text: 'autumn 2023', sv: false });
    expect(periodText('2022-06', 'en')).toEqual({ text: '2022-06', sv: false });
  });

  it('keeps any other wording as the source wrote it, to be marked Swedish', () => {
    expect(periodText('första halvåret 2024', 'en')).toEqual({ text: 'första halvåret 2024', sv: true });
  });

  it('leaves the Swedish page as written', () => {
    expect(periodText('våren 2025', 'sv')).toEqual({ text: 'våren 2025', sv: false });
  });
});
