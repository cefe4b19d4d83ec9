import { describe, expect, it } from 'vitest';
import { forbiddenCharacter } from './characters';

describe('characters no stored text may hold', () => {
  it('refuses NUL, other C0, DEL and C1 controls, and U+FFFE/U+FFFF everywhere', () => {
    for (const character of ['\u0000', '\u0001', '\u001B', '\u007F', '\u0085', '\u009F', '\uFFFE', '\uFFFF']) {
      expect(forbiddenCharacter(`a${character}b`), JSON.stringify(character)).toBe('text_control_character');
      expect(forbiddenCharacter(`a${character}b`, { multiline: true }), JSON.stringify(character)).toBe('text_control_character');
    }
  });

  it('lets tab and line breaks into text of several lines only', () => {
    for (const character of ['\t', '\n', '\r']) {
      expect(forbiddenCharacter(`a${character}b`)).toBe('text_control_character');
      expect(forbiddenCharacter(`a${character}b`, { multiline: true })).toBeNull();
    }
  });

  it('refuses the bidirectional embeddings, overrides and isolates', () => {
    for (const character of ['\u202A', '\u202B', '\u202C', '\u202D', '\u202E', '\u2066', '\u2067', '\u2068', '\u2069']) {
      expect(forbiddenCharacter(`a${character}b`, { multiline: true })).toBe('text_bidi_character');
    }
  });

  it('refuses half a character, and keeps Swedish, emoji and the marks text needs', () => {
    expect(forbiddenCharacter('a\uD83Db')).toBe('text_control_character');
    expect(forbiddenCharacter('a\uDE00b')).toBe('text_control_character');
    expect(forbiddenCharacter('Västra Götalandsregionen – 1 100 😀 \u00A0\u200E\u200F')).toBeNull();
  });
});
