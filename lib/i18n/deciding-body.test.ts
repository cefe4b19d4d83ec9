import { describe, expect, it } from 'vitest';
import { decidingBodyParts, decidingBodyText } from './deciding-body';

describe('a deciding body in English', () => {
  it('names the bodies every region has in English, with what the source added in brackets', () => {
    expect(decidingBodyText('Regionfullmäktige (budget 2023)', 'en')).toBe('Regional Council (budget 2023)');
    expect(decidingBodyText('Regionstyrelsen', 'en')).toBe('Regional Executive Board');
    expect(decidingBodyText('Hälso- och sjukvårdsnämnden', 'en')).toBe('Health and Medical Care Committee');
    expect(decidingBodyText('Vårdstyrelsen (extra sammanträde)', 'en')).toBe('Healthcare Board (extraordinary meeting)');
  });

  it('keeps a body it does not know in Swedish, marked as Swedish, rather than guessing', () => {
    expect(decidingBodyParts('Kommunförbundet', 'en')).toEqual([{ text: 'Kommunförbundet', sv: true }]);
  });

  it('marks only the unknown part: the governing parties are named as the source names them', () => {
    expect(decidingBodyParts('De styrande partierna (S, C, Vård för pengarna)', 'en')).toEqual([
      { text: 'The governing parties (', sv: false },
      { text: 'S, C, Vård för pengarna', sv: true },
      { text: ')', sv: false },
    ]);
  });

  it('leaves the Swedish page as written', () => {
    expect(decidingBodyParts('Regionfullmäktige (budget 2023)', 'sv')).toEqual([{ text: 'Regionfullmäktige (budget 2023)', sv: false }]);
  });
});
