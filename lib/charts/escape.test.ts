import { describe, expect, it } from 'vitest';
import { escapeHtml } from './escape';
import { fillTemplate } from './labels';
import { tooltipHtml } from './common';

describe('escapeHtml', () => {
  it('escapes every character with a meaning in HTML', () => {
    expect(escapeHtml('<img src=x onerror=alert(1)>')).toBe('&lt;img src=x onerror=alert(1)&gt;');
    expect(escapeHtml(`a & b "c" 'd' \`e\``)).toBe('a &amp; b &quot;c&quot; &#39;d&#39; &#96;e&#96;');
  });

  it('escapes an ampersand once, so an entity in the data stays visible as text', () => {
    expect(escapeHtml('&lt;')).toBe('&amp;lt;');
  });

  it('prints numbers and nothing for null or undefined', () => {
    expect(escapeHtml(1100)).toBe('1100');
    expect(escapeHtml(null)).toBe('');
    expect(escapeHtml(undefined)).toBe('');
  });
});

describe('tooltipHtml', () => {
  it('escapes the title, labels and texts but keeps its own markup', () => {
    const html = tooltipHtml('<b>R</b>', [
      ['<i>', '<script>x</script>'],
      [null, 'a & b'],
    ]);
    expect(html).toBe('<strong>&lt;b&gt;R&lt;/b&gt;</strong><br/>&lt;i&gt;: &lt;script&gt;x&lt;/script&gt;<br/>a &amp; b');
  });
});

describe('fillTemplate', () => {
  it('fills named placeholders and leaves unknown ones', () => {
    expect(fillTemplate('{region}: {value} {unit} {other}', { region: 'Gotland', value: 1100, unit: 'st' })).toBe(
      'Gotland: 1100 st {other}',
    );
  });

  it('inserts values verbatim (no placeholder expansion inside values)', () => {
    expect(fillTemplate('{a} {b}', { a: '{b}', b: 'x' })).toBe('{b} x');
  });
});
